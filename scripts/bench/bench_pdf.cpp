// PDF export figures: time to render reports of about 10, 50 and 100 pages (median of 3 runs each).
// Cost should grow linearly with the page count.
//
//   bench-pdf [runs]

#include "BenchTiming.h"

#include "export/PdfWriter.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fazhi;

namespace {

// One work area: a run-in lead, a paragraph with figures and Latin text, three run-in points.
// About two thirds of a page.
Section workArea(int n)
{
    Section s;
    s.id = newId();
    s.lead = QStringLiteral("推进第%1项重点工作，提升依法行政水平。").arg(n);
    s.body.paragraphs.append({newId(), QStringLiteral(
        "镇党委、政府坚持以人民为中心，围绕“12·4”国家宪法日等节点开展法治宣传，发放宣传册10000余份、"
        "横幅218条，群众法治知识知晓率达95.6%。依托ABC法治学堂线上平台推送普法信息360余条，组织工作人员"
        "旁听庭审3次，全年办理行政处罚案件37件，无一起行政复议纠错和行政诉讼败诉案件，文明执法长效机制"
        "不断完善。")});
    s.body.points = {
        {newId(), QStringLiteral("加强党的领导，统筹谋划部署各项工作，印发年度责任清单，明确工作目标和举措；")},
        {newId(), QStringLiteral("落实第一责任人职责，对职责履行情况进行跟踪问效，压实工作责任；")},
        {newId(), QStringLiteral("强化能力建设，通过月度工作例会等载体提高领导干部依法决策、依法管理的能力和水平。")}};
    return s;
}

Report reportWithWorkAreas(int count)
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.date = QDate(2024, 2, 22);
    Part part;
    part.id = newId();
    part.kind = PartKind::Measures;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && i % 10 == 0) {  // a new part every ten work areas, as long reports have
            r.parts.append(part);
            part = Part();
            part.id = newId();
            part.kind = PartKind::Custom;
            part.heading = QStringLiteral("第%1部分工作情况").arg(i / 10 + 1);
        }
        part.sections.append(workArea(i + 1));
    }
    r.parts.append(part);
    return r;
}

int pageCount(const QByteArray &pdf)
{
    int pages = 0;
    for (qsizetype at = 0; (at = pdf.indexOf("/Type /Page\n", at)) >= 0; ++at)
        ++pages;
    return pages;
}

struct Figure {
    int pages = 0;
    double medianMs = 0;
};

Figure measure(const DocumentLayout &layout, const PageProfile &profile, int runs)
{
    std::vector<double> times;
    Figure f;
    for (int i = 0; i < runs; ++i) {
        Result<QByteArray> pdf = QByteArray();
        times.push_back(bench::timeMs([&] { pdf = renderPdf(layout, profile, false); }));
        if (!pdf.ok()) {
            std::fprintf(stderr, "export failed: %s\n", pdf.error().message.toUtf8().constData());
            return f;
        }
        f.pages = pageCount(pdf.value());
    }
    f.medianMs = bench::median(std::move(times));
    return f;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    const PageProfile profile = gbt9704Profile();

    // Calibrate: pages per work area.
    const Figure probe = measure(buildLayout(reportWithWorkAreas(20), LayoutTarget::Document), profile, 1);
    if (probe.pages == 0)
        return 1;
    const double pagesPerArea = double(probe.pages) / 20;

    std::printf("PDF export (GB/T 9704 layout), median of %d runs\n", runs);
    std::printf("%8s %8s %12s %12s\n", "target", "pages", "time (ms)", "ms/page");
    for (int target : {10, 50, 100}) {
        const int areas = std::max(1, int(target / pagesPerArea + 0.5));
        const Figure f = measure(buildLayout(reportWithWorkAreas(areas), LayoutTarget::Document), profile, runs);
        std::printf("%8d %8d %12.1f %12.2f\n", target, f.pages, f.medianMs, f.pages ? f.medianMs / f.pages : 0.0);
    }
    return 0;
}
