// Automatic backups (core/storage/Backups): real workspace files in temporary folders, the clock
// passed in, and the real fazhi-cli for `backup list|now|restore`.
#include "TestSupport.h"

#include "model/Report.h"
#include "model/ReportJson.h"
#include "storage/Backups.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

#include <memory>

using namespace fazhi;
using namespace fazhi::test;

namespace {

#define ASSERT_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        ASSERT_TRUE(result_.ok()) << #expr << ": " << result_.error().message.toStdString();                 \
    } while (0)

QString jsonText(const Report &r) { return QString::fromUtf8(QJsonDocument(toJson(r)).toJson()); }

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QDateTime kMonday(QDate(2025, 3, 3), QTime(9, 15, 30));

// A raw connection for changing a file behind the workspace's back (an older schema). False when
// the statement failed.
bool exec(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        done = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

class Backups : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString file(const QString &name = QStringLiteral("workspace.fazhi")) const { return dir.filePath(name); }

    std::unique_ptr<Workspace> open(const QString &path)
    {
        auto ws = Workspace::open(path);
        EXPECT_TRUE(ws.ok()) << ws.error().message.toStdString();
        return ws.ok() ? std::move(ws).value() : nullptr;
    }

    // A workspace holding `count` reports; returns them as stored.
    QList<Report> makeWorkspace(const QString &path, int count = 1)
    {
        QList<Report> reports;
        auto ws = open(path);
        if (!ws)
            return reports;
        for (int i = 0; i < count; ++i) {
            Report r = makeTemplateReport(QStringLiteral("示例镇%1人民政府").arg(i), 2020 + i);
            r.preamble = {para(QStringLiteral("根据要求，现将我镇法治政府建设情况报告如下："))};
            auto id = ws->insertReport(r);
            EXPECT_TRUE(id.ok());
            reports.append(ws->loadReport(id.value()).value());
        }
        return reports;
    }

    QTemporaryDir dir;
};

}  // namespace

TEST_F(Backups, FolderAndNamesSayWhenAndWhy)
{
    EXPECT_EQ(backupFolder(file()), dir.filePath(QStringLiteral("workspace.backups")));
    EXPECT_EQ(backupFolder(file(QStringLiteral("陶庄镇.2024.fazhi"))), dir.filePath(QStringLiteral("陶庄镇.2024.backups")));
    makeWorkspace(file());
    auto ws = open(file());
    ASSERT_TRUE(ws);
    auto made = backUpWorkspace(*ws, BackupReason::BeforeReviewImport, kMonday);
    ASSERT_OK(made);
    EXPECT_EQ(made->path, dir.filePath(QStringLiteral("workspace.backups/workspace-20250303-091530-before-review-import.fazhi")));
    EXPECT_EQ(made->reportCount, 1);
    EXPECT_EQ(made->takenAt, kMonday);
    // Two in the same second get distinct names; nothing half-written stays behind.
    auto again = backUpWorkspace(*ws, BackupReason::BeforeReviewImport, kMonday);
    ASSERT_OK(again);
    EXPECT_TRUE(again->path.endsWith(QStringLiteral("-before-review-import-2.fazhi"))) << again->path.toStdString();
    EXPECT_EQ(QDir(backupFolder(file())).entryList(QDir::Files).size(), 2);

    const QList<BackupInfo> list = listBackups(file());
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).path, again->path);
    for (const BackupInfo &b : list) {
        EXPECT_EQ(b.reason, BackupReason::BeforeReviewImport);
        EXPECT_EQ(b.reportCount, 1);
        EXPECT_EQ(b.schemaVersion, storage::schemaVersion());
        EXPECT_EQ(b.size, QFileInfo(b.path).size());
        EXPECT_FALSE(QFileInfo::exists(b.path + QStringLiteral("-wal"))) << "a backup is one file";
    }
    EXPECT_TRUE(backUpBefore(*ws, BackupReason::BeforeReviewImport).ok());
    EXPECT_EQ(listBackups(file()).size(), 3);
}

