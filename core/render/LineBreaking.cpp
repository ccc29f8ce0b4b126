#include "LineBreaking.h"

#include <QStringList>
#include <QStringView>

#include <algorithm>

namespace fazhi {

namespace {

QSet<char32_t> codePoints(const QString &chars)
{
    QSet<char32_t> set;
    for (const char32_t c : chars.toUcs4())
        set.insert(c);
    return set;
}

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

const QSet<char32_t> &noLineStart()
{
    static const QSet<char32_t> set = codePoints(QStringLiteral(
        "!%),.:;?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠"
        // GB/T 15834-2011 5.1.6, 5.1.7, 5.1.9: connectors, the interpunct and the slash never start a line
        "‐–〜・－/／"));
    return set;
}

const QSet<char32_t> &noLineEnd()
{
    static const QSet<char32_t> set = codePoints(QStringLiteral("$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"
                                                              // GB/T 15834-2011 5.1.9: nor does the slash end one
                                                              "/／"));
    return set;
}

bool isWordChar(char32_t c) { return c < 0x2000 && c != U' '; }

bool canBreakBetween(char32_t a, char32_t c)
{
    if (c == U' ')
        return false;  // spaces hang at the end of the line; the break comes after them
    if (noLineStart().contains(c))
        return false;
    if (a == U' ')
        return true;
    if (noLineEnd().contains(a))
        return false;
    if (a == c && (a == 0x2014 || a == 0x2026 || a == 0x2015))
        return false;  // —— and …… are one mark
    if (isWordChar(a) && isWordChar(c))
        return false;
    return true;
}

std::vector<CharRange> fillLines(const std::vector<SetChar> &chars, double width, double tolerance,
                                 bool noBreakAfterDigit)
{
    const int n = int(chars.size());
    std::vector<CharRange> lines;
    int start = 0;
    while (start < n) {
        double w = 0;
        int end = start;
        while (end < n) {
            const SetChar &c = chars[size_t(end)];
            if (c.cp != U' ' && w + c.advance > width + tolerance)
                break;
            w += c.advance;
            ++end;
        }
        if (end >= n) {
            lines.push_back({start, n});
            break;
        }
        // `end` does not fit: push characters to the next line until the break is allowed.
        auto allowed = [&](int at) {
            const char32_t a = chars[size_t(at - 1)].cp;
            return !(noBreakAfterDigit && isDigit(a)) && canBreakBetween(a, chars[size_t(at)].cp);
        };
        int brk = end;
        while (brk > start && !allowed(brk))
            --brk;
        if (brk <= start)
            brk = std::max(end, start + 1);  // nothing allowed (a very long word): break where it fills
        while (brk < n && chars[size_t(brk)].cp == U' ')
            ++brk;  // spaces after the break hang at the end of this line
        lines.push_back({start, brk});
        start = brk;
    }
    if (lines.empty())
        lines.push_back({0, n});
    return lines;
}

std::vector<CharRange> balanceTitle(const QString &text, const std::vector<SetChar> &chars, double width,
                                    double cell, const QString &organization, double tolerance)
{
    const int n = int(chars.size());
    const std::vector<CharRange> greedy = fillLines(chars, width, tolerance, true);
    const int lineCount = int(greedy.size());
    if (lineCount <= 1 || n > 200)
        return greedy;

    // Widths from prefix sums; trailing spaces do not count.
    std::vector<double> prefix(size_t(n) + 1, 0.0);
    std::vector<int> contentEnd(size_t(n) + 1, 0);  // end of the text before trailing spaces
    for (int i = 0; i < n; ++i) {
        prefix[size_t(i) + 1] = prefix[size_t(i)] + chars[size_t(i)].advance;
        contentEnd[size_t(i) + 1] = chars[size_t(i)].cp == U' ' ? contentEnd[size_t(i)] : i + 1;
    }
    auto lineWidth = [&](int from, int to) {
        const int end = std::max(from, contentEnd[size_t(to)]);
        return prefix[size_t(end)] - prefix[size_t(from)];
    };

    // After the organization's name, if the rest then needs no more lines than the whole did.
    const int textStart = chars.front().pos;
    if (!organization.isEmpty() && QStringView(text).mid(textStart).startsWith(organization)) {
        int orgEnd = 0;
        while (orgEnd < n && chars[size_t(orgEnd)].pos < textStart + organization.size())
            ++orgEnd;
        if (orgEnd < n && lineWidth(0, orgEnd) <= width + tolerance) {
            const std::vector<SetChar> restChars(chars.begin() + orgEnd, chars.end());
            const std::vector<CharRange> rest = balanceTitle(text, restChars, width, cell, QString(), tolerance);
            if (int(rest.size()) + 1 <= lineCount) {
                std::vector<CharRange> lines{{0, orgEnd}};
                for (const CharRange &r : rest)
                    lines.push_back({r.from + orgEnd, r.to + orgEnd});
                return lines;
            }
        }
    }

    // Allowed break positions and what each costs. Chinese words are not marked: the words titles are
    // made of are known, a break inside one (年|度) is the last resort and one between two of them a
    // little cheaper than between two unknown ideographs, which may split a word. Breaks before a
    // conjunction or 关于 cost nothing: they never split one.
    static const QStringList wordStarts = {QStringLiteral("关于"), QStringLiteral("以及"), QStringLiteral("和"),
                                           QStringLiteral("及"),   QStringLiteral("与"),   QStringLiteral("暨"),
                                           QStringLiteral("并")};
    static const QStringList titleWords = {
        QStringLiteral("人民政府"), QStringLiteral("办事处"), QStringLiteral("委员会"), QStringLiteral("管委会"),
        QStringLiteral("负责人"),   QStringLiteral("年度"),   QStringLiteral("法治"),   QStringLiteral("政府"),
        QStringLiteral("人民"),     QStringLiteral("街道"),   QStringLiteral("建设"),   QStringLiteral("情况"),
        QStringLiteral("报告"),     QStringLiteral("工作"),   QStringLiteral("依法"),   QStringLiteral("行政"),
        QStringLiteral("推进"),     QStringLiteral("履行"),   QStringLiteral("职责"),   QStringLiteral("年终"),
        QStringLiteral("总结"),     QStringLiteral("关于"),   QStringLiteral("法治政府"), QStringLiteral("工作情况"),
        QStringLiteral("建设情况"), QStringLiteral("工作安排"), QStringLiteral("工作报告"), QStringLiteral("工作要点")};
    std::vector<double> wordCost(text.size() + 1, 16);  // by position in `text`: as bad as lines five characters apart
    for (const QString &w : titleWords) {
        for (qsizetype at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            for (qsizetype k = at + 1; k < at + w.size(); ++k)
                wordCost[size_t(k)] = 100;
            for (qsizetype edge : {at, at + w.size()}) {
                if (wordCost[size_t(edge)] < 100)
                    wordCost[size_t(edge)] = 12;  // a little better than an unknown place; a conjunction is best
            }
        }
    }
    std::vector<int> breaks{0};
    std::vector<double> penalty{0};
    for (int i = 1; i < n; ++i) {
        const char32_t a = chars[size_t(i - 1)].cp;
        const char32_t c = chars[size_t(i)].cp;
        if (!canBreakBetween(a, c) || isDigit(a))
            continue;
        const int pos = chars[size_t(i)].pos;
        double cost = wordCost[size_t(pos)];
        const QStringView rest = QStringView(text).mid(pos);
        if (std::any_of(wordStarts.begin(), wordStarts.end(), [&](const QString &w) { return rest.startsWith(w); })
            || a == U' ' || noLineStart().contains(a))
            cost = 0;
        else if (isWordChar(a) != isWordChar(c))
            cost = std::min(cost, 4.0);
        breaks.push_back(i);
        penalty.push_back(cost);
    }
    breaks.push_back(n);
    penalty.push_back(0);
    const int m = int(breaks.size());
    const double mean = lineWidth(0, n) / lineCount;
    // Cost of a line: its squared distance from the mean width, in characters, plus its break's
    // penalty; a first line a little shorter than the rest is preferred (梯形).
    auto lineCost = [&](int i, int j, int k) {
        const double w = lineWidth(breaks[size_t(i)], breaks[size_t(j)]);
        if (w > width + tolerance)
            return -1.0;
        const double d = (w - mean) / cell;
        return d * d + penalty[size_t(j)] + (k == 0 ? 0.01 * w / cell : 0.0);
    };
    // best[k][j]: least cost setting chars [0, breaks[j]) in k+1 lines.
    constexpr double inf = 1e300;
    std::vector<std::vector<double>> best(size_t(lineCount), std::vector<double>(size_t(m), inf));
    std::vector<std::vector<int>> from(size_t(lineCount), std::vector<int>(size_t(m), -1));
    for (int j = 1; j < m; ++j) {
        const double c = lineCost(0, j, 0);
        if (c >= 0)
            best[0][size_t(j)] = c;
    }
    for (int k = 1; k < lineCount; ++k) {
        for (int j = 1; j < m; ++j) {
            for (int i = 1; i < j; ++i) {
                if (best[size_t(k - 1)][size_t(i)] >= inf)
                    continue;
                const double c = lineCost(i, j, k);
                if (c < 0)
                    continue;
                if (best[size_t(k - 1)][size_t(i)] + c < best[size_t(k)][size_t(j)]) {
                    best[size_t(k)][size_t(j)] = best[size_t(k - 1)][size_t(i)] + c;
                    from[size_t(k)][size_t(j)] = i;
                }
            }
        }
    }
    if (best[size_t(lineCount - 1)][size_t(m - 1)] >= inf)
        return greedy;
    std::vector<CharRange> lines(static_cast<size_t>(lineCount));
    int j = m - 1;
    for (int k = lineCount - 1; k >= 0; --k) {
        const int i = k == 0 ? 0 : from[size_t(k)][size_t(j)];
        lines[size_t(k)] = {breaks[size_t(i)], breaks[size_t(j)]};
        j = i;
    }
    return lines;
}

QString withLineBreaks(const QString &text, const std::vector<SetChar> &chars, const std::vector<CharRange> &lines,
                       QChar separator)
{
    QString out;
    for (size_t k = 0; k < lines.size(); ++k) {
        int to = lines[k].to;
        while (to > lines[k].from && chars[size_t(to - 1)].cp == U' ')
            --to;
        if (k > 0)
            out += separator;
        if (to > lines[k].from) {
            const int begin = chars[size_t(lines[k].from)].pos;
            const int end = to < int(chars.size()) ? chars[size_t(to)].pos : int(text.size());
            out += text.mid(begin, end - begin);
        }
    }
    return out;
}

}  // namespace fazhi
