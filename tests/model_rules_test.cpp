// Model rules the UI only calls: finding nodes by id (model/ReportLookup.h), the one node caption
// (model/NodeCaption.h) and where new nodes go (edit/Insertion.h). Core only, no widgets.
#include "edit/Insertion.h"
#include "model/NodeCaption.h"
#include "model/ReportEdit.h"
#include "model/ReportLookup.h"
#include "model/ReportYear.h"

#include <gtest/gtest.h>

using namespace fazhi;

namespace {

// The template (five parts, five work areas) with text in the second work area, points in the
// shortcomings part and an opening paragraph.
Report sampleReport()
{
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024);
    Section &s = r.parts[0].sections[1];
    s.lead = QStringLiteral("严格规范公正文明执法。");
    s.body.paragraphs = {{newId(), QStringLiteral("全年办理行政执法案件46件。")}};
    s.body.points = {{newId(), QStringLiteral("规范执法程序；")}, {newId(), QStringLiteral("强化执法监督。")}};
    s.facts = {{newId(), QStringLiteral("办理案件"), QStringLiteral("46"), QStringLiteral("件"), {}}};
    r.parts[2].intro.points = {{newId(), QStringLiteral("法治意识有待加强；")},
                               {newId(), QStringLiteral("经费投入较少。")}};
    r.parts[2].intro.pointStyle = PointStyle::Numbered;
    r.preamble = {{newId(), QStringLiteral("现将有关情况报告如下：")}};
    return r;
}

}  // namespace

TEST(ReportLookup, FindsNodesAndWhatHoldsThem)
{
    const Report r = sampleReport();
    const Section &s = r.parts[0].sections[1];
    EXPECT_EQ(findPart(r, r.parts[2].id), &r.parts[2]);
    EXPECT_EQ(findPart(r, s.id), nullptr);
    const Part *owner = nullptr;
    EXPECT_EQ(findSection(r, s.id, &owner), &s);
    EXPECT_EQ(owner, &r.parts[0]);
    EXPECT_EQ(findBody(r, s.id), &s.body);
    EXPECT_EQ(findBody(r, r.parts[2].id), &r.parts[2].intro);
    EXPECT_EQ(findFact(r, s.facts[0].id), &s.facts[0]);

    EXPECT_EQ(owningPart(r, s.body.points[1].id), &r.parts[0]);
    EXPECT_EQ(owningPart(r, r.parts[2].intro.points[0].id), &r.parts[2]);
    EXPECT_EQ(owningPart(r, r.preamble[0].id), nullptr);
    EXPECT_EQ(owningSection(r, s.facts[0].id), &s);
    EXPECT_EQ(owningSection(r, s.body.paragraphs[0].id), &s);
    EXPECT_EQ(owningSection(r, r.parts[2].intro.points[0].id), nullptr);
    EXPECT_EQ(partIndex(r, r.parts[3].id), 3);
    EXPECT_EQ(sectionIndex(r.parts[0], s.id), 1);
    EXPECT_EQ(sectionIndex(r.parts[0], newId()), -1);

    EXPECT_EQ(paragraphList(r, r.id), &r.preamble);
    EXPECT_EQ(paragraphList(r, r.id, QStringLiteral("closing")), &r.closing);
    EXPECT_EQ(paragraphList(r, s.id), &s.body.paragraphs);
    EXPECT_EQ(nodeText(r, s.body.points[0].id), QStringLiteral("规范执法程序；"));
    EXPECT_EQ(nodeText(r, newId()), QString());
}

TEST(ReportLookup, CountsCharactersAReaderCounts)
{
    EXPECT_EQ(characterCount(QStringLiteral("一 二\n三")), 3);
    EXPECT_EQ(characterCount(QString::fromUcs4(U"𠀀字")), 2);  // a character beyond the BMP counts once
    Report r = makeTemplateReport(QStringLiteral("示例镇"), 2024);
    r.parts.resize(1);
    r.parts[0].sections.resize(1);
    r.parts[0].heading = QStringLiteral("工作回顾");
    r.parts[0].sections[0].lead = QStringLiteral("强化领导。");
    r.parts[0].sections[0].body.points = {{newId(), QStringLiteral("一项")}};
    EXPECT_EQ(reportCharacterCount(r), 4 + 5 + 2);
}

