// .docx export and import, checked by independent readers: python-docx, LibreOffice (PDF measured with
// poppler), pandoc, unzip/xmllint and the zip's own central directory. Readers that are not installed
// make their tests skip with a message; the Debian packages are python3-docx, libreoffice-writer-nogui,
// poppler-utils, pandoc, unzip and libxml2-utils.
#include "TestSupport.h"

#include "export/DocxWriter.h"
#include "export/HtmlWriter.h"
#include "export/PdfWriter.h"
#include "export/TextWriter.h"
#include "import/DocxImporter.h"
#include "import/TextImporter.h"
#include "model/Report.h"
#include "model/ReportJson.h"
#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>

using namespace fazhi;


namespace {

// ---------------------------------------------------------------------------------------------
// Reports built in code.

using fazhi::test::para;
using fazhi::test::point;

// A report shaped like real ones: addressee, preamble, run-in leads with 一是 points, a standalone
// heading, numbered points, digits, signature and date.
Report realisticReport()
{
    Report r;
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.date = QDate(2024, 2, 22);
    r.details.source = QStringLiteral("兴化市陶庄镇");
    r.details.publishedOn = QStringLiteral("2024-02-22 10:20");
    r.details.publicationUrl = QStringLiteral("http://www.xinghua.gov.cn/art/2024/2/22/art_1.html");
    r.createdAt = QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    r.updatedAt = QDateTime(QDate(2024, 2, 20), QTime(16, 30), Qt::UTC);
    r.preamble = {para(QStringLiteral("2023年，我镇在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，全面落实法治政府建设各项任务。现将有关情况报告如下："))};

    Part measures;
    measures.kind = PartKind::Measures;
    measures.intro.paragraphs = {para(QStringLiteral("我镇坚持以法治思想引领镇域治理，在法治轨道上推进治理体系和治理能力现代化。主要做法是："))};
    Section s1;
    s1.lead = QStringLiteral("强化组织领导，完善工作机制。");
    s1.body.points = {point(QStringLiteral("加强党的领导，镇党委、政府召开党政联席会4次，研究法治政府建设工作，印发年度责任清单；")),
                      point(QStringLiteral("落实第一责任人职责，对15个行政村（社区）主要负责人履职情况进行跟踪问效；")),
                      point(QStringLiteral("强化法治能力建设，通过月度工作例会和“12·4”国家宪法日活动，提高领导干部依法决策的能力和水平。"))};
    Section s2;
    s2.lead = QStringLiteral("加大宣传力度，营造良好氛围。");
    s2.body.paragraphs = {para(QStringLiteral("结合“八五”普法，开展食品药品、公共卫生、生态环境、安全生产等重点领域执法普法宣传，发放宣传册10000余份、横幅218条、标语368处、宣传板160处，覆盖群众2.5万人次。"))};
    Section s3;
    s3.lead = QStringLiteral("规范行政执法");
    s3.headingStyle = HeadingStyle::Standalone;
    s3.body.paragraphs = {para(QStringLiteral("全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，全年办理行政处罚案件37件，无一被复议纠错。")),
                          para(QStringLiteral("配合行政执法资源整合行动，全面规范辖区综合行政执法，清除小广告307处，整治乱堆乱放135处。"))};
    s3.body.pointStyle = PointStyle::Numbered;
    s3.body.points = {point(QStringLiteral("完善执法程序。制定督查问责试行方案，督促执法人员严格依法履职。")),
                      point(QStringLiteral("强化执法监督。畅通举报渠道，设立举报信箱，让权力在阳光下运行。"))};
    measures.sections = {s1, s2, s3};

    Part duty;
    duty.kind = PartKind::LeadersDuty;
    duty.intro.paragraphs = {para(QStringLiteral("镇党委书记、镇长严格落实党政主要负责人履行推进法治建设第一责任人职责规定，定期听取法治政府建设工作汇报，全年专题研究法治工作6次。"))};

    Part weak;
    weak.kind = PartKind::Shortcomings;
    weak.intro.points = {point(QStringLiteral("部分干部的法治意识和法治观念薄弱，依法行政能力有待加强；")),
                         point(QStringLiteral("法治政府建设经费投入较少，影响培训、宣传等工作的开展；")),
                         point(QStringLiteral("政府信息公开不够及时，透明度不够高。"))};

    Part plans;
    plans.kind = PartKind::Plans;
    plans.intro.paragraphs = {para(QStringLiteral("2024年，我镇将从以下方面持续发力，进一步做好全镇的法治建设工作。"))};
    Section p1;
    p1.lead = QStringLiteral("广泛开展法治宣传教育。");
    p1.body.paragraphs = {para(QStringLiteral("组织领导干部带头学法，深入学习党内重要法规，切实增强法治观念和守法用法能力。"))};
    Section p2;
    p2.lead = QStringLiteral("持续推进政府信息公开。");
    p2.body.paragraphs = {para(QStringLiteral("坚决落实三项举措："))};
    p2.body.points = {point(QStringLiteral("通过政务公众号、镇村公示栏等形式，保障信息渠道多元化；")),
                      point(QStringLiteral("严格信息公开制度，保障时效性和透明度。"))};
    plans.sections = {p1, p2};

    r.parts = {measures, duty, weak, plans};
    r.closing = {para(QStringLiteral("特此报告。"))};
    assignMissingIds(r);
    return r;
}

const QString &fillerPool()
{
    static const QString pool = QStringLiteral("法治政府建设年度报告依法行政推进治理体系能力现代化镇村两级综合执法监督宣传教育");
    return pool;
}

// Ideographs without punctuation or digits, so every full line holds exactly charsPerLine of them.
QString ideographs(int count, int offset = 0)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += fillerPool().at((i + offset) % fillerPool().size());
    return s;
}

// The realistic report followed by a part of filler paragraphs: about `pages` more pages.
Report longReport(int pages)
{
    const PageProfile profile = gbt9704Profile();
    Report r = realisticReport();
    Part extra;
    extra.kind = PartKind::Other;
    // Each paragraph: a first line (after the two-character indent) and four full lines.
    const int first = profile.charsPerLine - profile.firstLineIndentChars;
    const int perPage = profile.linesPerPage / 5 + 1;
    for (int i = 0; i < pages * perPage; ++i)
        extra.intro.paragraphs.append(para(ideographs(first + profile.charsPerLine * 4, i)));
    r.parts.append(extra);
    assignMissingIds(r);
    return r;
}

const PageProfile &profile()
{
    static const PageProfile p = gbt9704Profile();
    return p;
}

DocumentLayout documentLayout(const Report &r) { return buildLayout(r, LayoutTarget::Document); }

QByteArray exportDocx(const Report &r)
{
    const Result<QByteArray> bytes = renderDocx(r, documentLayout(r), profile());
    EXPECT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    return bytes.ok() ? bytes.value() : QByteArray();
}

QStringList blockTexts(const DocumentLayout &layout)
{
    QStringList texts;
    for (const Block &b : layout.blocks)
        texts.append(b.text());
    return texts;
}

// ---------------------------------------------------------------------------------------------
// External readers.

struct ToolRun {
    int exitCode = -1;
    QByteArray out, err;
    bool ok() const { return exitCode == 0; }
};

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs = 60000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ToolRun r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// A real Python 3 (never the Windows Store stub), or empty: the test skips (TestSupport.h).
QString python() { return fazhi::test::pythonInterpreter(); }

bool havePythonDocx()
{
    static const bool have = !python().isEmpty()
        && runTool(python(), {QStringLiteral("-c"), QStringLiteral("import docx")}).ok();
    return have;
}

#define REQUIRE_TOOL(path, what)                                                             \
    do {                                                                                     \
        if ((path).isEmpty())                                                                \
            GTEST_SKIP() << what << " is not installed; skipping this independent check";   \
    } while (0)

#define REQUIRE_PYTHON_DOCX()                                                                     \
    do {                                                                                          \
        if (!havePythonDocx())                                                                    \
            GTEST_SKIP() << "python3-docx is not installed; skipping the python-docx reader check"; \
    } while (0)

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    test::writeBytes(path, bytes);
    return path;
}

// Reads a .docx with python-docx and reports what it sees as JSON.
const char kPythonDocxReader[] = R"PY(
import sys, json, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
def tw(x): return None if x is None else round(x / 635)
def attrs(el): return {k.split('}')[1]: v for k, v in el.attrib.items()} if el is not None else None
def fonts(el):
    rpr = el.find(qn('w:rPr')) if el is not None else None
    rf = rpr.find(qn('w:rFonts')) if rpr is not None else None
    return attrs(rf) or {}
