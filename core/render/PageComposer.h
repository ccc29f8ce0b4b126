#pragma once
// The one page composition of the fixed-layout formats: a DocumentLayout set on GB/T 9704 pages
// (the 22-row grid, the 28-cell line, Chinese line breaking, widows and orphans, the title block,
// the signature block, page numbers) as positioned glyph runs. The PDF writer paints it, the OFD
// writer writes it as text objects, the print preview may paint it: all three show the same lines
// on the same pages.

#include "render/Layout.h"
#include "render/PageProfile.h"
#include "util/Result.h"

#include <QGlyphRun>
#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi {

// Page units: 2 a point (144 dpi). Qt rounds a font's pixel size to a whole number, and at 144 dpi
// every size in half-point steps is exact.
constexpr int kPageDpi = 144;
constexpr double kPageUnitsPerPt = kPageDpi / 72.0;

// Glyphs of one face and size on one line, positioned on the page (page units, baseline y).
struct ComposedRun {
    QGlyphRun glyphs;      // glyph indexes and absolute positions; rawFont() is the face drawn
    QStringList chars;     // the character each glyph draws, parallel to the glyph indexes
    FontRole role = FontRole::Body;
    double sizePt = 0;
};

struct ComposedLine {
    QList<ComposedRun> runs;
    QString text;           // the line's characters as drawn (no hanging spaces)
    double baseline = 0;    // page units from the top of the page
    FontRole role = FontRole::Body;  // the role that sets the line's size (title, body, page number)
    bool pageNumber = false;
};

struct ComposedPage {
    QList<ComposedLine> lines;  // top to bottom; the page number last
};

struct PageModel {
    QList<ComposedPage> pages;
    double widthPt = 0, heightPt = 0;
    QString title;  // the document title, cleaned for metadata
};

// Sets the layout on pages. Needs a QGuiApplication; fails when no Chinese font is installed.
Result<PageModel> composePages(const DocumentLayout &layout, const PageProfile &profile);

// Text as it reaches a page: tabs become spaces, line breaks U+2028 (or spaces with
// keepBreaks = false), control characters, non-characters and BOMs are dropped, lone surrogates
// become U+FFFD.
QString pageText(const QString &text, bool keepBreaks);

}  // namespace fazhi
