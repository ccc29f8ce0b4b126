// The yearly cycle (issue 16): next year's report from this year's, the follow-up of last year's
// plans and shortcomings, and the figures across years. Pure functions over reports, tested on the
// real sample (through the text importer) and on cases of their own.

#include "TestSupport.h"

#include "import/TextImporter.h"
#include "model/Facts.h"
#include "model/FollowUp.h"
#include "model/NextYear.h"
#include "model/ReportEdit.h"
#include "model/ReportLookup.h"
#include "model/PartKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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

    // Each new part and section knows where it came from: last year's text of the same section.
    EXPECT_EQ(next.sourceNodes.size(), r.parts.size() + 5);
    for (int i = 0; i < r.parts.size(); ++i)
        EXPECT_EQ(next.sourceNodes.value(r.parts[i].id), source.parts[i].id);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(next.sourceNodes.value(r.parts[0].sections[i].id), source.parts[0].sections[i].id);

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

// ---------------------------------------------------------------------------------------------
// Follow-up of last year's plans and shortcomings

namespace {

// The 2024 report of the sample's township as a clerk would write it: the carried work areas with
// body text that reports on most of last year's promises, and one paragraph on something else.
struct ThisYear {
    Report report;
    QUuid publicity;    // reports on the plan 广泛开展法治宣传教育
    QUuid disclosure;   // on the plan 持续推进政府信息公开 and the shortcoming 信息公开不够及时
    QUuid powers;       // on the plan 严格执行权责清单制度
    QUuid training;     // on the shortcoming 法治意识和法治观念薄弱
    QUuid funding;      // on the shortcoming 经费投入较少
    QUuid safety;       // on nothing of last year's
};

ThisYear writeThisYear(const Report &lastYear)
{
    ThisYear t;
    t.report = nextYearReport(lastYear).report;
    QList<Section> &areas = t.report.parts[0].sections;
    const auto addPara = [](Section &s, const QString &text) {
        const Paragraph p = test::para(text);
        s.body.paragraphs.append(p);
        return p.id;
    };
    t.training = addPara(areas[1], S(u"组织机关干部参加依法行政专题培训4期，每季度开展领导干部学法考试，干部职工依法行政的能力和水平明显提高，法治意识进一步增强。"));
    t.publicity = addPara(areas[2], S(u"组织全体党员干部开展个人自学、集体研讨学等学法活动，深入学习党内重要法规和法律法规，党员干部守法用法能力明显增强；开展法治宣传教育进村居活动36场。"));
    t.safety = addPara(areas[3], S(u"强化安全生产监管，开展燃气安全专项整治行动，排查整改隐患218处，全镇未发生较大以上安全事故。"));
    t.disclosure = addPara(areas[4], S(u"通过政务公众号、镇村公示栏等渠道及时公开政府信息，全年主动公开政府信息126条，信息公开的时效性和透明度明显提高。"));
    t.powers = addPara(areas[4], S(u"对照权责清单制度要求，梳理镇级权力事项和职责清单，明确权力范围，建立清单动态调整机制。"));
    t.funding = addPara(areas[0], S(u"将法治政府建设经费列入年度财政预算，保障行政执法人员培训、法治宣传等工作经费。"));
    return t;
}

}  // namespace

TEST(FollowUp, SampleGivesThreePlansAndThreeShortcomingsAllOpen)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report lastYear = importSample();
    const QList<FollowUpItem> items = followUpItems(lastYear);
    ASSERT_EQ(items.size(), 6);
    const Part &plans = lastYear.parts[3];
    const Part &shortcomings = lastYear.parts[2];
    ASSERT_EQ(plans.kind, PartKind::Plans);
    ASSERT_EQ(shortcomings.kind, PartKind::Shortcomings);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(items[i].kind, FollowUpKind::Plan);
        EXPECT_EQ(items[i].source, plans.sections[i].id);
        EXPECT_EQ(items[3 + i].kind, FollowUpKind::Shortcoming);
        EXPECT_EQ(items[3 + i].source, shortcomings.intro.points[i].id);
    }
    for (const FollowUpItem &item : items) {
        EXPECT_EQ(item.status, FollowUpStatus::Open);
        EXPECT_TRUE(item.node.isNull());
        EXPECT_TRUE(item.reason.isEmpty());
        EXPECT_EQ(item.id, followUpItemId(item.kind, item.source));
    }
    EXPECT_EQ(items[0].text, S(u"广泛开展法治宣传教育"));
    EXPECT_EQ(items[1].text, S(u"持续推进政府信息公开"));
    EXPECT_EQ(items[2].text, S(u"严格执行权责清单制度"));
    EXPECT_EQ(items[4].text, S(u"建设法治政府经费投入较少,影响行政执法人员培训、宣传等工作的开展"));
    EXPECT_EQ(items[5].text, S(u"有些政府信息公开不够及时,透明度不够高"));
    // Stable: the same ids when made again, all distinct.
    const QList<FollowUpItem> again = followUpItems(lastYear);
    QSet<QUuid> ids;
    for (int i = 0; i < items.size(); ++i) {
        EXPECT_EQ(again[i].id, items[i].id);
        ids.insert(items[i].id);
    }
    EXPECT_EQ(ids.size(), 6);
}