out = {"paragraphs": []}
for p in d.paragraphs:
    runs = [{"text": r.text, "style": r.style.name if r.style is not None else None, "fonts": fonts(r._r)} for r in p.runs]
    out["paragraphs"].append({"text": p.text, "style": p.style.name, "runs": runs})
s = d.sections[0]
sp = s._sectPr
out["section"] = {"width": tw(s.page_width), "height": tw(s.page_height), "top": tw(s.top_margin),
                  "right": tw(s.right_margin), "bottom": tw(s.bottom_margin), "left": tw(s.left_margin),
                  "footer": tw(s.footer_distance), "children": [c.tag.split('}')[1] for c in sp],
                  "grid": attrs(sp.find(qn('w:docGrid')))}
out["evenAndOdd"] = bool(d.settings.odd_and_even_pages_header_footer)
def footer(f):
    p = f.paragraphs[0]
    x = p._p
    return {"text": p.text, "alignment": str(p.alignment),
            "fields": [fc.get(qn('w:fldCharType')) for fc in x.iter(qn('w:fldChar'))],
            "instr": ''.join(i.text for i in x.iter(qn('w:instrText'))).strip(),
            "ind": attrs(x.find(qn('w:pPr')).find(qn('w:ind'))), "fonts": fonts(x.find(qn('w:r')))}
out["footers"] = {"odd": footer(s.footer), "even": footer(s.even_page_footer)}
styles = {}
for st in d.styles:
    if int(st.type) not in (1, 2):
        continue
    e = st.element
    ppr = e.find(qn('w:pPr'))
    rpr = e.find(qn('w:rPr'))
    info = {"type": int(st.type), "id": st.style_id, "size": st.font.size.pt if st.font.size else None, "fonts": fonts(e),
            "letterSpacing": attrs(rpr.find(qn('w:spacing'))) if rpr is not None else None}
    if ppr is not None:
        info["alignment"] = str(st.paragraph_format.alignment)
        info["ind"] = attrs(ppr.find(qn('w:ind')))
        info["spacing"] = attrs(ppr.find(qn('w:spacing')))
        info["outline"] = attrs(ppr.find(qn('w:outlineLvl')))
        info["snapToGrid"] = attrs(ppr.find(qn('w:snapToGrid')))
    styles[st.name] = info
out["styles"] = styles
out["core"] = {"title": d.core_properties.title, "author": d.core_properties.author,
               "lastModifiedBy": d.core_properties.last_modified_by, "revision": d.core_properties.revision}
json.dump(out, sys.stdout, ensure_ascii=False)
)PY";

QJsonObject readWithPythonDocx(const QString &docxPath, QString *error)
{
    QTemporaryDir dir;
    const QString script = writeTemp(dir, QStringLiteral("read_docx.py"), kPythonDocxReader);
    const ToolRun r = runTool(python(), {script, docxPath}, 120000);
    if (!r.ok()) {
        *error = QString::fromUtf8(r.err);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    if (doc.isNull())
        *error = parseError.errorString();
    return doc.object();
}

QStringList pythonDocxTexts(const QJsonObject &o)
{
    QStringList texts;
    for (const QJsonValue &p : o.value(QStringLiteral("paragraphs")).toArray())
        texts.append(p.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

// A fontconfig file that resolves each role's first family (仿宋_GB2312, 楷体_GB2312, 黑体 …) to the
// rest of its chain, i.e. to the Debian stand-ins: LibreOffice then renders each role in a distinct
// installed font, as Word does on a PC that has the Windows fonts.
QString writeFontConfig(const QTemporaryDir &dir)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                                 "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n");
    for (FontRole role : {FontRole::Title, FontRole::Heading1, FontRole::Heading2, FontRole::Body, FontRole::PageNumber,
                          FontRole::Latin}) {
        const QStringList &chain = profile().chain(role).families;
        xml += QStringLiteral("<alias binding=\"same\"><family>%1</family><prefer>").arg(chain.first().toHtmlEscaped());
        for (int i = 1; i < chain.size(); ++i)
            xml += QStringLiteral("<family>%1</family>").arg(chain.at(i).toHtmlEscaped());
        xml += QStringLiteral("</prefer></alias>\n");
    }
    xml += QStringLiteral("</fontconfig>\n");
    return writeTemp(dir, QStringLiteral("fonts.conf"), xml.toUtf8());
}

// Converts .docx files to PDF with LibreOffice, with a profile of its own (tests run in parallel).
// Returns the PDF paths, or an empty list with `why` set.
QStringList convertWithLibreOffice(const QStringList &docxFiles, const QTemporaryDir &work, QString *why,
                                   int timeoutMs = 120000)
{
    const QString soffice = tool("soffice").isEmpty() ? tool("libreoffice") : tool("soffice");
    if (soffice.isEmpty()) {
        *why = QStringLiteral("LibreOffice (soffice) is not installed");
        return {};
    }
    const QString outDir = work.filePath(QStringLiteral("pdf"));
    QDir().mkpath(outDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), writeFontConfig(work));
    QStringList args{QStringLiteral("-env:UserInstallation=")
                         + QUrl::fromLocalFile(work.filePath(QStringLiteral("lo-profile"))).toString(),
                     QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                     QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir};
    args += docxFiles;
    const ToolRun r = runTool(soffice, args, timeoutMs, env);
    QStringList pdfs;
    for (const QString &docx : docxFiles) {
        const QString pdf = outDir + QLatin1Char('/') + QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf");
        if (!QFileInfo::exists(pdf)) {
            *why = QStringLiteral("LibreOffice did not convert %1: exit %2, %3")
                       .arg(docx)
                       .arg(r.exitCode)
                       .arg(QString::fromUtf8(r.err + r.out));
            return {};
        }
        pdfs.append(pdf);
    }
    return pdfs;
}

int pdfPageCount(const QString &pdf)
{
    const ToolRun r = runTool(tool("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// ---------------------------------------------------------------------------------------------
// pdftotext -bbox, in millimetres.

struct TextLine {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // mm from the top-left corner
    QString text;                          // words joined without spaces
};
struct PdfPage {
    double widthMm = 0, heightMm = 0;
    QList<TextLine> lines;
};

double ptToMm(double pt) { return pt * 25.4 / 72.0; }

QList<PdfPage> readBoxes(const QString &pdf, const QTemporaryDir &work)
{
    const QString out = work.filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral("-bbox.html"));
    const ToolRun r = runTool(tool("pdftotext"), {QStringLiteral("-bbox"), pdf, out});
    EXPECT_TRUE(r.ok()) << r.err.toStdString();
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QList<PdfPage> pages;
    QList<TextLine> words;
    auto flush = [&] {
        if (pages.isEmpty())
            return;
        std::sort(words.begin(), words.end(), [](const TextLine &a, const TextLine &b) {
            return std::abs(a.y0 - b.y0) > 0.7 ? a.y0 < b.y0 : a.x0 < b.x0;
        });
        for (const TextLine &w : std::as_const(words)) {
            QList<TextLine> &lines = pages.last().lines;
            if (!lines.isEmpty() && std::abs(lines.last().y0 - w.y0) <= 0.7) {
                TextLine &l = lines.last();
                l.x0 = std::min(l.x0, w.x0);
                l.x1 = std::max(l.x1, w.x1);
                l.y1 = std::max(l.y1, w.y1);
                l.text += w.text;
            } else {
                lines.append(w);
            }
        }
        words.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            flush();
            pages.append({ptToMm(a.value(QLatin1String("width")).toDouble()),
                          ptToMm(a.value(QLatin1String("height")).toDouble()), {}});
        } else if (xml.name() == QLatin1String("word")) {
            TextLine w{ptToMm(a.value(QLatin1String("xMin")).toDouble()), ptToMm(a.value(QLatin1String("yMin")).toDouble()),
                       ptToMm(a.value(QLatin1String("xMax")).toDouble()), ptToMm(a.value(QLatin1String("yMax")).toDouble()),
                       xml.readElementText()};
            words.append(w);
        }
    }
    flush();
    return pages;
}

bool isPageNumberLine(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^—\\s*\\d+\\s*—$"));
    return re.match(text).hasMatch();
}

bool isFiller(const QString &text)
{
    for (QChar c : text) {
        if (!fillerPool().contains(c))
            return false;
    }
    return !text.isEmpty();
}

QString withoutWhitespace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// ---------------------------------------------------------------------------------------------
// The zip, read by hand: central directory entries.

struct ZipEntry {
    QString name;
    quint16 flags = 0;
    quint16 versionNeeded = 0;
    QList<quint16> extraIds;
};

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at))) | quint16(quint8(b.at(at + 1))) << 8;
}
quint32 u32(const QByteArray &b, qsizetype at) { return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16; }

