#pragma once
// The checks in the main window: their panel in a dock (检查), their count in the status bar, showing
// a finding in its form with its characters selected, and the warning before an export or a print
// while errors remain. Follows the window's open report; adds its dock, its View menu entry and its
// status bar button to the MainWindow.

#include "check/Finding.h"

#include <QObject>

class QDockWidget;
class QToolButton;

namespace fazhi {
class ReportSession;
}

namespace fazhi::ui {

class ChecksPanel;
class MainWindow;

class ChecksController : public QObject {
    Q_OBJECT
public:
    explicit ChecksController(MainWindow *window);

    ChecksPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QToolButton *status() const { return m_status; }

    // Shows a finding's node and selects its characters in the form.
    void showFinding(const check::Finding &finding);
    // Before an export or a print: warns (through Prompts) when the checks find errors, ending with
    // `question`. False: do not go on.
    bool confirmOutput(const QString &question);
    // Whether the panel offers fixes (the drafter's role; the reviewer's text is read-only).
    void setFixesAllowed(bool allowed);

private:
    void onSessionChanged(ReportSession *session);
    void updateStatus();

    MainWindow *m_window;
    ChecksPanel *m_panel;
    QDockWidget *m_dock;
    QToolButton *m_status;
    bool m_fixesAllowed = true;
};

}  // namespace fazhi::ui
