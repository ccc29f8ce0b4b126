// Data safety (issue 20): no mistyped path can destroy work. Drives the real fazhi-cli on real files.
#include "TestSupport.h"

#include "workflow/ReviewWorkflow.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "util/SafeFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace fazhi;
using namespace fazhi::test;

namespace {

QByteArray sha1(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
}

class Safety : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
    QString workspace() const { return path(QStringLiteral("ws.fazhi")); }
    ProcessResult cli(const QString &ws, QStringList args)
    {
        return runCli(QStringList{QStringLiteral("--workspace"), ws} + args);
    }
    // A workspace of `count` reports; returns their ids.
    QStringList makeReports(const QString &ws, int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const ProcessResult r = cli(ws, {QStringLiteral("new"), QStringLiteral("--organization"),
                                            QStringLiteral("示例镇人民政府"), QStringLiteral("--year"),
                                            QString::number(2020 + i)});
            EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
            ids << r.outText().trimmed();
        }
        return ids;
    }
    // Every way fazhi-cli writes a file the user names.
    QList<QStringList> writes(const QString &id, const QString &target) const
    {
        QList<QStringList> all;
        for (const char *format : {"txt", "docx", "pdf", "html"})
            all << QStringList{QStringLiteral("export"), id, QStringLiteral("--format"), QString::fromLatin1(format),
                               QStringLiteral("--output"), target};
        all << QStringList{QStringLiteral("review"), QStringLiteral("export"), id, QStringLiteral("--output"), target};
        return all;
    }
};

}  // namespace

// Findings 1 and 2: export and review export onto the open workspace, by any spelling.
TEST_F(Safety, NoExportWritesOverTheOpenWorkspaceByAnySpelling)
{
    const QStringList ids = makeReports(workspace(), 4);
    ASSERT_EQ(ids.size(), 4);
    const QByteArray before = sha1(workspace());
    ASSERT_FALSE(before.isEmpty());

    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    QStringList targets{workspace(), path(QStringLiteral("sub/../ws.fazhi")), path(QStringLiteral("./ws.fazhi")),
                        workspace() + QStringLiteral("-wal"), workspace() + QStringLiteral("-shm")};
#ifdef Q_OS_UNIX
    ASSERT_TRUE(QFile::link(workspace(), path(QStringLiteral("link.fazhi"))));
    ASSERT_EQ(::link(QFile::encodeName(workspace()).constData(), QFile::encodeName(path(QStringLiteral("hard.fazhi"))).constData()), 0);
    ASSERT_TRUE(QFile::link(path(QStringLiteral("link.fazhi")), path(QStringLiteral("link-to-link.txt"))));
    targets << path(QStringLiteral("link.fazhi")) << path(QStringLiteral("hard.fazhi"))
            << path(QStringLiteral("link-to-link.txt"));
#endif
    for (const QString &target : targets) {
        for (const QStringList &command : writes(ids.first(), target)) {
            SCOPED_TRACE(command.join(u' ').toStdString());
            const ProcessResult r = cli(workspace(), command);
            EXPECT_EQ(r.exitCode, 4) << r.errText().toStdString();
            EXPECT_TRUE(r.errText().contains(QDir::toNativeSeparators(target))) << r.errText().toStdString();
            EXPECT_EQ(sha1(workspace()), before);
        }
    }
    const ProcessResult listed = cli(workspace(), {QStringLiteral("list")});
    EXPECT_EQ(listed.outText().count(u'\n'), 4);
#ifdef Q_OS_UNIX
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("link.fazhi"))).isSymLink());
#endif
}

