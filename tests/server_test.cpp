// The workspace on a PostgreSQL server (storage/PgWorkspace.h) beyond what every backend promises
// (workspace_test.cpp's StoreTest runs on it too): the address, the schema version, foreign databases.
// Runs on the test suite's own cluster (tests/PgTestServer.h); skips where there is none.
#include "PgTestServer.h"
#include "TestSupport.h"
#include "model/Report.h"
#include "storage/PgWorkspace.h"
#include "storage/Schema.h"
#include "review/Review.h"
#include "storage/Workspace.h"
#include "model/ReportYear.h"
#include "workflow/Dashboard.h"

#include <QSqlDatabase>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QSqlQuery>
#include <QUuid>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fazhi;
using namespace fazhi::test;

namespace {

class ServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const std::string why = pg::skipReason(); !why.empty())
            GTEST_SKIP() << why;
        ASSERT_TRUE(m_dir.isValid());
    }
    QString freshDatabase(const QString &name = QStringLiteral("db"))
    {
        Result<QString> address = pg::databaseFor(m_dir.filePath(name));
        EXPECT_TRUE(address.ok()) << (address.ok() ? "" : address.error().message.toStdString());
        return address.ok() ? address.value() : QString();
    }
    // Runs SQL on a database as the test administrator, on a connection of its own.
    static QString execOn(const QString &address, const QString &sql)
    {
        const QUrl url(address);
        const QString name = QStringLiteral("server-test-direct");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    QTemporaryDir m_dir;
};

}  // namespace

TEST(ServerAddress, PartsOptionsAndMistakes)
{
    EXPECT_TRUE(Workspace::isServerAddress(QStringLiteral("postgresql://clerk@db.example:6543/county")));
    EXPECT_TRUE(Workspace::isServerAddress(QStringLiteral("postgres://clerk@db.example/county")));
    EXPECT_FALSE(Workspace::isServerAddress(QStringLiteral("/home/clerk/workspace.fazhi")));
    EXPECT_FALSE(Workspace::isServerAddress(QStringLiteral("C:\\postgresql\\workspace.fazhi")));

    auto a = storage::parseServerAddress(
        QStringLiteral("postgresql://clerk:secret@db.example:6543/county?sslmode=verify-full&connect_timeout=5"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->user, QStringLiteral("clerk"));
    EXPECT_EQ(a->password, QStringLiteral("secret"));
    EXPECT_EQ(a->host, QStringLiteral("db.example"));
    EXPECT_EQ(a->port, 6543);
    EXPECT_EQ(a->database, QStringLiteral("county"));
    EXPECT_EQ(a->connectOptions, QStringLiteral("sslmode=verify-full;connect_timeout=5"));
    EXPECT_FALSE(a->display.contains(QStringLiteral("secret")));
    EXPECT_EQ(storage::parseServerAddress(QStringLiteral("postgresql://clerk@db.example/county"))->port, 5432);

    for (const char *bad : {"postgresql://clerk@db.example", "postgresql:///county",
                            "postgresql://clerk@db.example/county?sslmod=require",
                            "postgresql://clerk@db.example/county?sslmode=require;x"}) {
        auto r = storage::parseServerAddress(QString::fromLatin1(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, Error::Code::Data) << bad;
    }
    // Opening one fails the same way, before connecting.
    auto ws = Workspace::open(QStringLiteral("postgresql://clerk@db.example/county?sslmod=require"));
    ASSERT_FALSE(ws.ok());
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("sslmod"))) << ws.error().message.toStdString();
}

TEST_F(ServerTest, EmptyDatabaseGetsTheSchemaAtTheCurrentVersion)
{
    const QString address = freshDatabase();
    auto ws = Workspace::open(address);
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    auto id = ws.value()->insertReport(makeTemplateReport(QStringLiteral("陶庄镇"), 2024));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    ws.value().reset();
    // Opened again: the schema is there, the report too.
    auto again = Workspace::open(address);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    auto list = again.value()->listReports();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().organization, QStringLiteral("陶庄镇"));
}

