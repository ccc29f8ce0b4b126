#include "DocxImporter.h"

#include "import/ImportRules.h"
#include "import/TextImporter.h"
#include "model/Limits.h"
#include "util/SafeFile.h"
#include "util/Translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <limits>

namespace fazhi {

namespace {


Error damaged()
{
    return Error::data(Tr::tr("The file is not a Word document (.docx), or it is damaged."));
}

class Package {
public:
    explicit Package(const QByteArray &bytes) : data(bytes), buffer(&data), zip(&buffer) {}

    bool open()
    {
        zip.setAutoClose(false);
        return zip.open(QuaZip::mdUnzip);
    }

    bool has(const QString &name) { return zip.setCurrentFile(name, QuaZip::csInsensitive); }

    // The part's bytes; nullopt when it is missing, too large or cannot be inflated. A part larger
    // than limits::kMaxDocxPartSize (by its header, or by what inflates) is never read whole, and is
    // remembered in tooLarge for the message.
    std::optional<QByteArray> read(const QString &name)
    {
        if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
            return std::nullopt;
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return std::nullopt;
        if (info.uncompressedSize > quint64(limits::kMaxDocxPartSize)) {
            const quint64 size = std::min<quint64>(info.uncompressedSize, std::numeric_limits<qint64>::max());
            tooLarge = limits::docxPartTooLarge(name, qint64(size));
            return std::nullopt;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QByteArray out;
        out.reserve(qsizetype(info.uncompressedSize));
        char chunk[64 * 1024];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n <= 0)
                break;
            if (out.size() + n > limits::kMaxDocxPartSize) {  // the header understated the size
                tooLarge = limits::docxPartTooLarge(name, out.size() + n);
                return std::nullopt;
            }
            out.append(chunk, qsizetype(n));
        }
        file.close();
        if (file.getZipError() != UNZ_OK)  // CRC mismatch, truncated data
            return std::nullopt;
        return out;
    }

    std::optional<Error> tooLarge;  // set when a part was refused for its size

private:
    QByteArray data;
    QBuffer buffer;
    QuaZip zip;
};

// An attribute by local name, whatever its prefix (w:val, or val in files that use a default namespace).
QString attribute(const QXmlStreamReader &xml, const char *localName)
{
    const QXmlStreamAttributes attrs = xml.attributes();
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == QLatin1String(localName))
            return a.value().toString();
    }
    return {};
}

// The main document part named by the package relationships (word/document.xml in practice).
QString mainDocumentPath(Package &package)
{
    const QString fallback = QStringLiteral("word/document.xml");
    const std::optional<QByteArray> rels = package.read(QStringLiteral("_rels/.rels"));
    if (!rels)
        return fallback;
    QXmlStreamReader xml(*rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument"))) {
            QString target = attrs.value(QLatin1String("Target")).toString();
            while (target.startsWith(QLatin1Char('/')))
                target.remove(0, 1);
            return target.isEmpty() ? fallback : QDir::cleanPath(target);
        }
    }
    return fallback;
}

// Paragraph styles that centre their text, directly or through basedOn (a title style, typically).
QSet<QString> centredStyles(Package &package, const QString &documentPath)
{
    QSet<QString> centred;
    const int slash = documentPath.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : documentPath.left(slash + 1);
    const std::optional<QByteArray> bytes = package.read(dir + QStringLiteral("styles.xml"));
    if (!bytes)
        return centred;
    QHash<QString, QString> basedOn;
    QHash<QString, bool> ownJc;  // style id → centred, for styles that set w:jc themselves
    QXmlStreamReader xml(*bytes);
    QString id;
    bool inPPr = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView n = xml.name();
        if (xml.isStartElement()) {
            if (n == QLatin1String("style")) {
                id = attribute(xml, "type") == QLatin1String("paragraph")
                    ? attribute(xml, "styleId")
                    : QString();
            } else if (n == QLatin1String("basedOn") && !id.isEmpty()) {
                basedOn.insert(id, attribute(xml, "val"));
            } else if (n == QLatin1String("pPr")) {
                inPPr = true;
            } else if (n == QLatin1String("jc") && inPPr && !id.isEmpty()) {
                ownJc.insert(id, attribute(xml, "val") == QLatin1String("center"));
            }
        } else if (xml.isEndElement()) {
            if (n == QLatin1String("pPr"))
                inPPr = false;
            else if (n == QLatin1String("style"))
                id.clear();
        }
    }
    // The nearest style up the basedOn chain that sets w:jc decides.
    QStringList ids = basedOn.keys();
    ids += ownJc.keys();
    for (const QString &start : ids) {
        QString style = start;
        for (int hops = 0; hops < 32 && !style.isEmpty(); ++hops) {  // bounded: basedOn may loop
            if (ownJc.contains(style)) {
                if (ownJc.value(style))
                    centred.insert(start);
                break;
            }
            style = basedOn.value(style);
        }
    }
    return centred;
}