// A workspace another program has open, or that simply lies about, is never replaced by an export;
// a review copy replaces only an earlier copy of the same report.
TEST_F(Safety, ExportsNeverReplaceAnotherWorkspace)
{
    const QStringList ids = makeReports(workspace(), 2);
    const QString other = path(QStringLiteral("other.fazhi"));
    const QStringList otherIds = makeReports(other, 2);
    const QByteArray before = sha1(other);
    for (const QStringList &command : writes(ids.first(), other)) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const ProcessResult r = cli(workspace(), command);
        EXPECT_EQ(r.exitCode, 4) << r.errText().toStdString();
        EXPECT_EQ(sha1(other), before);
    }

    const QString copy = path(QStringLiteral("审阅稿.fazhi"));
    const QStringList again{QStringLiteral("review"), QStringLiteral("export"), ids.first(), QStringLiteral("--output"), copy};
    ASSERT_EQ(cli(workspace(), again).exitCode, 0);
    const ProcessResult replaced = cli(workspace(), again);
    EXPECT_EQ(replaced.exitCode, 0) << "an earlier copy of the same report is replaced: " << replaced.errText().toStdString();
    const QByteArray copyHash = sha1(copy);
    const ProcessResult wrongReport = cli(workspace(), {QStringLiteral("review"), QStringLiteral("export"), ids.last(),
                                                        QStringLiteral("--output"), copy});
    EXPECT_EQ(wrongReport.exitCode, 4);
    EXPECT_EQ(sha1(copy), copyHash);

    // The same copy while the desktop app has it open (its lock file beside it) is not replaced.
    QFile lock(copy + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    EXPECT_EQ(cli(workspace(), again).exitCode, 4);
    EXPECT_EQ(sha1(copy), copyHash);
}

// Finding 3: a device, a pipe or a folder is never removed, replaced or written into.
TEST_F(Safety, NonRegularTargetsAreNeverReplaced)
{
    const QStringList ids = makeReports(workspace(), 1);
    QStringList targets{dir.path()};
#ifdef Q_OS_UNIX
    const QString fifo = path(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    targets << fifo;
    if (QFileInfo::exists(QStringLiteral("/dev/full")))
        targets << QStringLiteral("/dev/full");
#endif
    for (const QString &target : targets) {
        for (const QStringList &command : writes(ids.first(), target)) {
            SCOPED_TRACE(command.join(u' ').toStdString());
            const ProcessResult r = cli(workspace(), command);
            EXPECT_EQ(r.exitCode, 4) << r.errText().toStdString();
            EXPECT_TRUE(QFileInfo::exists(target));
            EXPECT_FALSE(QFileInfo(target).isFile()) << "replaced by a regular file";
        }
    }
#ifdef Q_OS_UNIX
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    if (::stat("/dev/full", &st) == 0) {
        EXPECT_TRUE(S_ISCHR(st.st_mode));
    }
#endif
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("pipe.partial"))));
}

// The same rules hold in the process that has the workspace open (the desktop app).
TEST_F(Safety, InProcessExportsRefuseTheOpenWorkspace)
{
    auto opened = Workspace::open(workspace());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Workspace &ws = *opened.value();
    Report report;
    report.details.organization = QStringLiteral("示例镇人民政府");
    report.details.year = 2024;
    auto id = ws.insertReport(report);
    ASSERT_TRUE(id.ok());
    const QByteArray before = sha1(workspace());

    for (const QString &target : {workspace(), path(QStringLiteral("sub/../ws.fazhi")), workspace() + QStringLiteral("-wal"),
                                  workspace() + QStringLiteral(".lock")}) {
        EXPECT_FALSE(writeFileAtomically(target, QByteArrayLiteral("text")).ok()) << target.toStdString();
        EXPECT_FALSE(review::exportReviewCopy(ws, id.value(), target).ok()) << target.toStdString();
    }
    EXPECT_EQ(sha1(workspace()), before);
    EXPECT_TRUE(ws.loadReport(id.value()).ok());
    // Reading it as a file to import is refused too: plain file I/O would drop SQLite's locks.
    const Result<QByteArray> read = readInputFile(workspace(), 1 << 30);
    EXPECT_FALSE(read.ok());
}

// Finding 0 with the real desktop app: fazhi-cli beside it leaves its -wal and -shm in place (the
// durability test in workspace_test.cpp then kills a writer opened the same way and finds every save).
TEST_F(Safety, TheDesktopAppKeepsItsJournalWhileTheCliRuns)
{
    const QString app = binPath(QStringLiteral("fazhi-report"));
    if (!QFileInfo::exists(app))
        GTEST_SKIP() << "the desktop app is not built";
    const QStringList ids = makeReports(workspace(), 2);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());  // its own settings, not the user's
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    gui.setProcessEnvironment(env);
    gui.start(app, {QStringLiteral("--workspace"), workspace()});
    ASSERT_TRUE(gui.waitForStarted(10000));
    const QString wal = workspace() + QStringLiteral("-wal");
    for (int i = 0; i < 200 && !QFileInfo::exists(wal); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFileInfo::exists(wal)) << "the app did not open the workspace: " << gui.readAllStandardError().toStdString();
    QThread::msleep(1500);  // the integrity scan, at idle priority, reads the file meanwhile

    for (const QStringList &command : {QStringList{QStringLiteral("show"), ids.first()}, QStringList{QStringLiteral("list")}}) {
        const ProcessResult r = cli(workspace(), command);
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        EXPECT_TRUE(QFileInfo::exists(wal)) << "fazhi-cli " << command.first().toStdString() << " deleted the app's -wal";
        EXPECT_TRUE(QFileInfo::exists(workspace() + QStringLiteral("-shm")));
    }