TEST_F(ServerTest, NewerSchemaIsRefusedWithoutChangingIt)
{
    const QString address = freshDatabase();
    ASSERT_TRUE(Workspace::open(address).ok());
    const int newer = storage::schemaVersion() + 1;
    ASSERT_EQ(execOn(address, QStringLiteral("UPDATE fazhi_schema SET version = %1").arg(newer)), QString());
    auto ws = Workspace::open(address);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, Error::Code::State);
    EXPECT_TRUE(ws.error().message.contains(QString::number(newer))) << ws.error().message.toStdString();
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("127.0.0.1"))) << ws.error().message.toStdString();
}

TEST_F(ServerTest, DatabaseOfSomethingElseIsRefusedWithoutChangingIt)
{
    const QString address = freshDatabase();
    ASSERT_EQ(execOn(address, QStringLiteral("CREATE TABLE invoices (id integer)")), QString());
    auto ws = Workspace::open(address);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, Error::Code::Data);
    EXPECT_EQ(execOn(address, QStringLiteral("SELECT 1 FROM fazhi_schema")).isEmpty(), false)
        << "no schema table may have been created";
}

TEST_F(ServerTest, WrongPasswordAndNoServerGiveAClearError)
{
    const QString address = freshDatabase();
    QUrl wrong(address);
    wrong.setPassword(QStringLiteral("not-the-password"));
    auto ws = Workspace::open(wrong.toString());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, Error::Code::Io);
    EXPECT_FALSE(ws.error().message.contains(QStringLiteral("not-the-password"))) << ws.error().message.toStdString();

    QUrl closed(address);
    closed.setPort(1);
    auto none = Workspace::open(closed.toString());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, Error::Code::Io);
}

// ---------------------------------------------------------------------------------------------
// Security in the database: real logins of the roles server init creates

