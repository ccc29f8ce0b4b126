// SqliteWorkspace as a ReportStore: the reports, their details and their node trees.
#include "SqliteWorkspaceImpl.h"
#include "FileCheck.h"
#include "model/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fazhi {

namespace {

// What readSummaries() reads, in its order.
const QString kSummarySelect = QStringLiteral("SELECT uuid, year, organization, status, title, updated_at FROM reports ");
const QString kListSql = kSummarySelect + QStringLiteral("ORDER BY year DESC, organization, created_at, key");
// Changes with any report added, deleted or changed: every write to a report raises its
// change_counter and sets its updated_at.
const QString kFingerprintSql = QStringLiteral(
    "SELECT COUNT(*) || '|' || IFNULL(MAX(key), 0) || '|' || TOTAL(change_counter) || '|' || IFNULL(MAX(updated_at), '') "
    "FROM reports");
const QString kServerFingerprintSql = QStringLiteral(
    "SELECT COUNT(*) || '|' || COALESCE(MAX(key), 0) || '|' || COALESCE(SUM(change_counter), 0) || '|' || "
    "COALESCE(MAX(updated_at), '') FROM reports");

// The rows of a query that begins with kSummarySelect.
QList<ReportSummary> readSummaries(QSqlQuery *query)
{
    QList<ReportSummary> list;
    while (query->next()) {
        ReportSummary s;
        s.id = QUuid::fromString(query->value(0).toString());
        s.year = query->value(1).toInt();
        s.organization = query->value(2).toString();
        s.status = reportStatusFromString(query->value(3).toString()).value_or(ReportStatus::Draft);
        const QString title = query->value(4).toString();
        s.title = title.isEmpty() ? defaultTitle(s.organization, s.year) : title;
        s.updatedAt = timestampFromText(query->value(5).toString());
        list.append(s);
    }
    query->finish();
    return list;
}

}  // namespace

Result<QList<ReportSummary>> SqliteWorkspace::listReports()
{
    Result<QSqlQuery *> q = d->run(kListSql);
    if (!q)
        return q.error();
    return readSummaries(q.value());
}

namespace {

// The report list and its fingerprint on a read-only connection of its own, in one read transaction so
// that the fingerprint describes exactly the rows listed. Closing the connection ends the transaction.
Result<Workspace::ReportList> readReportListReadOnly(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open() || !db.transaction())
        return fromSqlError(db.lastError(), path);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(kFingerprintSql) || !q.next())
        return fromSqlError(q.lastError(), path);
    Workspace::ReportList list;
    list.path = path;
    list.fingerprint = q.value(0).toString();
    q.finish();
    if (!q.exec(kListSql))
        return fromSqlError(q.lastError(), path);
    list.reports = readSummaries(&q);
    return list;
}

}  // namespace

