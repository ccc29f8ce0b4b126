#pragma once
// The lock beside a workspace (<workspace>.lock, a QLockFile) that keeps a second window or computer
// away, and when it may be taken over. QLockFile writes the holder's process id, host name and
// program; it finds a holder on this computer that is no longer running by itself, but not one on
// another computer (a workspace on a share, a PC that crashed or was switched off): that lock would
// stay for good. So the holder refreshes the lock file's time (refreshWorkspaceLock, every
// kLockRefreshSeconds), and a lock from another computer not refreshed for kLockStaleSeconds may be
// taken over once the user agrees.

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QLockFile;

namespace fazhi::storage {

inline constexpr qint64 kLockRefreshSeconds = 5 * 60;
inline constexpr qint64 kLockStaleSeconds = 30 * 60;

QString workspaceLockPath(const QString &workspacePath);

// Who holds a lock file: what QLockFile wrote and when the file was last refreshed.
struct LockHolder {
    qint64 pid = 0;
    QString host;
    QString application;
    QDateTime refreshed;  // the lock file's modification time
};
// Nullopt when there is no lock file or it cannot be read.
std::optional<LockHolder> readLockHolder(const QString &lockPath);

enum class LockState {
    HeldHere,          // by a running program on this computer: never taken over
    AbandonedHere,     // by a program on this computer that is not running (QLockFile clears it)
    HeldElsewhere,     // by another computer, refreshed recently: in use there
    StaleElsewhere,    // by another computer, not refreshed for kLockStaleSeconds: may be taken over
    Unreadable,        // a lock file without a holder (being written, or damaged)
};
// `running` says whether a process id on this computer is running.
LockState judgeLock(const LockHolder &holder, const QDateTime &now, const QString &thisHost,
                    const std::function<bool(qint64)> &running, qint64 staleSeconds = kLockStaleSeconds);
LockState judgeLock(const QString &lockPath);  // with this computer's name, clock and processes

// Takes over a lock judged StaleElsewhere or AbandonedHere (after the user agreed): removes the
// file and locks it for `lock`. False when the lock is held after all, or cannot be taken.
bool takeOverLock(QLockFile &lock);

// Sets the lock file's modification time to now, so other computers see the holder is alive. Works
// while `lock` holds it (on Windows through a handle that asks only to write attributes).
bool refreshWorkspaceLock(const QString &lockPath);

}  // namespace fazhi::storage
