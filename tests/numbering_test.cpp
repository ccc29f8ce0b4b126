#include "model/Numbering.h"
#include "model/Report.h"
#include "render/Layout.h"
#include "export/TextWriter.h"

#include <gtest/gtest.h>

using namespace fazhi;

TEST(Numbering, ChineseNumeralsRoundTrip)
{
    EXPECT_EQ(numbering::chineseNumeral(1), QStringLiteral("一"));
    EXPECT_EQ(numbering::chineseNumeral(10), QStringLiteral("十"));
    EXPECT_EQ(numbering::chineseNumeral(11), QStringLiteral("十一"));
    EXPECT_EQ(numbering::chineseNumeral(20), QStringLiteral("二十"));
    EXPECT_EQ(numbering::chineseNumeral(99), QStringLiteral("九十九"));
    for (int n = 1; n <= 99; ++n)
        EXPECT_EQ(numbering::parseChineseNumeral(numbering::chineseNumeral(n)), n);
    EXPECT_EQ(numbering::parseChineseNumeral(QStringLiteral("是")), 0);
}

TEST(Numbering, Labels)
{
    EXPECT_EQ(numbering::partLabel(3), QStringLiteral("四、"));
    EXPECT_EQ(numbering::sectionLabel(1), QStringLiteral("（二）"));
    EXPECT_EQ(numbering::runInPointLabel(2), QStringLiteral("三是"));
    EXPECT_EQ(numbering::numberedPointLabel(0), QStringLiteral("1."));
}

TEST(Layout, RunInLeadAndPointsShareOneLine)
{
    Report r;
    r.details.organization = QStringLiteral("示例镇人民政府");
    r.details.year = 2023;
    Part part;
    part.kind = PartKind::Measures;
    Section s;
    s.lead = QStringLiteral("强化组织领导。");
    s.body.points = {{newId(), QStringLiteral("加强领导；")}, {newId(), QStringLiteral("压实责任。")}};
    part.sections = {s};
    r.parts = {part};
    assignMissingIds(r);
    const QString text = renderText(buildLayout(r, LayoutTarget::Web));
    EXPECT_EQ(text, QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告\n\n一、2023年工作回顾\n\n"
                                   "（一）强化组织领导。一是加强领导；二是压实责任。\n\n示例镇人民政府\n"));
}

// The 署名 field promises "不填则署名为：<机关>": with it empty, the signature block signs with the
// organization, above the date when there is one; a typed 署名 replaces it.
TEST(Layout, EmptySignatureSignsWithTheOrganization)
{
    Report r;
    r.details.organization = QStringLiteral("示例镇人民政府");
    r.details.year = 2023;
    Part part;
    part.kind = PartKind::Measures;
    Section s;
    s.lead = QStringLiteral("强化组织领导。");
    part.sections = {s};
    r.parts = {part};
    assignMissingIds(r);

    auto signatureBlocks = [](const Report &report) {
        QStringList out;
        for (const Block &b : buildLayout(report, LayoutTarget::Document).blocks) {
            if (b.kind == BlockKind::Signature || b.kind == BlockKind::Date)
                out << b.text();
        }
        return out;
    };
    EXPECT_EQ(signatureBlocks(r), QStringList{QStringLiteral("示例镇人民政府")});
    EXPECT_TRUE(renderText(buildLayout(r, LayoutTarget::Web)).endsWith(QStringLiteral("强化组织领导。\n\n示例镇人民政府\n")))
        << renderText(buildLayout(r, LayoutTarget::Web)).toStdString();

    r.details.date = QDate(2024, 2, 20);
    EXPECT_EQ(signatureBlocks(r), (QStringList{QStringLiteral("示例镇人民政府"), QStringLiteral("2024年2月20日")}));
    r.details.signature = QStringLiteral("示例镇法治政府建设领导小组");
    EXPECT_EQ(signatureBlocks(r), (QStringList{QStringLiteral("示例镇法治政府建设领导小组"), QStringLiteral("2024年2月20日")}));
    // Nothing to sign with and no date: no block at all.
    r.details.signature.clear();
    r.details.organization.clear();
    r.details.date = QDate();
    EXPECT_TRUE(signatureBlocks(r).isEmpty());
}
