// A clerk's day in the office (issue 21, items 7–10, 12, 13), driven through the real window: the
// panes fit a 1366×768 laptop, missing official fonts are named, the file dialogs start where the
// files are, the new report proposes the right year, imported published reports raise no deadline
// alarm, and the help is where a clerk looks for it.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "checks/ChecksController.h"
#include "check/Rules.h"
#include "checks/ChecksPanel.h"
#include "editor/Forms.h"
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "common/StartFolder.h"
#include "output/FontNotice.h"
#include "render/FontResolver.h"
#include "model/ReportYear.h"
#include "output/ExportController.h"
#include "reports/ImportController.h"
#include "review/ReviewController.h"
#include "shell/Dialogs.h"
#include "shell/HelpWindow.h"
#include "shell/WelcomePage.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/WindowLayout.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QToolButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTimer>
#include <QDockWidget>
#include <QSplitter>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

class UiOfficeTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("zh_CN"), NoOpenUrls));
        path = dir.filePath(QStringLiteral("workspace.fazhi"));
    }

    void TearDown() override
    {
        window.reset();
        tearDownUi();
    }

    MainWindow *open(QSize size = QSize(1366, 768))
    {
        window = std::make_unique<MainWindow>();
        EXPECT_TRUE(window->openWorkspace(path));
        // The offscreen screen is 800×800: a laptop's window is sized by hand (the first start
        // maximizes, see WindowLayout).
        if (size.isValid()) {
            window->setWindowState(Qt::WindowNoState);
            window->setGeometry(QRect(QPoint(0, 0), size));
        }
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window.get();
    }

    void importSample()
    {
        Prompts::setNextFileName(test::samplePath());
        action("actionImport")->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy() && window->session(); }, 30000));
        QTest::qWait(50);
    }

    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }

    QString path;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

// ---- 7: the panes at 1366×768 ----------------------------------------------------------------------

TEST_F(UiOfficeTest, AtALaptopsSizeTheChecksShowAndTheFormIsWide)
{
    FAZHI_REQUIRE_SAMPLE();
    open();
    importSample();
    QDockWidget *checks = window->checks()->dock();
    QDockWidget *review = window->review()->reviewDock();
    auto *forms = window->findChild<QWidget *>(QStringLiteral("forms"));
    auto *preview = window->findChild<QWidget *>(QStringLiteral("previewPanel"));
    EXPECT_EQ(window->width(), 1366);
    // The imported report has findings and no comments: 检查 is in front, 审阅 waits behind its tab.
    EXPECT_TRUE(checks->isVisible());
    EXPECT_FALSE(checks->visibleRegion().isEmpty());
    EXPECT_TRUE(review->visibleRegion().isEmpty());
    EXPECT_GE(checks->width(), 250);
    // The form takes the width the others do not need; the preview stays readable beside it.
    EXPECT_GE(forms->width(), 540) << forms->width() << " (the checks panel takes " << checks->width() << ")";
    EXPECT_GE(preview->width(), 280) << preview->width();
    EXPECT_GT(forms->width(), preview->width());
}

