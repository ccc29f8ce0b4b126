// The ToUnicode repair on its own (export/PdfToUnicode.h): bytes in, bytes out, given what was drawn.
// Small PDFs written here by hand pin the mechanics (which values change, offsets and cross-reference
// table after a CMap grows, compressed CMaps, everything that must leave the bytes alone); one PDF
// written by QPdfWriter shows the defect and the repair as pdftotext sees them.
#include "TestSupport.h"

#include "export/PdfToUnicode.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace fazhi;

namespace {

constexpr char32_t kRen = U'人';
constexpr char32_t kRadicalRen = 0x2F08;  // KANGXI RADICAL MAN: the same glyph as 人 in Noto CJK

// Noto Serif CJK SC, the Debian stand-in whose cmap sends 人 and ⼈ to one glyph (format.md).
std::optional<QRawFont> notoSerif()
{
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC")))
        return std::nullopt;
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(32);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return std::nullopt;
    const QList<quint32> a = raw.glyphIndexesForString(QStringLiteral("人"));
    const QList<quint32> b = raw.glyphIndexesForString(QString::fromUcs4(&kRadicalRen, 1));
    if (a.size() != 1 || a != b || a.first() == 0)
        return std::nullopt;
    return raw;
}

#define REQUIRE_NOTO(raw)                                                                                      \
    const std::optional<QRawFont> raw = notoSerif();                                                           \
    if (!raw)                                                                                                  \
        GTEST_SKIP() << "Noto Serif CJK SC (fonts-noto-cjk), which maps 人 and ⼈ to one glyph, is not installed"

// What the composer records when it draws `text` with `raw`.
DrawnText drawnWith(const QRawFont &raw, const QString &text)
{
    DrawnText drawn;
    DrawnFace &face = drawn.face(raw);
    for (const quint32 g : raw.glyphIndexesForString(text))
        face.glyphs.insert(g);
    for (const uint c : text.toUcs4())
        drawn.addCharacter(c);
    return drawn;
}

QByteArray cmap(const QByteArray &entries, int count)
{
    return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + QByteArray::number(count) + " beginbfchar\n" + entries + "endbfchar\n"
        + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

// A PDF the way QPdfWriter lays one out: numbered objects in order, one xref table, a trailer.
// `objects` are the bodies of objects 1…n.
QByteArray pdfWith(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R" + trailerExtra + " >>\n";
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &data, const QByteArray &dictExtra = {})
{
    return "<< /Length " + QByteArray::number(data.size()) + dictExtra + " >>\nstream\n" + data + "\nendstream";
}

QByteArray type0Font(int toUnicode)
{
    return "<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+NotoSerifCJKsc-Regular /Encoding /Identity-H "
           "/DescendantFonts [] /ToUnicode "
        + QByteArray::number(toUnicode) + " 0 R >>";
}

// Checks that the cross-reference table matches the file: startxref finds "xref", and every object
// in use starts where its entry says. Returns object number → its text up to "endobj".
QMap<int, QByteArray> readObjects(const QByteArray &pdf)
{
    QMap<int, QByteArray> objects;
    const QRegularExpression startxref(QStringLiteral("startxref\\n(\\d+)\\n%%EOF\\n$"));
    const auto m = startxref.match(QString::fromLatin1(pdf));
    EXPECT_TRUE(m.hasMatch());
    if (!m.hasMatch())
        return objects;
    const qint64 xref = m.captured(1).toLongLong();
    EXPECT_TRUE(pdf.mid(xref).startsWith("xref\n0 "));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        EXPECT_EQ(entry.size(), 19) << entry.toStdString();  // "0000000123 00000 n " (and the \n)
        const qint64 offset = entry.left(10).toLongLong();
        const QByteArray head = QByteArray::number(i) + " 0 obj\n";
        EXPECT_EQ(pdf.mid(offset, head.size()), head) << "object " << i;
        const qsizetype end = pdf.indexOf("endobj", offset);
        objects.insert(i, pdf.mid(offset + head.size(), end - offset - head.size()));
    }
    return objects;
}

}  // namespace

TEST(PdfToUnicode, ReplacesARadicalByTheDocumentsCharacterWithTheSameGlyph)
{
    REQUIRE_NOTO(raw);
    DrawnText drawn = drawnWith(*raw, QStringLiteral("人"));
    const QByteArray before = cmap("<0001> <2F08>\n<0002> <0041>\n", 2);
    const QByteArray pdf = pdfWith({"<< /Type /Catalog >>", type0Font(3), stream(before), "(after the CMap)"});

    const QByteArray repaired = repairToUnicode(pdf, drawn);
    ASSERT_NE(repaired, pdf);
    const QMap<int, QByteArray> objects = readObjects(repaired);
    ASSERT_EQ(objects.size(), 4);
    EXPECT_EQ(objects.value(1), QByteArray("<< /Type /Catalog >>\n"));
    EXPECT_EQ(objects.value(2), type0Font(3) + '\n');
    EXPECT_EQ(objects.value(4), QByteArray("(after the CMap)\n"));
    const QByteArray cmapObject = objects.value(3);
    EXPECT_TRUE(cmapObject.contains("<0001> <4EBA>")) << cmapObject.toStdString();  // 人
    EXPECT_TRUE(cmapObject.contains("<0002> <0041>")) << "a value the face does not draw stays";
    EXPECT_FALSE(cmapObject.contains("2F08"));
    // The stream's /Length is its length.
    const qsizetype start = cmapObject.indexOf("stream\n") + 7;
    const qsizetype end = cmapObject.indexOf("\nendstream");
    EXPECT_TRUE(cmapObject.contains("/Length " + QByteArray::number(end - start) + " >>"));
}

