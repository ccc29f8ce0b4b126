// OFD export (GB/T 33190-2016): the package read back with unzip, its XML parts validated with xmllint
// against the standard's structure (tests/data/ofd/ofd-parts.xsd), its text compared page by page with
// what pdftotext extracts from our PDF of the same report, its embedded fonts loaded on their own and
// its pages painted from nothing but the file (fonts, TextCode positions) and compared with pdftoppm's
// rendering of the PDF; and read by ofd.js (tests/ofd-reader), a parser of its own, page by page.

#include "TestSupport.h"

#include "export/FontSubset.h"
#include "export/OfdWriter.h"
#include "export/PdfWriter.h"
#include "import/TextImporter.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageComposer.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QGlyphRun>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

using namespace fazhi;
using fazhi::test::ProcessResult;
using fazhi::test::runTool;

namespace {

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

#define REQUIRE_TOOLS(...)                                                                        \
    do {                                                                                          \
        for (const char *t : {__VA_ARGS__}) {                                                     \
            if (!haveTool(t)) {                                                                   \
                GTEST_SKIP() << t << " is not installed (scripts/setup-debian.sh installs it)";    \
            }                                                                                     \
        }                                                                                         \
    } while (0)


QByteArray part(const QString &ofd, const QString &name)
{
    const ProcessResult r = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), ofd, name});
    EXPECT_EQ(r.exitCode, 0) << name.toStdString() << ": " << r.err.toStdString();
    return r.out;
}

QStringList partNames(const QString &ofd)
{
    const ProcessResult r = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), ofd});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString withoutWhitespace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// What the file says, read with QXmlStreamReader from the unzipped parts only.
struct TextCode {
    int font = 0;
    double sizeMm = 0;
    double x = 0, y = 0;  // the first character's pen position on the page, mm
    QList<double> deltas;
    QString text;
};

struct OfdPage {
    QString loc;
    QList<TextCode> codes;
    QString text() const
    {
        QString s;
        for (const TextCode &c : codes)
            s += c.text;
        return s;
    }
};

struct OfdFile {
    QString path;
    QMap<QString, QString> info;  // DocInfo children by name; CustomData as "CustomData:<Name>"
    QStringList docInfoElements;
    QString docRoot;
    QString physicalBox, contentBox;
    QString publicRes;
    QMap<int, QString> fontFiles;  // font ID → part name
    QList<OfdPage> pages;
};

QList<double> numbers(const QString &s)
{
    QList<double> list;
    for (const QString &n : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        list.append(n.toDouble());
    return list;
}

OfdFile readOfd(const QString &path)
{
    OfdFile f;
    f.path = path;
    {
        QXmlStreamReader x(part(path, QStringLiteral("OFD.xml")));
        bool inInfo = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("DocInfo")) {
                inInfo = true;
            } else if (x.isEndElement() && x.name() == QLatin1String("DocInfo")) {
                inInfo = false;
            } else if (x.isStartElement() && x.name() == QLatin1String("DocRoot")) {
                f.docRoot = x.readElementText();
            } else if (inInfo && x.isStartElement() && x.name() == QLatin1String("CustomData")) {
                const QString name = x.attributes().value(QLatin1String("Name")).toString();
                f.info.insert(QStringLiteral("CustomData:") + name, x.readElementText());
            } else if (inInfo && x.isStartElement() && x.name() != QLatin1String("CustomDatas")) {
                const QString name = x.name().toString();
                f.docInfoElements.append(name);
                f.info.insert(name, x.readElementText());
            }
        }
        EXPECT_FALSE(x.hasError()) << x.errorString().toStdString();
    }
    const QString docDir = QFileInfo(f.docRoot).path();
    QStringList pageLocs;
    {
        QXmlStreamReader x(part(path, f.docRoot));
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("PhysicalBox"))
                f.physicalBox = x.readElementText();
            else if (x.name() == QLatin1String("ContentBox"))
                f.contentBox = x.readElementText();
            else if (x.name() == QLatin1String("PublicRes"))
                f.publicRes = docDir + QLatin1Char('/') + x.readElementText();
            else if (x.name() == QLatin1String("Page"))
                pageLocs.append(docDir + QLatin1Char('/') + x.attributes().value(QLatin1String("BaseLoc")).toString());
        }
        EXPECT_FALSE(x.hasError()) << x.errorString().toStdString();
    }
    if (!f.publicRes.isEmpty()) {
        QXmlStreamReader x(part(path, f.publicRes));
        QString base;
        int font = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("Res"))
                base = QFileInfo(f.publicRes).path() + QLatin1Char('/') + x.attributes().value(QLatin1String("BaseLoc")).toString();
            else if (x.name() == QLatin1String("Font"))
                font = x.attributes().value(QLatin1String("ID")).toInt();
            else if (x.name() == QLatin1String("FontFile"))
                f.fontFiles.insert(font, base + QLatin1Char('/') + x.readElementText());
        }
    }
    for (const QString &loc : pageLocs) {
        OfdPage page;
        page.loc = loc;
        QXmlStreamReader x(part(path, loc));
        TextCode object;
        QList<double> box;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("TextObject")) {
                box = numbers(x.attributes().value(QLatin1String("Boundary")).toString());
                object.font = x.attributes().value(QLatin1String("Font")).toInt();
                object.sizeMm = x.attributes().value(QLatin1String("Size")).toDouble();
            } else if (x.name() == QLatin1String("TextCode")) {
                TextCode code = object;
                code.x = box.value(0) + x.attributes().value(QLatin1String("X")).toDouble();
                code.y = box.value(1) + x.attributes().value(QLatin1String("Y")).toDouble();
                code.deltas = numbers(x.attributes().value(QLatin1String("DeltaX")).toString());
                code.text = x.readElementText();
                page.codes.append(code);
            }
        }
        EXPECT_FALSE(x.hasError()) << loc.toStdString() << ": " << x.errorString().toStdString();
        f.pages.append(page);
    }
    return f;
}