TEST_F(UiOfficeTest, EmptySidePanelsLeaveTheirWidthToTheFormAndComeBackWithAFinding)
{
    // A report the checks find nothing in, with no comments, in the drafter's role.
    const QString clean = dir.filePath(QStringLiteral("clean.txt"));
    QFile file(clean);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
        "示例镇人民政府2023年度法治政府建设情况报告\n  • 发布日期:2024-02-22 10:20\n\n"
        "一、2023年推进法治政府建设的主要举措和成效\n\n"
        "（一）强化组织领导，压实法治建设责任。镇党委、政府把法治政府建设纳入全镇发展总体规划，全年召开专题会议6次。\n\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
        "镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治政府建设工作4次。\n\n"
        "三、存在的不足和原因\n\n"
        "一是部分干部运用法治思维解决问题的能力还不够强，主要是学法用法的长效机制尚未健全；"
        "二是基层执法力量相对薄弱，原因在于执法人员数量不足。\n\n"
        "四、2024年推进法治政府建设的主要安排\n\n"
        "2024年，我镇将健全依法决策机制，加强行政执法队伍建设，推动法治政府建设再上新台阶。\n\n"
        "示例镇人民政府\n2024年2月20日\n").toUtf8());
    file.close();
    open();
    Prompts::setNextFileName(clean);
    action("actionImport")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy() && window->session(); }, 30000));
    ChecksPanel *panel = window->checks()->panel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isPending(); }, 5000));
    QTest::qWait(50);
    ASSERT_FALSE(panel->hasFindings()) << check::toDisplayLine(panel->findings().value(0)).toStdString();
    QDockWidget *checks = window->checks()->dock();
    QDockWidget *review = window->review()->reviewDock();
    auto *forms = window->findChild<QWidget *>(QStringLiteral("forms"));
    auto *preview = window->findChild<QWidget *>(QStringLiteral("previewPanel"));
    auto *list = window->findChild<QWidget *>(QStringLiteral("reportListPanel"));
    // Neither panel has anything to say: both step aside, and the View menu says so.
    EXPECT_TRUE(checks->isHidden());
    EXPECT_TRUE(review->isHidden());
    EXPECT_FALSE(action("actionShowChecks")->isChecked());
    const int formCollapsed = forms->width();
    const int previewCollapsed = preview->width();
    const int listCollapsed = list->width();
    EXPECT_GE(formCollapsed, WindowLayout::startingWidths(1366).form + 250) << formCollapsed;

    // Typing a fault brings the checks back, in front; the form gives back exactly the dock's width.
    auto *signature = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("signature"));
    ASSERT_TRUE(signature);
    if (QWidget *notes = QApplication::activeWindow(); notes && notes != window.get())
        notes->close();  // what the import inferred, shown beside the window
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    signature->setFocus();
    ASSERT_TRUE(signature->hasFocus());
    // Typed as an input method does: key events that carry the text (QTest::keyClicks is ASCII only).
    const auto type = [&](const QString &text) {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, signature, Qt::Key_unknown, QString(c), Qt::NoModifier);
    };
    type(QStringLiteral("示例镇人民政府，，"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks->isVisible(); }, 5000));
    QTest::qWait(20);
    EXPECT_TRUE(panel->hasFindings());
    EXPECT_FALSE(checks->visibleRegion().isEmpty());
    EXPECT_TRUE(review->visibleRegion().isEmpty());  // behind its tab, as before
    EXPECT_TRUE(action("actionShowChecks")->isChecked());
    EXPECT_GE(checks->width(), 250);
    EXPECT_EQ(preview->width(), previewCollapsed);
    EXPECT_EQ(list->width(), listCollapsed);
    EXPECT_NEAR(formCollapsed - forms->width(), checks->width(), 12) << formCollapsed << " → " << forms->width();
    EXPECT_TRUE(signature->hasFocus());  // the panel coming back takes no keystrokes

    // The fault undone: the checks step aside again and the form is as wide as before.
    QTest::keyClick(signature, Qt::Key_Backspace);
    QTest::keyClick(signature, Qt::Key_Backspace);
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks->isHidden(); }, 5000));
    QTest::qWait(20);
    EXPECT_EQ(forms->width(), formCollapsed);

    // A panel opened from the View menu stays, whatever the checks find.
    action("actionShowReviewPanel")->trigger();
    EXPECT_TRUE(review->isVisible());
    QTest::qWait(20);
    EXPECT_EQ(preview->width(), previewCollapsed);  // the room it takes is the form's
    EXPECT_EQ(list->width(), listCollapsed);
    type(QStringLiteral("，，"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks->isVisible(); }, 5000));
    QTest::keyClick(signature, Qt::Key_Backspace);
    QTest::keyClick(signature, Qt::Key_Backspace);
    ASSERT_TRUE(QTest::qWaitFor([&] { return checks->isHidden(); }, 5000));
    EXPECT_TRUE(review->isVisible());
}