// Collects the visible text of a WordprocessingML body, one line per paragraph. Namespaces are
// matched by local name only, so transitional and strict OOXML (and WPS's files) read the same.
// Stops with an error as soon as the text passes the import limits (model/Limits.h), so a hostile
// document never grows beyond them in memory; every step is linear in the document's size.
class TextCollector {
public:
    TextCollector(const QByteArray &xml, QSet<QString> centredStyles)
        : reader(xml), centredStyles(std::move(centredStyles))
    {
    }

    bool run()
    {
        while (!reader.atEnd() && !failure) {
            reader.readNext();
            if (reader.isStartElement())
                start();
            else if (reader.isEndElement())
                end();
            else if (reader.isCharacters() && inText && visible())
                append(reader.text());
        }
        return !reader.hasError();
    }

    QString text;                  // the paragraphs, each ending in a line break
    std::optional<Error> failure;  // a limit was passed; text is incomplete

private:
    enum class FieldPhase { Instruction, Result };

    // Text is hidden while any open field is in its instruction part. Counted rather than looked up
    // in `fields`, which a document may fill with thousands of fields it never ends.
    bool visible() const { return instructionFields == 0; }

    void append(QStringView s)
    {
        if (text.size() + current.size() + s.size() > limits::kMaxImportTextLength) {
            failure = limits::importTextTooLong();
            return;
        }
        current += s;
    }
    void append(QChar c) { append(QStringView(&c, 1)); }

    void endParagraph()
    {
        if (std::any_of(current.cbegin(), current.cend(), [](QChar c) { return !textimport::isBlank(c); })
            && ++paragraphsWithText > limits::kMaxNodesPerReport) {
            failure = limits::tooManyParagraphsToImport();
            return;
        }
        if (text.size() + current.size() + 1 > limits::kMaxImportTextLength) {
            failure = limits::importTextTooLong();
            return;
        }
        text += current;
        text += QLatin1Char('\n');
    }

    void skip() { reader.skipCurrentElement(); }

    void start()
    {
        const QStringView n = reader.name();
        if (n == QLatin1String("p")) {
            if (depth++ == 0) {
                current.clear();
                centred = false;
            }
        } else if (n == QLatin1String("t")) {
            inText = true;
        } else if (n == QLatin1String("tab") || n == QLatin1String("ptab")) {
            // w:tab also appears inside w:tabs (tab stop definitions), which pPr holds: skipped there.
            if (visible())
                append(QLatin1Char('\t'));
        } else if (n == QLatin1String("br") || n == QLatin1String("cr")) {
            if (visible()) {
                const QString type = attribute(reader, "type");
                // A manual line break in a centred paragraph balances a title's lines; elsewhere it
                // separates lines of text. Page and column breaks are layout only.
                if (type == QLatin1String("page") || type == QLatin1String("column"))
                    append(QLatin1Char('\n'));
                else if (!centred)
                    append(QLatin1Char('\n'));
            }
        } else if (n == QLatin1String("noBreakHyphen")) {
            if (visible())
                append(QLatin1Char('-'));
        } else if (n == QLatin1String("fldChar")) {
            const QString type = attribute(reader, "fldCharType");
            if (type == QLatin1String("begin")) {
                fields.append(FieldPhase::Instruction);
                ++instructionFields;
            } else if (type == QLatin1String("separate") && !fields.isEmpty()
                       && fields.last() == FieldPhase::Instruction) {
                fields.last() = FieldPhase::Result;
                --instructionFields;
            } else if (type == QLatin1String("end") && !fields.isEmpty()) {
                if (fields.takeLast() == FieldPhase::Instruction)
                    --instructionFields;
            }
        } else if (n == QLatin1String("pStyle")) {
            if (inParagraphProperties)
                centred = centredStyles.contains(attribute(reader, "val"));
        } else if (n == QLatin1String("jc")) {
            if (inParagraphProperties)  // direct formatting overrides the style
                centred = attribute(reader, "val") == QLatin1String("center");
        } else if (n == QLatin1String("pPr")) {
            inParagraphProperties = true;
        } else if (n == QLatin1String("del") || n == QLatin1String("moveFrom") || n == QLatin1String("delText")
                   || n == QLatin1String("instrText") || n == QLatin1String("sdtPr") || n == QLatin1String("sdtEndPr")
                   || n == QLatin1String("rPr") || n == QLatin1String("tabs") || n == QLatin1String("drawing")
                   || n == QLatin1String("pict") || n == QLatin1String("object") || n == QLatin1String("Fallback")
                   || n == QLatin1String("footnoteReference") || n == QLatin1String("endnoteReference")
                   || n == QLatin1String("commentReference") || n == QLatin1String("sectPr")) {
            // Deleted text, field codes, control properties, drawings (and the duplicate fallback of
            // alternate content) are not text of the report.
            if (n == QLatin1String("rPr") && inParagraphProperties)
                return skip();  // paragraph mark properties
            skip();
        }
        // Everything else (w:r, w:hyperlink, w:ins, w:moveTo, w:sdt, w:sdtContent, w:smartTag,
        // w:fldSimple, tables, w:body) is descended into.
    }

