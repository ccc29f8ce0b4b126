#pragma once
// Printing and print preview in the GB/T 9704 layout: A4, the 156 × 225 mm text block, 22 lines of 28
// characters, page numbers "— 1 —" under the text block (odd pages right, even pages left).

#include "render/Layout.h"
#include "render/PageProfile.h"

class QPrinter;

namespace fazhi::ui {

// Sets the printer up for the profile's paper (A4, no printer margins: we place everything).
void preparePrinter(QPrinter &printer, const PageProfile &profile);
// Paints the layout onto the printer, page by page. Returns the number of pages.
int printLayout(QPrinter &printer, const DocumentLayout &layout, const PageProfile &profile);

}  // namespace fazhi::ui
