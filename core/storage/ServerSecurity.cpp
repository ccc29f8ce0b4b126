// Row-level security, roles and append-only records of a server workspace (storage/ServerSecurity.h).
#include "ServerSecurity.h"

#include "PgWorkspace.h"
#include "Workspace.h"
#include "util/Translation.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QUuid>

namespace fazhi::storage {

namespace {

// Every statement is idempotent (CREATE OR REPLACE, IF NOT EXISTS, DROP ... IF EXISTS before CREATE).
const char *const kSecurity[] = {
    // Roles belong to the cluster, shared by its databases: another database's init may be creating
    // the same role at this moment (it then exists, or its creation collides: both are fine).
    R"sql(DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['fazhi_clerk', 'fazhi_leader', 'fazhi_county'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END;
    END IF;
  END LOOP;
END $$)sql",
    R"sql(CREATE TABLE IF NOT EXISTS users (
    name         TEXT COLLATE "C" PRIMARY KEY,
    organization TEXT COLLATE "C" NOT NULL,
    role         TEXT COLLATE "C" NOT NULL CHECK (role IN ('clerk', 'leader', 'county'))
))sql",
    // The login's organization and role, for the policies; NULL for a login that is no user (the owner).
    R"sql(CREATE OR REPLACE FUNCTION fazhi_organization() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ SELECT organization FROM users WHERE name = session_user $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION fazhi_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ SELECT role FROM users WHERE name = session_user $$)sql",
    // The towns that have users, for the county's dashboard (a town sees only itself).
    R"sql(CREATE OR REPLACE FUNCTION fazhi_known_organizations() RETURNS SETOF text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT organization FROM users WHERE role <> 'county'
    AND (fazhi_role() IS NULL OR fazhi_role() = 'county' OR organization = fazhi_organization())
