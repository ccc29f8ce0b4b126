// HTML export: a standalone page and a body-only fragment, parsed back by independent readers
// (Python's html.parser, Qt's XML reader for the fragment).
#include "TestSupport.h"

#include "export/HtmlWriter.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <utility>

using namespace fazhi;


namespace {

using fazhi::test::para;
using fazhi::test::point;

Report webReport()
{
    Report r;
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.details.source = QStringLiteral("兴化市陶庄镇");
    r.details.publishedOn = QStringLiteral("2024-02-22 10:20");
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.date = QDate(2024, 2, 22);
    r.preamble = {para(QStringLiteral("2023年，我镇深入学习贯彻习近平法治思想。现将有关情况报告如下："))};
    Part measures;
    measures.kind = PartKind::Measures;
    measures.intro.paragraphs = {para(QStringLiteral("主要做法是："))};
    Section s1;
    s1.lead = QStringLiteral("强化组织领导，完善工作机制。");
    s1.body.points = {point(QStringLiteral("召开党政联席会4次；")), point(QStringLiteral("印发责任清单15份。"))};
    Section s2;
    s2.lead = QStringLiteral("规范行政执法");
    s2.headingStyle = HeadingStyle::Standalone;
    s2.body.paragraphs = {para(QStringLiteral("全年办理行政处罚案件37件。"))};
    s2.body.pointStyle = PointStyle::Numbered;
    s2.body.points = {point(QStringLiteral("完善执法程序。")), point(QStringLiteral("强化执法监督。"))};
    measures.sections = {s1, s2};
    Part weak;
    weak.kind = PartKind::Shortcomings;
    weak.intro.points = {point(QStringLiteral("经费投入较少；")), point(QStringLiteral("信息公开不够及时。"))};
    r.parts = {measures, weak};
    assignMissingIds(r);
    return r;
}

Report hostileReport()
{
    Report r = webReport();
    r.details.title = QStringLiteral("<script>alert(\"标题\")</script>&报告'");
    r.details.organization = QStringLiteral("某镇\"><script>alert(1)</script>");
    r.details.source = QStringLiteral("<来源>&amp;");
    QString junk = QStringLiteral("控制");
    for (char16_t c : {u'\x01', u'\x0b', u'\x1f', u'\x7f', u'\x85'})
        junk += QChar(c);
    junk += QChar(0xD800);
    junk += QStringLiteral("字符𠀋\t制表");
    r.preamble = {para(QStringLiteral("<script>alert('x')</script> & ]]> <!-- 注释 --> \"引号\"")), para(junk),
                  para(QStringLiteral("</p></div></body><style>body{display:none}</style>"))};
    r.parts[0].sections[0].lead = QStringLiteral("<img src=x onerror=alert(1)>领导。");
    assignMissingIds(r);
    return r;
}

DocumentLayout webLayout(const Report &r) { return buildLayout(r, LayoutTarget::Web); }

// What a reader should see of a block: XML/HTML-illegal characters gone, tabs as spaces.
QString visible(const QString &s)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            out += s.at(i);
            out += s.at(++i);
        } else if (c == u'\t') {
            out += QLatin1Char(' ');
        } else if (!QChar::isSurrogate(c) && c >= 0x20 && !(c >= 0x7f && c <= 0x9f)) {
            out += QChar(c);
        }
    }
    return out;
}

// A real Python 3 (never the Windows Store stub), or empty: the test skips (TestSupport.h).
QString python() { return fazhi::test::pythonInterpreter(); }

const char kHtmlReader[] = R"PY(
import sys, json
from html.parser import HTMLParser
BLOCKS = ('h1', 'h2', 'h3', 'p')
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.blocks, self.block, self.title, self.in_title = [], [], None, '', False
        self.attrs = []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append(dict(attrs))
        if tag == 'title':
            self.in_title = True
        if tag in BLOCKS:
            a = dict(attrs)
            self.block = {'tag': tag, 'class': a.get('class'), 'style': a.get('style'), 'text': '', 'spans': []}
        elif tag == 'span' and self.block is not None:
            self.block['spans'].append(dict(attrs).get('class'))
    def handle_endtag(self, tag):
        if tag == 'title':
            self.in_title = False
        if tag in BLOCKS and self.block is not None:
            self.blocks.append(self.block)
            self.block = None
    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.block is not None:
            self.block['text'] += data