namespace {

struct Login {
    QString name;
    QString password;
};

class ServerSecurityTest : public ServerTest {
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped())
            return;
        m_admin = freshDatabase(QStringLiteral("county"));
        ASSERT_FALSE(m_admin.isEmpty());
        const ProcessResult init = cli({QStringLiteral("server"), QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.errText().toStdString();
        // Logins are the cluster's, shared by every test: names of this test's own.
        m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_clerkA = addUser(QStringLiteral("clerk_a"), kTownA, QStringLiteral("clerk"));
        m_clerkA2 = addUser(QStringLiteral("clerk_a2"), kTownA, QStringLiteral("clerk"));
        m_leaderA = addUser(QStringLiteral("leader_a"), kTownA, QStringLiteral("leader"));
        m_clerkB = addUser(QStringLiteral("clerk_b"), kTownB, QStringLiteral("clerk"));
        m_county = addUser(QStringLiteral("county"), QStringLiteral("兴化市司法局"), QStringLiteral("county"));
    }

    ProcessResult cli(const QStringList &args, const QByteArray &input = QByteArray())
    {
        QProcess p;
        p.start(binPath(QStringLiteral("fazhi-cli")), QStringList{QStringLiteral("--workspace"), m_admin} + args);
        ProcessResult r;
        if (!p.waitForStarted(30000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Login addUser(const QString &base, const QString &organization, const QString &role)
    {
        Login login{base + u'_' + m_suffix, QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128)};
        const ProcessResult r = cli({QStringLiteral("server"), QStringLiteral("add-user"), login.name,
                                     QStringLiteral("--organization"), organization, QStringLiteral("--role"), role},
                                    login.password.toUtf8() + "\n");
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        EXPECT_EQ(r.outText().trimmed(), login.name);
        return login;
    }

    QString addressOf(const Login &login) const
    {
        QUrl url(m_admin);
        url.setUserName(login.name);
        url.setPassword(login.password);
        return url.toString();
    }

    std::unique_ptr<Workspace> open(const Login &login)
    {
        auto ws = Workspace::open(addressOf(login));
        EXPECT_TRUE(ws.ok()) << login.name.toStdString() << ": "
                             << (ws.ok() ? "" : ws.error().message.toStdString());
        return ws.ok() ? std::move(ws).value() : nullptr;
    }

    // A direct connection as the login, as psql would give: SQL by hand.
    class Direct {
    public:
        Direct(const QString &address, const Login &login)
            : m_name(QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::Id128))
        {
            const QUrl url(address);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(login.name);
            db.setPassword(login.password);
            m_open = db.open();
            m_error = db.lastError().text();
        }
        ~Direct() { QSqlDatabase::removeDatabase(m_name); }
        bool isOpen() const { return m_open; }
        std::string error() const { return m_error.toStdString(); }
        // The rows changed, or -1 when the statement is refused.
        int exec(const QString &sql, QString *error = nullptr)
        {
            QSqlQuery q(QSqlDatabase::database(m_name));
            if (!q.exec(sql)) {
                if (error)
                    *error = q.lastError().text();
                return -1;
            }
            return q.isSelect() ? (q.next() ? q.value(0).toInt() : 0) : q.numRowsAffected();
        }

    private:
        QString m_name;
        bool m_open = false;
        QString m_error;
    };

    const QString kTownA = QStringLiteral("兴化市陶庄镇人民政府");
    const QString kTownB = QStringLiteral("兴化市戴南镇人民政府");
    QString m_admin;
    QString m_suffix;
    Login m_clerkA, m_clerkA2, m_leaderA, m_clerkB, m_county;
};

ReviewEvent step(const QString &action, ReportStatus after, const QString &by = QStringLiteral("冒名顶替"))
{
    ReviewEvent e;
    e.action = action;
    e.by = by;
    e.statusAfter = after;
    return e;
}

}  // namespace

TEST_F(ServerSecurityTest, ATownSeesAndChangesOnlyItsOwnReportsEvenBySqlByHand)
{
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    Report report = makeTemplateReport(kTownA, 2024);
    auto id = a->insertReport(report);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const QUuid closing = a->loadReport(id.value())->parts[0].sections[0].id;
    ASSERT_TRUE(a->setNodeField(id.value(), closing, QStringLiteral("lead"), QStringLiteral("甲镇的引领句。")).ok());
    auto submitted = a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true);
    ASSERT_TRUE(submitted.ok()) << submitted.error().message.toStdString();
    // The record names the login, not what the program sent.
    EXPECT_EQ(a->listEvents(id.value())->first().by, m_clerkA.name);
    EXPECT_EQ(a->listRevisions(id.value())->first().createdBy, m_clerkA.name);

    // Through the program: town B sees nothing of A's and can change nothing.
    auto b = open(m_clerkB);
    ASSERT_TRUE(b);
    EXPECT_TRUE(b->listReports()->isEmpty());
    EXPECT_FALSE(b->loadReport(id.value()).ok());
    EXPECT_FALSE(b->setNodeField(id.value(), closing, QStringLiteral("lead"), QStringLiteral("乙镇改的。")).ok());
    EXPECT_FALSE(b->deleteReport(id.value()).ok());
    EXPECT_FALSE(b->recordTransition(id.value(), step(ReviewAction::Approve, ReportStatus::Approved), false).ok());
    Report forged = makeTemplateReport(kTownA, 2025);
    EXPECT_FALSE(b->insertReport(forged).ok()) << "B may not file a report as A";

