#include "Backups.h"

#include "FileCheck.h"
#include "Schema.h"
#include "StorageErrors.h"
#include "Workspace.h"
#include "util/DatabaseFiles.h"
#include "util/FileIdentity.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <algorithm>

namespace fazhi {

using namespace storage;

namespace {


struct ReasonName {
    BackupReason reason;
    const char *key;
};
const ReasonName kReasons[] = {
    {BackupReason::Daily, "daily"},
    {BackupReason::BeforeUpgrade, "before-upgrade"},
    {BackupReason::BeforeReviewImport, "before-review-import"},
    {BackupReason::BeforeRestore, "before-restore"},
    {BackupReason::Manual, "manual"},
};

const QString kBackupSuffix = QStringLiteral(".fazhi");
// A backup being written; never listed, and removed by pruning once it is a day old (a crash).
const QString kPartialSuffix = QStringLiteral(".partial");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// <name>-<yyyyMMdd>-<HHmmss>-<reason>[-n].fazhi
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^.+-(\\d{8}-\\d{6})-(daily|before-upgrade|before-review-import|before-restore|manual)"
                       "(?:-(\\d+))?\\.fazhi$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

struct ParsedName {
    QDateTime takenAt;
    BackupReason reason = BackupReason::Manual;
    int sequence = 1;  // the n of "-n": a second backup in the same second
};

std::optional<ParsedName> parseName(const QString &fileName)
{
    const QRegularExpressionMatch m = namePattern().match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(m.captured(1), kStampFormat);
    const auto reason = backupReasonFromKey(m.captured(2).toLower());
    if (!at.isValid() || !reason)
        return std::nullopt;
    return ParsedName{at, *reason, m.captured(3).isEmpty() ? 1 : m.captured(3).toInt()};
}

QString cleanAbsolute(const QString &path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

// Backups are read read-only and immutable: no locks, no -wal or -shm made beside them.
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(cleanAbsolute(path)).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro&immutable=1");
}

// The backups in the folder by name, newest first (nothing is opened).
struct NamedBackup {
    QString path;
    ParsedName name;
    QDateTime modified;  // orders backups of the same second
};
QList<NamedBackup> namedBackups(const QString &workspacePath)
{
    const QDir folder(backupFolder(workspacePath));
    QList<NamedBackup> found;
    if (!folder.exists())
        return found;
    const QStringList names = folder.entryList({QStringLiteral("*") + kBackupSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (const auto parsed = parseName(name))
            found.append({folder.filePath(name), *parsed, QFileInfo(folder.filePath(name)).lastModified()});
    }
    std::stable_sort(found.begin(), found.end(), [](const NamedBackup &a, const NamedBackup &b) {
        if (a.name.takenAt != b.name.takenAt)
            return a.name.takenAt > b.name.takenAt;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.name.sequence > b.name.sequence;
    });
    return found;
}

// One SQLite connection of our own, closed and removed on every path out.
class Connection {
public:
    // `registered`: a connection that takes locks on a file other code may open too (see
    // util/DatabaseFiles.h); immutable connections take none.
    Connection(const QString &databaseName, const QString &options, const QString &registeredPath = QString())
    {
        if (!registeredPath.isEmpty())
            m_registration = std::make_unique<databasefiles::Registration>(registeredPath);
        m_name = QStringLiteral("fazhi-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(databaseName);
        m_db.setConnectOptions(options);
    }
    ~Connection()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        // The registration goes last: the connection is closed by now.
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open() { return m_db.open(); }
    void close() { m_db.close(); }
    QSqlDatabase &db() { return m_db; }

    // The first value of a statement's first row; an invalid QVariant and `error` set on failure.
    QVariant single(const QString &sql, QSqlError *error = nullptr)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            if (error)
                *error = q.lastError();
            return {};
        }
        QVariant v = q.value(0);
        q.finish();
        return v;
    }

private:
    std::unique_ptr<databasefiles::Registration> m_registration;
    QString m_name;
    QSqlDatabase m_db;
};

// What a backup file holds, read without changing it or leaving anything beside it.
struct BackupFacts {
    int reportCount = -1;
    int schemaVersion = 0;
};

// `verify`: also PRAGMA quick_check. Nullopt: not one of our workspaces, or damaged.
std::optional<BackupFacts> readBackupFacts(const QString &path, bool verify, bool *newer = nullptr)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return std::nullopt;
    Connection c(immutableUri(path), QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!c.open())
        return std::nullopt;
    if (c.single(QStringLiteral("PRAGMA application_id")).toLongLong() != kApplicationId)
        return std::nullopt;
    BackupFacts facts;
    facts.schemaVersion = c.single(QStringLiteral("PRAGMA user_version")).toInt();
    if (facts.schemaVersion <= 0)
        return std::nullopt;
    if (facts.schemaVersion > schemaVersion()) {
        if (newer)
            *newer = true;
        return std::nullopt;
    }
    if (verify && c.single(QStringLiteral("PRAGMA quick_check")).toString() != QLatin1String("ok"))
        return std::nullopt;
    bool counted = false;
    facts.reportCount = c.single(QStringLiteral("SELECT COUNT(*) FROM reports")).toInt(&counted);
    if (!counted)
        return std::nullopt;
    return facts;
}

Error backupNotWritten(const QString &workspacePath, const QString &backup, const QString &why)
{
    return Error::io(Tr::tr("A backup of the workspace %1 could not be written to %2 (%3). Free some space or allow "
                        "writing in that folder; the workspace is unchanged.")
                         .arg(displayPath(workspacePath), displayPath(backup), why));
}

Error notABackup(const QString &path, bool newer)
{
    if (newer)
        return Error::state(Tr::tr("The backup %1 was made by a newer version of Fazhi Report; install that version "
                               "to restore it.")
                                .arg(displayPath(path)));
    return Error::data(Tr::tr("The file %1 is not a usable backup: it is damaged or not a Fazhi Report workspace. "
                          "Choose another backup.")
                           .arg(displayPath(path)));
}

Error workspaceInUse(const QString &workspacePath)
{
    return Error::state(Tr::tr("The workspace %1 is open in another program (a second window or fazhi-cli). Close it "
                           "there and restore again; nothing was changed.")
                            .arg(displayPath(workspacePath)));
}

// A name for a new backup that no file has yet.
QString freshBackupName(const QString &folder, const QString &stem, BackupReason reason, const QDateTime &now)
{
    const QString base = QDir(folder).filePath(stem + QLatin1Char('-') + now.toString(kStampFormat) + QLatin1Char('-')
                                               + backupReasonKey(reason));
    QString name = base + kBackupSuffix;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = base + QStringLiteral("-%1").arg(n) + kBackupSuffix;
    return name;
}

QString stemOf(const QString &workspacePath) { return QFileInfo(workspacePath).completeBaseName(); }

// Puts a finished file under a fresh backup name (another process may have taken the first one).
Result<QString> renameIntoPlace(const QString &partial, const QString &workspacePath, BackupReason reason,
                                const QDateTime &now)
{
    QString target;
    for (int attempt = 0; attempt < 5; ++attempt) {
        target = freshBackupName(backupFolder(workspacePath), stemOf(workspacePath), reason, now);
        if (QFile::rename(partial, target))
            return target;
    }
    QFile::remove(partial);
    return backupNotWritten(workspacePath, target, Tr::tr("the file could not be renamed"));
}

using FailureSentence = Error (*)(const QString &workspacePath, const QString &backup, const QString &why);

// The snapshot through an open connection to the workspace: VACUUM INTO a partial name, checked,
// then renamed. SQLite writes and syncs the copy; the workspace itself is only read.
Result<BackupInfo> writeSnapshot(QSqlDatabase &db, const QString &workspacePath, BackupReason reason,
                                 const QDateTime &now, FailureSentence failure = backupNotWritten)
{
    const QString folder = backupFolder(workspacePath);
    if (!QDir().mkpath(folder))
        return cannotCreateFolder(folder);
    const QString partial = QDir(folder).filePath(stemOf(workspacePath) + QLatin1Char('-')
                                                  + QUuid::createUuid().toString(QUuid::Id128).left(12)
                                                  + kPartialSuffix);
    {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return failure(workspacePath, folder, q.lastError().text());
        q.addBindValue(QDir::toNativeSeparators(partial));
        if (!q.exec()) {
            const QString why = q.lastError().text();
            QFile::remove(partial);  // a partial copy is no backup
            return failure(workspacePath, folder, why);
        }
    }
    const std::optional<BackupFacts> facts = readBackupFacts(partial, false);
    if (!facts) {
        QFile::remove(partial);
        return failure(workspacePath, folder, Tr::tr("the copy could not be read back"));
    }
    Result<QString> placed = renameIntoPlace(partial, workspacePath, reason, now);
    if (!placed)
        return placed.error();
    BackupInfo info;
    info.path = placed.value();
    info.takenAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    info.reason = reason;
    info.size = QFileInfo(info.path).size();
    info.reportCount = facts->reportCount;
    info.schemaVersion = facts->schemaVersion;
    return info;
}

// The snapshot from a path, on a read-only connection of its own, after the integrity check.
// `skipIfEmpty`: nothing when the workspace holds no report.
Result<std::optional<BackupInfo>> snapshotFile(const QString &workspacePath, BackupReason reason, const QDateTime &now,
                                               bool skipIfEmpty)
{
    const QString path = cleanAbsolute(workspacePath);
    if (!QFileInfo(path).isFile())
        return cannotRead(path);
    Connection c(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"), path);
    if (!c.open())
        return fromSqlError(c.db().lastError(), path);
    QSqlError error;
    const QVariant appId = c.single(QStringLiteral("PRAGMA application_id"), &error);
    if (!appId.isValid())
        return fromSqlError(error, path);
    if (appId.toLongLong() != kApplicationId)
        return notAWorkspace(path);
    const int version = c.single(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > schemaVersion())
        return madeByNewerVersion(path);
    const QVariant check = c.single(QStringLiteral("PRAGMA quick_check"), &error);
    if (!check.isValid()) {
        const Error e = fromSqlError(error, path);
        return e.code == Error::Code::Data || e.code == Error::Code::Io ? damagedWorkspace(path) : e;
    }
    if (version <= 0 || check.toString() != QLatin1String("ok"))
        return damagedWorkspace(path);
    if (skipIfEmpty && c.single(QStringLiteral("SELECT COUNT(*) FROM reports")).toInt() == 0)
        return std::optional<BackupInfo>();
    Result<BackupInfo> made = writeSnapshot(c.db(), path, reason, now);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(made.value());
}

// Copies `from` to `to` through QSaveFile: `to` is the old file or the whole new one, never half.
Status copyAtomically(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(from);
    QSaveFile out(to);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("The file %1 cannot be written (%2).").arg(displayPath(to), out.errorString()));
    QByteArray chunk;
    while (!in.atEnd()) {
        chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return cannotRead(from);  // QSaveFile discards what it wrote
        if (out.write(chunk) != chunk.size())
            return Error::io(Tr::tr("The file %1 cannot be written (%2).").arg(displayPath(to), out.errorString()));
    }
    if (!out.commit())
        return Error::io(Tr::tr("The file %1 cannot be written (%2).").arg(displayPath(to), out.errorString()));
    return {};
}

// The first 100 bytes of a workspace file this process has no connection to.
std::optional<QByteArray> readHeader(const QString &path)
{
    QByteArray header;
    bool readable = false;
    const bool unconnected = databasefiles::readUnlessConnected(path, [&] {
        QFile f(path);
        readable = f.open(QIODevice::ReadOnly);
        if (readable)
            header = f.read(100);
    });
    if (!unconnected || !readable)
        return std::nullopt;
    return header;
}

// A damaged workspace, kept as it is: the file and its -wal, byte for byte (nothing can read it
// through SQLite). Only with no connection of this process to it.
Result<QString> keepRawCopy(const QString &workspacePath, const QDateTime &now)
{
    const QString folder = backupFolder(workspacePath);
    if (!QDir().mkpath(folder))
        return cannotCreateFolder(folder);
    const QString target = freshBackupName(folder, stemOf(workspacePath), BackupReason::BeforeRestore, now);
    const QString wal = workspacePath + QStringLiteral("-wal");
    Status copied;
    const bool unconnected = databasefiles::readUnlessConnected(workspacePath, [&] {
        if (QFileInfo(wal).size() > 0 && !QFile::copy(wal, target + QStringLiteral("-wal"))) {
            copied = backupNotWritten(workspacePath, target, Tr::tr("its -wal file could not be copied"));
            return;
        }
        const QString partial = target + kPartialSuffix;
        if (!QFile::copy(workspacePath, partial) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            QFile::remove(target + QStringLiteral("-wal"));
            copied = backupNotWritten(workspacePath, target, Tr::tr("the file could not be copied"));
        }
    });
    if (!unconnected)
        return Error::state(Tr::tr("The workspace %1 is still open; close it before restoring a backup.")
                                .arg(displayPath(workspacePath)));
    if (!copied)
        return copied.error();
    return target;
}

// Before the workspace is replaced: a backup of it as it is, and it folded into one file (out of
// WAL mode), which also proves no other program has it open (they would hold a shared lock).
// Returns the path of that backup.
Result<QString> keepCurrentWorkspace(const QString &workspacePath, const QDateTime &now)
{
    const std::optional<QByteArray> header = readHeader(workspacePath);
    if (!header)
        return cannotRead(workspacePath);
    const bool sqlite = header->startsWith(QByteArrayView("SQLite format 3\0", 16)) && header->size() >= 100;
    const qint32 appId = sqlite ? qFromBigEndian<qint32>(header->constData() + 68) : 0;
    const bool walPending = QFileInfo(workspacePath + QStringLiteral("-wal")).size() > 0;
    if (!sqlite || (appId != kApplicationId && !(appId == 0 && walPending)))
        return Error::state(Tr::tr("The file %1 is not a workspace, so it is not replaced by the backup; restore the "
                               "backup to a new file instead.")
                                .arg(displayPath(workspacePath)));

    // Checked on a read-only connection first: closing a read-write one would checkpoint a -wal into
    // a file that may be damaged.
    const Status verdict = checkIntegrity(workspacePath);
    if (!verdict && verdict.error().code != Error::Code::Data)
        return verdict.error();  // busy, newer, unreadable: left alone
    if (verdict) {
        Connection c(workspacePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"), workspacePath);
        if (!c.open())
            return fromSqlError(c.db().lastError(), workspacePath);
        Result<BackupInfo> kept = writeSnapshot(c.db(), workspacePath, BackupReason::BeforeRestore, now);
        if (!kept)
            return kept.error();
        const QVariant mode = c.single(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (mode.toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            QFile::remove(kept->path);  // the workspace stays as it is: no need for that copy
            return workspaceInUse(workspacePath);
        }
        c.close();
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(workspacePath + suffix))
                return workspaceInUse(workspacePath);
        }
        QFile::remove(workspacePath + QStringLiteral("-shm"));
        return kept->path;
    }
    // Damaged: copied byte for byte; its -wal and -shm go, or they would be applied to the backup
    // that replaces it.
    Result<QString> kept = keepRawCopy(workspacePath, now);
    if (!kept)
        return kept;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString companion = workspacePath + suffix;
        if (QFileInfo::exists(companion) && !QFile::remove(companion))
            return workspaceInUse(workspacePath);
    }
    return kept;
}

}  // namespace