r = Reader()
r.feed(open(sys.argv[1], encoding='utf-8', errors='strict').read())
r.close()
json.dump({'tags': r.tags, 'attrs': r.attrs, 'blocks': r.blocks, 'title': r.title}, sys.stdout, ensure_ascii=False)
)PY";

// Parses HTML with Python's html.parser; skips the calling test when python3 is missing.
std::optional<QJsonObject> parseWithPython(const QString &html, QString *why)
{
    if (python().isEmpty()) {
        *why = QStringLiteral("python3 is not installed");
        return std::nullopt;
    }
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.html"));
    const QString script = dir.filePath(QStringLiteral("read.py"));
    test::writeBytes(page, html.toUtf8());
    test::writeBytes(script, kHtmlReader);
    QProcess p;
    p.start(python(), {script, page});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *why = QString::fromUtf8(p.readAllStandardError());
        return QJsonObject();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void expectBlocksMatch(const QJsonObject &parsed, const DocumentLayout &layout)
{
    const QJsonArray blocks = parsed.value(QStringLiteral("blocks")).toArray();
    ASSERT_EQ(blocks.size(), layout.blocks.size());
    for (int i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = blocks.at(i).toObject();
        const Block &expected = layout.blocks.at(i);
        EXPECT_EQ(b.value(QStringLiteral("text")).toString(), visible(expected.text()));
        const QString tag = b.value(QStringLiteral("tag")).toString();
        switch (expected.kind) {
        case BlockKind::Title: EXPECT_EQ(tag, QStringLiteral("h1")); break;
        case BlockKind::PartHeading: EXPECT_EQ(tag, QStringLiteral("h2")); break;
        case BlockKind::SectionHeading: EXPECT_EQ(tag, QStringLiteral("h3")); break;
        default: EXPECT_EQ(tag, QStringLiteral("p")); break;
        }
        bool runInLead = false;
        for (const Run &run : expected.runs)
            runInLead = runInLead || (expected.kind == BlockKind::Paragraph && run.role == RunRole::SectionLead);
        if (runInLead) {
            EXPECT_TRUE(b.value(QStringLiteral("spans")).toArray().contains(QStringLiteral("lead"))
                        || !b.value(QStringLiteral("spans")).toArray().isEmpty());
        }
    }
}

}  // namespace

