// Rules paired-punctuation, halfwidth-punctuation (, ; : ? ! ( ) and a full stop typed as .), spacing,
// repeated-punctuation.
//
// Each text is scanned once for its brackets and quotation marks; the half-width rule reuses that
// scan so that a mixed pair such as （…) is reported once (as a mismatched pair), not twice.

#include "CheckText.h"
#include "Rules.h"

#include <QVarLengthArray>
#include <algorithm>

namespace fazhi::check::detail {

namespace {

struct MarkScan {
    struct Unpaired {
        int pos;       // UTF-16 index of the mark
        bool opening;  // the mark is an opening mark whose closing mark is missing
        char16_t mark;
    };
    QList<Unpaired> unpaired;
    QList<std::pair<int, int>> halfPairs;   // matched ( ) pairs, both half-width
    QList<std::pair<int, int>> mixedPairs;  // matched pairs of different width
    QVarLengthArray<int, 8> unpairedHalf;   // unmatched ( or )
};

char16_t closingOf(char16_t open)
{
    switch (open) {
    case u'“': return u'”';
    case u'‘': return u'’';
    case u'《': return u'》';
    case u'〈': return u'〉';
    case u'（': case u'(': return u'）';
    case u'【': return u'】';
    case u'〔': return u'〕';
    case u'「': return u'」';
    case u'『': return u'』';
    default: return 0;
    }
}

char16_t openingOf(char16_t close)
{
    switch (close) {
    case u'”': return u'“';
    case u'’': return u'‘';
    case u'》': return u'《';
    case u'〉': return u'〈';
    case u'）': case u')': return u'（';
    case u'】': return u'【';
    case u'〕': return u'〔';
    case u'」': return u'「';
    case u'』': return u'『';
    default: return 0;
    }
}

MarkScan scanMarks(const QString &text)
{
    MarkScan scan;
    // Marks that do not nest with themselves in Chinese text (nested quotation uses ‘’, nested titles 〈〉):
    // a second opening mark while one is open means the first was never closed.
    int quote = -1, single = -1, book = -1, angle = -1, corner = -1, whiteCorner = -1;
    // Brackets may nest.
    QVarLengthArray<int, 8> parens, squares, tortoise;
    const int n = int(text.size());

    auto openFlat = [&](int &slot, int i) {
        if (slot >= 0)
            scan.unpaired.append({slot, true, text.at(slot).unicode()});
        slot = i;
    };
    auto closeFlat = [&](int &slot, int i) {
        if (slot >= 0)
            slot = -1;
        else
            scan.unpaired.append({i, false, text.at(i).unicode()});
    };
    auto closeNested = [&](QVarLengthArray<int, 8> &stack, int i) {
        if (stack.isEmpty()) {
            scan.unpaired.append({i, false, text.at(i).unicode()});
            if (text.at(i) == u')')
                scan.unpairedHalf.append(i);
            return;
        }
        const int open = stack.back();
        stack.pop_back();
        const bool openHalf = text.at(open) == u'(';
        const bool closeHalf = text.at(i) == u')';
        if (openHalf && closeHalf)
            scan.halfPairs.append({open, i});
        else if (openHalf != closeHalf)
            scan.mixedPairs.append({open, i});
    };

    for (int i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'“': openFlat(quote, i); break;
        case u'”': closeFlat(quote, i); break;
        case u'‘': openFlat(single, i); break;
        case u'’':
            // An apostrophe between Latin letters (People’s) is not a quotation mark.
            if (single < 0 && i > 0 && i + 1 < n && isAsciiLetter(text.at(i - 1).unicode())
                && isAsciiLetter(text.at(i + 1).unicode()))
                break;
            closeFlat(single, i);
            break;
        case u'《': openFlat(book, i); break;
        case u'》': closeFlat(book, i); break;
        case u'〈': openFlat(angle, i); break;
        case u'〉': closeFlat(angle, i); break;
        case u'「': openFlat(corner, i); break;
        case u'」': closeFlat(corner, i); break;
        case u'『': openFlat(whiteCorner, i); break;
        case u'』': closeFlat(whiteCorner, i); break;
        case u'（': case u'(': parens.append(i); break;
        case u'）': case u')': closeNested(parens, i); break;
        case u'【': squares.append(i); break;
        case u'】': closeNested(squares, i); break;
        case u'〔': tortoise.append(i); break;
        case u'〕': closeNested(tortoise, i); break;
        default: break;
        }
    }
    for (int slot : {quote, single, book, angle, corner, whiteCorner}) {
        if (slot >= 0)
            scan.unpaired.append({slot, true, text.at(slot).unicode()});
    }
    for (const auto *stack : {&parens, &squares, &tortoise}) {
        for (int open : *stack) {
            scan.unpaired.append({open, true, text.at(open).unicode()});
            if (text.at(open) == u'(')
                scan.unpairedHalf.append(open);
        }
    }
    std::sort(scan.unpaired.begin(), scan.unpaired.end(),
              [](const MarkScan::Unpaired &a, const MarkScan::Unpaired &b) { return a.pos < b.pos; });
    return scan;
}

void reportPaired(const TextUnit &unit, const MarkScan &scan, Sink &sink)
{
    for (const auto &u : scan.unpaired) {
        const char16_t other = u.opening ? closingOf(u.mark) : openingOf(u.mark);
        Msg msg;
        switch (u.mark) {
        case u'“': case u'”': case u'‘': case u'’': case u'「': case u'」': case u'『': case u'』':
            msg = u.opening ? Msg::QuoteNoClose : Msg::QuoteNoOpen;
            break;
        case u'《': case u'》': case u'〈': case u'〉':
            msg = u.opening ? Msg::BookTitleNoClose : Msg::BookTitleNoOpen;
            break;
        default:
            msg = u.opening ? Msg::BracketNoClose : Msg::BracketNoOpen;
            break;
        }
        sink.add(RuleId::PairedPunctuation, Severity::Error, unit, u.pos, u.pos + 1,
                 message(msg).arg(QChar(other)));
    }
    for (const auto &[open, close] : scan.mixedPairs) {
        // The half-width one is the odd one out in Chinese text.
        const bool openHalf = unit.text.at(open) == u'(';
        const int pos = openHalf ? open : close;
        const QChar full = openHalf ? QChar(u'（') : QChar(u'）');
        sink.add(RuleId::PairedPunctuation, Severity::Warning, unit, pos, pos + 1,
                 message(Msg::BracketMixedWidth).arg(unit.text.at(open), unit.text.at(close), QString(full)),
                 QString(full));
    }
}

QChar fullWidthOf(char16_t c)
{
    switch (c) {
    case u',': return QChar(u'，');
    case u';': return QChar(u'；');
    case u':': return QChar(u'：');
    case u'?': return QChar(u'？');
    case u'!': return QChar(u'！');
    case u'(': return QChar(u'（');
    case u')': return QChar(u'）');
    default: return QChar();
    }
}

// The code point before index i, skipping spaces; 0 at the start.
char32_t prevNonSpace(const QString &text, int i)
{
    while (i > 0) {
        const char32_t c = codePointBefore(text, i);
        if (!isSpace(c))
            return c;
        i -= c > 0xFFFF ? 2 : 1;
    }
    return 0;
}

char32_t nextNonSpace(const QString &text, int i)
{
    const int n = int(text.size());
    while (i < n) {
        const char32_t c = codePointAt(text, i);
        if (!isSpace(c))
            return c;
        i += widthAt(text, i);
    }
    return 0;
}

bool containsIdeograph(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (isIdeograph(codePointAt(text, i)))
            return true;
    }
    return false;
}