QFuture<Result<Workspace::ReportList>> Workspace::readReportListInBackground(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return QtConcurrent::run([absolute]() -> Result<ReportList> {
        // Only a file whose header says it is ours is opened: a read-only connection to a WAL-mode
        // file leaves -wal and -shm files beside it.
        Result<storage::FileState> state = storage::inspectWorkspaceFile(absolute, false);
        if (!state)
            return state.error();
        if (state.value() != storage::FileState::Workspace)
            return Error::state(QStringLiteral("no workspace yet: %1").arg(absolute));
        const QString connection = QStringLiteral("fazhi-list-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const databasefiles::Registration registration(absolute);
        Result<ReportList> list = readReportListReadOnly(absolute, connection);
        QSqlDatabase::removeDatabase(connection);  // closes the connection, while still registered
        return list;
    });
}

Result<QString> SqliteWorkspace::reportsFingerprint()
{
    Result<QSqlQuery *> q = d->run(d->dialect(kFingerprintSql, kServerFingerprintSql));
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const QString fingerprint = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return fingerprint;
}

Result<QList<ReportSummary>> SqliteWorkspace::listReportsOfYear(int year)
{
    Result<QSqlQuery *> q =
        d->run(kSummarySelect + QStringLiteral("WHERE year = ? ORDER BY organization, created_at, key"), {year});
    if (!q)
        return q.error();
    return readSummaries(q.value());
}

Result<Report> SqliteWorkspace::Impl::readReport(const QUuid &id, qint64 &counter)
{
    Result<QSqlQuery *> q = run(
        QStringLiteral(
            "SELECT key, organization, year, title, addressee, signature, date, source, published_on, "
            "publication_url, status, created_at, updated_at, change_counter, document_number FROM reports "
            "WHERE uuid = ?"),
        {idText(id)});
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    if (!query->next()) {
        query->finish();
        return unknownReport(id);
    }
    Report r;
    r.id = id;
    const qint64 reportKey = query->value(0).toLongLong();
    r.details.organization = query->value(1).toString();
    r.details.year = query->value(2).toInt();
    r.details.title = query->value(3).toString();
    r.details.addressee = query->value(4).toString();
    r.details.signature = query->value(5).toString();
    r.details.date = QDate::fromString(query->value(6).toString(), Qt::ISODate);
    r.details.source = query->value(7).toString();
    r.details.publishedOn = query->value(8).toString();
    r.details.publicationUrl = query->value(9).toString();
    r.status = reportStatusFromString(query->value(10).toString()).value_or(ReportStatus::Draft);
    r.createdAt = timestampFromText(query->value(11).toString());
    r.updatedAt = timestampFromText(query->value(12).toString());
    counter = query->value(13).toLongLong();
    r.details.documentNumber = query->value(14).toString();
    query->finish();

    q = run(QStringLiteral("SELECT key, parent_key, uuid, kind, slot, position, heading, part_kind, lead, "
                           "heading_style, point_style, text, label, value, unit, qualifier "
                           "FROM nodes WHERE report_key = ?"),
            {reportKey});
    if (!q)
        return q.error();
    query = q.value();
    std::vector<NodeRecord> records;
    while (query->next()) {
        NodeRecord n;
        n.key = query->value(0).toLongLong();
        n.parentKey = query->value(1).toLongLong();  // NULL reads as 0: report level
        n.id = QUuid::fromString(query->value(2).toString());
        n.kind = query->value(3).toString();
        n.slot = query->value(4).toString();
        n.position = query->value(5).toInt();
        for (int c = 0; c < NodeColumnCount; ++c)
            n.columns[c] = query->value(6 + c).toString();
        records.push_back(std::move(n));
    }
    query->finish();

    std::sort(records.begin(), records.end(),
              [](const NodeRecord &a, const NodeRecord &b) { return a.position < b.position; });
    QHash<QPair<qint64, QString>, QList<const NodeRecord *>> lists;
    for (const NodeRecord &n : records)
        lists[qMakePair(n.parentKey, n.slot)].append(&n);
    auto children = [&](qint64 parentKey, const QString &slot) {
        return lists.value(qMakePair(parentKey, slot));
    };

    auto paragraphs = [&](qint64 parentKey, const QString &slot) {
        QList<Paragraph> list;
        for (const NodeRecord *n : children(parentKey, slot))
            list.append(Paragraph{n->id, n->columns[Text]});
        return list;
    };
    auto body = [&](const NodeRecord &owner) {
        Body b;
        b.paragraphs = paragraphs(owner.key, kSlotParagraphs);
        for (const NodeRecord *n : children(owner.key, kSlotPoints))
            b.points.append(Point{n->id, n->columns[Text]});
        b.pointStyle = pointStyleFromString(owner.columns[PointStyleColumn]).value_or(PointStyle::RunIn);
        return b;
    };

    r.preamble = paragraphs(0, kSlotPreamble);
    r.closing = paragraphs(0, kSlotClosing);
    for (const NodeRecord *p : children(0, kSlotParts)) {
        Part part;
        part.id = p->id;
        part.kind = partKindFromString(p->columns[PartKindColumn]).value_or(PartKind::Custom);
        part.heading = p->columns[Heading];
        part.intro = body(*p);
        for (const NodeRecord *s : children(p->key, kSlotSections)) {
            Section section;
            section.id = s->id;
            section.lead = s->columns[Lead];
            section.headingStyle =
                headingStyleFromString(s->columns[HeadingStyleColumn]).value_or(HeadingStyle::RunIn);
            section.body = body(*s);
            for (const NodeRecord *f : children(s->key, kSlotFacts))
                section.facts.append(Fact{f->id, f->columns[Label], f->columns[Value], f->columns[Unit],
                                          f->columns[Qualifier]});
            part.sections.append(section);
        }
        r.parts.append(part);
    }

    q = run(QStringLiteral("SELECT kind, node_uuid, original, replacement, message, code, args FROM import_notes "
                           "WHERE report_key = ? ORDER BY position"),
            {reportKey});
    if (!q)
        return q.error();
    query = q.value();
    while (query->next()) {
        const QString node = query->value(1).toString();
        r.importNotes.append(
            ImportNote{query->value(0).toString(), node.isEmpty() ? QUuid() : QUuid::fromString(node),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                       query->value(5).toString(), {}});
        for (const auto &a : QJsonDocument::fromJson(query->value(6).toString().toUtf8()).array())
            r.importNotes.last().args.append(a.toString());
    }
    query->finish();
    return r;
}

Result<Report> SqliteWorkspace::loadReport(const QUuid &id)
{
    // One read transaction: the content and the counter remembered for it come from one snapshot.
    if (Status s = d->beginRead(); !s)
        return s.error();
    qint64 counter = 0;
    Result<Report> report = d->readReport(id, counter);
    if (!report) {
        d->rollback();
        return report;
    }
    if (Status s = d->commit(); !s) {
        d->rollback();
        return s.error();
    }
    d->knownCounters.insert(id, counter);
    return report;
}

Result<QUuid> SqliteWorkspace::insertReport(Report report)
{
    assignMissingIds(report);
    sanitize(report);
    if (Status s = limits::check(report); !s)
        return s.error();
    if (Status s = checkYear(report.details.year); !s)
        return s.error();
    if (Status s = checkDistinct(report.id, collectIds(report)); !s)
        return s.error();
    if (!report.createdAt.isValid())
        report.createdAt = QDateTime::currentDateTimeUtc();
    if (!report.updatedAt.isValid())
        report.updatedAt = report.createdAt;

    if (Status s = d->beginWrite(); !s)
        return s.error();
    auto fail = [&](const Error &e) -> Result<QUuid> {
        d->rollback();
        return e;
    };
    Result<QSqlQuery *> exists =
        d->run(QStringLiteral("SELECT 1 FROM reports WHERE uuid = ?"), {idText(report.id)});
    if (!exists)
        return fail(exists.error());
    const bool taken = exists.value()->next();
    exists.value()->finish();
    if (taken)
        return fail(duplicateReport(report.id));

    constexpr qint64 firstCounter = 1;
    // The organization comes with the row: a server's row-level security admits a new report by it.
    static const QString insert = QStringLiteral("INSERT INTO reports (uuid, organization, status, created_at, "
                                                 "updated_at, change_counter) VALUES (?, ?, ?, ?, ?, ?)");
    static const QString returning = insert + QStringLiteral(" RETURNING key");
    Result<QSqlQuery *> q = d->run(d->dialect(insert, returning),
                                   {idText(report.id), report.details.organization, toString(report.status),
                                    timestampText(report.createdAt), timestampText(report.updatedAt), firstCounter});
    if (!q)
        return fail(q.error());
    const qint64 reportKey = d->insertedKey(q.value());
    if (Status s = d->writeDetails(reportKey, report.details); !s)
        return fail(s.error());
    if (Status s = d->insertContent(reportKey, report); !s)
        return fail(s.error());
    if (Status s = d->commit(); !s)
        return fail(s.error());
    d->knownCounters.insert(report.id, firstCounter);
    return report.id;
}

Status SqliteWorkspace::deleteReport(const QUuid &id)
{
    if (Status s = d->beginWrite(); !s)
        return s;
    Result<Impl::ReportRow> row = d->lockedReportRow(id);
    if (!row) {
        d->rollback();
        return row.error();
    }
    const qint64 known = d->knownCounters.value(id, 0);
    if (known != 0 && known != row->counter) {
        d->rollback();
        return conflict();
    }
    // Nodes and import notes go with it (ON DELETE CASCADE).
    Result<QSqlQuery *> deleted = d->run(QStringLiteral("DELETE FROM reports WHERE key = ?"), {row->key});
    if (!deleted) {
        d->rollback();
        return deleted.error();
    }
    // A server's row-level security hides what its user may not delete instead of failing.
    const bool gone = !d->server || deleted.value()->numRowsAffected() == 1;
    deleted.value()->finish();
    if (!gone) {
        d->rollback();
        return changeNotAllowed(d->path);
    }
    if (Status s = d->commit(); !s) {
        d->rollback();
        return s;
    }
    d->knownCounters.remove(id);
    return {};
}

Status SqliteWorkspace::setDetail(const QUuid &reportId, const QString &field, const QVariant &value)
{
    const auto spec = std::find_if(std::begin(kDetailFields), std::end(kDetailFields),
                                   [&](const DetailField &f) { return field == QLatin1String(f.name); });
    if (spec == std::end(kDetailFields))
        return unknownField(field);
    Result<QVariant> stored = detailValue(*spec, value, field);
    if (!stored)
        return stored.error();
    const QString sql =
        QStringLiteral("UPDATE reports SET %1 = ? WHERE key = ?").arg(QLatin1String(spec->column));
    return d->mutate(reportId, [&](qint64 reportKey) {
        return d->execute(sql, {stored.value(), reportKey});
    });
}

Status SqliteWorkspace::setStatus(const QUuid &reportId, ReportStatus status)
{
    return d->mutate(reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("UPDATE reports SET status = ? WHERE key = ?"),
                          {toString(status), reportKey});
    });
}

