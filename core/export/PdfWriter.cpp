#include "PdfWriter.h"

#include "export/PdfToUnicode.h"
#include "render/PageComposer.h"
#include "util/Translation.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

// The pages come from render/PageComposer (the one composition of the fixed-layout formats); this
// file paints them and repairs the text layer Qt writes (export/PdfToUnicode).

namespace fazhi {

namespace {

// Paints the composed pages on `device`, scaled from page units to its resolution, and records what
// it drew for the ToUnicode repair.
Status paintModel(const PageModel &model, QPagedPaintDevice &device, DrawnText *drawn)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(Tr::tr("The PDF could not be started."));
    painter.scale(device.logicalDpiX() / double(kPageDpi), device.logicalDpiY() / double(kPageDpi));
    for (int page = 0; page < model.pages.size(); ++page) {
        if (page > 0 && !device.newPage())
            return Error::io(Tr::tr("A new PDF page could not be started."));
        for (const ComposedLine &line : model.pages.at(page).lines) {
            for (const ComposedRun &run : line.runs) {
                painter.drawGlyphRun(QPointF(0, 0), run.glyphs);
                if (!drawn)
                    continue;
                DrawnFace &usage = drawn->face(run.glyphs.rawFont());
                for (const quint32 id : run.glyphs.glyphIndexes()) {
                    if (!usage.glyphs.contains(id)) {
                        usage.glyphs.insert(id);
                        usage.order.append(id);
                    }
                }
            }
            if (drawn) {
                for (const char32_t c : line.text.toUcs4())
                    drawn->addCharacter(c);
            }
        }
    }
    if (!painter.end())
        return Error::io(Tr::tr("The PDF could not be completed."));
    return {};
}

}  // namespace

Result<QByteArray> renderPdf(const DocumentLayout &layout, const PageProfile &profile, bool pdfA)
{
    const Result<PageModel> model = composePages(layout, profile);
    if (!model.ok())
        return model.error();
    return renderPdf(model.value(), profile, pdfA);
}

Result<QByteArray> renderPdf(const PageModel &model, const PageProfile &profile, bool pdfA)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DrawnText drawn;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPageDpi);
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(profile.paperWidthMm, profile.paperHeightMm), QPageSize::Millimeter),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(model.title);
        writer.setCreator(QStringLiteral("Fazhi Report"));
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const Status status = paintModel(model, writer, &drawn);
        if (!status.ok())
            return status.error();
    }
    buffer.close();
    return repairToUnicode(buffer.data(), drawn);
}

Result<QByteArray> formatAsPdf(const Report &report, const ExportOptions &options)
{
    return renderPdf(buildLayout(report, LayoutTarget::Document), options.profile, options.has("pdfa"));
}

Status paintPages(const DocumentLayout &layout, const PageProfile &profile, QPagedPaintDevice &device)
{
    const Result<PageModel> model = composePages(layout, profile);
    if (!model.ok())
        return model.error();
    return paintPages(model.value(), device);
}

Status paintPages(const PageModel &model, QPagedPaintDevice &device)
{
    return paintModel(model, device, nullptr);
}

}  // namespace fazhi