    void end()
    {
        const QStringView n = reader.name();
        if (n == QLatin1String("t")) {
            inText = false;
        } else if (n == QLatin1String("pPr")) {
            inParagraphProperties = false;
        } else if (n == QLatin1String("p")) {
            if (depth > 0 && --depth == 0)
                endParagraph();
        }
    }

    QXmlStreamReader reader;
    const QSet<QString> centredStyles;
    QString current;
    QList<FieldPhase> fields;
    int instructionFields = 0;  // entries of `fields` in their instruction part
    int paragraphsWithText = 0;
    int depth = 0;
    bool inText = false;
    bool inParagraphProperties = false;
    bool centred = false;
};

// docProps/custom.xml: property name → text value.
QHash<QString, QString> customProperties(Package &package)
{
    QHash<QString, QString> props;
    const std::optional<QByteArray> bytes = package.read(QStringLiteral("docProps/custom.xml"));
    if (!bytes)
        return props;
    QXmlStreamReader xml(*bytes);
    QString name;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("property"))
                name = xml.attributes().value(QLatin1String("name")).toString();
            else if (!name.isEmpty())
                props.insert(name, xml.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (xml.isEndElement() && xml.name() == QLatin1String("property")) {
            name.clear();
        }
    }
    return props;
}

// Our own export keeps details the page does not print; restore them. A clerk may have edited the
// document upstream, so only what the text cannot tell is taken from the properties.
void restoreDetails(Report &report, const QHash<QString, QString> &props)
{
    auto value = [&](const char *key) { return props.value(QLatin1String(key)).trimmed(); };
    if (props.isEmpty() || !props.contains(QStringLiteral("FazhiReportId")))
        return;
    const QUuid parsedId = report.id;
    const QUuid id = QUuid::fromString(value("FazhiReportId"));
    if (!id.isNull())
        report.id = id;
    ReportDetails &d = report.details;
    const QString organization = value("FazhiOrganization");
    if (!organization.isEmpty())
        d.organization = organization;
    bool yearOk = false;
    const int year = value("FazhiYear").toInt(&yearOk);
    if (yearOk && year > 0)
        d.year = year;
    // An empty stored title means "generated from organization and year"; keep it so while the
    // printed title still is the generated one.
    const QString storedTitle = props.value(QStringLiteral("FazhiTitle"));
    if (storedTitle.isEmpty() && props.contains(QStringLiteral("FazhiTitle")) && !d.title.isEmpty()
        && d.title == defaultTitle(d.organization, d.year))
        d.title.clear();
    // The signature defaults to the organization in the same way.
    if (!d.signature.isEmpty() && d.signature == d.organization && props.contains(QStringLiteral("FazhiSignature"))
        && props.value(QStringLiteral("FazhiSignature")).isEmpty())
        d.signature.clear();
    d.source = props.value(QStringLiteral("FazhiSource"), d.source);
    d.publishedOn = props.value(QStringLiteral("FazhiPublishedOn"), d.publishedOn);
    d.publicationUrl = props.value(QStringLiteral("FazhiPublicationUrl"), d.publicationUrl);

    // Notes about the report node follow it to its restored id; a year or organization the text
    // importer had to guess is now known, so its "inferred" note goes.
    QList<ImportNote> notes;
    for (ImportNote note : std::as_const(report.importNotes)) {
        if (note.nodeId == parsedId) {
            note.nodeId = report.id;
            const bool restored = (yearOk && note.replacement == QString::number(d.year))
                || (!organization.isEmpty() && note.replacement == d.organization);
            if (note.kind == ImportNoteKind::Inferred && note.original.isEmpty() && restored)
                continue;
        }
        notes.append(note);
    }
    report.importNotes = notes;
}

}  // namespace

Result<Report> importDocxBytes(const QByteArray &bytes)
{
    // Password-protected .docx files and old binary .doc files are OLE compound files.
    if (bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
        return Error::data(Tr::tr("The file is an old Word (.doc) file or a password-protected document. "
                              "Save it as .docx without a password and try again."));
    }
    Package package(bytes);
    if (!package.open())
        return damaged();
    const QString documentPath = mainDocumentPath(package);
    const std::optional<QByteArray> document = package.read(documentPath);
    if (!document) {
        if (package.tooLarge)
            return *package.tooLarge;
        if (package.has(documentPath))
            return damaged();
        return Error::data(Tr::tr("The file is a zip archive but not a Word document (.docx)."));
    }
    TextCollector collector(*document, centredStyles(package, documentPath));
    if (!collector.run())
        return damaged();
    if (collector.failure)
        return *collector.failure;
    if (collector.text.endsWith(QLatin1Char('\n')))
        collector.text.chop(1);  // the paragraphs were joined by line breaks, not ended by them

    Result<Report> report = importReportText(collector.text);
    if (!report)
        return report;
    restoreDetails(report.value(), customProperties(package));
    return report;
}

Result<Report> importDocxFile(const QString &path)
{
    Result<QByteArray> bytes = readInputFile(path, limits::kMaxDocxFileSize);
    if (!bytes)
        return bytes.error();
    return importDocxBytes(bytes.value());
}

}  // namespace fazhi
