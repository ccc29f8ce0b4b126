// bench-check: how long the checks take on a 100-page report.
//
// A page of GB/T 9704 body text holds 22 lines of 28 characters (616 characters); the report built
// here has at least 100 pages of text: the clean paragraphs of tests/data mixed with faulty ones
// (unpaired marks, half-width punctuation, lost numerals, near-miss titles, counts without units),
// in 10 parts of 12 work areas each, with facts, plus a previous-year report of the same size for
// the repeated-text rule. Prints the median of full checks, of one-node checks and of incremental
// re-checks. Exit status 1 when a full check takes 100 ms or more.

#include "BenchTiming.h"

#include "check/Checker.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fazhi;

namespace {

constexpr int kCharsPerPage = 22 * 28;
constexpr int kPages = 100;

QStringList cleanParagraphs()
{
    QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/clean_paragraphs.txt"));
    QStringList list;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                list.append(line.trimmed());
        }
    }
    if (list.isEmpty())
        list.append(QStringLiteral("镇党委、政府坚持把法治政府建设摆在全局工作的突出位置，全年召开专题会议6次，研究解决重点难点问题12个。"));
    return list;
}

const QStringList kFaulty = {
    QStringLiteral("奋力谱写幸福陶庄”高质量发展新篇章,为全镇发展提供坚实法治保障。"),
    QStringLiteral("结合“八五普法、“省级民主法治示范村创建”等工作，制定了领导干部学法方案。"),
    QStringLiteral("结合兴化市政法系统普法宣传月暨政法护航平安专项行动方案》，发放宣传册10000余份、横幅218条。"),
    QStringLiteral("一是全面推进行政执法标准化建设。是加大行政执法监督力度。是加大法治监督力度。"),
    QStringLiteral("根据法治政府建设实施纲要(2021-2025年)和省、市实施方案，落实年度报告制度。"),
    QStringLiteral("全镇各类调解组织全年化解矛盾纠纷946，今年以来 受理群众来访152批次。。"),
    QStringLiteral("于2024年02月22日召开推进会，1、明确任务；2、压实责任。"),
    // the proofreading of issue 15: typos, time expressions, doubled words, formulations, set phrases, titles
    QStringLiteral("2023年来，镇党委认真布署，截止目前进一步进一步落实二十届党的三中全会精神和法制思维。"),
    QStringLiteral("司法所综治中心组织学习《宪法》、《民法典》，按时报送法治政府年度报告。"),
};

Report buildReport(int year, const QStringList &clean, int salt)
{
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), year);
    r.parts.removeLast();  // the empty "other" part
    int chars = 0;
    int n = salt;
    auto next = [&]() {
        const bool faulty = n % 5 == 0;
        const QString text = faulty ? kFaulty.at((n / 5) % kFaulty.size()) : clean.at(n % clean.size());
        ++n;
        chars += int(text.size());
        return text;
    };
    Part &measures = r.parts[0];
    measures.sections.clear();
    for (int p = 0; chars < kPages * kCharsPerPage; ++p) {
        Part *part = &measures;
        if (p > 0) {
            r.parts.insert(p, Part{newId(), PartKind::Measures, QStringLiteral("坚持依法行政，推进第%1项重点工作").arg(p), {}, {}});
            part = &r.parts[p];
        }
        for (int s = 0; s < 12; ++s) {
            Section section;
            section.id = newId();
            section.lead = QStringLiteral("强化组织领导，完善工作机制。");
            for (int i = 0; i < 4; ++i)
                section.body.paragraphs.append(Paragraph{newId(), next()});
            section.body.points.append(Point{newId(), next()});
            section.facts.append(Fact{newId(), QStringLiteral("化解矛盾纠纷"), QStringLiteral("946"), QStringLiteral("件"), QString()});
            section.facts.append(Fact{newId(), QStringLiteral("横幅"), QStringLiteral("218"), QStringLiteral("条"), QString()});
            part->sections.append(section);
        }
    }
    for (Part &part : r.parts) {
        if (part.kind != PartKind::Measures)
            part.intro.paragraphs.append(Paragraph{newId(), next()});
    }
    r.details.date = QDate(year + 1, 2, 20);
    r.details.publishedOn = QStringLiteral("%1-02-22 10:20").arg(year + 1);
    assignMissingIds(r);
    return r;
}

int totalChars(const Report &r)
{
    int n = 0;
    for (const Part &p : r.parts) {
        n += int(r.effectiveHeading(p).size());
        for (const Paragraph &x : p.intro.paragraphs)
            n += int(x.text.size());
        for (const Section &s : p.sections) {
            n += int(s.lead.size());
            for (const Paragraph &x : s.body.paragraphs)
                n += int(x.text.size());
            for (const Point &x : s.body.points)
                n += int(x.text.size());
        }
    }
    return n;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList clean = cleanParagraphs();
    const Report report = buildReport(2023, clean, 0);
    const Report previous = buildReport(2022, clean, 3);

    check::CheckContext context;
    QElapsedTimer prep;
    prep.start();
    context.setPreviousYear(previous);
    const double prepMs = double(prep.nsecsElapsed()) / 1e6;

    QList<check::Finding> findings;
    const double full = bench::medianMs(21, [&] { findings = check::checkReport(report, context); });
    const QUuid paragraph = report.parts.at(2).sections.at(5).body.paragraphs.at(1).id;
    const double node = bench::medianMs(101, [&] { (void)check::checkNode(report, paragraph, context); });
    const double recheck = bench::medianMs(101, [&] {
        QList<check::Finding> copy = findings;
        check::recheckNode(copy, report, paragraph, context);
    });
    const check::FindingCounts counts = check::countFindings(findings);

    const int chars = totalChars(report);
    out << "report: " << chars << " characters = " << chars / kCharsPerPage << " pages of " << kCharsPerPage
        << " characters, " << report.parts.size() << " parts\n";
    out << "findings: " << findings.size() << " (" << counts.errors << " errors, " << counts.warnings
        << " warnings, " << counts.hints << " hints)\n";
    out << "previous-year index: " << QString::number(prepMs, 'f', 2) << " ms (once per session)\n";
    out << "check " << kPages << " pages: " << QString::number(full, 'f', 2) << " ms (median of 21)\n";
    out << "check one paragraph (checkNode): " << QString::number(node, 'f', 3) << " ms\n";
    out << "re-check after an edit (recheckNode, report rules included): " << QString::number(recheck, 'f', 3)
        << " ms\n";
    out.flush();
    return full < 100.0 ? 0 : 1;
}
