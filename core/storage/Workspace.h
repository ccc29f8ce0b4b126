#pragma once
// The workspace: one SQLite file holding many reports (years × organizations).
//
// All SQL lives in storage/. Saving is field-granular: the GUI saves as the user types, so changing
// one paragraph updates one row, never the whole report.
//
// Concurrency: every report has a change counter. A Workspace remembers the counter it last saw for
// each report it loaded or wrote; a change is applied only if the counter in the file still matches,
// inside one IMMEDIATE transaction. If another process (or another Workspace object) changed the
// report meanwhile, the change is refused with Error::Code::Conflict and nothing is written; the caller
// reloads. Edits are never merged silently and never overwrite each other.
//
// What "seen" means: loadReport, insertReport and every successful change made through this object
// record the counter; listReports does not. A report this object has never seen may still be changed:
// there is no stale view to protect, so the change applies to the report as it is in the file at that
// moment (this is what lets `fazhi-cli` open, edit by id, and exit). Once seen, every change is checked.
//
// Errors: unknown report or node id, unknown field, wrong value type or invalid value → Data;
// conflict → Conflict; the file busy in another program beyond the busy timeout → State;
// disk full, read-only file, I/O → Io. A failed call writes nothing.
//
// Text: every text stored (fields, details, whole reports) passes through sanitizeFieldText()
// (model/TextSanitize.h): no line breaks or control characters inside a field. Timestamps are
// stored and returned in UTC.
//
// Opening: see open(). The file is SQLite in WAL mode with PRAGMA application_id 'FAZH' and the schema
// version in PRAGMA user_version (storage/Schema.cpp holds the schema and its migrations).

#include "check/IgnoreList.h"
#include "model/Report.h"
#include "review/Review.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <memory>

class QThreadPool;

namespace fazhi {

struct ReportSummary {
    QUuid id;
    int year = 0;
    QString organization;
    ReportStatus status = ReportStatus::Draft;
    QString title;  // effective title
    QDateTime updatedAt;
};

class Workspace {
public:
    ~Workspace();
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

    // The verdict of the integrity scan: finished at once for Integrity::BeforeOpening; with
    // InBackground a future the GUI can watch. Its result is an error when the file is damaged.
    QFuture<Status> integrityCheck() const;
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

    QString path() const;

    Result<QList<ReportSummary>> listReports();
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
    // Text that changes whenever a report is added, deleted or changed.
    Result<QString> reportsFingerprint();
    // The reports of one year (last year's report for the checks, without listing all of them).
    Result<QList<ReportSummary>> listReportsOfYear(int year);
    Result<Report> loadReport(const QUuid &id);
    // Stores a complete new report (import, template, review copy). Missing ids are assigned.
    Result<QUuid> insertReport(Report report);
    Status deleteReport(const QUuid &id);

    // One detail of the report, by its JSON name: organization, year, title, addressee, signature,
    // date (QDate), source, publishedOn, publicationUrl.
    Status setDetail(const QUuid &reportId, const QString &field, const QVariant &value);
    Status setStatus(const QUuid &reportId, ReportStatus status);

    // One field of a node, by its JSON name: heading / partKind (part); lead / headingStyle (section);
    // pointStyle (part or section); text (paragraph, point); label / value / unit / qualifier (fact).
    Status setNodeField(const QUuid &reportId, const QUuid &nodeId, const QString &field,
                        const QVariant &value);

    // Structural edits. `index` is the position among the siblings (clamped to the end; a negative
    // index also means the end). Null ids of the new nodes are filled in; an id already used in the
    // report is refused (Data). Sibling positions stay dense (0 … n-1) after every change.
    Status insertPart(const QUuid &reportId, int index, const Part &part);
    Status insertSection(const QUuid &reportId, const QUuid &partId, int index, const Section &section);
    // containerId: a part (intro paragraphs) or a section (body paragraphs); or the report id with
    // `slot` "preamble" or "closing" for report-level paragraphs.
    Status insertParagraph(const QUuid &reportId, const QUuid &containerId, int index,
                           const Paragraph &paragraph, const QString &slot = QString());
    Status insertPoint(const QUuid &reportId, const QUuid &ownerId, int index, const Point &point);
    Status insertFact(const QUuid &reportId, const QUuid &sectionId, int index, const Fact &fact);
    // Removes a node and everything under it.
    Status removeNode(const QUuid &reportId, const QUuid &nodeId);
    // Moves a node to `index` among its current siblings.
    Status moveNode(const QUuid &reportId, const QUuid &nodeId, int index);

    // Replaces the whole content of an existing report in one transaction (e.g. accepting a review
    // copy): details, parts, preamble, closing and import notes. The report keeps its id, status and
    // creation time (status changes go through setStatus). Subject to the same conflict check.
    Status replaceReport(const Report &report);

    // The review record (workflow/ReviewWorkflow.h drives these; see review/Review.h).
    Result<QList<Revision>> listRevisions(const QUuid &reportId, bool withContent = false);
    Result<Revision> loadRevision(const QUuid &reportId, int number);
    Result<QList<ReviewEvent>> listEvents(const QUuid &reportId);     // oldest first
    Result<QList<Comment>> listComments(const QUuid &reportId);       // oldest first
    // Sets the status to event.statusAfter and records the event, in one transaction subject to the
    // conflict check. With `freeze`, the report as it is in the file becomes the next revision, whose
    // number is returned (and stored in the event); otherwise 0.
    Result<int> recordTransition(const QUuid &reportId, ReviewEvent event, bool freeze);
    // Inserts or updates a comment by its id. Comments do not change the report's text, so they do not
    // count as a change of the report (no conflict with someone typing).
    Status saveComment(const QUuid &reportId, const Comment &comment);
    // For merging review copies: stored only when not yet present (by id / by number).
    Status addEventIfAbsent(const QUuid &reportId, const ReviewEvent &event);
    Status addRevisionIfAbsent(const QUuid &reportId, const Revision &revision);

    // The findings of the checks the user chose to ignore in a report, with their reasons: kept with the
    // report in the workspace (so they travel with the file and the command line sees them too), but
    // not part of it; setting them is not a change to the report.
    Result<check::IgnoreList> ignoredFindings(const QUuid &reportId);
    Status setIgnoredFindings(const QUuid &reportId, const check::IgnoreList &list);

    // Whether a report came into this workspace from a review copy (it belongs to another workspace,
    // whose revisions and drafter's steps it receives) rather than being this workspace's own.
    Result<bool> isReceived(const QUuid &reportId);
    Status setReceived(const QUuid &reportId, bool received);

    // The change counter last seen by this object for a report (0 if never seen).
    qint64 knownChangeCounter(const QUuid &reportId) const;

private:
    Workspace();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace fazhi
