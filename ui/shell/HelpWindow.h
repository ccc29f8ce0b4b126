#pragma once
// The help window (帮助 → 使用说明, F1): how to write, check, review and export a report, the keys,
// and the full user guide (docs/用户手册.md with its screenshots, built into the program) one click
// away. Not modal; Esc closes it.

#include <QDialog>

class QTextBrowser;

namespace fazhi::ui {

class HelpWindow : public QDialog {
    Q_OBJECT
public:
    // The user guide as the program carries it.
    static QUrl userGuideUrl();

    // Shows the window (one per parent), in front and with the keyboard focus.
    static HelpWindow *showFor(QWidget *parent);

    explicit HelpWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    void showSummary();
    void showUserGuide();

private:
    QTextBrowser *m_browser;
};

}  // namespace fazhi::ui