std::optional<QList<ZipEntry>> centralDirectory(const QByteArray &zip)
{
    const qsizetype eocd = zip.lastIndexOf(QByteArray::fromHex("504b0506"));
    if (eocd < 0 || eocd + 22 > zip.size())
        return std::nullopt;
    const int count = u16(zip, eocd + 10);
    qsizetype at = u32(zip, eocd + 16);
    QList<ZipEntry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50)
            return std::nullopt;
        ZipEntry e;
        e.versionNeeded = u16(zip, at + 6);
        e.flags = u16(zip, at + 8);
        const int nameLen = u16(zip, at + 28), extraLen = u16(zip, at + 30), commentLen = u16(zip, at + 32);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLen));
        for (qsizetype x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen;) {
            e.extraIds.append(u16(zip, x));
            x += 4 + u16(zip, x + 2);
        }
        entries.append(e);
        at += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}

// Extracts one part with unzip (an independent reader).
QByteArray unzipPart(const QString &docx, const QString &part)
{
    // unzip takes names as wildcard patterns: "[" must be written "[[]".
    QString pattern = part;
    pattern.replace(QLatin1Char('['), QStringLiteral("[[]"));
    const ToolRun r = runTool(tool("unzip"), {QStringLiteral("-p"), docx, pattern});
    return r.ok() ? r.out : QByteArray();
}

// Children of every `parent` element (by local name) in document order.
const char kMceNamespace[] = "http://schemas.openxmlformats.org/markup-compatibility/2006";

QList<QStringList> childSequences(const QByteArray &xmlBytes, const QString &parent)
{
    QList<QStringList> sequences;
    QXmlStreamReader xml(xmlBytes);
    int depth = 0, parentDepth = -1;
    bool mceTaken = false, inMce = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            // Markup compatibility stands for what its Choice holds (the writer wraps the two
            // properties LibreOffice reads otherwise than Word).
            if (parentDepth >= 0 && depth == parentDepth + 1 && xml.name() == QLatin1String("AlternateContent")) {
                mceTaken = false;
                inMce = true;
                continue;
            }
            if (inMce && depth == parentDepth + 3 && xml.namespaceUri() != QLatin1String(kMceNamespace)) {
                // Only the first child of the first Choice.
                if (!mceTaken) {
                    sequences.last().append(xml.name().toString());
                    mceTaken = true;
                }
                continue;
            }
            if (parentDepth >= 0 && depth == parentDepth + 1) {
                sequences.last().append(xml.name().toString());
                inMce = false;
            }
            if (parentDepth < 0 && xml.name() == parent) {
                parentDepth = depth;
                sequences.append(QStringList());
            }
        } else if (xml.isEndElement()) {
            if (depth == parentDepth)
                parentDepth = -1;
            --depth;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return sequences;
}

// True when `children` follow the order of `schema` (each child known, none out of order).
bool inSchemaOrder(const QStringList &children, const QStringList &schema, QString *problem)
{
    int last = -1;
    for (const QString &c : children) {
        const int at = int(schema.indexOf(c));
        if (at < 0) {
            *problem = QStringLiteral("unknown child ") + c;
            return false;
        }
        if (at < last) {
            *problem = QStringLiteral("out of order: ") + children.join(QLatin1Char(','));
            return false;
        }
        last = at;
    }
    return true;
}

// Sequences of CT_PPr, CT_RPr and CT_SectPr (ECMA-376 Part 1, transitional).
const QStringList kPPrOrder = QStringLiteral(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split(QLatin1Char(' '));
const QStringList kRPrOrder = QStringLiteral(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish "
    "webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang "
    "eastAsianLayout specVanish oMath").split(QLatin1Char(' '));
const QStringList kSectPrOrder = QStringLiteral(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols "
    "formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange")
                                     .split(QLatin1Char(' '));

}  // namespace

// ---------------------------------------------------------------------------------------------
// The package.