    // By SQL by hand, as psql would: no row, no change, no forged record.
    Direct sql(m_admin, m_clerkB);
    ASSERT_TRUE(sql.isOpen()) << sql.error();
    for (const char *table : {"reports", "nodes", "revisions", "review_events", "comments", "import_notes"})
        EXPECT_EQ(sql.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0) << table;
    EXPECT_EQ(sql.exec(QStringLiteral("UPDATE nodes SET lead = 'x' WHERE lead IS NOT NULL")), 0);
    EXPECT_EQ(sql.exec(QStringLiteral("UPDATE reports SET title = 'x'")), 0);
    EXPECT_EQ(sql.exec(QStringLiteral("DELETE FROM nodes")), 0);
    EXPECT_EQ(sql.exec(QStringLiteral("DELETE FROM reports")), 0);
    const int keyOfA = 1;  // the first report of a fresh database
    QString refusal;
    EXPECT_EQ(sql.exec(QStringLiteral("INSERT INTO review_events (report_key, uuid, at, by, action, status_after) "
                                      "VALUES (%1, 'x', '2025-01-01T00:00:00.000Z', 'county', 'approve', 'approved')")
                           .arg(keyOfA),
                       &refusal),
              -1);
    EXPECT_TRUE(refusal.contains(QStringLiteral("row-level security"))) << refusal.toStdString();
    EXPECT_EQ(sql.exec(QStringLiteral("INSERT INTO reports (uuid, organization, status, created_at, updated_at) "
                                      "VALUES ('f', '%1', 'draft', '', '')")
                           .arg(kTownA)),
              -1);
    EXPECT_EQ(sql.exec(QStringLiteral("SELECT COUNT(*) FROM users")), -1) << "the user table is no one's to read";

    // A's report as A left it.
    auto again = a->loadReport(id.value());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->parts[0].sections[0].lead, QStringLiteral("甲镇的引领句。"));
    EXPECT_EQ(again->status, ReportStatus::Submitted);
    EXPECT_EQ(a->listEvents(id.value())->size(), 1);
}

TEST_F(ServerSecurityTest, SignOffRecordsAreAppendOnlyForEveryone)
{
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    auto id = a->insertReport(makeTemplateReport(kTownA, 2024));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true).ok());

    for (const Login *login : {&m_clerkA, &m_leaderA, &m_county}) {
        Direct sql(m_admin, *login);
        ASSERT_TRUE(sql.isOpen()) << sql.error();
        EXPECT_EQ(sql.exec(QStringLiteral("SELECT COUNT(*) FROM review_events")), 1) << login->name.toStdString();
        EXPECT_EQ(sql.exec(QStringLiteral("UPDATE review_events SET opinion = 'changed'")), -1);
        EXPECT_EQ(sql.exec(QStringLiteral("DELETE FROM review_events")), -1);
        EXPECT_EQ(sql.exec(QStringLiteral("UPDATE revisions SET content = '{}'")), -1);
        EXPECT_EQ(sql.exec(QStringLiteral("DELETE FROM revisions")), -1);
    }
    // Not even the owner: the trigger holds where the grants would allow it.
    EXPECT_NE(execOn(m_admin, QStringLiteral("UPDATE review_events SET opinion = 'changed'")), QString());
    EXPECT_NE(execOn(m_admin, QStringLiteral("DELETE FROM review_events")), QString());
    EXPECT_EQ(a->listEvents(id.value())->size(), 1);
    EXPECT_EQ(a->listEvents(id.value())->first().opinion, QString());
}

