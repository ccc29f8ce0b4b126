#pragma once
// The database files this process has SQLite connections to.
//
// Why it exists: POSIX advisory locks belong to a process and a file, not to a descriptor, so closing
// *any* descriptor of a file drops every lock the process holds on it. SQLite guards its own
// descriptors, but a plain QFile opened and closed on a workspace while a connection to it is open
// silently drops that connection's locks; the next program that closes its connection then believes
// it is the last one and deletes the -wal and -shm files still in use here (every later save goes
// into a deleted file). So every connection is registered for its lifetime, and plain file I/O on a
// database file happens only through readUnlessConnected(). Windows locks per handle and does not
// need it, but the rule is the same everywhere.

#include <QString>
#include <functional>

namespace fazhi::databasefiles {

// Held for the lifetime of one SQLite connection to `path` (create it before opening).
class Registration {
public:
    explicit Registration(const QString &path);
    ~Registration();
    Registration(const Registration &) = delete;
    Registration &operator=(const Registration &) = delete;
    // Records the file's identity once the connection has created it.
    void fileCreated();

private:
    quint64 m_key;
};

// Runs `read`, which opens `path` with plain file I/O, unless this process has a connection to that
// file (by any spelling). Returns false, without running it, when it has.
bool readUnlessConnected(const QString &path, const std::function<void()> &read);

// Whether `path` names a database this process has a connection to, or one of its companion files
// (-wal, -shm, -journal, and the desktop app's .lock).
bool isConnected(const QString &path);

}  // namespace fazhi::databasefiles