TEST(HtmlPage, IsAStandaloneUtf8PageWithAPrintStylesheet)
{
    const Report r = webReport();
    const DocumentLayout layout = webLayout(r);
    const QString html = renderHtml(layout, false);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<title>兴化市陶庄镇人民政府2023年度法治政府建设情况报告</title>")));
    EXPECT_TRUE(html.contains(QStringLiteral("信息来源：兴化市陶庄镇")));
    EXPECT_TRUE(html.contains(QStringLiteral("发布日期：2024-02-22 10:20")));
    EXPECT_TRUE(html.contains(QStringLiteral("一、")));
    EXPECT_TRUE(html.contains(QStringLiteral("（一）")));
    EXPECT_TRUE(html.contains(QStringLiteral("一是召开党政联席会4次；二是印发责任清单15份。")));
    EXPECT_TRUE(html.contains(QStringLiteral("1.完善执法程序。")));

    // The stylesheet: A4 with the GB/T 9704 margins, 仿宋 body with fallbacks, 2em indent, heading fonts.
    const PageProfile p = gbt9704Profile();
    EXPECT_TRUE(html.contains(QStringLiteral("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")));
    const QRegularExpression bodyRule(QStringLiteral("body \\{[^}]*font-family: ([^;]*);"));
    const QString bodyFonts = bodyRule.match(html).captured(1);
    // The Chinese families before the Latin ones (“ ” and — full width), behind a Latin face that
    // covers only the characters below General Punctuation (digits and Latin as in the PDF).
    EXPECT_TRUE(bodyFonts.startsWith(QStringLiteral("'Fazhi Latin Text', '仿宋_GB2312'"))) << bodyFonts.toStdString();
    EXPECT_LT(bodyFonts.indexOf(p.body.families.last()), bodyFonts.indexOf(p.latin.families.first()));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("@font-face \\{ font-family: 'Fazhi Latin'; src: local\\('Times New Roman'\\)"
                                                  "[^}]*unicode-range: U\\+0000-1FFF; \\}"))
                    .match(html)
                    .hasMatch());
    // The grid's lines take the Latin face with ascent and descent of 80 % and 20 % of the pitch:
    // Chromium centres them in the line, so the baseline is 0.8 × pitch below the row's top (the PDF's).
    for (const auto &[face, sizePt] : {std::pair{QStringLiteral("Fazhi Latin Text"), p.bodySizePt},
                                       std::pair{QStringLiteral("Fazhi Latin Title"), p.titleSizePt}}) {
        const double em = p.linePitchPt() / sizePt;
        const QString overrides = QStringLiteral("ascent-override: %1%; descent-override: %2%; line-gap-override: 0%; }")
                                      .arg(QString::number(80 * em, 'f', 2), QString::number(20 * em, 'f', 2));
        const QString head = QStringLiteral("@font-face { font-family: '%1'; src: local('Times New Roman')").arg(face);
        EXPECT_TRUE(QRegularExpression(QRegularExpression::escape(head) + QStringLiteral("[^}]*")
                                       + QRegularExpression::escape(QStringLiteral("unicode-range: U+0000-1FFF; ") + overrides))
                        .match(html)
                        .hasMatch())
            << face.toStdString() << " " << overrides.toStdString();
    }
    EXPECT_TRUE(QRegularExpression(QStringLiteral("h1 \\{[^}]*font-family: 'Fazhi Latin Title', ")).match(html).hasMatch());
    for (const QString &family : p.body.families)
        EXPECT_TRUE(bodyFonts.contains(family)) << family.toStdString();
    EXPECT_TRUE(bodyFonts.endsWith(QStringLiteral("serif")));
    // The printed page's grid: 22 lines of 28 characters, the title one grid line a line with one
    // blank line below, two-line widows and orphans in print.
    const QString pitch = QString::number(p.linePitchPt(), 'g', 4) + QStringLiteral("pt");
    EXPECT_TRUE(QRegularExpression(QStringLiteral("body \\{[^}]*line-height: %1;[^}]*letter-spacing: %2pt;")
                                       .arg(QRegularExpression::escape(pitch),
                                            QRegularExpression::escape(QString::number(p.letterSpacingPt(), 'g', 4))))
                    .match(html)
                    .hasMatch())
        << html.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("h1 \\{[^}]*line-height: %1; margin: 0 0 %1 0;")
                                       .arg(QRegularExpression::escape(pitch)))
                    .match(html)
                    .hasMatch());
    EXPECT_TRUE(html.contains(QStringLiteral("orphans: 2; widows: 2;")));
    EXPECT_TRUE(html.contains(QStringLiteral("hanging-punctuation: none")));
    EXPECT_TRUE(html.contains(QStringLiteral("font-size: 16pt")));
    // The indent is two grid cells (two em of 16 pt would leave the first line 0.4 pt short of 26 cells).
    const QString indent = QStringLiteral("text-indent: %1pt").arg(QString::number(2 * p.charPitchPt(), 'g', 4));
    EXPECT_TRUE(html.contains(indent)) << indent.toStdString();
    // The PDF's page numbers in the page margin, and paragraphs of up to three lines kept whole.
    EXPECT_TRUE(html.contains(QStringLiteral("@page :right { @bottom-right { content: '— ' counter(page) ' —';")));
    EXPECT_TRUE(html.contains(QStringLiteral("p.keep { break-inside: avoid; }")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("h2 \\{[^}]*黑体")).match(html).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("h3 \\{[^}]*楷体")).match(html).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("span.lead \\{[^}]*楷体")).match(html).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("h1 \\{[^}]*方正小标宋简体[^}]*font-size: 22pt")).match(html).hasMatch());
    EXPECT_TRUE(html.contains(QStringLiteral("@media print")));

    QString why;
    const auto parsed = parseWithPython(html, &why);
    if (!parsed)
        GTEST_SKIP() << why.toStdString();
    ASSERT_TRUE(why.isEmpty()) << why.toStdString();
    EXPECT_EQ(parsed->value(QStringLiteral("title")).toString(), layout.title);
    expectBlocksMatch(*parsed, layout);
    const QJsonArray tags = parsed->value(QStringLiteral("tags")).toArray();
    EXPECT_TRUE(tags.contains(QStringLiteral("style")));
    EXPECT_FALSE(tags.contains(QStringLiteral("script")));
}

