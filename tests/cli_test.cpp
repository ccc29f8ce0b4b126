// Drives the real fazhi-cli executable on real workspace files.
#include "TestSupport.h"
#include "render/GlyphCoverage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <gtest/gtest.h>

using namespace fazhi::test;

namespace {

class Cli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString workspace() const { return dir.filePath(QStringLiteral("ws.fazhi")); }
    ProcessResult cli(QStringList args) { return runCli(QStringList{QStringLiteral("--workspace"), workspace()} + args); }
};

QString firstLine(const QString &s) { return s.section(QLatin1Char('\n'), 0, 0); }

}  // namespace

TEST_F(Cli, NewListShowExportText)
{
    const ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--organization"),
                                       QStringLiteral("示例镇人民政府"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    EXPECT_FALSE(QUuid::fromString(id).isNull()) << id.toStdString();
    EXPECT_EQ(created.outText(), id + QLatin1Char('\n'));  // the id and nothing else

    const ProcessResult listed = cli({QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_EQ(listed.outText(), id + QStringLiteral("\t2024\t示例镇人民政府\tdraft\t示例镇人民政府2024年度法治政府建设情况报告\n"));

    const ProcessResult shown = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    EXPECT_EQ(json.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
    ASSERT_EQ(parts.size(), 5);
    EXPECT_EQ(parts.at(0).toObject().value(QStringLiteral("partKind")).toString(), QStringLiteral("measures"));
    EXPECT_EQ(parts.at(0).toObject().value(QStringLiteral("sections")).toArray().size(), 5);
    EXPECT_EQ(parts.at(3).toObject().value(QStringLiteral("effectiveHeading")).toString(), QStringLiteral("2025年度工作安排"));
    for (const auto &part : parts) {
        EXPECT_FALSE(QUuid::fromString(part.toObject().value(QStringLiteral("id")).toString()).isNull());
        EXPECT_EQ(part.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("part"));
    }

    const QString txt = dir.filePath(QStringLiteral("out.txt"));
    const ProcessResult exported = cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt"),
                                        QStringLiteral("--output"), txt});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    const QString text = readUtf8(txt);
    EXPECT_TRUE(text.startsWith(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告\n\n一、2024年工作回顾\n")))
        << text.toStdString();
}

TEST_F(Cli, ExitCodes)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("not-a-uuid")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("new"), QStringLiteral("--organization"), QStringLiteral("X")}).exitCode, 2);

    const ProcessResult unknown = cli({QStringLiteral("show"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_FALSE(firstLine(unknown.errText()).isEmpty());
    EXPECT_TRUE(unknown.out.isEmpty());

    const ProcessResult missingFile = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.txt"))});
    EXPECT_EQ(missingFile.exitCode, 3);

    const ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--organization"), QStringLiteral("甲镇"),
                                       QStringLiteral("--year"), QStringLiteral("2023")});
    const QString id = created.outText().trimmed();
    const ProcessResult badFormat = cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("odt"),
                                         QStringLiteral("--output"), dir.filePath(QStringLiteral("x.odt"))});
    EXPECT_EQ(badFormat.exitCode, 2);
    const ProcessResult unwritable = cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt"),
                                          QStringLiteral("--output"), dir.filePath(QStringLiteral("no/such/folder/x.txt"))});
    EXPECT_EQ(unwritable.exitCode, 4);
    EXPECT_FALSE(unwritable.errText().trimmed().isEmpty());
}

TEST_F(Cli, NotAWorkspaceIsRefusedAndUntouched)
{
    const QByteArray bytes("这不是工作区文件 just some text\n");
    writeBytes(workspace(), bytes);
    const ProcessResult r = cli({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(r.errText().trimmed().isEmpty());
    QFile f(workspace());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), bytes);
}

