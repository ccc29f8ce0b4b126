// bench-gui: figures for the desktop app (ui/). Prints a table; not a pass/fail test.
//
// - Typing in a 20-page report: the time from a keystroke to the editor's repaint (aim: 16 ms, one
//   frame), the time inside the keystroke handler, and the bytes the process wrote during it (the
//   handler must do no I/O: saving happens later, off the typing path).
// - Keystroke to autosave: from the last keystroke to the workspace write, and how long the write
//   itself holds the GUI thread.
// - The preview: a partial update (one paragraph's characters) against a full re-render.
// - Cold start to the first painted window, `fazhi-report --measure-startup`, with an empty workspace
//   and with 1,000 reports, beside an empty Qt Widgets window (`bench-empty-window`) started the same way:
//   from the launch (as a user waits for it), and the part from main() on its own.
//
// Built twice from this file: as bench-gui, and with FAZHI_EMPTY_WINDOW as bench-empty-window.
// Usage: bench-gui [--keys N] [--starts N] [--reports N] [--dir PATH]
// --dir keeps the workspaces there (made once, reused by later runs) for profiling; --keys 0 skips typing.

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <cstdio>

#ifdef FAZHI_EMPTY_WINDOW

#include "shell/StartupProbe.h"

#include <QLabel>

// The reference: a bare window, measured with the same probe as fazhi-report --measure-startup.
int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 mainStartedNs = fazhi::ui::steadyClockNs();
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1024, 700);
    // --text: the same window with one line of Chinese in it, to show what the first text costs (the
    // font database and the glyphs of a CJK face), which any real window pays.
    if (app.arguments().contains(QStringLiteral("--text"))) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        app.setFont(font);
        auto *label = new QLabel(QStringLiteral("法治政府建设年度报告：按结构填写，自动编号，随写随存。"), &window);
        label->move(20, 20);
    }
    fazhi::ui::StartupProbe probe(&window, clock, [mainStartedNs](double ms) {
        std::printf("main-started-ns %lld\nfirst-paint-ms %.2f\nready-ms %.2f\n", static_cast<long long>(mainStartedNs),
                    ms, ms);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}

#else

#include "common/AppSettings.h"
#include "BenchTiming.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "shell/MainWindow.h"
#include "output/PreviewPane.h"
#include "common/Prompts.h"
#include "shell/StartupProbe.h"
#include "edit/ReportSession.h"
#include "model/Report.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>
#include <vector>

using namespace fazhi;

namespace {

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    int n = 0;
};

Stats stats(const std::vector<double> &v)
{
    return {bench::median(v), bench::percentile(v, 0.95), bench::percentile(v, 1), int(v.size())};
}

void row(const char *what, const Stats &s, const char *unit = "ms")
{
    std::printf("  %-52s p50 %8.2f  p95 %8.2f  max %8.2f %s  (n=%d)\n", what, s.p50, s.p95, s.max, unit, s.n);
}

// Bytes this process has written through write(2) and friends (Linux), or -1.
qint64 bytesWritten()
{
#ifdef Q_OS_LINUX
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    // Read with the C library, not through a Qt device that would count itself: the file is tiny.
    const QByteArray all = io.readAll();
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
#endif
    return -1;
}

QString sentence(int n)
{
    static const QStringList pieces{
        QStringLiteral("全面落实行政执法公示制度，"), QStringLiteral("组织开展法治宣传活动%1场次，"),
        QStringLiteral("排查化解矛盾纠纷%1件，"), QStringLiteral("发放宣传资料%1余份，"),
        QStringLiteral("推动依法行政水平持续提升。")};
    const QString &piece = pieces.at(n % pieces.size());
    return piece.contains(QLatin1String("%1")) ? piece.arg(12 + n * 7) : piece;
}

QString paragraphText(int seed, int chars)
{
    QString s;
    for (int i = 0; s.size() < chars; ++i)
        s += sentence(seed + i);
    return s;
}

// About 20 pages of GB/T 9704 (22 lines × 28 characters ≈ 600 characters a page).
Report twentyPages()
{
    Report r = makeTemplateReport(QStringLiteral("基准镇人民政府"), 2025);
    Part &measures = r.parts[0];
    measures.intro.paragraphs.append({newId(), paragraphText(1, 200)});
    measures.sections.clear();
    for (int s = 0; s < 10; ++s) {
        Section section;
        section.id = newId();
        section.lead = QStringLiteral("第%1项工作扎实推进。").arg(s + 1);
        for (int p = 0; p < 3; ++p)
            section.body.paragraphs.append({newId(), paragraphText(s * 10 + p, 260)});
        for (int p = 0; p < 3; ++p)
            section.body.points.append({newId(), paragraphText(s * 20 + p, 90) + QStringLiteral("；")});
        section.facts.append({newId(), QStringLiteral("宣传活动"), QString::number(10 + s), QStringLiteral("场次"), {}});
        measures.sections.append(section);
    }
    r.parts[1].intro.paragraphs.append({newId(), paragraphText(7, 300)});
    r.parts[2].intro.paragraphs.append({newId(), paragraphText(9, 80)});
    for (int p = 0; p < 3; ++p)
        r.parts[2].intro.points.append({newId(), paragraphText(30 + p, 120) + QStringLiteral("；")});
    r.details.date = QDate(2026, 2, 10);
    assignMissingIds(r);
    return r;
}

class PaintProbe : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void benchTyping(const QString &dirPath, int keys)
{
    const QString path = QDir(dirPath).filePath(QStringLiteral("typing.fazhi"));
    QUuid id;
    {
        auto ws = Workspace::open(path);
        if (!ws.ok()) {
            std::printf("cannot create workspace: %s\n", qPrintable(ws.error().message));
            return;
        }
        id = ws.value()->insertReport(twentyPages()).value();
    }
    ui::MainWindow window;
    if (!window.openWorkspace(path))
        return;
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        std::printf("(the window was not exposed: figures may be off)\n");
    window.openReport(id);
    const Report &report = window.session()->report();
    const QUuid section = report.parts[0].sections[5].id;
    window.revealNode(report.parts[0].sections[5].body.paragraphs[1].id);
    QTest::qWait(200);
    ui::SectionForm *form = window.forms()->sectionForm();
    ui::FieldEdit *edit = form->paragraphs()->editorAt(1);
    if (!edit || window.forms()->currentNode() != section) {
        std::printf("could not reach the paragraph editor\n");
        return;
    }
    edit->setFocus();
    QTextCursor c = edit->textCursor();
    c.movePosition(QTextCursor::End);
    edit->setTextCursor(c);
    window.preview()->flushPending();
    int characters = 0;
    for (const Part &p : report.parts) {
        for (const Paragraph &x : p.intro.paragraphs) characters += int(x.text.size());
        for (const Point &x : p.intro.points) characters += int(x.text.size());
        for (const Section &s : p.sections) {
            characters += int(s.lead.size());
            for (const Paragraph &x : s.body.paragraphs) characters += int(x.text.size());
            for (const Point &x : s.body.points) characters += int(x.text.size());
        }
    }
    std::printf("Typing in a report of %d characters (about %d pages), window 1366×768, platform %s\n",
                characters, characters / 600, qPrintable(QGuiApplication::platformName()));

    PaintProbe probe;
    edit->viewport()->installEventFilter(&probe);
    QSignalSpy saved(window.session(), &ReportSession::saved);
    // The workspace and its write-ahead log: any write to them shows in their size or time.
    auto workspaceStamp = [&path] {
        QStringList stamp;
        for (const QString &f : {path, path + QStringLiteral("-wal")}) {
            const QFileInfo info(f);
            stamp << QString::number(info.size()) + QLatin1Char('@') + QString::number(info.lastModified().toMSecsSinceEpoch());
        }
        return stamp.join(QLatin1Char(' '));
    };
    int workspaceWritesDuringHandler = 0;
    std::vector<double> handler, repaint, written;
    int savesDuringHandler = 0;
    const QString text = QStringLiteral("依法行政");
    for (int i = 0; i < keys; ++i) {
        probe.painted = false;
        const int savedBefore = int(saved.count());
        const qint64 before = bytesWritten();
        const QString stampBefore = workspaceStamp();
        QElapsedTimer t;
        t.start();
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(text.at(i % text.size())), Qt::NoModifier);
        handler.push_back(double(t.nsecsElapsed()) / 1e6);
        const qint64 after = bytesWritten();
        if (workspaceStamp() != stampBefore)
            ++workspaceWritesDuringHandler;
        if (before >= 0 && after >= 0)
            written.push_back(double(after - before));
        savesDuringHandler += int(saved.count()) - savedBefore;
        while (!probe.painted && t.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        repaint.push_back(double(t.nsecsElapsed()) / 1e6);
        // A fast typist: about 8 characters a second, and the odd pause long enough for the autosave.
        QTest::qWait(i % 40 == 39 ? 600 : 120);
    }
    std::printf("\nKeystroke (%d keys, with autosave and preview running as in real use)\n", keys);
    row("keystroke handler (key event returns)", stats(handler));
    row("keystroke -> editor repainted", stats(repaint));
    if (!written.empty())
        row("bytes the process wrote inside the handler (*)", stats(written), "B ");
    std::printf("  autosaves that ran inside a keystroke handler: %d of %d\n", savesDuringHandler, int(saved.count()));
    std::printf("  keystrokes during which the workspace or its WAL changed: %d of %d\n", workspaceWritesDuringHandler, keys);
    std::printf("  (*) write(2) bytes from /proc/self/io: the event loop's wake-ups (eventfd, 8 B each) and, on\n"
                "      xcb, X11 requests; the workspace files are checked on their own in the line above\n");

    // Keystroke → autosave: the debounce (ReportSession::kSaveDelayMs) plus the write.
    std::vector<double> toSave, flushTime;
    for (int i = 0; i < 10; ++i) {
        const int count = int(saved.count());
        QElapsedTimer t;
        t.start();
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QStringLiteral("治"), Qt::NoModifier);
        while (saved.count() == count && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        toSave.push_back(double(t.nsecsElapsed()) / 1e6);
        // The write alone, on the GUI thread.
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QStringLiteral("理"), Qt::NoModifier);
        QElapsedTimer f;
        f.start();
        (void)window.session()->flush();  // a benchmark: the write is what is timed
        flushTime.push_back(double(f.nsecsElapsed()) / 1e6);
    }
    std::printf("\nAutosave (debounce %d ms)\n", ReportSession::kSaveDelayMs);
    row("last keystroke -> saved in the workspace", stats(toSave));
    row("the write itself (GUI thread busy)", stats(flushTime));

    // The preview: one paragraph's characters versus the whole document.
    ui::PreviewPane *preview = window.preview();
    std::vector<double> partial, full;
    for (int i = 0; i < 20; ++i) {
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QStringLiteral("法"), Qt::NoModifier);
        QElapsedTimer t;
        t.start();
        preview->flushPending();
        preview->viewport()->repaint();
        partial.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        preview->setZoomSteps(preview->zoomSteps());  // re-typesets everything
        preview->viewport()->repaint();
        full.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("\nPreview\n");
    row("partial update (one paragraph) + repaint", stats(partial));
    row("full re-render + repaint (structure changes)", stats(full));
    (void)window.session()->flush();  // a benchmark: the write is what is timed
}

