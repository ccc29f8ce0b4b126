#pragma once
// Helpers for the tests that drive the real widgets (ui_*_test.cpp).

#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "output/ExportController.h"
#include "review/ReviewDialogs.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <gtest/gtest.h>
#include <memory>

// Waiting: ASSERT_TRUE(QTest::qWaitFor(condition, ms)). QTest's QTRY_* macros must not be used here:
// outside a QTest run a failed QTRY only returns from the test function, which GoogleTest counts as
// a pass.

namespace fazhi::test {

// The style fazhi-report runs with (main() sets it before any widget exists).
inline void useAppStyle()
{
    if (!dynamic_cast<ui::AppStyle *>(QApplication::style()))
        QApplication::setStyle(new ui::AppStyle);
}

// QTest::keyClicks sends Latin-1 only: Chinese arrives as key events carrying their text, as an
// input method commits it.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(w, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Selects [from, to) in an editor; from == to just places the cursor.
inline void selectRange(QPlainTextEdit *edit, int from, int to)
{
    QTextCursor c = edit->textCursor();
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    edit->setTextCursor(c);
}

inline void moveToEnd(QPlainTextEdit *edit)
{
    QTextCursor c = edit->textCursor();
    c.movePosition(QTextCursor::End);
    edit->setTextCursor(c);
}

// The fixture the window tests share: settings in a file of the test's own temporary folder,
// dialogs answered through the Prompts seam, a language and the app's style. A derived SetUp starts
// with ASSERT_NO_FATAL_FAILURE(setUpUi(...)) and its TearDown ends with tearDownUi(), after its
// windows are gone.
class UiFixture : public ::testing::Test {
protected:
    enum Seam {
        ReviewAnswers = 0x1,  // ReviewInput's queued answers cleared before and after
        NoOpenUrls = 0x2,  // exports do not open the written file
    };

    void setUpUi(const QString &language, int seams)
    {
        seams_ = seams;
        ASSERT_TRUE(dir.isValid());
        ui::AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        ui::Prompts::setAutomatic(true);
        ui::Prompts::clearShown();
        if (seams & ReviewAnswers) {
            ui::ReviewInput::clearAnswers();
            ui::ReviewInput::clearAsked();
        }
        if (seams & NoOpenUrls)
            ui::ExportController::setOpenUrlsEnabled(false);
        ui::installTranslators(language);
        useAppStyle();
    }

    void tearDownUi()
    {
        ui::Prompts::setAutomatic(false);
        if (seams_ & ReviewAnswers)
            ui::ReviewInput::clearAnswers();
    }

    // A window on the workspace file `workspace` at a laptop's size (1366×768), shown and active. A
    // step that fails is a non-fatal failure (a SetUp may follow with ASSERT_FALSE(HasFailure())).
    static std::unique_ptr<ui::MainWindow> openWindow(const QString &workspace)
    {
        auto w = std::make_unique<ui::MainWindow>();
        EXPECT_TRUE(w->openWorkspace(workspace));
        w->resize(1366, 768);
        w->show();
        w->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }

    QTemporaryDir dir;

private:
    int seams_ = 0;
};

}  // namespace fazhi::test
