// Soak test of durability (scripts/soak.sh): kills a saving process with SIGKILL at random moments,
// again and again, and after every kill checks the file as the kill left it (PRAGMA integrity_check)
// and reopens it to find every edit the process acknowledged. Along the way it takes backups while
// the process saves, and at the end restores one, as a new file and in place.
//
// Usage: fazhi-soak [--kills N] [--seed S] [--keep DIR]
// The saving process is tests/helpers/durability_child.cpp (fazhi-durability-child, beside this
// program): it prints "saved <paragraph> <counter>" after each save returned, so a line it printed is
// an edit the user was told was saved. Exit status 0 when nothing acknowledged was lost, every
// integrity check passed and the backups restored; 1 otherwise; 2 when it could not run.

#include "helpers/DurabilityOrder.h"
#include "model/Report.h"
#include "model/ReportJson.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace fazhi;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int cannotRun(const QString &why)
{
    std::fputs(qPrintable(QStringLiteral("fazhi-soak: ") + why + QLatin1Char('\n')), stderr);
    return 2;
}

QString jsonText(const Report &r) { return QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact)); }

qint64 editCounter(const QString &text)
{
    return text.startsWith(QLatin1String("edit ")) ? text.mid(5).toLongLong() : 0;  // 0: the original text
}

// PRAGMA integrity_check on the file as it is (its -wal included), on a connection of its own.
QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("soak-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            verdict = db.lastError().text();
        } else {
            QSqlQuery q(db);
            verdict = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Report soakReport()
{
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024);
    r.preamble = {Paragraph{newId(), QStringLiteral("根据要求，现将我镇2024年度法治政府建设情况报告如下：")}};
    for (Part &part : r.parts) {
        for (Section &section : part.sections)
            section.body.paragraphs = {Paragraph{newId(), section.lead + QStringLiteral("的工作情况。")}};
    }
    return r;
}

// Every report of a workspace, as text to compare.
QStringList contents(const QString &path)
{
    QStringList all;
    auto ws = Workspace::open(path);
    if (!ws)
        return {QStringLiteral("cannot open: ") + ws.error().message};
    const Result<QList<ReportSummary>> list = ws.value()->listReports();
    if (!list)
        return {QStringLiteral("cannot list: ") + list.error().message};
    for (const ReportSummary &s : list.value())
        all << jsonText(ws.value()->loadReport(s.id).value());
    return all;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int kills = 1000;
    quint32 seed = QRandomGenerator::global()->generate();
    QString keep;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--kills"))
            kills = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
        else
            return cannotRun(QStringLiteral("usage: fazhi-soak [--kills N] [--seed S] [--keep DIR]"));
    }
    if (args.size() % 2 != 0 || kills < 1)
        return cannotRun(QStringLiteral("usage: fazhi-soak [--kills N] [--seed S] [--keep DIR]"));
    QString built = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fazhi-durability-child"));
#ifdef Q_OS_WIN
    built += QStringLiteral(".exe");
