#pragma once
// A workspace: many reports (years × organizations) with their review records and ignored findings,
// kept in one place: a SQLite file on the user's PC (storage/SqliteWorkspace.h) or a database on a
// PostgreSQL server (storage/PgWorkspace.h). It is the three
// stores a backend implements (ReportStore, ReviewStore, IgnoreStore: what they promise is said there)
// plus opening, the integrity verdict and where it lives. Everything above storage/ talks to this class;
// no SQL outside storage/.

#include "IgnoreStore.h"
#include "ReportStore.h"
#include "ReviewStore.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>
#include <functional>
#include <memory>

class QThreadPool;

namespace fazhi {

class Workspace : public ReportStore, public ReviewStore, public IgnoreStore {
public:
    ~Workspace() override = default;
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens or creates a workspace file. A file that is not a workspace, comes from a newer version,
    // or is damaged gives a clear error and is left byte-for-byte untouched.
    // An absent or 0-byte file becomes a new workspace (parent folders are created). Otherwise the
    // header is checked and the file is opened read-only first (application_id, user_version,
    // quick_check); only a healthy workspace is reopened read-write and migrated.
    // Not a workspace / damaged → Data; made by a newer version → State; unreadable → Io.
    //
    // Integrity::InBackground (the desktop app, so its window shows at once) leaves only the deep scan,
    // quick_check, to a worker thread: the cheap checks still come first, every write waits for the
    // scan's verdict, and a damaged file refuses all writes with the same error open() would give.
    // A file that needs migrating or holds a -wal left by a crash is still scanned before opening
    // (closing would otherwise checkpoint that WAL into a file not yet known to be healthy).
    enum class Integrity { BeforeOpening, InBackground };
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   Integrity integrity = Integrity::BeforeOpening);
    // `path` may also be a PostgreSQL server's address, postgresql://USER@HOST:PORT/DATABASE (libpq
    // options such as ?sslmode=verify-full pass through; the password comes from PGPASSWORD or the
    // .pgpass file): the same stores on the server (storage/PgWorkspace.h). An empty database gets the
    // schema; one of a newer schema is refused (State), a database that is not a workspace's (Data).
    // Integrity does not apply there (the server keeps its own). Cannot connect → Io.
    static bool isServerAddress(const QString &place);

    // The verdict of the integrity scan: finished at once for Integrity::BeforeOpening; with
    // InBackground a future the GUI can watch. Its result is an error when the file is damaged.
    virtual QFuture<Status> integrityCheck() const = 0;

    // Being told of changes other programs make, without polling: on a server (LISTEN/NOTIFY, set up by
    // `fazhi-cli server init`) `onChange` runs on this thread's event loop soon after another
    // connection changed a report, a comment or a review step. It says nothing of what changed (a
    // notification passes row-level security by): reread what is shown, which the server filters.
    // False where the backend has no such thing (a file) or the subscription failed.
    virtual bool watchChanges(std::function<void()> onChange) = 0;
    // The thread the integrity scans run on, one at a time at idle priority (on Linux a thread's idle
    // policy outlives its task: hence a pool of its own). Tests occupy it to keep a scan pending.
    static QThreadPool *integrityScanThreads();

    // A workspace file received from elsewhere (a review copy from another PC), read without trusting
    // it and without changing it: the file itself is only read, once, into a private temporary copy
    // (it must be an ordinary file within limits::kMaxReceivedFileSize; one this process also has open
    // elsewhere is copied by SQLite, so that its connection keeps its locks); that copy must pass the integrity scan and hold exactly the schema this program writes at
    // its version (no views, triggers or changed tables) and rows and values within the limits, before
    // a row is read; an earlier version's copy is upgraded there. The object reads and writes the
    // temporary copy, which goes with it. Missing file → Io; anything refused → Data (newer → State).
    static Result<std::unique_ptr<Workspace>> openReceived(const QString &path);

    // The per-user default file (QStandardPaths::AppDataLocation/workspace.fazhi), overridden by
    // the FAZHI_WORKSPACE environment variable when it is set. AppDataLocation depends on the
    // organization/application names the executable sets: the GUI and the CLI must set the same ones
    // to share a workspace. Without an application object: GenericDataLocation/FazhiReport.
    static QString defaultPath();

    QString path() const { return m_path; }

    // The report list read while the caller does other work (the desktop app builds its window):
    // on a worker thread, on its own read-only connection, once the file's header says it is a
    // workspace. It holds for an open workspace only while reportsFingerprint() still gives the
    // fingerprint taken with it (another program may have changed the reports in between).
    struct ReportList {
        QString path;  // the file listed, as path() gives it
        QList<ReportSummary> reports;
        QString fingerprint;
    };
    static QFuture<Result<ReportList>> readReportListInBackground(const QString &path);

protected:
    explicit Workspace(const QString &path) : m_path(path) {}

private:
    QString m_path;
};

}  // namespace fazhi
