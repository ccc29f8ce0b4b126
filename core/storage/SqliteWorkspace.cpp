// SqliteWorkspace: opening, creating and upgrading a workspace file, its integrity scan, and reading a
// received file without trusting it.
#include "SqliteWorkspaceImpl.h"
#include "Backups.h"
#include "DefaultWorkspace.h"
#include "FileCheck.h"
#include "Schema.h"
#include "util/SafeFile.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace fazhi {

namespace {

// Before a workspace of an earlier schema is upgraded, a copy of it as it is goes to its backups
// (storage/Backups.h; a workspace the earlier version opens), so that no upgrade can be what loses one.
Status backUpBeforeUpgrade(QSqlDatabase &db, const QString &path, int /*version: kept in the copy*/)
{
    return storage::backUpBeforeUpgrade(db, path);
}

}  // namespace

// Idle priority, so that a scan started as the window opens takes no time from its first paint. Owned
// by the application; every Workspace waits for its scan before it is destroyed.
QThreadPool *Workspace::integrityScanThreads()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

SqliteWorkspace::SqliteWorkspace(const QString &path) : Workspace(path), d(std::make_unique<Impl>()) {}

SqliteWorkspace::~SqliteWorkspace() = default;

// A server address (postgresql://...) opens the server's workspace; anything else is a file.
Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Integrity integrity)
{
    if (isServerAddress(path))
        return SqliteWorkspace::openServer(path);
    return SqliteWorkspace::open(path, integrity);
}

bool Workspace::isServerAddress(const QString &place) { return storage::isServerAddress(place); }

Result<std::unique_ptr<Workspace>> Workspace::openReceived(const QString &path)
{
    return SqliteWorkspace::openReceived(path);
}