QString backupReasonKey(BackupReason reason)
{
    for (const ReasonName &r : kReasons) {
        if (r.reason == reason)
            return QLatin1String(r.key);
    }
    return QStringLiteral("manual");
}

std::optional<BackupReason> backupReasonFromKey(const QString &key)
{
    for (const ReasonName &r : kReasons) {
        if (key == QLatin1String(r.key))
            return r.reason;
    }
    return std::nullopt;
}

QString backupReasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily: return Tr::tr("Daily backup");
    case BackupReason::BeforeUpgrade: return Tr::tr("Before upgrading");
    case BackupReason::BeforeReviewImport: return Tr::tr("Before importing a review copy");
    case BackupReason::BeforeRestore: return Tr::tr("Before restoring a backup");
    case BackupReason::Manual: return Tr::tr("Made by hand");
    }
    return QString();
}

int clampBackupKeepDays(const QVariant &days)
{
    bool ok = false;
    const int n = days.toInt(&ok);
    if (!ok || !days.isValid())
        return kDefaultBackupKeepDays;
    return std::clamp(n, 1, kMaxBackupKeepDays);
}

QString backupFolder(const QString &workspacePath)
{
    const QFileInfo file(cleanAbsolute(workspacePath));
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".backups"));
}

Result<BackupInfo> backUpWorkspace(Workspace &workspace, BackupReason reason, const QDateTime &now)
{
    QFuture<Status> verdict = workspace.integrityCheck();
    verdict.waitForFinished();
    if (const Status healthy = verdict.result(); !healthy)
        return healthy.error();
    Result<std::optional<BackupInfo>> made = snapshotFile(workspace.path(), reason, now, false);
    if (!made)
        return made.error();
    return *made.value();
}

