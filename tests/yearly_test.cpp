// The yearly cycle (issue 16): next year's report from this year's, the follow-up of last year's
// plans and shortcomings, and the figures across years. Pure functions over reports, tested on the
// real sample (through the text importer) and on cases of their own.

#include "TestSupport.h"

#include "import/TextImporter.h"
#include "model/NextYear.h"
#include "model/PartKinds.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace fazhi;

namespace {

QString S(const char16_t *s) { return QString::fromUtf16(s); }

Report importSample()
{
    Result<Report> r = importTextFile(test::samplePath());
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : Report{};
}

QSet<QUuid> allIds(const Report &r)
{
    QSet<QUuid> ids{r.id};
    for (const Part &p : r.parts) {
        ids.insert(p.id);
        for (const Section &s : p.sections)
            ids.insert(s.id);
    }
    return ids;
}

// Every heading a reader sees: the title, the parts' headings, the sections' leads.
QStringList headings(const Report &r)
{
    QStringList out{r.effectiveTitle()};
    for (const Part &p : r.parts) {
        out << r.effectiveHeading(p);
        for (const Section &s : p.sections)
            out << s.lead;
    }
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Years moved with the report

TEST(ShiftYears, ReviewAndPlansYearsMoveByOne)
{
    EXPECT_EQ(shiftReportYears(S(u"2023年工作回顾"), 2023, 2024), S(u"2024年工作回顾"));
    EXPECT_EQ(shiftReportYears(S(u"2024年工作计划"), 2023, 2024), S(u"2025年工作计划"));
    EXPECT_EQ(shiftReportYears(S(u"2024年度，我镇将从以下三个方面持续发力"), 2023, 2024),
              S(u"2025年度，我镇将从以下三个方面持续发力"));
    EXPECT_EQ(shiftReportYears(S(u"2022年问题整改情况"), 2023, 2024), S(u"2023年问题整改情况"));
    EXPECT_EQ(shiftReportYears(S(u"陶庄镇2023法治政府建设情况报告"), 2023, 2024), S(u"陶庄镇2024法治政府建设情况报告"));
    // A custom heading with two years, and a later target year (--year 2026).
    EXPECT_EQ(shiftReportYears(S(u"2023年成效与2024年打算"), 2023, 2026), S(u"2026年成效与2027年打算"));
}

TEST(ShiftYears, ChineseNumeralAndFullWidthYearsKeepTheirForm)
{
    EXPECT_EQ(shiftReportYears(S(u"二〇二三年法治政府建设情况"), 2023, 2024), S(u"二〇二四年法治政府建设情况"));
    EXPECT_EQ(shiftReportYears(S(u"二○二三年度"), 2023, 2024), S(u"二○二四年度"));
    EXPECT_EQ(shiftReportYears(S(u"二零二四年工作打算"), 2023, 2024), S(u"二零二五年工作打算"));
    EXPECT_EQ(shiftReportYears(S(u"二〇二九年"), 2029, 2030), S(u"二〇三〇年"));
    EXPECT_EQ(shiftReportYears(S(u"２０２３年工作回顾"), 2023, 2024), S(u"２０２４年工作回顾"));
}

TEST(ShiftYears, FixedYearsStay)
{
    // A plan's period, as a range in any form, and a document's name.
    EXPECT_EQ(shiftReportYears(S(u"落实《法治政府建设实施纲要（2021—2025年）》"), 2024, 2025),
              S(u"落实《法治政府建设实施纲要（2021—2025年）》"));
    EXPECT_EQ(shiftReportYears(S(u"实施纲要(2021-2025年)"), 2024, 2025), S(u"实施纲要(2021-2025年)"));
    EXPECT_EQ(shiftReportYears(S(u"2023年至2025年三年行动"), 2023, 2024), S(u"2023年至2025年三年行动"));
    EXPECT_EQ(shiftReportYears(S(u"贯彻《2023年全市法治政府建设工作要点》"), 2023, 2024),
              S(u"贯彻《2023年全市法治政府建设工作要点》"));
    // Years far from the report, and a starting point other than the year itself.
    EXPECT_EQ(shiftReportYears(S(u"2020年以来的经验"), 2023, 2024), S(u"2020年以来的经验"));
    EXPECT_EQ(shiftReportYears(S(u"2022年以来持续推进"), 2023, 2024), S(u"2022年以来持续推进"));
    EXPECT_EQ(shiftReportYears(S(u"2023年以来，我镇"), 2023, 2024), S(u"2024年以来，我镇"));
    // Counts and other numbers that are not years.
    EXPECT_EQ(shiftReportYears(S(u"化解纠纷2023件"), 2023, 2024), S(u"化解纠纷2023件"));
    EXPECT_EQ(shiftReportYears(S(u"发放宣传册12023份"), 2023, 2024), S(u"发放宣传册12023份"));
    EXPECT_EQ(shiftReportYears(S(u"二〇二三"), 2023, 2024), S(u"二〇二三"));
    EXPECT_EQ(shiftReportYears(S(u"一是加强学习"), 2023, 2024), S(u"一是加强学习"));
    // Only the document's name keeps its year; the year outside moves.
    EXPECT_EQ(shiftReportYears(S(u"2023年贯彻《2023年工作要点》情况"), 2023, 2024),
              S(u"2024年贯彻《2023年工作要点》情况"));
}

TEST(NextYear, SampleGivesA2024ReportWithNo2023WhereAYearMoves)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report source = importSample();
    ASSERT_EQ(source.details.year, 2023);
    const NextYear next = nextYearReport(source);

    EXPECT_EQ(next.sourceId, source.id);
    const Report &r = next.report;
    EXPECT_EQ(r.details.year, 2024);
    EXPECT_EQ(r.status, ReportStatus::Draft);
    EXPECT_EQ(r.details.organization, source.details.organization);
    EXPECT_EQ(r.details.source, source.details.source);
    EXPECT_EQ(r.details.addressee, source.details.addressee);
    EXPECT_EQ(r.details.signature, source.details.signature);
    EXPECT_TRUE(r.details.publishedOn.isEmpty());
    EXPECT_FALSE(r.details.date.isValid());
    EXPECT_EQ(r.effectiveTitle(), S(u"兴化市陶庄镇人民政府2024年度法治政府建设情况报告"));

    // The parts with their kinds, in order; the headings with the new years.
    ASSERT_EQ(r.parts.size(), source.parts.size());
    for (int i = 0; i < r.parts.size(); ++i)
        EXPECT_EQ(r.parts[i].kind, source.parts[i].kind);
    EXPECT_EQ(r.effectiveHeading(r.parts[0]), S(u"2024年工作回顾"));
    EXPECT_EQ(r.effectiveHeading(r.parts[3]), S(u"2025年度,我镇将从以下三个方面持续发力,进一步做好全镇的法治建设工作。"));

    const QStringList all = headings(r);
    for (const QString &h : all)
        EXPECT_FALSE(h.contains(QStringLiteral("2023"))) << h.toStdString();
    EXPECT_TRUE(all.join(QString()).contains(QStringLiteral("2025")));

    // The five work areas' leads carried as they were; no body text, no facts.
    ASSERT_EQ(r.parts[0].sections.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(r.parts[0].sections[i].lead, source.parts[0].sections[i].lead);
        EXPECT_EQ(r.parts[0].sections[i].headingStyle, source.parts[0].sections[i].headingStyle);
        EXPECT_TRUE(r.parts[0].sections[i].body.isEmpty());
        EXPECT_TRUE(r.parts[0].sections[i].facts.isEmpty());
    }
    EXPECT_EQ(r.parts[0].sections[2].lead, S(u"加大宣传力度，营造良好氛围。").replace(QChar(0xFF0C), QChar(u',')));
    for (const Part &p : r.parts)
        EXPECT_TRUE(p.intro.isEmpty());
    // Last year's shortcomings and plans are follow-up items, not this year's starting text.
    EXPECT_TRUE(r.parts[2].sections.isEmpty());
    EXPECT_TRUE(r.parts[3].sections.isEmpty());
    EXPECT_TRUE(r.preamble.isEmpty());
    EXPECT_TRUE(r.closing.isEmpty());
    EXPECT_TRUE(r.importNotes.isEmpty());

    // New ids everywhere.
    const QSet<QUuid> newIds = allIds(r);
    EXPECT_FALSE(newIds.intersects(allIds(source)));
    EXPECT_FALSE(newIds.contains(QUuid()));
}

TEST(NextYear, TypedTitleAndCustomHeadingsMoveAndAnExplicitYearIsUsed)
{
    Report source = makeTemplateReport(S(u"青山镇人民政府"), 2024);
    source.id = newId();
    source.details.title = S(u"青山镇人民政府关于二〇二四年度法治政府建设情况的报告");
    source.parts[0].heading = S(u"2024年主要举措和成效");
    source.parts[0].sections[0].lead = S(u"深入贯彻《法治政府建设实施纲要（2021—2025年）》，2024年完成各项任务。");
    Part custom;
    custom.id = newId();
    custom.kind = PartKind::Custom;
    custom.heading = S(u"2023年问题整改“回头看”");
    source.parts.append(custom);

    const NextYear next = nextYearReport(source, 2026);
    EXPECT_EQ(next.report.details.year, 2026);
    EXPECT_EQ(next.report.details.title, S(u"青山镇人民政府关于二〇二六年度法治政府建设情况的报告"));
    EXPECT_EQ(next.report.parts[0].heading, S(u"2026年主要举措和成效"));
    EXPECT_EQ(next.report.parts[0].sections[0].lead,
              S(u"深入贯彻《法治政府建设实施纲要（2021—2025年）》，2026年完成各项任务。"));
    EXPECT_EQ(next.report.parts.last().heading, S(u"2025年问题整改“回头看”"));
    EXPECT_EQ(next.report.parts.last().kind, PartKind::Custom);
    // An empty heading stays empty: the kind's default follows the year.
    const Part &plans = next.report.parts[3];
    EXPECT_TRUE(plans.heading.isEmpty());
    EXPECT_EQ(next.report.effectiveHeading(plans), defaultPartHeading(PartKind::Plans, 2026));
    EXPECT_TRUE(next.report.effectiveHeading(plans).contains(QStringLiteral("2027")));
}
