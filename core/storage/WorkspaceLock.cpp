#include "WorkspaceLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace fazhi::storage {

namespace {

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;  // another user's process: it exists
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    // Signal 0 only checks that the process exists; EPERM means it does, under another user.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

}  // namespace

QString workspaceLockPath(const QString &workspacePath) { return workspacePath + QStringLiteral(".lock"); }

std::optional<LockHolder> readLockHolder(const QString &lockPath)
{
    const QFileInfo info(lockPath);
    if (!info.exists())
        return std::nullopt;
    QLockFile reader(lockPath);
    LockHolder holder;
    if (!reader.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    holder.refreshed = info.lastModified();
    return holder;
}

LockState judgeLock(const LockHolder &holder, const QDateTime &now, const QString &thisHost,
                    const std::function<bool(qint64)> &running, qint64 staleSeconds)
{
    // QLockFile writes an empty host name where it could not find one: treat that as this computer.
    if (holder.host.isEmpty() || holder.host.compare(thisHost, Qt::CaseInsensitive) == 0)
        return running(holder.pid) ? LockState::HeldHere : LockState::AbandonedHere;
    // A clock set wrong on either computer can put the time in the future: not stale then.
    if (holder.refreshed.isValid() && holder.refreshed.secsTo(now) > staleSeconds)
        return LockState::StaleElsewhere;
    return LockState::HeldElsewhere;
}

LockState judgeLock(const QString &lockPath)
{
    const std::optional<LockHolder> holder = readLockHolder(lockPath);
    if (!holder)
        return LockState::Unreadable;
    return judgeLock(*holder, QDateTime::currentDateTime(), QSysInfo::machineHostName(), processRunning);
}

bool takeOverLock(QLockFile &lock)
{
    const LockState state = judgeLock(lock.fileName());
    if (state == LockState::HeldHere || state == LockState::HeldElsewhere)
        return false;
    if (QFileInfo::exists(lock.fileName()) && !QFile::remove(lock.fileName()))
        return false;
    return lock.tryLock(0);
}

bool refreshWorkspaceLock(const QString &lockPath)
{
#ifdef Q_OS_WIN
    // QLockFile keeps its handle without write sharing; a handle for the attributes alone is allowed.
    const std::wstring native = QDir::toNativeSeparators(lockPath).toStdWString();
    HANDLE file = CreateFileW(native.c_str(), FILE_WRITE_ATTRIBUTES,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    FILETIME now;
    GetSystemTimeAsFileTime(&now);
    const bool ok = SetFileTime(file, nullptr, nullptr, &now);
    CloseHandle(file);
    return ok;
#else
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
#endif
}

}  // namespace fazhi::storage
