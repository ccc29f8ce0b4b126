// Every export format of the table (export/Formats.cpp), round-tripped: the sample report is exported
// in each registered format, alone and with each option the format understands, in process and through
// the real fazhi-cli, and each file is read back by an independent reader where this machine has one:
// pdftotext (poppler-utils) for PDF, python-docx or else pandoc for Word, Python's html.parser for web
// pages, the text itself for plain text. A format added to the table is exercised here without
// touching this file; one without a reader below still gets the checks every format gets.
#include "TestSupport.h"

#include "export/Exporter.h"
#include "export/Formats.h"
#include "export/TextWriter.h"
#include "import/DocxImporter.h"
#include "import/TextImporter.h"
#include "model/ReportJson.h"
#include "render/Layout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <map>

using namespace fazhi;

namespace fazhi {
// Readable formats in failure messages.
void PrintTo(const ExportFormat &format, std::ostream *os) { *os << format.id().toStdString(); }
}  // namespace fazhi

namespace {

// ---------------------------------------------------------------------------------------------
// Running the readers.

struct ToolRun {
    int exitCode = -1;
    QByteArray out, err;
};

QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// A real Python 3 (never the Windows Store stub), or empty: the test skips (TestSupport.h).
QString python() { return fazhi::test::pythonInterpreter(); }

ToolRun runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ToolRun r;
    if (!p.waitForStarted(30000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
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

ToolRun runPython(const char *script, const QString &path)
{
    return runTool(python(), {QStringLiteral("-c"), QString::fromUtf8(script), path});
}

bool havePythonModule(const char *module)
{
    return !python().isEmpty()
        && runTool(python(), {QStringLiteral("-c"), QStringLiteral("import ") + QLatin1String(module)}).exitCode == 0;
}

QString withoutWhitespace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QStringList blockTexts(const DocumentLayout &layout)
{
    QStringList texts;
    for (const Block &b : layout.blocks)
        texts.append(b.text());
    return texts;
}

// Every block's text, in order, somewhere in `extracted` (white space ignored: readers break lines
// and pages their own way).
void expectBlocksInOrder(const QStringList &blocks, const QString &extracted, const char *reader)
{
    const QString flat = withoutWhitespace(extracted);
    qsizetype at = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString expected = withoutWhitespace(blocks.at(i));
        const qsizetype found = flat.indexOf(expected, at);
        if (found < 0) {
            ADD_FAILURE() << reader << " does not give back block " << i << " after character " << at << ": "
                          << expected.left(40).toStdString();
            return;
        }
        at = found + expected.size();
    }
}

// ---------------------------------------------------------------------------------------------
// The readers, by format id. Each one reads `path` as a user's program would and compares with the
// report's layout; it skips (returns a reason) when its program is not installed.

const char kHtmlBlocks[] = R"PY(
import sys, json
from html.parser import HTMLParser
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.block = [], None
    def handle_starttag(self, tag, attrs):
        if tag in ('h1', 'h2', 'h3', 'p'):
            self.block = ''
    def handle_endtag(self, tag):
        if tag in ('h1', 'h2', 'h3', 'p') and self.block is not None:
            self.blocks.append(self.block)
            self.block = None
    def handle_data(self, data):
        if self.block is not None:
            self.block += data
r = Reader()
r.feed(open(sys.argv[1], encoding='utf-8', errors='strict').read())
r.close()
json.dump(r.blocks, sys.stdout, ensure_ascii=False)
)PY";

const char kDocxParagraphs[] = R"PY(
import sys, json, docx
json.dump([p.text for p in docx.Document(sys.argv[1]).paragraphs], sys.stdout, ensure_ascii=False)
)PY";

using Reader = std::function<QString(const QString &path, const Report &report, const ExportOptions &options)>;

QString readText(const QString &path, const Report &report, const ExportOptions &)
{
    const QString text = test::readUtf8(path);
    EXPECT_EQ(text, renderText(buildLayout(report, LayoutTarget::Web)));
    // And our own importer reads it back as the same report.
    const Result<Report> back = importTextFile(path);
    EXPECT_TRUE(back.ok()) << back.error().message.toStdString();
    if (back.ok()) {
        EXPECT_EQ(blockTexts(buildLayout(back.value(), LayoutTarget::Web)), blockTexts(buildLayout(report, LayoutTarget::Web)));
    }
    return {};
}

