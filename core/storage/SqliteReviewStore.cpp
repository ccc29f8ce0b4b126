// SqliteWorkspace as a ReviewStore: revisions, review steps and comments.
#include "SqliteWorkspaceImpl.h"
#include "model/ReportJson.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fazhi {

namespace {

Revision revisionFrom(QSqlQuery *q, const QUuid &reportId, bool withContent)
{
    Revision r;
    r.number = q->value(0).toInt();
    r.createdAt = timestampFromText(q->value(1).toString());
    r.createdBy = q->value(2).toString();
    if (withContent) {
        const QJsonDocument doc = QJsonDocument::fromJson(q->value(3).toString().toUtf8());
        Result<Report> content = reportFromJson(doc.object());
        if (content.ok())
            r.content = content.value();
        r.content.id = reportId;
    }
    return r;
}

const QString kCommentColumns = QStringLiteral(
    "uuid, kind, node_uuid, field, range_start, range_end, quote, text, base_text, parent_uuid, author, "
    "created_at, state, closed_by, closed_at, revision");

Comment commentFrom(QSqlQuery *q)
{
    Comment c;
    c.id = QUuid::fromString(q->value(0).toString());
    c.kind = commentKindFromString(q->value(1).toString()).value_or(CommentKind::Comment);
    c.nodeId = QUuid::fromString(q->value(2).toString());
    c.field = q->value(3).toString();
    c.start = q->value(4).toInt();
    c.end = q->value(5).toInt();
    c.quote = q->value(6).toString();
    c.text = q->value(7).toString();
    c.baseText = q->value(8).toString();
    c.parentId = QUuid::fromString(q->value(9).toString());
    c.author = q->value(10).toString();
    c.createdAt = timestampFromText(q->value(11).toString());
    c.state = commentStateFromString(q->value(12).toString()).value_or(CommentState::Open);
    c.closedBy = q->value(13).toString();
    c.closedAt = timestampFromText(q->value(14).toString());
    c.revision = q->value(15).toInt();
    return c;
}

QString optionalId(const QUuid &id) { return id.isNull() ? QString() : idText(id); }

}  // namespace

Result<QList<Revision>> SqliteWorkspace::listRevisions(const QUuid &reportId, bool withContent)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(
        withContent ? QStringLiteral("SELECT number, created_at, created_by, content FROM revisions "
                                     "WHERE report_key = ? ORDER BY number")
                    : QStringLiteral("SELECT number, created_at, created_by FROM revisions "
                                     "WHERE report_key = ? ORDER BY number"),
        {row->key});
    if (!q)
        return q.error();
    QList<Revision> list;
    while (q.value()->next())
        list.append(revisionFrom(q.value(), reportId, withContent));
    q.value()->finish();
    return list;
}

Result<Revision> SqliteWorkspace::loadRevision(const QUuid &reportId, int number)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(QStringLiteral("SELECT number, created_at, created_by, content FROM revisions "
                                                  "WHERE report_key = ? AND number = ?"),
                                   {row->key, number});
    if (!q)
        return q.error();
    if (!q.value()->next()) {
        q.value()->finish();
        return Error::data(Tr::tr("This report has no revision %1.").arg(number));
    }
    Revision r = revisionFrom(q.value(), reportId, true);
    q.value()->finish();
    return r;
}

Result<QList<ReviewEvent>> SqliteWorkspace::listEvents(const QUuid &reportId)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(QStringLiteral("SELECT uuid, at, by, action, opinion, revision, status_after "
                                                  "FROM review_events WHERE report_key = ? ORDER BY at, key"),
                                   {row->key});
    if (!q)
        return q.error();
    QList<ReviewEvent> list;
    while (q.value()->next()) {
        QSqlQuery *query = q.value();
        list.append(ReviewEvent{QUuid::fromString(query->value(0).toString()),
                                timestampFromText(query->value(1).toString()), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toString(), query->value(5).toInt(),
                                reportStatusFromString(query->value(6).toString()).value_or(ReportStatus::Draft)});
    }
    q.value()->finish();
    return list;
}

Result<QList<Comment>> SqliteWorkspace::listComments(const QUuid &reportId)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(
        QStringLiteral("SELECT %1 FROM comments WHERE report_key = ? ORDER BY created_at, key").arg(kCommentColumns),
        {row->key});
    if (!q)
        return q.error();
    QList<Comment> list;
    while (q.value()->next())
        list.append(commentFrom(q.value()));
    q.value()->finish();
    return list;
}