TEST(FollowUp, PointsOrParagraphsWhereThereAreNoSections)
{
    Report r = makeTemplateReport(S(u"石桥镇人民政府"), 2023);
    Part &shortcomings = r.parts[2];
    Part &plans = r.parts[3];
    ASSERT_EQ(shortcomings.kind, PartKind::Shortcomings);
    ASSERT_EQ(plans.kind, PartKind::Plans);
    // Plans as numbered points after a lead-in paragraph: the points are the items.
    plans.intro.paragraphs = {test::para(S(u"2024年，我镇将重点抓好以下工作："))};
    plans.intro.points = {test::point(S(u"深化综合行政执法改革，规范执法程序。")),
                          test::point(S(u"加强法治宣传阵地建设；建成法治文化广场1处。"))};
    // Shortcomings as paragraphs, the first only introducing them.
    shortcomings.intro.paragraphs = {test::para(S(u"我镇法治政府建设还存在以下不足：")),
                                     test::para(S(u"一是执法队伍专业化水平不高，持证执法人员偏少。")),
                                     test::para(S(u"二是基层法治宣传形式单一！群众参与度不高。"))};
    const QList<FollowUpItem> items = followUpItems(r);
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].text, S(u"深化综合行政执法改革，规范执法程序"));
    EXPECT_EQ(items[1].text, S(u"加强法治宣传阵地建设"));
    EXPECT_EQ(items[1].source, plans.intro.points[1].id);
    EXPECT_EQ(items[2].kind, FollowUpKind::Shortcoming);
    EXPECT_EQ(items[2].source, shortcomings.intro.paragraphs[1].id);
    EXPECT_EQ(items[3].text, S(u"二是基层法治宣传形式单一"));
    // A report without either part has no items.
    Report bare;
    EXPECT_TRUE(followUpItems(bare).isEmpty());
}

TEST(FollowUp, SummaryIsTheFirstSentenceCutAtSixtyCharacters)
{
    EXPECT_EQ(followUpSummary(S(u"  强化组织领导。我镇召开会议……")), S(u"强化组织领导"));
    EXPECT_EQ(followUpSummary(S(u"学法用法；普法宣传")), S(u"学法用法"));
    const QString long_ = QString(70, QChar(0x6CD5));
    const QString summary = followUpSummary(long_);
    EXPECT_EQ(summary.size(), 60);
    EXPECT_TRUE(summary.endsWith(QChar(0x2026)));
}

TEST(FollowUp, SuggestsTheNodeThatReportsOnEachPromise)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report lastYear = importSample();
    const ThisYear t = writeThisYear(lastYear);
    const QList<FollowUpItem> items = followUpItems(lastYear);
    ASSERT_EQ(items.size(), 6);
    const QUuid expected[] = {t.publicity, t.disclosure, t.powers, t.training, t.funding, t.disclosure};
    for (int i = 0; i < 6; ++i) {
        // From the item's summary alone, and with last year's full text.
        for (const Report *full : {static_cast<const Report *>(nullptr), &lastYear}) {
            const auto s = suggestNode(items[i], t.report, full);
            ASSERT_TRUE(s.has_value()) << items[i].text.toStdString() << (full ? " (full)" : "");
            // The paragraph, or the work area that holds it: both are the right place to link.
            const Section *area = owningSection(t.report, expected[i]);
            ASSERT_NE(area, nullptr);
            EXPECT_TRUE(s->node == expected[i] || s->node == area->id)
                << items[i].text.toStdString() << " score " << s->score;
            if (full) {  // with last year's whole text the paragraph itself stands out
                EXPECT_EQ(s->node, expected[i]) << items[i].text.toStdString();
            }
            EXPECT_GE(s->score, 0.25);
            EXPECT_NE(s->node, t.safety);
        }
    }
}

