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

}  // namespace fazhi::storage
