#pragma once
// Which file a path names, whatever its spelling: through a symbolic link, by a hard link, with ".."
// in it, or (on Windows) in another case. Two paths name the same file when their identities match.

#include <QString>
#include <optional>

namespace fazhi {

struct FileIdentity {
    quint64 volume = 0;  // st_dev; the volume serial number on Windows
    quint64 file = 0;    // st_ino; the file index on Windows
    bool operator==(const FileIdentity &other) const { return volume == other.volume && file == other.file; }
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};

// The identity of an existing file or folder (links followed); nullopt when there is none.
std::optional<FileIdentity> fileIdentity(const QString &path);

// A spelling of `path` to compare: canonical (links and ".." resolved) where the file exists, else
// the clean absolute path with its existing folder canonical. Case-insensitive compares on Windows.
QString comparablePath(const QString &path);
bool samePathSpelling(const QString &a, const QString &b);

// True when both paths name the same existing file, or the same spelling of a file not yet there.
bool isSameFile(const QString &a, const QString &b);

}  // namespace fazhi
