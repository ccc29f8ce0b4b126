#pragma once
// Atomic file writing (QSaveFile): the target is either the old file or the complete new one.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace fazhi {

// Writes `data` to `path` atomically. A target that is locked (open in Word on Windows), read-only,
// in a missing folder, or on a full disk gives a clear, translated error and leaves no partial file.
// A target that is not a regular file (a device such as /dev/full) is written directly.
Status writeFileAtomically(const QString &path, const QByteArray &data);

// The part of writeFileAtomically that talks to the device; a seam for tests that hand it a device
// that fails on purpose. `device` must be open for writing; `displayPath` names it in messages.
Status writeAllTo(QIODevice &device, const QByteArray &data, const QString &displayPath);

}  // namespace fazhi