// Marks [from, to) as covered; used so the spacing rule does not report spaces a fix already removes.
void cover(QVarLengthArray<std::pair<int, int>, 8> &covered, int from, int to) { covered.append({from, to}); }
bool isCovered(const QVarLengthArray<std::pair<int, int>, 8> &covered, int i)
{
    for (const auto &[from, to] : covered) {
        if (i >= from && i < to)
            return true;
    }
    return false;
}

void reportHalfwidth(const TextUnit &unit, const MarkScan &scan, Sink &sink,
                     QVarLengthArray<std::pair<int, int>, 8> &covered)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    // Half-width parentheses in Chinese text: a pair is one finding and one repair, （社区）.
    QVarLengthArray<int, 8> single;
    for (const auto &[open, close] : scan.halfPairs) {
        if (containsIdeograph(text, open + 1, close) || isChineseContext(prevNonSpace(text, open))
            || isChineseContext(nextNonSpace(text, close + 1))) {
            const QString inner = text.mid(open + 1, close - open - 1);
            sink.add(RuleId::HalfwidthPunctuation, Severity::Warning, unit, open, close + 1,
                     message(Msg::HalfwidthBrackets).arg(QStringLiteral("( )"), QStringLiteral("（ ）")),
                     QStringLiteral("（") + inner + QStringLiteral("）"));
            cover(covered, open, open + 1);
            cover(covered, close, close + 1);
        }
    }
    for (int pos : scan.unpairedHalf) {
        if (isChineseContext(prevNonSpace(text, pos)) || isChineseContext(nextNonSpace(text, pos + 1)))
            single.append(pos);
    }
    auto report = [&](int from, int to, QChar half, QChar full) {
        sink.add(RuleId::HalfwidthPunctuation, Severity::Warning, unit, from, to,
                 message(Msg::Halfwidth).arg(half, full), QString(full));
        cover(covered, from, to);
    };
    for (int i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'(' || c == u')') {
            if (single.contains(i))
                report(i, i + 1, QChar(c), fullWidthOf(c));
            continue;
        }
        if (c == u'.') {
            // A full stop typed half-width after Chinese text: 工作. → 工作。 Not 1. labels, 3.5, Latin
            // words, file names (政府网.cn has a Latin letter after it) or an ellipsis typed as dots.
            const char32_t before = codePointBefore(text, i);
            const char32_t after = codePointAt(text, i + 1);
            const bool chineseBefore = isIdeograph(before) || before == U'”' || before == U'）' || before == U'》';
            const bool endsClause = i + 1 >= n || isSpace(after) || isChineseContext(after);
            if (chineseBefore && endsClause && after != U'.')
                report(i, i + 1, QChar(c), QChar(u'。'));
            continue;
        }
        if (c != u',' && c != u';' && c != u':' && c != u'?' && c != u'!')
            continue;
        // 1,000 and 10:20 are numbers, not punctuation.
        if (i > 0 && i + 1 < n && isAsciiDigit(text.at(i - 1).unicode()) && isAsciiDigit(text.at(i + 1).unicode()))
            continue;
        if (!isChineseContext(prevNonSpace(text, i)) && !isChineseContext(nextNonSpace(text, i + 1)))
            continue;
        // The spaces around a half-width mark go with it: full-width marks carry their own spacing.
        int from = i, to = i + 1;
        while (from > 0 && text.at(from - 1) == u' ')
            --from;
        while (to < n && text.at(to) == u' ')
            ++to;
        report(from, to, QChar(c), fullWidthOf(c));
        i = to - 1;
    }
}

