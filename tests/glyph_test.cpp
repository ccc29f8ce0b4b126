// Characters no installed font can draw (issue 18, item 5): render/GlyphCoverage answers from the
// installed fonts, check/GlyphRules names each such character as an error before export.

#include "TestSupport.h"

#include "check/Checker.h"
#include "check/GlyphRules.h"
#include "check/Rules.h"
#include "model/Report.h"
#include "render/GlyphCoverage.h"

#include <QFontDatabase>

#include <gtest/gtest.h>

using namespace fazhi;

namespace {

constexpr char32_t kExtB = 0x20000;    // 𠀀, CJK Unified Ideographs Extension B
constexpr char32_t kRareName = 0x2123D;  // 𡈽, in the Noto CJK faces

QString ch(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

Report reportWith(const QString &paragraph)
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.preamble.append(test::para(paragraph));
    return r;
}

}  // namespace

TEST(GlyphCoverage, InstalledFontsDrawChineseAndNamesTheFamilyForARareCharacter)
{
    EXPECT_TRUE(canDrawCharacter(U'法'));
    EXPECT_TRUE(canDrawCharacter(U'A'));
    EXPECT_TRUE(canDrawCharacter(U' ')) << "needs no glyph";
    EXPECT_TRUE(canDrawCharacter(0x200D)) << "a joiner needs no glyph";
    const QString family = fallbackFamilyFor(kRareName);
    if (family.isEmpty())
        GTEST_SKIP() << "no installed font has U+2123D (Debian: fonts-noto-cjk)";
    EXPECT_TRUE(familyHasCharacter(family, kRareName));
    EXPECT_TRUE(canDrawCharacter(kRareName));
    EXPECT_TRUE(QFontDatabase::families().contains(family));
}

TEST(GlyphCoverage, ACharacterNoFontHasIsFound)
{
    if (!fallbackFamilyFor(kExtB).isEmpty())
        GTEST_SKIP() << "a font with U+20000 is installed here";
    EXPECT_FALSE(canDrawCharacter(kExtB));
    EXPECT_EQ(undrawableCharacters(QStringLiteral("张") + ch(kExtB) + QStringLiteral("明，") + ch(kExtB)),
              QList<char32_t>{kExtB});
    EXPECT_TRUE(undrawableCharacters(QStringLiteral("依法行政")).isEmpty());
}

TEST(UndrawableCharacterRule, NamesTheCharacterWhereItStands)
{
    if (!fallbackFamilyFor(kExtB).isEmpty())
        GTEST_SKIP() << "a font with U+20000 is installed here";
    const QString text = QStringLiteral("当事人王") + ch(kExtB) + QStringLiteral("已履行，王") + ch(kExtB) + QStringLiteral("表示感谢。");
    const Report report = reportWith(text);
    const QList<check::Finding> findings = check::undrawableCharacterFindings(report, canDrawCharacter);
    ASSERT_EQ(findings.size(), 1);
    const check::Finding &f = findings.first();
    EXPECT_EQ(f.rule, check::RuleId::UndrawableCharacter);
    EXPECT_EQ(f.severity, check::Severity::Error);
    EXPECT_EQ(f.node, report.preamble.first().id);
    EXPECT_EQ(f.field, QStringLiteral("text"));
    EXPECT_EQ(f.start, 4) << "code points: the surrogate pair is one character";
    EXPECT_EQ(f.end, 5);
    EXPECT_EQ(f.quote, ch(kExtB));
    EXPECT_TRUE(f.message.contains(ch(kExtB))) << f.message.toStdString();
    EXPECT_TRUE(f.message.contains(QStringLiteral("U+20000"))) << f.message.toStdString();
    EXPECT_TRUE(f.message.contains(QStringLiteral("2"))) << "two places";
}

TEST(UndrawableCharacterRule, SilentOnTheFontsCharactersAndWithoutTheQuestion)
{
    const Report report = reportWith(QStringLiteral("我镇坚持依法行政，群众满意率98.2%。") + ch(kRareName));
    if (canDrawCharacter(kRareName)) {
        EXPECT_TRUE(check::undrawableCharacterFindings(report, canDrawCharacter).isEmpty());
    }
    EXPECT_TRUE(check::undrawableCharacterFindings(report, {}).isEmpty()) << "no question asked: no finding";
    // Whatever the question says is what counts: every text of the report is asked, the title too.
    Report titled = report;
    titled.details.title = QStringLiteral("关于法治政府建设的报告");
    const auto noHan = [](char32_t c) { return c != U'法'; };
    const QList<check::Finding> findings = check::undrawableCharacterFindings(titled, noHan);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(0).field, QStringLiteral("title"));
    EXPECT_EQ(findings.at(1).field, QStringLiteral("text"));
}

// The checks run the rule when the caller gives the question, as the CLI and the checks panel do, in
// checkReport and in the incremental re-check alike.
TEST(UndrawableCharacterRule, RunsInTheChecksWithTheFontsQuestion)
{
    if (!fallbackFamilyFor(kExtB).isEmpty())
        GTEST_SKIP() << "a font with U+20000 is installed here";
    const Report report = reportWith(QStringLiteral("信访人王") + ch(kExtB) + QStringLiteral("的诉求已办结。"));
    check::CheckContext context;
    auto undrawable = [](const QList<check::Finding> &findings) {
        int n = 0;
        for (const check::Finding &f : findings)
            n += f.rule == check::RuleId::UndrawableCharacter ? 1 : 0;
        return n;
    };
    EXPECT_EQ(undrawable(check::checkReport(report, context)), 0) << "without the question the rule is silent";
    context.canDraw = canDrawCharacter;
    const QList<check::Finding> all = check::checkReport(report, context);
    EXPECT_EQ(undrawable(all), 1);
    EXPECT_EQ(undrawable(check::checkNode(report, report.preamble.first().id, context)), 1);
    EXPECT_TRUE(check::ruleInfo(check::RuleId::UndrawableCharacter).has_value());
    context.disabledRules.insert(check::RuleId::UndrawableCharacter);
    EXPECT_EQ(undrawable(check::checkReport(report, context)), 0);
}
