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

#include "model/Report.h"
#include "util/Result.h"

#include <QString>
#include <QUuid>
#include <QVariant>
#include <memory>

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
    static Result<std::unique_ptr<Workspace>> open(const QString &path);

    // The per-user default file (QStandardPaths::AppDataLocation/workspace.fazhi), overridden by
    // the FAZHI_WORKSPACE environment variable when it is set.
    static QString defaultPath();

    QString path() const;

    Result<QList<ReportSummary>> listReports();
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

    // Structural edits. `index` is the position among the siblings (clamped to the end).
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
    // copy). Subject to the same conflict check.
    Status replaceReport(const Report &report);

    // The change counter last seen by this object for a report (0 if never seen).
    qint64 knownChangeCounter(const QUuid &reportId) const;

private:
    Workspace();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace fazhi
