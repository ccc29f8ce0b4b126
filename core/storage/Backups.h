#pragma once
// Automatic backups of a workspace: a snapshot a day, one before every upgrade, review import and
// restore, and restoring one.
//
// Where they live: a folder beside the workspace named after it, "<folder>/<name>.backups/" (for the
// default workspace.fazhi: workspace.backups/ in the same folder), so the user and the county's IT
// person find them next to the file, and they move with it. Each backup is a complete workspace file
// (rollback journal, no -wal) named "<name>-<yyyyMMdd>-<HHmmss>-<reason>.fazhi" in local time, e.g.
// workspace-20250301-093012-daily.fazhi; it opens as a workspace of its own.
//
// Writing: SQLite's VACUUM INTO a temporary name in that folder through a connection of our own (a
// consistent snapshot, however many writers; the workspace file is never opened any other way), then
// a rename, so a backup is never half a file. A workspace is backed up only once its integrity check
// (PRAGMA quick_check) passed: a damaged file never becomes a backup that crowds out the good ones.
//
// Retention: after each daily snapshot, backups older than the number of days kept are removed,
// except the newest one, which stays however old it is.
//
// Dates: every function that looks at the clock takes `now` (local time), so tests need not wait.

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace fazhi {

class Workspace;

enum class BackupReason {
    Daily,               // the first time the workspace is opened on a calendar day
    BeforeUpgrade,       // before a newer version migrates the file (storage/Schema.cpp)
    BeforeReviewImport,  // before a review copy is merged in
    BeforeRestore,       // the workspace as it was, before a backup replaced it
    Manual,              // asked for (fazhi-cli backup now, 立即备份)
};

// The word in file names and in `fazhi-cli backup list`: daily, before-upgrade, before-review-import,
// before-restore, manual.
QString backupReasonKey(BackupReason reason);
std::optional<BackupReason> backupReasonFromKey(const QString &key);
// The reason for people, translated ("每日备份").
QString backupReasonText(BackupReason reason);

constexpr int kDefaultBackupKeepDays = 14;
constexpr int kMaxBackupKeepDays = 3650;
// The setting (util/SharedSettings.h kBackupKeepDays) clamped to 1 … kMaxBackupKeepDays; anything
// unreadable gives the default.
int clampBackupKeepDays(const QVariant &days);

struct BackupInfo {
    QString path;
    QDateTime takenAt;  // local time, from the name
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;       // bytes
    int reportCount = -1;  // -1: the file could not be read as a workspace
    int schemaVersion = 0;
};

// "<folder of the workspace>/<its name without the suffix>.backups".
QString backupFolder(const QString &workspacePath);

// A snapshot of the open workspace now. Waits for the workspace's integrity scan and refuses a
// damaged file (Data). The path of the new backup on success; Io when it cannot be written.
Result<BackupInfo> backUpWorkspace(Workspace &workspace, BackupReason reason,
                                   const QDateTime &now = QDateTime::currentDateTime());
// The hook for the operations that change a lot at once (review import): a snapshot first, or an
// error to refuse the operation with.
Status backUpBefore(Workspace &workspace, BackupReason reason);

// The same from a path, on a connection of its own (a worker thread may call it while the workspace
// is open elsewhere in the process): quick_check first, then the snapshot.
Result<BackupInfo> backUpWorkspaceFile(const QString &workspacePath, BackupReason reason,
                                       const QDateTime &now = QDateTime::currentDateTime());

// Whether a daily snapshot of `day` exists (names only; no file is opened).
bool hasDailyBackup(const QString &workspacePath, const QDate &day);
// The daily snapshot, taken at most once per calendar day: nothing (nullopt) when today's exists or
// the workspace holds no report yet; otherwise the new backup, after which older ones are pruned.
Result<std::optional<BackupInfo>> takeDailyBackupIfDue(Workspace &workspace, int keepDays,
                                                       const QDateTime &now = QDateTime::currentDateTime());
Result<std::optional<BackupInfo>> takeDailyBackupIfDue(const QString &workspacePath, int keepDays,
                                                       const QDateTime &now = QDateTime::currentDateTime());

// The backups of a workspace, newest first (report counts read through SQLite, read-only).
QList<BackupInfo> listBackups(const QString &workspacePath);
// Removes backups taken `keepDays` or more calendar days before `today`, never the newest one.
// Returns the paths removed.
QStringList pruneBackups(const QString &workspacePath, int keepDays, const QDate &today);

// Replaces the workspace with a backup. The backup is verified first (a workspace, quick_check ok);
// the workspace as it is is then itself backed up (BeforeRestore; a damaged one is copied as it is,
// with its -wal), so a restore never loses anything. The caller has closed every connection to the
// workspace in this process (State otherwise) and holds its lock file against other windows; another
// program with the workspace open makes it refuse (State). `previousBackup` is empty when there was
// no workspace file yet.
struct RestoreOutcome {
    BackupInfo restored;
    QString previousBackup;
};
Result<RestoreOutcome> restoreBackup(const QString &backupPath, const QString &workspacePath,
                                     const QDateTime &now = QDateTime::currentDateTime());
// Copies a verified backup to a new workspace file; an existing file there is refused (State).
Status restoreBackupAs(const QString &backupPath, const QString &newWorkspacePath);

namespace storage {
// For Workspace::open: the snapshot before an upgrade, through the connection it already has open.
Status backUpBeforeUpgrade(QSqlDatabase &db, const QString &workspacePath,
                           const QDateTime &now = QDateTime::currentDateTime());
}  // namespace storage

}  // namespace fazhi