#endif
    if (!QFileInfo(built).isExecutable())
        return cannotRun(built + QStringLiteral(" is not built (cmake --build build --target fazhi-durability-child)"));

    QTemporaryDir temporary;
    const QString folder = keep.isEmpty() ? temporary.path() : QFileInfo(keep).absoluteFilePath();
    if (!QDir().mkpath(folder))
        return cannotRun(QStringLiteral("cannot create ") + folder);
    // A copy of its own, so that a rebuild during the soak cannot take the program away mid-run.
    const QString child = QDir(folder).filePath(QFileInfo(built).fileName());
    QFile::remove(child);
    if (!QFile::copy(built, child))
        return cannotRun(QStringLiteral("cannot copy ") + built + QStringLiteral(" to ") + folder);
    const QString path = QDir(folder).filePath(QStringLiteral("soak.fazhi"));
    QFile::remove(path);
    const Report report = soakReport();
    {
        auto ws = Workspace::open(path);
        if (!ws || !ws.value()->insertReport(report))
            return cannotRun(QStringLiteral("cannot create the workspace ") + path);
    }
    const QList<QUuid> ids = test::durabilityParagraphs(report);
    const QString reportId = report.id.toString(QUuid::WithoutBraces);

    say(QStringLiteral("soak: %1 kills of %2 saving %3 paragraphs of one report (seed %4), in %5")
            .arg(kills).arg(QFileInfo(built).fileName()).arg(ids.size()).arg(seed).arg(QDir::toNativeSeparators(folder)));
    QRandomGenerator rng(seed);
    QHash<QUuid, qint64> inFile;  // the counter each paragraph holds (0: original text)
    qint64 nextCounter = 1, acknowledged = 0, lost = 0, unreportedFound = 0;
    int integrityFailures = 0, reopenFailures = 0, earlyKills = 0, backupsWhileSaving = 0, badBackups = 0;
    QElapsedTimer clock;
    clock.start();
    QDateTime backupClock(QDate(2025, 1, 1), QTime(8, 0));

    for (int run = 0; run < kills; ++run) {
        QProcess process;
        QStringList childArgs{path, reportId, QString::number(nextCounter)};
        if (run % 2 == 1)
            childArgs << QStringLiteral("--like-app");  // the desktop app's way: the scan in the background
        process.start(child, childArgs);
        if (!process.waitForStarted(10000))
            return cannotRun(QStringLiteral("cannot start the child: ") + process.errorString());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        // One kill in four lands early, maybe before the file is even open; the others once saving,
        // after a random delay, so kills land in commits and in WAL checkpoints.
        const bool early = run % 4 == 0;
        if (!early) {
            while (!out.contains("saved") && t.elapsed() < 10000 && process.state() == QProcess::Running) {
                process.waitForReadyRead(10);
                out += process.readAllStandardOutput();
            }
        } else {
            ++earlyKills;
        }
        // Now and then a backup is taken while the child saves (a second program reading the file).
        if (!early && run % 10 == 5) {
            backupClock = backupClock.addSecs(3600);
            const Result<BackupInfo> made = backUpWorkspaceFile(path, BackupReason::Manual, backupClock);
            ++backupsWhileSaving;
            if (!made || made->reportCount != 1)
                ++badBackups;
        }
        const int delay = int(rng.bounded(early ? 40 : 120));
        t.restart();
        while (t.elapsed() < delay && process.state() == QProcess::Running) {
            process.waitForReadyRead(2);
            out += process.readAllStandardOutput();
        }
        if (process.state() != QProcess::Running)
            return cannotRun(QStringLiteral("the child stopped by itself: ") + QString::fromUtf8(process.readAllStandardError()));
        process.kill();  // SIGKILL on Unix, TerminateProcess on Windows
        process.waitForFinished(10000);
        out += process.readAllStandardOutput();

        // The complete "saved" lines: the edits acknowledged in this run, the last per paragraph.
        QHash<QUuid, qint64> reported;
        QHash<QUuid, QList<qint64>> reportedAll;
        qint64 lastReported = 0;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> words = line.trimmed().split(' ');
            if (words.size() != 3 || words[0] != "saved" || !out.contains(line + '\n'))
                continue;
            const QUuid id = QUuid::fromString(QString::fromLatin1(words[1]));
            const qint64 counter = words[2].toLongLong();
            reported[id] = counter;
            reportedAll[id].append(counter);
            lastReported = std::max(lastReported, counter);
            ++acknowledged;
        }
        // At most one save may have committed without being reported: the one after the last report.
        const qint64 unreported = lastReported ? lastReported + 1 : nextCounter;
        const QUuid unreportedNode = ids.at(int(unreported % ids.size()));

        if (integrityCheck(path) != QLatin1String("ok"))
            ++integrityFailures;
        auto ws = Workspace::open(path);
        auto loaded = ws ? ws.value()->loadReport(report.id) : Result<Report>(ws.error());
        if (!loaded) {
            ++reopenFailures;
            say(QStringLiteral("run %1: cannot reopen: %2").arg(run).arg(loaded.error().message));
            continue;
        }
        QHash<QUuid, QString> texts;
        for (const auto &p : loaded->preamble)
            texts[p.id] = p.text;
        for (const auto &part : loaded->parts) {
            for (const auto &s : part.sections) {
                for (const auto &p : s.body.paragraphs)
                    texts[p.id] = p.text;
            }
        }
        for (const QUuid &id : ids) {
            const qint64 expected = reported.value(id, inFile.value(id, 0));
            const qint64 actual = editCounter(texts.value(id));
            if (actual < expected) {
                // Every acknowledged edit of this paragraph newer than what the file holds is lost.
                for (qint64 c : reportedAll.value(id))
                    lost += c > actual ? 1 : 0;
                say(QStringLiteral("run %1: paragraph %2 holds edit %3, acknowledged %4").arg(run).arg(id.toString()).arg(actual).arg(expected));
            } else if (actual > expected) {
                if (id == unreportedNode && actual == unreported)
                    ++unreportedFound;  // committed, killed before it could say so: allowed
                else
                    say(QStringLiteral("run %1: paragraph %2 holds edit %3, never made").arg(run).arg(id.toString()).arg(actual));
            }
            inFile[id] = actual;
        }
        nextCounter = unreported + 1;
        if ((run + 1) % 100 == 0)
            say(QStringLiteral("  %1 kills, %2 s").arg(run + 1).arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    }
    const double seconds = clock.elapsed() / 1000.0;

    // A backup restores: one taken now, restored as a new file and, after more saving, in place.
    const QString current = contents(path).join(QLatin1Char('\n'));
    bool restoresOk = true;
    QString restoreNote;
    {
        Result<BackupInfo> backup = Error();
        {
            auto ws = Workspace::open(path);  // closed again before restoring
            backup = ws ? backUpWorkspace(*ws.value(), BackupReason::Manual) : Result<BackupInfo>(ws.error());
        }
        if (!backup) {
            restoresOk = false;
            restoreNote = backup.error().message;
        } else {
            const QString copy = QDir(folder).filePath(QStringLiteral("restored.fazhi"));
            QFile::remove(copy);
            const Status asCopy = restoreBackupAs(backup->path, copy);
            const bool copyIdentical = asCopy && contents(copy).join(QLatin1Char('\n')) == current;
            // More saving, then the backup put back in place: the edits since are kept aside.
            QProcess more;
            more.start(child, {path, reportId, QString::number(nextCounter)});
            more.waitForStarted(10000);
            QByteArray out;
            while (!out.contains("saved") && more.waitForReadyRead(10000))
                out += more.readAllStandardOutput();
            more.kill();
            more.waitForFinished(10000);
            const QString changed = contents(path).join(QLatin1Char('\n'));
            const Result<RestoreOutcome> inPlace = restoreBackup(backup->path, path);
            const bool inPlaceIdentical = inPlace && contents(path).join(QLatin1Char('\n')) == current;
            const bool keptAside = inPlace && !inPlace->previousBackup.isEmpty()
                && restoreBackupAs(inPlace->previousBackup, QDir(folder).filePath(QStringLiteral("before-restore.fazhi")))
                && contents(QDir(folder).filePath(QStringLiteral("before-restore.fazhi"))).join(QLatin1Char('\n')) == changed
                && changed != current;
            restoresOk = copyIdentical && inPlaceIdentical && keptAside;
            restoreNote = QStringLiteral("backup %1 (%2 bytes): as a new file %3, in place %4, the workspace before the restore kept %5")
                              .arg(QFileInfo(backup->path).fileName())
                              .arg(backup->size)
                              .arg(copyIdentical ? QStringLiteral("identical") : QStringLiteral("DIFFERENT"))
                              .arg(inPlaceIdentical ? QStringLiteral("identical")
                                                    : (inPlace ? QStringLiteral("DIFFERENT") : inPlace.error().message))
                              .arg(keptAside ? QStringLiteral("and identical") : QStringLiteral("NOT"));
        }
    }

    say(QStringLiteral("kills: %1 (%2 early, maybe before the file was open) in %3 s")
            .arg(kills).arg(earlyKills).arg(seconds, 0, 'f', 1));
    say(QStringLiteral("acknowledged edits: %1").arg(acknowledged));
    say(QStringLiteral("edits found after reopening: %1 (plus %2 committed but killed before acknowledging)")
            .arg(acknowledged - lost).arg(unreportedFound));
    say(QStringLiteral("edits lost: %1").arg(lost));
    say(QStringLiteral("integrity checks: %1 ok, %2 failed; reopen failures: %3")
            .arg(kills - integrityFailures).arg(integrityFailures).arg(reopenFailures));
    say(QStringLiteral("backups taken while saving: %1, unreadable: %2").arg(backupsWhileSaving).arg(badBackups));
    say(QStringLiteral("backup restores: %1 — %2").arg(restoresOk ? QStringLiteral("yes") : QStringLiteral("NO"), restoreNote));
    const bool passed = lost == 0 && integrityFailures == 0 && reopenFailures == 0 && badBackups == 0 && restoresOk;
    say(passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return passed ? 0 : 1;
}
