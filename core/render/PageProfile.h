#pragma once
// The page profile: every layout number and font chain of the printed document in one place.
// GB/T 9704-2012 《党政机关公文格式》 is the default (see shared/docs/format.md).

#include <QString>
#include <QStringList>

namespace fazhi {

// What a piece of text is, typographically.
enum class FontRole {
    Title,       // 2号 小标宋
    Heading1,    // 一、 黑体
    Heading2,    // （一） and run-in lead sentences: 楷体
    Body,        // 3号 仿宋
    PageNumber,  // 4号 宋体
    Latin,       // digits and Latin letters: Times New Roman
};

struct FontChain {
    // Preferred first. Windows names first (they are what Word/WPS on the users' PCs resolve), then
    // the Debian stand-ins used on Linux and in tests.
    QStringList families;
};

struct PageProfile {
    QString name;
    // Paper and margins in millimetres.
    double paperWidthMm = 210.0;
    double paperHeightMm = 297.0;
    double marginTopMm = 37.0;
    double marginLeftMm = 28.0;
    double marginBottomMm = 35.0;
    double marginRightMm = 26.0;
    // Text block: 22 lines of 28 characters.
    int linesPerPage = 22;
    int charsPerLine = 28;
    // Sizes in points.
    double titleSizePt = 22.0;   // 2号
    double bodySizePt = 16.0;    // 3号
    double pageNumberSizePt = 14.0;  // 4号
    double pageNumberBelowTextMm = 7.0;  // page number baseline area sits 7 mm below the text block
    int firstLineIndentChars = 2;
    int signatureRightIndentChars = 2;  // signature right-aligned with 2 characters to spare
    int dateOffsetChars = 2;            // date starts 2 characters right of the signature's start

    FontChain title, heading1, heading2, body, pageNumber, latin;

    double textWidthMm() const { return paperWidthMm - marginLeftMm - marginRightMm; }    // 156
    double textHeightMm() const { return paperHeightMm - marginTopMm - marginBottomMm; }  // 225
    static double mmToPt(double mm) { return mm * 72.0 / 25.4; }
    double linePitchPt() const { return mmToPt(textHeightMm()) / linesPerPage; }  // ≈ 28.95
    double charPitchPt() const { return mmToPt(textWidthMm()) / charsPerLine; }   // ≈ 15.79
    // Letter spacing that turns bodySizePt glyphs into charPitchPt cells (≈ −0.21 pt).
    double letterSpacingPt() const { return charPitchPt() - bodySizePt; }
    const FontChain &chain(FontRole role) const;
};

// GB/T 9704-2012 with the usual Windows fonts and their Debian stand-ins.
PageProfile gbt9704Profile();

}  // namespace fazhi