QString readHtml(const QString &path, const Report &report, const ExportOptions &options)
{
    const QByteArray bytes = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QString html = QString::fromUtf8(bytes);
    EXPECT_EQ(html.contains(QLatin1String("<!DOCTYPE html>")), !options.has("fragment"));
    if (options.has("fragment")) {  // pasted into a site's editor: well-formed XML too
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    }
    if (python().isEmpty())
        return QStringLiteral("python3 is not installed");
    const ToolRun r = runPython(kHtmlBlocks, path);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList blocks;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        blocks.append(v.toString());
    EXPECT_EQ(blocks, blockTexts(buildLayout(report, LayoutTarget::Web)));
    return {};
}

QString readDocx(const QString &path, const Report &report, const ExportOptions &)
{
    const DocumentLayout layout = buildLayout(report, LayoutTarget::Document);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const Result<Report> back = importDocxBytes(f.readAll());
    EXPECT_TRUE(back.ok()) << back.error().message.toStdString();
    if (back.ok()) {
        EXPECT_EQ(QJsonDocument(contentJson(back.value())).toJson().toStdString(),
                  QJsonDocument(contentJson(report)).toJson().toStdString());
    }
    if (havePythonModule("docx")) {
        const ToolRun r = runPython(kDocxParagraphs, path);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList paragraphs;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            paragraphs.append(v.toString());
        if (!paragraphs.isEmpty())
            paragraphs.first().remove(QLatin1Char('\n'));  // the title's balanced lines
        EXPECT_EQ(paragraphs, blockTexts(layout));
        return {};
    }
    if (!tool("pandoc").isEmpty()) {
        const ToolRun r = runTool(tool("pandoc"), {QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-t"),
                                                   QStringLiteral("plain"), path});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        expectBlocksInOrder(blockTexts(layout), QString::fromUtf8(r.out), "pandoc");
        return {};
    }
    return QStringLiteral("neither python3-docx nor pandoc is installed");
}

QString readPdf(const QString &path, const Report &report, const ExportOptions &options)
{
    if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
        return QStringLiteral("poppler-utils (pdftotext, pdfinfo) are not installed");
    const ToolRun info = runTool(tool("pdfinfo"), {path});
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains("(A4)")) << info.out.toStdString();
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll().contains("pdfaid:part=\"1\""), options.has("pdfa")) << "PDF/A-1b metadata only with --pdfa";
    const ToolRun text = runTool(tool("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                     path, QStringLiteral("-")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    // Without the page numbers ("— 2 —"), which may fall inside a paragraph.
    static const QRegularExpression pageNumber(QStringLiteral("^\\s*—\\s*\\d+\\s*—\\s*$"),
                                               QRegularExpression::MultilineOption);
    QString extracted = QString::fromUtf8(text.out);
    extracted.remove(QLatin1Char('\f'));
    extracted.remove(pageNumber);
    for (const QChar c : extracted)
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) << "a radical in the extracted text: U+" << std::hex << c.unicode();
    expectBlocksInOrder(blockTexts(buildLayout(report, LayoutTarget::Document)), extracted, "pdftotext");
    return {};
}

const std::map<QString, Reader> &readers()
{
    static const std::map<QString, Reader> table{
        {QStringLiteral("txt"), readText},
        {QStringLiteral("html"), readHtml},
        {QStringLiteral("docx"), readDocx},
        {QStringLiteral("pdf"), readPdf},
    };
    return table;
}

// ---------------------------------------------------------------------------------------------
// One case per format and option set: none, then each option alone.

struct Case {
    QString format;
    QString option;  // empty: none
};

void PrintTo(const Case &c, std::ostream *os) { *os << c.format.toStdString() << ' ' << c.option.toStdString(); }

std::vector<Case> cases()
{
    std::vector<Case> list;
    for (const ExportFormat format : exportFormats()) {
        list.push_back({format.id(), QString()});
        for (const QString &option : format.options())
            list.push_back({format.id(), option});
    }
    return list;
}

std::string caseName(const ::testing::TestParamInfo<Case> &info)
{
    QString name = info.param.format + (info.param.option.isEmpty() ? QString() : QLatin1Char('_') + info.param.option);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
    return name.toStdString();
}

const Report &sample()
{
    static const Report report = [] {
        const Result<Report> imported = importTextFile(test::samplePath());
        EXPECT_TRUE(imported.ok()) << imported.error().message.toStdString();
        return imported.ok() ? imported.value() : Report();
    }();
    return report;
}

// Plain text in any of its encodings' usual forms: UTF-8 without NUL bytes.
bool looksLikeText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.isEmpty();
}

