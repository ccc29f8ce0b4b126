#pragma once
// Finding the organization's report of the previous year in a workspace, for the repeated-text rule
// (CheckContext::setPreviousYear). Shared by the CLI and the GUI.

#include "check/Checker.h"
#include "storage/Workspace.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace fazhi::check {

// The report of the same organization for year − 1 in a workspace listing; the most recently
// updated one when there are several. nullopt when there is none.
std::optional<QUuid> findPreviousYearReport(const QList<ReportSummary> &reports, const Report &report);

// Finds that report in the workspace and sets it as the context's previous year. The context is left
// as it is when there is none or it cannot be read (the repeated-text rule then stays silent).
void addPreviousYear(Workspace &workspace, const Report &report, CheckContext &context);

}  // namespace fazhi::check