Status SqliteWorkspace::setNodeField(const QUuid &reportId, const QUuid &nodeId, const QString &field,
                               const QVariant &value)
{
    const auto spec = std::find_if(std::begin(kNodeFields), std::end(kNodeFields),
                                   [&](const NodeField &f) { return field == QLatin1String(f.name); });
    if (spec == std::end(kNodeFields))
        return unknownField(field);
    Result<QString> stored = nodeFieldText(*spec, value, field);
    if (!stored)
        return stored.error();
    const QString sql = QStringLiteral("UPDATE nodes SET %1 = ? WHERE key = ?")
                            .arg(QLatin1String(kNodeColumnNames[spec->column]));
    return d->mutate(reportId, [&](qint64 reportKey) -> Status {
        Result<Impl::NodeRef> node = d->node(reportKey, nodeId);
        if (!node)
            return node.error();
        if (!kindHasColumn(node->kind, spec->column))
            return unknownField(field);
        return d->execute(sql, {stored.value(), node->key});
    });
}

Status SqliteWorkspace::insertPart(const QUuid &reportId, int index, const Part &part)
{
    Part p = part;
    fillIds(p);
    sanitize(p);
    if (Status s = limits::check(p); !s)
        return s;
    QList<QUuid> ids;
    collectIds(p, ids);
    return d->insertChild(
        reportId, ids, index,
        [](qint64) -> Result<Place> {
            return Place{0, kSlotParts};
        },
        [&](qint64 reportKey, const Place &, int position) {
            return d->insertPartTree(reportKey, position, p);
        });
}

