// .docx export figures.
//   - renderDocx (layout included) for reports of about 10, 50 and 100 pages, median of N runs each;
//     the cost should grow linearly with the page count (aim: under 2 s for 100 pages);
//   - pandoc turning the same report's text (renderText) into .docx, side by side (aim: we are faster);
//   - LibreOffice converting our 100-page .docx to PDF, measured once (and its page count).
//
//   bench-docx [runs]      (default 5)

#include "BenchTiming.h"

#include "export/DocxWriter.h"
#include "export/TextWriter.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fazhi;

namespace {

// Sentences of the kind township reports are made of, with statistics and Latin text.
const char16_t *const kSentences[] = {
    u"镇党委、政府召开党政联席会4次，专题研究法治政府建设工作，印发年度责任清单。",
    u"结合“八五”普法规划，开展食品药品、生态环境、安全生产等重点领域普法宣传，发放宣传册10000余份、横幅218条。",
    u"全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，全年办理行政处罚案件37件。",
    u"依托“援法议事”和“警法融合”品牌，化解矛盾纠纷946件，调解成功率达98.5%。",
    u"15个行政村（社区）全部配备法律顾问，每个自然村网格配备2名法律明白人，协助政府依法行政。",
    u"通过政务公众号、镇村公示栏和OA系统等渠道公开政府信息320条，保障信息公开时效性和透明度。",
    u"组织领导干部旁听庭审3次、集中学法12次，法治素养和依法履职情况纳入干部考核评价的重要内容。",
};

QString paragraphText(int seed, int sentences)
{
    QString s;
    const int n = int(std::size(kSentences));
    for (int i = 0; i < sentences; ++i)
        s += QString::fromUtf16(kSentences[(seed + i) % n]);
    return s;
}

// A work area: run-in lead, two paragraphs, three run-in points; about six tenths of a page.
Section workArea(int index)
{
    Section s;
    s.lead = QStringLiteral("推进第%1项重点任务，提升依法治理水平。").arg(index + 1);
    s.body.paragraphs = {{newId(), paragraphText(index, 3)}, {newId(), paragraphText(index + 3, 2)}};
    s.body.points = {{newId(), QStringLiteral("加强组织领导，统筹谋划部署各项工作；")},
                     {newId(), QStringLiteral("压实工作责任，对履职情况进行跟踪问效；")},
                     {newId(), paragraphText(index + 5, 1)}};
    return s;
}

// A complete report of roughly `pages` GB/T 9704 pages.
Report reportOfPages(int pages)
{
    Report r = makeTemplateReport(QStringLiteral("兴化市陶庄镇人民政府"), 2023);
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.date = QDate(2024, 2, 22);
    r.preamble = {{newId(), paragraphText(0, 2)}};
    Part &measures = r.parts[0];
    measures.sections.clear();
    const int areas = std::max(1, int(std::lround(pages * 5 / 3.0)) - 1);
    for (int i = 0; i < areas; ++i)
        measures.sections.append(workArea(i));
    for (int i = 1; i < r.parts.size(); ++i)
        r.parts[i].intro.paragraphs = {{newId(), paragraphText(i, 3)}};
    r.closing = {{newId(), QStringLiteral("特此报告。")}};
    assignMissingIds(r);
    return r;
}

// Lines the layout takes at 28 characters per line (CJK one cell, other characters half), over 22.
double estimatedPages(const DocumentLayout &layout, const PageProfile &profile)
{
    double lines = 2;  // the title's blank line and the signature's
    for (const Block &b : layout.blocks) {
        double cells = profile.firstLineIndentChars;
        for (QChar c : b.text())
            cells += c.unicode() >= 0x2E80 ? 1.0 : 0.5;
        lines += std::ceil(cells / profile.charsPerLine);
    }
    return lines / profile.linesPerPage;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int runProcess(const QString &program, const QStringList &args, int timeoutMs, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QCoreApplication::arguments().at(1).toInt()) : 5;
    const PageProfile profile = gbt9704Profile();
    QTemporaryDir dir;
    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));

    std::printf("bench-docx: .docx export, median of %d runs (layout + renderDocx; pandoc as a separate process)\n",
                runs);
    std::printf("%8s %10s %10s %12s %10s %12s %10s\n", "pages~", "blocks", "bytes", "ours ms", "ms/page",
                "pandoc ms", "ratio");
    QString docx100;
    double ours100 = 0;
    for (const int pages : {10, 50, 100}) {
        const Report report = reportOfPages(pages);
        const DocumentLayout layout = buildLayout(report, LayoutTarget::Document);
        const double estimate = estimatedPages(layout, profile);
        QByteArray bytes;
        const double ours = bench::medianMs(runs, [&] {
            const Result<QByteArray> docx = renderDocx(report, buildLayout(report, LayoutTarget::Document), profile);
            if (!docx.ok()) {
                std::fprintf(stderr, "renderDocx failed: %s\n", qPrintable(docx.error().message));
                std::exit(1);
            }
            bytes = docx.value();
        });
        const QString docxPath = dir.filePath(QStringLiteral("report-%1.docx").arg(pages));
        writeFile(docxPath, bytes);

        QString pandocCell = QStringLiteral("n/a"), ratioCell = QStringLiteral("n/a");
        if (!pandoc.isEmpty()) {
            const QString textPath = dir.filePath(QStringLiteral("report-%1.txt").arg(pages));
            writeFile(textPath, renderText(buildLayout(report, LayoutTarget::Web)).toUtf8());
            const QString outPath = dir.filePath(QStringLiteral("pandoc-%1.docx").arg(pages));
            bool failed = false;
            const double theirs = bench::medianMs(runs, [&] {
                failed |= runProcess(pandoc, {QStringLiteral("-f"), QStringLiteral("markdown"), QStringLiteral("-t"),
                                              QStringLiteral("docx"), QStringLiteral("-o"), outPath, textPath},
                                     120000)
                    != 0;
            });
            pandocCell = failed ? QStringLiteral("failed") : QString::number(theirs, 'f', 1);
            ratioCell = failed ? QString() : QStringLiteral("%1x").arg(theirs / ours, 0, 'f', 1);
        }
        std::printf("%8.0f %10lld %10lld %12.2f %10.3f %12s %10s\n", estimate, qlonglong(layout.blocks.size()),
                    qlonglong(bytes.size()), ours, ours / estimate, qPrintable(pandocCell), qPrintable(ratioCell));
        if (pages == 100) {
            docx100 = docxPath;
            ours100 = ours;
        }
    }
    std::printf("100 pages: %.1f ms (aim: < 2000 ms) — %s\n", ours100, ours100 < 2000 ? "ok" : "TOO SLOW");

    // LibreOffice, once: a real renderer's time for the same file, and the true page count.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (soffice.isEmpty()) {
        std::printf("LibreOffice: not installed, skipped\n");
        return 0;
    }
    const QString outDir = dir.filePath(QStringLiteral("pdf"));
    QDir().mkpath(outDir);
    QElapsedTimer t;
    t.start();
    const int rc = runProcess(soffice,
                              {QStringLiteral("-env:UserInstallation=")
                                   + QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString(),
                               QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                               QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, docx100},
                              600000);
    const double loMs = t.nsecsElapsed() / 1e6;
    const QString pdf = outDir + QStringLiteral("/report-100.pdf");
    int loPages = -1;
    if (!pdfinfo.isEmpty() && QFile::exists(pdf)) {
        QByteArray info;
        runProcess(pdfinfo, {pdf}, 60000, &info);
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info));
        loPages = m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    std::printf("LibreOffice .docx -> PDF of the ~100-page report, once (fresh profile included): %.0f ms, exit %d, "
                "%d pages\n",
                loMs, rc, loPages);
    return 0;
}