TEST_F(ServerSecurityTest, ClerkEditsWhileDraftOrReturnedLeaderDecidesCountySeesAll)
{
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    auto id = a->insertReport(makeTemplateReport(kTownA, 2024));
    ASSERT_TRUE(id.ok());
    const QUuid section = a->loadReport(id.value())->parts[0].sections[0].id;
    ASSERT_TRUE(a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true).ok());
    // Submitted: no longer the clerk's to change.
    const Status late = a->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("提交后改的。"));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, Error::Code::Data);

    // The town's leader returns it, with an opinion; the record names the leader.
    auto leader = open(m_leaderA);
    ASSERT_TRUE(leader);
    ReviewEvent back = step(ReviewAction::Return, ReportStatus::Returned);
    back.opinion = QStringLiteral("请补充数据。");
    ASSERT_TRUE(leader->recordTransition(id.value(), back, false).ok());
    EXPECT_EQ(leader->listEvents(id.value())->last().by, m_leaderA.name);
    EXPECT_FALSE(leader->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("领导改的。")).ok())
        << "a leader comments and decides, never edits";
    Comment c;
    c.id = newId();
    c.nodeId = section;
    c.field = QStringLiteral("lead");
    c.text = QStringLiteral("数据要具体。");
    c.author = QStringLiteral("别人");
    ASSERT_TRUE(leader->saveComment(id.value(), c).ok());

    // Returned: the clerk (once it has reloaded: the leader changed the report) edits again, and sees
    // the comment by its real author.
    const Status stale = a->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("补充后的引领句。"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::Conflict) << stale.error().message.toStdString();
    ASSERT_EQ(a->loadReport(id.value())->status, ReportStatus::Returned);
    const Status edited = a->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("补充后的引领句。"));
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    auto comments = a->listComments(id.value());
    ASSERT_TRUE(comments.ok());
    ASSERT_EQ(comments->size(), 1);
    EXPECT_EQ(comments->first().author, m_leaderA.name);

    // The county reads every town's report, and may return one; it may not edit the text.
    auto b = open(m_clerkB);
    ASSERT_TRUE(b);
    ASSERT_TRUE(b->insertReport(makeTemplateReport(kTownB, 2024)).ok());
    auto county = open(m_county);
    ASSERT_TRUE(county);
    auto all = county->listReports();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
    ASSERT_TRUE(a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true).ok());
    ReviewEvent countyBack = step(ReviewAction::Return, ReportStatus::Returned);
    countyBack.opinion = QStringLiteral("县里：请核对数字。");
    ASSERT_TRUE(county->recordTransition(id.value(), countyBack, false).ok());
    EXPECT_FALSE(county->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("县里改的。")).ok());
    auto seen = a->listEvents(id.value());
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen->last().by, m_county.name);
    EXPECT_EQ(seen->last().opinion, QStringLiteral("县里：请核对数字。"));
    EXPECT_EQ(a->loadReport(id.value())->status, ReportStatus::Returned);
}

TEST_F(ServerSecurityTest, TwoClerksOfOneTownNeverOverwriteEachOther)
{
    auto first = open(m_clerkA);
    auto second = open(m_clerkA2);
    ASSERT_TRUE(first && second);
    auto id = first->insertReport(makeTemplateReport(kTownA, 2024));
    ASSERT_TRUE(id.ok());
    const QUuid section = first->loadReport(id.value())->parts[0].sections[0].id;
    ASSERT_TRUE(second->loadReport(id.value()).ok());
    ASSERT_TRUE(first->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("第一位的修改。")).ok());
    const Status s = second->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("第二位的修改。"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Conflict);
    EXPECT_EQ(second->loadReport(id.value())->parts[0].sections[0].lead, QStringLiteral("第一位的修改。"));
    ASSERT_TRUE(second->setNodeField(id.value(), section, QStringLiteral("lead"), QStringLiteral("第二位的修改。")).ok())
        << "after reloading";
}

TEST_F(ServerSecurityTest, AddUserRefusesTakenNamesAndMissingPasswords)
{
    ProcessResult again = cli({QStringLiteral("server"), QStringLiteral("add-user"), m_clerkA.name,
                               QStringLiteral("--organization"), kTownB, QStringLiteral("--role"), QStringLiteral("clerk")},
                              "another\n");
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_TRUE(again.errText().contains(m_clerkA.name)) << again.errText().toStdString();
    ProcessResult empty = cli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("nopw_") + m_suffix,
                               QStringLiteral("--organization"), kTownB, QStringLiteral("--role"), QStringLiteral("clerk")},
                              "\n");
    EXPECT_EQ(empty.exitCode, 3);
    ProcessResult role = cli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("x_") + m_suffix,
                              QStringLiteral("--organization"), kTownB, QStringLiteral("--role"), QStringLiteral("mayor")},
                             "pw\n");
    EXPECT_EQ(role.exitCode, 2);
    // Running init again changes nothing that works.
    EXPECT_EQ(cli({QStringLiteral("server"), QStringLiteral("init")}).exitCode, 0);
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->insertReport(makeTemplateReport(kTownA, 2024)).ok());
}

