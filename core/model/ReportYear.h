#pragma once
// Which year a report begun on a given day is most likely about.

#include <QDate>

namespace fazhi {

// The year a new report started on `today` reports on. The report on year Y is reported up before
// 1 March and published before 1 April of Y+1, and the late ones are still being finished in spring:
// from January to June a new report is last year's. In the second half of the year that deadline is
// long past and the townships start on the year under way (the year-end summary begins in autumn),
// so from July on it is the current year's.
int reportYearFor(const QDate &today);

}  // namespace fazhi
