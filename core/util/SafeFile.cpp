#include "SafeFile.h"

#include "DatabaseFiles.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace fazhi {

namespace {
}

Status writeAllTo(QIODevice &device, const QByteArray &data, const QString &displayPath)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = device.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            return Error::io(Tr::tr("Could not write %1: %2. The disk may be full; free some space and try again.")
                                 .arg(QDir::toNativeSeparators(displayPath), device.errorString()));
        }
        written += n;
    }
    return {};
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxSize)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(Tr::tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return Error::io(Tr::tr("Could not read %1: it is a folder.").arg(shown));
    if (!info.isFile())
        return Error::io(Tr::tr("Could not read %1: it is not an ordinary file.").arg(shown));
    if (info.size() > maxSize)
        return Error::data(Tr::tr("The file %1 is too large (%2 MB; at most %3 MB).")
                               .arg(shown)
                               .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                               .arg(maxSize / (1024 * 1024)));
    Result<QByteArray> result = Error::io(Tr::tr("Could not read %1.").arg(shown));
    const bool read = databasefiles::readUnlessConnected(path, [&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result = Error::io(Tr::tr("Could not open %1: %2.").arg(shown, file.errorString()));
            return;
        }
        // One byte past what the file says it holds (or the limit): a file that grew meanwhile is caught,
        // and no more memory is asked for than the file needs.
        QByteArray bytes = file.read(std::min(maxSize, file.size()) + 1);
        if (file.error() != QFileDevice::NoError)
            result = Error::io(Tr::tr("Could not read %1: %2.").arg(shown, file.errorString()));
        else if (bytes.size() > maxSize)
            result = Error::data(Tr::tr("The file %1 is too large (at most %2 MB).").arg(shown).arg(maxSize / (1024 * 1024)));
        else
            result = std::move(bytes);
    });
    if (!read)
        return Error::data(Tr::tr("%1 is a workspace open in this program, not a report to read.").arg(shown));
    return result;
}

Result<QString> resolveWriteTarget(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return Error::io(Tr::tr("No file name was given."));
    QFileInfo info(path);
    for (int depth = 0; info.isSymLink(); ++depth) {
        if (depth == 32)
            return Error::io(Tr::tr("Could not write %1: it is a link that leads nowhere.").arg(shown));
        info.setFile(info.symLinkTarget());
    }
    const QString target = info.filePath();
    if (info.exists() && info.isDir())
        return Error::io(Tr::tr("Could not write %1: it is a folder.").arg(shown));
    if (info.exists() && !info.isFile())
        return Error::io(Tr::tr("Could not write %1: it is not an ordinary file (a device, a pipe or the like). "
                            "Choose a file name in a folder.")
                             .arg(shown));
    if (databasefiles::isConnected(target) || databasefiles::isConnected(path))
        return Error::io(Tr::tr("Could not write %1: it is the workspace this program has open (or one of its "
                            "files). Choose another file name.")
                             .arg(shown));
    if (!info.absoluteDir().exists())
        return Error::io(Tr::tr("Could not write %1: the folder does not exist.").arg(shown));
    return target;
}

bool looksLikeDatabase(const QString &path)
{
    QByteArray magic;
    databasefiles::readUnlessConnected(path, [&] {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            magic = file.read(16);
    });
    return magic == QByteArrayView("SQLite format 3\0", 16);
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(path);
    Result<QString> target = resolveWriteTarget(path);
    if (!target)
        return target.error();
    if (looksLikeDatabase(target.value()))
        return Error::io(Tr::tr("Could not write %1: it is a workspace or review copy, which an export never "
                            "writes over. Choose another file name.")
                             .arg(shown));

    QSaveFile file(target.value());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(Tr::tr("Could not write %1: %2. If the file is open in another program (such as Word), "
                            "close it and try again.")
                             .arg(shown, file.errorString()));
    }
    Status status = writeAllTo(file, data, path);
    if (!status.ok()) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        return Error::io(Tr::tr("Could not save %1: %2. If the file is open in another program (such as Word), "
                            "close it and try again; also check that the disk is not full.")
                             .arg(shown, file.errorString()));
    }
    return {};
}

}  // namespace fazhi
