#include "Printing.h"

#include "Typesetter.h"
#include "render/FontResolver.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace fazhi::ui {

void preparePrinter(QPrinter &printer, const PageProfile &profile)
{
    printer.setPageSize(QPageSize(QSizeF(profile.paperWidthMm, profile.paperHeightMm), QPageSize::Millimeter,
                                  QString(), QPageSize::ExactMatch));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

int printLayout(QPrinter &printer, const DocumentLayout &layout, const PageProfile &profile)
{
    // Typeset at 96 dpi with the real point sizes, paginated to the text block, then scaled onto the
    // printer's resolution.
    Typesetter typesetter(profile, Typesetter::Mode::Print);
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.setDocumentMargin(0);
    typesetter.build(&doc, layout, nullptr);
    const double unitsPerMm = PageProfile::mmToPt(1.0) * kLayoutUnitsPerPt;
    const QSizeF block(profile.textWidthMm() * unitsPerMm, profile.textHeightMm() * unitsPerMm);
    doc.setPageSize(block);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const double deviceUnitsPerUnit = printer.resolution() / 96.0;
    const double deviceUnitsPerMm = printer.resolution() / 25.4;
    const QFont pageNumberFont = [&] {
        QFont f(resolveFont(profile, FontRole::PageNumber).family);
        f.setPointSizeF(profile.pageNumberSizePt);
        return f;
    }();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer.newPage())
            break;
        painter.save();
        painter.translate(profile.marginLeftMm * deviceUnitsPerMm, profile.marginTopMm * deviceUnitsPerMm);
        painter.scale(deviceUnitsPerUnit, deviceUnitsPerUnit);
        const QRectF clip(0, page * block.height(), block.width(), block.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // "— 1 —": 7 mm below the text block; odd pages right with one character inset, even pages left.
        painter.save();
        painter.setFont(QFont(pageNumberFont, &printer));
        const QString number = QStringLiteral("— %1 —").arg(page + 1);
        const double top = (profile.marginTopMm + profile.textHeightMm() + profile.pageNumberBelowTextMm) * deviceUnitsPerMm;
        const double inset = profile.pageNumberSizePt / 72.0 * printer.resolution();
        const QRectF area(profile.marginLeftMm * deviceUnitsPerMm + inset, top,
                          profile.textWidthMm() * deviceUnitsPerMm - 2 * inset, 12 * deviceUnitsPerMm);
        painter.drawText(area, ((page % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, number);
        painter.restore();
    }
    painter.end();
    return pages;
}

}  // namespace fazhi::ui