QStringList pdfPageTexts(const QString &pdf, int pages)
{
    QStringList texts;
    for (int p = 1; p <= pages; ++p) {
        const ProcessResult r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p),
                                        QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        texts.append(QString::fromUtf8(r.out));
    }
    return texts;
}

int pdfPages(const QString &pdf)
{
    const ProcessResult r = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

Report sampleReport()
{
    QFile sample(test::samplePath());
    EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
    const Result<QString> text = decodeText(sample.readAll());
    EXPECT_TRUE(text.ok());
    return parseReportText(text.value());
}

// A report of several pages with a date (成文日期), digits and Latin text, and XML's special characters.
Report dated()
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.signature = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.date = QDate(2024, 2, 22);
    for (int i = 0; i < 40; ++i) {
        r.preamble.append(test::para(QStringLiteral("第%1段：我镇坚持依法行政，推进“放管服”改革 & <ABC> 平台上线，"
                                                    "办件量达1200件，群众满意率98.2%。")
                                         .arg(i + 1)));
    }
    return r;
}

struct Exported {
    QString ofd, pdf;
};

Exported exportBoth(const QTemporaryDir &dir, const Report &report, const QString &name)
{
    const PageProfile profile = gbt9704Profile();
    ExportOptions options;
    const Result<QByteArray> ofd = formatAsOfd(report, options);
    EXPECT_TRUE(ofd.ok()) << (ofd.ok() ? "" : ofd.error().message.toStdString());
    const Result<QByteArray> pdf = formatAsPdf(report, options);
    EXPECT_TRUE(pdf.ok());
    Exported e{dir.filePath(name + QStringLiteral(".ofd")), dir.filePath(name + QStringLiteral(".pdf"))};
    if (ofd.ok())
        test::writeBytes(e.ofd, ofd.value());
    if (pdf.ok())
        test::writeBytes(e.pdf, pdf.value());
    const QString keep = qEnvironmentVariable("FAZHI_KEEP_OFD");
    if (!keep.isEmpty() && ofd.ok() && pdf.ok()) {
        QDir().mkpath(keep);
        test::writeBytes(QDir(keep).filePath(name + QStringLiteral(".ofd")), ofd.value());
        test::writeBytes(QDir(keep).filePath(name + QStringLiteral(".pdf")), pdf.value());
    }
    return e;
}

