#pragma once
// Helpers for the tests that drive the real widgets (ui_*_test.cpp).

#include "common/Theme.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>

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

}  // namespace fazhi::test
