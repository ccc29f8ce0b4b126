// libFuzzer harness: the JSON reader of a report (the form of `fazhi-cli show --json`, review copies
// and resources/examples), then writing it back and reading that again.

#include "FuzzSupport.h"

#include "model/ReportJson.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fazhi::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    auto report = fazhi::reportFromJson(doc.object());
    if (!report.ok())
        return 0;
    auto again = fazhi::reportFromJson(fazhi::toJson(report.value()));
    (void)again;
    (void)fazhi::contentJson(report.value());
    return 0;
}