TEST_F(ServerSecurityTest, ACountyReturnReachesTheTownsOpenProgramWithinTwoSeconds)
{
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    auto id = a->insertReport(makeTemplateReport(kTownA, 2024));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true).ok());
    int told = 0;
    ASSERT_TRUE(a->watchChanges([&told] { ++told; }));
    // The town's own changes (here a comment, which is announced) are no news to it.
    Comment own;
    own.id = newId();
    own.nodeId = id.value();
    own.field = QStringLiteral("title");
    own.text = QStringLiteral("自己的备注。");
    ASSERT_TRUE(a->saveComment(id.value(), own).ok());
    QTest::qWait(300);
    EXPECT_EQ(told, 0);

    auto county = open(m_county);
    ASSERT_TRUE(county);
    ReviewEvent back = step(ReviewAction::Return, ReportStatus::Returned);
    back.opinion = QStringLiteral("请补充年度数据。");
    QElapsedTimer sinceReturn;
    sinceReturn.start();
    ASSERT_TRUE(county->recordTransition(id.value(), back, false).ok());
    EXPECT_TRUE(QTest::qWaitFor([&told] { return told > 0; }, 2000)) << "no notification within 2 s";
    EXPECT_LT(sinceReturn.elapsed(), 2000);
    auto report = a->loadReport(id.value());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->status, ReportStatus::Returned);
    EXPECT_EQ(a->listEvents(id.value())->last().opinion, QStringLiteral("请补充年度数据。"));

    // A comment alone (no change of the report) is news too.
    const int before = told;
    Comment c;
    c.id = newId();
    c.nodeId = id.value();
    c.field = QStringLiteral("title");
    c.text = QStringLiteral("标题年份请核对。");
    ASSERT_TRUE(county->saveComment(id.value(), c).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return told > before; }, 2000));

    // A file has no such thing.
    QTemporaryDir dir;
    auto file = Workspace::open(dir.filePath(QStringLiteral("w.fazhi")));
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value()->watchChanges([] {}));
}

