#pragma once
// Whether a file lives on a network share. SQLite's locking and write-ahead log are not safe over SMB
// or NFS, so the app warns when a workspace is opened from one (Roaming AppData redirected to a file
// server is common on government domains).

#include <QByteArray>
#include <QString>

namespace fazhi {

// True for a UNC path (\\server\share) or a mapped network drive on Windows, and for a file system
// of a network kind (nfs, cifs, smb, sshfs, ...) elsewhere. A path not there yet is judged by its
// nearest existing folder.
bool isOnNetworkShare(const QString &path);

// The file-system type names (QStorageInfo::fileSystemType) that are network file systems.
bool isNetworkFileSystemType(const QByteArray &type);

}  // namespace fazhi
