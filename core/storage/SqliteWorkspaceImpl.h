#pragma once
// The SQLite backend's own: how the report maps to rows (node kinds, sibling lists, field columns),
// and SqliteWorkspace::Impl, the connection with its prepared statements, the conflict check of every
// change and the writing of node trees. Included only by storage/Sqlite*.cpp; all of the backend's SQL
// is in those files and in storage/Schema.cpp.

#include "PgWorkspace.h"
#include "SqliteWorkspace.h"
#include "StorageErrors.h"
#include "model/Limits.h"
#include "model/TextSanitize.h"
#include "util/DatabaseFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFuture>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <climits>
#include <memory>

namespace fazhi {
namespace sqlite {

using namespace storage;


// Sibling lists (nodes.slot) and node kinds (nodes.kind); see Schema.cpp.
inline const QString kSlotPreamble = QStringLiteral("preamble");
inline const QString kSlotParts = QStringLiteral("parts");
inline const QString kSlotClosing = QStringLiteral("closing");
inline const QString kSlotSections = QStringLiteral("sections");
inline const QString kSlotParagraphs = QStringLiteral("paragraphs");
inline const QString kSlotPoints = QStringLiteral("points");
inline const QString kSlotFacts = QStringLiteral("facts");
inline const QString kKindPart = QStringLiteral("part");
inline const QString kKindSection = QStringLiteral("section");
inline const QString kKindParagraph = QStringLiteral("paragraph");
inline const QString kKindPoint = QStringLiteral("point");
inline const QString kKindFact = QStringLiteral("fact");

// The field columns of nodes, in table order; names are the SQL column names.
enum NodeColumn {
    Heading,
    PartKindColumn,
    Lead,
    HeadingStyleColumn,
    PointStyleColumn,
    Text,
    Label,
    Value,
    Unit,
    Qualifier,
    NodeColumnCount
};
inline const char *const kNodeColumnNames[NodeColumnCount] = {"heading",     "part_kind", "lead",  "heading_style",
                                                       "point_style", "text",      "label", "value",
                                                       "unit",        "qualifier"};

enum class FieldType { Text, PartKind, HeadingStyle, PointStyle };

struct NodeField {
    const char *name;  // JSON name, as setNodeField takes it
    NodeColumn column;
    FieldType type;
};
inline const NodeField kNodeFields[] = {
    {"heading", Heading, FieldType::Text},
    {"partKind", PartKindColumn, FieldType::PartKind},
    {"lead", Lead, FieldType::Text},
    {"headingStyle", HeadingStyleColumn, FieldType::HeadingStyle},
    {"pointStyle", PointStyleColumn, FieldType::PointStyle},
    {"text", Text, FieldType::Text},
    {"label", Label, FieldType::Text},
    {"value", Value, FieldType::Text},
    {"unit", Unit, FieldType::Text},
    {"qualifier", Qualifier, FieldType::Text},
};

inline bool kindHasColumn(const QString &kind, NodeColumn column)
{
    if (kind == kKindPart)
        return column == Heading || column == PartKindColumn || column == PointStyleColumn;
    if (kind == kKindSection)
        return column == Lead || column == HeadingStyleColumn || column == PointStyleColumn;
    if (kind == kKindParagraph || kind == kKindPoint)
        return column == Text;
    if (kind == kKindFact)
        return column == Label || column == Value || column == Unit || column == Qualifier;
    return false;
}

enum class DetailType { Text, Year, Date };
struct DetailField {
    const char *name;    // JSON name
    const char *column;  // reports column
    DetailType type;
};
inline const DetailField kDetailFields[] = {
    {"organization", "organization", DetailType::Text},
    {"year", "year", DetailType::Year},
    {"title", "title", DetailType::Text},
    {"addressee", "addressee", DetailType::Text},
    {"signature", "signature", DetailType::Text},
    {"date", "date", DetailType::Date},
    {"source", "source", DetailType::Text},
    {"publishedOn", "published_on", DetailType::Text},
    {"publicationUrl", "publication_url", DetailType::Text},
    {"documentNumber", "document_number", DetailType::Text},
};

constexpr int kMaxYear = 9999;

inline QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// Timestamps are stored in UTC as ISO 8601 with milliseconds, so they sort as text and survive the
// round trip exactly (a local time comes back as the same instant in UTC).
inline QString timestampText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime timestampFromText(const QString &s)
{
    // The stored form, yyyy-MM-ddTHH:mm:ss.zzzZ, read directly: listing a thousand reports at start-up
    // spent more time in the general ISO parser than in SQLite.
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':'
        && s.at(16) == u':' && s.at(19) == u'.' && s.at(23) == u'Z') {
        bool ok = true;
        auto number = [&s, &ok](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = s.at(i).unicode();
                ok = ok && c >= u'0' && c <= u'9';
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

inline QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

inline bool isIntegerType(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong: return true;
    default: return false;
    }
}

// The stored text of an enum-valued field: its JSON name, given as that string or as the enum value.
template <typename Enum>
inline Result<QString> enumText(const QVariant &value, const QString &field,
                         std::optional<Enum> (*fromString)(const QString &))
{
    if (value.metaType() == QMetaType::fromType<Enum>())
        return toString(value.value<Enum>());
    if (value.metaType().id() != QMetaType::QString)
        return wrongType(field);
    if (!fromString(value.toString()))
        return invalidValue(field, value.toString());
    return value.toString();
}

inline Result<QString> nodeFieldText(const NodeField &spec, const QVariant &value, const QString &field)
{
    switch (spec.type) {
    case FieldType::Text: {
        if (value.metaType().id() != QMetaType::QString)
            return wrongType(field);
        QString text = sanitizeFieldText(value.toString());
        if (Status s = limits::checkFieldLength(text); !s)
            return s.error();
        return text;
    }
    case FieldType::PartKind: return enumText<PartKind>(value, field, partKindFromString);
    case FieldType::HeadingStyle: return enumText<HeadingStyle>(value, field, headingStyleFromString);
    case FieldType::PointStyle: return enumText<PointStyle>(value, field, pointStyleFromString);
    }
    return wrongType(field);
}

inline Status checkYear(qint64 year)
{
    if (year < 0 || year > kMaxYear)
        return invalidValue(QStringLiteral("year"), QString::number(year));
    return {};
}

// The value to store for a detail: text (sanitised), year (integer 0–9999; 0 = unknown) or date
// (ISO yyyy-MM-dd; empty = none).
inline Result<QVariant> detailValue(const DetailField &spec, const QVariant &value, const QString &field)
{
    switch (spec.type) {
    case DetailType::Text: {
        if (value.metaType().id() != QMetaType::QString)
            return wrongType(field);
        QString text = sanitizeFieldText(value.toString());
        if (Status s = limits::checkFieldLength(text); !s)
            return s.error();
        return QVariant(text);
    }
    case DetailType::Year: {
        qint64 year = 0;
        if (isIntegerType(value)) {
            year = value.toLongLong();
        } else if (value.metaType().id() == QMetaType::QString) {
            bool ok = false;
            year = value.toString().trimmed().toLongLong(&ok);
            if (!ok)
                return invalidValue(field, value.toString());
        } else {
            return wrongType(field);
        }
        if (Status s = checkYear(year); !s)
            return s.error();
        return QVariant(year);
    }
    case DetailType::Date:
        if (!value.isValid())
            return QVariant(QString());
        if (value.metaType().id() == QMetaType::QDate)
            return QVariant(dateText(value.toDate()));
        if (value.metaType().id() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                return QVariant(QString());
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid())
                return invalidValue(field, text);
            return QVariant(dateText(date));
        }
        return wrongType(field);
    }
    return wrongType(field);
}

// Every text a report holds goes through the same sanitiser, whichever call stores it.
inline void sanitize(QString &s) { s = sanitizeFieldText(s); }
inline void sanitize(Body &body)
{
    for (auto &p : body.paragraphs)
        sanitize(p.text);
    for (auto &p : body.points)
        sanitize(p.text);
}
inline void sanitize(Section &s)
{
    sanitize(s.lead);
    sanitize(s.body);
    for (auto &f : s.facts) {
        sanitize(f.label);
        sanitize(f.value);
        sanitize(f.unit);
        sanitize(f.qualifier);
    }
}
inline void sanitize(Part &part)
{
    sanitize(part.heading);
    sanitize(part.intro);
    for (auto &s : part.sections)
        sanitize(s);
}
inline void sanitize(Report &r)
{
    for (QString *s : {&r.details.organization, &r.details.title, &r.details.addressee, &r.details.signature,
                       &r.details.source, &r.details.publishedOn, &r.details.publicationUrl,
                       &r.details.documentNumber})
        sanitize(*s);
    for (auto &p : r.preamble)
        sanitize(p.text);
    for (auto &p : r.closing)
        sanitize(p.text);
    for (auto &part : r.parts)
        sanitize(part);
}

inline void fillId(QUuid &id)
{
    if (id.isNull())
        id = newId();
}
inline void fillIds(Body &body)
{
    for (auto &p : body.paragraphs)
        fillId(p.id);
    for (auto &p : body.points)
        fillId(p.id);
}
inline void fillIds(Section &s)
{
    fillId(s.id);
    fillIds(s.body);
    for (auto &f : s.facts)
        fillId(f.id);
}
inline void fillIds(Part &part)
{
    fillId(part.id);
    fillIds(part.intro);
    for (auto &s : part.sections)
        fillIds(s);
}

inline void collectIds(const Body &body, QList<QUuid> &ids)
{
    for (const auto &p : body.paragraphs)
        ids.append(p.id);
    for (const auto &p : body.points)
        ids.append(p.id);
}
inline void collectIds(const Section &s, QList<QUuid> &ids)
{
    ids.append(s.id);
    collectIds(s.body, ids);
    for (const auto &f : s.facts)
        ids.append(f.id);
}
inline void collectIds(const Part &part, QList<QUuid> &ids)
{
    ids.append(part.id);
    collectIds(part.intro, ids);
    for (const auto &s : part.sections)
        collectIds(s, ids);
}
inline QList<QUuid> collectIds(const Report &r)
{
    QList<QUuid> ids;
    for (const auto &p : r.preamble)
        ids.append(p.id);
    for (const auto &part : r.parts)
        collectIds(part, ids);
    for (const auto &p : r.closing)
        ids.append(p.id);
    return ids;
}

// Node ids must be distinct within a report and differ from the report's own id (which names the
// report level as a container in insertParagraph).
inline Status checkDistinct(const QUuid &reportId, const QList<QUuid> &ids)
{
    QSet<QUuid> seen;
    seen.reserve(ids.size());
    for (const QUuid &id : ids) {
        if (id == reportId || seen.contains(id))
            return duplicateNode(id);
        seen.insert(id);
    }
    return {};
}

inline QVariant nullableKey(qint64 key) { return key ? QVariant(key) : QVariant(); }

struct NodeRecord {
    qint64 key = 0;
    qint64 parentKey = 0;
    QUuid id;
    QString kind;
    QString slot;
    int position = 0;
    QString columns[NodeColumnCount];
};

// Where a new node goes: its parent (0 = report level) and sibling list.
struct Place {
    qint64 parentKey = 0;
    QString slot;
};


}  // namespace sqlite

using namespace sqlite;

struct SqliteWorkspace::Impl {
    // openReceived(): the private copy of the received file, deleted last.
    std::unique_ptr<QTemporaryDir> receivedCopy;
    QString path;
    QString connectionName;
    // Outlives the connection (declared before it): see util/DatabaseFiles.h.
    std::unique_ptr<databasefiles::Registration> registration;
    QSqlDatabase db;
    // Prepared statements by SQL text, prepared once per connection (saving one field runs six).
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    // The change counter this object last saw per report (see storage/ReportStore.h).
    QHash<QUuid, qint64> knownCounters;
    // The integrity scan's verdict (see Workspace::open); every write waits for it.
    QFuture<Status> integrity = QtFuture::makeReadyFuture(Status());
    // The same statements on a PostgreSQL server (storage/PgWorkspace.cpp): the few that differ
    // between the two dialects choose by this, through dialect().
    bool server = false;

