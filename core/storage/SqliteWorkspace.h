#pragma once
// The workspace as one SQLite file: WAL mode, PRAGMA application_id 'FAZH', the schema version in
// PRAGMA user_version (storage/Schema.cpp holds the schema and its migrations). Each store's part is
// in its own file: SqliteReportStore.cpp, SqliteReviewStore.cpp, SqliteIgnoreStore.cpp; opening and
// received files in SqliteWorkspace.cpp. Made by Workspace::open(); nothing outside storage/ names it.
// Its statements are plain SQL that also runs on a PostgreSQL server: openServer() (PgWorkspace.cpp)
// gives the same class on a QPSQL connection, the few statements that differ choosing by Impl::server.

#include "Workspace.h"

namespace fazhi {

class SqliteWorkspace final : public Workspace {
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Integrity integrity);
    static Result<std::unique_ptr<Workspace>> openReceived(const QString &path);
    // The same stores on a PostgreSQL server (storage/PgWorkspace.h, PgWorkspace.cpp).
    static Result<std::unique_ptr<Workspace>> openServer(const QString &address);
    ~SqliteWorkspace() override;

    QFuture<Status> integrityCheck() const override;
    bool watchChanges(std::function<void()> onChange) override;  // PgWorkspace.cpp

    // ReportStore
    Result<QList<ReportSummary>> listReports() override;
    Result<QString> reportsFingerprint() override;
    Result<QList<ReportSummary>> listReportsOfYear(int year) override;
    Result<QStringList> knownOrganizations() override;
    Result<Report> loadReport(const QUuid &id) override;
    Result<QUuid> insertReport(Report report) override;
    Status deleteReport(const QUuid &id) override;
    Status setDetail(const QUuid &reportId, const QString &field, const QVariant &value) override;
    Status setStatus(const QUuid &reportId, ReportStatus status) override;
    Status setNodeField(const QUuid &reportId, const QUuid &nodeId, const QString &field,
                        const QVariant &value) override;
    Status insertPart(const QUuid &reportId, int index, const Part &part) override;
    Status insertSection(const QUuid &reportId, const QUuid &partId, int index, const Section &section) override;
    Status insertParagraph(const QUuid &reportId, const QUuid &containerId, int index, const Paragraph &paragraph,
                           const QString &slot = QString()) override;
    Status insertPoint(const QUuid &reportId, const QUuid &ownerId, int index, const Point &point) override;
    Status insertFact(const QUuid &reportId, const QUuid &sectionId, int index, const Fact &fact) override;
    Status removeNode(const QUuid &reportId, const QUuid &nodeId) override;
    Status moveNode(const QUuid &reportId, const QUuid &nodeId, int index) override;
    Status replaceReport(const Report &report) override;
    Result<bool> isReceived(const QUuid &reportId) override;
    Status setReceived(const QUuid &reportId, bool received) override;
    qint64 knownChangeCounter(const QUuid &reportId) const override;

    // ReviewStore
    Result<QList<Revision>> listRevisions(const QUuid &reportId, bool withContent = false) override;
    Result<Revision> loadRevision(const QUuid &reportId, int number) override;
    Result<QList<ReviewEvent>> listEvents(const QUuid &reportId) override;
    Result<QList<Comment>> listComments(const QUuid &reportId) override;
    Result<int> recordTransition(const QUuid &reportId, ReviewEvent event, bool freeze) override;
    Status saveComment(const QUuid &reportId, const Comment &comment) override;
    Status addEventIfAbsent(const QUuid &reportId, const ReviewEvent &event) override;
    Status addRevisionIfAbsent(const QUuid &reportId, const Revision &revision) override;

    // IgnoreStore
    Result<check::IgnoreList> ignoredFindings(const QUuid &reportId) override;
    Status setIgnoredFindings(const QUuid &reportId, const check::IgnoreList &list) override;

    struct Impl;  // SqliteWorkspaceImpl.h

private:
    explicit SqliteWorkspace(const QString &path);
    std::unique_ptr<Impl> d;
};

}  // namespace fazhi
