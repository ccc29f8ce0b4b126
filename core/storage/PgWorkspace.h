#pragma once
// The workspace on a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]. The same
// store code as the SQLite file (SqliteWorkspace, its statements choosing by Impl::server where the
// two dialects differ) on a QPSQL connection; the same schema steps (storage/Schema.h,
// migrateServer). The password is libpq's to find (PGPASSWORD, the .pgpass file), or in the address.
// Opening, the address and the server's errors are in PgWorkspace.cpp.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace fazhi::storage {

// A server address as Workspace::open takes it.
struct ServerAddress {
    QString user;
    QString password;  // only when the address holds one; usually libpq finds it
    QString host;
    int port = 5432;
    QString database;
    // libpq connection options taken from the query (sslmode, sslrootcert, ...), as QPSQL takes them.
    QString connectOptions;
    // The address as shown to the user: without a password.
    QString display;
};

// Whether `place` names a server rather than a file (postgresql:// or postgres://).
bool isServerAddress(const QString &place);
// A malformed address, or an option libpq does not take → Data, saying what is wrong.
Result<ServerAddress> parseServerAddress(const QString &place);

// The channel every change on a server is announced on (storage/ServerSecurity.cpp's triggers).
inline constexpr const char kChangeChannel[] = "fazhi_changes";

// Adds the QPSQL connection `connectionName` for the address and opens it: the driver missing, or the
// server not reached or refusing the login → Io, naming the address (never its password).
Status connectServer(const ServerAddress &address, const QString &connectionName, QSqlDatabase &db);

// Maps an error of the server to an Error: another writer holding the report too long, a
// serialisation failure → State; a refused change (permission, row security, constraint) → Data;
// the connection lost or refused → Io. `place` is the address as displayed.
Error fromServerError(const QSqlError &error, const QString &place);
// A change the server's row-level security hid its row from (another organization's report, or one
// its user may not change in its state): Data.
Error changeNotAllowed(const QString &place);

}  // namespace fazhi::storage