#ifdef Q_OS_LINUX
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(gui.processId()));
    // Only the workspace's own files: the app also inherits descriptors of the test runner's.
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.contains(QFileInfo(workspace()).fileName())) {
            EXPECT_FALSE(target.endsWith(QStringLiteral("(deleted)"))) << target.toStdString();
        }
    }
#endif
    gui.kill();
    gui.waitForFinished(10000);
}

// ---------------------------------------------------------------------------------------------
// Hostile review copies (findings 4–9): a received file is read without trust and never changed.

namespace {

// Runs SQL on a file directly, as someone crafting a copy would.
void tamper(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class HostileCopy : public Safety {
protected:
    QUuid reportId, paragraphId, clerkComment, clerkSuggestion;
    QString clerk() const { return workspace(); }
    QString copy() const { return path(QStringLiteral("copy.fazhi")); }

    // The clerk's workspace with a submitted report (revision 1), a comment and a suggestion of the
    // clerk's own, and a review copy of it.
    void SetUp() override
    {
        auto ws = Workspace::open(clerk());
        ASSERT_TRUE(ws.ok());
        Report report;
        report.details.organization = QStringLiteral("示例镇人民政府");
        report.details.year = 2024;
        Part part;
        part.id = newId();
        part.kind = PartKind::Measures;
        part.intro.paragraphs << para(QStringLiteral("我镇坚持依法行政。"));
        report.parts << part;
        paragraphId = part.intro.paragraphs.first().id;
        auto id = ws.value()->insertReport(report);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        reportId = id.value();
        ASSERT_TRUE(review::submit(*ws.value(), reportId, QStringLiteral("李拟稿")).ok());
        auto c = review::addComment(*ws.value(), reportId, paragraphId, QStringLiteral("数字待核实"), QStringLiteral("李拟稿"));
        auto sug = review::addSuggestion(*ws.value(), reportId, paragraphId, QStringLiteral("我镇始终坚持依法行政。"),
                                         QStringLiteral("李拟稿"));
        ASSERT_TRUE(c.ok() && sug.ok());
        clerkComment = c.value();
        clerkSuggestion = sug.value();
        ASSERT_TRUE(review::exportReviewCopy(*ws.value(), reportId, copy()).ok());
    }

    struct Outcome {
        ProcessResult cli;
        bool workspaceUnchanged = false;
        bool copyUnchanged = false;
    };
    Outcome importCopy()
    {
        const QByteArray ours = sha1(clerk()), theirs = sha1(copy());
        Outcome o;
        o.cli = cli(clerk(), {QStringLiteral("review"), QStringLiteral("import"), copy()});
        o.workspaceUnchanged = sha1(clerk()) == ours;
        o.copyUnchanged = sha1(copy()) == theirs;
        return o;
    }
    std::unique_ptr<Workspace> reopen()
    {
        auto ws = Workspace::open(clerk());
        EXPECT_TRUE(ws.ok());
        return ws.ok() ? std::move(ws.value()) : nullptr;
    }
};

}  // namespace

// Findings 4 and 5, and their class: views, triggers and changed tables are refused before a row is read.
TEST_F(HostileCopy, ACopyWhoseSchemaWasChangedIsRefusedUnread)
{
    const QList<QStringList> crafted{
        // 4: an endless recursive query behind `comments`
        {QStringLiteral("ALTER TABLE comments RENAME TO c0"),
         QStringLiteral("CREATE VIEW comments AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                        "SELECT * FROM c0, r")},
        // 5: a 400 MB value per row behind `nodes`
        {QStringLiteral("ALTER TABLE nodes RENAME TO n0"),
         QStringLiteral("CREATE VIEW nodes AS SELECT key, report_key, parent_key, uuid, kind, slot, position, heading, "
                        "part_kind, lead, heading_style, point_style, zeroblob(400000000) AS text, label, value, unit, "
                        "qualifier FROM n0")},
        {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON comments BEGIN DELETE FROM reports; END")},
        {QStringLiteral("CREATE TABLE extra (a)")},
        {QStringLiteral("ALTER TABLE comments ADD COLUMN extra TEXT")},
        {QStringLiteral("DROP INDEX nodes_siblings")},
    };
    const QByteArray pristine = [&] {
        QFile f(copy());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    for (const QStringList &statements : crafted) {
        SCOPED_TRACE(statements.join(u';').toStdString());
        writeBytes(copy(), pristine);
        tamper(copy(), statements);
        const Outcome o = importCopy();
        EXPECT_EQ(o.cli.exitCode, 3) << o.cli.errText().toStdString();
        EXPECT_TRUE(o.cli.errText().contains(QStringLiteral("copy.fazhi"))) << o.cli.errText().toStdString();
        EXPECT_TRUE(o.workspaceUnchanged);
        EXPECT_TRUE(o.copyUnchanged);
    }
    EXPECT_TRUE(QDir(backupFolder(clerk())).entryList({QStringLiteral("*before-review-import*")}).isEmpty())
        << "a refused copy needs no backup";
}

// A -wal beside the copy (sent along from a workspace still open) is read too, and checked as well.
TEST_F(HostileCopy, ItsJournalIsCheckedLikeTheFile)
{
    const QString live = path(QStringLiteral("live.fazhi"));
    const QString open = path(QStringLiteral("open.fazhi"));  // the sender's file, open in their program
    const auto sendWhileOpen = [&](const QStringList &statements) {
        for (const QString &file : {live, live + QStringLiteral("-wal"), open})
            QFile::remove(file);
        ASSERT_TRUE(QFile::copy(copy(), open));
        const QString name = QStringLiteral("live-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(open);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString &sql : QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                  QStringLiteral("PRAGMA wal_autocheckpoint = 0")} + statements)
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
            q.finish();
            ASSERT_GT(QFileInfo(open + QStringLiteral("-wal")).size(), 0);
            ASSERT_TRUE(QFile::copy(open, live));
            ASSERT_TRUE(QFile::copy(open + QStringLiteral("-wal"), live + QStringLiteral("-wal")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    sendWhileOpen({QStringLiteral("CREATE VIEW v AS SELECT 1")});
    const QByteArray hash = sha1(clerk());
    const ProcessResult hostile = cli(clerk(), {QStringLiteral("review"), QStringLiteral("import"), live});
    EXPECT_EQ(hostile.exitCode, 3) << hostile.errText().toStdString();
    EXPECT_EQ(sha1(clerk()), hash);

    // A comment only in the -wal of a healthy copy arrives.
    sendWhileOpen({QStringLiteral("INSERT INTO comments (report_key, uuid, kind, node_uuid, text, author, created_at) "
                                  "SELECT key, '%1', 'comment', '%2', '只在日志里', '王书记', '2025-01-02T00:00:00Z' FROM reports")
                       .arg(newId().toString(QUuid::WithoutBraces), paragraphId.toString(QUuid::WithoutBraces))});
    const QByteArray walBefore = sha1(live + QStringLiteral("-wal"));
    const ProcessResult healthy = cli(clerk(), {QStringLiteral("review"), QStringLiteral("import"), live});
    EXPECT_EQ(healthy.exitCode, 0) << healthy.errText().toStdString();
    EXPECT_EQ(sha1(live + QStringLiteral("-wal")), walBefore) << "the received journal is not changed";
    auto ws = reopen();
    const auto comments = ws->listComments(reportId);
    ASSERT_TRUE(comments.ok());
    bool arrived = false;
    for (const Comment &c : comments.value())
        arrived = arrived || c.text == QStringLiteral("只在日志里");
    EXPECT_TRUE(arrived);
}

// Finding 6: the state follows from legal steps in order, never from the latest timestamp.
TEST_F(HostileCopy, AForgedFutureStepDoesNotMoveTheReport)
{
    tamper(copy(), {QStringLiteral("INSERT INTO review_events (report_key, uuid, at, by, action, opinion, revision, "
                                   "status_after) SELECT key, '%1', '9999-12-31T00:00:00Z', '王书记', 'publish', '', 1, "
                                   "'published' FROM reports")
                        .arg(newId().toString(QUuid::WithoutBraces))});
    const Outcome first = importCopy();
    EXPECT_EQ(first.cli.exitCode, 0) << first.cli.errText().toStdString();
    EXPECT_TRUE(first.cli.errText().contains(QStringLiteral("publish"))) << "the refused step is named";
    auto ws = reopen();
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->loadReport(reportId)->status, ReportStatus::Submitted);

    // A real approval in a later copy from the leader is taken; the forged step still is not.
    ASSERT_TRUE(review::approve(*ws, reportId, QStringLiteral("同意"), QStringLiteral("王书记")).ok());
    ASSERT_TRUE(review::reopen(*ws, reportId, QStringLiteral("李拟稿")).ok());
    ws.reset();
    const Outcome again = importCopy();
    EXPECT_EQ(again.cli.exitCode, 0);
    ws = reopen();
    EXPECT_EQ(ws->loadReport(reportId)->status, ReportStatus::Draft) << "the reopen is not undone";
    auto events = ws->listEvents(reportId);
    ASSERT_TRUE(events.ok());
    for (const ReviewEvent &e : events.value())
        EXPECT_NE(e.action, ReviewAction::Publish);
}

// A reviewer's copy brings the reviewer's steps only (approve, return), and only when legal.
TEST_F(HostileCopy, AReviewersCopyBringsOnlyTheReviewersSteps)
{
    // The leader approves in their own workspace and sends a copy back; it also carries a forged submit.
    const QString leader = path(QStringLiteral("leader.fazhi"));
    {
        auto ws = Workspace::open(leader);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(review::importReviewCopy(*ws.value(), copy()).ok());
        EXPECT_TRUE(ws.value()->isReceived(reportId).value());
        ASSERT_TRUE(review::approve(*ws.value(), reportId, QStringLiteral("同意发布"), QStringLiteral("王书记")).ok());
        ASSERT_TRUE(review::exportReviewCopy(*ws.value(), reportId, copy()).ok());
    }
    const Outcome o = importCopy();
    ASSERT_EQ(o.cli.exitCode, 0) << o.cli.errText().toStdString();
    auto ws = reopen();
    EXPECT_EQ(ws->loadReport(reportId)->status, ReportStatus::Approved);
    EXPECT_FALSE(ws->isReceived(reportId).value()) << "the clerk still owns the report";

    // A publish step in a reviewer's copy is the drafter's to take: refused.
    ASSERT_TRUE(review::reopen(*ws, reportId, QStringLiteral("李拟稿")).ok());
    ASSERT_TRUE(review::submit(*ws, reportId, QStringLiteral("李拟稿")).ok());
    ASSERT_TRUE(review::approve(*ws, reportId, QStringLiteral("同意"), QStringLiteral("王书记")).ok());
    ws.reset();
    tamper(copy(), {QStringLiteral("INSERT INTO review_events (report_key, uuid, at, by, action, opinion, revision, "
                                   "status_after) SELECT key, '%1', '2025-01-01T00:00:00Z', '王书记', 'publish', '', 1, "
                                   "'published' FROM reports")
                        .arg(newId().toString(QUuid::WithoutBraces))});
    const Outcome forged = importCopy();
    EXPECT_EQ(forged.cli.exitCode, 0);
    ws = reopen();
    EXPECT_EQ(ws->loadReport(reportId)->status, ReportStatus::Approved);
}

// Findings 7 and 8: a copy changes nothing that belongs to others and adds no revision to the owner.
TEST_F(HostileCopy, ACopyRewritesNoCommentAndAddsNoRevision)
{
    const QString ours = clerkComment.toString(QUuid::WithoutBraces);
    const QString suggestion = clerkSuggestion.toString(QUuid::WithoutBraces);
    tamper(copy(), {QStringLiteral("UPDATE comments SET text = '已核实，无误', author = '王书记' WHERE uuid = '%1'").arg(ours),
                    QStringLiteral("UPDATE comments SET state = 'accepted', text = '从未应用的文字', closed_by = '李拟稿' "
                                   "WHERE uuid = '%1'").arg(suggestion),
                    QStringLiteral("INSERT INTO revisions (report_key, number, created_at, created_by, content) "
                                   "SELECT report_key, 2, '2020-01-01T00:00:00Z', '李拟稿', content FROM revisions"),
                    QStringLiteral("UPDATE comments SET uuid = uuid WHERE 0")});
    const Outcome o = importCopy();
    ASSERT_EQ(o.cli.exitCode, 0) << o.cli.errText().toStdString();
    EXPECT_TRUE(o.cli.errText().contains(QStringLiteral("2"))) << o.cli.errText().toStdString();
    EXPECT_EQ(QDir(backupFolder(clerk())).entryList({QStringLiteral("*before-review-import*")}).size(), 1)
        << "the workspace as it was is kept before a merge";
    auto ws = reopen();
    auto comments = ws->listComments(reportId);
    ASSERT_TRUE(comments.ok());
    for (const Comment &c : comments.value()) {
        if (c.id == clerkComment) {
            EXPECT_EQ(c.text, QStringLiteral("数字待核实"));
            EXPECT_EQ(c.author, QStringLiteral("李拟稿"));
        }
        if (c.id == clerkSuggestion) {
            EXPECT_EQ(c.state, CommentState::Open) << "accepting belongs to the owner";
            EXPECT_EQ(c.text, QStringLiteral("我镇始终坚持依法行政。"));
        }
    }
    auto revisions = ws->listRevisions(reportId);
    ASSERT_TRUE(revisions.ok());
    EXPECT_EQ(revisions->size(), 1) << "revisions come only from the workspace that owns the report";
    EXPECT_EQ(ws->loadReport(reportId)->parts.first().intro.paragraphs.first().text, QStringLiteral("我镇坚持依法行政。"));

    // A new comment from the copy is welcome, and its author stays its own.
    tamper(copy(), {QStringLiteral("INSERT INTO comments (report_key, uuid, kind, node_uuid, text, author, created_at) "
                                   "SELECT key, '%1', 'comment', '%2', '请补充数据', '王书记', '2025-01-02T00:00:00Z' FROM reports")
                        .arg(newId().toString(QUuid::WithoutBraces), paragraphId.toString(QUuid::WithoutBraces))});
    ws.reset();
    ASSERT_EQ(importCopy().cli.exitCode, 0);
    ws = reopen();
    EXPECT_EQ(ws->listComments(reportId)->size(), comments->size() + 1);
}

// Finding 9: a missing path, an older version's copy, the workspace itself by another name.
TEST_F(HostileCopy, MissingOlderAndSelfCopiesChangeNoFile)
{
    const QString missing = path(QStringLiteral("nowhere/copy.fazhi"));
    const ProcessResult absent = cli(clerk(), {QStringLiteral("review"), QStringLiteral("import"), missing});
    EXPECT_EQ(absent.exitCode, 4) << absent.errText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("nowhere"))));

    // An earlier version's copy (schema version 3) is read through a private upgraded copy.
    // What versions 4 and 5 added goes: the received flag, the 文号 and the import notes' codes.
    tamper(copy(), {QStringLiteral("ALTER TABLE reports DROP COLUMN received"),
                    QStringLiteral("ALTER TABLE reports DROP COLUMN document_number"),
                    QStringLiteral("ALTER TABLE import_notes DROP COLUMN code"),
                    QStringLiteral("ALTER TABLE import_notes DROP COLUMN args"), QStringLiteral("PRAGMA user_version = 3")});
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const Outcome older = importCopy();
    EXPECT_EQ(older.cli.exitCode, 0) << older.cli.errText().toStdString();
    EXPECT_TRUE(older.copyUnchanged) << "a received file is never migrated in place";
    QStringList after = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_EQ(after, before) << "nothing is left beside the received file";

    QStringList selves{clerk(), path(QStringLiteral("sub/../ws.fazhi"))};
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
#ifdef Q_OS_UNIX
    ASSERT_TRUE(QFile::link(clerk(), path(QStringLiteral("self-link.fazhi"))));
    ASSERT_EQ(::link(QFile::encodeName(clerk()).constData(), QFile::encodeName(path(QStringLiteral("self-hard.fazhi"))).constData()), 0);
    selves << path(QStringLiteral("self-link.fazhi")) << path(QStringLiteral("self-hard.fazhi"));
#endif
    const QByteArray hash = sha1(clerk());
    for (const QString &self : selves) {
        const ProcessResult r = cli(clerk(), {QStringLiteral("review"), QStringLiteral("import"), self});
        EXPECT_EQ(r.exitCode, 3) << self.toStdString() << ": " << r.errText().toStdString();
        EXPECT_EQ(sha1(clerk()), hash);
    }
}
