#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fazhi {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("fazhi", text); }
}

Status writeAllTo(QIODevice &device, const QByteArray &data, const QString &displayPath)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = device.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            return Error::io(tr("Could not write %1: %2. The disk may be full; free some space and try again.")
                                 .arg(QDir::toNativeSeparators(displayPath), device.errorString()));
        }
        written += n;
    }
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && !info.isFile()) {
        if (info.isDir())
            return Error::io(tr("Could not write %1: it is a folder.").arg(shown));
        // A device (e.g. /dev/full): no temporary file beside it, write straight through.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly))
            return Error::io(tr("Could not open %1 for writing: %2.").arg(shown, device.errorString()));
        Status status = writeAllTo(device, data, path);
        if (status.ok() && !device.flush())
            return Error::io(tr("Could not write %1: %2. The disk may be full; free some space and try again.")
                                 .arg(shown, device.errorString()));
        return status;
    }
    if (!info.absoluteDir().exists())
        return Error::io(tr("Could not write %1: the folder does not exist.").arg(shown));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(tr("Could not write %1: %2. If the file is open in another program (such as Word), "
                            "close it and try again.")
                             .arg(shown, file.errorString()));
    }
    Status status = writeAllTo(file, data, path);
    if (!status.ok()) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        return Error::io(tr("Could not save %1: %2. If the file is open in another program (such as Word), "
                            "close it and try again; also check that the disk is not full.")
                             .arg(shown, file.errorString()));
    }
    return {};
}

}  // namespace fazhi
