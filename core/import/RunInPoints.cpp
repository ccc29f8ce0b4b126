#include "RunInPoints.h"

#include "ImportRules.h"
#include "model/Numbering.h"

#include <algorithm>
#include <vector>

namespace fazhi::textimport {

namespace {

constexpr int kMaxPoints = 99;  // the Chinese numerals numbering can write (一 … 九十九)

bool isNumeralChar(QChar c)
{
    switch (c.unicode()) {
    case u'一': case u'二': case u'三': case u'四': case u'五': case u'六': case u'七': case u'八':
    case u'九': case u'十':
        return true;
    default:
        return false;
    }
}

// Where an enumeration marker may start: after a clause ends.
bool isBoundaryChar(QChar c)
{
    switch (c.unicode()) {
    case u'。': case u'；': case u';': case u'：': case u':': case u'，': case u',': case u'！':
    case u'？': case u'!': case u'?':
        return true;
    default:
        return false;
    }
}

// Where a lost numeral may be: a bare 是 only counts after a sentence or clause ends with 。 or ；.
bool isLostNumeralBoundaryChar(QChar c) { return c == u'。' || c == u'；' || c == u';'; }

// 是否、是指、是由、是在、是对 …: a sentence that genuinely starts with 是, not a lost numeral.
bool startsOrdinarySentence(QChar next)
{
    switch (next.unicode()) {
    case u'否': case u'指': case u'由': case u'在': case u'对': case u'因': case u'为': case u'以':
    case u'年': case u'日': case u'月': case u'时': case u'故': case u'非': case u'的': case u'则':
    case u'即': case u'也': case u'不': case u'与': case u'和': case u'及': case u'从': case u'乃':
    case u'是': case u'说': case u'这': case u'那': case u'其':
        return true;
    default:
        return !next.isLetter();  // punctuation or a digit right after 是
    }
}

}  // namespace

std::optional<RunInSplit> splitRunInPoints(const QString &s)
{
    const qsizetype n = s.size();
    if (n < 2)
        return std::nullopt;

    // The last non-space character before each position (0 at the start), in one pass.
    std::vector<char16_t> before(static_cast<size_t>(n) + 1, 0);
    {
        char16_t last = 0;
        for (qsizetype i = 0; i < n; ++i) {
            before[static_cast<size_t>(i)] = last;
            const QChar c = s.at(i);
            if (!isBlank(c))
                last = c.unicode();
        }
        before[static_cast<size_t>(n)] = last;
    }
    auto atBoundary = [&](qsizetype i) {
        const char16_t b = before[static_cast<size_t>(i)];
        return b == 0 || isBoundaryChar(QChar(b));
    };

    // Every explicit marker "N是" at a boundary, by N, in text order.
    struct Marker {
        qsizetype pos;
        qsizetype length;
    };
    std::vector<std::vector<Marker>> markers(kMaxPoints + 1);
    for (qsizetype i = 0; i < n; ++i) {
        if (!isNumeralChar(s.at(i)) || (i > 0 && isNumeralChar(s.at(i - 1))) || !atBoundary(i))
            continue;
        qsizetype len = 0;
        while (len < 3 && i + len < n && isNumeralChar(s.at(i + len)))
            ++len;
        for (qsizetype l = len; l >= 1; --l) {
            if (i + l < n && s.at(i + l) == u'是') {
                const int value = numbering::parseChineseNumeral(s.mid(i, l));
                if (value > 0 && value <= kMaxPoints) {
                    markers[static_cast<size_t>(value)].push_back({i, l + 1});
                    break;
                }
            }
        }
    }
    if (markers[1].empty())
        return std::nullopt;

    const Marker first = markers[1].front();
    RunInSplit split;
    split.prefix = s.left(first.pos);
    const int announced = announcedCount(split.prefix);

    // Bare 是 right after 。/； (spaces allowed between), after the first marker.
    std::vector<qsizetype> bare;
    for (qsizetype i = first.pos + first.length; i + 1 < n; ++i) {
        if (s.at(i) == u'是' && before[static_cast<size_t>(i)] != 0
            && isLostNumeralBoundaryChar(QChar(before[static_cast<size_t>(i)]))
            && (i == 0 || !isNumeralChar(s.at(i - 1))) && !startsOrdinarySentence(s.at(i + 1)))
            bare.push_back(i);
    }

    struct Start {
        qsizetype pos;
        qsizetype length;
        bool restored;
    };
    std::vector<Start> starts{{first.pos, first.length, false}};
    size_t nextBare = 0;
    for (int number = 2; number <= kMaxPoints; ++number) {
        const qsizetype cur = starts.back().pos + starts.back().length;
        const auto &list = markers[static_cast<size_t>(number)];
        const auto explicitIt = std::lower_bound(list.begin(), list.end(), cur,
                                                 [](const Marker &m, qsizetype p) { return m.pos < p; });
        if (explicitIt != list.end()) {
            // The written numeral wins; a bare 是 before it is ordinary text.
            starts.push_back({explicitIt->pos, explicitIt->length, false});
            continue;
        }
        if (announced > 0 && number > announced)
            break;
        while (nextBare < bare.size() && bare[nextBare] < cur)
            ++nextBare;
        if (nextBare == bare.size())
            break;
        starts.push_back({bare[nextBare], 1, true});
    }

    for (size_t k = 0; k < starts.size(); ++k) {
        const qsizetype textStart = starts[k].pos + starts[k].length;
        const qsizetype textEnd = k + 1 < starts.size() ? starts[k + 1].pos : n;
        split.points.append(RunInPoint{s.mid(textStart, textEnd - textStart), static_cast<int>(k) + 1,
                                       starts[k].restored});
    }
    return split;
}

}  // namespace fazhi::textimport