    ~Impl()
    {
        integrity.waitForFinished();
        statements.clear();  // finalise statements before the connection goes
        if (db.isOpen())
            db.close();  // the last connection to close checkpoints the WAL and removes -wal/-shm
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }

    Error sqlError(const QSqlError &e) const { return server ? fromServerError(e, path) : fromSqlError(e, path); }

    const QString &dialect(const QString &sqlite, const QString &postgres) const { return server ? postgres : sqlite; }

    // Runs a cached prepared statement with positional (?) values. For a SELECT the caller reads the
    // rows and then calls finish(), so no statement keeps a read snapshot open.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {})
    {
        std::shared_ptr<QSqlQuery> &slot = statements[sql];
        if (!slot) {
            auto q = std::make_shared<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (!q->prepare(sql)) {
                const Error e = sqlError(q->lastError());
                statements.remove(sql);
                return e;
            }
            slot = q;
        }
        QSqlQuery *q = slot.get();
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // A null QString would be bound as SQL NULL; text columns hold '' instead. Real NULLs
            // (fields that do not apply to a node) are passed as an invalid QVariant.
            if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
                q->bindValue(i, QVariant(QStringLiteral("")));
            else
                q->bindValue(i, v);
        }
        if (!q->exec()) {
            const Error e = sqlError(q->lastError());
            q->finish();
            return e;
        }
        return q;
    }

