#include "output/Printing.h"

#include "export/PdfWriter.h"

#include <QPrinter>

namespace fazhi::ui {

void preparePrinter(QPrinter &printer, const PageProfile &profile)
{
    printer.setPageSize(QPageSize(QSizeF(profile.paperWidthMm, profile.paperHeightMm), QPageSize::Millimeter,
                                  QString(), QPageSize::ExactMatch));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

Status printLayout(QPrinter &printer, const DocumentLayout &layout, const PageProfile &profile)
{
    return paintPages(layout, profile, printer);
}

}  // namespace fazhi::ui