TEST_F(UiOfficeTest, StartingWidthsFitTheScreen)
{
    for (const int width : {1024, 1280, 1366, 1440, 1600, 1920, 2560}) {
        SCOPED_TRACE(width);
        const WindowLayout::Widths w = WindowLayout::startingWidths(width);
        EXPECT_LE(w.side + w.form + w.preview + w.dock, qMax(width, 340 + 280 + 200 + 270));
        EXPECT_GE(w.form, 340);
        EXPECT_GE(w.preview, 280);
        EXPECT_LE(w.preview, 640);
    }
    EXPECT_GE(WindowLayout::startingWidths(1366).form, 540);
    EXPECT_GE(WindowLayout::startingWidths(1920).form, 700);
}

TEST_F(UiOfficeTest, TheFirstStartIsMaximizedAndLaterStartsKeepTheLayout)
{
    FAZHI_REQUIRE_SAMPLE();
    open(QSize());
    EXPECT_TRUE(window->isMaximized());
    importSample();
    // The user narrows the form, closes the window, starts again: the splitter is where it was left.
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    window->setWindowState(Qt::WindowNoState);
    window->setGeometry(100, 80, 1200, 700);
    QTest::qWait(20);
    const QList<int> before = splitter->sizes();
    QSplitterHandle *handle = splitter->handle(2);  // between the form and the preview
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, grip);
    QTest::mouseMove(handle, grip - QPoint(60, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, grip - QPoint(60, 0));
    const QList<int> left = splitter->sizes();
    ASSERT_LT(left[1], before[1]);
    // Resizing the window after that keeps the user's split (no refitting).
    window->resize(1180, 700);
    QTest::qWait(20);
    EXPECT_EQ(splitter->sizes()[0], left[0]);
    const QList<int> atClose = splitter->sizes();
    const QRect geometry = window->geometry();
    window->close();
    window.reset();

    open(QSize());
    QTest::qWait(20);
    EXPECT_FALSE(window->isMaximized());
    EXPECT_EQ(window->geometry().size(), geometry.size());
    splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    EXPECT_EQ(splitter->sizes(), atClose);
}

// ---- 10: the new report's year ----------------------------------------------------------------------

TEST_F(UiOfficeTest, TheNewReportDialogProposesTheYearBeingReportedOn)
{
    open();
    // The real dialog, shown modally by 新建; read and cancelled from a timer inside its event loop.
    Prompts::setAutomatic(false);
    int proposed = -1;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("newYear")))
            proposed = year->value();
        dialog->reject();
    });
    poll.start();
    action("actionNew")->trigger();
    poll.stop();
    Prompts::setAutomatic(true);
    EXPECT_EQ(proposed, reportYearFor(QDate::currentDate()));
    EXPECT_EQ(window->session(), nullptr);  // cancelled: nothing made
}

TEST_F(UiOfficeTest, AReportWithoutAYearShowsTheYearANewReportWouldGet)
{
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        Report report;
        report.details.organization = QStringLiteral("某某镇人民政府");
        report.details.year = 0;  // an import that found no year
        ASSERT_TRUE(ws.value()->insertReport(report).ok());
    }
    open();
    ASSERT_NE(window->session(), nullptr);
    auto *year = window->findChild<QSpinBox *>(QStringLiteral("year"));
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(year->value(), reportYearFor(QDate::currentDate()));
}

// ---- 12: the deadline and the same count in the app and the CLI --------------------------------------