void expectSameTextPageByPage(const Exported &e)
{
    const OfdFile ofd = readOfd(e.ofd);
    const int pages = pdfPages(e.pdf);
    ASSERT_GT(pages, 0);
    ASSERT_EQ(ofd.pages.size(), pages) << "the OFD has the PDF's pages";
    const QStringList pdf = pdfPageTexts(e.pdf, pages);
    for (int p = 0; p < pages; ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        EXPECT_EQ(withoutWhitespace(ofd.pages.at(p).text()), withoutWhitespace(pdf.at(p)));
    }
}

// Paints the page from the OFD alone: each TextCode's characters with the embedded font's own cmap,
// at X/Y and the DeltaX steps.
QImage paintOfdPage(const OfdFile &f, const OfdPage &page, double dpi, QMap<int, QByteArray> &fontData)
{
    const double px = dpi / 25.4;
    QImage image(int(std::lround(210 * px)), int(std::lround(297 * px)), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const TextCode &code : page.codes) {
        if (!fontData.contains(code.font))
            fontData.insert(code.font, part(f.path, f.fontFiles.value(code.font)));
        const QRawFont raw(fontData.value(code.font), code.sizeMm * px);
        EXPECT_TRUE(raw.isValid()) << "font " << code.font;
        if (!raw.isValid())
            continue;
        const QList<uint> chars = code.text.toUcs4();
        QList<quint32> glyphs;
        QList<QPointF> positions;
        double x = code.x;
        for (int i = 0; i < chars.size(); ++i) {
            if (i > 0)
                x += code.deltas.value(i - 1);
            const char32_t c = chars.at(i);
            EXPECT_TRUE(raw.supportsCharacter(uint(c))) << "font " << code.font << " lacks U+" << std::hex << uint(c);
            const QList<quint32> g = raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
            glyphs.append(g.value(0));
            positions.append(QPointF(x * px, code.y * px));
        }
        QGlyphRun glyphRun;
        glyphRun.setRawFont(raw);
        glyphRun.setGlyphIndexes(glyphs);
        glyphRun.setPositions(positions);
        painter.drawGlyphRun(QPointF(0, 0), glyphRun);
    }
    return image;
}

// The share of 4 × 4 blocks whose ink differs by more than a quarter between the two images.
double blockDifference(const QImage &a, const QImage &b)
{
    const int w = std::min(a.width(), b.width()) / 4, h = std::min(a.height(), b.height()) / 4;
    int differing = 0, inked = 0;
    for (int by = 0; by < h; ++by) {
        for (int bx = 0; bx < w; ++bx) {
            double inkA = 0, inkB = 0;
            for (int y = by * 4; y < by * 4 + 4; ++y) {
                const uchar *la = a.constScanLine(y), *lb = b.constScanLine(y);
                for (int x = bx * 4; x < bx * 4 + 4; ++x) {
                    inkA += (255 - la[x]) / 255.0;
                    inkB += (255 - lb[x]) / 255.0;
                }
            }
            if (inkA > 0.5 || inkB > 0.5)
                ++inked;
            if (std::abs(inkA - inkB) > 4.0)
                ++differing;
        }
    }
    return inked == 0 ? 0.0 : double(differing) / inked;
}

void validate(const QString &ofd, const QString &name)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("part.xml"));
    test::writeBytes(file, part(ofd, name));
    const ProcessResult r = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                  QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/ofd/ofd-parts.xsd"), file});
    EXPECT_EQ(r.exitCode, 0) << name.toStdString() << ": " << r.err.toStdString();
}

}  // namespace

TEST(OfdExport, PackageHasTheStandardsPartsAndTheyValidate)
{
    REQUIRE_TOOLS("unzip", "xmllint");
    QTemporaryDir dir;
    const Exported e = exportBoth(dir, dated(), QStringLiteral("dated"));
    const QStringList names = partNames(e.ofd);
    EXPECT_TRUE(names.contains(QStringLiteral("OFD.xml")));
    const OfdFile f = readOfd(e.ofd);
    EXPECT_EQ(f.docRoot, QStringLiteral("Doc_0/Document.xml"));
    ASSERT_GE(f.pages.size(), 2);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".xml")))
            validate(e.ofd, name);
    }
    // A broken part fails the schema: the check can fail.
    {
        QTemporaryDir bad;
        const QString file = bad.filePath(QStringLiteral("page.xml"));
        QByteArray page = part(e.ofd, f.pages.first().loc);
        page.replace("Boundary=\"", "Bound=\"");
        test::writeBytes(file, page);
        const ProcessResult r = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                      QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/ofd/ofd-parts.xsd"), file});
        EXPECT_NE(r.exitCode, 0) << "a text object without its Boundary is invalid";
    }
    // A4, and the GB/T 9704 text block as content box.
    EXPECT_EQ(f.physicalBox, QStringLiteral("0 0 210 297"));
    EXPECT_EQ(f.contentBox, QStringLiteral("28 37 156 225"));
}

