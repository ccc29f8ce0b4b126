#include "Formats.h"

#include "export/DocxWriter.h"
#include "export/HtmlWriter.h"
#include "export/OfdWriter.h"
#include "export/PdfWriter.h"
#include "export/TextWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fazhi {

const std::vector<ExportFormatSpec> &exportFormatTable()
{
    // A new format is one line here, with its writer in a file of its own. The order is the CLI's.
    // {id, name, suffixes, options, writer, needs fonts, aliases}
    static const std::vector<ExportFormatSpec> table{
        {"txt", QT_TRANSLATE_NOOP("fazhi", "Plain text"), "txt", "", formatAsText, false, "text"},
        {"docx", QT_TRANSLATE_NOOP("fazhi", "Word document"), "docx", "", formatAsDocx},
        {"pdf", QT_TRANSLATE_NOOP("fazhi", "PDF document"), "pdf", "pdfa", formatAsPdf, true},
        {"html", QT_TRANSLATE_NOOP("fazhi", "Web page"), "html htm", "fragment", formatAsHtml},
        {"ofd", QT_TRANSLATE_NOOP("fazhi", "OFD document"), "ofd", "", formatAsOfd, true},
    };
    return table;
}

namespace {

QStringList words(const char *list)
{
    return list ? QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
}

}  // namespace

const ExportFormatSpec *ExportFormat::spec() const
{
    for (const ExportFormatSpec &s : exportFormatTable()) {
        if (qstrcmp(s.id, m_id) == 0)
            return &s;
    }
    return nullptr;
}

bool operator==(ExportFormat a, ExportFormat b) { return qstrcmp(a.m_id, b.m_id) == 0; }

QString ExportFormat::id() const { return QString::fromLatin1(m_id); }

QString ExportFormat::name() const
{
    const ExportFormatSpec *s = spec();
    return s ? QCoreApplication::translate("fazhi", s->name) : id();
}

QStringList ExportFormat::suffixes() const
{
    const ExportFormatSpec *s = spec();
    return s ? words(s->suffixes) : QStringList();
}

QString ExportFormat::suffix() const { return suffixes().value(0); }

QStringList ExportFormat::options() const
{
    const ExportFormatSpec *s = spec();
    return s ? words(s->options) : QStringList();
}

bool ExportFormat::understands(const QString &option) const { return options().contains(option); }

bool ExportFormat::needsFonts() const
{
    const ExportFormatSpec *s = spec();
    return s && s->needsFonts;
}

QList<ExportFormat> exportFormats()
{
    QList<ExportFormat> list;
    for (const ExportFormatSpec &s : exportFormatTable())
        list.append(ExportFormat(s.id));
    return list;
}

QStringList exportOptions()
{
    QStringList list;
    for (const ExportFormatSpec &s : exportFormatTable()) {
        for (const QString &option : words(s.options)) {
            if (!list.contains(option))
                list.append(option);
        }
    }
    return list;
}

QList<ExportFormat> formatsUnderstanding(const QString &option)
{
    QList<ExportFormat> list;
    for (const ExportFormat format : exportFormats()) {
        if (format.understands(option))
            list.append(format);
    }
    return list;
}

QString toString(ExportFormat format) { return format.id(); }

std::optional<ExportFormat> exportFormatFromString(const QString &s)
{
    for (const ExportFormatSpec &spec : exportFormatTable()) {
        if (s.compare(QLatin1String(spec.id), Qt::CaseInsensitive) == 0)
            return ExportFormat(spec.id);
    }
    for (const ExportFormatSpec &spec : exportFormatTable()) {
        for (const QString &alias : words(spec.aliases)) {
            if (s.compare(alias, Qt::CaseInsensitive) == 0)
                return ExportFormat(spec.id);
        }
    }
    return std::nullopt;
}

QString withSuffix(const QString &path, ExportFormat format)
{
    if (!QFileInfo(path).suffix().isEmpty() || format.suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + format.suffix();
}

}  // namespace fazhi