void reportSpacing(const TextUnit &unit, Sink &sink, const QVarLengthArray<std::pair<int, int>, 8> &covered)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (!isSpace(text.at(i).unicode()) || isCovered(covered, i))
            continue;
        int end = i;
        while (end < n && isSpace(text.at(end).unicode()))
            ++end;
        if (i > 0 && end < n) {
            const char32_t before = codePointBefore(text, i);
            const char32_t after = codePointAt(text, end);
            const bool chineseBoth = isChineseContext(before) && isChineseContext(after);
            const bool numberAndChinese = (isChineseContext(before) && isAsciiDigit(after))
                || (isAsciiDigit(before) && isChineseContext(after));
            if (chineseBoth || numberAndChinese)
                sink.add(RuleId::Spacing, Severity::Warning, unit, i, end, message(Msg::StraySpace), QString());
        }
        i = end - 1;
    }
}

bool isSentenceMark(char16_t c)
{
    return c == u'，' || c == u'。' || c == u'、' || c == u'；' || c == u'：' || c == u'？' || c == u'！';
}

void reportRepeated(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (!isSentenceMark(text.at(i).unicode()))
            continue;
        int end = i + 1;
        while (end < n && isSentenceMark(text.at(end).unicode()))
            ++end;
        if (end - i >= 2) {
            const QString run = text.mid(i, end - i);
            bool same = true;
            for (const QChar c : run)
                same = same && c == run.at(0);
            if (same) {
                sink.add(RuleId::RepeatedPunctuation, Severity::Warning, unit, i, end,
                         message(Msg::DoubledMark).arg(run.at(0)), QString(run.at(0)));
            } else if (run != QStringLiteral("？！") && run != QStringLiteral("！？")) {
                sink.add(RuleId::RepeatedPunctuation, Severity::Warning, unit, i, end,
                         message(Msg::ConsecutiveMarks).arg(run));
            }
        }
        i = end - 1;
    }
}

}  // namespace

void checkPunctuation(const QList<TextUnit> &units, Sink &sink)
{
    const bool paired = sink.enabled(RuleId::PairedPunctuation);
    const bool half = sink.enabled(RuleId::HalfwidthPunctuation);
    const bool spacing = sink.enabled(RuleId::Spacing);
    const bool repeated = sink.enabled(RuleId::RepeatedPunctuation);
    for (const TextUnit &unit : units) {
        QVarLengthArray<std::pair<int, int>, 8> covered;
        if (paired || half) {
            const MarkScan scan = scanMarks(unit.text);
            if (paired)
                reportPaired(unit, scan, sink);
            if (half)
                reportHalfwidth(unit, scan, sink, covered);
        }
        if (spacing)
            reportSpacing(unit, sink, covered);
        if (repeated)
            reportRepeated(unit, sink);
    }
}

}  // namespace fazhi::check::detail
