#pragma once
// Where the default workspace lives, and moving it there from where earlier versions kept it.
//
// Earlier versions kept it in the roaming application data folder (Windows: %APPDATA%), which
// government domains often redirect to a file server, where SQLite's write-ahead log is not safe.
// Now it lives in the local one (QStandardPaths::AppLocalDataLocation, %LOCALAPPDATA%); on Linux and
// macOS the two are the same folder and nothing moves.

#include "util/Result.h"

#include <QString>

namespace fazhi::storage {

// <local application data>/workspace.fazhi; the roaming one of earlier versions.
QString localDefaultWorkspacePath();
QString roamingDefaultWorkspacePath();

// Moves the workspace file `from` (with what its -wal holds, and its backups folder) to `to`, which
// must not exist. Never loses it: the copy is made under a temporary name, opened and checked (the
// same reports as the original) and only then renamed to `to`; the original is removed last. False,
// with nothing changed, when there is nothing to move, `to` exists, or `from` is locked by a program
// that may still be running; an error (the original kept) when the copy fails.
Result<bool> moveWorkspaceFile(const QString &from, const QString &to);

// Moves the roaming default workspace to the local folder once, when that has none yet. True when
// it moved. Where the two folders are the same, or FAZHI_WORKSPACE names the workspace, nothing.
Result<bool> migrateDefaultWorkspace();

}  // namespace fazhi::storage
