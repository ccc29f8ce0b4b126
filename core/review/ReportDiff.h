#pragma once
// What changed between two versions of a report, per section: each unit (the details, a part's
// heading and intro, a section with its lead, paragraphs and points, the preamble, the closing) is
// rendered with its numbering and compared character by character. Units are matched by node id, so
// a moved section is compared with itself.

#include "model/Report.h"
#include "review/TextDiff.h"

namespace fazhi {

struct UnitDiff {
    enum Change { Unchanged, Added, Removed, Modified };
    QUuid nodeId;   // the part or section (the report id for details, preamble and closing)
    QString label;  // where it is, e.g. "一、（二）" or "报告信息"
    Change change = Unchanged;
    QList<DiffSegment> segments;
};

// Every unit of `to` in order, with units only in `from` placed after their former predecessor.
QList<UnitDiff> diffReports(const Report &from, const Report &to);

// True when at least one unit differs.
bool hasChanges(const QList<UnitDiff> &diff);

}  // namespace fazhi
