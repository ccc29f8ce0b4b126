#include "Exporter.h"

#include "util/SafeFile.h"
#include "util/Translation.h"

#include <QCoreApplication>

namespace fazhi {

Result<QByteArray> renderReport(const Report &report, ExportFormat format, const ExportOptions &options)
{
    const ExportFormatSpec *spec = format.spec();
    if (!spec || !spec->write)
        return Error::data(Tr::tr("Unknown export format %1.").arg(format.id()));
    return spec->write(report, options);
}

Status exportReport(const Report &report, ExportFormat format, const QString &path, const ExportOptions &options)
{
    Result<QByteArray> bytes = renderReport(report, format, options);
    if (!bytes.ok())
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

}  // namespace fazhi
