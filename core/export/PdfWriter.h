#pragma once
// PDF in GB/T 9704 layout, fonts embedded, text extractable character for character.

#include "render/Layout.h"
#include "render/PageProfile.h"
#include "util/Result.h"

namespace fazhi {

Result<QByteArray> renderPdf(const DocumentLayout &layout, const PageProfile &profile, bool pdfA);

}  // namespace fazhi
