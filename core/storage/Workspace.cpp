#include "Workspace.h"

#include "Backups.h"
#include "FileCheck.h"
#include "Schema.h"
#include "StorageErrors.h"
#include "model/ReportJson.h"
#include "model/Limits.h"
#include "model/TextSanitize.h"
#include "util/DatabaseFiles.h"
#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace fazhi {

using namespace storage;

namespace {

// Sibling lists (nodes.slot) and node kinds (nodes.kind); see Schema.cpp.
const QString kSlotPreamble = QStringLiteral("preamble");
const QString kSlotParts = QStringLiteral("parts");
const QString kSlotClosing = QStringLiteral("closing");
const QString kSlotSections = QStringLiteral("sections");
const QString kSlotParagraphs = QStringLiteral("paragraphs");
const QString kSlotPoints = QStringLiteral("points");
const QString kSlotFacts = QStringLiteral("facts");
const QString kKindPart = QStringLiteral("part");
const QString kKindSection = QStringLiteral("section");
const QString kKindParagraph = QStringLiteral("paragraph");
const QString kKindPoint = QStringLiteral("point");
const QString kKindFact = QStringLiteral("fact");

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
const char *const kNodeColumnNames[NodeColumnCount] = {"heading",     "part_kind", "lead",  "heading_style",
                                                       "point_style", "text",      "label", "value",
                                                       "unit",        "qualifier"};

enum class FieldType { Text, PartKind, HeadingStyle, PointStyle };

struct NodeField {
    const char *name;  // JSON name, as setNodeField takes it
    NodeColumn column;
    FieldType type;
};
const NodeField kNodeFields[] = {
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

bool kindHasColumn(const QString &kind, NodeColumn column)
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
const DetailField kDetailFields[] = {
    {"organization", "organization", DetailType::Text},
    {"year", "year", DetailType::Year},
    {"title", "title", DetailType::Text},
    {"addressee", "addressee", DetailType::Text},
    {"signature", "signature", DetailType::Text},
    {"date", "date", DetailType::Date},
    {"source", "source", DetailType::Text},
    {"publishedOn", "published_on", DetailType::Text},
    {"publicationUrl", "publication_url", DetailType::Text},
};

constexpr int kMaxYear = 9999;

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// Timestamps are stored in UTC as ISO 8601 with milliseconds, so they sort as text and survive the
// round trip exactly (a local time comes back as the same instant in UTC).
QString timestampText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime timestampFromText(const QString &s)
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

QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

bool isIntegerType(const QVariant &v)
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
Result<QString> enumText(const QVariant &value, const QString &field,
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

Result<QString> nodeFieldText(const NodeField &spec, const QVariant &value, const QString &field)
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

Status checkYear(qint64 year)
{
    if (year < 0 || year > kMaxYear)
        return invalidValue(QStringLiteral("year"), QString::number(year));
    return {};
}

// The value to store for a detail: text (sanitised), year (integer 0–9999; 0 = unknown) or date
// (ISO yyyy-MM-dd; empty = none).
Result<QVariant> detailValue(const DetailField &spec, const QVariant &value, const QString &field)
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
void sanitize(QString &s) { s = sanitizeFieldText(s); }
void sanitize(Body &body)
{
    for (auto &p : body.paragraphs)
        sanitize(p.text);
    for (auto &p : body.points)
        sanitize(p.text);
}
void sanitize(Section &s)
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
void sanitize(Part &part)
{
    sanitize(part.heading);
    sanitize(part.intro);
    for (auto &s : part.sections)
        sanitize(s);
}
void sanitize(Report &r)
{
    for (QString *s : {&r.details.organization, &r.details.title, &r.details.addressee, &r.details.signature,
                       &r.details.source, &r.details.publishedOn, &r.details.publicationUrl})
        sanitize(*s);
    for (auto &p : r.preamble)
        sanitize(p.text);
    for (auto &p : r.closing)
        sanitize(p.text);
    for (auto &part : r.parts)
        sanitize(part);
}

void fillId(QUuid &id)
{
    if (id.isNull())
        id = newId();
}
void fillIds(Body &body)
{
    for (auto &p : body.paragraphs)
        fillId(p.id);
    for (auto &p : body.points)
        fillId(p.id);
}
void fillIds(Section &s)
{
    fillId(s.id);
    fillIds(s.body);
    for (auto &f : s.facts)
        fillId(f.id);
}
void fillIds(Part &part)
{
    fillId(part.id);
    fillIds(part.intro);
    for (auto &s : part.sections)
        fillIds(s);
}

void collectIds(const Body &body, QList<QUuid> &ids)
{
    for (const auto &p : body.paragraphs)
        ids.append(p.id);
    for (const auto &p : body.points)
        ids.append(p.id);
}
void collectIds(const Section &s, QList<QUuid> &ids)
{
    ids.append(s.id);
    collectIds(s.body, ids);
    for (const auto &f : s.facts)
        ids.append(f.id);
}
void collectIds(const Part &part, QList<QUuid> &ids)
{
    ids.append(part.id);
    collectIds(part.intro, ids);
    for (const auto &s : part.sections)
        collectIds(s, ids);
}
QList<QUuid> collectIds(const Report &r)
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
Status checkDistinct(const QUuid &reportId, const QList<QUuid> &ids)
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

QVariant nullableKey(qint64 key) { return key ? QVariant(key) : QVariant(); }

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

}  // namespace

struct Workspace::Impl {
    // openReceived(): the private copy of the received file, deleted last.
    std::unique_ptr<QTemporaryDir> receivedCopy;
    QString path;
    QString connectionName;
    // Outlives the connection (declared before it): see util/DatabaseFiles.h.
    std::unique_ptr<databasefiles::Registration> registration;
    QSqlDatabase db;
    // Prepared statements by SQL text, prepared once per connection (saving one field runs six).
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    // The change counter this object last saw per report (see Workspace.h).
    QHash<QUuid, qint64> knownCounters;
    // The integrity scan's verdict (see Workspace::open); every write waits for it.
    QFuture<Status> integrity = QtFuture::makeReadyFuture(Status());

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

    Error sqlError(const QSqlError &e) const { return fromSqlError(e, path); }

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
        return execute(QStringLiteral("BEGIN IMMEDIATE"));
    }
    Status beginRead() { return execute(QStringLiteral("BEGIN")); }
    Status commit() { return execute(QStringLiteral("COMMIT")); }
    void rollback()
    {
        if (Status s = execute(QStringLiteral("ROLLBACK")); !s) {
            // Nothing to do: SQLite already rolled back (or no transaction was open).
        }
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

    // The frame of every change to a report: lock, check the counter, apply, bump, commit.
    template <typename Apply>
    Status mutate(const QUuid &reportId, Apply apply)
    {
        if (Status s = beginWrite(); !s)
            return s;
        Result<ReportRow> row = reportRow(reportId);
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
        if (Status s = apply(row->key); !s) {
            rollback();
            return s;
        }
        const qint64 next = row->counter + 1;
        if (Status s =
                execute(QStringLiteral("UPDATE reports SET change_counter = ?, updated_at = ? WHERE key = ?"),
                        {next, timestampText(QDateTime::currentDateTimeUtc()), row->key});
            !s) {
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
        Result<QSqlQuery *> q =
            run(QStringLiteral(
                    "SELECT COUNT(*) FROM nodes WHERE parent_key IS ? AND report_key = ? AND slot = ?"),
                {nullableKey(parentKey), reportKey, slot});
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
        return execute(QStringLiteral("UPDATE nodes SET position = position + ? WHERE parent_key IS ? AND "
                                      "report_key = ? AND slot = ? AND position BETWEEN ? AND ?"),
                       {delta, nullableKey(parentKey), reportKey, slot, from, to});
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
        Result<QSqlQuery *> q =
            run(QStringLiteral(
                    "INSERT INTO nodes (report_key, parent_key, uuid, kind, slot, position, heading, "
                    "part_kind, lead, heading_style, point_style, text, label, value, unit, qualifier) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values);
        if (!q)
            return q.error();
        const qint64 key = q.value()->lastInsertId().toLongLong();
        q.value()->finish();
        return key;
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
                                           "original, replacement, message) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {reportKey, i, n.kind, n.nodeId.isNull() ? QString() : idText(n.nodeId),
                             n.original, n.replacement, n.message});
                !s)
                return s;
        }
        return {};
    }

    Status writeDetails(qint64 reportKey, const ReportDetails &d)
    {
        return execute(
            QStringLiteral("UPDATE reports SET organization = ?, year = ?, title = ?, addressee = ?, "
                           "signature = ?, date = ?, source = ?, published_on = ?, publication_url = ? "
                           "WHERE key = ?"),
            {d.organization, d.year, d.title, d.addressee, d.signature, dateText(d.date), d.source,
             d.publishedOn, d.publicationUrl, reportKey});
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

namespace {

// Before a workspace of an earlier schema is upgraded, a copy of it as it is goes to its backups
// (storage/Backups.h; a workspace the earlier version opens), so that no upgrade can be what loses one.
Status backUpBeforeUpgrade(QSqlDatabase &db, const QString &path, int /*version: kept in the copy*/)
{
    return storage::backUpBeforeUpgrade(db, path);
}

}  // namespace

// Idle priority, so that a scan started as the window opens takes no time from its first paint. Owned
// by the application; every Workspace waits for its scan before it is destroyed.
QThreadPool *Workspace::integrityScanThreads()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

Workspace::Workspace() : d(std::make_unique<Impl>()) {}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Integrity integrity)
{
    if (path.trimmed().isEmpty())
        return Error::io(QCoreApplication::translate("fazhi", "No workspace file name was given."));
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());

    // Nothing below may write to an existing file before it is known to be a healthy workspace.
    // A -wal left behind would be checkpointed into the file when the connection closes: scan first.
    bool scanLater = integrity == Integrity::InBackground && QFileInfo(absolute + QStringLiteral("-wal")).size() == 0;
    Result<FileState> state = inspectWorkspaceFile(absolute, !scanLater);
    if (!state)
        return state.error();
    if (state.value() == FileState::New) {
        const QString folder = QFileInfo(absolute).absolutePath();
        if (!QDir().mkpath(folder))
            return cannotCreateFolder(folder);
    }

    std::unique_ptr<Workspace> ws(new Workspace());
    Impl &d = *ws->d;
    d.path = absolute;
    d.connectionName =
        QStringLiteral("fazhi-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid())
        return Error::io(
            QCoreApplication::translate("fazhi", "The SQLite driver of Qt (QSQLITE) is not available."));
    d.db.setDatabaseName(absolute);
    // A few seconds of waiting for another process's write lock before reporting "busy".
    d.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    d.registration = std::make_unique<databasefiles::Registration>(absolute);
    if (!d.db.open())
        return d.sqlError(d.db.lastError());
    d.registration->fileCreated();

    auto single = [&](const QString &sql) -> Result<QVariant> {
        QSqlQuery q(d.db);
        if (!q.exec(sql))
            return d.sqlError(q.lastError());
        QVariant v = q.next() ? q.value(0) : QVariant();
        q.finish();
        return v;
    };

    // Check again on the read-write connection, still without writing: the file may have been
    // created or replaced by another program since the inspection.
    const Result<QVariant> applicationId = single(QStringLiteral("PRAGMA application_id"));
    const Result<QVariant> version = single(QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> tables = single(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
    for (const auto *r : {&applicationId, &version, &tables}) {
        if (!*r)
            return r->error();
    }
    const qint64 appId = applicationId->toLongLong();
    if (appId != kApplicationId && (appId != 0 || tables->toLongLong() != 0))
        return notAWorkspace(absolute);
    if (version->toInt() > schemaVersion())
        return madeByNewerVersion(absolute);

    const bool created = version->toInt() == 0;
    // Connection settings. WAL keeps readers (the GUI, a second window) from blocking the writer.
    // synchronous=NORMAL in WAL mode syncs only at checkpoints: a transaction that has committed is in
    // the -wal file and survives the process being killed (the OS holds the written pages), and the
    // file stays consistent even on power loss, when at most the last few commits may be lost. FULL
    // would add an fsync to every saved keystroke for little gain. foreign_keys is off by default in
    // SQLite and carries the cascading deletes.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")}) {
        if (Result<QVariant> r = single(pragma); !r)
            return r.error();
    }
    // On a file system without shared memory (some network shares) WAL is refused and the rollback
    // journal stays in use; the workspace still works, only readers wait for writers.
    if (Result<QVariant> r = single(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
        return r.error();
    if (Result<QVariant> r = single(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return r.error();

    if (scanLater && state.value() == FileState::New)
        scanLater = false;  // nothing to scan
    if (!created && version->toInt() < schemaVersion()) {
        // Upgrading writes: the file must be known healthy first, and a copy of it as it was kept.
        if (scanLater) {
            if (Status verdict = checkIntegrity(absolute); !verdict)
                return verdict.error();
            scanLater = false;
        }
        if (Status s = backUpBeforeUpgrade(d.db, absolute, version->toInt()); !s)
            return s.error();
    }
    if (Status s = migrate(d.db, absolute); !s)
        return s.error();
    if (created) {
        // Move the new schema (and its application_id) into the main file at once, so the file is
        // recognisable on its own even if it is copied without its -wal file.
        if (Result<QVariant> r = single(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return r.error();
    }
    if (scanLater)
        d.integrity = QtConcurrent::run(integrityScanThreads(), [absolute] { return checkIntegrity(absolute); });
    return ws;
}

QFuture<Status> Workspace::integrityCheck() const { return d->integrity; }

QString Workspace::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("FAZHI_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // AppDataLocation follows the organization and application names the executable sets; without an
    // application object it may be empty or generic, so fall back to a folder of our own.
    QString folder;
    if (QCoreApplication::instance() && !QCoreApplication::applicationName().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty()) {
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        folder = (generic.isEmpty() ? QDir::homePath() : generic) + QStringLiteral("/FazhiReport");
    }
    return folder + QStringLiteral("/workspace.fazhi");
}

QString Workspace::path() const { return d->path; }

namespace {

// What readSummaries() reads, in its order.
const QString kSummarySelect = QStringLiteral("SELECT uuid, year, organization, status, title, updated_at FROM reports ");
const QString kListSql = kSummarySelect + QStringLiteral("ORDER BY year DESC, organization, created_at, key");
// Changes with any report added, deleted or changed: every write to a report raises its
// change_counter and sets its updated_at.
const QString kFingerprintSql = QStringLiteral(
    "SELECT COUNT(*) || '|' || IFNULL(MAX(key), 0) || '|' || TOTAL(change_counter) || '|' || IFNULL(MAX(updated_at), '') "
    "FROM reports");

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

Result<QList<ReportSummary>> Workspace::listReports()
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

Result<QString> Workspace::reportsFingerprint()
{
    Result<QSqlQuery *> q = d->run(kFingerprintSql);
    if (!q)
        return q.error();
    QSqlQuery *query = q.value();
    const QString fingerprint = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return fingerprint;
}

Result<QList<ReportSummary>> Workspace::listReportsOfYear(int year)
{
    Result<QSqlQuery *> q =
        d->run(kSummarySelect + QStringLiteral("WHERE year = ? ORDER BY organization, created_at, key"), {year});
    if (!q)
        return q.error();
    return readSummaries(q.value());
}

Result<Report> Workspace::Impl::readReport(const QUuid &id, qint64 &counter)
{
    Result<QSqlQuery *> q = run(
        QStringLiteral(
            "SELECT key, organization, year, title, addressee, signature, date, source, published_on, "
            "publication_url, status, created_at, updated_at, change_counter FROM reports WHERE uuid = ?"),
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

    q = run(QStringLiteral("SELECT kind, node_uuid, original, replacement, message FROM import_notes "
                           "WHERE report_key = ? ORDER BY position"),
            {reportKey});
    if (!q)
        return q.error();
    query = q.value();
    while (query->next()) {
        const QString node = query->value(1).toString();
        r.importNotes.append(
            ImportNote{query->value(0).toString(), node.isEmpty() ? QUuid() : QUuid::fromString(node),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString()});
    }
    query->finish();
    return r;
}

Result<Report> Workspace::loadReport(const QUuid &id)
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

Result<QUuid> Workspace::insertReport(Report report)
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
    Result<QSqlQuery *> q =
        d->run(QStringLiteral("INSERT INTO reports (uuid, status, created_at, updated_at, change_counter) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {idText(report.id), toString(report.status), timestampText(report.createdAt),
                timestampText(report.updatedAt), firstCounter});
    if (!q)
        return fail(q.error());
    const qint64 reportKey = q.value()->lastInsertId().toLongLong();
    q.value()->finish();
    if (Status s = d->writeDetails(reportKey, report.details); !s)
        return fail(s.error());
    if (Status s = d->insertContent(reportKey, report); !s)
        return fail(s.error());
    if (Status s = d->commit(); !s)
        return fail(s.error());
    d->knownCounters.insert(report.id, firstCounter);
    return report.id;
}

Status Workspace::deleteReport(const QUuid &id)
{
    if (Status s = d->beginWrite(); !s)
        return s;
    Result<Impl::ReportRow> row = d->reportRow(id);
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
    if (Status s = d->execute(QStringLiteral("DELETE FROM reports WHERE key = ?"), {row->key}); !s) {
        d->rollback();
        return s;
    }
    if (Status s = d->commit(); !s) {
        d->rollback();
        return s;
    }
    d->knownCounters.remove(id);
    return {};
}

Status Workspace::setDetail(const QUuid &reportId, const QString &field, const QVariant &value)
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

Status Workspace::setStatus(const QUuid &reportId, ReportStatus status)
{
    return d->mutate(reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("UPDATE reports SET status = ? WHERE key = ?"),
                          {toString(status), reportKey});
    });
}

Status Workspace::setNodeField(const QUuid &reportId, const QUuid &nodeId, const QString &field,
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

Status Workspace::insertPart(const QUuid &reportId, int index, const Part &part)
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

Status Workspace::insertSection(const QUuid &reportId, const QUuid &partId, int index, const Section &section)
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

Status Workspace::insertParagraph(const QUuid &reportId, const QUuid &containerId, int index,
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

Status Workspace::insertPoint(const QUuid &reportId, const QUuid &ownerId, int index, const Point &point)
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

Status Workspace::insertFact(const QUuid &reportId, const QUuid &sectionId, int index, const Fact &fact)
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

Status Workspace::removeNode(const QUuid &reportId, const QUuid &nodeId)
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

Status Workspace::moveNode(const QUuid &reportId, const QUuid &nodeId, int index)
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

Status Workspace::replaceReport(const Report &report)
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

qint64 Workspace::knownChangeCounter(const QUuid &reportId) const
{
    return d->knownCounters.value(reportId, 0);
}

// ---- The review record -------------------------------------------------------------------------

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

Result<QList<Revision>> Workspace::listRevisions(const QUuid &reportId, bool withContent)
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

Result<Revision> Workspace::loadRevision(const QUuid &reportId, int number)
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
        return Error::data(QCoreApplication::translate("fazhi", "This report has no revision %1.").arg(number));
    }
    Revision r = revisionFrom(q.value(), reportId, true);
    q.value()->finish();
    return r;
}

Result<QList<ReviewEvent>> Workspace::listEvents(const QUuid &reportId)
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

Result<QList<Comment>> Workspace::listComments(const QUuid &reportId)
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

Result<int> Workspace::recordTransition(const QUuid &reportId, ReviewEvent event, bool freeze)
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

namespace {
// Review-record writes that are not changes of the report: one short write transaction each.
template <typename Impl, typename Apply>
Status recordWrite(Impl &d, const QUuid &reportId, Apply apply)
{
    if (Status s = d.beginWrite(); !s)
        return s;
    auto row = d.reportRow(reportId);
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
}  // namespace

Status Workspace::saveComment(const QUuid &reportId, const Comment &c)
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

Result<check::IgnoreList> Workspace::ignoredFindings(const QUuid &reportId)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(QStringLiteral("SELECT entries FROM check_ignores WHERE report_key = ?"), {row->key});
    if (!q)
        return q.error();
    const QString json = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    return check::IgnoreList::fromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

Status Workspace::setIgnoredFindings(const QUuid &reportId, const check::IgnoreList &list)
{
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        if (list.isEmpty())
            return d->execute(QStringLiteral("DELETE FROM check_ignores WHERE report_key = ?"), {reportKey});
        return d->execute(QStringLiteral("INSERT INTO check_ignores (report_key, entries) VALUES (?, ?) "
                                         "ON CONFLICT (report_key) DO UPDATE SET entries = excluded.entries"),
                          {reportKey, QString::fromUtf8(QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact))});
    });
}

Status Workspace::addEventIfAbsent(const QUuid &reportId, const ReviewEvent &e)
{
    const QUuid id = e.id.isNull() ? newId() : e.id;
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("INSERT OR IGNORE INTO review_events (report_key, uuid, at, by, action, "
                                         "opinion, revision, status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {reportKey, idText(id), timestampText(at), sanitizeFieldText(e.by), e.action,
                           sanitizeFieldText(e.opinion), e.revision, toString(e.statusAfter)});
    });
}

Status Workspace::addRevisionIfAbsent(const QUuid &reportId, const Revision &r)
{
    if (r.number <= 0)
        return invalidValue(QStringLiteral("revision"), QString::number(r.number));
    Report content = r.content;
    content.id = reportId;
    const QString json = QString::fromUtf8(QJsonDocument(toJson(content)).toJson(QJsonDocument::Compact));
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("INSERT OR IGNORE INTO revisions (report_key, number, created_at, created_by, "
                                         "content) VALUES (?, ?, ?, ?, ?)"),
                          {reportKey, r.number, timestampText(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()),
                           r.createdBy, json});
    });
}

