#include "Exporter.h"

#include "export/DocxWriter.h"
#include "export/HtmlWriter.h"
#include "export/PdfWriter.h"
#include "export/TextWriter.h"
#include "render/Layout.h"
#include "util/SafeFile.h"

namespace fazhi {

QString toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text: return QStringLiteral("txt");
    case ExportFormat::Docx: return QStringLiteral("docx");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Html: return QStringLiteral("html");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromString(const QString &s)
{
    for (ExportFormat f : {ExportFormat::Text, ExportFormat::Docx, ExportFormat::Pdf, ExportFormat::Html}) {
        if (s.compare(toString(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    if (s.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Text;
    return std::nullopt;
}

Result<QByteArray> renderReport(const Report &report, ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Text:
        return renderText(buildLayout(report, LayoutTarget::Web)).toUtf8();
    case ExportFormat::Html:
        return renderHtml(buildLayout(report, LayoutTarget::Web), options.htmlFragment).toUtf8();
    case ExportFormat::Docx:
        return renderDocx(report, buildLayout(report, LayoutTarget::Document), options.profile);
    case ExportFormat::Pdf:
        return renderPdf(buildLayout(report, LayoutTarget::Document), options.profile, options.pdfA);
    }
    return Error::data(QStringLiteral("unknown format"));
}

Status exportReport(const Report &report, ExportFormat format, const QString &path, const ExportOptions &options)
{
    Result<QByteArray> bytes = renderReport(report, format, options);
    if (!bytes.ok())
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

}  // namespace fazhi
