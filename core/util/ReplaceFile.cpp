#include "ReplaceFile.h"

#include "util/Translation.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstdio>
#endif

namespace fazhi {

MoveOutcome retryWhileBusy(const std::function<MoveOutcome()> &attempt, int attempts, int pauseMs)
{
    MoveOutcome outcome = MoveOutcome::Failed;
    for (int i = 0; i < attempts; ++i) {
        if (i > 0) {
            QThread::msleep(static_cast<unsigned long>(pauseMs));
            pauseMs = std::min(pauseMs * 2, 1000);
        }
        outcome = attempt();
        if (outcome != MoveOutcome::Busy)
            return outcome;
    }
    return outcome;
}

namespace {

MoveOutcome moveOnce(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    if (MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return MoveOutcome::Done;
    switch (GetLastError()) {
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_ACCESS_DENIED:  // also what a file being scanned or pending deletion answers
    case ERROR_USER_MAPPED_FILE:
        return MoveOutcome::Busy;
    default:
        return MoveOutcome::Failed;
    }
#else
    // C's rename: on POSIX systems it replaces an existing target atomically.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return MoveOutcome::Done;
    return errno == EBUSY || errno == ETXTBSY ? MoveOutcome::Busy : MoveOutcome::Failed;
#endif
}

}  // namespace

Status replaceFile(const QString &from, const QString &to, const QString &displayPath)
{
    if (!QFile::exists(from))
        return Error::io(Tr::tr("Could not write %1.").arg(QDir::toNativeSeparators(displayPath)));
    if (retryWhileBusy([&] { return moveOnce(from, to); }) == MoveOutcome::Done)
        return {};
    return Error::io(Tr::tr("Could not replace %1. If it is open in another program, close it and try again.")
                         .arg(QDir::toNativeSeparators(displayPath)));
}

}  // namespace fazhi