class FormatRoundTrip : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(FormatRoundTrip, ExportsTheSampleAndReadsItBack)
{
    FAZHI_REQUIRE_SAMPLE();
    const std::optional<ExportFormat> format = exportFormatFromString(GetParam().format);
    ASSERT_TRUE(format);
    ExportOptions options;
    if (!GetParam().option.isEmpty())
        options.flags.insert(GetParam().option);
    const Report &report = sample();
    ASSERT_FALSE(report.parts.isEmpty());

    // Written where asked, under the declared suffix, whole (nothing else left in the folder).
    QTemporaryDir dir;
    const QString path = withSuffix(dir.filePath(QStringLiteral("taozhuang-2023")), *format);
    EXPECT_EQ(QFileInfo(path).suffix(), format->suffix());
    const Status status = exportReport(report, *format, path, options);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
    const qint64 size = QFileInfo(path).size();
    EXPECT_GT(size, 1000) << "the sample is several pages long";

    const auto reader = readers().find(format->id());
    QString skipped;
    if (reader == readers().end()) {
        // No independent reader known for this format: a text format must at least hold the title.
        std::cout << "[ note    ] no independent reader for " << format->id().toStdString() << " in this test\n";
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (looksLikeText(bytes)) {
            EXPECT_TRUE(QString::fromUtf8(bytes).contains(report.effectiveTitle()));
        }
    } else {
        skipped = reader->second(path, report, options);
    }

    // The same through the real CLI: --format ID and --OPTION come from the same table.
    const QString workspace = dir.filePath(QStringLiteral("ws.fazhi"));
    const test::ProcessResult imported = test::runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("import"),
                                                       test::samplePath()});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString id = imported.outText().trimmed();
    const QString cliPath = dir.filePath(QStringLiteral("cli.") + format->suffix());
    QStringList args{QStringLiteral("--workspace"), workspace, QStringLiteral("export"), id,
                     QStringLiteral("--format"), format->id(), QStringLiteral("--output"), cliPath};
    if (!GetParam().option.isEmpty())
        args.append(QStringLiteral("--") + GetParam().option);
    const test::ProcessResult exported = test::runCli(args);
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    EXPECT_GT(QFileInfo(cliPath).size(), 1000);
    if (reader != readers().end())
        (void)reader->second(cliPath, report, options);

    if (!skipped.isEmpty())
        GTEST_SKIP() << skipped.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Registered, FormatRoundTrip, ::testing::ValuesIn(cases()), caseName);

// ---------------------------------------------------------------------------------------------
// The table itself.

TEST(FormatTable, EveryLineIsComplete)
{
    QStringList ids;
    for (const ExportFormatSpec &spec : exportFormatTable()) {
        const ExportFormat format(spec.id);
        SCOPED_TRACE(format.id().toStdString());
        EXPECT_FALSE(format.id().isEmpty());
        EXPECT_EQ(format.id(), format.id().toLower());
        EXPECT_FALSE(ids.contains(format.id())) << "ids are unique";
        ids.append(format.id());
        EXPECT_TRUE(spec.name && *spec.name);
        EXPECT_TRUE(spec.write);
        ASSERT_FALSE(format.suffixes().isEmpty());
        for (const QString &suffix : format.suffixes())
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z0-9]+$")).match(suffix).hasMatch()) << suffix.toStdString();
        for (const QString &option : format.options())
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z][a-z0-9-]*$")).match(option).hasMatch()) << option.toStdString();
    }
}

TEST(FormatTable, TheFormatsCodeNamesAreRegistered)
{
    for (const ExportFormat format : {ExportFormat::Text, ExportFormat::Docx, ExportFormat::Pdf, ExportFormat::Html}) {
        EXPECT_TRUE(format.spec()) << format.id().toStdString();
        EXPECT_TRUE(exportFormats().contains(format));
    }
    // The CLI's ids and their order, as they have always been; new formats come after them.
    QStringList ids;
    for (const ExportFormat format : exportFormats())
        ids.append(format.id());
    EXPECT_EQ(ids.mid(0, 4), (QStringList{QStringLiteral("txt"), QStringLiteral("docx"), QStringLiteral("pdf"), QStringLiteral("html")}));
    EXPECT_EQ(exportOptions().mid(0, 2), (QStringList{QStringLiteral("pdfa"), QStringLiteral("fragment")}));
    EXPECT_EQ(formatsUnderstanding(QStringLiteral("pdfa")), QList<ExportFormat>{ExportFormat::Pdf});
}