Status backUpBefore(Workspace &workspace, BackupReason reason)
{
    const Result<BackupInfo> made = backUpWorkspace(workspace, reason);
    return made ? Status() : Status(made.error());
}

Result<BackupInfo> backUpWorkspaceFile(const QString &workspacePath, BackupReason reason, const QDateTime &now)
{
    Result<std::optional<BackupInfo>> made = snapshotFile(workspacePath, reason, now, false);
    if (!made)
        return made.error();
    return *made.value();
}

bool hasDailyBackup(const QString &workspacePath, const QDate &day)
{
    const QList<NamedBackup> all = namedBackups(workspacePath);
    return std::any_of(all.begin(), all.end(), [&](const NamedBackup &b) {
        return b.name.reason == BackupReason::Daily && b.name.takenAt.date() == day;
    });
}

Result<std::optional<BackupInfo>> takeDailyBackupIfDue(Workspace &workspace, int keepDays, const QDateTime &now)
{
    // A workspace on a server has no file to copy: the server's own backups keep it.
    if (Workspace::isServerAddress(workspace.path()))
        return std::optional<BackupInfo>();
    if (hasDailyBackup(workspace.path(), now.date()))
        return std::optional<BackupInfo>();
    QFuture<Status> verdict = workspace.integrityCheck();
    verdict.waitForFinished();
    if (const Status healthy = verdict.result(); !healthy)
        return healthy.error();
    return takeDailyBackupIfDue(workspace.path(), keepDays, now);
}