TEST(FollowUp, NoSuggestionWhenNothingReportsOnIt)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report lastYear = importSample();
    ThisYear t = writeThisYear(lastYear);
    const QList<FollowUpItem> items = followUpItems(lastYear);
    // Without the paragraph on disclosure, nothing else is about it (the plans part is not a candidate).
    for (Section &s : t.report.parts[0].sections)
        s.body.paragraphs.removeIf([&](const Paragraph &p) { return p.id == t.disclosure; });
    Section plan;
    plan.id = newId();
    plan.lead = S(u"持续推进政府信息公开。");
    t.report.parts[3].sections.append(plan);
    for (const Report *full : {static_cast<const Report *>(nullptr), &lastYear}) {
        const auto s = suggestNode(items[1], t.report, full);
        EXPECT_FALSE(s.has_value()) << (s ? s->score : 0.0);
        EXPECT_FALSE(suggestNode(items[5], t.report, full).has_value());
    }
    // An empty report suggests nothing.
    EXPECT_FALSE(suggestNode(items[0], nextYearReport(lastYear).report).has_value());
}

TEST(FollowUp, JsonRoundTripWithTheIssuesFields)
{
    FollowUpItem open;
    open.id = followUpItemId(FollowUpKind::Plan, newId());
    open.kind = FollowUpKind::Plan;
    open.text = S(u"广泛开展法治宣传教育");
    open.source = newId();
    FollowUpItem reported = open;
    reported.id = newId();
    reported.kind = FollowUpKind::Shortcoming;
    reported.status = FollowUpStatus::Reported;
    reported.node = newId();
    FollowUpItem dropped = open;
    dropped.id = newId();
    dropped.status = FollowUpStatus::Dropped;
    dropped.reason = S(u"该项工作已由县司法局统一部署");
    const QList<FollowUpItem> items{open, reported, dropped};

    const QJsonArray array = toJson(items);
    const QJsonObject o = array.at(0).toObject();
    const QStringList keys = o.keys();
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()),
              (QSet<QString>{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
                             QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("node"),
                             QStringLiteral("reason")}));
    EXPECT_TRUE(o.value(QStringLiteral("node")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("plan"));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(array.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("shortcoming"));
    EXPECT_EQ(array.at(1).toObject().value(QStringLiteral("node")).toString(),
              reported.node.toString(QUuid::WithoutBraces));
    EXPECT_EQ(array.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("dropped"));

    // Through text and back.
    const QByteArray bytes = QJsonDocument(array).toJson();
    const auto back = followUpItemsFromJson(QJsonDocument::fromJson(bytes).array());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, items);

    // Bad objects name their field.
    QString bad;
    QJsonObject noKind = o;
    noKind.insert(QStringLiteral("kind"), QStringLiteral("promise"));
    EXPECT_FALSE(followUpItemFromJson(noKind, &bad).has_value());
    EXPECT_EQ(bad, QStringLiteral("kind"));
    QJsonObject reportedWithoutNode = o;
    reportedWithoutNode.insert(QStringLiteral("status"), QStringLiteral("reported"));
    EXPECT_FALSE(followUpItemFromJson(reportedWithoutNode, &bad).has_value());
    EXPECT_EQ(bad, QStringLiteral("node"));
    QJsonObject badId = o;
    badId.insert(QStringLiteral("id"), QStringLiteral("not-an-id"));
    EXPECT_FALSE(followUpItemFromJson(badId, &bad).has_value());
    EXPECT_EQ(bad, QStringLiteral("id"));
}

