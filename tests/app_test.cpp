// The two programs as installed and started: one version number from CMake in both, and the desktop
// app opening a .fazhi file given on its command line (how a double click starts it, through the
// .desktop entry on Linux and the file association on Windows).
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>
#include <gtest/gtest.h>

using namespace fazhi::test;

namespace {

class App : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }

    void SetUp() override
    {
        if (!QFileInfo::exists(binPath(QStringLiteral("fazhi-report"))))
            GTEST_SKIP() << "the desktop app is not built";
    }

    // Runs the desktop app with its own settings (not the user's) and FAZHI_WORKSPACE pointing
    // elsewhere, so a test sees which workspace it opened.
    ProcessResult gui(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("FAZHI_WORKSPACE"), environmentWorkspace());
        p.setProcessEnvironment(env);
        p.start(binPath(QStringLiteral("fazhi-report")), args);
        ProcessResult r;
        if (!p.waitForStarted(20000))
            return r;
        p.waitForFinished(60000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString environmentWorkspace() const { return path(QStringLiteral("from-environment.fazhi")); }
};

}  // namespace

TEST(Version, TheCliPrintsTheProjectVersion)
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("version")}) {
        const ProcessResult r = runCli({flag});
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_EQ(r.outText(), QStringLiteral("fazhi-cli " FAZHI_PROJECT_VERSION "\n"));
    }
    EXPECT_TRUE(runCli({QStringLiteral("help")}).outText().contains(QStringLiteral("--version")));
}

TEST_F(App, TheDesktopAppPrintsTheProjectVersion)
{
    const ProcessResult r = gui({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.outText().trimmed(), QStringLiteral("FazhiReport " FAZHI_PROJECT_VERSION));
}

TEST_F(App, OpensTheFileOnItsCommandLine)
{
    // A new file: the app makes the workspace there, not where FAZHI_WORKSPACE points.
    const QString file = path(QStringLiteral("年度报告.fazhi"));
    const ProcessResult r = gui({QStringLiteral("--measure-startup"), file});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains(QStringLiteral("ready-ms"))) << r.outText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_FALSE(QFileInfo::exists(environmentWorkspace()));
}

TEST_F(App, OpensAReviewCopyOnItsCommandLine)
{
    const QString workspace = path(QStringLiteral("clerk.fazhi"));
    const ProcessResult created =
        runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("new"), QStringLiteral("--organization"),
                QStringLiteral("示例镇人民政府"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    const QString copy = path(QStringLiteral("送审稿.fazhi"));
    const ProcessResult exported = runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("review"),
                                           QStringLiteral("export"), id, QStringLiteral("--output"), copy});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();

    const ProcessResult r = gui({QStringLiteral("--measure-startup"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains(QStringLiteral("ready-ms"))) << r.outText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(environmentWorkspace()));
    // The app held the copy as its workspace: its report is still there for the CLI to list.
    const ProcessResult listed = runCli({QStringLiteral("--workspace"), copy, QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    EXPECT_TRUE(listed.outText().startsWith(id)) << listed.outText().toStdString();
}

TEST_F(App, RefusesTwoWorkspaces)
{
    const QString a = path(QStringLiteral("a.fazhi"));
    const QString b = path(QStringLiteral("b.fazhi"));
    for (const QStringList &args : {QStringList{a, b}, QStringList{QStringLiteral("--workspace"), a, b}}) {
        const ProcessResult r = gui(QStringList{QStringLiteral("--measure-startup")} + args);
        EXPECT_EQ(r.exitCode, 2) << r.errText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(a));
        EXPECT_FALSE(QFileInfo::exists(b));
        EXPECT_FALSE(QFileInfo::exists(environmentWorkspace()));
    }
}
