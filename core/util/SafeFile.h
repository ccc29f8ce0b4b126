#pragma once
// Atomic file writing (QSaveFile): the target is either the old file or the complete new one.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace fazhi {

// Where a file chosen by the user is really written: symbolic links followed to their final target
// (the link stays a link, as QSaveFile does). Refused with a clear sentence: a folder; anything else
// that is not an ordinary file (a device, a pipe, a socket: never replaced); a database this program
// has open, or one of its -wal, -shm, -journal or .lock files, by any spelling (another path, a link);
// a missing folder.
Result<QString> resolveWriteTarget(const QString &path);

// Whether the file starts like an SQLite database (a workspace or a review copy). False when absent.
bool looksLikeDatabase(const QString &path);

// Writes `data` to `path` atomically. A target that is locked (open in Word on Windows), read-only,
// in a missing folder, or on a full disk gives a clear, translated error and leaves no partial file.
// Targets that resolveWriteTarget() refuses are refused, and so is any database file: an export
// never writes over a workspace.
Status writeFileAtomically(const QString &path, const QByteArray &data);

// Reads a whole file given by the user (an import, a received copy). Refused with a clear sentence:
// anything that is not a regular file (a folder, a device, a pipe that would block forever), a file
// larger than `maxSize` bytes, and a database this program has open (reading it with plain file I/O
// would drop SQLite's locks on it: util/DatabaseFiles.h).
Result<QByteArray> readInputFile(const QString &path, qint64 maxSize);

// The part of writeFileAtomically that talks to the device; a seam for tests that hand it a device
// that fails on purpose. `device` must be open for writing; `displayPath` names it in messages.
Status writeAllTo(QIODevice &device, const QByteArray &data, const QString &displayPath);

}  // namespace fazhi