TEST(FollowUp, RectificationSectionOnePointPerShortcomingFromTheLinks)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report lastYear = importSample();
    ThisYear t = writeThisYear(lastYear);
    QList<FollowUpItem> items = followUpItems(lastYear);
    items[3].status = FollowUpStatus::Reported;
    items[3].node = t.training;
    items[4].status = FollowUpStatus::Dropped;
    items[4].reason = S(u"经费由市级统筹保障，不再单列");

    const Section s = rectificationSection(items, t.report);
    EXPECT_EQ(s.lead, S(u"上年度问题整改情况"));
    ASSERT_EQ(s.body.points.size(), 3);  // the shortcomings only, not the plans
    EXPECT_EQ(s.body.points[0].text,
              S(u"针对“部分干部职工的法治意识和法治观念薄弱,依法行政的能力和水平还不够高,依法行政能力有待加强”的问题，"
                u"组织机关干部参加依法行政专题培训4期，每季度开展领导干部学法考试，干部职工依法行政的能力和水平明显提高，法治意识进一步增强。"));
    EXPECT_EQ(s.body.points[1].text,
              S(u"针对“建设法治政府经费投入较少,影响行政执法人员培训、宣传等工作的开展”的问题，经费由市级统筹保障，不再单列。"));
    EXPECT_EQ(s.body.points[2].text,
              S(u"针对“有些政府信息公开不够及时,透明度不够高”的问题，（请填写整改措施和成效）。"));

    // As an edit: inserted at the end of the shortcomings part, and taken back out.
    const auto snap = rectificationInsertion(items, t.report);
    ASSERT_TRUE(snap.has_value());
    Report edited = t.report;
    ASSERT_TRUE(insertNode(edited, *snap));
    ASSERT_EQ(edited.parts[2].sections.size(), 1);
    EXPECT_EQ(edited.parts[2].sections[0].lead, S(u"上年度问题整改情况"));
    EXPECT_EQ(edited.parts[2].sections[0].body.points.size(), 3);
    ASSERT_TRUE(takeNode(edited, snap->id()).has_value());
    EXPECT_TRUE(edited.parts[2].sections.isEmpty());

    Report noShortcomings = t.report;
    noShortcomings.parts.removeAt(2);
    EXPECT_FALSE(rectificationInsertion(items, noShortcomings).has_value());
}

// ---------------------------------------------------------------------------------------------
// Facts

namespace {
struct F {
    QString label;
    double value;
    QString qualifier;
    QString unit;
};
QList<F> facts(const QString &text)
{
    QList<F> out;
    for (const SuggestedFact &f : suggestFacts(text))
        out.append(F{f.label, f.value, f.qualifier, f.unit});
    return out;
}
::testing::AssertionResult isFact(const QList<F> &list, int i, const QString &label, double value,
                                  const QString &qualifier, const QString &unit)
{
    if (i >= list.size())
        return ::testing::AssertionFailure() << "only " << list.size() << " facts";
    const F &f = list[i];
    if (f.label == label && f.value == value && f.qualifier == qualifier && f.unit == unit)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "fact " << i << ": " << f.label.toStdString() << " | " << f.value << " | "
                                         << f.qualifier.toStdString() << " | " << f.unit.toStdString();
}
}  // namespace

TEST(Facts, TheIssuesExampleAndTheSamplesPublicityFigures)
{
    const QList<F> one = facts(S(u"发放宣传资料10000余份"));
    ASSERT_EQ(one.size(), 1);
    EXPECT_TRUE(isFact(one, 0, S(u"发放宣传资料"), 10000, S(u"余"), S(u"份")));

    FAZHI_REQUIRE_SAMPLE();
    const Report sample = importSample();
    const Section &publicity = sample.parts[0].sections[2];
    const QList<F> list = facts(publicity.body.paragraphs.isEmpty() ? publicity.lead
                                                                   : publicity.body.paragraphs.last().text);
    ASSERT_EQ(list.size(), 4) << publicity.body.paragraphs.last().text.toStdString();
    EXPECT_TRUE(isFact(list, 0, S(u"发放宣传册"), 10000, S(u"余"), S(u"份")));
    EXPECT_TRUE(isFact(list, 1, S(u"横幅"), 218, QString(), S(u"条")));
    EXPECT_TRUE(isFact(list, 2, S(u"标语"), 368, QString(), S(u"处")));
    EXPECT_TRUE(isFact(list, 3, S(u"宣传板"), 160, QString(), S(u"处")));

    // 化解矛盾纠纷946件 after 全年; 清除小广告 after 全年全镇; no fact from 四个意识, 12·4, 10周年, 第六届.
    QList<F> all;
    for (const Part &p : sample.parts)
        for (const Section &s : p.sections)
            for (const Paragraph &para : s.body.paragraphs)
                all += facts(para.text);
    for (const Part &p : sample.parts)
        for (const Section &s : p.sections)
            for (const Point &point : s.body.points)
                all += facts(point.text);
    const auto find = [&](const QString &label) {
        for (const F &f : all)
            if (f.label == label)
                return std::optional<F>(f);
        return std::optional<F>();
    };
    ASSERT_TRUE(find(S(u"化解矛盾纠纷")).has_value());
    EXPECT_EQ(find(S(u"化解矛盾纠纷"))->value, 946);
    EXPECT_EQ(find(S(u"化解矛盾纠纷"))->unit, S(u"件"));
    ASSERT_TRUE(find(S(u"清除小广告")).has_value());
    EXPECT_EQ(find(S(u"清除小广告"))->value, 307);
    ASSERT_TRUE(find(S(u"整治乱堆乱放")).has_value());
    EXPECT_EQ(find(S(u"清除卫生死角"))->value, 142);
    for (const F &f : all) {
        EXPECT_NE(f.value, 4) << f.label.toStdString();
        EXPECT_NE(f.value, 10) << f.label.toStdString();
        EXPECT_NE(f.value, 2023) << f.label.toStdString();
        EXPECT_FALSE(f.label.endsWith(QChar(u'和'))) << f.label.toStdString();
    }
}

