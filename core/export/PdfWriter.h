#pragma once
// PDF in GB/T 9704 layout, fonts embedded, text extractable character for character.

#include "export/Formats.h"
#include "render/Layout.h"
#include "render/PageComposer.h"
#include "render/PageProfile.h"
#include "util/Result.h"

#include <QPagedPaintDevice>

namespace fazhi {

Result<QByteArray> renderPdf(const DocumentLayout &layout, const PageProfile &profile, bool pdfA);
// The PDF of pages composed already (render/PageComposer), e.g. the same pages as an OFD.
Result<QByteArray> renderPdf(const PageModel &model, const PageProfile &profile, bool pdfA);

// The "pdf" format of export/Formats.cpp; option "pdfa": PDF/A-1b.
Result<QByteArray> formatAsPdf(const Report &report, const ExportOptions &options);

// The same pages painted onto any paged device (a printer, a print preview), scaled to its
// resolution; the device's page size and margins must already be A4 with no margins.
Status paintPages(const DocumentLayout &layout, const PageProfile &profile, QPagedPaintDevice &device);
// Composed pages painted onto a paged device: a preview that keeps a PageModel repaints it without
// composing again.
Status paintPages(const PageModel &model, QPagedPaintDevice &device);

}  // namespace fazhi