$$)sql",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    "REVOKE ALL ON FUNCTION fazhi_organization(), fazhi_role(), fazhi_known_organizations() FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION fazhi_organization(), fazhi_role(), fazhi_known_organizations() "
    "TO fazhi_clerk, fazhi_leader, fazhi_county",
    "GRANT USAGE ON SCHEMA public TO fazhi_clerk, fazhi_leader, fazhi_county",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO fazhi_clerk, fazhi_leader, fazhi_county",
    "GRANT SELECT ON fazhi_schema, reports, nodes, import_notes, revisions, review_events, comments, check_ignores "
    "TO fazhi_clerk, fazhi_leader, fazhi_county",
    "GRANT INSERT, UPDATE, DELETE ON reports, nodes, import_notes, check_ignores TO fazhi_clerk",
    "GRANT UPDATE (status, change_counter, updated_at) ON reports TO fazhi_leader",
    "GRANT UPDATE (status, change_counter, updated_at, published_on, publication_url) ON reports TO fazhi_county",
    // Records are added, never changed: INSERT only (and the trigger below).
    "GRANT INSERT ON revisions, review_events TO fazhi_clerk, fazhi_leader, fazhi_county",
    "GRANT INSERT, UPDATE ON comments TO fazhi_clerk, fazhi_leader, fazhi_county",

    "ALTER TABLE reports ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE nodes ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE import_notes ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE revisions ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE review_events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE comments ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE check_ignores ENABLE ROW LEVEL SECURITY",

    // Reports: seen by their organization, and by the county.
    "DROP POLICY IF EXISTS reports_read ON reports",
    "CREATE POLICY reports_read ON reports FOR SELECT "
    "USING (fazhi_role() = 'county' OR organization = fazhi_organization())",
    "DROP POLICY IF EXISTS reports_clerk_insert ON reports",
    "CREATE POLICY reports_clerk_insert ON reports FOR INSERT TO fazhi_clerk "
    "WITH CHECK (fazhi_role() = 'clerk' AND organization = fazhi_organization() AND status = 'draft')",
    // A clerk changes a draft or a returned report, and may submit it; it stays the clerk's organization's.
    "DROP POLICY IF EXISTS reports_clerk_update ON reports",
    "CREATE POLICY reports_clerk_update ON reports FOR UPDATE TO fazhi_clerk "
    "USING (fazhi_role() = 'clerk' AND organization = fazhi_organization() AND status IN ('draft', 'returned')) "
    "WITH CHECK (organization = fazhi_organization() AND status IN ('draft', 'returned', 'submitted'))",
    "DROP POLICY IF EXISTS reports_clerk_delete ON reports",
    "CREATE POLICY reports_clerk_delete ON reports FOR DELETE TO fazhi_clerk "
    "USING (fazhi_role() = 'clerk' AND organization = fazhi_organization() AND status = 'draft')",
    // A leader decides a submitted report of the leader's organization.
    "DROP POLICY IF EXISTS reports_leader_update ON reports",
    "CREATE POLICY reports_leader_update ON reports FOR UPDATE TO fazhi_leader "
    "USING (fazhi_role() = 'leader' AND organization = fazhi_organization() AND status = 'submitted') "
    "WITH CHECK (organization = fazhi_organization() AND status IN ('submitted', 'returned', 'approved'))",
    "DROP POLICY IF EXISTS reports_county_update ON reports",
    "CREATE POLICY reports_county_update ON reports FOR UPDATE TO fazhi_county "
    "USING (fazhi_role() = 'county') WITH CHECK (fazhi_role() = 'county')",

    // The content follows its report: seen with it, written by its clerk while it may be changed.
    "DROP POLICY IF EXISTS nodes_read ON nodes",
    "CREATE POLICY nodes_read ON nodes FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = nodes.report_key))",
    "DROP POLICY IF EXISTS nodes_clerk_write ON nodes",
    "CREATE POLICY nodes_clerk_write ON nodes FOR ALL TO fazhi_clerk "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = nodes.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization() AND r.status IN ('draft', 'returned'))) "
    "WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.key = nodes.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization() AND r.status IN ('draft', 'returned')))",
    "DROP POLICY IF EXISTS import_notes_read ON import_notes",
    "CREATE POLICY import_notes_read ON import_notes FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = import_notes.report_key))",
    "DROP POLICY IF EXISTS import_notes_clerk_write ON import_notes",
    "CREATE POLICY import_notes_clerk_write ON import_notes FOR ALL TO fazhi_clerk "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = import_notes.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization() AND r.status IN ('draft', 'returned'))) "
    "WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.key = import_notes.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization() AND r.status IN ('draft', 'returned')))",
    "DROP POLICY IF EXISTS check_ignores_read ON check_ignores",
    "CREATE POLICY check_ignores_read ON check_ignores FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = check_ignores.report_key))",
    "DROP POLICY IF EXISTS check_ignores_clerk_write ON check_ignores",
    "CREATE POLICY check_ignores_clerk_write ON check_ignores FOR ALL TO fazhi_clerk "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = check_ignores.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization())) "
    "WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.key = check_ignores.report_key AND fazhi_role() = 'clerk' "
    "AND r.organization = fazhi_organization()))",

    // Records: seen with their report; added to a report of one's own organization (the county: any).
    "DROP POLICY IF EXISTS revisions_read ON revisions",
    "CREATE POLICY revisions_read ON revisions FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = revisions.report_key))",
    "DROP POLICY IF EXISTS revisions_add ON revisions",
    "CREATE POLICY revisions_add ON revisions FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM reports r "
    "WHERE r.key = revisions.report_key AND (fazhi_role() = 'county' OR r.organization = fazhi_organization())))",
    "DROP POLICY IF EXISTS review_events_read ON review_events",
    "CREATE POLICY review_events_read ON review_events FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = review_events.report_key))",
    "DROP POLICY IF EXISTS review_events_add ON review_events",
    "CREATE POLICY review_events_add ON review_events FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM reports r "
    "WHERE r.key = review_events.report_key AND (fazhi_role() = 'county' OR r.organization = fazhi_organization())))",
    "DROP POLICY IF EXISTS comments_read ON comments",
    "CREATE POLICY comments_read ON comments FOR SELECT "
    "USING (EXISTS (SELECT 1 FROM reports r WHERE r.key = comments.report_key))",
    "DROP POLICY IF EXISTS comments_add ON comments",
    "CREATE POLICY comments_add ON comments FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM reports r "
    "WHERE r.key = comments.report_key AND (fazhi_role() = 'county' OR r.organization = fazhi_organization())))",
    "DROP POLICY IF EXISTS comments_change ON comments",
    "CREATE POLICY comments_change ON comments FOR UPDATE USING (EXISTS (SELECT 1 FROM reports r "
    "WHERE r.key = comments.report_key AND (fazhi_role() = 'county' OR r.organization = fazhi_organization())))",

    // Append-only, for everyone: the trigger holds even where a grant is given by mistake.
    R"sql(CREATE OR REPLACE FUNCTION fazhi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the records in % are append-only: they are never changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'P0001';
