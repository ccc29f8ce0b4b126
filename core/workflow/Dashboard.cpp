// The county's dashboard (workflow/Dashboard.h).
#include "Dashboard.h"

#include "check/Checker.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace fazhi::workflow {

QString toString(DeadlineState state)
{
    switch (state) {
    case DeadlineState::NotSubmitted: return QStringLiteral("not-submitted");
    case DeadlineState::Submitted: return QStringLiteral("submitted");
    case DeadlineState::Late: return QStringLiteral("late");
    case DeadlineState::Published: return QStringLiteral("published");
    }
    return {};
}

DeadlineState deadlineState(std::optional<ReportStatus> status, int year, const QDate &today,
                            const DashboardDates &dates)
{
    const QDate reportUp = dates.reportUp.isValid() ? dates.reportUp : QDate(year + 1, 3, 1);
    const QDate publish = dates.publish.isValid() ? dates.publish : QDate(year + 1, 4, 1);
    if (status == ReportStatus::Published)
        return DeadlineState::Published;
    if (status == ReportStatus::Submitted || status == ReportStatus::Approved)
        return today >= publish ? DeadlineState::Late : DeadlineState::Submitted;
    return today >= reportUp ? DeadlineState::Late : DeadlineState::NotSubmitted;
}

Result<QList<DashboardRow>> dashboard(Workspace &ws, int year, const QDate &today, const DashboardDates &dates)
{
    Result<QStringList> organizations = ws.knownOrganizations();
    if (!organizations)
        return organizations.error();
    Result<QList<ReportSummary>> reports = ws.listReportsOfYear(year);
    if (!reports)
        return reports.error();
    // The latest changed report of each organization.
    QMap<QString, ReportSummary> latest;
    for (const ReportSummary &s : reports.value()) {
        auto it = latest.find(s.organization);
        if (it == latest.end() || s.updatedAt > it->updatedAt)
            latest.insert(s.organization, s);
    }
    QList<DashboardRow> rows;
    for (const QString &organization : organizations.value()) {
        DashboardRow row;
        row.organization = organization;
        if (auto it = latest.constFind(organization); it != latest.constEnd()) {
            row.report = it->id;
            row.status = it->status;
            row.updatedAt = it->updatedAt;
            Result<Report> report = ws.loadReport(it->id);
            if (!report)
                return report.error();
            check::CheckContext context;
            context.today = today;
            context.reportUpDeadline = dates.reportUp;
            context.groupRepeated = true;  // as `fazhi-cli check` counts
            if (Result<check::IgnoreList> ignored = ws.ignoredFindings(it->id); ignored.ok())
                context.ignored = ignored.value();
            const check::FindingCounts counts = check::countFindings(check::checkReport(report.value(), context));
            row.errors = counts.errors;
            row.warnings = counts.warnings;
        }
        row.deadline = deadlineState(row.status, year, today, dates);
        rows.append(row);
    }
    return rows;
}

QJsonArray toJson(const QList<DashboardRow> &rows)
{
    QJsonArray array;
    for (const DashboardRow &row : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("organization"), row.organization);
        o.insert(QStringLiteral("report"),
                 row.report.isNull() ? QJsonValue() : QJsonValue(row.report.toString(QUuid::WithoutBraces)));
        o.insert(QStringLiteral("status"), row.status ? QJsonValue(fazhi::toString(*row.status)) : QJsonValue());
        o.insert(QStringLiteral("deadline"), toString(row.deadline));
        o.insert(QStringLiteral("errors"), row.errors);
        o.insert(QStringLiteral("warnings"), row.warnings);
        o.insert(QStringLiteral("updatedAt"), row.updatedAt.isValid()
                                                  ? QJsonValue(row.updatedAt.toUTC().toString(Qt::ISODateWithMs))
                                                  : QJsonValue());
        array.append(o);
    }
    return array;
}

}  // namespace fazhi::workflow
