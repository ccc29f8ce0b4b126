#include "Schema.h"

#include "PgWorkspace.h"
#include "StorageErrors.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <iterator>
#include <vector>

namespace fazhi::storage {

namespace {

struct Migration {
    int version;  // user_version after the step
    std::vector<const char *> statements;
};

// Append new steps at the end; never edit a step that has shipped.
//
// Design of version 1:
// - reports: one row per report with its details, status, timestamps (UTC, ISO 8601 with ms) and the
//   change counter used for conflict detection. `key` is the internal row id; `uuid` the report id.
// - nodes: every part, section, paragraph, point and fact of every report, one row each, so saving
//   one field updates one row. A node belongs to a sibling list named by (parent_key, slot):
//   report level (parent_key NULL): slot preamble | parts | closing;
//   under a part or section: slot paragraphs | points; under a part: sections; under a section: facts.
//   position orders siblings and is kept dense (0 … n-1) by every structural change. Node uuids are
//   unique within a report only, so a review copy may carry the same node ids as its original.
//   Columns that do not apply to a node's kind are NULL; enum values are stored as their JSON names.
//   Enum values are validated in code, not by CHECK, so a later version can add one without rebuilding
//   the table.
// - import_notes: Report::importNotes in order. node_uuid is not a foreign key: a note stays when the
//   node it talks about is removed.
const Migration kMigrations[] = {
    {1,
     {R"sql(
CREATE TABLE reports (
    key             INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    organization    TEXT    NOT NULL DEFAULT '',
    year            INTEGER NOT NULL DEFAULT 0,
    title           TEXT    NOT NULL DEFAULT '',
    addressee       TEXT    NOT NULL DEFAULT '',
    signature       TEXT    NOT NULL DEFAULT '',
    date            TEXT    NOT NULL DEFAULT '',
    source          TEXT    NOT NULL DEFAULT '',
    published_on    TEXT    NOT NULL DEFAULT '',
    publication_url TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'draft',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    change_counter  INTEGER NOT NULL DEFAULT 1
))sql",
      "CREATE INDEX reports_by_year ON reports (year DESC, organization)",
      R"sql(
CREATE TABLE nodes (
    key           INTEGER PRIMARY KEY,
    report_key    INTEGER NOT NULL REFERENCES reports (key) ON DELETE CASCADE,
    parent_key    INTEGER REFERENCES nodes (key) ON DELETE CASCADE,
    uuid          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    slot          TEXT    NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 0),
    heading       TEXT,
    part_kind     TEXT,
    lead          TEXT,
    heading_style TEXT,
    point_style   TEXT,
    text          TEXT,
    label         TEXT,
    value         TEXT,
    unit          TEXT,
    qualifier     TEXT,
    UNIQUE (report_key, uuid),
    CHECK ((kind = 'part' AND slot = 'parts' AND parent_key IS NULL)
        OR (kind = 'section' AND slot = 'sections' AND parent_key IS NOT NULL)
        OR (kind = 'paragraph' AND ((slot IN ('preamble', 'closing') AND parent_key IS NULL)
                                    OR (slot = 'paragraphs' AND parent_key IS NOT NULL)))
        OR (kind = 'point' AND slot = 'points' AND parent_key IS NOT NULL)
        OR (kind = 'fact' AND slot = 'facts' AND parent_key IS NOT NULL))
))sql",
      // Sibling lists, and the lookup ON DELETE CASCADE needs for children.
      "CREATE INDEX nodes_siblings ON nodes (parent_key, report_key, slot, position)",
      R"sql(
CREATE TABLE import_notes (
    key         INTEGER PRIMARY KEY,
    report_key  INTEGER NOT NULL REFERENCES reports (key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    node_uuid   TEXT    NOT NULL DEFAULT '',
    original    TEXT    NOT NULL DEFAULT '',
    replacement TEXT    NOT NULL DEFAULT '',
    message     TEXT    NOT NULL DEFAULT ''
))sql",
      "CREATE INDEX import_notes_by_report ON import_notes (report_key, position)"}},
    // Version 2: the review record (review/Review.h). Revisions hold the whole report as JSON (they are
    // immutable snapshots, never edited field by field). Events and comments carry their own uuids so
    // that a review copy merges back by id. Comments reference nodes by uuid, not key: a comment stays
    // readable when its node is deleted.
    {2,
     {R"sql(
CREATE TABLE revisions (
    key         INTEGER PRIMARY KEY,
    report_key  INTEGER NOT NULL REFERENCES reports (key) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL DEFAULT '',
    content     TEXT    NOT NULL,
    UNIQUE (report_key, number)
))sql",
      R"sql(
CREATE TABLE review_events (
    key          INTEGER PRIMARY KEY,
    report_key   INTEGER NOT NULL REFERENCES reports (key) ON DELETE CASCADE,
    uuid         TEXT    NOT NULL,
    at           TEXT    NOT NULL,
    by           TEXT    NOT NULL DEFAULT '',
    action       TEXT    NOT NULL,
    opinion      TEXT    NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL DEFAULT 0,
    status_after TEXT    NOT NULL,
    UNIQUE (report_key, uuid)
))sql",
      R"sql(
