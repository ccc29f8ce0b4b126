#include "PageProfile.h"

namespace fazhi {

const FontChain &PageProfile::chain(FontRole role) const
{
    switch (role) {
    case FontRole::Title: return title;
    case FontRole::Heading1: return heading1;
    case FontRole::Heading2: return heading2;
    case FontRole::Body: return body;
    case FontRole::PageNumber: return pageNumber;
    case FontRole::Latin: return latin;
    }
    return body;
}

PageProfile gbt9704Profile()
{
    PageProfile p;
    p.name = QStringLiteral("GB/T 9704-2012");
    // Government PCs often have the _GB2312 fonts and 方正小标宋; every Windows PC has the plain ones.
    // Each Chinese name is followed by the font's English family name: Windows lists a font under its
    // English name where the UI language is not Chinese, and fonts installed by hand often carry only
    // that one (FZXiaoBiaoSong-B05S, FangSong_GB2312, ...). 华文 fonts come with Office and macOS.
    p.title.families = {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                        QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05"),
                        QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"),
                        QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"),
                        QStringLiteral("AR PL UMing CN")};
    p.heading1.families = {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"),
                           QStringLiteral("WenQuanYi Zen Hei")};
    p.heading2.families = {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"),
                           QStringLiteral("楷体"), QStringLiteral("KaiTi"),
                           QStringLiteral("华文楷体"), QStringLiteral("STKaiti"),
                           QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC")};
    p.body.families = {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                       QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                       QStringLiteral("华文仿宋"), QStringLiteral("STFangsong"),
                       QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN")};
    p.pageNumber.families = {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC")};
    p.latin.families = {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
                        QStringLiteral("DejaVu Serif")};
    return p;
}

}  // namespace fazhi
