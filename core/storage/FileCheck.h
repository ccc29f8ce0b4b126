#pragma once
// Decides whether an existing file may be opened as a workspace, without changing it.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace fazhi::storage {

enum class FileState {
    New,       // absent or 0 bytes: becomes a new workspace
    Workspace  // a healthy workspace of this or an older schema version
};

// Order of checks, each one before anything can write to the file:
// 1. the SQLite header (16-byte magic) and the application_id / user_version stored in it, read with
//    plain file I/O; a foreign or newer file is refused here without SQLite ever opening it (a
//    read-only SQLite open of a WAL-mode file would leave -wal/-shm files behind);
// 2. a read-only SQLite connection (QSQLITE_OPEN_READONLY) for the authoritative application_id and
//    user_version (the header may lag behind an un-checkpointed WAL) and PRAGMA quick_check.
// Errors: not SQLite / not ours → Data; damaged → Data; newer schema → State; unreadable → Io.
// `deep` false leaves out quick_check (the caller runs checkIntegrity() later, before any write), and
// with it step 2 when there is no WAL: the header then holds the authoritative values.
Result<FileState> inspectWorkspaceFile(const QString &path, bool deep = true);

// The ids of the reports in a workspace file that this process does not have open, read without
// changing it or leaving anything beside it (read-only, immutable). Not a workspace → Data.
Result<QList<QUuid>> reportIdsInFile(const QString &path);

// The SQLite URI that opens `path` read-only and immutable: no locks taken, no -wal or -shm made,
// nothing written, whatever the file holds. For files that are not ours to change.
QString readOnlyImmutableUri(const QString &path);

// PRAGMA quick_check on its own read-only connection; safe to call from any thread.
// A damaged file → Data; unreadable → Io.
Status checkIntegrity(const QString &path);

}  // namespace fazhi::storage
