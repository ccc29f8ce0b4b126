#pragma once
// Plain text in the published web layout: title, 信息来源 and 发布日期 lines when set, then the body
// with generated numbering, one paragraph per line, a blank line between paragraphs.

#include "export/Formats.h"
#include "render/Layout.h"

namespace fazhi {

QString renderText(const DocumentLayout &layout);

// The "txt" format of export/Formats.cpp: the web layout as UTF-8 with a byte order mark, for every
// .txt file the app or fazhi-cli writes (fazhi-cli exports to files only, never to stdout, where a
// BOM would get in a pipe's way); renderText() has none.
Result<QByteArray> formatAsText(const Report &report, const ExportOptions &options);

}  // namespace fazhi