END $$)sql",
    "DROP TRIGGER IF EXISTS review_events_append_only ON review_events",
    "CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events "
    "FOR EACH ROW EXECUTE FUNCTION fazhi_append_only()",
    "DROP TRIGGER IF EXISTS revisions_append_only ON revisions",
    "CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions "
    "FOR EACH ROW EXECUTE FUNCTION fazhi_append_only()",
    // The name in a record is the login's, whatever the program sent (users only: the owner copying
    // records between workspaces keeps theirs).
    R"sql(CREATE OR REPLACE FUNCTION fazhi_record_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF fazhi_role() IS NOT NULL THEN
    IF TG_TABLE_NAME = 'review_events' THEN
      NEW.by := session_user;
    ELSIF TG_TABLE_NAME = 'revisions' THEN
      NEW.created_by := session_user;
    ELSIF TG_TABLE_NAME = 'comments' THEN
      IF TG_OP = 'INSERT' THEN
        NEW.author := session_user;
      ELSE
        NEW.author := OLD.author;
      END IF;
      IF NEW.closed_by <> '' AND (TG_OP = 'INSERT' OR NEW.state IS DISTINCT FROM OLD.state
                                  OR NEW.closed_by IS DISTINCT FROM OLD.closed_by) THEN
        NEW.closed_by := session_user;
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END $$)sql",
    "DROP TRIGGER IF EXISTS review_events_author ON review_events",
    "CREATE TRIGGER review_events_author BEFORE INSERT ON review_events "
    "FOR EACH ROW EXECUTE FUNCTION fazhi_record_author()",
    "DROP TRIGGER IF EXISTS revisions_author ON revisions",
    "CREATE TRIGGER revisions_author BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION fazhi_record_author()",
    // Every change is announced (LISTEN/NOTIFY), without a payload: a listener rereads what it shows,
    // through its own row-level security. One notification a transaction (the server merges them).
    R"sql(CREATE OR REPLACE FUNCTION fazhi_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('fazhi_changes', '');
  RETURN NULL;
END $$)sql",
    "DROP TRIGGER IF EXISTS reports_notify ON reports",
    "CREATE TRIGGER reports_notify AFTER INSERT OR UPDATE OR DELETE ON reports "
    "FOR EACH STATEMENT EXECUTE FUNCTION fazhi_notify_change()",
    "DROP TRIGGER IF EXISTS comments_notify ON comments",
    "CREATE TRIGGER comments_notify AFTER INSERT OR UPDATE OR DELETE ON comments "
    "FOR EACH STATEMENT EXECUTE FUNCTION fazhi_notify_change()",
    "DROP TRIGGER IF EXISTS review_events_notify ON review_events",
    "CREATE TRIGGER review_events_notify AFTER INSERT ON review_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION fazhi_notify_change()",
    "DROP TRIGGER IF EXISTS comments_author ON comments",
    "CREATE TRIGGER comments_author BEFORE INSERT OR UPDATE ON comments "
    "FOR EACH ROW EXECUTE FUNCTION fazhi_record_author()",
};