CREATE TABLE comments (
    key          INTEGER PRIMARY KEY,
    report_key   INTEGER NOT NULL REFERENCES reports (key) ON DELETE CASCADE,
    uuid         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    node_uuid    TEXT    NOT NULL,
    field        TEXT    NOT NULL DEFAULT '',
    range_start  INTEGER NOT NULL DEFAULT -1,
    range_end    INTEGER NOT NULL DEFAULT -1,
    quote        TEXT    NOT NULL DEFAULT '',
    text         TEXT    NOT NULL DEFAULT '',
    base_text    TEXT    NOT NULL DEFAULT '',
    parent_uuid  TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'open',
    closed_by    TEXT    NOT NULL DEFAULT '',
    closed_at    TEXT    NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (report_key, uuid)
))sql"}},
    // Version 3: the findings of the checks the user chose to ignore, per report, as the JSON array of
    // check::IgnoreList (rule, node, context, reason, time). Kept beside the report, not in it:
    // ignoring a finding changes neither the report nor its change counter. (They lived in the
    // per-user settings before; the desktop app moves them here when it first reads them.)
    {3,
     {R"sql(
CREATE TABLE check_ignores (
    report_key  INTEGER PRIMARY KEY REFERENCES reports (key) ON DELETE CASCADE,
    entries     TEXT    NOT NULL
))sql"}},
    // Version 4: whether a report came in from a review copy (1) or is this workspace's own (0). Only
    // the workspace that owns a report freezes its revisions and takes the drafter's steps; a copy
    // coming back from a reviewer may add comments and decisions, never revisions.
    {4, {"ALTER TABLE reports ADD COLUMN received INTEGER NOT NULL DEFAULT 0"}},
    // Version 5: the report's 文号 (from the page's 政府信息公开 table), and import notes as what happened
    // (code) with its arguments (a JSON array of strings), worded when shown. Notes stored before keep
    // their sentence in `message` and an empty code, which the display reads as before.
    {5,
     {"ALTER TABLE reports ADD COLUMN document_number TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE import_notes ADD COLUMN code TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE import_notes ADD COLUMN args TEXT NOT NULL DEFAULT '[]'"}},
};

Result<int> userVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fromSqlError(q.lastError(), path);
    return q.value(0).toInt();
}

}  // namespace

int schemaVersion() { return std::end(kMigrations)[-1].version; }