TEST(OfdExport, MetadataHasTitleAndDocumentDateAndNoAuthor)
{
    REQUIRE_TOOLS("unzip");
    QTemporaryDir dir;
    const Report report = dated();
    const Exported e = exportBoth(dir, report, QStringLiteral("meta"));
    const OfdFile f = readOfd(e.ofd);
    EXPECT_EQ(f.info.value(QStringLiteral("Title")), report.effectiveTitle());
    EXPECT_EQ(f.info.value(QStringLiteral("CreationDate")), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(f.info.value(QStringLiteral("CustomData:成文日期")), QStringLiteral("2024-02-22"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(f.info.value(QStringLiteral("DocID"))).hasMatch());
    EXPECT_FALSE(f.docInfoElements.contains(QStringLiteral("Author"))) << "a clean file names no author";
    for (const QString &name : f.docInfoElements)
        EXPECT_FALSE(f.info.value(name).contains(QStringLiteral("张"))) << name.toStdString();
    // The same report gives the same bytes, apart from the day of the export.
    ExportOptions options;
    EXPECT_EQ(formatAsOfd(report, options).value(), formatAsOfd(report, options).value());
}

TEST(OfdExport, TextAgreesWithThePdfPageByPage)
{
    REQUIRE_TOOLS("unzip", "pdftotext", "pdfinfo");
    QTemporaryDir dir;
    const Exported e = exportBoth(dir, dated(), QStringLiteral("dated"));
    expectSameTextPageByPage(e);
    const OfdFile f = readOfd(e.ofd);
    EXPECT_TRUE(withoutWhitespace(f.pages.first().text()).contains(QStringLiteral("&<ABC>平台上线")))
        << f.pages.first().text().left(300).toStdString();
}

TEST(OfdExport, SampleReportAgreesWithThePdfPageByPage)
{
    FAZHI_REQUIRE_SAMPLE();
    REQUIRE_TOOLS("unzip", "pdftotext", "pdfinfo");
    QTemporaryDir dir;
    const Report report = sampleReport();
    const Exported e = exportBoth(dir, report, QStringLiteral("taozhuang-2023"));
    expectSameTextPageByPage(e);
    // Lines: the OFD's text codes on each page, grouped by baseline, are the composed lines.
    const Result<PageModel> model = composePages(buildLayout(report, LayoutTarget::Document), gbt9704Profile());
    ASSERT_TRUE(model.ok());
    const OfdFile f = readOfd(e.ofd);
    ASSERT_EQ(f.pages.size(), model.value().pages.size());
    for (int p = 0; p < f.pages.size(); ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        QMap<long, QString> lines;
        for (const TextCode &c : f.pages.at(p).codes)
            lines[std::lround(c.y * 10)] += c.text;
        QStringList composed;
        for (const ComposedLine &l : model.value().pages.at(p).lines)
            composed.append(withoutWhitespace(l.text));
        QStringList written;
        for (const QString &l : lines)
            written.append(withoutWhitespace(l));
        EXPECT_EQ(written, composed);
    }
    std::printf("[ measured ] sample: %lld pages in OFD and PDF\n", static_cast<long long>(f.pages.size()));
}

// The text of each page as ofd.js (an OFD parser of its own, tests/ofd-reader, installed there with
// `npm ci`) reads it: lines top to bottom. Empty with the reason in *skip when node or ofd.js is missing.
QStringList ofdJsPageTexts(const QString &ofd, QString *skip)
{
    const QString reader = QStringLiteral(FAZHI_SOURCE_DIR "/tests/ofd-reader");
    if (!haveTool("node")) {
        *skip = QStringLiteral("node is not installed (scripts/setup-debian.sh installs it)");
        return {};
    }
    if (!QFile::exists(reader + QStringLiteral("/node_modules/ofd.js/package.json"))) {
        *skip = QStringLiteral("ofd.js is not installed: run npm ci in tests/ofd-reader");
        return {};
    }
    const ProcessResult r = runTool(QStringLiteral("node"), {reader + QStringLiteral("/ofd-text.js"), ofd});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList pages;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QLatin1String("pages")).toArray())
        pages.append(v.toString());
    return pages;
}