TEST_F(ServerSecurityTest, ATownDraftsOfflineAndSubmitsOnlineWithItsRecords)
{
    // Offline: a file, the report drafted, submitted once and commented on.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("offline.fazhi"));
    QUuid id;
    QUuid section;
    {
        auto local = Workspace::open(file);
        ASSERT_TRUE(local.ok());
        auto inserted = local.value()->insertReport(makeTemplateReport(kTownA, 2024));
        ASSERT_TRUE(inserted.ok());
        id = inserted.value();
        section = local.value()->loadReport(id)->parts[0].sections[0].id;
        ASSERT_TRUE(local.value()->setNodeField(id, section, QStringLiteral("lead"), QStringLiteral("离线写的。")).ok());
        ASSERT_TRUE(local.value()->recordTransition(id, step(ReviewAction::Submit, ReportStatus::Submitted,
                                                             QStringLiteral("王拟稿")), true).ok());
        Comment c;
        c.id = newId();
        c.nodeId = section;
        c.field = QStringLiteral("lead");
        c.text = QStringLiteral("镇领导：可以。");
        c.author = QStringLiteral("镇领导");
        ASSERT_TRUE(local.value()->saveComment(id, c).ok());
    }

    // Town B's clerk cannot bring A's report to the server; nothing of it stays there.
    ProcessResult refused = runCli({QStringLiteral("copy"), id.toString(QUuid::WithoutBraces), QStringLiteral("--from"),
                                    file, QStringLiteral("--to"), addressOf(m_clerkB)});
    EXPECT_EQ(refused.exitCode, 3) << refused.errText().toStdString();
    EXPECT_EQ(Direct(m_admin, m_county).exec(QStringLiteral("SELECT COUNT(*) FROM reports")), 0);

    // Online: A's clerk copies it up; it arrives submitted, with its revision, step and comment.
    ProcessResult up = runCli({QStringLiteral("copy"), id.toString(QUuid::WithoutBraces), QStringLiteral("--from"),
                               file, QStringLiteral("--to"), addressOf(m_clerkA)});
    ASSERT_EQ(up.exitCode, 0) << up.errText().toStdString();
    EXPECT_EQ(up.outText().trimmed(), id.toString(QUuid::WithoutBraces));
    auto county = open(m_county);
    ASSERT_TRUE(county);
    auto report = county->loadReport(id);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->status, ReportStatus::Submitted);
    EXPECT_EQ(report->parts[0].sections[0].lead, QStringLiteral("离线写的。"));
    auto revisions = county->listRevisions(id, true);
    ASSERT_EQ(revisions->size(), 1);
    EXPECT_EQ(revisions->first().content.parts[0].sections[0].lead, QStringLiteral("离线写的。"));
    ASSERT_EQ(county->listEvents(id)->size(), 1);
    EXPECT_EQ(county->listEvents(id)->first().by, m_clerkA.name) << "on the server, the login that brought it";
    ASSERT_EQ(county->listComments(id)->size(), 1);
    EXPECT_EQ(county->listComments(id)->first().text, QStringLiteral("镇领导：可以。"));

    // Twice: refused, the server's copy unchanged.
    ProcessResult again = runCli({QStringLiteral("copy"), id.toString(QUuid::WithoutBraces), QStringLiteral("--from"),
                                  file, QStringLiteral("--to"), addressOf(m_clerkA)});
    EXPECT_EQ(again.exitCode, 3);
    EXPECT_EQ(county->listEvents(id)->size(), 1);

    // And down again into a new file, by the county: everything comes along.
    const QString archive = dir.filePath(QStringLiteral("archive.fazhi"));
    ProcessResult down = runCli({QStringLiteral("copy"), id.toString(QUuid::WithoutBraces), QStringLiteral("--from"),
                                 addressOf(m_county), QStringLiteral("--to"), archive});
    ASSERT_EQ(down.exitCode, 0) << down.errText().toStdString();
    auto kept = Workspace::open(archive);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept.value()->loadReport(id)->status, ReportStatus::Submitted);
    EXPECT_EQ(kept.value()->listRevisions(id)->size(), 1);
    EXPECT_EQ(kept.value()->listEvents(id)->first().by, m_clerkA.name);
    EXPECT_EQ(kept.value()->listComments(id)->size(), 1);
}

TEST(Dashboard, DeadlineStateAgainstTheDates)
{
    using workflow::DeadlineState;
    using workflow::deadlineState;
    const int year = 2024;
    EXPECT_EQ(deadlineState(std::nullopt, year, QDate(2025, 2, 28)), DeadlineState::NotSubmitted);
    EXPECT_EQ(deadlineState(std::nullopt, year, QDate(2025, 3, 1)), DeadlineState::Late);
    EXPECT_EQ(deadlineState(ReportStatus::Draft, year, QDate(2025, 2, 1)), DeadlineState::NotSubmitted);
    EXPECT_EQ(deadlineState(ReportStatus::Returned, year, QDate(2025, 3, 2)), DeadlineState::Late);
    EXPECT_EQ(deadlineState(ReportStatus::Submitted, year, QDate(2025, 3, 20)), DeadlineState::Submitted);
    EXPECT_EQ(deadlineState(ReportStatus::Approved, year, QDate(2025, 4, 1)), DeadlineState::Late);
    EXPECT_EQ(deadlineState(ReportStatus::Published, year, QDate(2026, 1, 1)), DeadlineState::Published);
    // Configured dates instead of 1 March and 1 April.
    const workflow::DashboardDates county{QDate(2025, 1, 31), QDate(2025, 3, 15)};
    EXPECT_EQ(deadlineState(ReportStatus::Draft, year, QDate(2025, 2, 1), county), DeadlineState::Late);
    EXPECT_EQ(deadlineState(ReportStatus::Submitted, year, QDate(2025, 3, 16), county), DeadlineState::Late);
    EXPECT_EQ(workflow::toString(DeadlineState::NotSubmitted), QStringLiteral("not-submitted"));
}

