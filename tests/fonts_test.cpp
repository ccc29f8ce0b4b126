// Which official faces of GB/T 9704 this computer lacks (render/FontResolver.h missingOfficialFaces):
// what the export prompt and the status bar name, judged from the families the resolver chose.
#include "TestSupport.h"

#include "render/FontResolver.h"

#include <QFontDatabase>
#include <gtest/gtest.h>

using namespace fazhi;

namespace {

QList<ResolvedFont> officialOffice()
{
    return {{FontRole::Title, QStringLiteral("方正小标宋简体")}, {FontRole::Heading1, QStringLiteral("SimHei")},
            {FontRole::Heading2, QStringLiteral("楷体_GB2312")},  {FontRole::Body, QStringLiteral("仿宋_GB2312")},
            {FontRole::PageNumber, QStringLiteral("宋体")},        {FontRole::Latin, QStringLiteral("Times New Roman")}};
}

QList<FontRole> rolesOf(const QList<MissingFace> &missing)
{
    QList<FontRole> roles;
    for (const MissingFace &m : missing)
        roles.append(m.role);
    return roles;
}

}  // namespace

TEST(MissingFaces, AnOfficePcWithTheOfficialFacesLacksNothing)
{
    EXPECT_TRUE(missingOfficialFaces(officialOffice()).isEmpty());
    // Other makers' and the Latin names of the same faces.
    const QList<ResolvedFont> others = {{FontRole::Title, QStringLiteral("FZXiaoBiaoSong-B05S")},
                                        {FontRole::Heading1, QStringLiteral("WenQuanYi Zen Hei")},
                                        {FontRole::Heading2, QStringLiteral("AR PL UKai CN")},
                                        {FontRole::Body, QStringLiteral("STFangsong")}};
    EXPECT_TRUE(missingOfficialFaces(others).isEmpty());
}

TEST(MissingFaces, EachStandInIsNamedWithItsRole)
{
    for (const FontRole role : {FontRole::Title, FontRole::Heading1, FontRole::Heading2, FontRole::Body}) {
        SCOPED_TRACE(fontRoleKey(role).toStdString());
        QList<ResolvedFont> fonts = officialOffice();
        for (ResolvedFont &f : fonts) {
            if (f.role == role)
                f.family = QStringLiteral("Noto Serif CJK SC");
        }
        const QList<MissingFace> missing = missingOfficialFaces(fonts);
        ASSERT_EQ(missing.size(), 1);
        EXPECT_EQ(missing.first().role, role);
        EXPECT_EQ(missing.first().standIn, QStringLiteral("Noto Serif CJK SC"));
    }
    // The page number's 宋体 and the Latin Times New Roman are not among the faces the prompt names.
    QList<ResolvedFont> fonts = officialOffice();
    fonts[4].family = QStringLiteral("Noto Serif CJK SC");
    fonts[5].family = QStringLiteral("Liberation Serif");
    EXPECT_TRUE(missingOfficialFaces(fonts).isEmpty());
    // Nothing usable at all: named, with no stand-in.
    fonts = officialOffice();
    fonts[3].family.clear();
    ASSERT_EQ(missingOfficialFaces(fonts).size(), 1);
    EXPECT_TRUE(missingOfficialFaces(fonts).first().standIn.isEmpty());
}

TEST(MissingFaces, AChainThatCannotBeSatisfiedIsReportedWithTheFontUsed)
{
    PageProfile p = gbt9704Profile();
    p.body.families = {QStringLiteral("仿宋_NotInstalled"), QStringLiteral("FangSong NotInstalled")};
    p.heading2.families = {QStringLiteral("楷体_NotInstalled")};
    clearFontCache();
    const QList<MissingFace> missing = missingOfficialFaces(p);
    clearFontCache();
    const QList<FontRole> roles = rolesOf(missing);
    const ResolvedFont body = resolveFont(p, FontRole::Body);
    if (body.family.contains(QStringLiteral("FangSong"), Qt::CaseInsensitive))
        GTEST_SKIP() << "the generic fallback here is a real FangSong";
    ASSERT_TRUE(roles.contains(FontRole::Body));
    EXPECT_FALSE(body.fromChain);
    for (const MissingFace &m : missing) {
        if (m.role == FontRole::Body) {
            EXPECT_EQ(m.standIn, body.family);
        }
    }
    EXPECT_EQ(roles.contains(FontRole::Heading2),
              !resolveFont(p, FontRole::Heading2).family.contains(QStringLiteral("Kai"), Qt::CaseInsensitive));
    clearFontCache();
}