Status SqliteWorkspace::insertSection(const QUuid &reportId, const QUuid &partId, int index, const Section &section)
{
    Section s = section;
    fillIds(s);
    sanitize(s);
    if (Status st = limits::check(s); !st)
        return st;
    QList<QUuid> ids;
    collectIds(s, ids);
    return d->insertChild(
        reportId, ids, index,
        [&](qint64 reportKey) { return d->container(reportKey, partId, {kKindPart}, kSlotSections); },
        [&](qint64 reportKey, const Place &place, int position) {
            return d->insertSectionTree(reportKey, place.parentKey, position, s);
        });
}

Status SqliteWorkspace::insertParagraph(const QUuid &reportId, const QUuid &containerId, int index,
                                  const Paragraph &paragraph, const QString &slot)
{
    Paragraph p = paragraph;
    fillId(p.id);
    sanitize(p.text);
    if (Status s = limits::checkFieldLength(p.text); !s)
        return s;
    return d->insertChild(
        reportId, {p.id}, index,
        [&](qint64 reportKey) -> Result<Place> {
            if (containerId == reportId) {
                if (slot != kSlotPreamble && slot != kSlotClosing)
                    return invalidContainer();
                return Place{0, slot};
            }
            if (!slot.isEmpty())
                return invalidContainer();
            return d->container(reportKey, containerId, {kKindPart, kKindSection}, kSlotParagraphs);
        },
        [&](qint64 reportKey, const Place &place, int position) {
            return d->insertParagraphRow(reportKey, place.parentKey, place.slot, position, p);
        });
}

