#pragma once
// One entry point for every export format. Each format (export/Formats.h) renders the report's
// DocumentLayout (render/Layout.h) with the page profile (render/PageProfile.h) and is written
// atomically. Review material (comments, suggestions, reviewer names) is never part of a Report's
// content, so no export can contain it.

#include "export/Formats.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace fazhi {

// The file's bytes. Fails only for reasons the caller can show (e.g. no usable font for PDF).
Result<QByteArray> renderReport(const Report &report, ExportFormat format, const ExportOptions &options = {});

// Renders and writes atomically; a locked, read-only or full target gives a clear error and leaves
// no partial file.
Status exportReport(const Report &report, ExportFormat format, const QString &path,
                    const ExportOptions &options = {});

}  // namespace fazhi
