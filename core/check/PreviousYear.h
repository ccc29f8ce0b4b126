#pragma once
// Finding the organization's report of the previous year in a workspace, for the repeated-text rule
// (CheckContext::setPreviousYear). Shared by the CLI and the GUI.

#include "storage/Workspace.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace fazhi::check {

// The report of the same organization for year − 1 in a workspace listing; the most recently
// updated one when there are several. nullopt when there is none.
std::optional<QUuid> findPreviousYearReport(const QList<ReportSummary> &reports, const Report &report);

}  // namespace fazhi::check
