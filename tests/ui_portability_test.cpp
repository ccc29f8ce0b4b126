// The desktop app on what Windows brings (issue 22): a workspace locked by another computer (a lock
// refreshed recently is refused with that computer's name; one not refreshed for long is offered for
// takeover, and taken only when the user agrees), and the looks' text colours in dark mode.
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "common/WorkspacePicker.h"
#include "review/DiffView.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "storage/WorkspaceLock.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPalette>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

class LockedWorkspace : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path;
    QString lockPath;
    const QString otherHost = QSysInfo::machineHostName() + QStringLiteral("-office2");

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Prompts::setAutomatic(true);
        Prompts::clearShown();
        installTranslators(QStringLiteral("en"));
        fazhi::test::useAppStyle();
        path = dir.filePath(QStringLiteral("workspace.fazhi"));
        lockPath = storage::workspaceLockPath(path);
    }
    void TearDown() override { Prompts::setAutomatic(false); }

    // The lock file another computer's Fazhi Report left, last refreshed `ageSeconds` ago.
    void lockedElsewhere(qint64 ageSeconds)
    {
        fazhi::test::writeBytes(lockPath, "4242\nfazhi-report\n" + otherHost.toUtf8() + "\n");
        QFile f(lockPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
    }
};

TEST_F(LockedWorkspace, InUseOnAnotherComputerIsRefusedWithItsName)
{
    lockedElsewhere(60);
    MainWindow w;
    EXPECT_FALSE(w.openWorkspace(path));
    ASSERT_EQ(Prompts::shown().size(), 1);  // no offer to take it over
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Workspace Already Open"));
    EXPECT_TRUE(Prompts::shown().first().text.contains(otherHost)) << Prompts::shown().first().text.toStdString();
    EXPECT_EQ(storage::readLockHolder(lockPath)->host, otherHost);
}

TEST_F(LockedWorkspace, StaleLockIsOfferedAndKeptWhenTheUserSaysNo)
{
    lockedElsewhere(3 * 3600);
    MainWindow w;
    EXPECT_FALSE(w.openWorkspace(path));  // the automatic answer is the default: No
    ASSERT_GE(Prompts::shown().size(), 2);
    const Prompts::Message &offer = Prompts::shown().first();
    EXPECT_EQ(offer.title, QStringLiteral("Workspace Locked by Another Computer"));
    EXPECT_TRUE(offer.text.contains(otherHost));
    EXPECT_EQ(offer.defaultButton, Prompts::No);
    EXPECT_EQ(storage::readLockHolder(lockPath)->host, otherHost);  // still theirs
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(LockedWorkspace, StaleLockIsTakenOverWhenTheUserAgrees)
{
    lockedElsewhere(3 * 3600);
    MainWindow w;
    Prompts::setNextAnswer(Prompts::Yes);
    ASSERT_TRUE(w.openWorkspace(path));
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Workspace Locked by Another Computer"));
    const std::optional<storage::LockHolder> holder = storage::readLockHolder(lockPath);
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(storage::judgeLock(lockPath), storage::LockState::HeldHere);
    // Freshly dated, so another computer does not find it stale in turn.
    EXPECT_LT(std::abs(holder->refreshed.secsTo(QDateTime::currentDateTime())), 60);
    EXPECT_NE(w.workspace(), nullptr);
}

// The looks' colours follow a dark palette (Windows' dark mode) instead of staying dark grey.
TEST(Looks, TextStaysReadableOnADarkWindow)
{
    const QPalette saved = QApplication::palette();
    QLabel light;
    setLook(&light, Look::Hint);
    EXPECT_EQ(light.palette().color(QPalette::WindowText), QColor(QStringLiteral("#7b8594")));

    QPalette dark = saved;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Window, QColor(32, 32, 32));
        dark.setColor(group, QPalette::WindowText, QColor(240, 240, 240));
    }
    QApplication::setPalette(dark);
    for (Look look : {Look::PaneTitle, Look::FormCaption, Look::FormTitle, Look::Breadcrumb, Look::GroupTitle,
                      Look::Hint, Look::CharCount, Look::Numeral, Look::Summary, Look::Warning, Look::WelcomeTitle,
                      Look::WelcomeSubtitle}) {
        QLabel label;
        setLook(&label, look);
        const QColor text = label.palette().color(QPalette::Active, QPalette::WindowText);
        SCOPED_TRACE(text.name().toStdString());
        EXPECT_GT(text.lightness() - 32, 70) << "too dark on the dark window";
    }
    // The title keeps more contrast than a hint, as on a light window.
    QLabel title, hint;
    setLook(&title, Look::FormTitle);
    setLook(&hint, Look::Hint);
    EXPECT_GT(title.palette().color(QPalette::WindowText).lightness(), hint.palette().color(QPalette::WindowText).lightness());
    QApplication::setPalette(saved);
}

// The comparison of two versions is a page in the document's colours on a dark window too: its
// dark text and red and green marks stay on white instead of on the window's dark base.
TEST(Looks, TheComparisonStaysAWhitePageOnADarkWindow)
{
    const QPalette saved = QApplication::palette();
    QPalette dark = saved;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Window, QColor(32, 32, 32));
        dark.setColor(group, QPalette::Base, QColor(24, 24, 24));
        dark.setColor(group, QPalette::Text, QColor(240, 240, 240));
    }
    QApplication::setPalette(dark);
    {
        DiffView view;
        auto *browser = view.findChild<QTextBrowser *>(QStringLiteral("diffBrowser"));
        ASSERT_NE(browser, nullptr);
        const QColor base = browser->palette().color(QPalette::Active, QPalette::Base);
        const QColor text = browser->palette().color(QPalette::Active, QPalette::Text);
        EXPECT_GT(base.lightness(), 240) << base.name().toStdString();
        EXPECT_GT(base.lightness() - text.lightness(), 150) << text.name().toStdString();
    }
    QApplication::setPalette(saved);
}

// The workspace picker opens or creates: an existing workspace is chosen without "replace it?".
TEST(WorkspacePicker, OpensOrCreatesWithoutAskingToReplace)
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("workspace.fazhi"));
    fazhi::test::writeBytes(existing, "x");
    QFileDialog dialog;
    setUpWorkspaceDialog(dialog, existing);
    EXPECT_TRUE(dialog.testOption(QFileDialog::DontConfirmOverwrite));
    EXPECT_EQ(dialog.acceptMode(), QFileDialog::AcceptSave);  // a new name is accepted too
    EXPECT_EQ(dialog.fileMode(), QFileDialog::AnyFile);
    EXPECT_EQ(dialog.defaultSuffix(), QStringLiteral("fazhi"));
    EXPECT_EQ(dialog.labelText(QFileDialog::Accept), QStringLiteral("Open or Create"));
    EXPECT_EQ(QFileInfo(dialog.directory().absolutePath()).canonicalFilePath(), QFileInfo(dir.path()).canonicalFilePath());
    // Through the seams it answers as the other file dialogs do.
    Prompts::setAutomatic(true);
    Prompts::setNextFileName(existing);
    EXPECT_EQ(chooseWorkspaceFile(nullptr, QStringLiteral("Choose a Workspace"), existing), existing);
    EXPECT_TRUE(chooseWorkspaceFile(nullptr, QStringLiteral("Choose a Workspace"), existing).isEmpty());  // cancelled
    Prompts::setAutomatic(false);
    EXPECT_EQ(fazhi::test::readUtf8(existing), QStringLiteral("x"));
}

}  // namespace
