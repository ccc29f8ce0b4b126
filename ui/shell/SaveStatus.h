#pragma once
// Saving as the user types, in the status bar: "Saved 10:42:07", "Saving…" or "Not saved", and the
// report's character count (字数). A failed save is told once and retried every few seconds until it
// succeeds; a save refused because another program changed the report offers the unsaved text to copy
// and asks whether to reload.

#include <QObject>
#include <QPointer>
#include <QTimer>

class QDateTime;
class QLabel;

namespace fazhi {
class ReportSession;
struct Error;
}

namespace fazhi::ui {

class MainWindow;

class SaveStatus : public QObject {
    Q_OBJECT
public:
    // Adds its labels to the window's status bar.
    explicit SaveStatus(MainWindow *window);

    // Follows this session (null: none); a new session starts with no error shown.
    void setSession(ReportSession *session);
    QLabel *label() const { return m_saveStatus; }

signals:
    // After a refused save, the user chose to reload the report: drop the session unsaved and
    // open the report afresh.
    void reloadRequested();

private:
    void onSaved(const QDateTime &when);
    void onSaveFailed(const Error &error);
    void onEdited();
    void updateCharacterCount();

    MainWindow *m_window;
    QPointer<ReportSession> m_session;
    QLabel *m_saveStatus;
    QLabel *m_charCount;
    QTimer m_retryTimer;
    QTimer m_countTimer;
    bool m_saveErrorShown = false;
};

}  // namespace fazhi::ui
