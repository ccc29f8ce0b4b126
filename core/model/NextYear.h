#pragma once
// The yearly cycle's first step (issue 16): next year's report grows out of this year's. The new
// report carries the details, the parts with their kinds and the work areas' leads; body text is not
// copied. Every year that is meant to move with the report moves (see shiftReportYears).

#include "model/Report.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace fazhi {

// Report has no field for where it came from, so the source's id travels beside the new report
// (storage keeps it with the report once it has a column for it).
struct NextYear {
    Report report;
    QUuid sourceId;
    // Each new part and section → the part or section of the source it was made from: where the editor
    // finds last year's text of the same section to show beside the form.
    QHash<QUuid, QUuid> sourceNodes;
};

// A new report (new ids, draft) for `year`; year 0 means source.details.year + 1.
// Carried: organization, addressee, signature, source (信息来源), the parts with their kinds, typed
// headings and point styles, and the leads and heading styles of the sections of every part except
// the shortcomings and the plans (those are last year's and become follow-up items, model/FollowUp.h).
// Not carried: body text, facts, the date, the publication's date, address and 文号, import notes.
// The title (when typed), part headings and section leads have their years moved (shiftReportYears).
NextYear nextYearReport(const Report &source, int year = 0);

// Moves the years of `text`, written in a report on `sourceYear`, to a report on `targetYear`: each
// year moves by targetYear − sourceYear, so the review year Y becomes the new review year and the
// plans' year Y+1 the new plans' year. Arabic (2023, ２０２３) and Chinese numeral years (二〇二三年,
// 二○二三年, 二零二三年) are moved and written back in their own form.
// A year moves only when it is relative to the report: Y−1, Y or Y+1 ("上年度" … "下一年度"). Kept as
// written, because they name something fixed:
// - other years (2020年以来, 2019年印发的规定: a fixed point in time);
// - a year of a range (2021—2025年, 2023年至2025年): a plan's period;
// - a year inside 《》: a document's name does not change with the report;
// - a year before 以来 other than Y itself (2022年以来 names when something began; "2023年以来" in the
//   report on 2023 means "this year" and moves);
// - a four-digit number followed by a unit of count (2023件) rather than 年: it is not a year.
QString shiftReportYears(const QString &text, int sourceYear, int targetYear);

}  // namespace fazhi