TEST_F(Backups, DailySnapshotOncePerCalendarDay)
{
    makeWorkspace(file());
    auto ws = open(file());
    ASSERT_TRUE(ws);
    auto first = takeDailyBackupIfDue(*ws, 14, kMonday);
    ASSERT_OK(first);
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ(first->value().reason, BackupReason::Daily);
    EXPECT_TRUE(hasDailyBackup(file(), kMonday.date()));

    // Later the same day, even after other backups: nothing new.
    ASSERT_OK(backUpWorkspace(*ws, BackupReason::Manual, kMonday.addSecs(60)));
    auto sameDay = takeDailyBackupIfDue(*ws, 14, QDateTime(kMonday.date(), QTime(23, 59, 59)));
    ASSERT_OK(sameDay);
    EXPECT_FALSE(sameDay->has_value());
    auto fromPath = takeDailyBackupIfDue(file(), 14, kMonday.addSecs(3600));
    ASSERT_OK(fromPath);
    EXPECT_FALSE(fromPath->has_value());

    auto nextDay = takeDailyBackupIfDue(*ws, 14, QDateTime(kMonday.date().addDays(1), QTime(0, 0, 1)));
    ASSERT_OK(nextDay);
    ASSERT_TRUE(nextDay->has_value());
    const QList<BackupInfo> list = listBackups(file());
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).reason, BackupReason::Daily);
    EXPECT_EQ(list.at(0).takenAt.date(), kMonday.date().addDays(1));
    EXPECT_EQ(list.at(1).reason, BackupReason::Manual);
}

TEST_F(Backups, AnEmptyWorkspaceIsNotSnapshotted)
{
    auto ws = open(file());
    ASSERT_TRUE(ws);
    auto daily = takeDailyBackupIfDue(*ws, 14, kMonday);
    ASSERT_OK(daily);
    EXPECT_FALSE(daily->has_value());
    EXPECT_FALSE(QFileInfo::exists(backupFolder(file())));
}

TEST_F(Backups, RetentionRemovesOlderDaysNeverTheNewest)
{
    makeWorkspace(file());
    auto ws = open(file());
    ASSERT_TRUE(ws);
    for (int day = 0; day < 20; ++day)
        ASSERT_OK(takeDailyBackupIfDue(*ws, 5, kMonday.addDays(day)));
    QList<BackupInfo> list = listBackups(file());
    ASSERT_EQ(list.size(), 5) << "today and the four days before";
    EXPECT_EQ(list.first().takenAt.date(), kMonday.date().addDays(19));
    EXPECT_EQ(list.last().takenAt.date(), kMonday.date().addDays(15));

    // A leftover of a crash mid-backup is never listed, and goes once it is a day old.
    const QString partial = QDir(backupFolder(file())).filePath(QStringLiteral("workspace-abc.partial"));
    writeBytes(partial, "half a file");
    {
        QFile f(partial);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(kMonday.addDays(19), QFileDevice::FileModificationTime));
    }
    EXPECT_EQ(listBackups(file()).size(), 5);

    // Months later, without the app opened meanwhile: the newest stays, however old.
    const QStringList removed = pruneBackups(file(), 5, kMonday.date().addDays(400));
    EXPECT_EQ(removed.size(), 5) << "four backups and the partial file: " << removed.join(QLatin1Char(' ')).toStdString();
    list = listBackups(file());
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().takenAt.date(), kMonday.date().addDays(19));
    EXPECT_FALSE(QFileInfo::exists(partial));
    EXPECT_TRUE(pruneBackups(file(), 5, kMonday.date().addDays(800)).isEmpty());
    EXPECT_EQ(listBackups(file()).size(), 1);

    EXPECT_EQ(clampBackupKeepDays(QVariant()), kDefaultBackupKeepDays);
    EXPECT_EQ(clampBackupKeepDays(QStringLiteral("abc")), kDefaultBackupKeepDays);
    EXPECT_EQ(clampBackupKeepDays(0), 1);
    EXPECT_EQ(clampBackupKeepDays(QStringLiteral("30")), 30);
}

