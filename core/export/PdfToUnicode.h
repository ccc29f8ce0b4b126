#pragma once
// The repair of a PDF's text layer, apart from the page composer (PdfWriter.cpp), which records what
// it draws in a DrawnText and hands the written bytes here.
//
// Qt writes each embedded font's /ToUnicode CMap by reversing the font's cmap and keeping, for every
// glyph, the lowest code point that maps to it. Chinese fonts map the Kangxi and CJK radicals
// (U+2E80–U+2FDF) to the same glyphs as the ideographs, so 人 一 工 民 文 长 … come back from copy,
// search and screen readers as ⼈ ⼀ ⼯ ⺠ ⽂ ⻓; Latin fonts map TAB to the space glyph.
//
// The repair: every character drawn is known, and shaping is off, so each glyph in the PDF came from
// the cmap of one drawn character. For each font in the PDF we find the face it was drawn with (the
// one whose cmap sends the CMap's code points to the glyphs drawn from it), and every CMap value that
// is not a character of the document is replaced by the document's character (the most frequent one,
// should there be several) that the face maps to the same glyph. The CMaps are written back
// uncompressed, the objects after them move, and the cross-reference table and startxref are rebuilt.
// Anything unexpected leaves Qt's bytes untouched: a PDF with imperfect extraction beats a broken one.

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace fazhi {

// A face glyph runs were drawn with, and the glyphs drawn from it.
struct DrawnFace {
    QRawFont raw;
    QSet<quint32> glyphs;
    QList<quint32> order;  // the glyphs in the order first drawn (how Qt numbers a subset's glyphs)
    QHash<char32_t, quint32> glyphOf;  // cache of the face's cmap

    // The face's glyph for `c`, 0 when it has none.
    quint32 glyph(char32_t c);
};

// What the composer drew: every face with its glyphs, every character with how often it was drawn.
struct DrawnText {
    QHash<QString, DrawnFace> faces;  // by faceKey()
    QHash<char32_t, qint64> chars;

    // The face of a glyph run, added on first use.
    DrawnFace &face(const QRawFont &raw);
    void addCharacter(char32_t c) { ++chars[c]; }
    static QString faceKey(const QRawFont &raw);
};

// `pdf` as QPdfWriter wrote it, with each embedded font's ToUnicode CMap giving back the characters of
// `drawn`. The same bytes when nothing needs repair or the file is not laid out the way Qt writes one
// (one classic cross-reference table, no incremental updates). Fills the glyph caches of `drawn`.
QByteArray repairToUnicode(const QByteArray &pdf, DrawnText &drawn);

}  // namespace fazhi