Result<std::optional<BackupInfo>> takeDailyBackupIfDue(const QString &workspacePath, int keepDays, const QDateTime &now)
{
    if (Workspace::isServerAddress(workspacePath))
        return std::optional<BackupInfo>();
    if (hasDailyBackup(workspacePath, now.date()))
        return std::optional<BackupInfo>();
    Result<std::optional<BackupInfo>> made = snapshotFile(workspacePath, BackupReason::Daily, now, true);
    if (made && made.value())
        pruneBackups(workspacePath, keepDays, now.date());
    return made;
}

QList<BackupInfo> listBackups(const QString &workspacePath)
{
    QList<BackupInfo> list;
    for (const NamedBackup &b : namedBackups(workspacePath)) {
        BackupInfo info;
        info.path = b.path;
        info.takenAt = b.name.takenAt;
        info.reason = b.name.reason;
        info.size = QFileInfo(b.path).size();
        if (const std::optional<BackupFacts> facts = readBackupFacts(b.path, false)) {
            info.reportCount = facts->reportCount;
            info.schemaVersion = facts->schemaVersion;
        }
        list.append(info);
    }
    return list;
}

QStringList pruneBackups(const QString &workspacePath, int keepDays, const QDate &today)
{
    keepDays = clampBackupKeepDays(keepDays);
    QStringList removed;
    const QList<NamedBackup> all = namedBackups(workspacePath);
    for (int i = 1; i < all.size(); ++i) {  // the newest stays, however old
        const NamedBackup &b = all.at(i);
        if (b.name.takenAt.date().daysTo(today) < keepDays)
            continue;
        if (QFile::remove(b.path)) {  // one in use elsewhere (Windows) goes next time
            QFile::remove(b.path + QStringLiteral("-wal"));
            removed.append(b.path);
        }
    }
    // What a crash mid-backup left behind, once it is surely no backup still being written.
    const QDir folder(backupFolder(workspacePath));
    const QFileInfoList partials = folder.entryInfoList({QStringLiteral("*") + kPartialSuffix}, QDir::Files);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().date().daysTo(today) >= 1 && QFile::remove(partial.filePath()))
            removed.append(partial.filePath());
    }
    return removed;
}