TEST_F(Backups, ADamagedWorkspaceIsNeverBackedUp)
{
    makeWorkspace(file(), 30);
    ASSERT_TRUE(damagePages(file()));
    const QByteArray before = fileHash(file());
    auto daily = takeDailyBackupIfDue(file(), 14, kMonday);
    ASSERT_FALSE(daily.ok());
    EXPECT_EQ(daily.error().code, Error::Code::Data) << daily.error().message.toStdString();
    EXPECT_FALSE(backUpWorkspaceFile(file(), BackupReason::Manual, kMonday).ok());

    // The app's way: the scan runs in the background and the snapshot waits for its verdict.
    auto ws = Workspace::open(file(), Workspace::Integrity::InBackground);
    ASSERT_OK(ws);
    EXPECT_FALSE(takeDailyBackupIfDue(*ws.value(), 14, kMonday).ok());
    EXPECT_FALSE(backUpBefore(*ws.value(), BackupReason::BeforeReviewImport).ok());
    ws.value().reset();
    EXPECT_TRUE(listBackups(file()).isEmpty());
    EXPECT_EQ(fileHash(file()), before);
}

TEST_F(Backups, TheBackupBeforeAnUpgradeLandsInTheBackups)
{
    const QList<Report> reports = makeWorkspace(file(), 2);
    // Back to version 2: what versions 3 and later added goes.
    ASSERT_TRUE(exec(file(), QStringLiteral("DROP TABLE check_ignores")));
    exec(file(), QStringLiteral("ALTER TABLE reports DROP COLUMN received"));  // version 4, where there is one
    // Version 5, where there is one: the 文号 and the import notes' codes.
    exec(file(), QStringLiteral("ALTER TABLE reports DROP COLUMN document_number"));
    exec(file(), QStringLiteral("ALTER TABLE import_notes DROP COLUMN code"));
    exec(file(), QStringLiteral("ALTER TABLE import_notes DROP COLUMN args"));
    ASSERT_TRUE(exec(file(), QStringLiteral("PRAGMA user_version = 2")));
    auto ws = open(file());
    ASSERT_TRUE(ws);
    const QList<BackupInfo> list = listBackups(file());
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(list.first().schemaVersion, 2) << "the file as it was, for the earlier version";
    EXPECT_EQ(list.first().reportCount, 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("workspace.v2-backup.fazhi"))));
}

TEST_F(Backups, RestoreGivesTheReportsBackAndKeepsTheCurrentOne)
{
    const QList<Report> original = makeWorkspace(file(), 2);
    QString backup;
    QUuid added;
    {
        auto ws = open(file());
        ASSERT_TRUE(ws);
        auto made = backUpWorkspace(*ws, BackupReason::Manual, kMonday);
        ASSERT_OK(made);
        backup = made->path;
        // Work after the backup: an edit, a new report, a deleted one.
        ASSERT_OK(ws->setDetail(original.at(0).id, QStringLiteral("title"), QStringLiteral("改过的标题")));
        added = ws->insertReport(makeTemplateReport(QStringLiteral("新镇人民政府"), 2030)).value();
        ASSERT_OK(ws->deleteReport(original.at(1).id));
        // Still open: the restore is refused and nothing changes.
        auto refused = restoreBackup(backup, file(), kMonday.addDays(1));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, Error::Code::State);
        EXPECT_EQ(ws->listReports()->size(), 2);
    }

    auto restored = restoreBackup(backup, file(), kMonday.addDays(1));
    ASSERT_OK(restored);
    EXPECT_EQ(restored->restored.reportCount, 2);
    ASSERT_FALSE(restored->previousBackup.isEmpty());
    EXPECT_TRUE(QFileInfo(restored->previousBackup).fileName().contains(QStringLiteral("-before-restore")));
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal")));
    {
        auto ws = open(file());
        ASSERT_TRUE(ws);
        auto list = ws->listReports();
        ASSERT_EQ(list->size(), 2);
        for (const Report &r : original)
            EXPECT_EQ(jsonText(ws->loadReport(r.id).value()), jsonText(r));
        EXPECT_FALSE(ws->loadReport(added).ok());
    }

    // The workspace as it was before the restore is a backup too: restore it as a new file.
    const QString copy = file(QStringLiteral("before.fazhi"));
    ASSERT_OK(restoreBackupAs(restored->previousBackup, copy));
    {
        auto ws = open(copy);
        ASSERT_TRUE(ws);
        EXPECT_EQ(ws->loadReport(original.at(0).id)->details.title, QStringLiteral("改过的标题"));
        EXPECT_TRUE(ws->loadReport(added).ok());
        EXPECT_FALSE(ws->loadReport(original.at(1).id).ok());
    }
    // A new file is never written over an existing one.
    const QByteArray copyHash = fileHash(copy);
    auto overwrite = restoreBackupAs(backup, copy);
    ASSERT_FALSE(overwrite.ok());
    EXPECT_EQ(overwrite.error().code, Error::Code::State);
    EXPECT_EQ(fileHash(copy), copyHash);
}