TEST(NodeCaption, NumberAndTextOfEachKindOfNode)
{
    Report r = sampleReport();
    const Section &s = r.parts[0].sections[1];
    EXPECT_EQ(nodeNumber(r, r.parts[1].id), QStringLiteral("二、"));
    EXPECT_EQ(nodeNumber(r, s.id), QStringLiteral("（二）"));
    EXPECT_EQ(nodeNumber(r, s.body.points[1].id), QStringLiteral("二是"));
    EXPECT_EQ(nodeNumber(r, r.parts[2].intro.points[1].id), QStringLiteral("2."));
    EXPECT_EQ(nodeNumber(r, s.body.paragraphs[0].id), QString());
    EXPECT_EQ(nodeNumber(r, r.id), QString());
    EXPECT_EQ(nodeNumber(r, newId()), QString());

    EXPECT_EQ(nodeCaption(r, s.id), QStringLiteral("（二）严格规范公正文明执法。"));
    // A part without a heading of its own: its kind's heading for the year.
    EXPECT_EQ(nodeCaption(r, r.parts[0].id), QStringLiteral("一、2024年工作回顾"));
    EXPECT_EQ(nodeCaption(r, r.parts[3].id), QStringLiteral("四、2025年度工作安排"));
    EXPECT_EQ(nodeCaption(r, s.body.points[0].id), QStringLiteral("一是规范执法程序；"));
    EXPECT_EQ(nodeCaption(r, r.parts[2].intro.points[0].id), QStringLiteral("1.法治意识有待加强；"));
    EXPECT_EQ(nodeCaption(r, s.body.paragraphs[0].id), QStringLiteral("全年办理行政执法案件46件。"));
    EXPECT_EQ(nodeCaption(r, s.facts[0].id), QStringLiteral("办理案件"));
    EXPECT_EQ(nodeCaption(r, r.id), QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告"));
    EXPECT_EQ(nodeCaption(r, newId()), QString());

    // Cut to a length with "…"; a stand-in for empty text, never cut.
    EXPECT_EQ(nodeCaption(r, s.id, 4), QStringLiteral("（二）严格规范…"));
    EXPECT_EQ(nodeCaption(r, s.id, 11), QStringLiteral("（二）严格规范公正文明执法。"));
    EXPECT_EQ(nodeCaption(r, r.parts[0].sections[0].id, 4, QStringLiteral("工作领域")),
              QStringLiteral("（一）工作领域"));
    EXPECT_EQ(nodeCaption(r, r.parts[0].sections[0].id), QStringLiteral("（一）"));

    // The number follows the structure: moving the section renumbers its caption.
    const QUuid id = s.id;
    auto taken = takeNode(r, id);
    ASSERT_TRUE(taken);
    taken->index = 3;
    ASSERT_TRUE(insertNode(r, *taken));
    EXPECT_EQ(nodeCaption(r, id), QStringLiteral("（四）严格规范公正文明执法。"));

    EXPECT_EQ(elideText(QStringLiteral("一二三"), 3), QStringLiteral("一二三"));
    EXPECT_EQ(elideText(QStringLiteral("一二三四"), 3), QStringLiteral("一二三…"));
    EXPECT_EQ(pointNumber(PointStyle::RunIn, 2), QStringLiteral("三是"));
    EXPECT_EQ(pointNumber(PointStyle::Numbered, 2), QStringLiteral("3."));
}

TEST(Insertion, PartGoesAfterThePartHoldingTheSelection)
{
    const Report r = sampleReport();
    auto snap = newPart(r, r.parts[0].sections[1].body.points[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->type, NodeType::Part);
    EXPECT_EQ(snap->containerId, r.id);
    EXPECT_EQ(snap->index, 1);
    EXPECT_FALSE(snap->id().isNull());
    EXPECT_EQ(std::get<Part>(snap->node).kind, PartKind::Custom);
    snap = newPart(r, r.id);  // nothing in a part selected: at the end
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->index, r.parts.size());
    // Two new parts are two nodes.
    EXPECT_NE(newPart(r, r.id)->id(), snap->id());
}

TEST(Insertion, SectionGoesAfterTheSectionHoldingTheSelection)
{
    Report r = sampleReport();
    const Section &s = r.parts[0].sections[1];
    for (const QUuid &at : {s.id, s.body.paragraphs[0].id, s.body.points[1].id, s.facts[0].id}) {
        const auto snap = newSection(r, at);
        ASSERT_TRUE(snap);
        EXPECT_EQ(snap->type, NodeType::Section);
        EXPECT_EQ(snap->containerId, r.parts[0].id);
        EXPECT_EQ(snap->index, 2);
    }
    // The part or its intro selected: at the end of that part.
    auto snap = newSection(r, r.parts[2].intro.points[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[2].id);
    EXPECT_EQ(snap->index, 0);
    // Nothing in a part selected: at the end of the measures part, wherever it stands.
    r.parts.move(0, 2);
    snap = newSection(r, r.preamble[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[2].id);
    EXPECT_EQ(snap->index, 5);
    // A part's "add a section": at its end.
    snap = newSectionAtEnd(r, r.parts[2].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[2].id);
    EXPECT_EQ(snap->index, 5);
    // Without a measures part: the first part; without parts: nowhere.
    r.parts.removeAt(2);
    snap = newSection(r, r.id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[0].id);
    r.parts.clear();
    EXPECT_FALSE(newSection(r, r.id));
    EXPECT_FALSE(newSectionAtEnd(r, newId()));
}

TEST(Insertion, ParagraphAndPointFollowTheSelection)
{
    Report r = sampleReport();
    const Section &s = r.parts[0].sections[1];
    // After a paragraph of the same kind; at the end of its container for the other kind.
    auto snap = newParagraph(r, s.body.paragraphs[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->type, NodeType::Paragraph);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_EQ(snap->index, 1);
    snap = newParagraph(r, s.body.points[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_EQ(snap->index, 1);
    snap = newPoint(r, s.body.points[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->type, NodeType::Point);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_EQ(snap->index, 1);
    snap = newPoint(r, s.facts[0].id);  // a figure: the points of its section
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_EQ(snap->index, 2);
    snap = newPoint(r, r.parts[2].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[2].id);
    EXPECT_EQ(snap->index, 2);

    // An opening paragraph: the next goes after it; a point cannot, it goes to the first part.
    snap = newParagraph(r, r.preamble[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.id);
    EXPECT_EQ(snap->slot, QStringLiteral("preamble"));
    EXPECT_EQ(snap->index, 1);
    snap = newPoint(r, r.preamble[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[0].id);
    EXPECT_EQ(snap->index, 0);
    // The report selected: the first part's intro.
    snap = newParagraph(r, r.id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.parts[0].id);
    EXPECT_EQ(snap->index, 0);

    // A report without parts: paragraphs go to the opening, points nowhere.
    r.parts.clear();
    snap = newParagraph(r, r.id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, r.id);
    EXPECT_EQ(snap->slot, QStringLiteral("preamble"));
    EXPECT_EQ(snap->index, 1);
    EXPECT_FALSE(newPoint(r, r.id));
    EXPECT_FALSE(newPoint(r, r.preamble[0].id));
}

TEST(Insertion, FiguresOnlyInSections)
{
    Report r = sampleReport();
    const Section &s = r.parts[0].sections[1];
    auto snap = newFact(r, s.id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->type, NodeType::Fact);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_EQ(snap->index, 1);
    snap = newFact(r, s.facts[0].id);  // right after the selected figure
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->index, 1);
    snap = newFact(r, s.body.points[0].id);
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->containerId, s.id);
    EXPECT_FALSE(newFact(r, r.id));
    EXPECT_FALSE(newFact(r, r.parts[0].id));
    EXPECT_FALSE(newFact(r, r.parts[2].intro.points[0].id));
    EXPECT_FALSE(newFact(r, r.preamble[0].id));
    EXPECT_FALSE(newFact(r, newId()));

    // Each snapshot inserts where it says.
    snap = newFact(r, s.facts[0].id);
    ASSERT_TRUE(insertNode(r, *snap));
    EXPECT_EQ(r.parts[0].sections[1].facts.size(), 2);
    EXPECT_EQ(r.parts[0].sections[1].facts[1].id, snap->id());
}

TEST(Insertion, MovesStayAmongTheSiblings)
{
    const Report r = sampleReport();
    const QUuid first = r.parts[0].sections[0].id;
    const QUuid last = r.parts[0].sections[4].id;
    EXPECT_FALSE(movedIndex(r, first, -1));
    EXPECT_EQ(movedIndex(r, first, 1), 1);
    EXPECT_EQ(movedIndex(r, first, 4), 4);
    EXPECT_FALSE(movedIndex(r, first, 5));
    EXPECT_EQ(movedIndex(r, last, -1), 3);
    EXPECT_FALSE(movedIndex(r, last, 1));
    EXPECT_FALSE(movedIndex(r, r.id, 1));
    EXPECT_FALSE(movedIndex(r, newId(), 1));
}

TEST(ReportYear, EveryMonthProposesTheYearBeingReportedOn)
{
    // Due before 1 March, published before 1 April of the next year: spring is last year's report;
    // from July on, this year's (see ReportYear.h).
    for (int month = 1; month <= 12; ++month) {
        for (const int day : {1, 15, 28}) {
            SCOPED_TRACE(QStringLiteral("2025-%1-%2").arg(month).arg(day).toStdString());
            const int expected = month <= 6 ? 2024 : 2025;
            EXPECT_EQ(reportYearFor(QDate(2025, month, day)), expected);
        }
    }
    EXPECT_EQ(reportYearFor(QDate(2025, 1, 1)), 2024);
    EXPECT_EQ(reportYearFor(QDate(2025, 3, 31)), 2024);
    EXPECT_EQ(reportYearFor(QDate(2025, 6, 30)), 2024);
    EXPECT_EQ(reportYearFor(QDate(2025, 7, 1)), 2025);
    EXPECT_EQ(reportYearFor(QDate(2025, 10, 1)), 2025);
    EXPECT_EQ(reportYearFor(QDate(2025, 12, 31)), 2025);
    EXPECT_EQ(reportYearFor(QDate()), 0);
}
