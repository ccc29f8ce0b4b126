#include "model/ReportYear.h"

namespace fazhi {

int reportYearFor(const QDate &today)
{
    if (!today.isValid())
        return 0;
    return today.month() <= 6 ? today.year() - 1 : today.year();
}

}  // namespace fazhi
