// libFuzzer harness: the review-copy reader. The input is written to a file, as a copy received from
// another PC, and merged (review::importReviewCopy, which opens it with Workspace::openReceived) into
// two workspaces: an empty one (the reviewer receiving a clerk's copy) and, when
// FAZHI_FUZZ_BASE_WORKSPACE names one, a copy of the workspace the seed copies came from (the clerk
// receiving the reviewer's copy back, so merges into known reports are reached). Each workspace is
// copied fresh from a template for every input, so runs are independent and repeatable.
// scripts/fuzz.sh points TMPDIR at /dev/shm: SQLite's syncs cost nothing there.

#include "FuzzSupport.h"

#include "workflow/ReviewWorkflow.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {

QTemporaryDir *g_dir = nullptr;
QString g_emptyTemplate;
QString g_baseTemplate;  // empty when no base workspace was given

QString inDir(const QString &name) { return g_dir->filePath(name); }

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Makes a template workspace at `path`: an empty one, or a checkpointed copy of `from`.
bool makeTemplate(const QString &path, const QString &from)
{
    if (!from.isEmpty() && !QFile::copy(from, path))
        return false;
    auto ws = fazhi::Workspace::open(path);  // creates, or upgrades and checks the copy
    return ws.ok();
}

void mergeInto(const QString &templatePath, const QString &copyPath)
{
    const QString wsPath = inDir(QStringLiteral("ws.fazhi"));
    removeDatabase(wsPath);
    if (!QFile::copy(templatePath, wsPath))
        std::abort();  // the harness itself is broken: stop rather than fuzz nothing
    {
        auto ws = fazhi::Workspace::open(wsPath);
        if (!ws.ok())
            std::abort();
        auto merged = fazhi::review::importReviewCopy(*ws.value(), copyPath);
        if (merged.ok()) {
            // What was merged must read back.
            for (const QUuid &id : merged->reports) {
                (void)ws.value()->loadReport(id);
                (void)ws.value()->listComments(id);
            }
        }
    }
    removeDatabase(wsPath);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fazhi::fuzz::initQt(argc, argv);
    g_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/fazhi-fuzz-XXXXXX"));
    if (!g_dir->isValid()) {
        std::fprintf(stderr, "fuzz_review_copy: cannot make a temporary folder\n");
        std::abort();
    }
    g_emptyTemplate = inDir(QStringLiteral("empty-template.fazhi"));
    if (!makeTemplate(g_emptyTemplate, QString()))
        std::abort();
    const QString base = qEnvironmentVariable("FAZHI_FUZZ_BASE_WORKSPACE");
    if (!base.isEmpty()) {
        g_baseTemplate = inDir(QStringLiteral("base-template.fazhi"));
        if (!makeTemplate(g_baseTemplate, base)) {
            std::fprintf(stderr, "fuzz_review_copy: cannot open FAZHI_FUZZ_BASE_WORKSPACE %s\n",
                         qPrintable(base));
            std::abort();
        }
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString copyPath = inDir(QStringLiteral("received.fazhi"));
    {
        QFile file(copyPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    mergeInto(g_emptyTemplate, copyPath);
    if (!g_baseTemplate.isEmpty())
        mergeInto(g_baseTemplate, copyPath);
    // The received file is only ever read.
    QFile file(copyPath);
    if (!file.open(QIODevice::ReadOnly) ||
        file.readAll() != QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                  static_cast<qsizetype>(size))) {
        std::fprintf(stderr, "fuzz_review_copy: the received file was changed\n");
        std::abort();
    }
    file.close();
    removeDatabase(copyPath);
    return 0;
}