Result<std::unique_ptr<Workspace>> SqliteWorkspace::open(const QString &path, Integrity integrity)
{
    if (path.trimmed().isEmpty())
        return Error::io(Tr::tr("No workspace file name was given."));
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());

    // Nothing below may write to an existing file before it is known to be a healthy workspace.
    // A -wal left behind would be checkpointed into the file when the connection closes: scan first.
    bool scanLater = integrity == Integrity::InBackground && QFileInfo(absolute + QStringLiteral("-wal")).size() == 0;
    Result<FileState> state = inspectWorkspaceFile(absolute, !scanLater);
    if (!state)
        return state.error();
    if (state.value() == FileState::New) {
        const QString folder = QFileInfo(absolute).absolutePath();
        if (!QDir().mkpath(folder))
            return cannotCreateFolder(folder);
    }

    std::unique_ptr<SqliteWorkspace> ws(new SqliteWorkspace(absolute));
    Impl &d = *ws->d;
    d.path = absolute;
    d.connectionName =
        QStringLiteral("fazhi-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid())
        return Error::io(
            Tr::tr("The SQLite driver of Qt (QSQLITE) is not available."));
    d.db.setDatabaseName(absolute);
    // A few seconds of waiting for another process's write lock before reporting "busy".
    d.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    d.registration = std::make_unique<databasefiles::Registration>(absolute);
    if (!d.db.open())
        return d.sqlError(d.db.lastError());
    d.registration->fileCreated();

    auto single = [&](const QString &sql) -> Result<QVariant> {
        QSqlQuery q(d.db);
        if (!q.exec(sql))
            return d.sqlError(q.lastError());
        QVariant v = q.next() ? q.value(0) : QVariant();
        q.finish();
        return v;
    };

    // Check again on the read-write connection, still without writing: the file may have been
    // created or replaced by another program since the inspection.
    const Result<QVariant> applicationId = single(QStringLiteral("PRAGMA application_id"));
    const Result<QVariant> version = single(QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> tables = single(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    for (const auto *r : {&applicationId, &version, &tables}) {
        if (!*r)
            return r->error();
    }
    const qint64 appId = applicationId->toLongLong();
    if (appId != kApplicationId && (appId != 0 || tables->toLongLong() != 0))
        return notAWorkspace(absolute);
    if (version->toInt() > schemaVersion())
        return madeByNewerVersion(absolute);

    const bool created = version->toInt() == 0;
    // Connection settings. WAL keeps readers (the GUI, a second window) from blocking the writer.
    // synchronous=NORMAL in WAL mode syncs only at checkpoints: a transaction that has committed is in
    // the -wal file and survives the process being killed (the OS holds the written pages), and the
    // file stays consistent even on power loss, when at most the last few commits may be lost. FULL
    // would add an fsync to every saved keystroke for little gain. foreign_keys is off by default in
    // SQLite and carries the cascading deletes.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")}) {
        if (Result<QVariant> r = single(pragma); !r)
            return r.error();
    }
    // On a file system without shared memory (some network shares) WAL is refused and the rollback
    // journal stays in use; the workspace still works, only readers wait for writers.
    if (Result<QVariant> r = single(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
        return r.error();
    if (Result<QVariant> r = single(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return r.error();

    if (scanLater && state.value() == FileState::New)
        scanLater = false;  // nothing to scan
    if (!created && version->toInt() < schemaVersion()) {
        // Upgrading writes: the file must be known healthy first, and a copy of it as it was kept.
        if (scanLater) {
            if (Status verdict = checkIntegrity(absolute); !verdict)
                return verdict.error();
            scanLater = false;
        }
        if (Status s = backUpBeforeUpgrade(d.db, absolute, version->toInt()); !s)
            return s.error();
    }
    if (Status s = migrate(d.db, absolute); !s)
        return s.error();
    if (created) {
        // Move the new schema (and its application_id) into the main file at once, so the file is
        // recognisable on its own even if it is copied without its -wal file.
        if (Result<QVariant> r = single(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return r.error();
    }
    if (scanLater)
        d.integrity = QtConcurrent::run(integrityScanThreads(), [absolute] { return checkIntegrity(absolute); });
    return std::unique_ptr<Workspace>(std::move(ws));
}

QFuture<Status> SqliteWorkspace::integrityCheck() const { return d->integrity; }

QString Workspace::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("FAZHI_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The local application data folder, not the roaming one (storage/DefaultWorkspace.h).
    return storage::localDefaultWorkspacePath();
}


namespace {

// The rows and value lengths a received file may hold, checked with SQL before any row is read into
// memory: (what, query giving one number, the limit).
struct ReceivedLimit {
    const char *what;
    const char *sql;
    qint64 limit;
};

const ReceivedLimit kReceivedLimits[] = {
    {QT_TRANSLATE_NOOP("fazhi", "reports"), "SELECT COUNT(*) FROM reports", limits::kMaxReceivedReports},
    {QT_TRANSLATE_NOOP("fazhi", "nodes"), "SELECT COUNT(*) FROM nodes", qint64(limits::kMaxReceivedReports) * limits::kMaxNodesPerReport},
    {QT_TRANSLATE_NOOP("fazhi", "nodes per report"), "SELECT IFNULL(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM nodes GROUP BY report_key)",
     limits::kMaxNodesPerReport},
    {QT_TRANSLATE_NOOP("fazhi", "node text"), "SELECT IFNULL(MAX(MAX(LENGTH(heading)), MAX(LENGTH(lead)), MAX(LENGTH(text)), MAX(LENGTH(label)), "
                  "MAX(LENGTH(value)), MAX(LENGTH(unit)), MAX(LENGTH(qualifier))), 0) FROM nodes",
     limits::kMaxFieldLength},
    {QT_TRANSLATE_NOOP("fazhi", "report details"), "SELECT IFNULL(MAX(MAX(LENGTH(organization)), MAX(LENGTH(title)), MAX(LENGTH(addressee)), "
                       "MAX(LENGTH(signature)), MAX(LENGTH(source)), MAX(LENGTH(publication_url))), 0) FROM reports",
     limits::kMaxFieldLength},
    {QT_TRANSLATE_NOOP("fazhi", "comments"), "SELECT COUNT(*) FROM comments", limits::kMaxReceivedComments},
    {QT_TRANSLATE_NOOP("fazhi", "comment text"), "SELECT IFNULL(MAX(MAX(LENGTH(text)), MAX(LENGTH(base_text)), MAX(LENGTH(quote))), 0) FROM comments",
     limits::kMaxCommentLength},
    {QT_TRANSLATE_NOOP("fazhi", "review steps"), "SELECT COUNT(*) FROM review_events", limits::kMaxReceivedComments},
    {QT_TRANSLATE_NOOP("fazhi", "review step text"), "SELECT IFNULL(MAX(MAX(LENGTH(opinion)), MAX(LENGTH(by))), 0) FROM review_events",
     limits::kMaxCommentLength},
    {QT_TRANSLATE_NOOP("fazhi", "revisions"), "SELECT COUNT(*) FROM revisions", limits::kMaxReceivedRevisions},
    {QT_TRANSLATE_NOOP("fazhi", "import notes"), "SELECT COUNT(*) FROM import_notes", limits::kMaxNodesPerReport},
};

// The received copy, before it is opened as a workspace: its schema and limits, on a read-only
// connection that takes no locks and trusts nothing in the schema.
Status verifyReceivedCopy(const QString &copy, const QString &shownPath)
{
    const QString connection = QStringLiteral("fazhi-received-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(storage::readOnlyImmutableUri(copy));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            verdict = storage::damagedWorkspace(shownPath);
        } else {
            QSqlQuery q(db);
            // Functions in the schema (there should be none) may not run while a row is read.
            q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            q.finish();
            verdict = storage::verifySchema(db, shownPath);
            for (const ReceivedLimit &limit : kReceivedLimits) {
                if (!verdict)
                    break;
                if (!q.exec(QString::fromLatin1(limit.sql)) || !q.next()) {
                    verdict = storage::damagedWorkspace(shownPath);
                } else if (const qint64 found = q.value(0).toLongLong(); found > limit.limit) {
                    verdict = storage::receivedTooLarge(
                        shownPath, Tr::tr("it holds %1 (%2; at most %3).")
                                       .arg(QCoreApplication::translate("fazhi", limit.what))
                                       .arg(found)
                                       .arg(limit.limit));
                }
                q.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return verdict;
}

// The copy of a file this process also has open elsewhere (another window, a backup running): plain
// file I/O would drop that connection's locks (util/DatabaseFiles.h), so SQLite copies it, read-only
// and with the commits still in its -wal. The copy is then checked like any other.
Status copyThroughSqlite(const QString &path, const QString &copy)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::io(Tr::tr("Could not read %1: it is not an ordinary file.").arg(shown));
    if (info.size() > limits::kMaxReceivedFileSize)
        return storage::receivedTooLarge(path, Tr::tr("it is larger than %1 MB.")
                                                   .arg(limits::kMaxReceivedFileSize / (1024 * 1024)));
    const QString connection = QStringLiteral("fazhi-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (!db.open() || !q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            status = storage::notAWorkspace(path);
        } else {
            q.addBindValue(QDir::toNativeSeparators(copy));
            if (!q.exec())
                status = storage::damagedWorkspace(path);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

}  // namespace

Result<std::unique_ptr<Workspace>> SqliteWorkspace::openReceived(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return Error::io(Tr::tr("The file %1 does not exist.").arg(shown));
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return Error::io(Tr::tr("Could not make a temporary folder: %1.")
                             .arg(folder->errorString()));
    const QString copy = folder->filePath(QStringLiteral("received.fazhi"));
    if (databasefiles::isConnected(path)) {
        if (Status copied = copyThroughSqlite(path, copy); !copied)
            return copied.error();
    } else {
        // The bytes of the file and, when another program has it open, of its -wal; then SQLite makes
        // them one file, so that what is checked below is all that will be read.
        const bool withWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        const QString bytesCopy = withWal ? folder->filePath(QStringLiteral("incoming.fazhi")) : copy;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (!suffix.isEmpty() && !withWal)
                continue;
            Result<QByteArray> bytes = readInputFile(path + suffix, limits::kMaxReceivedFileSize);
            if (!bytes)
                return bytes.error();
            QFile out(bytesCopy + suffix);
            if (!out.open(QIODevice::WriteOnly) || !writeAllTo(out, bytes.value(), bytesCopy) || !out.flush())
                return Error::io(Tr::tr("Could not make a temporary copy of %1: %2.")
                                     .arg(shown, out.errorString()));
        }
        if (withWal) {
            if (Status copied = copyThroughSqlite(bytesCopy, copy); !copied) {
                Error e = copied.error();
                e.message.replace(QDir::toNativeSeparators(bytesCopy), shown);
                return e;
            }
        }
    }

    // The header, the application id and version, and the integrity scan, on the copy.
    if (Result<storage::FileState> state = storage::inspectWorkspaceFile(copy, true); !state) {
        Error e = state.error();
        e.message.replace(QDir::toNativeSeparators(copy), shown);
        return e;
    } else if (state.value() == storage::FileState::New) {
        return storage::notAWorkspace(path);
    }
    if (Status verified = verifyReceivedCopy(copy, path); !verified)
        return verified.error();

    Result<std::unique_ptr<Workspace>> opened = open(copy, Integrity::BeforeOpening);
    if (!opened)
        return opened.error();
    static_cast<SqliteWorkspace &>(*opened.value()).d->receivedCopy = std::move(folder);
    return opened;
}


}  // namespace fazhi
