#include "NetworkPath.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace fazhi {

bool isNetworkFileSystemType(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    for (const char *network : {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afs", "ncpfs", "9p",
                                "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "ceph", "glusterfs",
                                "fuse.glusterfs", "lustre", "webdav"}) {
        if (t == network)
            return true;
    }
    return false;
}

bool isOnNetworkShare(const QString &path)
{
    if (path.isEmpty())
        return false;
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
#ifdef Q_OS_WIN
    QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\?\\UNC\\"), Qt::CaseInsensitive))
        return true;
    if (native.startsWith(QLatin1String("\\\\?\\")))
        native = native.mid(4);  // a long-path spelling of a drive path
    if (native.startsWith(QLatin1String("\\\\")))
        return true;  // \\server\share
    if (native.size() >= 2 && native.at(1) == QLatin1Char(':')) {
        const std::wstring root = native.left(2).toStdWString() + L"\\";
        if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE)
            return true;
    }
#endif
    const QStorageInfo storage(existing);
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType());
}

}  // namespace fazhi
