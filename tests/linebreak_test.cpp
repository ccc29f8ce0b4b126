// Chinese line breaking and the balanced title lines shared by the PDF, the Word document and the
// preview (render/LineBreaking).
#include "TestSupport.h"
#include "render/LineBreaking.h"

#include <gtest/gtest.h>

using namespace fazhi;

namespace {

// Full-width characters one cell wide, digits and Latin half a cell.
std::vector<SetChar> cells(const QString &text)
{
    return setChars(text, [](char32_t c) { return c < 0x2000 ? 0.5 : 1.0; });
}

QStringList titleLines(const QString &title, double width, const QString &organization = QString())
{
    const std::vector<SetChar> chars = cells(title);
    return withLineBreaks(title, chars, balanceTitle(title, chars, width, 1.0, organization), QLatin1Char('\n'))
        .split(QLatin1Char('\n'));
}

double widthOf(const QString &line)
{
    double w = 0;
    for (const SetChar &c : cells(line))
        w += c.advance;
    return w;
}

}  // namespace

TEST(LineBreaking, RulesOfWhereALineMayBreak)
{
    EXPECT_TRUE(canBreakBetween(U'法', U'治'));
    EXPECT_FALSE(canBreakBetween(U'法', U'，')) << "punctuation never starts a line";
    EXPECT_FALSE(canBreakBetween(U'（', U'一')) << "an opening bracket never ends one";
    EXPECT_FALSE(canBreakBetween(U'2', U'0')) << "nor does a line break inside a number";
    EXPECT_FALSE(canBreakBetween(0x2014, 0x2014)) << "—— is one mark";
    EXPECT_TRUE(canBreakBetween(U'3', U'年'));
}

// GB/T 15834-2011 5.1.6, 5.1.7, 5.1.9: connectors and the interpunct never start a line; the slash
// neither starts nor ends one.
TEST(LineBreaking, ConnectorsInterpunctAndSlashFollowGbt15834)
{
    for (const char32_t c : {char32_t(0x2013), char32_t(0xFF0D), char32_t(0x301C), char32_t(0x30FB), char32_t(0x00B7),
                             char32_t(U'/'), char32_t(0xFF0F)})
        EXPECT_FALSE(canBreakBetween(U'年', c)) << std::hex << uint(c);
    EXPECT_FALSE(canBreakBetween(0xFF0F, U'次')) << "／ never ends a line";
    EXPECT_FALSE(canBreakBetween(U'/', U'次'));
    // A line that would start with the connector takes the character before it along instead of
    // letting the mark hang into the margin.
    const QString text = QStringLiteral("一二三四五六七八九十甲－乙丙");
    const std::vector<SetChar> chars = cells(text);
    const std::vector<CharRange> lines = fillLines(chars, 11);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(text.mid(chars[size_t(lines[1].from)].pos), QStringLiteral("甲－乙丙"));
    for (const CharRange &r : lines) {
        double w = 0;
        for (int i = r.from; i < r.to; ++i)
            w += chars[size_t(i)].advance;
        EXPECT_LE(w, 11.0) << "nothing hangs past the line";
    }
}

TEST(LineBreaking, FilledLinesKeepTheRules)
{
    const QString text = QStringLiteral("全年开展法治宣传活动56场次，发放宣传资料8600余份。");
    const std::vector<SetChar> chars = cells(text);
    const std::vector<CharRange> lines = fillLines(chars, 10);
    ASSERT_GT(lines.size(), 1u);
    int covered = 0;
    for (const CharRange &r : lines) {
        EXPECT_EQ(r.from, covered);
        covered = r.to;
        EXPECT_FALSE(noLineStart().contains(chars[size_t(r.from)].cp)) << r.from;
    }
    EXPECT_EQ(covered, int(chars.size()));
}

TEST(LineBreaking, TitleBreaksAfterTheOrganization)
{
    const QString org = QStringLiteral("兴化市陶庄镇人民政府");
    const QStringList lines = titleLines(org + QStringLiteral("2023年度法治政府建设情况报告"), 20, org);
    EXPECT_EQ(lines, (QStringList{org, QStringLiteral("2023年度法治政府建设情况报告")}));
    // Not when the rest would then need more lines than the title does.
    const QStringList narrow = titleLines(org + QStringLiteral("2023年度法治政府建设情况报告"), 13, org);
    EXPECT_EQ(narrow.size(), 2);
    EXPECT_NE(narrow.first(), org);
}

TEST(LineBreaking, TitleLinesAreBalancedAndBreakBetweenWords)
{
    const QString title = QStringLiteral("某某镇人民政府关于2023年度法治政府建设情况的报告");
    const QStringList lines = titleLines(title, 18);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.join(QString()), title);
    // Between two words, not inside 年度 where the lines would be exactly even.
    EXPECT_EQ(lines, (QStringList{QStringLiteral("某某镇人民政府关于2023年度"), QStringLiteral("法治政府建设情况的报告")}));
    EXPECT_LE(widthOf(lines.at(0)), 18);
    EXPECT_LE(widthOf(lines.at(1)), 18);

    // Balanced, not filled: the greedy fill would leave three characters on the last line.
    const QString longer = QStringLiteral("示例镇2024年度法治政府建设工作情况报告");
    const QStringList balanced = titleLines(longer, 15);
    ASSERT_EQ(balanced.size(), 2);
    EXPECT_LE(std::abs(widthOf(balanced.at(0)) - widthOf(balanced.at(1))), 3.0)
        << balanced.join(QLatin1Char('|')).toStdString();
    for (const QString &line : balanced)
        EXPECT_FALSE(line.endsWith(QLatin1Char('2')) || line.startsWith(QLatin1Char('0'))) << "a number is kept whole";
}

TEST(LineBreaking, ATitleThatFitsStaysOneLine)
{
    EXPECT_EQ(titleLines(QStringLiteral("示例镇法治政府建设情况报告"), 20).size(), 1);
    const QString spaced = QStringLiteral("Annual Report on the Rule of Law");
    const std::vector<SetChar> chars = cells(spaced);
    const std::vector<CharRange> lines = balanceTitle(spaced, chars, 9, 1.0, QString());
    ASSERT_GT(lines.size(), 1u);
    const QString broken = withLineBreaks(spaced, chars, lines, QLatin1Char('\n'));
    for (const QString &line : broken.split(QLatin1Char('\n'))) {
        EXPECT_FALSE(line.endsWith(QLatin1Char(' '))) << "spaces at a break are not kept";
        EXPECT_FALSE(line.startsWith(QLatin1Char(' ')));
    }
    EXPECT_EQ(QString(broken).replace(QLatin1Char('\n'), QLatin1Char(' ')), spaced);
}
