#include "ZipParts.h"

#include <QBuffer>
#include <QDateTime>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace fazhi {

Result<QByteArray> zipParts(const QList<std::pair<QString, QByteArray>> &parts, const QString &failure,
                            QFileDevice::Permissions permissions)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    const Error failed = Error::data(failure);
    {
        QuaZip zip(&buffer);
        zip.setZip64Enabled(false);  // Office rejects zip64 records in small packages
        zip.setAutoClose(false);
        // Sizes in the local headers (the buffer is seekable), as Word writes them.
        zip.setDataDescriptorWritingEnabled(false);
        if (!zip.open(QuaZip::mdCreate))
            return failed;
        // A fixed timestamp: the same document gives the same bytes.
        const QDateTime stamp(QDate(1980, 1, 1), QTime(0, 0));
        for (const auto &[name, data] : parts) {
            QuaZipNewInfo info{name};
            info.dateTime = stamp;
            if (permissions)
                info.setPermissions(permissions);
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, info))
                return failed;
            if (file.write(data) != data.size()) {
                file.close();
                return failed;
            }
            file.close();
            if (file.getZipError() != UNZ_OK)
                return failed;
        }
        zip.close();
        if (zip.getZipError() != 0)
            return failed;
    }
    return bytes;
}

}  // namespace fazhi