Result<int> SqliteWorkspace::recordTransition(const QUuid &reportId, ReviewEvent event, bool freeze)
{
    // The snapshot is read before the write transaction; the conflict check inside mutate() refuses the
    // transition if the report changed in between, so the revision is exactly the report submitted.
    std::optional<Report> snapshot;
    if (freeze) {
        Result<Report> current = loadReport(reportId);
        if (!current)
            return current.error();
        snapshot = current.value();
        snapshot->status = event.statusAfter;
    }
    if (event.id.isNull())
        event.id = newId();
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    int number = 0;
    Status status = d->mutate(reportId, [&](qint64 reportKey) -> Status {
        if (snapshot) {
            Result<QSqlQuery *> q =
                d->run(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM revisions WHERE report_key = ?"), {reportKey});
            if (!q)
                return q.error();
            number = q.value()->next() ? q.value()->value(0).toInt() + 1 : 1;
            q.value()->finish();
            const QString content =
                QString::fromUtf8(QJsonDocument(toJson(*snapshot)).toJson(QJsonDocument::Compact));
            if (Status s = d->execute(QStringLiteral("INSERT INTO revisions (report_key, number, created_at, "
                                                     "created_by, content) VALUES (?, ?, ?, ?, ?)"),
                                      {reportKey, number, timestampText(event.at), event.by, content});
                !s)
                return s;
            event.revision = number;
        }
        if (Status s = d->execute(QStringLiteral("UPDATE reports SET status = ? WHERE key = ?"),
                                  {toString(event.statusAfter), reportKey});
            !s)
            return s;
        return d->execute(QStringLiteral("INSERT INTO review_events (report_key, uuid, at, by, action, opinion, "
                                         "revision, status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {reportKey, idText(event.id), timestampText(event.at), sanitizeFieldText(event.by),
                           event.action, sanitizeFieldText(event.opinion), event.revision,
                           toString(event.statusAfter)});
    });
    if (!status)
        return status.error();
    return number;
}


Status SqliteWorkspace::saveComment(const QUuid &reportId, const Comment &c)
{
    if (c.id.isNull())
        return invalidValue(QStringLiteral("id"), QString());
    for (const QString *text : {&c.text, &c.quote, &c.baseText}) {
        if (text->size() > limits::kMaxCommentLength)
            return limits::commentTooLong(text->size());
    }
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        return d->execute(
            QStringLiteral("INSERT INTO comments (report_key, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (report_key, uuid) DO UPDATE SET kind = excluded.kind, "
                           "node_uuid = excluded.node_uuid, field = excluded.field, range_start = excluded.range_start, "
                           "range_end = excluded.range_end, quote = excluded.quote, text = excluded.text, "
                           "base_text = excluded.base_text, parent_uuid = excluded.parent_uuid, author = excluded.author, "
                           "state = excluded.state, closed_by = excluded.closed_by, closed_at = excluded.closed_at, "
                           "revision = excluded.revision")
                .arg(kCommentColumns),
            {reportKey, idText(c.id), toString(c.kind), idText(c.nodeId), c.field, c.start, c.end,
             sanitizeFieldText(c.quote), sanitizeFieldText(c.text), sanitizeFieldText(c.baseText), optionalId(c.parentId),
             sanitizeFieldText(c.author), timestampText(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()),
             toString(c.state), sanitizeFieldText(c.closedBy), c.closedAt.isValid() ? timestampText(c.closedAt) : QString(),
             c.revision});
    });
}

Status SqliteWorkspace::addEventIfAbsent(const QUuid &reportId, const ReviewEvent &e)
{
    const QUuid id = e.id.isNull() ? newId() : e.id;
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        static const QString sqlite = QStringLiteral("INSERT OR IGNORE INTO review_events (report_key, uuid, at, by, "
                                                     "action, opinion, revision, status_after) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        static const QString postgres = QStringLiteral("INSERT INTO review_events (report_key, uuid, at, by, action, "
                                                       "opinion, revision, status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                                       "ON CONFLICT DO NOTHING");
        return d->execute(d->dialect(sqlite, postgres),
                          {reportKey, idText(id), timestampText(at), sanitizeFieldText(e.by), e.action,
                           sanitizeFieldText(e.opinion), e.revision, toString(e.statusAfter)});
    });
}

Status SqliteWorkspace::addRevisionIfAbsent(const QUuid &reportId, const Revision &r)
{
    if (r.number <= 0)
        return invalidValue(QStringLiteral("revision"), QString::number(r.number));
    Report content = r.content;
    content.id = reportId;
    const QString json = QString::fromUtf8(QJsonDocument(toJson(content)).toJson(QJsonDocument::Compact));
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        static const QString sqlite = QStringLiteral("INSERT OR IGNORE INTO revisions (report_key, number, created_at, "
                                                     "created_by, content) VALUES (?, ?, ?, ?, ?)");
        static const QString postgres = QStringLiteral("INSERT INTO revisions (report_key, number, created_at, "
                                                       "created_by, content) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        return d->execute(d->dialect(sqlite, postgres),
                          {reportKey, r.number, timestampText(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()),
                           r.createdBy, json});
    });
}

}  // namespace fazhi
