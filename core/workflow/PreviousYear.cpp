#include "PreviousYear.h"

namespace fazhi::check {

std::optional<QUuid> findPreviousYearReport(const QList<ReportSummary> &reports, const Report &report)
{
    const QString organization = report.details.organization.trimmed();
    const ReportSummary *best = nullptr;
    for (const ReportSummary &s : reports) {
        if (s.id == report.id || s.year != report.details.year - 1 || s.organization.trimmed() != organization)
            continue;
        if (!best || s.updatedAt > best->updatedAt)
            best = &s;
    }
    if (!best || organization.isEmpty())
        return std::nullopt;
    return best->id;
}

void addPreviousYear(Workspace &workspace, const Report &report, CheckContext &context)
{
    const auto reports = workspace.listReportsOfYear(report.details.year - 1);
    if (!reports.ok())
        return;
    if (const auto previousId = findPreviousYearReport(reports.value(), report)) {
        if (const auto previous = workspace.loadReport(*previousId); previous.ok())
            context.setPreviousYear(previous.value());
    }
}

}  // namespace fazhi::check
