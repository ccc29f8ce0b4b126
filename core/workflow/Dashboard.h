#pragma once
// The county's dashboard (issue 17): one row per organization the workspace knows, for one year:
// its report (the latest changed, when there are several), status, last change, the counts of check
// errors and warnings (as `fazhi-cli check` counts them), and where it stands against the deadlines:
// reporting up (报送) before 1 March and publishing (公开) before 1 April of the following year,
// unless dates are given. `fazhi-cli dashboard [--year Y] [--json]`.

#include "model/Report.h"
#include "storage/Workspace.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QUuid>
#include <optional>

namespace fazhi::workflow {

// 未报送, 已报送, 逾期, 已公开.
enum class DeadlineState { NotSubmitted, Submitted, Late, Published };
QString toString(DeadlineState state);  // not-submitted, submitted, late, published

struct DashboardDates {
    QDate reportUp;  // null: 1 March of the year after
    QDate publish;   // null: 1 April of the year after
};

struct DashboardRow {
    QString organization;
    QUuid report;  // null: none for the year
    std::optional<ReportStatus> status;
    DeadlineState deadline = DeadlineState::NotSubmitted;
    int errors = 0;
    int warnings = 0;
    QDateTime updatedAt;  // UTC; null without a report
};

// Where a report (or none: nullopt) stands on `today`: published → published; submitted or approved →
// submitted, late once the publishing date is past; a draft, a returned report or none → not
// submitted, late once the reporting-up date is past.
DeadlineState deadlineState(std::optional<ReportStatus> status, int year, const QDate &today,
                            const DashboardDates &dates = {});

Result<QList<DashboardRow>> dashboard(Workspace &ws, int year, const QDate &today, const DashboardDates &dates = {});

// The JSON of `fazhi-cli dashboard --json`: an array, one object a row, with organization, report (id or
// null), status (as `list` gives it, or null), deadline, errors, warnings, updatedAt (ISO 8601 UTC or null).
QJsonArray toJson(const QList<DashboardRow> &rows);

}  // namespace fazhi::workflow