Result<bool> Workspace::isReceived(const QUuid &reportId)
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

Status Workspace::setReceived(const QUuid &reportId, bool received)
{
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        return d->execute(QStringLiteral("UPDATE reports SET received = ? WHERE key = ?"), {received ? 1 : 0, reportKey});
    });
}

namespace {

// The rows and value lengths a received file may hold, checked with SQL before any row is read into
// memory: (what, query giving one number, the limit).
struct ReceivedLimit {
    const char *what;
    const char *sql;
    qint64 limit;
};

const ReceivedLimit kReceivedLimits[] = {
    {QT_TRANSLATE_NOOP("fazhi", "reports"), "SELECT COUNT(*) FROM reports", limits::kMaxReceivedReports},
    {QT_TRANSLATE_NOOP("fazhi", "nodes"), "SELECT COUNT(*) FROM nodes", qint64(limits::kMaxReceivedReports) * limits::kMaxNodesPerReport},
    {QT_TRANSLATE_NOOP("fazhi", "nodes per report"), "SELECT IFNULL(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM nodes GROUP BY report_key)",
     limits::kMaxNodesPerReport},
    {QT_TRANSLATE_NOOP("fazhi", "node text"), "SELECT IFNULL(MAX(MAX(LENGTH(heading)), MAX(LENGTH(lead)), MAX(LENGTH(text)), MAX(LENGTH(label)), "
                  "MAX(LENGTH(value)), MAX(LENGTH(unit)), MAX(LENGTH(qualifier))), 0) FROM nodes",
     limits::kMaxFieldLength},
    {QT_TRANSLATE_NOOP("fazhi", "report details"), "SELECT IFNULL(MAX(MAX(LENGTH(organization)), MAX(LENGTH(title)), MAX(LENGTH(addressee)), "
                       "MAX(LENGTH(signature)), MAX(LENGTH(source)), MAX(LENGTH(publication_url))), 0) FROM reports",
     limits::kMaxFieldLength},
    {QT_TRANSLATE_NOOP("fazhi", "comments"), "SELECT COUNT(*) FROM comments", limits::kMaxReceivedComments},
    {QT_TRANSLATE_NOOP("fazhi", "comment text"), "SELECT IFNULL(MAX(MAX(LENGTH(text)), MAX(LENGTH(base_text)), MAX(LENGTH(quote))), 0) FROM comments",
     limits::kMaxCommentLength},
    {QT_TRANSLATE_NOOP("fazhi", "review steps"), "SELECT COUNT(*) FROM review_events", limits::kMaxReceivedComments},
    {QT_TRANSLATE_NOOP("fazhi", "review step text"), "SELECT IFNULL(MAX(MAX(LENGTH(opinion)), MAX(LENGTH(by))), 0) FROM review_events",
     limits::kMaxCommentLength},
    {QT_TRANSLATE_NOOP("fazhi", "revisions"), "SELECT COUNT(*) FROM revisions", limits::kMaxReceivedRevisions},
    {QT_TRANSLATE_NOOP("fazhi", "import notes"), "SELECT COUNT(*) FROM import_notes", limits::kMaxNodesPerReport},
};

// The received copy, before it is opened as a workspace: its schema and limits, on a read-only
// connection that takes no locks and trusts nothing in the schema.
Status verifyReceivedCopy(const QString &copy, const QString &shownPath)
{
    const QString connection = QStringLiteral("fazhi-received-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(storage::readOnlyImmutableUri(copy));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            verdict = storage::damagedWorkspace(shownPath);
        } else {
            QSqlQuery q(db);
            // Functions in the schema (there should be none) may not run while a row is read.
            q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            q.finish();
            verdict = storage::verifySchema(db, shownPath);
            for (const ReceivedLimit &limit : kReceivedLimits) {
                if (!verdict)
                    break;
                if (!q.exec(QString::fromLatin1(limit.sql)) || !q.next()) {
                    verdict = storage::damagedWorkspace(shownPath);
                } else if (const qint64 found = q.value(0).toLongLong(); found > limit.limit) {
                    verdict = storage::receivedTooLarge(
                        shownPath, QCoreApplication::translate("fazhi", "it holds %1 (%2; at most %3).")
                                       .arg(QCoreApplication::translate("fazhi", limit.what))
                                       .arg(found)
                                       .arg(limit.limit));
                }
                q.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return verdict;
}

// The copy of a file this process also has open elsewhere (another window, a backup running): plain
// file I/O would drop that connection's locks (util/DatabaseFiles.h), so SQLite copies it, read-only
// and with the commits still in its -wal. The copy is then checked like any other.
Status copyThroughSqlite(const QString &path, const QString &copy)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::io(QCoreApplication::translate("fazhi", "Could not read %1: it is not an ordinary file.").arg(shown));
    if (info.size() > limits::kMaxReceivedFileSize)
        return storage::receivedTooLarge(path, QCoreApplication::translate("fazhi", "it is larger than %1 MB.")
                                                   .arg(limits::kMaxReceivedFileSize / (1024 * 1024)));
    const QString connection = QStringLiteral("fazhi-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (!db.open() || !q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            status = storage::notAWorkspace(path);
        } else {
            q.addBindValue(QDir::toNativeSeparators(copy));
            if (!q.exec())
                status = storage::damagedWorkspace(path);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

}  // namespace

Result<std::unique_ptr<Workspace>> Workspace::openReceived(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return Error::io(QCoreApplication::translate("fazhi", "The file %1 does not exist.").arg(shown));
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return Error::io(QCoreApplication::translate("fazhi", "Could not make a temporary folder: %1.")
                             .arg(folder->errorString()));
    const QString copy = folder->filePath(QStringLiteral("received.fazhi"));
    if (databasefiles::isConnected(path)) {
        if (Status copied = copyThroughSqlite(path, copy); !copied)
            return copied.error();
    } else {
        // The bytes of the file and, when another program has it open, of its -wal; then SQLite makes
        // them one file, so that what is checked below is all that will be read.
        const bool withWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        const QString bytesCopy = withWal ? folder->filePath(QStringLiteral("incoming.fazhi")) : copy;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (!suffix.isEmpty() && !withWal)
                continue;
            Result<QByteArray> bytes = readInputFile(path + suffix, limits::kMaxReceivedFileSize);
            if (!bytes)
                return bytes.error();
            QFile out(bytesCopy + suffix);
            if (!out.open(QIODevice::WriteOnly) || !writeAllTo(out, bytes.value(), bytesCopy) || !out.flush())
                return Error::io(QCoreApplication::translate("fazhi", "Could not make a temporary copy of %1: %2.")
                                     .arg(shown, out.errorString()));
        }
        if (withWal) {
            if (Status copied = copyThroughSqlite(bytesCopy, copy); !copied) {
                Error e = copied.error();
                e.message.replace(QDir::toNativeSeparators(bytesCopy), shown);
                return e;
            }
        }
    }

    // The header, the application id and version, and the integrity scan, on the copy.
    if (Result<storage::FileState> state = storage::inspectWorkspaceFile(copy, true); !state) {
        Error e = state.error();
        e.message.replace(QDir::toNativeSeparators(copy), shown);
        return e;
    } else if (state.value() == storage::FileState::New) {
        return storage::notAWorkspace(path);
    }
    if (Status verified = verifyReceivedCopy(copy, path); !verified)
        return verified.error();

    Result<std::unique_ptr<Workspace>> opened = open(copy);
    if (!opened)
        return opened.error();
    opened.value()->d->receivedCopy = std::move(folder);
    return opened;
}

}  // namespace fazhi