// An independent reader finds the PDF's pages and text in our OFD, and the composed lines in order.
TEST(OfdExport, OfdJsReadsTheSampleAsThePdfReads)
{
    FAZHI_REQUIRE_SAMPLE();
    REQUIRE_TOOLS("pdftotext", "pdfinfo");
    QTemporaryDir dir;
    const Report report = sampleReport();
    const Exported e = exportBoth(dir, report, QStringLiteral("taozhuang-2023"));
    QString skip;
    const QStringList ofd = ofdJsPageTexts(e.ofd, &skip);
    if (!skip.isEmpty())
        GTEST_SKIP() << skip.toStdString();
    const int pages = pdfPages(e.pdf);
    ASSERT_GT(pages, 1);
    ASSERT_EQ(ofd.size(), pages) << "ofd.js finds the PDF's pages";
    const QStringList pdf = pdfPageTexts(e.pdf, pages);
    const Result<PageModel> model = composePages(buildLayout(report, LayoutTarget::Document), gbt9704Profile());
    ASSERT_TRUE(model.ok());
    ASSERT_EQ(model.value().pages.size(), pages);
    for (int p = 0; p < pages; ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        EXPECT_EQ(withoutWhitespace(ofd.at(p)), withoutWhitespace(pdf.at(p)));
        QStringList composed, read;
        for (const ComposedLine &l : model.value().pages.at(p).lines)
            composed.append(withoutWhitespace(l.text));
        for (const QString &l : ofd.at(p).split(QLatin1Char('\n')))
            read.append(withoutWhitespace(l));
        EXPECT_EQ(read, composed);
    }
    std::printf("[ measured ] ofd.js: %d pages, text of each equal to pdftotext's\n", pages);
}

TEST(OfdExport, FontsAreEmbeddedSubsetsThatDrawEveryCharacter)
{
    REQUIRE_TOOLS("unzip");
    QTemporaryDir dir;
    const Exported e = exportBoth(dir, dated(), QStringLiteral("fonts"));
    const OfdFile f = readOfd(e.ofd);
    ASSERT_FALSE(f.fontFiles.isEmpty());
    qint64 total = 0;
    QMap<int, QSet<uint>> used;
    for (const OfdPage &page : f.pages) {
        for (const TextCode &c : page.codes) {
            for (const uint cp : c.text.toUcs4())
                used[c.font].insert(cp);
        }
    }
    for (auto it = f.fontFiles.constBegin(); it != f.fontFiles.constEnd(); ++it) {
        SCOPED_TRACE(it.value().toStdString());
        const QByteArray data = part(e.ofd, it.value());
        total += data.size();
        ASSERT_GE(data.size(), 12);
        const bool sfnt = data.startsWith(QByteArray("\x00\x01\x00\x00", 4)) || data.startsWith("OTTO");
        EXPECT_TRUE(sfnt) << "TrueType or OpenType";
        const QRawFont raw(data, 16);
        ASSERT_TRUE(raw.isValid());
        for (const uint cp : used.value(it.key()))
            EXPECT_TRUE(raw.supportsCharacter(cp)) << "U+" << std::hex << cp;
        if (fontSubsettingAvailable()) {
            EXPECT_FALSE(raw.supportsCharacter(uint(0x9F98))) << "a subset: 龘 was never drawn";
        }
    }
    if (fontSubsettingAvailable()) {
        EXPECT_LT(total, 1024 * 1024) << "subsets, not whole CJK faces (tens of megabytes)";
    }
    std::printf("[ measured ] %lld fonts, %lld bytes embedded\n", static_cast<long long>(f.fontFiles.size()),
                static_cast<long long>(total));
}