TEST(PdfToUnicode, ReadsACompressedCMapWithAnIndirectLength)
{
    // As QPdfWriter writes them: FlateDecode, /Length in an object of its own.
    REQUIRE_NOTO(raw);
    DrawnText drawn = drawnWith(*raw, QStringLiteral("人"));
    const QByteArray deflated = qCompress(cmap("<0001> <2F08>\n", 1)).mid(4);  // zlib data without Qt's size
    const QByteArray cmapObject = "<< /Length 5 0 R /Filter /FlateDecode >>\nstream\n" + deflated + "\nendstream";
    const QByteArray pdf = pdfWith({"<< /Type /Catalog >>", type0Font(3), cmapObject, "(after)",
                                    QByteArray::number(deflated.size())});
    const QByteArray repaired = repairToUnicode(pdf, drawn);
    ASSERT_NE(repaired, pdf);
    const QMap<int, QByteArray> objects = readObjects(repaired);
    EXPECT_TRUE(objects.value(3).contains("<0001> <4EBA>"));
    EXPECT_FALSE(objects.value(3).contains("/Filter")) << "written back uncompressed";
    EXPECT_EQ(objects.value(5), QByteArray::number(deflated.size()) + '\n');
}

TEST(PdfToUnicode, KeepsARadicalTheDocumentReallyContains)
{
    REQUIRE_NOTO(raw);
    const QString both = QStringLiteral("人") + QString::fromUcs4(&kRadicalRen, 1);
    DrawnText drawn = drawnWith(*raw, both);
    const QByteArray pdf = pdfWith({"<< /Type /Catalog >>", type0Font(3), stream(cmap("<0001> <2F08>\n", 1))});
    EXPECT_EQ(repairToUnicode(pdf, drawn), pdf);
}

TEST(PdfToUnicode, LeavesEverythingUnexpectedUntouched)
{
    REQUIRE_NOTO(raw);
    const QByteArray good = pdfWith({"<< /Type /Catalog >>", type0Font(3), stream(cmap("<0001> <2F08>\n", 1))});
    {
        DrawnText drawn = drawnWith(*raw, QStringLiteral("人"));
        ASSERT_NE(repairToUnicode(good, drawn), good) << "the control case is repaired";
    }
    QByteArray wrongOffset = good;  // the first object's entry one byte off
    const qsizetype entry = good.indexOf(" 00000 n \n") - 10;
    wrongOffset.replace(entry, 10, QByteArray::number(good.mid(entry, 10).toLongLong() + 1).rightJustified(10, '0'));
    QByteArray noStartxref = good;
    noStartxref.replace("startxref", "startxrex");
    QByteArray badCMap = good;
    badCMap.replace("endbfchar", "endbfcha_");
    const QList<std::pair<const char *, QByteArray>> cases{
        {"empty", QByteArray()},
        {"not a PDF", QByteArray("hello, world\n")},
        {"half a PDF", good.left(good.size() / 2)},
        {"no Type0 font", pdfWith({"<< /Type /Catalog >>", "<< /Type /Font /Subtype /TrueType >>",
                                   stream(cmap("<0001> <2F08>\n", 1))})},
        {"an incremental update", pdfWith({"<< /Type /Catalog >>", type0Font(3), stream(cmap("<0001> <2F08>\n", 1))},
                                          " /Prev 9")},
        {"an offset that misses its object", wrongOffset},
        {"no startxref", noStartxref},
        {"a CMap that does not parse", badCMap},
        {"a ToUnicode that names a missing object", pdfWith({"<< /Type /Catalog >>", type0Font(7),
                                                             stream(cmap("<0001> <2F08>\n", 1))})},
    };
    for (const auto &[what, pdf] : cases) {
        DrawnText drawn = drawnWith(*raw, QStringLiteral("人"));
        EXPECT_EQ(repairToUnicode(pdf, drawn), pdf) << what;
    }
    DrawnText nothingDrawn;
    EXPECT_EQ(repairToUnicode(good, nothingDrawn), good) << "no face drawn";
    DrawnText otherText = drawnWith(*raw, QStringLiteral("民"));
    EXPECT_EQ(repairToUnicode(good, otherText), good) << "the face drew no glyph of this CMap";
}

TEST(PdfToUnicode, RepairsWhatQPdfWriterWrites)
{
    REQUIRE_NOTO(raw);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";

    const QString text = QStringLiteral("人民文长");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DrawnText drawn;
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Serif CJK SC"));
        font.setPointSize(16);
        QTextLayout layout(text, font, &writer);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        for (const QGlyphRun &run : line.glyphRuns()) {
            DrawnFace &face = drawn.face(run.rawFont());
            for (const quint32 g : run.glyphIndexes())
                face.glyphs.insert(g);
            painter.drawGlyphRun(QPointF(100, 300), run);
        }
        for (const uint c : text.toUcs4())
            drawn.addCharacter(c);
    }
    buffer.close();

    QTemporaryDir dir;
    auto extract = [&](const QByteArray &pdf) {
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        test::writeBytes(path, pdf);
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString qtText = extract(buffer.data());
    EXPECT_NE(qtText, text) << "Qt 6.4's own CMap gives radicals for these (format.md, PDF notes); if it no longer "
                               "does, the repair may not be needed";
    EXPECT_EQ(extract(repairToUnicode(buffer.data(), drawn)), text);
}
