#pragma once
// Web HTML: a standalone UTF-8 page with a print-friendly stylesheet, or a body-only fragment.

#include "export/Formats.h"
#include "render/Layout.h"

namespace fazhi {

QString renderHtml(const DocumentLayout &layout, bool fragment);

// The "html" format of export/Formats.cpp, UTF-8; option "fragment": the body only, for pasting into a
// site's editor.
Result<QByteArray> formatAsHtml(const Report &report, const ExportOptions &options);

}  // namespace fazhi
