#pragma once
// The test suite's own PostgreSQL cluster, started by the ctest fixture pg_cluster
// (scripts/pg-test-cluster.sh, tests/PgTestCluster.cmake): where it is, a fresh database on it for
// each test, and why the PostgreSQL tests skip where there is none (PostgreSQL not installed, the
// test program run without ctest, Windows).

#include "util/Result.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fazhi::test::pg {

// The fixture's information folder: FAZHI_PG_TEST_INFO in the environment (a cluster started by hand),
// else the one the ctest running this test made in the build's: FAZHI_PG_TEST_INFO/run-<its PID>.
inline QString infoDir()
{
    const QString env = qEnvironmentVariable("FAZHI_PG_TEST_INFO");
    if (!env.isEmpty())
        return env;
#if defined(FAZHI_PG_TEST_INFO) && defined(Q_OS_UNIX)
    return QStringLiteral(FAZHI_PG_TEST_INFO "/run-") + QString::number(qint64(getppid()));
#else
    return QString();
#endif
}

inline QString readInfo(const QString &name)
{
    QFile f(QDir(infoDir()).filePath(name));
    if (infoDir().isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Why there is no test server, or an empty string when there is one.
inline std::string skipReason()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return "Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)";
    if (const QString why = readInfo(QStringLiteral("skip")); !why.isEmpty())
        return why.toStdString();
    if (readInfo(QStringLiteral("url")).isEmpty())
        return "no test PostgreSQL cluster is running (ctest starts one through the fixture pg_cluster; "
               "run the test through ctest)";
    return {};
}

// postgresql://ADMIN@127.0.0.1:PORT/DATABASE; the password is in the fixture's password file, which
// libpq reads through PGPASSFILE (set here, for this process and the programs it starts).
inline QString address(const QString &database = QStringLiteral("postgres"))
{
    qputenv("PGPASSFILE", QDir(infoDir()).filePath(QStringLiteral("pgpass")).toLocal8Bit());
    QUrl url(readInfo(QStringLiteral("url")));
    url.setPath(u'/' + database);
    return url.toString();
}

// The cluster's administrator on its maintenance database, one connection per test program.
inline QSqlDatabase admin()
{
    const QString name = QStringLiteral("fazhi-test-admin");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    address();
    const QUrl url(readInfo(QStringLiteral("url")));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(QStringLiteral("postgres"));
    db.open();
    return db;
}

// Runs one statement as the administrator; the error text, or an empty string.
inline QString adminExec(const QString &sql)
{
    QSqlDatabase db = admin();
    if (!db.isOpen())
        return QStringLiteral("cannot connect as the test administrator: ") + db.lastError().text();
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text();
}

// The database a test's `place` (a path in its own temporary folder) stands for: one of its own,
// created empty when first asked for, so that two objects opening one place share it.
inline Result<QString> databaseFor(const QString &place)
{
    const QString name = QStringLiteral("t_")
                         + QString::fromLatin1(
                               QCryptographicHash::hash(place.toUtf8(), QCryptographicHash::Sha1).toHex().left(30));
    QSqlDatabase db = admin();
    if (!db.isOpen())
        return Error::io(QStringLiteral("cannot connect as the test administrator: ") + db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error::io(q.lastError().text());
    if (!q.next()) {
        if (const QString e = adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)); !e.isEmpty())
            return Error::io(e);
    }
    return address(name);
}

}  // namespace fazhi::test::pg
