// bench-server: figures for the workspace on a PostgreSQL server (storage/PgWorkspace.h), on the
// loopback. Prints a table; not a pass/fail test. The targets: one field save ≤ 5 ms median,
// opening a report ≤ 50 ms.
//
// Starts a cluster of its own with scripts/pg-test-cluster.sh (fsync on: FAZHI_PG_DURABLE=1), or uses
// --server postgresql://USER@HOST:PORT/DB (an empty database; the password through PGPASSWORD or
// .pgpass). Inserts --reports reports of about 240 nodes, then measures saving one paragraph field
// (--saves times), loading one report, listing, the dashboard of one year (30 towns × 10 years: the
// issue's target ≤ 200 ms), and opening the workspace (connect + schema check).
// Usage: bench-server [--server URL] [--reports N] [--saves N]

#include "BenchTiming.h"

#include "model/Report.h"
#include "storage/Workspace.h"
#include "workflow/Dashboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fazhi;

namespace {

QString repeat(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

// A report the size of a real township report (as bench-storage's).
Report makeReport(int n)
{
    // 30 towns, each with one report a year from 2015 on.
    Report r = makeTemplateReport(QStringLiteral("示例县第%1镇人民政府").arg(n % 30 + 1), 2015 + n / 30);
    const QString body = repeat(QStringLiteral("我镇坚持以习近平法治思想为指导，深入推进法治政府建设，"), 6);
    for (Part &part : r.parts) {
        part.intro.paragraphs = {Paragraph{{}, repeat(QStringLiteral("全年依法行政工作取得新进展。"), 3)}};
        part.sections.clear();
        for (int s = 0; s < 5; ++s) {
            Section section;
            section.lead = QStringLiteral("强化组织领导，压实第%1项工作责任。").arg(s + 1);
            for (int i = 0; i < 3; ++i)
                section.body.paragraphs.append(Paragraph{{}, body});
            for (int i = 0; i < 3; ++i)
                section.body.points.append(Point{{}, QStringLiteral("开展法治宣传活动%1场；").arg(i + 20)});
            Fact fact;
            fact.label = QStringLiteral("化解矛盾纠纷");
            fact.value = QStringLiteral("946");
            fact.unit = QStringLiteral("件");
            section.facts = {fact, fact};
            part.sections.append(section);
        }
    }
    r.closing = {Paragraph{{}, QStringLiteral("特此报告。")}};
    assignMissingIds(r);
    return r;
}

void printRow(const char *what, const std::vector<double> &ms)
{
    std::printf("%-44s %8d %10.3f %10.3f %10.3f\n", what, int(ms.size()), bench::median(ms),
                bench::percentile(ms, 0.99), bench::percentile(ms, 1));
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString server;
    int reports = 300;
    int saves = 2000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--server"))
            server = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--reports"))
            reports = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--saves"))
            saves = args.at(i + 1).toInt();
    }

    QTemporaryDir info;
    const QString script = QStringLiteral(FAZHI_SOURCE_DIR "/scripts/pg-test-cluster.sh");
    bool ownCluster = false;
    if (server.isEmpty()) {
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAZHI_PG_DURABLE"), QStringLiteral("1"));
        env.insert(QStringLiteral("FAZHI_PG_WATCH_PID"), QString::number(QCoreApplication::applicationPid()));
        start.setProcessEnvironment(env);
        start.setProcessChannelMode(QProcess::ForwardedChannels);
        start.start(QStringLiteral("bash"), {script, QStringLiteral("start"), info.path()});
        start.waitForFinished(180000);
        const QString skip = readFile(info.filePath(QStringLiteral("skip")));
        if (!skip.isEmpty()) {
            std::printf("bench-server skipped: %s\n", qPrintable(skip));
            return 0;
        }
        const QString url = readFile(info.filePath(QStringLiteral("url")));
        if (start.exitCode() != 0 || url.isEmpty()) {
            std::fprintf(stderr, "could not start a PostgreSQL cluster\n");
            return 1;
        }
        ownCluster = true;
        qputenv("PGPASSFILE", info.filePath(QStringLiteral("pgpass")).toLocal8Bit());
        QUrl u(url);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE bench"))) {
                std::fprintf(stderr, "could not create the database\n");
                return 1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        u.setPath(QStringLiteral("/bench"));
        server = u.toString();
    }

    int code = 0;
    {
        auto opened = Workspace::open(server);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        std::unique_ptr<Workspace> ws = std::move(opened).value();
        std::vector<double> insertMs;
        QList<Report> inserted;
        for (int i = 0; i < reports; ++i) {
            Report r = makeReport(i);
            insertMs.push_back(bench::timeMs([&] {
                if (!ws->insertReport(r))
                    code = 1;
            }));
            inserted.append(r);
        }
        const Report &target = inserted.first();
        QList<QUuid> paragraphs;
        for (const Part &part : target.parts)
            for (const Section &s : part.sections)
                for (const Paragraph &p : s.body.paragraphs)
                    paragraphs.append(p.id);
        if (!ws->loadReport(target.id))
            code = 1;
        const QString base = repeat(QStringLiteral("依法行政，"), 40);
        std::vector<double> saveMs;
        for (int i = 0; i < saves; ++i) {
            const QString text = base + QString::number(i);
            saveMs.push_back(bench::timeMs([&] {
                if (!ws->setNodeField(target.id, paragraphs.at(i % paragraphs.size()), QStringLiteral("text"), text))
                    code = 1;
            }));
        }
        std::vector<double> loadMs;
        for (int i = 0; i < 100; ++i)
            loadMs.push_back(bench::timeMs([&] {
                if (!ws->loadReport(inserted.at(i % inserted.size()).id))
                    code = 1;
            }));
        std::vector<double> listMs;
        for (int i = 0; i < 100; ++i)
            listMs.push_back(bench::timeMs([&] {
                if (!ws->listReports())
                    code = 1;
            }));
        std::vector<double> dashboardMs;
        for (int i = 0; i < 5; ++i)
            dashboardMs.push_back(bench::timeMs([&] {
                auto rows = workflow::dashboard(*ws, 2024, QDate(2025, 3, 10));
                if (!rows || rows->size() != std::min(reports, 30))
                    code = 1;
            }));
        std::vector<double> openMs;
        for (int i = 0; i < 20; ++i)
            openMs.push_back(bench::timeMs([&] {
                auto again = Workspace::open(server);
                if (!again)
                    code = 1;
            }));
        std::printf("Server workspace benchmark (%s): %d reports of about 240 nodes, %s\n", qPrintable(ws->path()),
                    reports, ownCluster ? "own loopback cluster, fsync on" : "given server");
        std::printf("%-44s %8s %10s %10s %10s\n", "operation (ms)", "runs", "median", "p99", "max");
        printRow("save one paragraph field", saveMs);
        printRow("open (load) one report", loadMs);
        printRow("list the reports", listMs);
        printRow("insert one report", insertMs);
        printRow("dashboard of one year (30 towns x 10 years)", dashboardMs);
        printRow("open the workspace (connect, check schema)", openMs);
    }
    if (ownCluster) {
        QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), info.path()});
    }
    if (code != 0)
        std::fprintf(stderr, "some operations failed\n");
    return code;
}
