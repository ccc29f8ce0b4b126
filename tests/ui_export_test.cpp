// The desktop app's export, driven through the real window: one action per registered export format
// (export/Formats.h), each writing its format through the file dialog's seam, file filters from the
// table, and the per-format options the settings remember.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "edit/ReportSession.h"
#include "export/Exporter.h"
#include "output/ExportController.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

class UiExportTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), NoOpenUrls));
        window = std::make_unique<MainWindow>();
        ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("workspace.fazhi"))));
        window->resize(1200, 760);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_FALSE(window->openExampleReport().isNull());
    }

    void TearDown() override
    {
        window.reset();
        tearDownUi();
    }

    // The File menu's export actions, in order, by format id.
    QList<QAction *> exportActions() const
    {
        QList<QAction *> list;
        const QMenu *file = window->menuBar()->actions().value(0)->menu();
        for (QAction *a : file->actions()) {
            if (a->property("exportFormat").isValid())
                list.append(a);
        }
        return list;
    }

    // Exports through the format's action to `path` (given to the file dialog's seam), waits for it.
    void exportThroughAction(ExportFormat format, const QString &path)
    {
        QAction *action = nullptr;
        for (QAction *a : exportActions()) {
            if (a->property("exportFormat").toString() == format.id())
                action = a;
        }
        ASSERT_TRUE(action) << format.id().toStdString();
        ASSERT_TRUE(action->isEnabled());
        Prompts::setNextFileName(path);
        action->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
        QTest::qWait(20);
    }

    QByteArray read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(UiExportTest, TheFileMenuOffersEveryRegisteredFormat)
{
    QStringList ids;
    for (QAction *a : exportActions()) {
        ids.append(a->property("exportFormat").toString());
        EXPECT_TRUE(a->isEnabled());
        EXPECT_FALSE(a->text().isEmpty());
        EXPECT_FALSE(a->icon().isNull());
    }
    QStringList registered;
    for (const ExportFormat format : exportFormats())
        registered.append(format.id());
    EXPECT_EQ(ids.size(), registered.size());
    for (const QString &id : registered)
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    // The window's first four, as they have always been, with their names and shortcuts.
    EXPECT_EQ(ids.mid(0, 4), (QStringList{QStringLiteral("docx"), QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("txt")}));
    const QList<QAction *> actions = exportActions();
    EXPECT_EQ(actions.at(0)->objectName(), QStringLiteral("actionExportWord"));
    EXPECT_EQ(actions.at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(actions.at(1)->objectName(), QStringLiteral("actionExportPdf"));
    EXPECT_EQ(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    EXPECT_EQ(actions.at(2)->objectName(), QStringLiteral("actionExportHtml"));
    EXPECT_EQ(actions.at(3)->objectName(), QStringLiteral("actionExportText"));
    EXPECT_EQ(actions.at(0)->text(), QStringLiteral("Export as &Word…"));

    // The review copy's actions follow the last export action.
    const QList<QAction *> menu = window->menuBar()->actions().value(0)->menu()->actions();
    const qsizetype lastExport = menu.indexOf(actions.last());
    const qsizetype reviewCopy = menu.indexOf(window->findChild<QAction *>(QStringLiteral("actionExportReviewCopy")));
    EXPECT_GT(reviewCopy, lastExport);
}

TEST_F(UiExportTest, EveryFormatExportsThroughItsAction)
{
    const Report report = window->session()->report();
    for (const ExportFormat format : exportFormats()) {
        SCOPED_TRACE(format.id().toStdString());
        // Typed without a suffix: the format's own is added.
        const QString typed = dir.filePath(QStringLiteral("报告-") + format.id());
        exportThroughAction(format, typed);
        const QString written = typed + QLatin1Char('.') + format.suffix();
        ASSERT_TRUE(QFileInfo::exists(written));
        EXPECT_GT(QFileInfo(written).size(), 500);
        ASSERT_FALSE(Prompts::shown().isEmpty());
        EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Export Finished"));
        EXPECT_EQ(Prompts::shown().last().text, QStringLiteral("The %1 is ready:").arg(format.name()));
        // The bytes of the core export (formats whose files do not record the time they were written).
        if (format == ExportFormat::Text || format == ExportFormat::Html) {
            EXPECT_EQ(read(written), renderReport(report, format).value());
        }
    }
}

TEST_F(UiExportTest, OptionsAreRememberedPerFormat)
{
    AppSettings &settings = AppSettings::instance();
    EXPECT_FALSE(settings.exportOption(ExportFormat::Html, QStringLiteral("fragment")));
    settings.setExportOption(ExportFormat::Html, QStringLiteral("fragment"), true);
    // An option a format does not understand means nothing to it.
    settings.setExportOption(ExportFormat::Text, QStringLiteral("fragment"), true);
    EXPECT_TRUE(settings.exportOption(ExportFormat::Html, QStringLiteral("fragment")));
    EXPECT_FALSE(settings.exportOption(ExportFormat::Text, QStringLiteral("fragment")));
    settings.sync();
    EXPECT_TRUE(QSettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                    .value(QStringLiteral("export/html/fragment"))
                    .toBool());

    const QString html = dir.filePath(QStringLiteral("fragment.html"));
    exportThroughAction(ExportFormat::Html, html);
    const QByteArray bytes = read(html);
    EXPECT_FALSE(bytes.contains("<!DOCTYPE")) << "the body only, as the setting asks";
    ExportOptions fragment;
    fragment.flags.insert(QStringLiteral("fragment"));
    EXPECT_EQ(bytes, renderReport(window->session()->report(), ExportFormat::Html, fragment).value());

    const QString txt = dir.filePath(QStringLiteral("plain.txt"));
    exportThroughAction(ExportFormat::Text, txt);
    EXPECT_EQ(read(txt), renderReport(window->session()->report(), ExportFormat::Text).value());
}

TEST_F(UiExportTest, FileFiltersComeFromTheTable)
{
    for (const ExportFormat format : exportFormats()) {
        const QString filter = ExportController::fileFilter(format);
        EXPECT_TRUE(filter.startsWith(format.name() + QStringLiteral(" ("))) << filter.toStdString();
        for (const QString &suffix : format.suffixes())
            EXPECT_TRUE(filter.contains(QStringLiteral("*.") + suffix)) << filter.toStdString();
        EXPECT_EQ(ExportController::extension(format), format.suffix());
    }
    // The same filters the window has always shown, in both languages.
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Docx), QStringLiteral("Word document (*.docx)"));
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Html), QStringLiteral("Web page (*.html *.htm)"));
    installTranslators(QStringLiteral("zh_CN"));
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Docx), QStringLiteral("Word 文档 (*.docx)"));
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Pdf), QStringLiteral("PDF 文档 (*.pdf)"));
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Html), QStringLiteral("网页 (*.html *.htm)"));
    EXPECT_EQ(ExportController::fileFilter(ExportFormat::Text), QStringLiteral("纯文本 (*.txt)"));
    EXPECT_EQ(ExportController::exportActions().at(0).text, QStringLiteral("导出为 Word(&O)…"));
    installTranslators(QStringLiteral("en"));
}
