#pragma once
// The export formats, in one table (Formats.cpp). A format is its writer plus one line there: an id,
// a name for people, file suffixes, the options it understands and the writer function. The CLI's
// --format list, flags and help, the desktop app's export actions, file filters and per-format
// settings, and the round-trip test (tests/formats_test.cpp) all enumerate exportFormats(), so adding
// a format touches nothing else.

#include "model/Report.h"
#include "render/PageProfile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fazhi {

struct ExportOptions {
    PageProfile profile = gbt9704Profile();
    // The options that are on, by id ("pdfa", "fragment"): only those the format declares mean
    // anything to its writer.
    QSet<QString> flags;

    bool has(const char *option) const { return flags.contains(QLatin1String(option)); }
};

// Renders a report as the file's bytes. Fails only for reasons the caller can show.
using ExportWriter = Result<QByteArray> (*)(const Report &report, const ExportOptions &options);

// One line of the table in Formats.cpp.
struct ExportFormatSpec {
    const char *id;        // --format ID; the settings group export/ID. Lower case, unique.
    const char *name;      // what people call it, QT_TRANSLATE_NOOP("fazhi", …): "Word document"
    const char *suffixes;  // file name suffixes, space separated, the usual one first: "html htm"
    const char *options;   // options the writer understands, space separated: "pdfa" is --pdfa
    ExportWriter write;
    bool needsFonts = false;        // lays text out with installed fonts (a QGuiApplication must exist)
    const char *aliases = nullptr;  // other spellings --format accepts, space separated
};

// A format, by its id: a small value that finds its line of the table.
class ExportFormat {
public:
    constexpr explicit ExportFormat(const char *id) : m_id(id) {}

    // The formats code refers to by name (the desktop app's shortcuts, tests). Every other format is
    // reached through exportFormats().
    static const ExportFormat Text, Docx, Pdf, Html;

    const ExportFormatSpec *spec() const;  // null when no such format is registered
    QString id() const;                    // "docx"
    QString name() const;                  // translated: "Word 文档"
    QStringList suffixes() const;          // {"html", "htm"}
    QString suffix() const;                // the usual one: "html"
    QStringList options() const;           // {"pdfa"}
    bool understands(const QString &option) const;
    bool needsFonts() const;

    friend bool operator==(ExportFormat a, ExportFormat b);
    friend bool operator!=(ExportFormat a, ExportFormat b) { return !(a == b); }

private:
    const char *m_id;
};

inline constexpr ExportFormat ExportFormat::Text{"txt"};
inline constexpr ExportFormat ExportFormat::Docx{"docx"};
inline constexpr ExportFormat ExportFormat::Pdf{"pdf"};
inline constexpr ExportFormat ExportFormat::Html{"html"};

// Every registered format, in the table's order (the order the CLI lists them in).
const std::vector<ExportFormatSpec> &exportFormatTable();
QList<ExportFormat> exportFormats();
// Every option some format understands, each once, in the table's order.
QStringList exportOptions();
// The formats that understand `option`.
QList<ExportFormat> formatsUnderstanding(const QString &option);

QString toString(ExportFormat format);  // the id: txt, docx, pdf, html
// An id or alias, in any case; nullopt for anything not registered.
std::optional<ExportFormat> exportFormatFromString(const QString &s);

// `path` with the format's usual suffix added when it has none ("报告" → "报告.docx").
QString withSuffix(const QString &path, ExportFormat format);

}  // namespace fazhi
