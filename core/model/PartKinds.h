#pragma once
// The kinds of part of a report, in one table (PartKinds.cpp): the name stored in files, the name shown
// to people, the default heading for a year, whether the 2019 regulation requires it, and the words by
// which a heading names it. Import recognises parts by those words, the checks tell by them what a
// part of its own covers, and forms and export show the names and default headings.

#include "model/Report.h"

#include <QList>
#include <QString>

namespace fazhi {

// The regulation's five contents in its order (《法治政府建设与责任落实督察工作规定》, 2019).
const QList<PartKind> &regulationPartKinds();

// Measures, leaders' duty, shortcomings and plans must be in every report; "other" may be left out.
bool isRequiredPartKind(PartKind kind);

// The heading a part of this kind has when none was typed ("2023年工作回顾", "2024年度工作安排").
QString defaultPartHeading(PartKind kind, int year);

// What the heading of a part says it is about, from its words: the leaders' duty ("主要负责人",
// "第一责任人", "履责", or "履职" with "负责人/领导/书记/党政/情况"), shortcomings ("不足", "差距",
// "短板", or "问题/困难" with "存在/原因/主要问题": a work area may be "坚持问题导向"), plans
// ("下一年度", "下一步", "工作安排", "打算"… or year + 1 "年"), other ("其他…"), measures ("工作回顾",
// "主要举措", "成效", "主要做法"… or `year` "年"); Custom when it names none. `year` 0: years not used.
PartKind classifyPartHeading(const QString &heading, int year);
// Whether the heading names that kind by those words ("存在的问题及下一步打算" names two kinds).
bool headingNames(const QString &heading, PartKind kind, int year = 0);

// The name people see for a kind, translated in the context "fazhi" ("工作回顾（主要举措和成效）").
QString partKindName(PartKind kind);

}  // namespace fazhi