// One start of a program that prints main-started-ns, first-paint-ms and ready-ms (--measure-startup), in
// milliseconds. A cold start begins when the program is launched: `loading` is the time from the launch
// to main() (starting the process, loading and linking the program and its libraries), which the
// first paint and the report painted are counted from main() on top of.
struct Start {
    double loading = 0;     // launched to main()
    double firstPaint = 0;  // main() to the end of the first paint of the window
    double ready = 0;       // main() to the last report painted in it (the same for an empty workspace)
    double wall = 0;        // the whole process, launched and quit
    double firstPaintFromLaunch() const { return loading + firstPaint; }
    double readyFromLaunch() const { return loading + ready; }
};

std::optional<Start> launch(const QString &program, const QStringList &args, const QString &configHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);  // leave the user's settings alone
    if (env.value(QStringLiteral("DISPLAY")).isEmpty() && env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        && env.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    const qint64 launchedNs = fazhi::ui::steadyClockNs();
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return std::nullopt;
    }
    const double wall = double(fazhi::ui::steadyClockNs() - launchedNs) / 1e6;
    static const QRegularExpression mainRe(QStringLiteral("main-started-ns ([0-9]+)"));
    static const QRegularExpression paintRe(QStringLiteral("first-paint-ms ([0-9.]+)"));
    static const QRegularExpression readyRe(QStringLiteral("ready-ms ([0-9.]+)"));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto s = mainRe.match(out);
    const auto m = paintRe.match(out);
    const auto r = readyRe.match(out);
    if (!s.hasMatch() || !m.hasMatch() || !r.hasMatch())
        return std::nullopt;
    const double loading = double(s.captured(1).toLongLong() - launchedNs) / 1e6;
    return Start{loading, m.captured(1).toDouble(), r.captured(1).toDouble(), wall};
}