TEST_F(ServerSecurityTest, TheCountysDashboardShowsWhoHasSubmittedAndWhoHasNot)
{
    const int year = reportYearFor(QDate::currentDate());
    auto a = open(m_clerkA);
    ASSERT_TRUE(a);
    auto id = a->insertReport(makeTemplateReport(kTownA, year));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(a->recordTransition(id.value(), step(ReviewAction::Submit, ReportStatus::Submitted), true).ok());

    // Through the CLI, as the county: A submitted, B (a town with users, no report) not submitted.
    ProcessResult r = runCli({QStringLiteral("--workspace"), addressOf(m_county), QStringLiteral("dashboard"),
                              QStringLiteral("--json"), QStringLiteral("--year"), QString::number(year)});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(rows.size(), 2) << r.outText().toStdString();
    QJsonObject rowA, rowB;
    for (const QJsonValue &v : rows)
        (v[QStringLiteral("organization")].toString() == kTownA ? rowA : rowB) = v.toObject();
    EXPECT_EQ(rowA[QStringLiteral("report")].toString(), id->toString(QUuid::WithoutBraces));
    EXPECT_EQ(rowA[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
    EXPECT_EQ(rowA[QStringLiteral("deadline")].toString(), QStringLiteral("submitted"));
    EXPECT_GT(rowA[QStringLiteral("warnings")].toInt() + rowA[QStringLiteral("errors")].toInt(), 0)
        << "an empty template has findings";
    EXPECT_FALSE(rowA[QStringLiteral("updatedAt")].toString().isEmpty());
    EXPECT_EQ(rowB[QStringLiteral("organization")].toString(), kTownB);
    EXPECT_TRUE(rowB[QStringLiteral("report")].isNull());
    EXPECT_TRUE(rowB[QStringLiteral("status")].isNull());
    EXPECT_EQ(rowB[QStringLiteral("deadline")].toString(), QStringLiteral("not-submitted"));

    // The counts are those `check` gives.
    ProcessResult check = runCli({QStringLiteral("--workspace"), addressOf(m_county), QStringLiteral("check"),
                                  id->toString(QUuid::WithoutBraces), QStringLiteral("--json")});
    const QJsonDocument findings = QJsonDocument::fromJson(check.out);
    int errors = 0, warnings = 0;
    const QJsonArray list = findings.isArray() ? findings.array() : findings[QStringLiteral("findings")].toArray();
    for (const QJsonValue &f : list) {
        if (f[QStringLiteral("ignored")].toBool())
            continue;
        const int places = 1;  // a finding, however many places it groups (as the summary line counts)
        if (f[QStringLiteral("severity")].toString() == QLatin1String("error"))
            errors += places;
        else if (f[QStringLiteral("severity")].toString() == QLatin1String("warning"))
            warnings += places;
    }
    EXPECT_EQ(rowA[QStringLiteral("errors")].toInt(), errors) << check.outText().left(400).toStdString();
    EXPECT_EQ(rowA[QStringLiteral("warnings")].toInt(), warnings);

    // A town's clerk sees only the town itself.
    auto b = open(m_clerkB);
    ASSERT_TRUE(b);
    auto own = workflow::dashboard(*b, year, QDate::currentDate());
    ASSERT_TRUE(own.ok());
    ASSERT_EQ(own->size(), 1);
    EXPECT_EQ(own->first().organization, kTownB);
}
