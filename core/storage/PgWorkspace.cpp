// The workspace on a PostgreSQL server: the address, opening (connect, check the schema, migrate) and
// the server's errors. The stores are SqliteWorkspace's, on this connection (storage/PgWorkspace.h).
#include "PgWorkspace.h"

#include "Schema.h"
#include "SqliteWorkspaceImpl.h"
#include "util/Translation.h"

#include <QSet>
#include <QSqlDriver>
#include <QUrl>
#include <QUrlQuery>

namespace fazhi {

namespace storage {

namespace {

// The libpq connection options an address may carry (the TLS ones first); anything else is refused,
// so that a mistyped option is not silently ignored.
const QSet<QString> &connectOptionNames()
{
    static const QSet<QString> names{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),    QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),         QStringLiteral("sslpassword"),
        QStringLiteral("sslcompression"),  QStringLiteral("requiressl"),     QStringLiteral("gssencmode"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("channel_binding"), QStringLiteral("passfile"),       QStringLiteral("service"),
        QStringLiteral("keepalives"),      QStringLiteral("keepalives_idle"), QStringLiteral("options"),
    };
    return names;
}

Error badAddress(const QString &place, const QString &why)
{
    return Error::data(Tr::tr("%1 is not a usable server address: %2").arg(place, why));
}

}  // namespace

bool isServerAddress(const QString &place)
{
    const QString p = place.trimmed();
    return p.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || p.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerAddress(const QString &place)
{
    const QUrl url(place.trimmed(), QUrl::StrictMode);
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : place.trimmed();
    if (!url.isValid())
        return badAddress(shown, url.errorString());
    ServerAddress a;
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.display = shown;
    if (a.host.isEmpty())
        return badAddress(shown, Tr::tr("no host name (postgresql://USER@HOST:PORT/DATABASE)"));
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return badAddress(shown, Tr::tr("no database name (postgresql://USER@HOST:PORT/DATABASE)"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!connectOptionNames().contains(key))
            return badAddress(shown, Tr::tr("unknown connection option \"%1\"").arg(key));
        if (value.contains(u';'))
            return badAddress(shown, Tr::tr("the value of \"%1\" may not contain \";\"").arg(key));
        options << key + u'=' + value;
    }
    a.connectOptions = options.join(u';');
    return a;
}

Error fromServerError(const QSqlError &error, const QString &place)
{
    const QString state = error.nativeErrorCode();
    const QString detail =
        error.databaseText().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    // SQLSTATE classes (PostgreSQL, appendix A).
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("57014"))
        return Error::state(Tr::tr("The workspace %1 is busy in another program; try again in a moment.").arg(place));
    if (state == QLatin1String("42501"))
        return Error::data(Tr::tr("The server %1 refused the change: %2").arg(place, detail));
    // A trigger's refusal (RAISE EXCEPTION): the sign-off records are append-only.
    if (state == QLatin1String("P0001"))
        return Error::data(Tr::tr("The server %1 refused the change: %2").arg(place, detail));
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return Error::data(Tr::tr("The change does not fit the data in the workspace %1 (%2).").arg(place, detail));
    return Error::io(Tr::tr("The workspace %1 could not be read or written (%2).").arg(place, detail));
}

Status connectServer(const ServerAddress &a, const QString &connectionName, QSqlDatabase &db)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error::io(Tr::tr("The PostgreSQL driver of Qt (QPSQL) is not available, so %1 cannot be "
                                "opened (Debian: apt-get install libqt6sql6-psql).")
                             .arg(a.display));
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setDatabaseName(a.database);
    db.setUserName(a.user);
    if (!a.password.isEmpty())
        db.setPassword(a.password);
    db.setConnectOptions(a.connectOptions);
    if (!db.open()) {
        const QSqlError e = db.lastError();
        return Error::io(Tr::tr("Cannot connect to the server %1: %2")
                             .arg(a.display, e.databaseText().trimmed().isEmpty() ? e.text().trimmed()
                                                                                   : e.databaseText().trimmed()));
    }
    return {};
}

Error changeNotAllowed(const QString &place)
{
    return Error::data(Tr::tr("The server %1 does not let you make this change: the report belongs to another "
                              "organization, or your role may not change it while it is in this state.")
                           .arg(place));
}

}  // namespace storage

Result<QStringList> SqliteWorkspace::knownOrganizations()
{
    // A file: its reports'. A server after `server init`: its town users' too (ServerSecurity.cpp).
    QString sql = QStringLiteral("SELECT DISTINCT organization FROM reports WHERE organization <> ''");
    if (d->server) {
        Result<QSqlQuery *> q =
            d->run(QStringLiteral("SELECT to_regprocedure('public.fazhi_known_organizations()') IS NOT NULL"));
        if (!q)
            return q.error();
        const bool users = q.value()->next() && q.value()->value(0).toBool();
        q.value()->finish();
        if (users)
            sql += QStringLiteral(" UNION SELECT fazhi_known_organizations()");
    }
    Result<QSqlQuery *> q = d->run(sql);
    if (!q)
        return q.error();
    QStringList organizations;
    while (q.value()->next())
        organizations.append(q.value()->value(0).toString());
    q.value()->finish();
    organizations.sort();
    return organizations;
}

bool SqliteWorkspace::watchChanges(std::function<void()> onChange)
{
    if (!d->server || !d->db.driver())
        return false;
    QSqlDriver *driver = d->db.driver();
    const QString channel = QString::fromLatin1(storage::kChangeChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    // Our own changes come back too (SelfSource): only another connection's are news.
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [onChange](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (name == QLatin1String(storage::kChangeChannel) && source == QSqlDriver::OtherSource)
                             onChange();
                     });
    return true;
}

Result<std::unique_ptr<Workspace>> SqliteWorkspace::openServer(const QString &place)
{
    Result<storage::ServerAddress> address = storage::parseServerAddress(place);
    if (!address)
        return address.error();
    const storage::ServerAddress &a = address.value();

    std::unique_ptr<SqliteWorkspace> ws(new SqliteWorkspace(a.display));
    Impl &d = *ws->d;
    d.server = true;
    d.path = a.display;
    d.connectionName = QStringLiteral("fazhi-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = storage::connectServer(a, d.connectionName, d.db); !s)
        return s.error();

    // A writer waits at most a few seconds for another's lock on a report, as on a file; the text
    // columns compare as bytes (COLLATE "C" in the schema) and the client speaks UTF-8.
    for (const QString &setting : {QStringLiteral("SET lock_timeout = '5s'"),
                                   QStringLiteral("SET client_encoding = 'UTF8'"),
                                   QStringLiteral("SET client_min_messages = 'warning'")}) {
        QSqlQuery q(d.db);
        if (!q.exec(setting))
            return d.sqlError(q.lastError());
    }

    Result<int> version = storage::serverSchemaVersion(d.db, a.display);
    if (!version)
        return version.error();
    if (version.value() < 0)
        return Error::data(Tr::tr("The database %1 holds tables that are not a Fazhi Report workspace.")
                               .arg(a.display));
    if (version.value() > storage::schemaVersion())
        return Error::state(Tr::tr("The workspace on the server %1 has schema version %2, newer than this "
                                   "version of Fazhi Report understands (%3); install the newer version to "
                                   "open it.")
                                .arg(a.display)
                                .arg(version.value())
                                .arg(storage::schemaVersion()));
    if (version.value() < storage::schemaVersion()) {
        if (Status s = storage::migrateServer(d.db, a.display); !s)
            return s.error();
    }
    return std::unique_ptr<Workspace>(std::move(ws));
}

}  // namespace fazhi
