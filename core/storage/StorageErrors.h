#pragma once
// The sentences storage returns to the user, in one place so wording stays consistent (and so
// lupdate finds every one under the "fazhi" context).

#include "util/Result.h"

#include <QSqlError>
#include <QString>
#include <QUuid>

namespace fazhi::storage {

QString displayPath(const QString &path);

Error notAWorkspace(const QString &path);
Error madeByNewerVersion(const QString &path);
Error damagedWorkspace(const QString &path);
Error cannotRead(const QString &path);
Error cannotCreateFolder(const QString &folder);
Error isAFolder(const QString &path);
// A received file whose tables are not the ones a workspace has (views, triggers, altered tables).
Error unexpectedSchema(const QString &path);
// A received file beyond a limit (`what`: a sentence naming it).
Error receivedTooLarge(const QString &path, const QString &what);
// The copy made before upgrading a workspace could not be written (`why`: the SQLite message).
Error cannotBackUp(const QString &path, const QString &backup, const QString &why);
Error conflict();
Error unknownReport(const QUuid &reportId);
Error unknownNode(const QUuid &nodeId);
Error duplicateReport(const QUuid &reportId);
Error duplicateNode(const QUuid &nodeId);
Error unknownField(const QString &field);
Error wrongType(const QString &field);
Error invalidValue(const QString &field, const QString &value);
Error invalidContainer();

// Maps a failed SQL statement to an Error: busy → State, damaged → Data, disk full / read-only /
// I/O → Io. `path` names the workspace file in the sentence.
Error fromSqlError(const QSqlError &error, const QString &path);
// The primary SQLite result code (SQLITE_BUSY = 5, …) of a driver error, or -1.
int sqliteCode(const QSqlError &error);

}  // namespace fazhi::storage
