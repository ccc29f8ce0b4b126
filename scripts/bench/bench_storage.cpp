// bench-storage: figures for the SQLite workspace (core/storage). Prints a table; not a pass/fail test.
//
// Builds a temporary workspace of realistic reports (5 parts × 5 sections, each with paragraphs,
// points and facts: about 240 nodes per report) and measures
// - saving one field (setNodeField on a paragraph), 2,000 saves, with 10 and with 1,000 reports;
// - listing 1,000 reports; loading one report; inserting one report; opening the workspace.
// Usage: bench-storage [--reports N] [--saves N] [--keep DIR]

#include "BenchTiming.h"

#include "model/Report.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fazhi;

namespace {

struct Figures {
    double median = 0;
    double p99 = 0;
    double max = 0;
    int count = 0;
};

Figures summarise(const std::vector<double> &ms)
{
    return {bench::median(ms), bench::percentile(ms, 0.99), bench::percentile(ms, 1), int(ms.size())};
}

QString repeat(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

// A report the size of a real township report.
Report makeReport(int n)
{
    Report r = makeTemplateReport(QStringLiteral("示例县第%1镇人民政府").arg(n), 2015 + n % 10);
    r.preamble = {Paragraph{{}, QStringLiteral("县委、县政府：")}};
    const QString body = repeat(QStringLiteral("我镇坚持以习近平法治思想为指导，深入推进法治政府建设，"), 6);
    for (int p = 0; p < r.parts.size(); ++p) {
        Part &part = r.parts[p];
        part.intro.paragraphs = {Paragraph{{}, repeat(QStringLiteral("全年依法行政工作取得新进展。"), 3)}};
        part.sections.clear();
        for (int s = 0; s < 5; ++s) {
            Section section;
            section.lead = QStringLiteral("强化组织领导，压实第%1项工作责任。").arg(s + 1);
            for (int i = 0; i < 3; ++i)
                section.body.paragraphs.append(Paragraph{{}, body});
            for (int i = 0; i < 3; ++i)
                section.body.points.append(
                    Point{{}, QStringLiteral("开展法治宣传活动%1场，发放宣传册10000余份；").arg(i + 20)});
            section.facts = {Fact{{},
                                  QStringLiteral("发放宣传册"),
                                  QStringLiteral("10000"),
                                  QStringLiteral("份"),
                                  QStringLiteral("余")},
                             Fact{{},
                                  QStringLiteral("化解矛盾纠纷"),
                                  QStringLiteral("946"),
                                  QStringLiteral("件"),
                                  QString()}};
            part.sections.append(section);
        }
    }
    r.closing = {Paragraph{{}, QStringLiteral("特此报告。")}};
    r.importNotes = {ImportNote{ImportNoteKind::DroppedChrome,
                                {},
                                QStringLiteral("浏览次数：123"),
                                {},
                                QStringLiteral("Page chrome was dropped.")}};
    assignMissingIds(r);
    return r;
}

QList<QUuid> paragraphIds(const Report &r)
{
    QList<QUuid> ids;
    for (const auto &part : r.parts)
        for (const auto &s : part.sections)
            for (const auto &p : s.body.paragraphs)
                ids.append(p.id);
    return ids;
}

Figures measureSaves(Workspace &ws, const Report &report, int saves)
{
    const QList<QUuid> ids = paragraphIds(report);
    const QString base = repeat(QStringLiteral("依法行政，"), 40);
    std::vector<double> ms;
    ms.reserve(size_t(saves));
    for (int i = 0; i < saves; ++i) {
        const QString text = base + QString::number(i);
        ms.push_back(bench::timeMs([&] {
            const Status s = ws.setNodeField(report.id, ids.at(i % ids.size()), QStringLiteral("text"), text);
            if (!s)
                std::fprintf(stderr, "save failed: %s\n", qPrintable(s.error().message));
        }));
    }
    return summarise(ms);
}

void printRow(const char *what, const Figures &f)
{
    std::printf("%-44s %8d %10.3f %10.3f %10.3f\n", what, f.count, f.median, f.p99, f.max);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-storage"));
    const QStringList args = QCoreApplication::arguments();
    int reportCount = 1000;
    int saves = 2000;
    QString keep;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--reports"))
            reportCount = std::max(10, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--saves"))
            saves = std::max(10, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }

    QTemporaryDir dir;
    const QString path = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/bench.fazhi");
    QFile::remove(path);
    auto opened = Workspace::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Workspace> ws = std::move(opened).value();

    std::vector<Report> reports;
    std::vector<double> insertMs;
    auto addReports = [&](int upTo) {
        while (int(reports.size()) < upTo) {
            Report r = makeReport(int(reports.size()));
            insertMs.push_back(bench::timeMs([&] {
                if (auto id = ws->insertReport(r); !id)
                    std::fprintf(stderr, "insert failed: %s\n", qPrintable(id.error().message));
            }));
            reports.push_back(r);
        }
    };

    int nodes = 0;
    {
        const Report sample = makeReport(0);
        nodes = int(sample.preamble.size() + sample.closing.size());
        for (const auto &part : sample.parts) {
            nodes += 1 + int(part.intro.paragraphs.size() + part.intro.points.size());
            for (const auto &s : part.sections)
                nodes += 1 + int(s.body.paragraphs.size() + s.body.points.size() + s.facts.size());
        }
    }

    addReports(10);
    const Figures saves10 = measureSaves(*ws, reports.front(), saves);
    addReports(reportCount);
    const Figures insert = summarise(insertMs);
    const Figures savesAll = measureSaves(*ws, reports[reports.size() / 2], saves);

    std::vector<double> listMs;
    int listed = 0;
    for (int i = 0; i < 20; ++i)
        listMs.push_back(bench::timeMs([&] { listed = int(ws->listReports().value().size()); }));

    std::vector<double> loadMs;
    for (int i = 0; i < 100; ++i) {
        const Report &r = reports[QRandomGenerator::global()->bounded(int(reports.size()))];
        loadMs.push_back(bench::timeMs([&] {
            if (!ws->loadReport(r.id))
                std::fprintf(stderr, "load failed\n");
        }));
    }

    ws.reset();
    std::vector<double> openMs;
    for (int i = 0; i < 5; ++i) {
        openMs.push_back(bench::timeMs([&] {
            auto again = Workspace::open(path);
            if (!again)
                std::fprintf(stderr, "open failed: %s\n", qPrintable(again.error().message));
        }));
    }

    std::printf("Workspace benchmark: %d reports of %d nodes each, file %.1f MB\n", listed, nodes,
                double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    std::printf("%-44s %8s %10s %10s %10s\n", "operation (ms)", "runs", "median", "p99", "max");
    char label[64];
    std::snprintf(label, sizeof label, "save one paragraph field, 10 reports");
    printRow(label, saves10);
    std::snprintf(label, sizeof label, "save one paragraph field, %d reports", reportCount);
    printRow(label, savesAll);
    std::snprintf(label, sizeof label, "list %d reports", listed);
    printRow(label, summarise(listMs));
    printRow("load one report", summarise(loadMs));
    printRow("insert one report", insert);
    printRow("open workspace (checks + quick_check)", summarise(openMs));
    return 0;
}
