#pragma once
// Printing and print preview: the very pages of the PDF export (GB/T 9704: A4, 22 lines of 28
// characters, page numbers "— 1 —"), painted by core's PDF composer onto the printer.

#include "render/Layout.h"
#include "render/PageProfile.h"
#include "util/Result.h"

class QPrinter;

namespace fazhi::ui {

// Sets the printer up for the profile's paper (A4, no printer margins: the composer places everything).
void preparePrinter(QPrinter &printer, const PageProfile &profile);
// Paints the layout onto the printer, page by page.
Status printLayout(QPrinter &printer, const DocumentLayout &layout, const PageProfile &profile);

}  // namespace fazhi::ui
