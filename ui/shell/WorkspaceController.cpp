#include "shell/WorkspaceController.h"

#include "common/AppSettings.h"
#include "common/WorkspacePicker.h"
#include "reports/ReportListPanel.h"
#include "review/ReviewController.h"
#include "shell/BackupsDialog.h"
#include "shell/MainWindow.h"
#include "storage/DefaultWorkspace.h"
#include "storage/WorkspaceLock.h"
#include "util/FileIdentity.h"
#include "util/NetworkPath.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QLockFile>
#include <QSet>
#include <QStatusBar>
#include <QSysInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fazhi::ui {

WorkspaceController::WorkspaceController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("workspaceController"));
    m_openAction = new QAction(tr("Open Wor&kspace…"), window);
    m_openAction->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open another workspace file, e.g. a review copy"));
    connect(m_openAction, &QAction::triggered, this, [this] { openOther(); });
    // Other computers judge the lock of a workspace on a share by the time of its file.
    m_lockRefresh = new QTimer(this);
    m_lockRefresh->setInterval(std::chrono::seconds(storage::kLockRefreshSeconds));
    connect(m_lockRefresh, &QTimer::timeout, this, [this] {
        if (m_lock && m_lock->isLocked())
            storage::refreshWorkspaceLock(m_lock->fileName());
    });
}

WorkspaceController::~WorkspaceController() { release(false); }

QString WorkspaceController::chooseWorkspacePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString env = qEnvironmentVariable("FAZHI_WORKSPACE");
    if (!env.isEmpty())
        return env;
    const QString setting = AppSettings::instance().string(AppSettings::WorkspacePath);
    if (!setting.isEmpty())
        return setting;
    // The default moved from the roaming to the local data folder (storage/DefaultWorkspace.h); a
    // failed move keeps the old file where it was, and says so in the log.
    if (const Result<bool> moved = storage::migrateDefaultWorkspace(); !moved)
        qWarning("default workspace not moved: %s", qPrintable(moved.error().message));
    return Workspace::defaultPath();
}

WorkspaceController::ReadAheadList WorkspaceController::readReportListAhead(const QString &path)
{
    // Put in the list's order on a worker too (Inherit: even if the read is over already), not on the
    // main thread.
    ReadAheadList ahead;
    ahead.m_list = Workspace::readReportListInBackground(path).then(
        QtFuture::Launch::Inherit, [](Result<Workspace::ReportList> read) {
            if (read.ok())
                ReportListModel::sortForListing(read.value().reports);
            return read;
        });
    return ahead;
}

std::optional<QList<ReportSummary>> WorkspaceController::takeReadAheadList()
{
    if (!m_readAhead || !m_workspace)
        return std::nullopt;
    const Result<Workspace::ReportList> list = m_readAhead->result();  // waits for the worker
    m_readAhead.reset();
    if (!list.ok() || list.value().path != m_workspace->path())
        return std::nullopt;
    const Result<QString> now = m_workspace->reportsFingerprint();
    if (!now.ok() || now.value() != list.value().fingerprint)
        return std::nullopt;
    return list.value().reports;
}

// ---------------------------------------------------------------------------------------------------
// Opening and closing

bool WorkspaceController::open(const QString &requestedPath, LastReport lastReport)
{
    QString path = requestedPath;
    for (;;) {
        path = QFileInfo(path).absoluteFilePath();
        const Prompts::Message refused = tryOpen(path, lastReport);
        if (refused.text.isEmpty())
            return true;
        if (!askForOther(refused, path))
            return false;
    }
}