Result<RestoreOutcome> restoreBackup(const QString &backupPath, const QString &workspacePath, const QDateTime &now)
{
    const QString backup = cleanAbsolute(backupPath);
    const QString path = cleanAbsolute(workspacePath);
    if (isSameFile(backup, path))
        return Error::state(Tr::tr("The backup %1 is the workspace itself.").arg(displayPath(backup)));
    if (databasefiles::isConnected(path))
        return Error::state(Tr::tr("The workspace %1 is still open; close it before restoring a backup.")
                                .arg(displayPath(path)));
    bool newer = false;
    const std::optional<BackupFacts> facts = readBackupFacts(backup, true, &newer);
    if (!facts)
        return notABackup(backup, newer);

    RestoreOutcome outcome;
    const QFileInfo current(path);
    if (current.isDir())
        return isAFolder(path);
    if (current.exists() && (current.size() > 0 || QFileInfo(path + QStringLiteral("-wal")).size() > 0)) {
        Result<QString> kept = keepCurrentWorkspace(path, now);
        if (!kept)
            return kept.error();
        outcome.previousBackup = kept.value();
    } else if (!QDir().mkpath(current.absolutePath())) {
        return cannotCreateFolder(current.absolutePath());
    }
    if (Status copied = copyAtomically(backup, path); !copied)
        return copied.error();
    outcome.restored.path = backup;
    outcome.restored.size = QFileInfo(backup).size();
    outcome.restored.reportCount = facts->reportCount;
    outcome.restored.schemaVersion = facts->schemaVersion;
    if (const auto parsed = parseName(QFileInfo(backup).fileName())) {
        outcome.restored.takenAt = parsed->takenAt;
        outcome.restored.reason = parsed->reason;
    }
    return outcome;
}

