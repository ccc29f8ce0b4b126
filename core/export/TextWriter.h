#pragma once
// Plain text in the published web layout: title, 信息来源 and 发布日期 lines when set, then the body
// with generated numbering, one paragraph per line, a blank line between paragraphs.

#include "render/Layout.h"

namespace fazhi {

QString renderText(const DocumentLayout &layout);

}  // namespace fazhi
