#pragma once
// Word (.docx) in GB/T 9704 layout: real styles, literal numbering, explicit East Asian fonts.

#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageProfile.h"
#include "util/Result.h"

namespace fazhi {

Result<QByteArray> renderDocx(const Report &report, const DocumentLayout &layout, const PageProfile &profile);

}  // namespace fazhi