Status migrate(QSqlDatabase &db, const QString &path, int upTo)
{
    for (const Migration &step : kMigrations) {
        if (upTo > 0 && step.version > upTo)
            break;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fromSqlError(q.lastError(), path);
        auto fail = [&](const QSqlError &error) -> Status {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return fromSqlError(error, path);
        };
        const Result<int> version = userVersion(db, path);
        if (!version) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return version.error();
        }
        if (version.value() >= step.version) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        for (const char *sql : step.statements) {
            if (!q.exec(QString::fromLatin1(sql)))
                return fail(q.lastError());
        }
        if (step.version == 1 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return fail(q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return fail(q.lastError());
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(q.lastError());
    }
    return {};
}

namespace {

// Every object of the schema (tables, indexes, SQLite's automatic indexes) with its SQL, in one order.
Result<QStringList> schemaObjects(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, IFNULL(sql, '') FROM sqlite_schema ORDER BY type, name")))
        return fromSqlError(q.lastError(), path);
    QStringList objects;
    while (q.next())
        objects << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                       .join(QChar(0x1f));
    return objects;
}

}  // namespace

Status verifySchema(QSqlDatabase &db, const QString &path)
{
    const Result<int> version = userVersion(db, path);
    if (!version)
        return version.error();
    if (version.value() < 1 || version.value() > schemaVersion())
        return damagedWorkspace(path);
    const Result<QStringList> found = schemaObjects(db, path);
    if (!found)
        return found.error();

    // The expected schema: the migrations up to the file's version, run on an empty database.
    const QString connection = QStringLiteral("fazhi-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QStringList> expected = QStringList();
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (!reference.open())
            expected = fromSqlError(reference.lastError(), path);
        else if (Status s = migrate(reference, path, version.value()); !s)
            expected = s.error();
        else
            expected = schemaObjects(reference, path);
        reference.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!expected)
        return expected.error();
    if (found.value() != expected.value())
        return unexpectedSchema(path);
    return {};
}

QString serverStatement(const char *sqliteStatement)
{
    QString sql = QString::fromLatin1(sqliteStatement);
    static const QRegularExpression rowKey(QStringLiteral("^(\\s*key\\s+)INTEGER PRIMARY KEY"),
                                           QRegularExpression::MultilineOption);
    sql.replace(rowKey, QStringLiteral("\\1BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    sql.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return sql;
}

Result<int> serverSchemaVersion(QSqlDatabase &db, const QString &place)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.fazhi_schema') IS NOT NULL, "
                               "(SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public')"))
        || !q.next())
        return fromServerError(q.lastError(), place);
    const bool ours = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    if (!ours)
        return tables == 0 ? 0 : -1;
    if (!q.exec(QStringLiteral("SELECT application_id, version FROM fazhi_schema")) || !q.next())
        return fromServerError(q.lastError(), place);
    if (q.value(0).toLongLong() != kApplicationId)
        return -1;
    return q.value(1).toInt();
}

Status migrateServer(QSqlDatabase &db, const QString &place)
{
    QSqlQuery q(db);
    auto fail = [&](const QSqlError &error) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fromServerError(error, place);
    };
    if (!q.exec(QStringLiteral("BEGIN")))
        return fromServerError(q.lastError(), place);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId)))
        return fail(q.lastError());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS fazhi_schema (application_id BIGINT NOT NULL, "
                               "version BIGINT NOT NULL)")))
        return fail(q.lastError());
    if (!q.exec(QStringLiteral("SELECT version FROM fazhi_schema")))
        return fail(q.lastError());
    int version = 0;
    if (q.next()) {
        version = q.value(0).toInt();
    } else if (!q.exec(QStringLiteral("INSERT INTO fazhi_schema (application_id, version) VALUES (%1, 0)")
                           .arg(kApplicationId))) {
        return fail(q.lastError());
    }
    for (const Migration &step : kMigrations) {
        if (step.version <= version)
            continue;
        for (const char *sql : step.statements) {
            if (!q.exec(serverStatement(sql)))
                return fail(q.lastError());
        }
        if (!q.exec(QStringLiteral("UPDATE fazhi_schema SET version = %1").arg(step.version)))
            return fail(q.lastError());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError());
    return {};
}

}  // namespace fazhi::storage