Prompts::Message WorkspaceController::tryOpen(const QString &path, LastReport lastReport)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(storage::workspaceLockPath(path));
    lock->setStaleLockTime(0);  // only a lock whose process is gone is stale (another PC's: asked below)
    if (!lock->tryLock(300) && !(lock->error() == QLockFile::LockFailedError && offerTakeOver(*lock, path))) {
        Prompts::Message m = refusal(Error());
        if (lock->error() == QLockFile::LockFailedError) {
            m.icon = Prompts::Icon::Warning;
            m.title = tr("Workspace Already Open");
            m.text = tr("The workspace %1 is already open in another Fazhi Report window.")
                         .arg(QDir::toNativeSeparators(path));
            m.informative = tr("Switch to that window to go on working: two windows on one workspace could "
                               "overwrite each other's typing. To work on another workspace, choose it here.");
            const std::optional<storage::LockHolder> holder = storage::readLockHolder(lock->fileName());
            if (holder && !holder->host.isEmpty()
                && holder->host.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) != 0) {
                m.text = tr("The workspace %1 is open on the computer %2.")
                             .arg(QDir::toNativeSeparators(path), holder->host);
                m.informative = tr("Close Fazhi Report there to work on it here, or choose another workspace.");
            }
        } else {
            m.text = tr("Fazhi Report cannot write in the folder of the workspace %1.")
                         .arg(QDir::toNativeSeparators(path));
            m.informative = tr("Check that the folder exists and that you may write in it, or choose another "
                               "workspace.");
        }
        return m;
    }
    // The deep scan of a large file takes a while: it runs beside the window, and writes wait for it.
    auto ws = Workspace::open(path, Workspace::Integrity::InBackground);
    if (!ws.ok())
        return refusal(ws.error());

    emit aboutToClose(true);
    release(false);
    m_workspace = std::move(ws.value());
    m_lock = std::move(lock);
    storage::refreshWorkspaceLock(m_lock->fileName());
    m_lockRefresh->start();
    watchIntegrityCheck();
    warnIfOnNetworkShare(path);
    emit opened(lastReport);
    return {};
}

bool WorkspaceController::offerTakeOver(QLockFile &lock, const QString &path)
{
    const QString lockPath = lock.fileName();
    if (storage::judgeLock(lockPath) != storage::LockState::StaleElsewhere)
        return false;
    const std::optional<storage::LockHolder> holder = storage::readLockHolder(lockPath);
    if (!holder)
        return false;
    Prompts::Message m;
    m.icon = Prompts::Icon::Question;
    m.title = tr("Workspace Locked by Another Computer");
    m.text = tr("The workspace %1 was opened on the computer %2, which has not used it since %3.")
                 .arg(QDir::toNativeSeparators(path), holder->host,
                      QLocale().toString(holder->refreshed, QLocale::ShortFormat));
    m.informative = tr("If Fazhi Report no longer runs there (the computer was switched off or stopped "
                       "responding), take the workspace over. If it is still open there, do not: two computers "
                       "writing one workspace could overwrite each other's work. Take it over?");
    m.buttons = {Prompts::Yes, Prompts::No};
    m.defaultButton = Prompts::No;
    m.escapeButton = Prompts::No;
    if (Prompts::ask(m_window, m) != Prompts::Yes)
        return false;
    return storage::takeOverLock(lock);
}

void WorkspaceController::warnIfOnNetworkShare(const QString &path)
{
    static QSet<QString> warned;
    if (!isOnNetworkShare(path) || warned.contains(path))
        return;
    warned.insert(path);
    Prompts::warn(m_window, tr("Workspace on a Network Drive"),
                  tr("The workspace %1 is on a network drive or shared folder.").arg(QDir::toNativeSeparators(path)),
                  tr("The database Fazhi Report keeps the reports in is not safe on network drives: a dropped "
                     "connection can damage it. Keep the workspace on this computer (Tools ▸ Settings) and send "
                     "review copies to others instead."));
}

Prompts::Message WorkspaceController::refusal(const Error &error) const
{
    Prompts::Message m;
    m.icon = Prompts::Icon::Critical;
    m.title = tr("Cannot Open the Workspace");
    m.buttons = {Prompts::ChooseOtherWorkspace, Prompts::Quit};
    m.defaultButton = Prompts::Quit;
    m.escapeButton = Prompts::Quit;
    m.text = error.message;
    switch (error.code) {
    case Error::Code::State:
        m.informative = tr("The file was not changed. Install the newer version of Fazhi Report to open it, "
                           "or choose another workspace.");
        break;
    case Error::Code::Io:
        m.informative = tr("Check that the file and its folder exist and that you may write to them, or "
                           "choose another workspace.");
        break;
    default:
        m.informative = tr("The file was not changed. Restore it from a backup, or choose another "
                           "workspace (a new file makes a new, empty workspace).");
        break;
    }
    return m;
}

