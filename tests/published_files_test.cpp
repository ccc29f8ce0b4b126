// Clean files: the .docx and PDF a report is published as carry no personal metadata (author, last
// modified by, company, template, revision ids, edit times, comments, tracked changes), whoever made
// them. The files are made by the real fazhi-cli, with a user name in its settings and a login name
// in its environment, and read back by independent readers: Python's zipfile for the .docx,
// pdfinfo (poppler) for the PDF's Info dictionary and XMP metadata.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fazhi;

namespace {

const QString kUserName = QStringLiteral("拟稿人王小明");  // the desktop app's "your name" setting
const QString kLogin = QStringLiteral("wangxiaoming");    // the login name (USER, USERNAME, LOGNAME)

struct Tool {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(30000))
        return t;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

// The desktop app's settings file and a login name, for the fazhi-cli the test starts.
class PublishedFiles : public ::testing::Test {
protected:
    QTemporaryDir home;
    QString ws;
    QHash<QByteArray, QByteArray> saved;

    void setEnv(const char *name, const QByteArray &value)
    {
        if (!saved.contains(name))
            saved.insert(name, qgetenv(name));
        qputenv(name, value);
    }

    void SetUp() override
    {
        ws = home.filePath(QStringLiteral("ws.fazhi"));
        QDir(home.path()).mkpath(QStringLiteral("config/FazhiReport"));
        test::writeBytes(home.filePath(QStringLiteral("config/FazhiReport/FazhiReport.conf")),
                         (QStringLiteral("[user]\nname=") + kUserName + QStringLiteral("\n")).toUtf8());
        setEnv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        for (const char *name : {"USER", "USERNAME", "LOGNAME"})
            setEnv(name, kLogin.toUtf8());
    }

    void TearDown() override
    {
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            if (it.value().isNull())
                qunsetenv(it.key().constData());
            else
                qputenv(it.key().constData(), it.value());
        }
    }

    test::ProcessResult cli(const QStringList &args) { return test::runCli(QStringList{"--workspace", ws} + args); }

    // The sample (or, where it is absent, a short report), submitted, approved and published by a
    // named clerk and leader, so that the workspace holds their names.
    QString publishedReport()
    {
        QString source = test::samplePath();
        if (source.isEmpty()) {
            source = home.filePath(QStringLiteral("report.txt"));
            test::writeBytes(source, QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告\n\n一、2023年工作回顾\n\n"
                                                    "全年开展法治宣传活动56场次。\n\n示例镇人民政府\n2024年2月20日\n")
                                         .toUtf8());
        }
        const test::ProcessResult imported = cli({"import", source});
        EXPECT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
        const QString id = imported.outText().trimmed();
        EXPECT_EQ(cli({"review", "submit", id}).exitCode, 0);  // by the user name of the settings
        EXPECT_EQ(cli({"review", "decide", id, "--approve", "--opinion", "同意", "--by", "镇长李大力"}).exitCode, 0);
        EXPECT_EQ(cli({"review", "publish", id, "--date", "2024-02-22"}).exitCode, 0);
        EXPECT_TRUE(cli({"history", id}).outText().contains(kUserName)) << "the record names the clerk";
        return id;
    }
};

// What Python's zipfile reads in a .docx: part names and their text.
QJsonObject unzipped(const QString &path)
{
    const QString python = test::pythonInterpreter();  // never the Windows Store stub
    if (python.isEmpty())
        return {};
    const Tool t = run(python, {QStringLiteral("-c"), QStringLiteral(
        "import json, sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))\n"), path});
    EXPECT_EQ(t.exitCode, 0) << t.err.toStdString();
    return QJsonDocument::fromJson(t.out).object();
}

}  // namespace