TEST(Facts, MultipliersQualifiersPercentagesAndChineseNumerals)
{
    QList<F> l = facts(S(u"全年共开展法治讲座1.2万人次，受益群众近3000人，办理法律援助案件约120件。"));
    ASSERT_EQ(l.size(), 3);
    EXPECT_TRUE(isFact(l, 0, S(u"法治讲座"), 12000, QString(), S(u"人次")));
    EXPECT_TRUE(isFact(l, 1, S(u"受益群众"), 3000, S(u"近"), S(u"人")));
    EXPECT_TRUE(isFact(l, 2, S(u"办理法律援助案件"), 120, S(u"约"), S(u"件")));

    l = facts(S(u"投入法治建设经费50万元，累计审核合同逾200份，行政复议纠错率下降到5%。"));
    ASSERT_EQ(l.size(), 3);
    EXPECT_TRUE(isFact(l, 0, S(u"投入法治建设经费"), 50, QString(), S(u"万元")));
    EXPECT_TRUE(isFact(l, 1, S(u"审核合同"), 200, S(u"逾"), S(u"份")));
    EXPECT_TRUE(isFact(l, 2, S(u"行政复议纠错率下降到"), 5, QString(), S(u"%")));

    l = facts(S(u"举办“法律明白人”培训班三期，开展送法下乡活动十二场，走访农户300多户，调解成功率达98.5%"));
    ASSERT_EQ(l.size(), 4);
    EXPECT_TRUE(isFact(l, 0, S(u"培训班"), 3, QString(), S(u"期")));
    EXPECT_TRUE(isFact(l, 1, S(u"送法下乡活动"), 12, QString(), S(u"场")));
    EXPECT_TRUE(isFact(l, 2, S(u"走访农户"), 300, S(u"多"), S(u"户")));
    EXPECT_TRUE(isFact(l, 3, S(u"调解成功率"), 98.5, QString(), S(u"%")));

    l = facts(S(u"发放宣传资料10,000份，接待群众来访1200人次以上"));
    ASSERT_EQ(l.size(), 2);
    EXPECT_TRUE(isFact(l, 0, S(u"发放宣传资料"), 10000, QString(), S(u"份")));
    EXPECT_TRUE(isFact(l, 1, S(u"接待群众来访"), 1200, S(u"以上"), S(u"人次")));

    // The number before its noun: the verb and the noun are the label.
    l = facts(S(u"开展12场法治讲座，举办3期“法律明白人”培训班，每个自然村网格都配备了2名法律明白人，镇政府和15个行政村都配备了法律顾问。"));
    ASSERT_EQ(l.size(), 3);
    EXPECT_TRUE(isFact(l, 0, S(u"开展法治讲座"), 12, QString(), S(u"场")));
    EXPECT_TRUE(isFact(l, 1, S(u"举办法律明白人培训班"), 3, QString(), S(u"期")));
    EXPECT_TRUE(isFact(l, 2, S(u"配备法律明白人"), 2, QString(), S(u"名")));
    const QString noun = S(u"全年举办3期培训班。");
    const QList<SuggestedFact> nounFacts = suggestFacts(noun);
    ASSERT_EQ(nounFacts.size(), 1);
    EXPECT_EQ(nounFacts[0].label, S(u"举办培训班"));
    EXPECT_EQ(noun.mid(nounFacts[0].start, nounFacts[0].length), S(u"举办3期培训班"));
    // Money is not a classifier: what follows is no name of it.
    l = facts(S(u"投入经费50万元用于普法阵地建设"));
    ASSERT_EQ(l.size(), 1);
    EXPECT_TRUE(isFact(l, 0, S(u"投入经费"), 50, QString(), S(u"万元")));

    // Fixed phrases, ordinals, years and dates are no facts.
    EXPECT_TRUE(suggestFacts(S(u"增强“四个意识”，坚决落实三项举措，一次性告知，第六届“百万党员学宪法”活动")).isEmpty());
    EXPECT_TRUE(suggestFacts(S(u"2023年12月4日国家宪法日，深化“矛盾不上交”三年行动")).isEmpty());

    // The span covers label to unit, and the model fact carries a plain number.
    const QString text = S(u"我镇全年化解矛盾纠纷946件。");
    const QList<SuggestedFact> s = suggestFacts(text);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(text.mid(s[0].start, s[0].length), S(u"化解矛盾纠纷946件"));
    const Fact f = suggestFacts(S(u"法治讲座1.2万人次"))[0].toFact();
    EXPECT_EQ(f.value, QStringLiteral("12000"));
    EXPECT_EQ(f.unit, S(u"人次"));
    EXPECT_FALSE(f.id.isNull());
}

