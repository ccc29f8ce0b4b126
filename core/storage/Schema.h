#pragma once
// The workspace schema and its migrations. The schema version lives in PRAGMA user_version; each
// migration step runs in one transaction, so a file is always at a whole version.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace fazhi::storage {

// PRAGMA application_id of every workspace ('FAZH'), so a foreign SQLite file is recognised.
constexpr qint32 kApplicationId = 0x46415A48;

// The schema version this build creates and understands (the number of migration steps).
int schemaVersion();

// Brings an open read-write workspace up to schemaVersion(), one IMMEDIATE transaction per step.
// The version is re-read inside each transaction, so two processes creating the same workspace at
// once do not apply a step twice. The caller has already refused foreign and newer files.
// `upTo` stops at that version (0: the newest).
Status migrate(QSqlDatabase &db, const QString &path, int upTo = 0);

// Whether the file's schema is exactly the one this build writes at the file's version: the same
// tables and indexes with the same SQL, and nothing else (no view, trigger or virtual table). A file
// received from elsewhere is read only after this; anything else → Data.
Status verifySchema(QSqlDatabase &db, const QString &path);

// The same schema on a PostgreSQL server (storage/PgWorkspace.h): the same steps, each statement
// written for PostgreSQL by serverStatement(), the version in the one-row table fazhi_schema.
// The statement of a step as the server runs it: the row keys become identity columns, INTEGER
// BIGINT, and TEXT compares as bytes (COLLATE "C"), as in SQLite, whatever the database's locale.
QString serverStatement(const char *sqliteStatement);
// The server database's schema version: 0 for an empty database (no table in schema public), -1 for a
// database holding tables that are not a workspace's.
Result<int> serverSchemaVersion(QSqlDatabase &db, const QString &place);
// Brings a server database up to schemaVersion() in one transaction, under an advisory lock so that
// two programs opening an empty database at once create the schema once. The caller has refused a
// newer or foreign database.
Status migrateServer(QSqlDatabase &db, const QString &place);

}  // namespace fazhi::storage
