// libFuzzer harness: the .docx importer (importDocxBytes), then the report's JSON round trip.
//
// Two kinds of input, so mutations reach the XML and not only the zip container (every part's CRC is
// checked, so a mutated deflate stream or stored part is refused before any XML is read):
// - starting with "PK": the bytes are the .docx itself;
// - otherwise: the package's parts, separated by a line "=====" (see kParts), zipped here with correct
//   CRCs before import. scripts/fuzz.sh makes seeds of both kinds from real documents.

#include "FuzzSupport.h"

#include "import/DocxImporter.h"
#include "model/ReportJson.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

const char *const kParts[] = {"word/document.xml", "word/styles.xml", "docProps/custom.xml",
                              "docProps/core.xml", "_rels/.rels", "[Content_Types].xml"};
const QByteArray kSeparator = QByteArrayLiteral("\n=====\n");

QByteArray zipParts(const QByteArray &input)
{
    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        std::abort();
    qsizetype from = 0;
    for (const char *name : kParts) {
        const qsizetype end = input.indexOf(kSeparator, from);
        const QByteArray part = input.mid(from, end < 0 ? -1 : end - from);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QLatin1String(name))))
            std::abort();
        file.write(part);
        file.close();
        if (end < 0)
            break;
        from = end + kSeparator.size();
    }
    zip.close();
    return zipped;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fazhi::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray docx = input.startsWith("PK") ? input : zipParts(input);
    auto report = fazhi::importDocxBytes(docx);
    if (!report.ok())
        return 0;
    auto back = fazhi::reportFromJson(fazhi::toJson(report.value()));
    (void)back;
    return 0;
}