TEST(Facts, ParseFactValue)
{
    EXPECT_EQ(parseFactValue(QStringLiteral("10000")), 10000.0);
    EXPECT_EQ(parseFactValue(S(u"1.2万")), 12000.0);
    EXPECT_EQ(parseFactValue(QStringLiteral("1,200")), 1200.0);
    EXPECT_EQ(parseFactValue(S(u"三")), 3.0);
    EXPECT_EQ(parseFactValue(S(u"十二")), 12.0);
    EXPECT_EQ(parseFactValue(S(u"三百六十八")), 368.0);
    EXPECT_EQ(parseFactValue(S(u"二十")), 20.0);
    EXPECT_FALSE(parseFactValue(S(u"若干")).has_value());
    EXPECT_FALSE(parseFactValue(QString()).has_value());
}

TEST(Facts, StatementsAboutThePreviousYear)
{
    // 12 against 10 is +20%.
    StatementCheck c = compareStatement(S(u"调解纠纷件数较上年增长20%。"), 12, 10);
    EXPECT_EQ(c.verdict, StatementVerdict::Holds);
    EXPECT_DOUBLE_EQ(c.stated, 20);
    EXPECT_DOUBLE_EQ(c.actual, 20);
    EXPECT_EQ(compareStatement(S(u"较上年增长20%"), 13, 10).verdict, StatementVerdict::DoesNotHold);
    // Rounded: 19.6% is written 20%; 19% is not.
    EXPECT_EQ(compareStatement(S(u"较上年增长20%"), 1196, 1000).verdict, StatementVerdict::Holds);
    EXPECT_EQ(compareStatement(S(u"较上年增长20%"), 1190, 1000).verdict, StatementVerdict::DoesNotHold);
    EXPECT_EQ(compareStatement(S(u"较上年增长20%"), 1190, 1000, 1.0).verdict, StatementVerdict::Holds);
    // Falls.
    c = compareStatement(S(u"信访总量同比下降15%"), 85, 100);
    EXPECT_EQ(c.verdict, StatementVerdict::Holds);
    EXPECT_DOUBLE_EQ(c.stated, -15);
    EXPECT_EQ(compareStatement(S(u"信访总量同比下降15%"), 115, 100).verdict, StatementVerdict::DoesNotHold);
    // Absolute changes in the fact's unit.
    EXPECT_EQ(compareStatement(S(u"审核合同比去年增加3件"), 45, 42).verdict, StatementVerdict::Holds);
    EXPECT_EQ(compareStatement(S(u"审核合同比去年增加3件"), 45, 43).verdict, StatementVerdict::DoesNotHold);
    EXPECT_EQ(compareStatement(S(u"行政诉讼案件较去年减少了2起"), 3, 5).verdict, StatementVerdict::Holds);
    // At least, flat, doubled.
    EXPECT_EQ(compareStatement(S(u"宣传活动场次同比增长30%以上"), 140, 100).verdict, StatementVerdict::Holds);
    EXPECT_EQ(compareStatement(S(u"宣传活动场次同比增长30%以上"), 125, 100).verdict, StatementVerdict::DoesNotHold);
    EXPECT_EQ(compareStatement(S(u"与上年基本持平"), 100.5, 100).verdict, StatementVerdict::Holds);
    EXPECT_EQ(compareStatement(S(u"与上年基本持平"), 110, 100).verdict, StatementVerdict::DoesNotHold);
    EXPECT_EQ(compareStatement(S(u"普法受众较上年翻一番"), 2000, 1000).verdict, StatementVerdict::Holds);
    EXPECT_EQ(compareStatement(S(u"普法受众较上年增长一倍"), 1500, 1000).verdict, StatementVerdict::DoesNotHold);
    // No statement; a percentage of nothing.
    EXPECT_EQ(compareStatement(S(u"全年化解矛盾纠纷946件"), 946, 900).verdict, StatementVerdict::NoStatement);
    EXPECT_EQ(compareStatement(S(u"较上年增长20%"), 5, 0).verdict, StatementVerdict::CannotTell);

    const QString text = S(u"全年化解纠纷946件，同比下降5.5%，其中调解成功率较上年提高2个百分点。");
    const QList<ChangeStatement> all = findChangeStatements(text);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(text.mid(all[0].start, all[0].length), S(u"同比下降5.5%"));
    EXPECT_EQ(all[0].direction, ChangeStatement::Direction::Down);
    EXPECT_DOUBLE_EQ(all[0].amount, 5.5);
    EXPECT_EQ(text.mid(all[1].start, all[1].length), S(u"较上年提高2个百分点"));
    EXPECT_EQ(all[1].unit, S(u"个百分点"));
}