// A connection of its own to `address` for the administration statements, closed when it goes.
class AdminConnection {
public:
    explicit AdminConnection(const ServerAddress &a)
        : m_name(QStringLiteral("fazhi-server-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_status(connectServer(a, m_name, m_db))
    {
    }
    ~AdminConnection()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;
    const Status &status() const { return m_status; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    Status m_status;
};

Status inTransaction(QSqlDatabase &db, const QString &place, const QStringList &statements)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return fromServerError(q.lastError(), place);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            const Error e = fromServerError(q.lastError(), place);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = fromServerError(q.lastError(), place);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

QString literal(QSqlDatabase &db, const QString &text)
{
    QSqlField field(QStringLiteral("value"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return db.driver()->formatValue(field);
}

}  // namespace

QString toString(ServerRole role)
{
    switch (role) {
    case ServerRole::Clerk: return QStringLiteral("clerk");
    case ServerRole::Leader: return QStringLiteral("leader");
    case ServerRole::County: return QStringLiteral("county");
    }
    return {};
}

std::optional<ServerRole> serverRoleFromString(const QString &s)
{
    for (ServerRole r : {ServerRole::Clerk, ServerRole::Leader, ServerRole::County}) {
        if (toString(r) == s)
            return r;
    }
    return std::nullopt;
}

Status initServer(const QString &address)
{
    if (!isServerAddress(address))
        return Error::data(Tr::tr("%1 is not a server address (postgresql://USER@HOST:PORT/DATABASE).").arg(address));
    Result<ServerAddress> a = parseServerAddress(address);
    if (!a)
        return a.error();
    {
        // The schema first, as any program opening the workspace would create or upgrade it.
        auto ws = Workspace::open(address);
        if (!ws)
            return ws.error();
    }
    AdminConnection admin(a.value());
    if (!admin.status())
        return admin.status();
    QStringList statements;
    for (const char *sql : kSecurity)
        statements << QString::fromUtf8(sql);
    return inTransaction(admin.db(), a->display, statements);
}

Status addServerUser(const QString &address, const QString &name, const QString &organization, ServerRole role,
                     const QString &password)
{
    Result<ServerAddress> a = parseServerAddress(address);
    if (!a)
        return a.error();
    const QString login = name.trimmed();
    if (login.isEmpty() || login.toUtf8().size() > 63 || login.startsWith(QLatin1String("pg_"))
        || login.startsWith(QLatin1String("fazhi_")))
        return Error::data(Tr::tr("\"%1\" cannot be a user name: it must be 1 to 63 bytes and may not begin "
                                  "with pg_ or fazhi_.")
                               .arg(login));
    for (const QChar c : login) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::data(Tr::tr("\"%1\" cannot be a user name: it holds a control character.").arg(login));
    }
    if (organization.trimmed().isEmpty())
        return Error::data(Tr::tr("The new user needs an organization (--organization)."));
    if (password.isEmpty())
        return Error::data(Tr::tr("The new user needs a password (one line on standard input)."));

    AdminConnection admin(a.value());
    if (!admin.status())
        return admin.status();
    QSqlDatabase &db = admin.db();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(login);
        if (!q.exec())
            return fromServerError(q.lastError(), a->display);
        if (q.next())
            return Error::data(Tr::tr("The server %1 already has a user or role named \"%2\".").arg(a->display, login));
    }
    const QString ident = db.driver()->escapeIdentifier(login, QSqlDriver::FieldName);
    return inTransaction(db, a->display,
                         {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(ident, literal(db, password)),
                          QStringLiteral("GRANT fazhi_%1 TO %2").arg(toString(role), ident),
                          QStringLiteral("INSERT INTO users (name, organization, role) VALUES (%1, %2, %3)")
                              .arg(literal(db, login), literal(db, organization.trimmed()),
                                   literal(db, toString(role)))});
}

}  // namespace fazhi::storage