struct StartFigures {
    std::vector<double> loading, firstPaint, firstPaintFromMain, ready, wall;
    void add(const Start &s)
    {
        loading.push_back(s.loading);
        firstPaint.push_back(s.firstPaintFromLaunch());
        firstPaintFromMain.push_back(s.firstPaint);
        ready.push_back(s.readyFromLaunch());
        wall.push_back(s.wall);
    }
};

void benchStartup(const QString &dirPath, int runs, int reports)
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QString app = QDir(bin).filePath(QStringLiteral("fazhi-report"));
    const QString empty = QDir(bin).filePath(QStringLiteral("bench-empty-window"));
    const QString config = QDir(dirPath).filePath(QStringLiteral("config"));
    const QString emptyWs = QDir(dirPath).filePath(QStringLiteral("empty.fazhi"));
    const QString bigWs = QDir(dirPath).filePath(QStringLiteral("big.fazhi"));
    if (!QFileInfo::exists(bigWs)) {
        auto ws = Workspace::open(bigWs);
        if (!ws.ok())
            return;
        QElapsedTimer t;
        t.start();
        const Report base = twentyPages();
        for (int i = 0; i < reports; ++i) {
            Report r = base;
            r.id = QUuid();
            r.details.organization = QStringLiteral("第%1镇人民政府").arg(i % 200 + 1);
            r.details.year = 2016 + i % 10;
            // Fresh ids for every node.
            r.parts = {};
            for (const Part &p : base.parts) {
                Part copy = p;
                copy.id = QUuid();
                for (auto &x : copy.intro.paragraphs) x.id = QUuid();
                for (auto &x : copy.intro.points) x.id = QUuid();
                for (Section &s : copy.sections) {
                    s.id = QUuid();
                    for (auto &x : s.body.paragraphs) x.id = QUuid();
                    for (auto &x : s.body.points) x.id = QUuid();
                    for (auto &x : s.facts) x.id = QUuid();
                }
                r.parts.append(copy);
            }
            assignMissingIds(r);
            if (!ws.value()->insertReport(r).ok())
                break;
        }
        std::printf("\n(made a workspace of %d reports of about 20 pages in %.1f s, %.0f MB)\n", reports,
                    double(t.elapsed()) / 1000.0, double(QFileInfo(bigWs).size()) / 1e6);
    }
    // Warm the file cache and fonts once, then measure in rounds: each round launches every program once,
    // so a machine that slows down or speeds up meanwhile affects all of them alike, and each round
    // gives its own ratio to the floor (the ratio is the median of those).
    const QStringList bigArgs{QStringLiteral("--workspace"), bigWs, QStringLiteral("--measure-startup")};
    const QStringList emptyArgs{QStringLiteral("--workspace"), emptyWs, QStringLiteral("--measure-startup")};
    (void)launch(app, bigArgs, config);
    StartFigures e, t, a0, a1;
    std::vector<double> ratioEmpty, ratioBig, ratioTextEmpty, ratioTextBig, mainRatioEmpty, mainRatioBig;
    for (int round = 0; round < runs; ++round) {
        const auto floor = launch(empty, {}, config);
        const auto text = launch(empty, {QStringLiteral("--text")}, config);
        const auto appEmpty = launch(app, emptyArgs, config);
        const auto appBig = launch(app, bigArgs, config);
        if (!floor || !text || !appEmpty || !appBig)
            continue;
        e.add(*floor);
        t.add(*text);
        a0.add(*appEmpty);
        a1.add(*appBig);
        ratioEmpty.push_back(appEmpty->firstPaintFromLaunch() / floor->firstPaintFromLaunch());
        ratioBig.push_back(appBig->firstPaintFromLaunch() / floor->firstPaintFromLaunch());
        ratioTextEmpty.push_back(appEmpty->firstPaintFromLaunch() / text->firstPaintFromLaunch());
        ratioTextBig.push_back(appBig->firstPaintFromLaunch() / text->firstPaintFromLaunch());
        mainRatioEmpty.push_back(appEmpty->firstPaint / floor->firstPaint);
        mainRatioBig.push_back(appBig->firstPaint / floor->firstPaint);
    }
    const QByteArray many = QByteArrayLiteral("fazhi-report, ") + QByteArray::number(reports) + " reports";
    std::printf("\nCold start: from launching the program to the end of its window's first paint (%d rounds,\n"
                "each launching every program once)\n", runs);
    row("empty Qt Widgets window (the floor)", stats(e.firstPaint));
    row("the same with one line of Chinese", stats(t.firstPaint));
    row("fazhi-report, empty workspace", stats(a0.firstPaint));
    row(many.constData(), stats(a1.firstPaint));
    row((many + ": the last report painted").constData(), stats(a1.ready));
    std::printf("  first paint / floor, median of the rounds: empty workspace %.1fx, %d reports %.1fx (aim: 3x);\n"
                "  / one line of Chinese: %.1fx, %.1fx\n",
                bench::median(ratioEmpty), reports, bench::median(ratioBig), bench::median(ratioTextEmpty),
                bench::median(ratioTextBig));
    std::printf("\nOf that: launch to main() (starting the process, loading and linking its libraries)\n");
    row("empty Qt Widgets window", stats(e.loading));
    row("fazhi-report", stats(a1.loading));
    std::printf("and main() to the end of the first paint\n");
    row("empty Qt Widgets window", stats(e.firstPaintFromMain));
    row("fazhi-report, empty workspace", stats(a0.firstPaintFromMain));
    row(many.constData(), stats(a1.firstPaintFromMain));
    std::printf("  from main() / floor from main(), median of the rounds: empty workspace %.1fx, %d reports %.1fx\n",
                bench::median(mainRatioEmpty), reports, bench::median(mainRatioBig));
    std::printf("\nWhole process, launched to quit (fazhi-report opens the last report after the first paint)\n");
    row("empty Qt Widgets window", stats(e.wall));
    row("fazhi-report, empty workspace", stats(a0.wall));
    row(many.constData(), stats(a1.wall));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        std::printf("  (offscreen: without a window system the empty window costs almost nothing, so the ratios\n"
                    "  say little; scripts/bench.sh runs this under Xvfb when it is installed)\n");
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReportBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench-gui"));
    int keys = 200, starts = 5, reports = 1000;
    QString keepDir;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keys")) keys = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--starts")) starts = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--reports")) reports = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--dir")) keepDir = args.at(i + 1);
    }
    QTemporaryDir temporary;
    const QString dirPath = keepDir.isEmpty() ? temporary.path() : keepDir;
    QDir().mkpath(dirPath);
    ui::AppSettings::useFile(QDir(dirPath).filePath(QStringLiteral("settings.ini")));
    ui::Prompts::setAutomatic(true);
    std::printf("bench-gui\n");
    // Start-up first, while this process is small: launching a program forks it, and that counts.
    benchStartup(dirPath, starts, reports);
    if (keys > 0)
        benchTyping(dirPath, keys);
    return 0;
}

#endif
