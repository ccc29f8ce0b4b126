#include "FontResolver.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>

#include <algorithm>

namespace fazhi {

namespace {

// Characters a usable Chinese face must really have: `fc-match FangSong` happily answers with a Latin
// font, and a family can claim a writing system it barely covers.
constexpr char32_t kCjkProbe[] = {0x6CD5, 0x6CBB, 0x653F, 0x5E9C, 0x3002};  // 法治政府。

bool isCjkRole(FontRole role)
{
    return role != FontRole::Latin;
}

// The installed family matching `name`, or an empty string. Exact names first (case-insensitive);
// then Qt's alias resolution, which maps e.g. "FangSong" to a localized "仿宋" on Windows but never
// substitutes a different font.
QString installedFamily(const QString &name, const QStringList &installed)
{
    for (const QString &family : installed) {
        if (family.compare(name, Qt::CaseInsensitive) == 0)
            return family;
    }
    if (QFontDatabase::hasFamily(name))
        return name;
    return {};
}

bool hasGlyphs(const QString &family, FontRole role)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font, isCjkRole(role) ? QFontDatabase::SimplifiedChinese
                                                                  : QFontDatabase::Latin);
    if (!raw.isValid())
        return false;
    if (!isCjkRole(role))
        return raw.supportsCharacter(QLatin1Char('A')) && raw.supportsCharacter(QLatin1Char('0'));
    for (char32_t c : kCjkProbe) {
        if (!raw.supportsCharacter(uint(c)))
            return false;
    }
    return true;
}

bool isUsable(const QString &family, FontRole role)
{
    const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(family);
    const QFontDatabase::WritingSystem wanted =
        isCjkRole(role) ? QFontDatabase::SimplifiedChinese : QFontDatabase::Latin;
    // An alias (localized name) may report no writing systems; then the glyph probe decides alone.
    if (!systems.isEmpty() && !systems.contains(wanted))
        return false;
    return hasGlyphs(family, role);
}

// Any installed family that can stand in when nothing of the chain is there.
QString genericFallback(FontRole role, const QStringList &installed)
{
    if (!isCjkRole(role)) {
        const QString system = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        if (!system.isEmpty() && isUsable(system, role))
            return system;
    }
    const QFontDatabase::WritingSystem wanted =
        isCjkRole(role) ? QFontDatabase::SimplifiedChinese : QFontDatabase::Latin;
    for (const QString &family : installed) {
        // Vertical-writing ("@宋体") and monospaced faces make poor documents.
        if (family.startsWith(QLatin1Char('@')) || family.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            continue;
        if (QFontDatabase::isPrivateFamily(family))
            continue;
        if (QFontDatabase::writingSystems(family).contains(wanted) && hasGlyphs(family, role))
            return family;
    }
    return {};
}

ResolvedFont resolveUncached(const FontChain &chain, FontRole role)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &candidate : chain.families) {
        const QString family = installedFamily(candidate, installed);
        if (!family.isEmpty() && isUsable(family, role))
            return {role, family, true};
    }
    return {role, genericFallback(role, installed), false};
}

QMutex cacheMutex;
QHash<QString, ResolvedFont> &cache()
{
    static QHash<QString, ResolvedFont> c;
    return c;
}

}  // namespace

QList<FontRole> allFontRoles()
{
    return {FontRole::Title, FontRole::Heading1, FontRole::Heading2,
            FontRole::Body,  FontRole::PageNumber, FontRole::Latin};
}

QString fontRoleKey(FontRole role)
{
    switch (role) {
    case FontRole::Title: return QStringLiteral("title");
    case FontRole::Heading1: return QStringLiteral("heading1");
    case FontRole::Heading2: return QStringLiteral("heading2");
    case FontRole::Body: return QStringLiteral("body");
    case FontRole::PageNumber: return QStringLiteral("page-number");
    case FontRole::Latin: return QStringLiteral("latin");
    }
    return {};
}

ResolvedFont resolveFont(const PageProfile &profile, FontRole role)
{
    const FontChain &chain = profile.chain(role);
    const QString key = fontRoleKey(role) + QLatin1Char('\n') + chain.families.join(QLatin1Char('\n'));
    {
        QMutexLocker lock(&cacheMutex);
        const auto it = cache().constFind(key);
        if (it != cache().constEnd())
            return *it;
    }
    const ResolvedFont resolved = resolveUncached(chain, role);
    QMutexLocker lock(&cacheMutex);
    cache().insert(key, resolved);
    return resolved;
}

QList<ResolvedFont> resolveAllFonts(const PageProfile &profile)
{
    QList<ResolvedFont> list;
    for (FontRole role : allFontRoles())
        list.append(resolveFont(profile, role));
    return list;
}

QList<MissingFace> missingOfficialFaces(const QList<ResolvedFont> &resolved)
{
    // Words in the names of the official faces' families, Chinese and Latin (any maker's: 方正, 华文,
    // Microsoft's, the free 黑体 and 楷体 faces of Debian).
    auto officialWords = [](FontRole role) -> QStringList {
        switch (role) {
        case FontRole::Title: return {QStringLiteral("小标宋"), QStringLiteral("XiaoBiaoSong")};
        case FontRole::Heading1:
            return {QStringLiteral("黑"), QStringLiteral("Hei"), QStringLiteral("Sans CJK"),
                    QStringLiteral("Source Han Sans")};
        case FontRole::Heading2: return {QStringLiteral("楷"), QStringLiteral("Kai")};
        case FontRole::Body: return {QStringLiteral("仿宋"), QStringLiteral("FangSong")};
        case FontRole::PageNumber:
        case FontRole::Latin: break;
        }
        return {};
    };
    QList<MissingFace> missing;
    for (const ResolvedFont &font : resolved) {
        const QStringList words = officialWords(font.role);
        if (words.isEmpty())
            continue;
        const bool official = std::any_of(words.begin(), words.end(), [&](const QString &word) {
            return font.family.contains(word, Qt::CaseInsensitive);
        });
        if (!official)
            missing.append({font.role, font.family});
    }
    return missing;
}

QList<MissingFace> missingOfficialFaces(const PageProfile &profile)
{
    return missingOfficialFaces(resolveAllFonts(profile));
}

void clearFontCache()
{
    QMutexLocker lock(&cacheMutex);
    cache().clear();
}

QFont makeFont(const PageProfile &profile, FontRole role, double pointSize, FamilyOrder order)
{
    const QString latin = resolveFont(profile, FontRole::Latin).family;
    // The Latin role still needs a Chinese family behind it for any Chinese it is given.
    const QString cjk = resolveFont(profile, isCjkRole(role) ? role : FontRole::Body).family;

    QStringList families;
    if (order == FamilyOrder::CjkFirst && isCjkRole(role))
        families << cjk << latin;
    else
        families << latin << cjk;
    families.removeAll(QString());
    families.removeDuplicates();

    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferOutline));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);

    // 小标宋 is a heavy Song face. When it is missing and the stand-in has a real bold face (Noto Serif
    // CJK SC does, 宋体 does not), the bold face is the closer match; a synthesized bold is not.
    if (role == FontRole::Title && !cjk.isEmpty() && !cjk.contains(QStringLiteral("小标宋"))
        && !cjk.contains(QStringLiteral("中宋"))
        && QFontDatabase::styles(cjk).contains(QLatin1String("Bold"), Qt::CaseInsensitive)) {
        font.setWeight(QFont::Bold);
    }
    return font;
}

}  // namespace fazhi
