#pragma once
// Where the findings of the checks the user chose to ignore are kept, per report, with their reasons:
// with the report (so they travel with the file and the command line sees them too), but not part of
// it; setting them is not a change to the report. An abstract store beside ReportStore.

#include "check/IgnoreList.h"
#include "util/Result.h"

#include <QUuid>

namespace fazhi {

class IgnoreStore {
public:
    virtual ~IgnoreStore() = default;

    virtual Result<check::IgnoreList> ignoredFindings(const QUuid &reportId) = 0;
    virtual Status setIgnoredFindings(const QUuid &reportId, const check::IgnoreList &list) = 0;
};

}  // namespace fazhi