TEST_F(UiOfficeTest, AnImportedPublishedReportRaisesNoDeadlineAlarmAndTheCliCountsTheSame)
{
    FAZHI_REQUIRE_SAMPLE();
    open();
    importSample();
    const Report report = window->session()->report();
    ASSERT_FALSE(report.details.publishedOn.isEmpty());  // the website's 发布日期
    ChecksPanel *panel = window->findChild<ChecksPanel *>();
    ASSERT_NE(panel, nullptr);
    // The alarm is the rule's finding on the report as a whole (the sample's missing 成文日期 is
    // another of the rule's findings, on the date field).
    int deadline = 0;
    for (const check::Finding &f : panel->findings())
        deadline += f.rule == check::RuleId::Deadline && f.field.isEmpty();
    EXPECT_EQ(deadline, 0);
    const check::FindingCounts gui = panel->counts();
    window->close();
    window.reset();

    const test::ProcessResult cli = test::runCli({QStringLiteral("--workspace"), path, QStringLiteral("check"),
                                                  report.id.toString(QUuid::WithoutBraces), QStringLiteral("--json")});
    ASSERT_TRUE(cli.exitCode == 0 || cli.exitCode == 1) << cli.errText().toStdString();
    int errors = 0, warnings = 0, hints = 0;
    for (const QJsonValue v : QJsonDocument::fromJson(cli.out).array()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("ignored")).toBool())
            continue;
        const QString severity = f.value(QStringLiteral("severity")).toString();
        errors += severity == QStringLiteral("error");
        warnings += severity == QStringLiteral("warning");
        hints += severity == QStringLiteral("hint");
    }
    EXPECT_EQ(errors, gui.errors);
    EXPECT_EQ(warnings, gui.warnings);
    EXPECT_EQ(hints, gui.hints);
    EXPECT_GT(errors + warnings, 0);
}

// ---- 8: missing official fonts are named -----------------------------------------------------------

TEST_F(UiOfficeTest, MissingOfficialFontsAreNamedInTheStatusBarAndTheExportPrompt)
{
    open();
    ASSERT_FALSE(window->openExampleReport().isNull());
    auto *notice = window->findChild<FontNotice *>(QStringLiteral("fontNotice"));
    ASSERT_NE(notice, nullptr);
    QTest::qWait(20);  // the notice looks after the report has been shown
    const QList<MissingFace> missing = missingOfficialFaces(AppSettings::instance().pageProfile());
    EXPECT_EQ(notice->missing().size(), missing.size());
    EXPECT_EQ(notice->button()->isVisible(), !missing.isEmpty());
    if (missing.isEmpty())
        GTEST_SKIP() << "every official face is installed here";

    // The status bar names the face and what it means for the file, in Chinese.
    const QString text = notice->button()->text();
    for (const MissingFace &m : missing) {
        const QString face = m.role == FontRole::Body       ? QStringLiteral("仿宋")
                             : m.role == FontRole::Heading2 ? QStringLiteral("楷体")
                             : m.role == FontRole::Heading1 ? QStringLiteral("黑体")
                                                            : QStringLiteral("小标宋");
        EXPECT_TRUE(text.contains(face)) << text.toStdString();
        EXPECT_TRUE(notice->button()->toolTip().contains(m.standIn)) << notice->button()->toolTip().toStdString();
    }
    if (missing.size() == 1 && missing.first().role == FontRole::Body) {
        EXPECT_EQ(text, QStringLiteral("本机没有仿宋字体，导出的正文不是仿宋"));
    }
    EXPECT_FALSE(text.contains(QLatin1String("font")));

    // Its button tells what to install.
    Prompts::clearShown();
    notice->button()->click();
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().informative, FontNotice::installHint(missing));
#ifndef Q_OS_WIN
    if (std::any_of(missing.begin(), missing.end(), [](const MissingFace &m) { return m.role == FontRole::Body; })) {
        EXPECT_TRUE(Prompts::shown().first().informative.contains(QStringLiteral("~/.local/share/fonts")));
    }