TEST(OfdExport, PagesPaintedFromTheOfdAloneMatchThePdf)
{
    REQUIRE_TOOLS("unzip", "pdftoppm");
    QTemporaryDir dir;
    const Report report = test::samplePath().isEmpty() ? dated() : sampleReport();
    const Exported e = exportBoth(dir, report, QStringLiteral("paint"));
    const OfdFile f = readOfd(e.ofd);
    ASSERT_FALSE(f.pages.isEmpty());
    constexpr double dpi = 100;
    QMap<int, QByteArray> fonts;
    double worst = 0;
    for (int p = 0; p < f.pages.size(); ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        const QString prefix = dir.filePath(QStringLiteral("pdf-%1").arg(p + 1));
        const ProcessResult r = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                       QStringLiteral("-f"), QString::number(p + 1), QStringLiteral("-l"),
                                       QString::number(p + 1), QStringLiteral("-singlefile"), e.pdf, prefix});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QImage pdf = QImage(prefix + QStringLiteral(".pgm")).convertToFormat(QImage::Format_Grayscale8);
        ASSERT_FALSE(pdf.isNull());
        const QImage ofd = paintOfdPage(f, f.pages.at(p), dpi, fonts);
        const QString keep = qEnvironmentVariable("FAZHI_KEEP_OFD");
        if (!keep.isEmpty())
            ofd.save(QDir(keep).filePath(QStringLiteral("ofd-page-%1.png").arg(p + 1)));
        const double difference = blockDifference(pdf, ofd);
        worst = std::max(worst, difference);
        EXPECT_LT(difference, 0.02) << "the OFD's glyphs stand where the PDF's do";
    }
    // Painting the page shifted by 1 mm is caught: the comparison can fail.
    OfdFile shifted = f;
    for (TextCode &c : shifted.pages.first().codes)
        c.x += 1.0;
    const QString prefix = dir.filePath(QStringLiteral("pdf-1"));
    const QImage pdf = QImage(prefix + QStringLiteral(".pgm")).convertToFormat(QImage::Format_Grayscale8);
    EXPECT_GT(blockDifference(pdf, paintOfdPage(shifted, shifted.pages.first(), dpi, fonts)), 0.1);
    std::printf("[ measured ] OFD painted vs PDF rendered: at most %.2f%% of inked 4x4 blocks differ\n", worst * 100);
}

// Characters beyond the BMP are one character each (one DeltaX), XML's special characters and quotes
// survive, and the parts stay valid.
TEST(OfdExport, RareCharactersAndMarkupStayText)
{
    REQUIRE_TOOLS("unzip", "xmllint");
    const char32_t rare[] = {0x2123D, 0x20000};  // 𡈽 (Noto CJK has it), 𠀀 (no font here has it)
    const QString rareText = QString::fromUcs4(rare, 2);
    Report r = dated();
    r.preamble.prepend(test::para(QStringLiteral("村民王") + rareText + QStringLiteral("说：“<法治> & \"'依法'\"”。")));
    QTemporaryDir dir;
    const Exported e = exportBoth(dir, r, QStringLiteral("rare"));
    const OfdFile f = readOfd(e.ofd);
    ASSERT_FALSE(f.pages.isEmpty());
    EXPECT_TRUE(withoutWhitespace(f.pages.first().text()).contains(QStringLiteral("村民王") + rareText + QStringLiteral("说：“<法治>&\"'依法'\"”。")))
        << f.pages.first().text().left(200).toStdString();
    for (const OfdPage &page : f.pages) {
        for (const TextCode &c : page.codes)
            EXPECT_EQ(c.deltas.size(), c.text.toUcs4().size() - 1) << c.text.toStdString();
    }
    for (const QString &name : partNames(e.ofd)) {
        if (name.endsWith(QLatin1String(".xml")))
            validate(e.ofd, name);
    }
}

TEST(OfdExport, CommandLineExportsOfd)
{
    REQUIRE_TOOLS("unzip");
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.fazhi"));
    const test::ProcessResult created = test::runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("new"),
                                                      QStringLiteral("--organization"), QStringLiteral("陶庄镇人民政府"),
                                                      QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    const QString out = dir.filePath(QStringLiteral("r.ofd"));
    const test::ProcessResult exported = test::runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("export"), id,
                                                       QStringLiteral("--format"), QStringLiteral("ofd"),
                                                       QStringLiteral("--output"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    const OfdFile f = readOfd(out);
    EXPECT_GE(f.pages.size(), 1);
    EXPECT_TRUE(f.pages.first().text().contains(QStringLiteral("陶庄镇人民政府")));
}
