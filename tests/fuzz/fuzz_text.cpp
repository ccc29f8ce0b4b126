// libFuzzer harness: the .txt importer (decodeText and parseReportText within the limits), then the
// report's JSON round trip, as `fazhi-cli import x.txt` followed by `show --json` would do.

#include "FuzzSupport.h"

#include "import/TextImporter.h"
#include "model/ReportJson.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fazhi::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto decoded = fazhi::decodeTextAndLines(bytes);
    if (!decoded.ok())
        return 0;
    auto report = fazhi::importReportText(decoded->text);
    if (!report.ok())
        return 0;
    auto back = fazhi::reportFromJson(fazhi::toJson(report.value()));
    (void)back;
    (void)fazhi::contentJson(report.value());
    return 0;
}