TEST(FormatTable, IdsAndAliasesParseInAnyCase)
{
    for (const ExportFormat format : exportFormats()) {
        EXPECT_EQ(exportFormatFromString(format.id()), format);
        EXPECT_EQ(exportFormatFromString(format.id().toUpper()), format);
    }
    EXPECT_EQ(exportFormatFromString(QStringLiteral("text")), ExportFormat::Text);
    EXPECT_EQ(exportFormatFromString(QStringLiteral("Text")), ExportFormat::Text);
    EXPECT_FALSE(exportFormatFromString(QStringLiteral("")));
    EXPECT_FALSE(exportFormatFromString(QStringLiteral("doc")));
    EXPECT_FALSE(exportFormatFromString(QStringLiteral("pdf ")));
    EXPECT_FALSE(ExportFormat("no-such-format").spec());
    EXPECT_FALSE(renderReport(Report(), ExportFormat("no-such-format")).ok());
}

TEST(FormatTable, SuffixIsAddedOnlyWhenThereIsNone)
{
    for (const ExportFormat format : exportFormats()) {
        EXPECT_EQ(withSuffix(QStringLiteral("/tmp/报告"), format), QStringLiteral("/tmp/报告.") + format.suffix());
        for (const QString &suffix : format.suffixes())
            EXPECT_EQ(withSuffix(QStringLiteral("报告.") + suffix, format), QStringLiteral("报告.") + suffix);
    }
    EXPECT_EQ(withSuffix(QStringLiteral("报告.htm"), ExportFormat::Html), QStringLiteral("报告.htm"));
    EXPECT_EQ(withSuffix(QStringLiteral("报告.v2.docx"), ExportFormat::Docx), QStringLiteral("报告.v2.docx"));
}

TEST(FormatTable, EveryNameHasAChineseTranslation)
{
    // The names are QT_TRANSLATE_NOOP("fazhi", …): lupdate files them there, and the desktop app and
    // its export dialog show them.
    QFile ts(QStringLiteral(FAZHI_SOURCE_DIR "/resources/translations/fazhi_zh_CN.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QMap<QString, QString> fazhi;  // source → finished translation
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && context == QLatin1String("fazhi")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText();
            if (!unfinished)
                fazhi.insert(source, text);
        }
    }
    for (const ExportFormatSpec &spec : exportFormatTable())
        EXPECT_FALSE(fazhi.value(QString::fromUtf8(spec.name)).isEmpty()) << spec.name << " has no Chinese name";
}

TEST(FormatTable, TheCliListsEveryFormatAndOption)
{
    const test::ProcessResult help = test::runCli({QStringLiteral("help")});
    ASSERT_EQ(help.exitCode, 0);
    QStringList ids;
    for (const ExportFormat format : exportFormats())
        ids.append(format.id());
    EXPECT_TRUE(help.outText().contains(QStringLiteral("--format ") + ids.join(QLatin1Char('|')) + QLatin1Char(' ')))
        << help.outText().toStdString();
    for (const QString &option : exportOptions())
        EXPECT_TRUE(help.outText().contains(QStringLiteral("[--") + option + QLatin1Char(']'))) << option.toStdString();

    QTemporaryDir dir;
    const test::ProcessResult bad = test::runCli({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws.fazhi")),
                                                  QStringLiteral("export"), QStringLiteral("x"), QStringLiteral("--format"),
                                                  QStringLiteral("no-such-format"), QStringLiteral("--output"),
                                                  dir.filePath(QStringLiteral("out"))});
    EXPECT_EQ(bad.exitCode, 2);
    const QString firstLine = bad.errText().section(QLatin1Char('\n'), 0, 0);
    for (const QString &id : ids)
        EXPECT_TRUE(firstLine.contains(id)) << firstLine.toStdString();
    // An option is refused with a format that does not understand it.
    for (const QString &option : exportOptions()) {
        for (const ExportFormat format : exportFormats()) {
            if (format.understands(option))
                continue;
            const test::ProcessResult refused = test::runCli(
                {QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws.fazhi")), QStringLiteral("export"),
                 QStringLiteral("x"), QStringLiteral("--format"), format.id(), QStringLiteral("--") + option,
                 QStringLiteral("--output"), dir.filePath(QStringLiteral("out"))});
            EXPECT_EQ(refused.exitCode, 2) << format.id().toStdString() << " --" << option.toStdString();
            break;  // one is enough per option
        }
    }
}