Status restoreBackupAs(const QString &backupPath, const QString &newWorkspacePath)
{
    const QString backup = cleanAbsolute(backupPath);
    const QString path = cleanAbsolute(newWorkspacePath);
    const QFileInfo target(path);
    if (target.isDir())
        return isAFolder(path);
    if (target.exists() || QFileInfo::exists(path + QStringLiteral("-wal")))
        return Error::state(Tr::tr("%1 already exists; choose a new file name to restore the backup to (nothing was "
                               "overwritten).")
                                .arg(displayPath(path)));
    bool newer = false;
    if (!readBackupFacts(backup, true, &newer))
        return notABackup(backup, newer);
    if (!QDir().mkpath(target.absolutePath()))
        return cannotCreateFolder(target.absolutePath());
    return copyAtomically(backup, path);
}

namespace storage {

Status backUpBeforeUpgrade(QSqlDatabase &db, const QString &workspacePath, const QDateTime &now)
{
    // cannotBackUp says why opening stopped: the upgrade waits for its copy.
    Result<BackupInfo> made = writeSnapshot(db, cleanAbsolute(workspacePath), BackupReason::BeforeUpgrade, now,
                                            cannotBackUp);
    return made ? Status() : Status(made.error());
}

}  // namespace storage

}  // namespace fazhi