TEST_F(Backups, RestoreOverADamagedWorkspaceKeepsItAsItWas)
{
    makeWorkspace(file(), 30);
    QString backup;
    {
        auto ws = open(file());
        ASSERT_TRUE(ws);
        backup = backUpWorkspace(*ws, BackupReason::Manual, kMonday).value().path;
    }
    ASSERT_TRUE(damagePages(file()));
    const QByteArray damaged = fileHash(file());
    auto restored = restoreBackup(backup, file(), kMonday.addDays(1));
    ASSERT_OK(restored);
    EXPECT_EQ(fileHash(restored->previousBackup), damaged) << "kept byte for byte";
    auto ws = open(file());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->listReports()->size(), 30);
    ASSERT_OK(ws->integrityCheck().result());
}

TEST_F(Backups, WhatIsNotABackupIsRefusedAndNothingChanges)
{
    makeWorkspace(file());
    const QByteArray before = fileHash(file());
    const QString text = file(QStringLiteral("notes.fazhi"));
    writeBytes(text, "not a workspace");
    for (const QString &bad : {text, file(QStringLiteral("absent.fazhi"))}) {
        auto r = restoreBackup(bad, file(), kMonday);
        EXPECT_FALSE(r.ok()) << bad.toStdString();
        EXPECT_FALSE(restoreBackupAs(bad, file(QStringLiteral("new.fazhi"))).ok());
    }
    EXPECT_FALSE(restoreBackup(file(), file(), kMonday).ok()) << "the workspace itself";
    EXPECT_EQ(fileHash(file()), before);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("new.fazhi"))));

    // Nor is a file that is not a workspace replaced by a backup.
    QString backup;
    {
        auto ws = open(file());
        backup = backUpWorkspace(*ws, BackupReason::Manual, kMonday).value().path;
    }
    auto overText = restoreBackup(backup, text, kMonday);
    ASSERT_FALSE(overText.ok());
    EXPECT_EQ(readUtf8(text), QStringLiteral("not a workspace"));
}

TEST_F(Backups, RestoreIsRefusedWhileAnotherProgramHasTheWorkspaceOpen)
{
    const QString child = binPath(QStringLiteral("fazhi-durability-child"));
    ASSERT_TRUE(QFileInfo::exists(child));
    const QList<Report> reports = makeWorkspace(file());
    QString backup;
    {
        auto ws = open(file());
        backup = backUpWorkspace(*ws, BackupReason::Manual, kMonday).value().path;
    }
    QProcess writer;
    writer.start(child, {file(), reports.first().id.toString(QUuid::WithoutBraces), QStringLiteral("1")});
    ASSERT_TRUE(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("saved") && writer.waitForReadyRead(10000))
        out += writer.readAllStandardOutput();
    ASSERT_TRUE(out.contains("saved"));
    auto refused = restoreBackup(backup, file(), kMonday.addDays(1));
    writer.kill();
    writer.waitForFinished();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::State) << refused.error().message.toStdString();
    EXPECT_EQ(listBackups(file()).size(), 1) << "nothing to keep for a restore that did not happen";
    auto ws = open(file());
    ASSERT_TRUE(ws);
    EXPECT_NE(jsonText(ws->loadReport(reports.first().id).value()), jsonText(reports.first()))
        << "the other program's saves are still there";
}

