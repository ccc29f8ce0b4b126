#include "GlyphCoverage.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>
#include <QSet>
#include <QStringList>

namespace fazhi {

namespace {

QMutex mutex;

struct Cache {
    QStringList families;  // the order fallbacks are tried in
    bool familiesKnown = false;
    QHash<QString, QRawFont> faces;
    QHash<char32_t, QString> fallback;  // character → family ("" for none)
};

Cache &cache()
{
    static Cache c;
    return c;
}

bool needsNoGlyph(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == U' ' || c == 0x00A0 || c == 0x3000
        || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || c == 0x2060 || c == 0xFEFF
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isChineseFamily(const QString &family)
{
    const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(family);
    return systems.contains(QFontDatabase::SimplifiedChinese) || systems.contains(QFontDatabase::TraditionalChinese);
}

// Called with the mutex held.
const QStringList &familiesLocked()
{
    Cache &c = cache();
    if (!c.familiesKnown) {
        QStringList chinese, others;
        for (const QString &family : QFontDatabase::families()) {
            if (family.startsWith(QLatin1Char('@')) || QFontDatabase::isPrivateFamily(family))
                continue;
            (isChineseFamily(family) ? chinese : others).append(family);
        }
        c.families = chinese + others;
        c.familiesKnown = true;
    }
    return c.families;
}

// Called with the mutex held.
const QRawFont &faceLocked(const QString &family)
{
    Cache &c = cache();
    auto it = c.faces.find(family);
    if (it == c.faces.end()) {
        QFont font(family);
        font.setStyleStrategy(QFont::NoFontMerging);
        it = c.faces.insert(family, QRawFont::fromFont(font));
    }
    return *it;
}

QString fallbackLocked(char32_t c)
{
    Cache &cached = cache();
    const auto known = cached.fallback.constFind(c);
    if (known != cached.fallback.constEnd())
        return *known;
    QString found;
    for (const QString &family : familiesLocked()) {
        const QRawFont &raw = faceLocked(family);
        if (raw.isValid() && raw.supportsCharacter(uint(c))) {
            found = family;
            break;
        }
    }
    cached.fallback.insert(c, found);
    return found;
}

}  // namespace

bool familyHasCharacter(const QString &family, char32_t c)
{
    QMutexLocker lock(&mutex);
    const QRawFont &raw = faceLocked(family);
    return raw.isValid() && raw.supportsCharacter(uint(c));
}

QString fallbackFamilyFor(char32_t c)
{
    QMutexLocker lock(&mutex);
    return fallbackLocked(c);
}

bool canDrawCharacter(char32_t c)
{
    if (needsNoGlyph(c))
        return true;
    QMutexLocker lock(&mutex);
    return !fallbackLocked(c).isEmpty();
}

QList<char32_t> undrawableCharacters(const QString &text)
{
    QList<char32_t> missing;
    QSet<char32_t> seen;
    for (const char32_t c : text.toUcs4()) {
        if (seen.contains(c))
            continue;
        seen.insert(c);
        if (!canDrawCharacter(c))
            missing.append(c);
    }
    return missing;
}

void clearGlyphCoverageCache()
{
    QMutexLocker lock(&mutex);
    cache() = Cache();
}

}  // namespace fazhi
