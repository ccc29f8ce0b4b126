#include "DatabaseFiles.h"

#include "FileIdentity.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace fazhi::databasefiles {

namespace {

struct Entry {
    QString path;  // comparablePath() at registration
    std::optional<FileIdentity> identity;
};

struct Registry {
    QMutex mutex;
    QHash<quint64, Entry> entries;
    quint64 nextKey = 1;
};

Registry &registry()
{
    static Registry r;
    return r;
}

// Caller holds the mutex.
bool connectedLocked(const Registry &r, const QString &path)
{
    if (r.entries.isEmpty())
        return false;
    const std::optional<FileIdentity> identity = fileIdentity(path);
    for (const Entry &e : r.entries) {
        if (identity && e.identity && *identity == *e.identity)
            return true;
        if (samePathSpelling(path, e.path))
            return true;
    }
    return false;
}

}  // namespace

Registration::Registration(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    m_key = r.nextKey++;
    r.entries.insert(m_key, Entry{comparablePath(path), fileIdentity(path)});
}

Registration::~Registration()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.entries.remove(m_key);
}

void Registration::fileCreated()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    Entry &e = r.entries[m_key];
    if (!e.identity)
        e.identity = fileIdentity(e.path);
}

bool readUnlessConnected(const QString &path, const std::function<void()> &read)
{
    Registry &r = registry();
    // Held while reading, so that no connection to the file opens in between.
    QMutexLocker lock(&r.mutex);
    if (connectedLocked(r, path))
        return false;
    read();
    return true;
}

bool isConnected(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (connectedLocked(r, path))
        return true;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QStringLiteral(".lock")}) {
        if (path.endsWith(suffix, Qt::CaseInsensitive) && connectedLocked(r, path.chopped(suffix.size())))
            return true;
    }
    return false;
}

}  // namespace fazhi::databasefiles