TEST_F(Cli, ImportSampleThenExportText)
{
    FAZHI_REQUIRE_SAMPLE();
    const ProcessResult imported = cli({QStringLiteral("import"), samplePath()});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString id = imported.outText().trimmed();
    ASSERT_FALSE(QUuid::fromString(id).isNull()) << imported.outText().toStdString();
    EXPECT_EQ(imported.outText(), id + QLatin1Char('\n'));
    EXPECT_TRUE(imported.errText().contains(QStringLiteral("二是"))) << imported.errText().toStdString();  // repairs reported on stderr

    const ProcessResult listed = cli({QStringLiteral("list")});
    EXPECT_TRUE(listed.outText().startsWith(id + QStringLiteral("\t2023\t兴化市陶庄镇人民政府\tdraft\t")));

    const QString txt = dir.filePath(QStringLiteral("sample.txt"));
    ASSERT_EQ(cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt"),
                   QStringLiteral("--output"), txt}).exitCode, 0);
    const QString text = readUtf8(txt);
    EXPECT_TRUE(text.contains(QStringLiteral("（一）强化组织领导,")));
    EXPECT_TRUE(text.contains(QStringLiteral("二是加大行政执法监督力度。")));
    EXPECT_FALSE(text.contains(QStringLiteral("浏览次数")));
    EXPECT_FALSE(text.contains(QStringLiteral("分享到")));

    // The report travels with its id: importing our own export again yields a new report whose
    // content is the same.
    const ProcessResult again = cli({QStringLiteral("import"), txt});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    const QString id2 = again.outText().trimmed();
    const QString txt2 = dir.filePath(QStringLiteral("sample2.txt"));
    ASSERT_EQ(cli({QStringLiteral("export"), id2, QStringLiteral("--format"), QStringLiteral("txt"),
                   QStringLiteral("--output"), txt2}).exitCode, 0);
    EXPECT_EQ(readUtf8(txt2), text);
}

// fazhi-cli check names a character no installed font draws, as the app's checks panel does (both
// ask render's canDrawCharacter): a rare name character would print as an empty box.
TEST_F(Cli, CheckNamesACharacterNoFontDraws)
{
    constexpr char32_t kExtB = 0x20000;  // 𠀀, CJK Unified Ideographs Extension B
    if (fazhi::canDrawCharacter(kExtB))
        GTEST_SKIP() << "a font with U+20000 is installed here";
    const QString source = dir.filePath(QStringLiteral("rare.txt"));
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告\n一、2024年工作回顾\n（一）依法调解。调解员%1某参与调解纠纷12件。\n")
                   .arg(QString::fromUcs4(&kExtB, 1))
                   .toUtf8());
    file.close();
    const ProcessResult imported = cli({QStringLiteral("import"), source});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString id = imported.outText().trimmed();
    const ProcessResult checked = cli({QStringLiteral("check"), id, QStringLiteral("--json")});
    const QJsonArray findings = QJsonDocument::fromJson(checked.out).array();
    int undrawable = 0;
    for (const auto &value : findings) {
        const QJsonObject f = value.toObject();
        if (f.value(QStringLiteral("rule")).toString() == QLatin1String("undrawable-character")) {
            ++undrawable;
            EXPECT_EQ(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            EXPECT_TRUE(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("U+20000")));
        }
    }
    EXPECT_EQ(undrawable, 1) << checked.outText().toStdString();
    EXPECT_EQ(checked.exitCode, 1);  // an error remains
}