Status SqliteWorkspace::insertPoint(const QUuid &reportId, const QUuid &ownerId, int index, const Point &point)
{
    Point p = point;
    fillId(p.id);
    sanitize(p.text);
    if (Status s = limits::checkFieldLength(p.text); !s)
        return s;
    return d->insertChild(
        reportId, {p.id}, index,
        [&](qint64 reportKey) {
            return d->container(reportKey, ownerId, {kKindPart, kKindSection}, kSlotPoints);
        },
        [&](qint64 reportKey, const Place &place, int position) {
            return d->insertPointRow(reportKey, place.parentKey, position, p);
        });
}

Status SqliteWorkspace::insertFact(const QUuid &reportId, const QUuid &sectionId, int index, const Fact &fact)
{
    Fact f = fact;
    fillId(f.id);
    for (QString *s : {&f.label, &f.value, &f.unit, &f.qualifier}) {
        sanitize(*s);
        if (Status st = limits::checkFieldLength(*s); !st)
            return st;
    }
    return d->insertChild(
        reportId, {f.id}, index,
        [&](qint64 reportKey) { return d->container(reportKey, sectionId, {kKindSection}, kSlotFacts); },
        [&](qint64 reportKey, const Place &place, int position) {
            return d->insertFactRow(reportKey, place.parentKey, position, f);
        });
}

Status SqliteWorkspace::removeNode(const QUuid &reportId, const QUuid &nodeId)
{
    return d->mutate(reportId, [&](qint64 reportKey) -> Status {
        Result<Impl::NodeRef> node = d->node(reportKey, nodeId);
        if (!node)
            return node.error();
        // Descendants go by ON DELETE CASCADE; then the later siblings close the gap.
        if (Status s = d->execute(QStringLiteral("DELETE FROM nodes WHERE key = ?"), {node->key}); !s)
            return s;
        return d->shiftSiblings(reportKey, node->parentKey, node->slot, node->position + 1, INT_MAX, -1);
    });
}

Status SqliteWorkspace::moveNode(const QUuid &reportId, const QUuid &nodeId, int index)
{
    return d->mutate(reportId, [&](qint64 reportKey) -> Status {
        Result<Impl::NodeRef> node = d->node(reportKey, nodeId);
        if (!node)
            return node.error();
        Result<int> count = d->siblingCount(reportKey, node->parentKey, node->slot);
        if (!count)
            return count.error();
        const int from = node->position;
        const int to = (index < 0 || index >= count.value()) ? count.value() - 1 : index;
        if (to == from)
            return {};
        const Status shifted =
            to < from ? d->shiftSiblings(reportKey, node->parentKey, node->slot, to, from - 1, 1)
                      : d->shiftSiblings(reportKey, node->parentKey, node->slot, from + 1, to, -1);
        if (!shifted)
            return shifted;
        return d->execute(QStringLiteral("UPDATE nodes SET position = ? WHERE key = ?"), {to, node->key});
    });
}

Status SqliteWorkspace::replaceReport(const Report &report)
{
    if (report.id.isNull())
        return unknownReport(report.id);
    Report r = report;
    assignMissingIds(r);
    sanitize(r);
    if (Status s = limits::check(r); !s)
        return s;
    if (Status s = checkYear(r.details.year); !s)
        return s;
    if (Status s = checkDistinct(r.id, collectIds(r)); !s)
        return s;
    return d->mutate(r.id, [&](qint64 reportKey) -> Status {
        for (const QString &sql : {QStringLiteral("DELETE FROM nodes WHERE report_key = ?"),
                                   QStringLiteral("DELETE FROM import_notes WHERE report_key = ?")}) {
            if (Status s = d->execute(sql, {reportKey}); !s)
                return s;
        }
        if (Status s = d->writeDetails(reportKey, r.details); !s)
            return s;
        return d->insertContent(reportKey, r);
    });
}

qint64 SqliteWorkspace::knownChangeCounter(const QUuid &reportId) const
{
    return d->knownCounters.value(reportId, 0);
}

// ---- The review record -------------------------------------------------------------------------

Result<bool> SqliteWorkspace::isReceived(const QUuid &reportId)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(QStringLiteral("SELECT received FROM reports WHERE key = ?"), {row->key});
    if (!q)
        return q.error();
    const bool received = q.value()->next() && q.value()->value(0).toInt() != 0;
    q.value()->finish();
    return received;
}

Status SqliteWorkspace::setReceived(const QUuid &reportId, bool received)
{
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("UPDATE reports SET received = ? WHERE key = ?"), {received ? 1 : 0, reportKey});
    });
}

}  // namespace fazhi
