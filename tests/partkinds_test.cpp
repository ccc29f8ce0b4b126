// The one table of part kinds (model/PartKinds.h), shared by import, checks, forms and export.
#include "TestSupport.h"

#include "check/CheckText.h"
#include "import/TextImporter.h"
#include "model/PartKinds.h"

#include <gtest/gtest.h>

using namespace fazhi;

TEST(PartKinds, HeadingsAreClassifiedByTheirWords)
{
    const struct {
        const char16_t *heading;
        int year;
        PartKind kind;
    } cases[] = {
        {u"2023年工作回顾", 2023, PartKind::Measures},
        {u"主要举措和成效", 0, PartKind::Measures},
        {u"2023年法治政府建设情况", 2023, PartKind::Measures},
        {u"党政主要负责人履行推进法治建设第一责任人职责情况", 0, PartKind::LeadersDuty},
        {u"党政主要负责人履职情况", 0, PartKind::LeadersDuty},
        {u"存在的不足和原因", 0, PartKind::Shortcomings},
        {u"存在的问题及原因", 0, PartKind::Shortcomings},
        {u"工作中的短板", 0, PartKind::Shortcomings},
        {u"2024年度工作安排", 2023, PartKind::Plans},
        {u"2024年工作计划", 2023, PartKind::Plans},
        {u"下一步工作打算", 0, PartKind::Plans},
        {u"其他需要报告的情况", 0, PartKind::Other},
        {u"其他事项", 0, PartKind::Other},
        // Work areas of a thematic report name none of the contents.
        {u"坚持问题导向，推进依法行政", 0, PartKind::Custom},
        {u"强化组织领导", 0, PartKind::Custom},
        {u"履职尽责", 0, PartKind::Custom},
    };
    for (const auto &c : cases) {
        const QString heading = QString::fromUtf16(c.heading);
        EXPECT_EQ(classifyPartHeading(heading, c.year), c.kind) << heading.toStdString();
    }
    // One heading may name two contents; it is classified as the narrower.
    const QString both = QStringLiteral("存在的问题及下一步打算");
    EXPECT_TRUE(headingNames(both, PartKind::Shortcomings));
    EXPECT_TRUE(headingNames(both, PartKind::Plans));
    EXPECT_FALSE(headingNames(both, PartKind::Measures));
    EXPECT_EQ(classifyPartHeading(both, 0), PartKind::Shortcomings);
}

TEST(PartKinds, TheRegulationsContentsAndTheirDefaults)
{
    const QList<PartKind> kinds = regulationPartKinds();
    ASSERT_EQ(kinds.size(), 5);
    for (PartKind kind : kinds) {
        EXPECT_EQ(isRequiredPartKind(kind), kind != PartKind::Other);
        EXPECT_FALSE(partKindName(kind).isEmpty());
        // A default heading is recognised as its own kind.
        EXPECT_EQ(classifyPartHeading(defaultPartHeading(kind, 2023), 2023), kind) << int(kind);
    }
    EXPECT_FALSE(isRequiredPartKind(PartKind::Custom));
    EXPECT_TRUE(defaultPartHeading(PartKind::Custom, 2023).isEmpty());
    EXPECT_EQ(defaultPartHeading(PartKind::Plans, 2023), QStringLiteral("2024年度工作安排"));
}

// Import and the checks read headings alike: a part imported as a kind is checked as that kind.
TEST(PartKinds, ImportAndChecksAgree)
{
    const QString text = QStringLiteral(
        "示例镇人民政府2023年度法治政府建设情况报告\n"
        "一、2023年工作回顾\n（一）强化组织领导。我镇成立领导小组。\n"
        "二、党政主要负责人履职情况\n镇党委书记带头学法。\n"
        "三、存在的问题及原因\n一是学法不够深入。原因在于重视不够。\n"
        "四、2024年工作计划\n（一）深化普法。开展宣传。\n");
    const Report report = parseReportText(text);
    ASSERT_EQ(report.parts.size(), 4);
    const PartKind expected[] = {PartKind::Measures, PartKind::LeadersDuty, PartKind::Shortcomings, PartKind::Plans};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(report.parts[i].kind, expected[i]) << i;
        Part custom = report.parts[i];
        custom.heading = report.effectiveHeading(report.parts[i]);  // as typed, without the kind's default
        custom.kind = PartKind::Custom;
        Report asCustom = report;
        asCustom.parts[i] = custom;
        EXPECT_EQ(check::detail::effectiveKind(asCustom, custom), expected[i]) << i;
    }
}