// The review round trip with the CLI alone: the leader works on a review copy in another workspace.
TEST_F(Cli, ReviewRoundTripThroughAReviewCopy)
{
    const QString clerkWs = workspace();
    const QString copy = dir.filePath(QStringLiteral("送审副本.fazhi"));
    auto at = [](const QString &ws, QStringList args) {
        return runCli(QStringList{QStringLiteral("--workspace"), ws} + args);
    };
    const QString id = at(clerkWs, {QStringLiteral("new"), QStringLiteral("--organization"), QStringLiteral("示例镇人民政府"),
                                    QStringLiteral("--year"), QStringLiteral("2024")}).outText().trimmed();
    const QJsonObject json = QJsonDocument::fromJson(at(clerkWs, {QStringLiteral("show"), id, QStringLiteral("--json")}).out).object();
    const QJsonArray sections = json[QStringLiteral("parts")].toArray()[0].toObject()[QStringLiteral("sections")].toArray();
    const QString s1 = sections[0].toObject()[QStringLiteral("id")].toString();
    const QString s2 = sections[1].toObject()[QStringLiteral("id")].toString();
    const QString part2 = json[QStringLiteral("parts")].toArray()[1].toObject()[QStringLiteral("id")].toString();
    ASSERT_EQ(at(clerkWs, {QStringLiteral("edit"), id, QStringLiteral("--node"), s1, QStringLiteral("--text"), QStringLiteral("强化组织领导。")}).exitCode, 0);
    ASSERT_EQ(at(clerkWs, {QStringLiteral("edit"), id, QStringLiteral("--node"), s2, QStringLiteral("--text"), QStringLiteral("推进依法决策。")}).exitCode, 0);

    const ProcessResult submitted = at(clerkWs, {QStringLiteral("review"), QStringLiteral("submit"), id, QStringLiteral("--by"), QStringLiteral("李文书")});
    ASSERT_EQ(submitted.exitCode, 0) << submitted.errText().toStdString();
    EXPECT_EQ(submitted.outText(), QStringLiteral("1\n"));
    ASSERT_EQ(at(clerkWs, {QStringLiteral("review"), QStringLiteral("export"), id, QStringLiteral("--output"), copy}).exitCode, 0);

    // The leader: three comments and one suggestion, then returns it.
    const QStringList by{QStringLiteral("--by"), QStringLiteral("王书记")};
    for (const QString &node : {s1, s2, part2}) {
        const ProcessResult c = at(copy, QStringList{QStringLiteral("review"), QStringLiteral("comment"), id, QStringLiteral("--node"), node,
                                                     QStringLiteral("--text"), QStringLiteral("请补充具体数据")} + by);
        ASSERT_EQ(c.exitCode, 0) << c.errText().toStdString();
        EXPECT_FALSE(QUuid::fromString(c.outText().trimmed()).isNull());
    }
    const ProcessResult sug = at(copy, QStringList{QStringLiteral("review"), QStringLiteral("suggest"), id, QStringLiteral("--node"), s2,
                                                   QStringLiteral("--text"), QStringLiteral("坚持依法科学民主决策。")} + by);
    ASSERT_EQ(sug.exitCode, 0);
    const QString suggestion = sug.outText().trimmed();
    ASSERT_EQ(at(copy, QStringList{QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("--return"),
                                   QStringLiteral("--opinion"), QStringLiteral("请按批注修改")} + by).exitCode, 0);

    // The clerk edits meanwhile, merges the copy, accepts the suggestion and resubmits.
    ASSERT_EQ(at(clerkWs, {QStringLiteral("edit"), id, QStringLiteral("--node"), s1, QStringLiteral("--text"), QStringLiteral("加强党的领导。")}).exitCode, 0);
    const ProcessResult merged = at(clerkWs, {QStringLiteral("review"), QStringLiteral("import"), copy});
    ASSERT_EQ(merged.exitCode, 0) << merged.errText().toStdString();
    EXPECT_EQ(merged.outText().trimmed(), id);
    const ProcessResult listed = at(clerkWs, {QStringLiteral("review"), QStringLiteral("list"), id});
    EXPECT_EQ(listed.outText().count(QLatin1Char('\n')), 4);
    EXPECT_TRUE(listed.outText().contains(QStringLiteral("\t王书记\t")));
    ASSERT_EQ(at(clerkWs, {QStringLiteral("review"), QStringLiteral("accept"), id, QStringLiteral("--suggestion"), suggestion,
                           QStringLiteral("--by"), QStringLiteral("李文书")}).exitCode, 0);
    EXPECT_EQ(at(clerkWs, {QStringLiteral("review"), QStringLiteral("submit"), id, QStringLiteral("--by"), QStringLiteral("李文书")}).outText(),
              QStringLiteral("2\n"));

    // The diff between the rounds shows exactly the two changed leads.
    const QString diff = at(clerkWs, {QStringLiteral("diff"), id, QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2")}).outText();
    EXPECT_EQ(diff.count(QStringLiteral("== ")), 2) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("（一）[-强化组织-]{+加强党的+}领导。"))) << diff.toStdString();

    ASSERT_EQ(at(clerkWs, {QStringLiteral("review"), QStringLiteral("decide"), id, QStringLiteral("--approve"), QStringLiteral("--opinion"),
                           QStringLiteral("同意"), QStringLiteral("--by"), QStringLiteral("王书记")}).exitCode, 0);
    const ProcessResult refused = at(clerkWs, {QStringLiteral("edit"), id, QStringLiteral("--node"), s1, QStringLiteral("--text"), QStringLiteral("x")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_FALSE(refused.errText().trimmed().isEmpty());

    const QStringList history = at(clerkWs, {QStringLiteral("history"), id}).outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList actions;
    for (const QString &line : history)
        actions << line.section(QLatin1Char('\t'), 2, 2);
    EXPECT_EQ(actions, (QStringList{QStringLiteral("revision"), QStringLiteral("submit"), QStringLiteral("return"),
                                    QStringLiteral("accept-suggestion"), QStringLiteral("revision"), QStringLiteral("submit"),
                                    QStringLiteral("approve")}));
    EXPECT_TRUE(history.at(2).contains(QStringLiteral("王书记")));
    EXPECT_TRUE(history.at(2).contains(QStringLiteral("请按批注修改")));

    // Published documents carry none of the review material.
    const QString txt = dir.filePath(QStringLiteral("final.txt"));
    ASSERT_EQ(at(clerkWs, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt"), QStringLiteral("--output"), txt}).exitCode, 0);
    const QString text = readUtf8(txt);
    EXPECT_TRUE(text.contains(QStringLiteral("坚持依法科学民主决策。")));
    for (const char *secret : {"王书记", "请补充具体数据", "请按批注修改"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(secret))) << secret;
}