TEST_F(PublishedFiles, TheDocxCarriesNoPersonalMetadata)
{
    if (test::pythonInterpreter().isEmpty())
        GTEST_SKIP() << "python3 is not installed";
    const QString id = publishedReport();
    const QString docx = home.filePath(QStringLiteral("published.docx"));
    const test::ProcessResult exported = cli({"export", id, "--format", "docx", "--output", docx});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();

    const QJsonObject parts = unzipped(docx);
    ASSERT_TRUE(parts.contains(QStringLiteral("word/document.xml"))) << "not read back";
    // No comments, people, tracked changes, glossary, attached template or thumbnail parts.
    for (const QString &name : parts.keys()) {
        EXPECT_FALSE(name.contains(QStringLiteral("comments"), Qt::CaseInsensitive)) << name.toStdString();
        EXPECT_FALSE(name.contains(QStringLiteral("people"), Qt::CaseInsensitive)) << name.toStdString();
        EXPECT_FALSE(name.startsWith(QStringLiteral("customXml"))) << name.toStdString();
        EXPECT_FALSE(name.contains(QStringLiteral("glossary"))) << name.toStdString();
        EXPECT_FALSE(name.contains(QStringLiteral("thumbnail"))) << name.toStdString();
        EXPECT_FALSE(name.endsWith(QStringLiteral(".dotx")) || name.endsWith(QStringLiteral(".dotm"))) << name.toStdString();
        const QString text = parts.value(name).toString();
        // Nobody's name, in any part.
        EXPECT_FALSE(text.contains(kUserName)) << name.toStdString();
        EXPECT_FALSE(text.contains(kLogin)) << name.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("镇长李大力"))) << name.toStdString();
        // Revision ids, tracked changes and comment anchors (each of which names its author).
        static const QRegularExpression marks(QStringLiteral("w:rsid|<w:ins[ >]|<w:del[ >]|w:author=|commentReference|commentRangeStart|attachedTemplate"));
        EXPECT_FALSE(marks.match(text).hasMatch()) << name.toStdString() << ": " << marks.match(text).captured().toStdString();
    }
    const QString core = parts.value(QStringLiteral("docProps/core.xml")).toString();
    ASSERT_FALSE(core.isEmpty());
    for (const char *element : {"dc:creator", "cp:lastModifiedBy", "cp:revision", "cp:keywords", "cp:category",
                                "dc:subject", "dc:description", "cp:contentStatus", "dcterms:created", "dcterms:modified",
                                "cp:lastPrinted"})
        EXPECT_FALSE(core.contains(QLatin1String(element))) << element << " in " << core.toStdString();
    EXPECT_TRUE(core.contains(QStringLiteral("<dc:title>"))) << "the title is the document's own";
    const QString app = parts.value(QStringLiteral("docProps/app.xml")).toString();
    for (const char *element : {"<Company>", "<Manager>", "<Template>", "<TotalTime>", "<HyperlinkBase>"})
        EXPECT_FALSE(app.contains(QLatin1String(element))) << element << " in " << app.toStdString();
    EXPECT_TRUE(app.contains(QStringLiteral("<Application>Fazhi Report</Application>")));
    // The custom properties are the report's own published details (import restores them), nothing else.
    const QString custom = parts.value(QStringLiteral("docProps/custom.xml")).toString();
    static const QRegularExpression propertyName(QStringLiteral("name=\"([^\"]+)\""));
    QStringList names;
    for (auto it = propertyName.globalMatch(custom); it.hasNext();)
        names.append(it.next().captured(1));
    EXPECT_EQ(names, (QStringList{"FazhiReportId", "FazhiOrganization", "FazhiYear", "FazhiTitle", "FazhiSignature",
                                  "FazhiSource", "FazhiPublishedOn", "FazhiPublicationUrl"}));
    EXPECT_TRUE(custom.contains(id)) << "the report's id, which import restores";

    // Still the same report when imported again: the details come back from the custom properties.
    const test::ProcessResult again = cli({"import", docx});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
}

TEST_F(PublishedFiles, ThePdfNamesNoPersonAndANeutralCreator)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const QString id = publishedReport();
    for (const QStringList &options : {QStringList{}, QStringList{QStringLiteral("--pdfa")}}) {
        SCOPED_TRACE(options.join(' ').toStdString());
        const QString pdf = home.filePath(QStringLiteral("published.pdf"));
        const test::ProcessResult exported = cli(QStringList{"export", id, "--format", "pdf", "--output", pdf} + options);
        if (exported.exitCode != 0 && exported.errText().contains(QStringLiteral("font")))
            GTEST_SKIP() << "no Chinese font: " << exported.errText().toStdString();
        ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();

        // The Info dictionary: the title, what made it, when; no author, subject or keywords.
        const Tool info = run(pdfinfo, {QStringLiteral("-isodates"), pdf});
        ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
        const QString text = QString::fromUtf8(info.out);
        QHash<QString, QString> fields;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
        EXPECT_FALSE(fields.contains(QStringLiteral("Author"))) << text.toStdString();
        EXPECT_FALSE(fields.contains(QStringLiteral("Subject"))) << text.toStdString();
        EXPECT_FALSE(fields.contains(QStringLiteral("Keywords"))) << text.toStdString();
        EXPECT_EQ(fields.value(QStringLiteral("Creator")), QStringLiteral("Fazhi Report"));
        EXPECT_TRUE(fields.value(QStringLiteral("Producer")).startsWith(QStringLiteral("Qt "))) << text.toStdString();
        EXPECT_FALSE(fields.value(QStringLiteral("Title")).isEmpty());
        EXPECT_EQ(fields.value(QStringLiteral("Custom Metadata")), QStringLiteral("no"));
        EXPECT_FALSE(text.contains(kUserName) || text.contains(kLogin)) << text.toStdString();

        // The XMP metadata (PDF/A): no dc:creator, no person.
        const Tool meta = run(pdfinfo, {QStringLiteral("-meta"), pdf});
        const QString xmp = QString::fromUtf8(meta.out);
        if (options.contains(QStringLiteral("--pdfa"))) {
            EXPECT_TRUE(xmp.contains(QStringLiteral("xmpmeta"))) << "PDF/A carries XMP";
        }
        EXPECT_FALSE(xmp.contains(QStringLiteral("dc:creator"))) << xmp.toStdString();
        EXPECT_FALSE(xmp.contains(kUserName) || xmp.contains(kLogin)) << xmp.toStdString();

        // Nor anywhere in the file's bytes, in UTF-8 or in the UTF-16 of PDF strings.
        QFile f(pdf);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QByteArray utf16;
        for (const QChar c : kUserName) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        EXPECT_FALSE(bytes.contains(kUserName.toUtf8()));
        EXPECT_FALSE(bytes.contains(utf16));
        EXPECT_FALSE(bytes.contains(kLogin.toUtf8()));
    }
}
