#pragma once
// Word (.docx) in GB/T 9704 layout: real styles, literal numbering, explicit East Asian fonts.

#include "export/Formats.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageProfile.h"
#include "util/Result.h"

namespace fazhi {

Result<QByteArray> renderDocx(const Report &report, const DocumentLayout &layout, const PageProfile &profile);

// The "docx" format of export/Formats.cpp.
Result<QByteArray> formatAsDocx(const Report &report, const ExportOptions &options);

}  // namespace fazhi
