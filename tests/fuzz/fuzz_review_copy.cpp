// libFuzzer harness: the review-copy reader. Two kinds of input:
// - starting with "SQLite format 3": the received file itself;
// - otherwise SQL, run against a copy of a real review copy (FAZHI_FUZZ_REVIEW_COPY) to make the
//   received file: byte mutations of a database mostly fail its integrity scan, while SQL reaches the
//   merge with hostile rows, values and schemas (forged steps, rewritten comments, views, triggers).
//   The SQL runs with SQLite's authorizer (no ATTACH, only harmless pragmas, no extensions), a step
//   budget and a length limit, so it can only change that one temporary file.
// The received file is merged (review::importReviewCopy, which opens it with Workspace::openReceived) into
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

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace {

QTemporaryDir *g_dir = nullptr;
QString g_emptyTemplate;
QString g_baseTemplate;  // empty when no base workspace was given
QString g_copyTemplate;  // the copy SQL inputs edit; empty when none was given

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

int authorize(void *, int action, const char *a, const char *b, const char *, const char *)
{
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        for (const char *allowed : {"user_version", "application_id", "schema_version", "writable_schema",
                                    "foreign_keys", "journal_mode", "page_size", "auto_vacuum"}) {
            if (a && sqlite3_stricmp(a, allowed) == 0)
                return SQLITE_OK;
        }
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        return b && sqlite3_stricmp(b, "load_extension") == 0 ? SQLITE_DENY : SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

int stopAfterBudget(void *steps)
{
    return ++*static_cast<int *>(steps) > 20000;  // 20,000 × 1,000 VM steps: well under a second
}

// Makes the received file at `path` from the copy template and the SQL; false to skip the input.
bool makeCopyFromSql(const QString &path, const QByteArray &sql)
{
    if (g_copyTemplate.isEmpty())
        return false;
    // VACUUM INTO writes a file of its own choosing, and the authorizer does not see it.
    if (sql.toLower().contains("vacuum"))
        return false;
    removeDatabase(path);
    if (!QFile::copy(g_copyTemplate, path))
        std::abort();
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 4 * 1024 * 1024);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_set_authorizer(db, authorize, nullptr);
    int steps = 0;
    sqlite3_progress_handler(db, 1000, stopAfterBudget, &steps);
    const QByteArray text = sql + '\0';
    sqlite3_exec(db, text.constData(), nullptr, nullptr, nullptr);  // errors end the script: fine
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);  // a BEGIN left open by the script
    sqlite3_close_v2(db);
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    const QString copy = qEnvironmentVariable("FAZHI_FUZZ_REVIEW_COPY");
    if (!copy.isEmpty()) {
        g_copyTemplate = inDir(QStringLiteral("copy-template.fazhi"));
        if (!QFile::copy(copy, g_copyTemplate)) {
            std::fprintf(stderr, "fuzz_review_copy: cannot read FAZHI_FUZZ_REVIEW_COPY %s\n",
                         qPrintable(copy));
            std::abort();
        }
    }
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
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString copyPath = inDir(QStringLiteral("received.fazhi"));
    if (input.startsWith("SQLite format 3")) {
        removeDatabase(copyPath);
        QFile file(copyPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(input);
    } else if (!makeCopyFromSql(copyPath, input)) {
        return 0;
    }
    // The received file (and a -wal sent along) is only ever read.
    const QByteArray before = readAll(copyPath);
    const QByteArray walBefore = readAll(copyPath + QStringLiteral("-wal"));
    mergeInto(g_emptyTemplate, copyPath);
    if (!g_baseTemplate.isEmpty())
        mergeInto(g_baseTemplate, copyPath);
    if (readAll(copyPath) != before || readAll(copyPath + QStringLiteral("-wal")) != walBefore) {
        std::fprintf(stderr, "fuzz_review_copy: the received file was changed\n");
        std::abort();
    }
    removeDatabase(copyPath);
    return 0;
}
