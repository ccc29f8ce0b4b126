#pragma once
// Web HTML: a standalone UTF-8 page with a print-friendly stylesheet, or a body-only fragment.

#include "render/Layout.h"

namespace fazhi {

QString renderHtml(const DocumentLayout &layout, bool fragment);

}  // namespace fazhi