TEST(Facts, TableAcrossYearsWithTheChangeAndMergedLabels)
{
    const auto report = [](int year, const QList<Fact> &figures) {
        Report r = makeTemplateReport(S(u"陶庄镇人民政府"), year);
        r.parts[0].sections[0].facts = figures;
        return r;
    };
    const Report y2023 = report(2023, {Fact{newId(), S(u"发放宣传册"), QStringLiteral("10000"), S(u"份"), S(u"余")},
                                       Fact{newId(), S(u"化解矛盾纠纷"), QStringLiteral("946"), S(u"件"), {}},
                                       Fact{newId(), S(u"审核合同"), QStringLiteral("40"), S(u"份"), {}}});
    const Report y2024 = report(2024, {Fact{newId(), S(u"发放宣传资料"), S(u"1.2万"), S(u"份"), {}},
                                       Fact{newId(), S(u"化解矛盾纠纷"), QStringLiteral("851"), S(u"件"), {}},
                                       Fact{newId(), S(u"开展法治讲座"), QStringLiteral("12"), S(u"场"), {}},
                                       Fact{newId(), S(u"开展法治讲座"), QStringLiteral("3"), S(u"场"), {}},
                                       Fact{newId(), S(u"备注"), S(u"若干"), QString(), {}}});
    QList<FactObservation> obs = factObservations(y2024) + factObservations(y2023);
    EXPECT_EQ(obs.size(), 7);  // 若干 is no number
    const QHash<QString, QString> merge{{S(u"发放宣传资料"), S(u"发放宣传册")}};
    const FactsTable t = buildFactsTable(obs, merge);
    EXPECT_EQ(t.years, (QList<int>{2023, 2024}));
    ASSERT_EQ(t.rows.size(), 4);
    const auto row = [&](const QString &label) -> const FactsRow & {
        for (const FactsRow &r : t.rows)
            if (r.label == label)
                return r;
        static const FactsRow none;
        return none;
    };
    const FactsRow &leaflets = row(S(u"发放宣传册"));
    EXPECT_EQ(leaflets.values.value(2023), 10000);
    EXPECT_EQ(leaflets.values.value(2024), 12000);
    ASSERT_TRUE(leaflets.change.has_value());
    EXPECT_DOUBLE_EQ(*leaflets.change, 2000);
    EXPECT_DOUBLE_EQ(*leaflets.changePercent, 20);
    const FactsRow &disputes = row(S(u"化解矛盾纠纷"));
    EXPECT_DOUBLE_EQ(*disputes.change, -95);
    EXPECT_NEAR(*disputes.changePercent, -10.04, 0.01);
    // One year only: no change. Two figures of one label in a year: their sum.
    const FactsRow &lectures = row(S(u"开展法治讲座"));
    EXPECT_EQ(lectures.values.value(2024), 15);
    EXPECT_FALSE(lectures.change.has_value());
    EXPECT_FALSE(row(S(u"审核合同")).change.has_value());

    // The statement check against the table's two values.
    EXPECT_EQ(compareStatement(S(u"发放宣传册较上年增长20%"), leaflets.values.value(2024), leaflets.values.value(2023)).verdict,
              StatementVerdict::Holds);

    const QJsonObject json = toJson(t);
    EXPECT_EQ(json.value(QStringLiteral("years")).toArray().size(), 2);
    // Rows in the order labels first appear (2024's facts came first), merged labels by their target.
    EXPECT_EQ(json.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("label")).toString(),
              S(u"发放宣传册"));
    bool sawNull = false;
    for (const QJsonValue &v : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("label")).toString() == S(u"发放宣传册")) {
            EXPECT_EQ(r.value(QStringLiteral("values")).toObject().value(QStringLiteral("2024")).toDouble(), 12000);
            EXPECT_EQ(r.value(QStringLiteral("change")).toDouble(), 2000);
            EXPECT_EQ(r.value(QStringLiteral("changePercent")).toDouble(), 20);
        }
        sawNull = sawNull || r.value(QStringLiteral("change")).isNull();
    }
    EXPECT_TRUE(sawNull);
}