// ---------------------------------------------------------------------------------------------
// fazhi-cli backup list | now | restore

namespace {

class CliBackups : public Backups {
protected:
    ProcessResult cli(const QStringList &args, const QString &workspace = QString())
    {
        return runCli(QStringList{QStringLiteral("--workspace"), workspace.isEmpty() ? file() : workspace} + args);
    }
};

}  // namespace

TEST_F(CliBackups, ListNowAndRestore)
{
    ProcessResult r = cli({QStringLiteral("backup"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    r = cli({QStringLiteral("new"), QStringLiteral("--organization"), QStringLiteral("示例镇人民政府"), QStringLiteral("--year"),
             QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QString id = r.outText().trimmed();
    EXPECT_FALSE(QFileInfo::exists(backupFolder(file()))) << "an empty workspace has nothing to keep";

    // The first command of the day that opens a workspace with reports takes the daily snapshot.
    r = cli({QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0);
    r = cli({QStringLiteral("backup"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0);
    QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << r.outText().toStdString();
    QStringList fields = lines.first().split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 5) << lines.first().toStdString();
    const QString daily = fields.at(0);
    EXPECT_EQ(QFileInfo(daily).absolutePath(), backupFolder(file()));
    EXPECT_EQ(QDateTime::fromString(fields.at(1), QStringLiteral("yyyy-MM-dd HH:mm:ss")).date(), QDate::currentDate());
    EXPECT_EQ(fields.at(2), QStringLiteral("daily"));
    EXPECT_EQ(fields.at(3).toLongLong(), QFileInfo(daily).size());
    EXPECT_EQ(fields.at(4), QStringLiteral("1"));
    r = cli({QStringLiteral("list")});
    EXPECT_EQ(listBackups(file()).size(), 1) << "once a day";

    // Change the title, then restore the snapshot: the old title is back, the new one kept aside.
    const QString titleNode = id;
    r = cli({QStringLiteral("edit"), id, QStringLiteral("--node"), titleNode, QStringLiteral("--text"), QStringLiteral("新标题")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("now")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QString manual = r.outText().trimmed();
    EXPECT_TRUE(manual.endsWith(QStringLiteral("-manual.fazhi"))) << manual.toStdString();

    r = cli({QStringLiteral("backup"), QStringLiteral("restore"), daily});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    r = cli({QStringLiteral("list")});
    EXPECT_TRUE(r.outText().trimmed().endsWith(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告"))) << r.outText().toStdString();
    const QList<BackupInfo> all = listBackups(file());
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.first().reason, BackupReason::BeforeRestore);

    // To a new path: the manual backup, with the new title; the workspace stays as it is.
    const QString other = file(QStringLiteral("other/copy.fazhi"));
    r = cli({QStringLiteral("backup"), QStringLiteral("restore"), manual, QStringLiteral("--to"), other});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    r = cli({QStringLiteral("list")}, other);
    EXPECT_TRUE(r.outText().trimmed().endsWith(QStringLiteral("新标题"))) << r.outText().toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("restore"), manual, QStringLiteral("--to"), other});
    EXPECT_EQ(r.exitCode, 3) << "an existing file is never overwritten";

    // Usage and refusals.
    EXPECT_EQ(cli({QStringLiteral("backup")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("restore")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("--keep-days"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("restore"), file(QStringLiteral("absent.fazhi"))}).exitCode, 3);
    {
        // The desktop app holds the lock: restore there, not behind its back.
        QLockFile appLock(file() + QStringLiteral(".lock"));
        ASSERT_TRUE(appLock.tryLock(0));
        r = cli({QStringLiteral("backup"), QStringLiteral("restore"), manual});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_EQ(listBackups(file()).size(), 3) << "a refused restore backs nothing up";
    EXPECT_TRUE(cli({QStringLiteral("help")}).outText().contains(QStringLiteral("backup restore")));
}
