#pragma once
// Where reports are kept: a workspace's reports, their details and their node trees. An abstract
// store: SQLite (storage/Sqlite*.cpp) implements it, and a server backend can implement the same.
//
// Saving is field-granular: the GUI saves as the user types, so changing one paragraph updates one
// field, never the whole report.
//
// Concurrency: every report has a change counter. A store remembers the counter it last saw for each
// report it loaded or wrote; a change is applied only if the counter stored still matches, inside one
// write transaction. If another program (or another store object) changed the report meanwhile, the
// change is refused with Error::Code::Conflict and nothing is written; the caller reloads. Edits are
// never merged silently and never overwrite each other.
//
// What "seen" means: loadReport, insertReport and every successful change made through this object
// record the counter; listReports does not. A report this object has never seen may still be changed:
// there is no stale view to protect, so the change applies to the report as it is stored at that
// moment (this is what lets `fazhi-cli` open, edit by id, and exit). Once seen, every change is checked.
//
// Errors: unknown report or node id, unknown field, wrong value type or invalid value → Data;
// conflict → Conflict; the store busy beyond its timeout → State; disk full, read-only file, I/O → Io.
// A failed call writes nothing.
//
// Text: every text stored (fields, details, whole reports) passes through sanitizeFieldText()
// (model/TextSanitize.h) and the limits of model/Limits.h. Timestamps are stored and returned in UTC.

#include "model/Report.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace fazhi {

struct ReportSummary {
    QUuid id;
    int year = 0;
    QString organization;
    ReportStatus status = ReportStatus::Draft;
    QString title;  // effective title
    QDateTime updatedAt;
};

class ReportStore {
public:
    virtual ~ReportStore() = default;

    virtual Result<QList<ReportSummary>> listReports() = 0;
    // Text that changes whenever a report is added, deleted or changed.
    virtual Result<QString> reportsFingerprint() = 0;
    // The reports of one year (last year's report for the checks, without listing all of them).
    virtual Result<QList<ReportSummary>> listReportsOfYear(int year) = 0;
    // The organizations this store knows, sorted: those of its reports, and on a server also those of
    // its town users (the county's dashboard lists a town that has sent nothing yet); as the reader
    // may see them (a town's clerk: the clerk's own).
    virtual Result<QStringList> knownOrganizations() = 0;
    virtual Result<Report> loadReport(const QUuid &id) = 0;
    // Stores a complete new report (import, template, review copy). Missing ids are assigned.
    virtual Result<QUuid> insertReport(Report report) = 0;
    virtual Status deleteReport(const QUuid &id) = 0;

    // One detail of the report, by its JSON name: organization, year, title, addressee, signature,
    // date (QDate), source, publishedOn, publicationUrl.
    virtual Status setDetail(const QUuid &reportId, const QString &field, const QVariant &value) = 0;
    virtual Status setStatus(const QUuid &reportId, ReportStatus status) = 0;

    // One field of a node, by its JSON name: heading / partKind (part); lead / headingStyle (section);
    // pointStyle (part or section); text (paragraph, point); label / value / unit / qualifier (fact).
    virtual Status setNodeField(const QUuid &reportId, const QUuid &nodeId, const QString &field,
                                const QVariant &value) = 0;

    // Structural edits. `index` is the position among the siblings (clamped to the end; a negative
    // index also means the end). Null ids of the new nodes are filled in; an id already used in the
    // report is refused (Data). Sibling positions stay dense (0 … n-1) after every change.
    virtual Status insertPart(const QUuid &reportId, int index, const Part &part) = 0;
    virtual Status insertSection(const QUuid &reportId, const QUuid &partId, int index, const Section &section) = 0;
    // containerId: a part (intro paragraphs) or a section (body paragraphs); or the report id with
    // `slot` "preamble" or "closing" for report-level paragraphs.
    virtual Status insertParagraph(const QUuid &reportId, const QUuid &containerId, int index,
                                   const Paragraph &paragraph, const QString &slot = QString()) = 0;
    virtual Status insertPoint(const QUuid &reportId, const QUuid &ownerId, int index, const Point &point) = 0;
    virtual Status insertFact(const QUuid &reportId, const QUuid &sectionId, int index, const Fact &fact) = 0;
    // Removes a node and everything under it.
    virtual Status removeNode(const QUuid &reportId, const QUuid &nodeId) = 0;
    // Moves a node to `index` among its current siblings.
    virtual Status moveNode(const QUuid &reportId, const QUuid &nodeId, int index) = 0;

    // Replaces the whole content of an existing report in one transaction (e.g. accepting a review
    // copy): details, parts, preamble, closing and import notes. The report keeps its id, status and
    // creation time (status changes go through setStatus). Subject to the same conflict check.
    virtual Status replaceReport(const Report &report) = 0;

    // Whether a report came in from a review copy (it belongs to another workspace, whose revisions
    // and drafter's steps it receives) rather than being this store's own.
    virtual Result<bool> isReceived(const QUuid &reportId) = 0;
    virtual Status setReceived(const QUuid &reportId, bool received) = 0;

    // The change counter last seen by this object for a report (0 if never seen).
    virtual qint64 knownChangeCounter(const QUuid &reportId) const = 0;
};

}  // namespace fazhi
