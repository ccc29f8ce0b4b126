#include "DefaultWorkspace.h"

#include "storage/Backups.h"
#include "storage/FileCheck.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "util/FileIdentity.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace fazhi::storage {

namespace {

QString inDataFolder(QStandardPaths::StandardLocation location)
{
    // Without an application name the location is generic: the folder of our own, as before.
    QString folder;
    if (QCoreApplication::instance() && !QCoreApplication::applicationName().isEmpty())
        folder = QStandardPaths::writableLocation(location);
    if (folder.isEmpty()) {
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        folder = (generic.isEmpty() ? QDir::homePath() : generic) + QStringLiteral("/FazhiReport");
    }
    return folder + QStringLiteral("/workspace.fazhi");
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    QFile::remove(path);
}

// The backups folder beside the workspace: copied file by file (the folders may be on different
// volumes), the old one removed only when every file arrived.
void moveBackups(const QString &from, const QString &to)
{
    const QString oldFolder = backupFolder(from);
    const QString newFolder = backupFolder(to);
    if (!QFileInfo(oldFolder).isDir() || QFileInfo::exists(newFolder) || !QDir().mkpath(newFolder))
        return;
    bool all = true;
    const QStringList files = QDir(oldFolder).entryList(QDir::Files);
    for (const QString &name : files)
        all = QFile::copy(QDir(oldFolder).filePath(name), QDir(newFolder).filePath(name)) && all;
    if (all)
        QDir(oldFolder).removeRecursively();
}

// The backups the copy's first open took (before an upgrade of an older schema) join the moved
// workspace's own; same volume, same file names.
void mergeBackups(const QString &fromFolder, const QString &toFolder)
{
    if (!QFileInfo(fromFolder).isDir() || !QDir().mkpath(toFolder))
        return;
    const QStringList files = QDir(fromFolder).entryList(QDir::Files);
    for (const QString &name : files) {
        const QString target = QDir(toFolder).filePath(name);
        if (!QFileInfo::exists(target))
            QFile::rename(QDir(fromFolder).filePath(name), target);
    }
}

}  // namespace

QString localDefaultWorkspacePath() { return inDataFolder(QStandardPaths::AppLocalDataLocation); }
QString roamingDefaultWorkspacePath() { return inDataFolder(QStandardPaths::AppDataLocation); }

Result<bool> moveWorkspaceFile(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isFile() || QFileInfo::exists(to) || isSameFile(from, to))
        return false;
    // A program may have it open (an earlier version still running, another computer): not now.
    const QString lock = workspaceLockPath(from);
    if (QFileInfo::exists(lock)) {
        const LockState state = judgeLock(lock);
        if (state != LockState::AbandonedHere)
            return false;
    }
    const Result<QList<QUuid>> before = reportIdsInFile(from);
    if (!before)
        return before.error();

    const QString failed = Tr::tr("Could not move the workspace %1 to %2; it stays where it was.")
                               .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return Error::io(failed);
    // The -wal holds the last changes of a program that stopped without closing the file: it goes
    // with the copy, whose first open folds it in. The copy has the final name in a folder of its
    // own, so the backup that open takes before upgrading an older schema is named as the
    // workspace's own backups are, and joins them. Nothing but copies is ever in that folder.
    const QString staging = QFileInfo(to).absoluteDir().filePath(QStringLiteral(".moving"));
    QDir(staging).removeRecursively();
    const QString temp = QDir(staging).filePath(QFileInfo(to).fileName());
    if (!QDir().mkpath(staging))
        return Error::io(failed);
    if (!QFile::copy(from, temp)
        || (QFileInfo::exists(from + QStringLiteral("-wal"))
            && !QFile::copy(from + QStringLiteral("-wal"), temp + QStringLiteral("-wal")))) {
        QDir(staging).removeRecursively();
        return Error::io(failed);
    }
    {
        auto opened = Workspace::open(temp);
        if (!opened.ok()) {
            QDir(staging).removeRecursively();
            return Error::io(failed + QLatin1Char(' ') + opened.error().message);
        }
    }  // closing checkpoints the log into the file: one file to rename
    QFile::remove(temp + QStringLiteral("-shm"));
    // Every report the original's main file names is in the copy (the peek reads the main file
    // alone, so the copy may hold more: those the log added).
    const Result<QList<QUuid>> after = reportIdsInFile(temp);
    const bool complete = after && std::all_of(before.value().begin(), before.value().end(),
                                               [&](const QUuid &id) { return after.value().contains(id); });
    if (!complete || QFileInfo::exists(temp + QStringLiteral("-wal")) || !QFile::rename(temp, to)) {
        QDir(staging).removeRecursively();
        return Error::io(failed);
    }
    moveBackups(from, to);
    mergeBackups(backupFolder(temp), backupFolder(to));
    QDir(staging).removeRecursively();
    removeWithSidecars(from);
    QFile::remove(lock);
    return true;
}

Result<bool> migrateDefaultWorkspace()
{
    if (!qEnvironmentVariableIsEmpty("FAZHI_WORKSPACE"))
        return false;
    const QString local = localDefaultWorkspacePath();
    const QString roaming = roamingDefaultWorkspacePath();
    if (samePathSpelling(local, roaming))
        return false;
    return moveWorkspaceFile(roaming, local);
}

}  // namespace fazhi::storage