TEST(DocxPackage, HasEveryPartAndAPlainZip)
{
    const Report report = realisticReport();
    const QByteArray bytes = exportDocx(report);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes == exportDocx(report)) << "the same report must give the same bytes";

    const auto entries = centralDirectory(bytes);
    ASSERT_TRUE(entries.has_value()) << "central directory unreadable";
    QStringList names;
    for (const ZipEntry &e : *entries) {
        names.append(e.name);
        EXPECT_FALSE(e.extraIds.contains(0x0001)) << "zip64 extra field in " << e.name.toStdString();
        EXPECT_EQ(e.flags & 0x0008, 0) << "data descriptor in " << e.name.toStdString();
        EXPECT_LE(e.versionNeeded, 20) << e.name.toStdString();
        EXPECT_FALSE(e.name.startsWith(QLatin1Char('/')) || e.name.contains(QLatin1Char('\\'))) << e.name.toStdString();
    }
    EXPECT_FALSE(bytes.contains(QByteArray::fromHex("504b0606"))) << "zip64 end of central directory record";
    const QStringList expected{
        QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"), QStringLiteral("word/document.xml"),
        QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("word/styles.xml"),
        QStringLiteral("word/settings.xml"), QStringLiteral("word/fontTable.xml"), QStringLiteral("word/footer1.xml"),
        QStringLiteral("word/footer2.xml"), QStringLiteral("docProps/core.xml"), QStringLiteral("docProps/app.xml"),
        QStringLiteral("docProps/custom.xml")};
    EXPECT_EQ(names, expected);
    EXPECT_FALSE(names.contains(QStringLiteral("word/numbering.xml"))) << "enumerations must be literal text";

    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("report.docx"), bytes);
    if (!python().isEmpty()) {
        const ToolRun r = runTool(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), path});
        EXPECT_TRUE(r.ok()) << "python zipfile: " << r.err.toStdString();
    }
    if (tool("unzip").isEmpty())
        GTEST_SKIP() << "unzip is not installed; skipping the unzip listing";
    const ToolRun list = runTool(tool("unzip"), {QStringLiteral("-l"), path});
    ASSERT_TRUE(list.ok()) << list.err.toStdString();
    for (const QString &name : expected)
        EXPECT_TRUE(list.out.contains(name.toUtf8())) << name.toStdString();
    const QString xmllint = tool("xmllint");
    for (const QString &name : expected) {
        const QByteArray part = unzipPart(path, name);
        ASSERT_FALSE(part.isEmpty()) << name.toStdString();
        QXmlStreamReader xml(part);
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << name.toStdString() << ": " << xml.errorString().toStdString();
        if (!xmllint.isEmpty()) {
            const QString partFile = writeTemp(dir, QStringLiteral("part.xml"), part);
            const ToolRun lint = runTool(xmllint, {QStringLiteral("--noout"), partFile});
            EXPECT_TRUE(lint.ok()) << name.toStdString() << ": " << lint.err.toStdString();
        }
    }
    // Our details that the page does not print.
    const QString custom = QString::fromUtf8(unzipPart(path, QStringLiteral("docProps/custom.xml")));
    const Report &r = report;
    EXPECT_TRUE(custom.contains(r.id.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(custom.contains(QStringLiteral("兴化市陶庄镇")));
    EXPECT_TRUE(custom.contains(QStringLiteral("2024-02-22 10:20")));
    EXPECT_TRUE(custom.contains(r.details.publicationUrl));
    const QString settings = QString::fromUtf8(unzipPart(path, QStringLiteral("word/settings.xml")));
    EXPECT_TRUE(settings.contains(QStringLiteral("<w:evenAndOddHeaders/>")));
    const QString fontTable = QString::fromUtf8(unzipPart(path, QStringLiteral("word/fontTable.xml")));
    EXPECT_TRUE(fontTable.contains(QStringLiteral("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")));
    EXPECT_TRUE(fontTable.contains(QStringLiteral("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>")));
    EXPECT_TRUE(fontTable.contains(QStringLiteral("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")));
}

TEST(DocxPackage, ElementsFollowTheSchemaOrder)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("report.docx"), exportDocx(realisticReport()));
    if (tool("unzip").isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    int checked = 0;
    for (const QString &part : {QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"),
                                QStringLiteral("word/footer1.xml"), QStringLiteral("word/footer2.xml")}) {
        const QByteArray xml = unzipPart(path, part);
        ASSERT_FALSE(xml.isEmpty()) << part.toStdString();
        QString problem;
        for (const QStringList &seq : childSequences(xml, QStringLiteral("pPr"))) {
            EXPECT_TRUE(inSchemaOrder(seq, kPPrOrder, &problem)) << part.toStdString() << " pPr " << problem.toStdString();
            ++checked;
        }
        for (const QStringList &seq : childSequences(xml, QStringLiteral("rPr"))) {
            EXPECT_TRUE(inSchemaOrder(seq, kRPrOrder, &problem)) << part.toStdString() << " rPr " << problem.toStdString();
            ++checked;
        }
        for (const QStringList &seq : childSequences(xml, QStringLiteral("sectPr"))) {
            EXPECT_TRUE(inSchemaOrder(seq, kSectPrOrder, &problem)) << problem.toStdString();
            EXPECT_EQ(seq.first(), QStringLiteral("footerReference"));
            EXPECT_EQ(seq.last(), QStringLiteral("docGrid"));
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

// ---------------------------------------------------------------------------------------------
// python-docx.

TEST(DocxPythonDocx, ReadsEveryParagraphAndTheStyles)
{
    REQUIRE_PYTHON_DOCX();
    const Report r = realisticReport();
    const DocumentLayout layout = documentLayout(r);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("report.docx"), exportDocx(r));
    QString error;
    const QJsonObject o = readWithPythonDocx(path, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    // Paragraph texts are the layout's blocks in order (the balanced title's line break aside).
    QStringList texts = pythonDocxTexts(o);
    ASSERT_FALSE(texts.isEmpty());
    EXPECT_TRUE(texts.first().contains(QLatin1Char('\n'))) << "a two-line title is balanced with a line break";
    EXPECT_EQ(texts.first().section(QLatin1Char('\n'), 0, 0), r.details.organization)
        << "the title breaks after the organization's name";
    texts.first().remove(QLatin1Char('\n'));
    EXPECT_EQ(texts, blockTexts(layout));

    // Paragraph styles by block kind.
    const QJsonArray paragraphs = o.value(QStringLiteral("paragraphs")).toArray();
    const QHash<BlockKind, QString> styleOf{{BlockKind::Title, QStringLiteral("公文标题")},
                                            {BlockKind::Addressee, QStringLiteral("主送机关")},
                                            {BlockKind::PartHeading, QStringLiteral("一级标题")},
                                            {BlockKind::SectionHeading, QStringLiteral("二级标题")},
                                            {BlockKind::Paragraph, QStringLiteral("Normal")},
                                            {BlockKind::Signature, QStringLiteral("署名")},
                                            {BlockKind::Date, QStringLiteral("成文日期")}};
    bool sawRunInLead = false;
    for (int i = 0; i < layout.blocks.size(); ++i) {
        const Block &b = layout.blocks.at(i);
        const QJsonObject p = paragraphs.at(i).toObject();
        EXPECT_EQ(p.value(QStringLiteral("style")).toString(), styleOf.value(b.kind)) << b.text().toStdString();
        const QJsonArray runs = p.value(QStringLiteral("runs")).toArray();
        for (const QJsonValue &rv : runs) {
            const QJsonObject runObject = rv.toObject();
            const QJsonObject fonts = runObject.value(QStringLiteral("fonts")).toObject();
            // One face a run, named in every slot, by the PDF's rule: characters below General
            // Punctuation (digits, Latin, ASCII punctuation) in the Latin font, the others (Chinese,
            // “ ” —, full-width forms) in the role's Chinese font.
            const QString text = runObject.value(QStringLiteral("text")).toString();
            bool latinRun = !QString(text).remove(QLatin1Char('\n')).isEmpty();
            for (QChar c : text)
                latinRun = latinRun && c.unicode() < 0x2000;  // a line break goes with either face
            EXPECT_EQ(fonts.value(QStringLiteral("hint")).toString(), QStringLiteral("eastAsia"));
            EXPECT_EQ(fonts.value(QStringLiteral("ascii")).toString(), fonts.value(QStringLiteral("eastAsia")).toString());
            EXPECT_EQ(fonts.value(QStringLiteral("hAnsi")).toString(), fonts.value(QStringLiteral("eastAsia")).toString());
            const QString expectedChinese = b.kind == BlockKind::Title ? profile().title.families.first()
                : b.kind == BlockKind::PartHeading                      ? profile().heading1.families.first()
                : b.kind == BlockKind::SectionHeading                   ? profile().heading2.families.first()
                                                                        : profile().body.families.first();
            const bool lead = runObject.value(QStringLiteral("style")).toString() == QStringLiteral("二级标题字符");
            if (lead) {
                sawRunInLead = true;
                EXPECT_EQ(b.kind, BlockKind::Paragraph);
            }
            const QString expected = latinRun ? profile().latin.families.first()
                : lead                        ? profile().heading2.families.first()
                                              : expectedChinese;
            EXPECT_EQ(fonts.value(QStringLiteral("eastAsia")).toString(), expected)
                << text.toStdString() << " in " << b.text().toStdString();
        }
    }
    EXPECT_TRUE(sawRunInLead) << "run-in lead sentences carry the 二级标题 character style";

    // Page, margins, grid.
    const QJsonObject sec = o.value(QStringLiteral("section")).toObject();
    EXPECT_EQ(sec.value(QStringLiteral("width")).toInt(), 11906);
    EXPECT_EQ(sec.value(QStringLiteral("height")).toInt(), 16838);
    EXPECT_EQ(sec.value(QStringLiteral("top")).toInt(), 2098);
    EXPECT_EQ(sec.value(QStringLiteral("right")).toInt(), 1474);
    EXPECT_EQ(sec.value(QStringLiteral("bottom")).toInt(), 1984);
    EXPECT_EQ(sec.value(QStringLiteral("left")).toInt(), 1587);
    const QJsonObject grid = sec.value(QStringLiteral("grid")).toObject();
    EXPECT_EQ(grid.value(QStringLiteral("type")).toString(), QStringLiteral("lines"));
    EXPECT_EQ(grid.value(QStringLiteral("linePitch")).toString(), QStringLiteral("579"));
    const QJsonArray children = sec.value(QStringLiteral("children")).toArray();
    EXPECT_EQ(children.first().toString(), QStringLiteral("footerReference"));
    EXPECT_EQ(children.last().toString(), QStringLiteral("docGrid"));
    EXPECT_TRUE(o.value(QStringLiteral("evenAndOdd")).toBool());

    // Styles: sizes, fonts, indents, exact line pitch, letter spacing.
    const QJsonObject styles = o.value(QStringLiteral("styles")).toObject();
    auto style = [&](const char16_t *name) { return styles.value(QString::fromUtf16(name)).toObject(); };
    const QJsonObject normal = style(u"Normal");
    EXPECT_EQ(normal.value(QStringLiteral("size")).toDouble(), 16.0);
    EXPECT_EQ(normal.value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(),
              QStringLiteral("仿宋_GB2312"));
    EXPECT_EQ(normal.value(QStringLiteral("ind")).toObject().value(QStringLiteral("firstLineChars")).toString(),
              QStringLiteral("200"));
    EXPECT_GT(normal.value(QStringLiteral("ind")).toObject().value(QStringLiteral("firstLine")).toString().toInt(), 600);
    EXPECT_EQ(normal.value(QStringLiteral("spacing")).toObject().value(QStringLiteral("line")).toString(), QStringLiteral("579"));
    EXPECT_EQ(normal.value(QStringLiteral("spacing")).toObject().value(QStringLiteral("lineRule")).toString(),
              QStringLiteral("exact"));
    // 28 cells of (16 pt + spacing) fit the 156 mm text width; one twip less spacing and only 27 would.
    const int letterSpacing = normal.value(QStringLiteral("letterSpacing")).toObject().value(QStringLiteral("val")).toString().toInt();
    const int textWidth = 11906 - 1587 - 1474;
    EXPECT_LE(28 * (320 + letterSpacing), textWidth);
    EXPECT_GT(28 * (320 + letterSpacing + 1), textWidth - 28);
    EXPECT_LT(letterSpacing, 0);

    const QJsonObject title = style(u"公文标题");
    EXPECT_EQ(title.value(QStringLiteral("size")).toDouble(), 22.0);
    EXPECT_EQ(title.value(QStringLiteral("alignment")).toString(), QStringLiteral("CENTER (1)"));
    EXPECT_EQ(title.value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(),
              QStringLiteral("方正小标宋简体"));
    EXPECT_EQ(title.value(QStringLiteral("spacing")).toObject().value(QStringLiteral("after")).toString(),
              QStringLiteral("579")) << "one blank line below the title";
    EXPECT_EQ(style(u"一级标题").value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(),
              QStringLiteral("黑体"));
    EXPECT_EQ(style(u"一级标题").value(QStringLiteral("outline")).toObject().value(QStringLiteral("val")).toString(),
              QStringLiteral("0"));
    EXPECT_EQ(style(u"二级标题").value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(),
              QStringLiteral("楷体_GB2312"));
    EXPECT_EQ(style(u"二级标题字符").value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(),
              QStringLiteral("楷体_GB2312"));
    EXPECT_EQ(style(u"主送机关").value(QStringLiteral("ind")).toObject().value(QStringLiteral("firstLineChars")).toString(),
              QStringLiteral("0"));

    // Signature: one blank line above, right-aligned, two characters to spare. Date: first character two
    // characters right of the signature's first character (the signature is all CJK: one cell each).
    const int cell = 320 + letterSpacing;
    const QJsonObject sig = style(u"署名");
    const QJsonObject date = style(u"成文日期");
    EXPECT_EQ(sig.value(QStringLiteral("alignment")).toString(), QStringLiteral("RIGHT (2)"));
    EXPECT_EQ(date.value(QStringLiteral("alignment")).toString(), QStringLiteral("LEFT (0)"));
    EXPECT_EQ(sig.value(QStringLiteral("spacing")).toObject().value(QStringLiteral("before")).toString(), QStringLiteral("579"));
    const int sigRight = sig.value(QStringLiteral("ind")).toObject().value(QStringLiteral("right")).toString().toInt();
    const int dateLeft = date.value(QStringLiteral("ind")).toObject().value(QStringLiteral("left")).toString().toInt();
    EXPECT_EQ(sigRight, 2 * cell);
    const int sigStart = textWidth - sigRight - r.details.organization.size() * cell;
    EXPECT_EQ(dateLeft, sigStart + 2 * cell);

    // Page numbers: "— 1 —", a complete PAGE field, odd right / even left with one character inset.
    const QJsonObject footers = o.value(QStringLiteral("footers")).toObject();
    const QJsonObject odd = footers.value(QStringLiteral("odd")).toObject();
    const QJsonObject even = footers.value(QStringLiteral("even")).toObject();
    EXPECT_EQ(odd.value(QStringLiteral("text")).toString(), QStringLiteral("— 1 —"));
    EXPECT_EQ(even.value(QStringLiteral("text")).toString(), QStringLiteral("— 2 —"));
    for (const QJsonObject &f : {odd, even}) {
        EXPECT_EQ(f.value(QStringLiteral("fields")).toArray(),
                  QJsonArray({QStringLiteral("begin"), QStringLiteral("separate"), QStringLiteral("end")}));
        EXPECT_EQ(f.value(QStringLiteral("instr")).toString(), QStringLiteral("PAGE"));
        EXPECT_EQ(f.value(QStringLiteral("fonts")).toObject().value(QStringLiteral("eastAsia")).toString(), QStringLiteral("宋体"));
    }
    EXPECT_EQ(odd.value(QStringLiteral("alignment")).toString(), QStringLiteral("RIGHT (2)"));
    EXPECT_EQ(even.value(QStringLiteral("alignment")).toString(), QStringLiteral("LEFT (0)"));
    EXPECT_EQ(odd.value(QStringLiteral("ind")).toObject().value(QStringLiteral("rightChars")).toString(), QStringLiteral("100"));
    EXPECT_EQ(even.value(QStringLiteral("ind")).toObject().value(QStringLiteral("leftChars")).toString(), QStringLiteral("100"));

    const QJsonObject core = o.value(QStringLiteral("core")).toObject();
    EXPECT_EQ(core.value(QStringLiteral("title")).toString(), layout.title);
    // A published file names nobody (tests/published_files_test.cpp has the whole list).
    EXPECT_EQ(core.value(QStringLiteral("author")).toString(), QString());
    EXPECT_EQ(core.value(QStringLiteral("lastModifiedBy")).toString(), QString());
}

TEST(DocxWriter, ShortTitlesStayOnOneLineAndLongOnesBalance)
{
    REQUIRE_PYTHON_DOCX();
    QTemporaryDir dir;
    auto titleOf = [&](const QString &title, const QString &org) {
        Report r = realisticReport();
        r.details.title = title;
        r.details.organization = org;
        const QString path = writeTemp(dir, QStringLiteral("t.docx"), exportDocx(r));
        QString error;
        const QJsonObject o = readWithPythonDocx(path, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return pythonDocxTexts(o).value(0);
    };
    EXPECT_EQ(titleOf(QStringLiteral("陶庄镇2023年法治政府建设报告"), QStringLiteral("陶庄镇")),
              QStringLiteral("陶庄镇2023年法治政府建设报告"));
    // No organization prefix: two lines of similar length, the upper not the longer.
    const QString t = titleOf(QStringLiteral("关于二〇二三年度推进法治政府建设工作情况和下一步工作打算的综合报告"), QStringLiteral("某某镇"));
    const QStringList lines = t.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << t.toStdString();
    EXPECT_LE(lines.at(0).size(), lines.at(1).size());
    EXPECT_GE(lines.at(0).size(), lines.at(1).size() - 2);
}

TEST(DocxWriter, DateLongerThanTheSignatureKeepsTwoCharactersToSpare)
{
    REQUIRE_PYTHON_DOCX();
    Report r = realisticReport();
    r.details.signature = QStringLiteral("陶庄镇");
    QTemporaryDir dir;
    QString error;
    const QJsonObject o = readWithPythonDocx(writeTemp(dir, QStringLiteral("s.docx"), exportDocx(r)), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QJsonObject styles = o.value(QStringLiteral("styles")).toObject();
    const QJsonObject sig = styles.value(QStringLiteral("署名")).toObject();
    const QJsonObject date = styles.value(QStringLiteral("成文日期")).toObject();
    const int cell = 320 + styles.value(QStringLiteral("Normal")).toObject().value(QStringLiteral("letterSpacing")).toObject()
                               .value(QStringLiteral("val")).toString().toInt();
    const int textWidth = 11906 - 1587 - 1474;
    EXPECT_EQ(date.value(QStringLiteral("alignment")).toString(), QStringLiteral("RIGHT (2)"));
    EXPECT_EQ(date.value(QStringLiteral("ind")).toObject().value(QStringLiteral("right")).toString().toInt(), 2 * cell);
    // 2024年2月22日: three CJK characters and seven half-width digits.
    const double dateCells = 3 + 7 * 0.5;
    const int dateStart = textWidth - 2 * cell - qRound(dateCells * cell);
    EXPECT_EQ(sig.value(QStringLiteral("alignment")).toString(), QStringLiteral("LEFT (0)"));
    EXPECT_NEAR(sig.value(QStringLiteral("ind")).toObject().value(QStringLiteral("left")).toString().toInt(),
                dateStart - 2 * cell, 1);
}

// ---------------------------------------------------------------------------------------------
// LibreOffice renders the page as GB/T 9704 says.

TEST(DocxLibreOffice, RendersTheGbt9704Page)
{
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) are not installed";
    const Report r = longReport(4);
    const DocumentLayout layout = documentLayout(r);
    QTemporaryDir work;
    const QString docx = writeTemp(work, QStringLiteral("long.docx"), exportDocx(r));
    QString why;
    const QStringList pdfs = convertWithLibreOffice({docx}, work, &why);
    if (pdfs.isEmpty() && why.contains(QStringLiteral("not installed")))
        GTEST_SKIP() << why.toStdString();
    ASSERT_EQ(pdfs.size(), 1) << why.toStdString();

    const ToolRun info = runTool(tool("pdfinfo"), {pdfs.first()});
    EXPECT_TRUE(info.out.contains("(A4)")) << info.out.toStdString();

    const PageProfile &p = profile();
    const double pitch = p.textHeightMm() / p.linesPerPage;  // ≈ 10.2 mm (LibreOffice uses whole twips)
    const double textTop = p.marginTopMm, textBottom = p.paperHeightMm - p.marginBottomMm;
    const double textLeft = p.marginLeftMm, textRight = p.paperWidthMm - p.marginRightMm;
    const double cell = PageProfile::mmToPt(p.textWidthMm()) / p.charsPerLine * 25.4 / 72.0;
    const double numberCell = p.pageNumberSizePt * 25.4 / 72.0;

    const QList<PdfPage> pages = readBoxes(pdfs.first(), work);
    ASSERT_GE(pages.size(), 5);
    RecordProperty("libreoffice_pages", int(pages.size()));
    int fullLines = 0, fullPages = 0;
    QString allText;
    for (int i = 0; i < pages.size(); ++i) {
        const PdfPage &page = pages.at(i);
        SCOPED_TRACE(QStringLiteral("page %1").arg(i + 1).toStdString());
        EXPECT_NEAR(page.widthMm, 210.0, 0.5);
        EXPECT_NEAR(page.heightMm, 297.0, 0.5);
        QList<TextLine> body;
        const TextLine *number = nullptr;
        for (const TextLine &l : page.lines) {
            if (isPageNumberLine(l.text))
                number = &l;
            else
                body.append(l);
        }
        ASSERT_FALSE(body.isEmpty());
        for (const TextLine &l : body)
            allText += l.text;

        // Page number: "—N—" 7 mm below the text block, odd pages right, even pages left, one 4号
        // character inset.
        ASSERT_NE(number, nullptr) << "no page number";
        EXPECT_EQ(withoutWhitespace(number->text), QStringLiteral("—%1—").arg(i + 1));
        EXPECT_NEAR((number->y0 + number->y1) / 2, textBottom + p.pageNumberBelowTextMm, 1.5);
        if ((i + 1) % 2 == 1)
            EXPECT_NEAR(number->x1, textRight - numberCell, 1.0);
        else
            EXPECT_NEAR(number->x0, textLeft + numberCell, 1.0);

        // Every line inside the text block, left edge at 28 mm for unindented lines.
        for (const TextLine &l : body) {
            EXPECT_GE(l.y0, textTop - 1.0) << l.text.toStdString();
            EXPECT_LE(l.y1, textBottom + 1.0) << l.text.toStdString();
            EXPECT_GE(l.x0, textLeft - 1.0) << l.text.toStdString();
            EXPECT_LE(l.x1, textRight + 1.0) << l.text.toStdString();
        }
        if (i == 0) {
            // The title starts the text block.
            EXPECT_NEAR(body.first().y0, textTop + 1.0, 1.5) << body.first().text.toStdString();
            continue;
        }
        // Full pages of filler text: 22 lines on the 10.2 mm grid from 37 mm down to 262 mm, 28
        // characters in every full line, from 28 mm to 184 mm.
        bool allFiller = true;
        for (const TextLine &l : body)
            allFiller = allFiller && isFiller(l.text);
        if (!allFiller || i == pages.size() - 1)
            continue;
        ++fullPages;
        // Widow and orphan control (two lines, as in the PDF) may end a page a line or two early.
        EXPECT_LE(body.size(), p.linesPerPage);
        EXPECT_GE(body.size(), p.linesPerPage - 2);
        EXPECT_NEAR(body.first().y1 - pitch, textTop, 1.0);
        EXPECT_NEAR(body.last().y1, textTop + pitch * double(body.size()), 1.0);
        for (int k = 1; k < body.size(); ++k)
            EXPECT_NEAR(body.at(k).y0 - body.at(k - 1).y0, pitch, 0.15);
        for (const TextLine &l : body) {
            if (std::abs(l.x0 - textLeft) < 1.0) {
                ++fullLines;
                EXPECT_EQ(l.text.size(), p.charsPerLine) << l.text.toStdString();
                EXPECT_NEAR(l.x0, textLeft, 1.0);
                EXPECT_NEAR(l.x1, textRight, 0.6);
            } else {
                // A paragraph's first line: indented two characters.
                EXPECT_NEAR(l.x0, textLeft + p.firstLineIndentChars * cell, 1.0) << l.text.toStdString();
                EXPECT_EQ(l.text.size(), p.charsPerLine - p.firstLineIndentChars);
            }
        }
    }
    EXPECT_GE(fullPages, 3);
    EXPECT_GE(fullLines, 3 * 17);
    // LibreOffice saw every block's text, in order.
    QString expected;
    for (const Block &b : layout.blocks)
        expected += b.text();
    EXPECT_EQ(withoutWhitespace(allText), withoutWhitespace(expected));

    // Signature and date on the last page: signature ends two characters before the right edge, the
    // date follows on the next line.
    const PdfPage &last = pages.last();
    const TextLine *sig = nullptr, *date = nullptr;
    for (const TextLine &l : last.lines) {
        if (l.text == r.details.organization)
            sig = &l;
        if (l.text == QStringLiteral("2024年2月22日"))
            date = &l;
    }
    ASSERT_TRUE(sig && date);
    EXPECT_NEAR(sig->x1, textRight - 2 * cell, 1.0);
    EXPECT_NEAR(date->y0 - sig->y0, pitch, 0.3);
    EXPECT_NEAR(date->x0 - sig->x0, 2 * cell, 1.0) << "the date starts two characters right of the signature";

    // Each role in its own font: with the Debian stand-ins for the Windows fonts, 黑体 renders in a
    // sans face, 楷体 in UKai, 仿宋 and 宋体 in a serif face.
    const QString pdffonts = tool("pdffonts");
    if (!pdffonts.isEmpty()) {
        const QString fonts = QString::fromUtf8(runTool(pdffonts, {pdfs.first()}).out);
        const ToolRun list = runTool(tool("fc-list"), {QStringLiteral(":"), QStringLiteral("family")});
        const QString installed = QString::fromUtf8(list.out);
        if (installed.contains(QStringLiteral("AR PL UKai CN"))) {
            EXPECT_TRUE(fonts.contains(QStringLiteral("UKai"))) << fonts.toStdString();
        }
        if (installed.contains(QStringLiteral("Noto Sans CJK SC"))) {
            EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSansCJK"))) << fonts.toStdString();
        }
        if (installed.contains(QStringLiteral("Noto Serif CJK SC"))) {
            EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSerifCJK"))) << fonts.toStdString();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// pandoc.

TEST(DocxPandoc, ReadsTheText)
{
    const QString pandoc = tool("pandoc");
    REQUIRE_TOOL(pandoc, "pandoc");
    const Report r = realisticReport();
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("report.docx"), exportDocx(r));
    const ToolRun out = runTool(pandoc, {QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-t"), QStringLiteral("plain"),
                                 QStringLiteral("--wrap=none"), path});
    ASSERT_TRUE(out.ok()) << out.err.toStdString();
    const QString text = withoutWhitespace(QString::fromUtf8(out.out));
    for (const Block &b : documentLayout(r).blocks)
        EXPECT_TRUE(text.contains(withoutWhitespace(b.text()))) << b.text().toStdString();
}

// ---------------------------------------------------------------------------------------------
// Import.

TEST(DocxImport, OurExportImportsBackToTheSameReport)
{
    for (Report r : {realisticReport(), longReport(1)}) {
        const Result<Report> back = importDocxBytes(exportDocx(r));
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        EXPECT_EQ(back->id, r.id);
        EXPECT_EQ(QJsonDocument(contentJson(back.value())).toJson().toStdString(),
                  QJsonDocument(contentJson(r)).toJson().toStdString());
        // Nothing had to be guessed: the package said which organization and year.
        for (const ImportNote &note : back->importNotes) {
            EXPECT_NE(note.kind, ImportNoteKind::Inferred) << note.message.toStdString();
            EXPECT_NE(note.kind, ImportNoteKind::Warning) << note.message.toStdString();
        }
    }
    // Explicit title and signature survive as explicit; the web page's details come back.
    Report r = realisticReport();
    r.details.title = QStringLiteral("陶庄镇关于2023年度法治政府建设情况的报告");
    r.details.signature = QStringLiteral("中共兴化市陶庄镇委员会");
    r.details.addressee.clear();
    const Result<Report> back = importDocxBytes(exportDocx(r));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(QJsonDocument(contentJson(back.value())).toJson().toStdString(),
              QJsonDocument(contentJson(r)).toJson().toStdString());
    EXPECT_EQ(back->details.publicationUrl, r.details.publicationUrl);
}

TEST(DocxImport, FileApiAndErrors)
{
    QTemporaryDir dir;
    const Report r = realisticReport();
    const QString path = writeTemp(dir, QStringLiteral("报告.docx"), exportDocx(r));
    const Result<Report> ok = importDocxFile(path);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->id, r.id);

    const Result<Report> missing = importDocxFile(dir.filePath(QStringLiteral("missing.docx")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("missing.docx")));

    auto expectDataError = [](const QByteArray &bytes, const char *what) {
        const Result<Report> result = importDocxBytes(bytes);
        ASSERT_FALSE(result.ok()) << what;
        EXPECT_EQ(result.error().code, Error::Code::Data) << what;
        EXPECT_FALSE(result.error().message.isEmpty()) << what;
        EXPECT_TRUE(result.error().message.endsWith(QLatin1Char('.'))) << result.error().message.toStdString();
    };
    expectDataError(QByteArray(), "empty");
    expectDataError("这不是一个压缩包", "text");
    const QByteArray docx = exportDocx(r);
    expectDataError(docx.left(docx.size() / 2), "truncated");
    QByteArray corrupt = docx;
    for (qsizetype i = 200; i < corrupt.size() - 200; i += 97)
        corrupt[i] = char(corrupt.at(i) ^ 0x5a);
    expectDataError(corrupt, "corrupted");
    const QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0');
    const Result<Report> oldDoc = importDocxBytes(ole);
    ASSERT_FALSE(oldDoc.ok());
    EXPECT_TRUE(oldDoc.error().message.contains(QStringLiteral(".doc"))) << oldDoc.error().message.toStdString();

    // A zip that is not a Word document.
    if (!python().isEmpty()) {
        const QString zip = dir.filePath(QStringLiteral("other.zip"));
        const ToolRun made = runTool(python(), {QStringLiteral("-c"),
                                        QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w'); "
                                                       "z.writestr('readme.txt','hello'); z.close()"),
                                        zip});
        ASSERT_TRUE(made.ok()) << made.err.toStdString();
        QFile f(zip);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const Result<Report> notWord = importDocxBytes(f.readAll());
        ASSERT_FALSE(notWord.ok());
        EXPECT_TRUE(notWord.error().message.contains(QStringLiteral("not a Word document")))
            << notWord.error().message.toStdString();
    }
}

namespace {

// A document.xml as Word and WPS write them: revisions, fields, hyperlinks, content controls, a
// table, tabs and breaks, smart tags and alternate content.
const char kWordLikeDocument[] = R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:body>
<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="44"/></w:rPr></w:pPr>
  <w:r><w:t>某某镇人民政府</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>2023年度法治政府建设情况报告</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:t>2023年工作回顾</w:t></w:r></w:p>
<w:sdt><w:sdtPr><w:alias w:val="引言"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>
 <w:sdtContent><w:p><w:r><w:t xml:space="preserve">我镇</w:t></w:r><w:ins w:id="1" w:author="办公室"><w:r><w:t>全面</w:t></w:r></w:ins><w:del w:id="2" w:author="办公室"><w:r><w:delText>大力</w:delText></w:r></w:del><w:r><w:t>推进法治政府建设。</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:t>（一）</w:t></w:r><w:r><w:t>强化组织领导。</w:t></w:r><w:smartTag w:uri="urn:x" w:element="date"><w:r><w:t>全年</w:t></w:r></w:smartTag><w:r><w:t>召开会议</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> = 2 + 2 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
  <w:r><w:t>次，详见</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink><w:fldSimple w:instr=" DOCPROPERTY X "><w:r><w:t>。</w:t></w:r></w:fldSimple>
  <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>文本框</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:tbl><w:tblPr><w:jc w:val="center"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>（二）加大宣传力度。</w:t></w:r><w:r><w:t>发放宣传册</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>10000余份。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>二、存在的不足和原因</w:t></w:r></w:p>
<w:p><w:r><w:t>一是经费不足；</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>二是宣传不够。</w:t></w:r></w:p>
<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>某某镇人民政府</w:t></w:r></w:p>
<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2024年2月22日</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>
)XML";

const char kMinimalTypes[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)XML";
const char kMinimalRels[] = R"XML(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)XML";

// Zips files with Python's zipfile (not with our own code).
QByteArray zipWithPython(const QTemporaryDir &dir, const QList<std::pair<QString, QByteArray>> &parts)
{
    QStringList args{QStringLiteral("-c"),
                     QStringLiteral("import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
                                    "for i in range(2,len(sys.argv),2): z.write(sys.argv[i+1],sys.argv[i])\nz.close()"),
                     dir.filePath(QStringLiteral("made.docx"))};
    int n = 0;
    for (const auto &[name, bytes] : parts) {
        args << name << writeTemp(dir, QStringLiteral("part%1").arg(n++), bytes);
    }
    const ToolRun r = runTool(python(), args);
    EXPECT_TRUE(r.ok()) << r.err.toStdString();
    QFile f(dir.filePath(QStringLiteral("made.docx")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST(DocxImport, ReadsWhatWordAndWpsWrite)
{
    if (python().isEmpty())
        GTEST_SKIP() << "python3 is not installed (used to build the test package)";
    QTemporaryDir dir;
    const QByteArray docx = zipWithPython(dir, {{QStringLiteral("[Content_Types].xml"), kMinimalTypes},
                                                {QStringLiteral("_rels/.rels"), kMinimalRels},
                                                {QStringLiteral("word/document.xml"), kWordLikeDocument}});
    const Result<Report> r = importDocxBytes(docx);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Report &report = r.value();
    // The centred title's line break joins its lines; the rest goes through the text importer.
    EXPECT_EQ(report.effectiveTitle(), QStringLiteral("某某镇人民政府2023年度法治政府建设情况报告"));
    ASSERT_EQ(report.parts.size(), 2);
    const Part &measures = report.parts.at(0);
    ASSERT_EQ(measures.intro.paragraphs.size(), 1);
    // Inserted text kept, deleted text dropped, content control unwrapped.
    EXPECT_EQ(measures.intro.paragraphs.first().text, QStringLiteral("我镇全面推进法治政府建设。"));
    ASSERT_EQ(measures.sections.size(), 2);
    EXPECT_EQ(measures.sections.at(0).lead, QStringLiteral("强化组织领导。"));
    ASSERT_FALSE(measures.sections.at(0).body.paragraphs.isEmpty());
    // Field results without their codes, smart tags, hyperlinks and simple fields; no text box duplicates.
    EXPECT_EQ(measures.sections.at(0).body.paragraphs.first().text, QStringLiteral("全年召开会议4次，详见政府网站。"));
    // A table's paragraph, in order; the tab is kept as whitespace inside the line.
    EXPECT_EQ(measures.sections.at(1).lead, QStringLiteral("加大宣传力度。"));
    const QString body = measures.sections.at(1).body.paragraphs.value(0).text;
    EXPECT_TRUE(body.startsWith(QStringLiteral("发放宣传册"))) << body.toStdString();
    EXPECT_TRUE(body.endsWith(QStringLiteral("10000余份。"))) << body.toStdString();
    // A line break in a body paragraph separates lines: 一是 … / 二是 … become two points.
    const Part &weak = report.parts.at(1);
    EXPECT_EQ(weak.kind, PartKind::Shortcomings);
    EXPECT_EQ(weak.intro.points.size() + weak.intro.paragraphs.size(), 2);
    EXPECT_EQ(report.details.date, QDate(2024, 2, 22));
    EXPECT_EQ(report.effectiveSignature(), QStringLiteral("某某镇人民政府"));
}

TEST(DocxImport, ReadsADocumentSavedByPythonDocx)
{
    REQUIRE_PYTHON_DOCX();
    // python-docx starts from a template saved by Word: its styles, theme and settings.
    const Report r = realisticReport();
    const QString text = renderText(buildLayout(r, LayoutTarget::Web));
    QTemporaryDir dir;
    const QString textFile = writeTemp(dir, QStringLiteral("report.txt"), text.toUtf8());
    const QString docxFile = dir.filePath(QStringLiteral("word.docx"));
    const ToolRun made = runTool(python(), {QStringLiteral("-c"),
                                    QStringLiteral("import sys, docx\nd = docx.Document()\n"
                                                   "for line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n"
                                                   "    if line: d.add_paragraph(line)\nd.save(sys.argv[2])"),
                                    textFile, docxFile});
    ASSERT_TRUE(made.ok()) << made.err.toStdString();
    const Result<Report> back = importDocxFile(docxFile);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    // Same content as importing the text itself.
    EXPECT_EQ(QJsonDocument(contentJson(back.value())).toJson().toStdString(),
              QJsonDocument(contentJson(parseReportText(text))).toJson().toStdString());
    EXPECT_EQ(back->parts.size(), r.parts.size());
}

// ---------------------------------------------------------------------------------------------
// Hostile text.

namespace {

Report hostileReport(bool hugeParagraph)
{
    Report r = realisticReport();
    QString controls = QStringLiteral("控制字符");
    for (char16_t c : {u'\x01', u'\x08', u'\x0b', u'\x0c', u'\x1f', u'\x7f'})
        controls += QChar(c);
    controls += QStringLiteral("结束");
    QString surrogates = QStringLiteral("孤立代理");
    surrogates += QChar(0xD800);
    surrogates += QStringLiteral("与");
    surrogates += QChar(0xDC00);
    surrogates += QStringLiteral("完整𠀋字");
    r.details.title = QStringLiteral("<script>alert(\"标题\")</script>&报告");
    r.details.addressee = QStringLiteral("市委&市政府 <b>\"主送\"</b>");
    r.preamble = {para(QStringLiteral("<script>alert('x')</script> & &amp; ]]> <![CDATA[ x ]]> \"引号\" '单引号'")),
                  para(controls), para(surrogates), para(QStringLiteral("制表\t符与\uFFFE非字符\uFFFF"))};
    r.details.source = QStringLiteral("<来源>&\"");
    if (hugeParagraph) {
        QString huge;
        huge.reserve(600000);
        while (huge.toUtf8().size() < 1024 * 1024)
            huge += ideographs(1000) + QStringLiteral("<&>");
        r.closing.prepend(para(huge));
    }
    assignMissingIds(r);
    return r;
}

QString cleaned(QString s)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            out += s.at(i);
            out += s.at(++i);
        } else if (!QChar::isSurrogate(c) && (c >= 0x20 || c == u'\t') && c != 0x7f && c != 0xFFFE && c != 0xFFFF) {
            out += QChar(c);
        }
    }
    return out;
}

}  // namespace

TEST(DocxHostile, TextIsEscapedAndStillReadable)
{
    for (const bool huge : {false, true}) {
        SCOPED_TRACE(huge ? "with a 1 MB paragraph" : "without a huge paragraph");
        const Report r = hostileReport(huge);
        const DocumentLayout layout = documentLayout(r);
        const QByteArray bytes = exportDocx(r);
        ASSERT_FALSE(bytes.isEmpty());
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("hostile.docx"), bytes);

        if (!tool("unzip").isEmpty()) {
            const QByteArray document = unzipPart(path, QStringLiteral("word/document.xml"));
            QXmlStreamReader xml(document);
            while (!xml.atEnd())
                xml.readNext();
            EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
            EXPECT_FALSE(document.contains("<script>"));
            EXPECT_TRUE(document.contains("&lt;script&gt;"));
            EXPECT_TRUE(document.contains("<w:tab/>"));
            EXPECT_FALSE(document.contains('\x01'));
            EXPECT_FALSE(document.contains("\xef\xbf\xbe"));  // U+FFFE
            const QByteArray custom = unzipPart(path, QStringLiteral("docProps/custom.xml"));
            EXPECT_TRUE(custom.contains("&lt;来源&gt;&amp;&quot;"));
        }
        if (havePythonDocx()) {
            QString error;
            const QJsonObject o = readWithPythonDocx(path, &error);
            ASSERT_TRUE(error.isEmpty()) << error.toStdString();
            QStringList texts = pythonDocxTexts(o);
            texts.first().remove(QLatin1Char('\n'));
            QStringList expected;
            for (const QString &t : blockTexts(layout))
                expected.append(cleaned(t));
            EXPECT_EQ(texts, expected);
        }
        if (!tool("pandoc").isEmpty()) {
            const ToolRun out = runTool(tool("pandoc"), {QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-t"),
                                                 QStringLiteral("plain"), path},
                                120000);
            EXPECT_TRUE(out.ok()) << out.err.toStdString();
            EXPECT_TRUE(out.out.contains("<script>alert")) << "pandoc reads the escaped text back literally";
        }
        // Import restores the text (without the characters XML cannot hold).
        const Result<Report> back = importDocxBytes(bytes);
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        EXPECT_EQ(back->id, r.id);
        EXPECT_EQ(back->details.source, r.details.source);
        QString imported;
        for (const Paragraph &p : back->preamble)
            imported += p.text;
        EXPECT_TRUE(imported.contains(QStringLiteral("<script>alert('x')</script> & &amp; ]]>")));
        EXPECT_TRUE(imported.contains(QStringLiteral("控制字符结束")));
        EXPECT_TRUE(imported.contains(QStringLiteral("完整𠀋字")));
    }
}

TEST(DocxHostile, LibreOfficeConvertsIt)
{
    if (tool("pdftotext").isEmpty())
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir work;
    const Report r = hostileReport(false);
    const QString docx = writeTemp(work, QStringLiteral("hostile.docx"), exportDocx(r));
    QString why;
    const QStringList pdfs = convertWithLibreOffice({docx}, work, &why);
    if (pdfs.isEmpty() && why.contains(QStringLiteral("not installed")))
        GTEST_SKIP() << why.toStdString();
    ASSERT_EQ(pdfs.size(), 1) << why.toStdString();
    const ToolRun text = runTool(tool("pdftotext"), {pdfs.first(), QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains("<script>alert")) << text.out.left(2000).toStdString();
}

TEST(DocxHostile, LibreOfficeConvertsAOneMegabyteParagraph)
{
    if (tool("pdfinfo").isEmpty())
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir work;
    const Report r = hostileReport(true);
    const QString docx = writeTemp(work, QStringLiteral("huge.docx"), exportDocx(r));
    QString why;
    // Several hundred pages in one paragraph: LibreOffice needs about a minute here.
    const QStringList pdfs = convertWithLibreOffice({docx}, work, &why, 400000);
    if (pdfs.isEmpty() && why.contains(QStringLiteral("not installed")))
        GTEST_SKIP() << why.toStdString();
    ASSERT_EQ(pdfs.size(), 1) << why.toStdString();
    EXPECT_GT(pdfPageCount(pdfs.first()), 300);
    const ToolRun text = runTool(tool("pdftotext"), {QStringLiteral("-f"), QStringLiteral("5"), QStringLiteral("-l"),
                                                     QStringLiteral("5"), pdfs.first(), QStringLiteral("-")});
    const QString page = withoutWhitespace(QString::fromUtf8(text.out));
    EXPECT_TRUE(page.contains(ideographs(10))) << page.left(200).toStdString();
}

// ---------------------------------------------------------------------------------------------
// The real sample report.

TEST(DocxSample, ExportsReadsBackAndPaginatesLikeLibreOffice)
{
    FAZHI_REQUIRE_SAMPLE();
    const Result<Report> imported = importTextFile(test::samplePath());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const Report &r = imported.value();
    const DocumentLayout layout = documentLayout(r);
    const QByteArray bytes = exportDocx(r);
    QTemporaryDir work;
    const QString docx = writeTemp(work, QStringLiteral("taozhuang-2023.docx"), bytes);

    const Result<Report> back = importDocxBytes(bytes);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->id, r.id);
    EXPECT_EQ(QJsonDocument(contentJson(back.value())).toJson().toStdString(),
              QJsonDocument(contentJson(r)).toJson().toStdString());

    if (havePythonDocx()) {
        QString error;
        const QJsonObject o = readWithPythonDocx(docx, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        QStringList texts = pythonDocxTexts(o);
        texts.first().remove(QLatin1Char('\n'));
        EXPECT_EQ(texts, blockTexts(layout));
    }
    if (tool("pdfinfo").isEmpty())
        GTEST_SKIP() << "pdfinfo is not installed";
    QString why;
    const QStringList pdfs = convertWithLibreOffice({docx}, work, &why);
    if (pdfs.isEmpty() && why.contains(QStringLiteral("not installed")))
        GTEST_SKIP() << why.toStdString();
    ASSERT_EQ(pdfs.size(), 1) << why.toStdString();
    const int libreOfficePages = pdfPageCount(pdfs.first());
    RecordProperty("libreoffice_pages", libreOfficePages);
    std::cout << "[ sample  ] LibreOffice renders the sample .docx on " << libreOfficePages << " pages\n";
    EXPECT_GE(libreOfficePages, 2);

    // Our PDF writer paginates the same layout within one page of LibreOffice.
    const Result<QByteArray> pdf = renderPdf(layout, profile(), false);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    const int pdfPages = pdfPageCount(writeTemp(work, QStringLiteral("ours.pdf"), pdf.value()));
    RecordProperty("pdfwriter_pages", pdfPages);
    std::cout << "[ sample  ] renderPdf gives " << pdfPages << " pages\n";
    EXPECT_LE(std::abs(pdfPages - libreOfficePages), 1);
}
