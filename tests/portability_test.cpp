// What a Windows build, test run and install would hit (issue 22), checked where it can run: the CLI's
// output bytes, file identities, file names safe on Windows, the font chains, the workspace lock,
// decoding without ICU, the workspace's default place.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace fazhi;
using namespace fazhi::test;

namespace {

// ---------------------------------------------------------------------------------------------------
// The CLI writes \n, never \r\n (stdout and stderr in binary mode on Windows)

TEST(CliOutput, StdoutAndStderrEndLinesWithLineFeedOnly)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.fazhi"));
    const auto cli = [&ws](QStringList args) { return runCli(QStringList{QStringLiteral("--workspace"), ws} + args); };
    const ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--organization"),
                                       QStringLiteral("示例镇人民政府"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    EXPECT_TRUE(created.out.endsWith('\n'));

    // Lists, JSON and the help to stdout: many lines each.
    for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("show"), id, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("--help")}}) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = cli(args);
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
        EXPECT_GT(r.out.count('\n'), 0);
        EXPECT_EQ(r.out.count('\r'), 0);
    }
    // An error message to stderr.
    const ProcessResult refused = cli({QStringLiteral("show"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_TRUE(refused.err.endsWith('\n'));
    EXPECT_EQ(refused.err.count('\r'), 0);
}

}  // namespace
