#include "FileCheck.h"

#include "Schema.h"
#include "StorageErrors.h"
#include "util/DatabaseFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

namespace fazhi::storage {

namespace {

// Offsets in the 100-byte SQLite database header (https://www.sqlite.org/fileformat.html).
constexpr int kHeaderSize = 100;
constexpr int kWriteVersionOffset = 18;  // 2 = WAL
constexpr int kReadVersionOffset = 19;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

quint32 bigEndianAt(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// The read-only look through SQLite. `header says ours` decides whether failures mean "damaged"
// (our file) or "not a workspace" (a file that only might be ours).
Result<FileState> inspectWithSqlite(const QString &path, bool headerSaysOurs, bool deep)
{
    const QString connection =
        QStringLiteral("fazhi-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<FileState> result = FileState::Workspace;
    {
        const databasefiles::Registration registration(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        auto failure = [&](const QSqlError &error) -> Error {
            const Error mapped = fromSqlError(error, path);
            if (mapped.code == Error::Code::State || mapped.code == Error::Code::Io)
                return mapped;
            return headerSaysOurs ? damagedWorkspace(path) : notAWorkspace(path);
        };
        if (!db.open()) {
            result = failure(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                result = failure(q.lastError());
            } else if (q.value(0).toLongLong() != kApplicationId) {
                result = notAWorkspace(path);
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result = failure(q.lastError());
            } else if (const int version = q.value(0).toInt(); version > schemaVersion()) {
                result = madeByNewerVersion(path);
            } else if (version <= 0) {
                result = damagedWorkspace(path);  // ours, yet without a schema: never written by us
            } else if (!deep) {
                // quick_check is left to checkIntegrity().
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                result = failure(q.lastError());
            } else if (q.value(0).toString() != QLatin1String("ok")) {
                result = damagedWorkspace(path);
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

}  // namespace

Result<FileState> inspectWorkspaceFile(const QString &path, bool deep)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::New;
    if (info.isDir())
        return isAFolder(path);
    if (info.size() == 0)
        return FileState::New;  // SQLite treats an empty file as an empty database

    // Plain file I/O only while this process has no connection to the file (util/DatabaseFiles.h says
    // why); with one open, the file is ours and SQLite gives the authoritative answer.
    QByteArray header;
    bool readable = true;
    const bool read = databasefiles::readUnlessConnected(path, [&] {
        QFile file(path);
        readable = file.open(QIODevice::ReadOnly);
        if (readable)
            header = file.read(kHeaderSize);
    });
    if (!read)
        return inspectWithSqlite(path, true, deep);
    if (!readable)
        return cannotRead(path);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return notAWorkspace(path);

    const qint32 applicationId = qint32(bigEndianAt(header, kApplicationIdOffset));
    const bool walMode = header.at(kWriteVersionOffset) == 2 && header.at(kReadVersionOffset) == 2;
    if (applicationId != kApplicationId) {
        // A header without our id is still ours only if the id sits in committed WAL frames that
        // have not reached the main file yet (a crash right after creating the workspace).
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (applicationId != 0 || !walMode || !wal.exists() || wal.size() == 0)
            return notAWorkspace(path);
        return inspectWithSqlite(path, false, true);
    }
    const qint64 userVersion = bigEndianAt(header, kUserVersionOffset);
    if (userVersion > schemaVersion())
        return madeByNewerVersion(path);
    // Without the deep scan and with no WAL to overrule the header, the header is the whole answer:
    // the caller's own connection reads the same values again before anything is written.
    if (!deep && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        return userVersion > 0 ? Result<FileState>(FileState::Workspace) : Result<FileState>(damagedWorkspace(path));
    return inspectWithSqlite(path, true, deep);
}

QString readOnlyImmutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?mode=ro&immutable=1");
}

Result<QList<QUuid>> reportIdsInFile(const QString &path)
{
    Result<FileState> state = inspectWorkspaceFile(path, false);
    if (!state)
        return state.error();
    if (state.value() == FileState::New)
        return QList<QUuid>();
    const QString connection = QStringLiteral("fazhi-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<QUuid>> result = QList<QUuid>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(readOnlyImmutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT uuid FROM reports"))) {
            result = damagedWorkspace(path);
        } else {
            QList<QUuid> ids;
            while (q.next())
                ids << QUuid::fromString(q.value(0).toString());
            result = ids;
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Status checkIntegrity(const QString &path)
{
    Result<FileState> state = inspectWorkspaceFile(path, true);
    if (!state)
        return state.error();
    return {};
}

}  // namespace fazhi::storage