#endif

    // The PDF's prompt says so too; the plain text's, laid out with no font, does not.
    Prompts::clearShown();
    ASSERT_TRUE(window->exportCurrent(ExportFormat::Pdf, dir.filePath(QStringLiteral("报告.pdf"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    ASSERT_FALSE(Prompts::shown().isEmpty());
    const Prompts::Message done = Prompts::shown().last();
    EXPECT_TRUE(done.informative.contains(FontNotice::sentences(missing).first())) << done.informative.toStdString();
    EXPECT_EQ(done.details, FontNotice::installHint(missing));
    Prompts::clearShown();
    ASSERT_TRUE(window->exportCurrent(ExportFormat::Text, dir.filePath(QStringLiteral("报告.txt"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_FALSE(Prompts::shown().last().informative.contains(FontNotice::sentences(missing).first()));
    EXPECT_TRUE(Prompts::shown().last().details.isEmpty());
}

// ---- 9: file dialogs start where the files are ------------------------------------------------------

#ifndef Q_OS_WIN
namespace {

// Runs `trigger`, which opens a file dialog, and returns the folder the real dialog shows (cancelled).
QString dialogFolder(const std::function<void()> &trigger)
{
    Prompts::setAutomatic(false);
    QString folder = QStringLiteral("(no dialog)");
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            folder = dialog->directory().absolutePath();
            dialog->reject();
        }
    });
    poll.start();
    trigger();
    poll.stop();
    Prompts::setAutomatic(true);
    return folder;
}

}  // namespace

TEST_F(UiOfficeTest, FileDialogsStartInTheUsersFoldersThenTheLastOneUsed)
{
    FAZHI_REQUIRE_SAMPLE();
    // A home of the test's own, with the folders a desktop account has.
    const QByteArray home = qgetenv("HOME"), config = qgetenv("XDG_CONFIG_HOME");
    QTemporaryDir fakeHome;
    ASSERT_TRUE(fakeHome.isValid());
    qputenv("HOME", QFile::encodeName(fakeHome.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(fakeHome.filePath(QStringLiteral(".config"))));
    struct Restore {
        QByteArray home, config;
        ~Restore()
        {
            qputenv("HOME", home);
            config.isEmpty() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", config);
        }
    } restore{home, config};
    QDir(fakeHome.path()).mkpath(QStringLiteral("Documents"));
    QDir(fakeHome.path()).mkpath(QStringLiteral("Desktop"));
    const QString downloads = QDir(fakeHome.path()).absoluteFilePath(QStringLiteral("Downloads"));
    const QString documents = QDir(fakeHome.path()).absoluteFilePath(QStringLiteral("Documents"));

    open();
    const QString program = QCoreApplication::applicationDirPath();
    // 导入 with nothing remembered: 文档 while there is no 下载 folder, then 下载.
    EXPECT_EQ(dialogFolder([&] { action("actionImport")->trigger(); }), documents);
    QDir(fakeHome.path()).mkpath(QStringLiteral("Downloads"));
    EXPECT_EQ(dialogFolder([&] { action("actionImport")->trigger(); }), downloads);

    // A report imported from elsewhere: the next import starts there.
    importSample();
    const QString sampleFolder = QFileInfo(test::samplePath()).absolutePath();
    EXPECT_EQ(dialogFolder([&] { action("actionImport")->trigger(); }), sampleFolder);

    // 导出: 文档 first, then where the last export went; a folder since removed is not offered.
    const Report report = window->session()->report();
    EXPECT_EQ(dialogFolder([&] { window->exporter()->exportReport(report, ExportFormat::Pdf); }), documents);
    QTemporaryDir out;
    Prompts::setNextFileName(QDir(out.path()).filePath(QStringLiteral("a.txt")));
    ASSERT_TRUE(window->exporter()->exportReport(report, ExportFormat::Text));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    EXPECT_EQ(dialogFolder([&] { window->exporter()->exportReport(report, ExportFormat::Pdf); }),
              QFileInfo(out.path()).absoluteFilePath());
    out.remove();
    EXPECT_EQ(dialogFolder([&] { window->exporter()->exportReport(report, ExportFormat::Pdf); }), documents);

    // The review copy's dialogs start in the same places.
    EXPECT_EQ(dialogFolder([&] { action("actionExportReviewCopy")->trigger(); }), documents);
    EXPECT_EQ(dialogFolder([&] { action("actionImportReview")->trigger(); }), sampleFolder);

    // The program's own folder is never where a dialog starts, even when it was remembered.
    AppSettings::instance().setValue(AppSettings::LastImportFolder, program);
    EXPECT_EQ(startFolder(FolderUse::Import), downloads);
    EXPECT_NE(dialogFolder([&] { action("actionImport")->trigger(); }), program);
    window.reset();
}
#endif

TEST_F(UiOfficeTest, TheWordsAreAClerksNotAProgrammers)
{
    open();
    ASSERT_TRUE(window->isShowingWelcome());
    // Where the reports are, said plainly; no "workspace" anywhere a clerk reads on the way in.
    QStringList texts;
    for (const QLabel *label : window->welcomePage()->findChildren<QLabel *>())
        texts << label->text();
    for (QAction *a : window->findChildren<QAction *>())
        texts << a->text() << a->statusTip();
    SettingsDialog settings(path, window.get());
    for (const QLabel *label : settings.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("报告保存在：") + QDir::toNativeSeparators(path))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("工作区"))) << all.toStdString();
    // The settings say nothing of command-line options or environment variables.
    EXPECT_FALSE(all.contains(QStringLiteral("--workspace")));
    EXPECT_FALSE(all.contains(QStringLiteral("FAZHI_")));
    EXPECT_FALSE(all.contains(QStringLiteral("命令行")));
}

// ---- 13: help -----------------------------------------------------------------------------------

TEST_F(UiOfficeTest, HelpCoversTheJourneyLinksTheGuideAndClosesWithEsc)
{
    open();
    action("actionHelp")->trigger();
    QPointer<HelpWindow> help = window->findChild<HelpWindow *>();
    ASSERT_TRUE(help);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(help.data()));
    // Review, checks and export each have their part, in Chinese; the guide is one click away.
    const QString summary = help->browser()->toPlainText();
    for (const QString &heading : {QStringLiteral("检查"), QStringLiteral("审核"), QStringLiteral("导出和打印"),
                                   QStringLiteral("用户手册")})
        EXPECT_TRUE(summary.contains(heading)) << heading.toStdString();
    EXPECT_TRUE(help->browser()->toHtml().contains(HelpWindow::userGuideUrl().toString()));

    auto *guide = help->findChild<QPushButton *>(QStringLiteral("helpUserGuide"));
    ASSERT_NE(guide, nullptr);
    QTest::mouseClick(guide, Qt::LeftButton);
    EXPECT_EQ(help->browser()->source(), HelpWindow::userGuideUrl());
    const QString manual = help->browser()->toPlainText();
    EXPECT_TRUE(manual.contains(QStringLiteral("法治报告 用户手册"))) << manual.left(200).toStdString();
    // Every screenshot the guide shows is built in beside it.
    QFile source(QStringLiteral(":/help/manual.md"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\((images/[^)]+\\.png)\\)"));
    int images = 0;
    for (auto it = image.globalMatch(markdown); it.hasNext(); ++images) {
        const QString file = it.next().captured(1);
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/help/") + file)) << file.toStdString();
        EXPECT_FALSE(help->browser()->document()->resource(QTextDocument::ImageResource, QUrl(file)).isNull())
            << file.toStdString();
    }
    EXPECT_GE(images, 5);

    // Esc closes it, wherever the focus is in the window.
    guide->setFocus();
    QTest::keyClick(guide, Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !help || !help->isVisible(); }, 2000));
    action("actionHelp")->trigger();
    help = window->findChild<HelpWindow *>();
    ASSERT_TRUE(help);
    ASSERT_TRUE(QTest::qWaitForWindowActive(help.data()));
    EXPECT_EQ(help->focusWidget(), help->browser());
    QTest::keyClick(help->browser(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !help || !help->isVisible(); }, 2000));
}