    // The key of the row an INSERT made (on a server its RETURNING key), the statement finished.
    qint64 insertedKey(QSqlQuery *q) const
    {
        const qint64 key = server ? (q->next() ? q->value(0).toLongLong() : 0) : q->lastInsertId().toLongLong();
        q->finish();
        return key;
    }

    Status execute(const QString &sql, const QVariantList &values = {})
    {
        Result<QSqlQuery *> q = run(sql, values);
        if (!q)
            return q.error();
        q.value()->finish();
        return {};
    }

    // BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so the counter
    // check and the write happen under one lock and no other writer can slip in between.
    Status beginWrite()
    {
        integrity.waitForFinished();
        if (Status verdict = integrity.result(); !verdict)
            return verdict;
        // On a server the write lock is the report row's (lockedReportRow), taken inside.
        return control(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    }
    Status beginRead()
    {
        return control(server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
    }
    Status commit() { return control(QStringLiteral("COMMIT")); }
    void rollback()
    {
        if (Status s = control(QStringLiteral("ROLLBACK")); !s) {
            // Nothing to do: the database already rolled back (or no transaction was open).
        }
    }
    // Transaction control: PostgreSQL prepares no BEGIN or COMMIT, so there it runs unprepared.
    Status control(const QString &sql)
    {
        if (!server)
            return execute(sql);
        QSqlQuery q(db);
        if (!q.exec(sql))
            return sqlError(q.lastError());
        return {};
    }

    struct ReportRow {
        qint64 key = 0;
        qint64 counter = 0;
    };
    Result<ReportRow> reportRow(const QUuid &reportId)
    {
        Result<QSqlQuery *> q =
            run(QStringLiteral("SELECT key, change_counter FROM reports WHERE uuid = ?"), {idText(reportId)});
        if (!q)
            return q.error();
        QSqlQuery *query = q.value();
        if (!query->next()) {
            query->finish();
            return unknownReport(reportId);
        }
        ReportRow row{query->value(0).toLongLong(), query->value(1).toLongLong()};
        query->finish();
        return row;
    }

    // The report's row inside a write transaction. SQLite's BEGIN IMMEDIATE has locked the whole file
    // already; on a server a lock of the report's own (an advisory lock, which needs no right to
    // change the row: a leader's comment takes it too) orders the writers of one report, and the
    // counter is read after it is granted, so it is still the stored one when the change commits.
    Result<ReportRow> lockedReportRow(const QUuid &reportId)
    {
        Result<ReportRow> row = reportRow(reportId);
        if (!server || !row)
            return row;
        if (Status s = execute(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {row->key}); !s)
            return s.error();
        Result<QSqlQuery *> q = run(QStringLiteral("SELECT change_counter FROM reports WHERE key = ?"), {row->key});
        if (!q)
            return q.error();
        QSqlQuery *query = q.value();
        if (!query->next()) {
            query->finish();
            return unknownReport(reportId);  // deleted while waiting
        }
        row->counter = query->value(0).toLongLong();
        query->finish();
        return row;
    }

    // The frame of every change to a report: lock, check the counter, apply, bump, commit.
    template <typename Apply>
    Status mutate(const QUuid &reportId, Apply apply)
    {
        if (Status s = beginWrite(); !s)
            return s;
        Result<ReportRow> row = lockedReportRow(reportId);
        if (!row) {
            rollback();
            return row.error();
        }
        // Never seen by this object: nothing stale to protect, the change applies to the current
        // state (this is what lets `fazhi-cli` edit a report by id without loading it first).
        const qint64 known = knownCounters.value(reportId, 0);
        if (known != 0 && known != row->counter) {
            rollback();
            return conflict();
        }
        // The counter first: on a server, whether this user may change the report at all is decided
        // on the report as it was (a clerk's submission changes its status within `apply`).
        const qint64 next = row->counter + 1;
        Result<QSqlQuery *> bump =
            run(QStringLiteral("UPDATE reports SET change_counter = ?, updated_at = ? WHERE key = ?"),
                {next, timestampText(QDateTime::currentDateTimeUtc()), row->key});
        if (!bump) {
            rollback();
            return bump.error();
        }
        // On a server, row-level security hides a row from an UPDATE its user may not make (another
        // organization's report, one no longer a draft) instead of failing: nothing changed, refuse.
        const bool changed = !server || bump.value()->numRowsAffected() == 1;
        bump.value()->finish();
        if (!changed) {
            rollback();
            return changeNotAllowed(path);
        }
        if (Status s = apply(row->key); !s) {
            rollback();
            return s;
        }
        if (Status s = commit(); !s) {
            rollback();
            return s;
        }
        knownCounters.insert(reportId, next);
        return {};
    }

    struct NodeRef {
        qint64 key = 0;
        qint64 parentKey = 0;
        QString kind;
        QString slot;
        int position = 0;
    };
    Result<NodeRef> node(qint64 reportKey, const QUuid &nodeId)
    {
        Result<QSqlQuery *> q = run(
            QStringLiteral(
                "SELECT key, parent_key, kind, slot, position FROM nodes WHERE report_key = ? AND uuid = ?"),
            {reportKey, idText(nodeId)});
        if (!q)
            return q.error();
        QSqlQuery *query = q.value();
        if (!query->next()) {
            query->finish();
            return unknownNode(nodeId);
        }
        NodeRef ref{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                    query->value(3).toString(), query->value(4).toInt()};
        query->finish();
        return ref;
    }

    Result<int> siblingCount(qint64 reportKey, qint64 parentKey, const QString &slot)
    {
        static const QString sqlite =
            QStringLiteral("SELECT COUNT(*) FROM nodes WHERE parent_key IS ? AND report_key = ? AND slot = ?");
        static const QString postgres = QStringLiteral(
            "SELECT COUNT(*) FROM nodes WHERE parent_key IS NOT DISTINCT FROM ? AND report_key = ? AND slot = ?");
        Result<QSqlQuery *> q = run(dialect(sqlite, postgres), {nullableKey(parentKey), reportKey, slot});
        if (!q)
            return q.error();
        QSqlQuery *query = q.value();
        const int count = query->next() ? query->value(0).toInt() : 0;
        query->finish();
        return count;
    }

    // Adds `delta` to the positions in [from, to] of one sibling list.
    Status shiftSiblings(qint64 reportKey, qint64 parentKey, const QString &slot, int from, int to, int delta)
    {
        static const QString sqlite = QStringLiteral("UPDATE nodes SET position = position + ? WHERE parent_key IS ? AND "
                                                     "report_key = ? AND slot = ? AND position BETWEEN ? AND ?");
        static const QString postgres =
            QStringLiteral("UPDATE nodes SET position = position + ? WHERE parent_key IS NOT DISTINCT FROM ? AND "
                           "report_key = ? AND slot = ? AND position BETWEEN ? AND ?");
        return execute(dialect(sqlite, postgres), {delta, nullableKey(parentKey), reportKey, slot, from, to});
    }

    Status ensureNewIds(qint64 reportKey, const QList<QUuid> &ids)
    {
        for (const QUuid &id : ids) {
            Result<QSqlQuery *> q =
                run(QStringLiteral("SELECT 1 FROM nodes WHERE report_key = ? AND uuid = ?"),
                    {reportKey, idText(id)});
            if (!q)
                return q.error();
            const bool exists = q.value()->next();
            q.value()->finish();
            if (exists)
                return duplicateNode(id);
        }
        return {};
    }

    Result<qint64> insertNodeRow(qint64 reportKey, qint64 parentKey, const QString &kind, const QString &slot,
                                 int position, const QUuid &id,
                                 std::initializer_list<std::pair<NodeColumn, QString>> fields)
    {
        QVariantList values{reportKey, nullableKey(parentKey), idText(id), kind, slot, position};
        const int firstField = int(values.size());
        values.resize(firstField + NodeColumnCount);  // NULL where the field does not apply
        for (const auto &[column, text] : fields)
            values[firstField + column] = text;
        static const QString insert = QStringLiteral(
            "INSERT INTO nodes (report_key, parent_key, uuid, kind, slot, position, heading, "
            "part_kind, lead, heading_style, point_style, text, label, value, unit, qualifier) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        static const QString returning = insert + QStringLiteral(" RETURNING key");
        Result<QSqlQuery *> q = run(dialect(insert, returning), values);
        if (!q)
            return q.error();
        return insertedKey(q.value());
    }

    Status insertParagraphRow(qint64 reportKey, qint64 parentKey, const QString &slot, int position,
                              const Paragraph &p)
    {
        Result<qint64> key =
            insertNodeRow(reportKey, parentKey, kKindParagraph, slot, position, p.id, {{Text, p.text}});
        return key ? Status() : Status(key.error());
    }

    Status insertPointRow(qint64 reportKey, qint64 ownerKey, int position, const Point &p)
    {
        Result<qint64> key =
            insertNodeRow(reportKey, ownerKey, kKindPoint, kSlotPoints, position, p.id, {{Text, p.text}});
        return key ? Status() : Status(key.error());
    }

    Status insertFactRow(qint64 reportKey, qint64 sectionKey, int position, const Fact &f)
    {
        Result<qint64> key =
            insertNodeRow(reportKey, sectionKey, kKindFact, kSlotFacts, position, f.id,
                          {{Label, f.label}, {Value, f.value}, {Unit, f.unit}, {Qualifier, f.qualifier}});
        return key ? Status() : Status(key.error());
    }

    Status insertBodyChildren(qint64 reportKey, qint64 ownerKey, const Body &body)
    {
        for (int i = 0; i < body.paragraphs.size(); ++i) {
            if (Status s = insertParagraphRow(reportKey, ownerKey, kSlotParagraphs, i, body.paragraphs.at(i));
                !s)
                return s;
        }
        for (int i = 0; i < body.points.size(); ++i) {
            if (Status s = insertPointRow(reportKey, ownerKey, i, body.points.at(i)); !s)
                return s;
        }
        return {};
    }

    Status insertSectionTree(qint64 reportKey, qint64 partKey, int position, const Section &s)
    {
        Result<qint64> key = insertNodeRow(reportKey, partKey, kKindSection, kSlotSections, position, s.id,
                                           {{Lead, s.lead},
                                            {HeadingStyleColumn, toString(s.headingStyle)},
                                            {PointStyleColumn, toString(s.body.pointStyle)}});
        if (!key)
            return key.error();
        if (Status st = insertBodyChildren(reportKey, key.value(), s.body); !st)
            return st;
        for (int i = 0; i < s.facts.size(); ++i) {
            if (Status st = insertFactRow(reportKey, key.value(), i, s.facts.at(i)); !st)
                return st;
        }
        return {};
    }

    Status insertPartTree(qint64 reportKey, int position, const Part &part)
    {
        Result<qint64> key = insertNodeRow(reportKey, 0, kKindPart, kSlotParts, position, part.id,
                                           {{Heading, part.heading},
                                            {PartKindColumn, toString(part.kind)},
                                            {PointStyleColumn, toString(part.intro.pointStyle)}});
        if (!key)
            return key.error();
        if (Status s = insertBodyChildren(reportKey, key.value(), part.intro); !s)
            return s;
        for (int i = 0; i < part.sections.size(); ++i) {
            if (Status s = insertSectionTree(reportKey, key.value(), i, part.sections.at(i)); !s)
                return s;
        }
        return {};
    }

    // Everything below the reports row: nodes and import notes.
    Status insertContent(qint64 reportKey, const Report &r)
    {
        for (int i = 0; i < r.preamble.size(); ++i) {
            if (Status s = insertParagraphRow(reportKey, 0, kSlotPreamble, i, r.preamble.at(i)); !s)
                return s;
        }
        for (int i = 0; i < r.parts.size(); ++i) {
            if (Status s = insertPartTree(reportKey, i, r.parts.at(i)); !s)
                return s;
        }
        for (int i = 0; i < r.closing.size(); ++i) {
            if (Status s = insertParagraphRow(reportKey, 0, kSlotClosing, i, r.closing.at(i)); !s)
                return s;
        }
        for (int i = 0; i < r.importNotes.size(); ++i) {
            const ImportNote &n = r.importNotes.at(i);
            if (Status s =
                    execute(QStringLiteral("INSERT INTO import_notes (report_key, position, kind, node_uuid, "
                                           "original, replacement, message, code, args) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {reportKey, i, n.kind, n.nodeId.isNull() ? QString() : idText(n.nodeId),
                             n.original, n.replacement, n.message, n.code,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(n.args))
                                                   .toJson(QJsonDocument::Compact))});
                !s)
                return s;
        }
        return {};
    }

    Status writeDetails(qint64 reportKey, const ReportDetails &d)
    {
        return execute(
            QStringLiteral("UPDATE reports SET organization = ?, year = ?, title = ?, addressee = ?, "
                           "signature = ?, date = ?, source = ?, published_on = ?, publication_url = ?, "
                           "document_number = ? WHERE key = ?"),
            {d.organization, d.year, d.title, d.addressee, d.signature, dateText(d.date), d.source,
             d.publishedOn, d.publicationUrl, d.documentNumber, reportKey});
    }

    // The container a new node goes into, checked against the kinds that may hold it.
    Result<Place> container(qint64 reportKey, const QUuid &containerId, const QStringList &allowedKinds,
                            const QString &slot)
    {
        Result<NodeRef> owner = node(reportKey, containerId);
        if (!owner)
            return owner.error();
        if (!allowedKinds.contains(owner->kind))
            return invalidContainer();
        return Place{owner->key, slot};
    }

    // The limits of model/Limits.h on nodes per report, and on parts, sections and points per list.
    Status checkRoomFor(qint64 reportKey, qsizetype newNodes)
    {
        Result<QSqlQuery *> q = run(QStringLiteral("SELECT COUNT(*) FROM nodes WHERE report_key = ?"), {reportKey});
        if (!q)
            return q.error();
        const qint64 count = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
        q.value()->finish();
        if (count + newNodes > limits::kMaxNodesPerReport)
            return limits::tooManyNodes(count + newNodes);
        return {};
    }
    static Status checkSiblingLimit(const QString &slot, int siblings)
    {
        if (slot == kSlotParts && siblings > limits::kMaxPartsPerReport)
            return limits::tooManyParts(siblings);
        if (slot == kSlotSections && siblings > limits::kMaxSectionsPerPart)
            return limits::tooManySections(siblings);
        if (slot == kSlotPoints && siblings > limits::kMaxPointsPerContainer)
            return limits::tooManyPoints(siblings);
        return {};
    }

    // Inserts one subtree at `index` of the list `resolve` picks (clamped: < 0 or past the end appends).
    template <typename Resolve, typename Insert>
    Status insertChild(const QUuid &reportId, const QList<QUuid> &ids, int index, Resolve resolve,
                       Insert insert)
    {
        if (Status s = checkDistinct(reportId, ids); !s)
            return s;
        return mutate(reportId, [&](qint64 reportKey) -> Status {
            Result<Place> place = resolve(reportKey);
            if (!place)
                return place.error();
            if (Status s = ensureNewIds(reportKey, ids); !s)
                return s;
            if (Status s = checkRoomFor(reportKey, ids.size()); !s)
                return s;
            Result<int> count = siblingCount(reportKey, place->parentKey, place->slot);
            if (!count)
                return count.error();
            if (Status s = checkSiblingLimit(place->slot, count.value() + 1); !s)
                return s;
            const int position = (index < 0 || index > count.value()) ? count.value() : index;
            if (Status s = shiftSiblings(reportKey, place->parentKey, place->slot, position, INT_MAX, 1); !s)
                return s;
            return insert(reportKey, place.value(), position);
        });
    }

    Result<Report> readReport(const QUuid &id, qint64 &counter);
};


namespace sqlite {

// Review-record writes that are not changes of the report: one short write transaction each.
template <typename Apply>
Status recordWrite(SqliteWorkspace::Impl &d, const QUuid &reportId, Apply apply)
{
    if (Status s = d.beginWrite(); !s)
        return s;
    auto row = d.lockedReportRow(reportId);
    if (!row) {
        d.rollback();
        return row.error();
    }
    if (Status s = apply(row->key); !s) {
        d.rollback();
        return s;
    }
    if (Status s = d.commit(); !s) {
        d.rollback();
        return s;
    }
    return {};
}

}  // namespace sqlite

}  // namespace fazhi