bool WorkspaceController::askForOther(const Prompts::Message &refused, QString &path)
{
    if (Prompts::ask(m_window, refused) != Prompts::ChooseOtherWorkspace)
        return false;
    // Open an existing workspace or name a new one, never "replace it?" (common/WorkspacePicker.h).
    const QString other = chooseWorkspaceFile(m_window, tr("Choose a Workspace"), path);
    if (other.isEmpty())
        return false;
    path = other;
    AppSettings::instance().setValue(AppSettings::WorkspacePath, path);
    return true;
}

bool WorkspaceController::openOther(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString current = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
        path = Prompts::openFileName(m_window, tr("Open a Workspace"), current, tr("Fazhi Report workspace (*.fazhi)"));
        if (path.isEmpty())
            return false;
    }
    if (m_workspace && isSameFile(path, m_workspace->path()))  // by file identity, not spelling
        return true;
    if (!m_window->flush())
        return false;
    const bool ok = open(path);
    m_window->review()->refresh();
    if (ok)
        m_window->statusBar()->showMessage(tr("Opened the workspace %1").arg(QDir::toNativeSeparators(path)), 8000);
    return ok;
}

void WorkspaceController::close()
{
    if (!m_workspace)
        return;
    emit aboutToClose(true);
    release(false);
}

void WorkspaceController::release(bool keepLock)
{
    // The day's backup reads the file on a connection of its own, and the scan on the workspace's:
    // neither may outlive the workspace, nor the lock that keeps a second window away.
    m_dailyBackup.waitForFinished();
    if (m_integrityWatcher)
        m_integrityWatcher->waitForFinished();
    m_workspace.reset();
    m_knownHealthy = false;
    if (!keepLock) {
        m_lock.reset();
        m_lockRefresh->stop();
    }
}

void WorkspaceController::watchIntegrityCheck()
{
    // One watcher, for the workspace now open: the verdict on a workspace since closed is not heard.
    if (!m_integrityWatcher) {
        m_integrityWatcher = new QFutureWatcher<Status>(this);
        connect(m_integrityWatcher, &QFutureWatcher<Status>::finished, this, [this] {
            const Status verdict = m_integrityWatcher->result();
            if (!verdict && m_workspace) {
                onDamaged(verdict.error());
            } else if (m_workspace) {
                m_knownHealthy = true;
                startDailyBackup();  // only a file known to be healthy is backed up
            }
        });
    }
    m_integrityWatcher->setFuture(m_workspace->integrityCheck());
}

void WorkspaceController::onDamaged(const Error &error)
{
    // Nothing can have been written (every write waited for the scan): close without saving, so the
    // user is not told twice, and hand the file back untouched.
    const QString path = m_workspace->path();
    emit aboutToClose(false);
    release(false);
    emit closed();
    QString other = path;
    if (askForOther(refusal(error), other) && open(other))
        return;
    if (!m_workspace)
        m_window->close();
}

// ---------------------------------------------------------------------------------------------------
// Backups (storage/Backups.h)

void WorkspaceController::startDailyBackup()
{
    const QString path = m_workspace->path();
    if (hasDailyBackup(path, QDate::currentDate()))
        return;  // the cheap check, here: names in a folder
    const int days = clampBackupKeepDays(AppSettings::instance().value(AppSettings::BackupKeepDays));
    // On the idle scan thread, on a connection of its own: the window goes on meanwhile.
    m_dailyBackup = QtConcurrent::run(Workspace::integrityScanThreads(),
                                      [path, days] { return takeDailyBackupIfDue(path, days); });
    auto *watcher = new QFutureWatcher<Result<std::optional<BackupInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<std::optional<BackupInfo>> made = watcher->result();
        if (!made.ok())
            m_window->statusBar()->showMessage(tr("The daily backup was not made: %1").arg(made.error().message), 15000);
        else if (made.value() && m_backupsDialog)
            m_backupsDialog->refresh();
        watcher->deleteLater();
    });
    watcher->setFuture(m_dailyBackup);
}

