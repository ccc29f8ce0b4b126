#pragma once
// The workspace's lifecycle in the window: choosing the file, opening it (or creating it) behind its
// lock file against a second window, telling the user why one is refused, the deep integrity scan in
// the background and what a damaged verdict does, switching to another workspace, the day's backup,
// and restoring from a backup. The window hears of it through signals: it lets go of the open report
// before a workspace goes, and fills the report list when one has opened.
//
// A workspace goes only after the work still reading its file is over (the day's backup, the
// integrity scan), and its lock only after that: another window must never find the file unlocked
// while this process still has it open.

#include "common/Prompts.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QLockFile;
class QTimer;
template <typename T>
class QFutureWatcher;

namespace fazhi::ui {

class BackupsDialog;
class MainWindow;

class WorkspaceController : public QObject {
    Q_OBJECT
public:
    // When the report last worked on opens: at once, or (at start-up) right after the window's first
    // paint, so the window shows before the report is read and laid out.
    enum class LastReport { AtOnce, AfterFirstPaint };

    // The report list of a workspace, read and put in the list's order on a worker thread.
    class ReadAheadList {
    public:
        void waitForFinished() { m_list.waitForFinished(); }

    private:
        friend class WorkspaceController;
        QFuture<Result<Workspace::ReportList>> m_list;
    };
    // fazhi-report starts reading the list of the workspace at `path` before building the window.
    static ReadAheadList readReportListAhead(const QString &path);
    // The workspace chosen by --workspace, FAZHI_WORKSPACE, the setting, or the per-user default.
    static QString chooseWorkspacePath(const QString &commandLinePath);

    explicit WorkspaceController(MainWindow *window);
    ~WorkspaceController() override;

    Workspace *workspace() const { return m_workspace.get(); }
    // The integrity scan found the open workspace healthy (and the day's backup has been started, if
    // one was due); false while the scan runs.
    bool isKnownHealthy() const { return m_knownHealthy; }

    // Opens (or creates) the workspace file and locks it. On failure the user is told what to do and
    // may choose another file; false when no workspace could be opened (the one open stays open).
    bool open(const QString &path, LastReport lastReport = LastReport::AtOnce);
    // "Open Workspace…": asks for the file when `path` is empty; writes pending edits first.
    bool openOther(const QString &path = QString());
    // Closes the open workspace, then its lock, once nothing reads the file any more.
    void close();

    // For the next workspace opened: used instead of listing again if it is of that file and the
    // reports have not changed since.
    void useReadAheadList(const ReadAheadList &list) { m_readAhead = list.m_list; }
    // The list read ahead for the workspace now open, sorted for the list; std::nullopt when there is
    // none, or the workspace's reports have changed since it was read. Taken once.
    std::optional<QList<ReportSummary>> takeReadAheadList();

    // The backups window (File → Restore from Backup…).
    void showBackups();
    // Replaces the workspace with a backup (storage/Backups.h) after asking: pending edits are written,
    // the workspace is closed, restored (the workspace as it was is backed up first) and opened again.
    // False when cancelled or refused (the user is told why; the workspace is then as it was).
    bool restoreBackup(const QString &backupPath);
    // The day's backup, taken on a worker once the integrity scan found the workspace healthy.
    QFuture<Result<std::optional<BackupInfo>>> dailyBackup() const { return m_dailyBackup; }

    QAction *openAction() const { return m_openAction; }

signals:
    // The open workspace is about to go (closed, replaced, found damaged): let go of the report open
    // from it. Its pending edits are written first when `write` is true; when false (a damaged file
    // takes no writes) they are dropped unheard.
    void aboutToClose(bool write);
    // A workspace has opened: show its reports and open one.
    void opened(fazhi::ui::WorkspaceController::LastReport lastReport);
    // No workspace is open any more.
    void closed();

private:
    // Opening a workspace: an empty text means it was opened; otherwise what to tell the user.
    Prompts::Message tryOpen(const QString &path, LastReport lastReport);
    Prompts::Message refusal(const Error &error) const;
    // The lock is held by another computer that has not refreshed it for long (storage/WorkspaceLock.h):
    // asks whether to take it over; true when the user agreed and `lock` is now held.
    bool offerTakeOver(QLockFile &lock, const QString &path);
    // Once per workspace and session: a workspace on a network share is not safe for SQLite.
    void warnIfOnNetworkShare(const QString &path);
    // Shows the refusal; true (and the new path) when the user chose another workspace.
    bool askForOther(const Prompts::Message &refusal, QString &path);
    void watchIntegrityCheck();
    void onDamaged(const Error &error);
    void startDailyBackup();
    void restoreAsCopy(const QString &backupPath);
    void backUpNow();
    // Waits for what still reads the workspace's file, then lets the workspace go; the lock too
    // unless `keepLock`.
    void release(bool keepLock);

    MainWindow *m_window;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    QFutureWatcher<Status> *m_integrityWatcher = nullptr;  // the open workspace's integrity scan
    QFuture<Result<std::optional<BackupInfo>>> m_dailyBackup;
    QPointer<BackupsDialog> m_backupsDialog;
    // Not QFuture::isValid(): a continuation's future is not valid until it has started.
    std::optional<QFuture<Result<Workspace::ReportList>>> m_readAhead;
    QAction *m_openAction = nullptr;
    QTimer *m_lockRefresh = nullptr;  // keeps the lock file's time fresh while it is held
    bool m_knownHealthy = false;
};

}  // namespace fazhi::ui