TEST(HtmlFragment, IsBodyOnlyInlineMarkup)
{
    const Report r = webReport();
    const DocumentLayout layout = webLayout(r);
    const QString html = renderHtml(layout, true);
    for (const char *forbidden : {"<!DOCTYPE", "<html", "<head", "<body", "<style", "<meta", "<title", "<script"})
        EXPECT_FALSE(html.contains(QLatin1String(forbidden), Qt::CaseInsensitive)) << forbidden;
    EXPECT_TRUE(html.contains(QStringLiteral("style=\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("text-indent: %1pt").arg(QString::number(2 * gbt9704Profile().charPitchPt(), 'g', 4))));
    EXPECT_TRUE(html.contains(QStringLiteral("楷体")));

    // Well-formed as XML too: every tag closed, everything escaped.
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();

    QString why;
    const auto parsed = parseWithPython(html, &why);
    if (!parsed)
        GTEST_SKIP() << why.toStdString();
    ASSERT_TRUE(why.isEmpty()) << why.toStdString();
    expectBlocksMatch(*parsed, layout);
}

TEST(HtmlHostile, EverythingTypedIsEscaped)
{
    const Report r = hostileReport();
    const DocumentLayout layout = webLayout(r);
    for (const bool fragment : {false, true}) {
        SCOPED_TRACE(fragment ? "fragment" : "page");
        const QString html = renderHtml(layout, fragment);
        // No markup from the user's text survives as markup.
        EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(QStringLiteral("<!--")));
        EXPECT_EQ(html.count(QStringLiteral("<style")), fragment ? 0 : 1);
        EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
        EXPECT_TRUE(html.contains(QStringLiteral("&amp;amp;")));
        // Nothing illegal left: control characters, lone surrogates; valid UTF-8 both ways.
        for (QChar c : html) {
            const char16_t u = c.unicode();
            EXPECT_FALSE((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f)) << int(u);
        }
        const QByteArray utf8 = html.toUtf8();
        EXPECT_EQ(QString::fromUtf8(utf8), html);
        EXPECT_FALSE(html.contains(QChar(0xFFFD)));
        if (fragment) {
            QXmlStreamReader xml(html);
            while (!xml.atEnd())
                xml.readNext();
            EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        }
        QString why;
        const auto parsed = parseWithPython(html, &why);
        if (!parsed)
            GTEST_SKIP() << why.toStdString();
        ASSERT_TRUE(why.isEmpty()) << why.toStdString();
        expectBlocksMatch(*parsed, layout);
        const QJsonArray tags = parsed->value(QStringLiteral("tags")).toArray();
        for (const char *t : {"script", "img", "style", "body", "div"}) {
            const int expected = QString::fromLatin1(t) == QLatin1String("style") ? (fragment ? 0 : 1)
                : QString::fromLatin1(t) == QLatin1String("body")                 ? (fragment ? 0 : 1)
                : QString::fromLatin1(t) == QLatin1String("div")                  ? (fragment ? 1 : 0)
                                                                                  : 0;
            EXPECT_EQ(tags.toVariantList().count(QString::fromLatin1(t)), expected) << t;
        }
        if (!fragment) {
            EXPECT_EQ(parsed->value(QStringLiteral("title")).toString(), visible(layout.title));
            // The organization (with its quotes) stays inside the author attribute.
            bool authorFound = false;
            for (const QJsonValue &a : parsed->value(QStringLiteral("attrs")).toArray()) {
                const QJsonObject attrs = a.toObject();
                if (attrs.value(QStringLiteral("name")).toString() == QStringLiteral("author")) {
                    authorFound = true;
                    EXPECT_EQ(attrs.value(QStringLiteral("content")).toString(), r.details.organization);
                }
            }
            EXPECT_TRUE(authorFound);
        }
    }
}