// ---------------------------------------------------------------------------------------------
// fazhi-cli new --from

TEST(NextYearCli, NewFromTheImportedSample)
{
    FAZHI_REQUIRE_SAMPLE();
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.fazhi"));
    const auto cli = [&](const QStringList &args) {
        return test::runCli(QStringList{QStringLiteral("--workspace"), ws} + args);
    };
    const test::ProcessResult imported = cli({QStringLiteral("import"), test::samplePath()});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString source = imported.outText().trimmed().section(QLatin1Char('\n'), -1);

    const test::ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--from"), source});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    EXPECT_FALSE(QUuid::fromString(id).isNull());
    EXPECT_NE(id, source);
    EXPECT_EQ(created.outText(), id + QLatin1Char('\n'));

    const test::ProcessResult shown = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    const QJsonObject details = json.value(QStringLiteral("details")).toObject();
    EXPECT_EQ(details.value(QStringLiteral("year")).toInt(), 2024);
    EXPECT_EQ(details.value(QStringLiteral("effectiveTitle")).toString(), S(u"兴化市陶庄镇人民政府2024年度法治政府建设情况报告"));
    QStringList heads{details.value(QStringLiteral("effectiveTitle")).toString()};
    const QJsonArray parts = json.value(QStringLiteral("parts")).toArray();
    ASSERT_EQ(parts.size(), 4);
    for (const QJsonValue &p : parts) {
        heads << p.toObject().value(QStringLiteral("effectiveHeading")).toString();
        for (const QJsonValue &s : p.toObject().value(QStringLiteral("sections")).toArray())
            heads << s.toObject().value(QStringLiteral("lead")).toString();
    }
    EXPECT_FALSE(heads.join(QLatin1Char('|')).contains(QStringLiteral("2023"))) << heads.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(parts.at(0).toObject().value(QStringLiteral("effectiveHeading")).toString(), S(u"2024年工作回顾"));
    EXPECT_TRUE(parts.at(3).toObject().value(QStringLiteral("effectiveHeading")).toString().startsWith(S(u"2025年度")));
    EXPECT_EQ(parts.at(0).toObject().value(QStringLiteral("sections")).toArray().size(), 5);

    // --year, and the refusals: a bad year, both ways at once, an unknown report.
    const test::ProcessResult later = cli({QStringLiteral("new"), QStringLiteral("--from"), source, QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(later.exitCode, 0);
    const QJsonObject laterJson =
        QJsonDocument::fromJson(cli({QStringLiteral("show"), later.outText().trimmed(), QStringLiteral("--json")}).out).object();
    EXPECT_EQ(laterJson.value(QStringLiteral("details")).toObject().value(QStringLiteral("year")).toInt(), 2026);
    EXPECT_EQ(cli({QStringLiteral("new"), QStringLiteral("--from"), source, QStringLiteral("--year"), QStringLiteral("99")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("new"), QStringLiteral("--from"), source, QStringLiteral("--organization"), S(u"某镇")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("new"), QStringLiteral("--from"), QUuid::createUuid().toString(QUuid::WithoutBraces)}).exitCode, 3);
    const test::ProcessResult list = cli({QStringLiteral("list")});
    EXPECT_EQ(list.outText().count(QLatin1Char('\n')), 3);  // the sample and the two made from it
}