void WorkspaceController::showBackups()
{
    if (!m_workspace)
        return;
    if (!m_backupsDialog) {
        m_backupsDialog = new BackupsDialog(m_workspace->path(), m_window);
        m_backupsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_backupsDialog, &BackupsDialog::restoreRequested, this, [this](const QString &backup) {
            if (restoreBackup(backup) && m_backupsDialog)
                m_backupsDialog->close();
        });
        connect(m_backupsDialog, &BackupsDialog::restoreAsCopyRequested, this, &WorkspaceController::restoreAsCopy);
        connect(m_backupsDialog, &BackupsDialog::backUpNowRequested, this, &WorkspaceController::backUpNow);
    }
    m_backupsDialog->open();  // window-modal without a nested event loop
}

bool WorkspaceController::restoreBackup(const QString &backupPath)
{
    if (!m_workspace)
        return false;
    const QString path = m_workspace->path();
    const QString name = QFileInfo(backupPath).fileName();
    Prompts::Message question;
    question.icon = Prompts::Icon::Question;
    question.title = tr("Restore from Backup");
    question.text = tr("Replace the workspace with the backup %1?").arg(name);
    question.informative = tr("Every report goes back to how it was in that backup. The workspace as it is now is "
                              "backed up first, so restoring that backup brings it back.");
    question.buttons = {Prompts::Restore, Prompts::Cancel};
    question.defaultButton = Prompts::Restore;
    question.escapeButton = Prompts::Cancel;
    if (Prompts::ask(m_window, question) != Prompts::Restore || !m_window->flush())
        return false;

    // No connection to the file may stay open in this process; the lock stays, against a second window.
    if (ReportSession *s = m_window->session())
        AppSettings::instance().setValue(AppSettings::LastReportId, s->reportId().toString());
    emit aboutToClose(true);
    release(true);
    emit closed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RestoreOutcome> restored = fazhi::restoreBackup(backupPath, path);
    QApplication::restoreOverrideCursor();
    m_lock.reset();  // opening takes it again
    open(path);
    if (!restored.ok()) {
        Prompts::warn(m_window, tr("Restore from Backup"), restored.error().message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Restored the backup %1").arg(name), 8000);
    Prompts::inform(m_window, tr("Restore from Backup"), tr("The backup %1 was restored.").arg(name),
                    restored->previousBackup.isEmpty()
                        ? QString()
                        : tr("The workspace as it was before is kept as the backup %1.")
                              .arg(QFileInfo(restored->previousBackup).fileName()));
    return m_workspace != nullptr;
}

void WorkspaceController::restoreAsCopy(const QString &backupPath)
{
    if (!m_workspace)
        return;
    const QString suggested =
        QFileInfo(m_workspace->path()).dir().filePath(QFileInfo(backupPath).completeBaseName() + QStringLiteral(".fazhi"));
    const QString target = Prompts::saveFileName(m_window, tr("Restore as New File"), suggested,
                                                 tr("Fazhi Report workspace (*.fazhi)"));
    if (target.isEmpty())
        return;
    if (const Status s = restoreBackupAs(backupPath, target); !s) {
        Prompts::warn(m_window, tr("Restore as New File"), s.error().message);
        return;
    }
    Prompts::inform(m_window, tr("Restore as New File"),
                    tr("The backup was restored as %1.").arg(QDir::toNativeSeparators(target)),
                    tr("It is a workspace of its own (choose it in Settings to work in it); the workspace open now "
                       "is unchanged."));
}

void WorkspaceController::backUpNow()
{
    if (!m_workspace || !m_window->flush())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupInfo> made = backUpWorkspace(*m_workspace, BackupReason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made.ok()) {
        Prompts::warn(m_window, tr("Back Up Now"), made.error().message);
        return;
    }
    m_window->statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(made->path)), 8000);
    if (m_backupsDialog)
        m_backupsDialog->refresh();
}

}  // namespace fazhi::ui
