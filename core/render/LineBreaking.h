#pragma once
// Chinese line breaking (禁则) and the balanced lines of a long title (GB/T 9704 7.3.3: 回行时要做到
// 词意完整，排列对称，长短适宜). Shared by the PDF writer, the Word writer and the preview, so that the
// three break a title alike wherever their line widths agree.

#include <QSet>
#include <QString>
#include <vector>

namespace fazhi {

// Characters that never start a line, and those that never end one: Word's defaults for Simplified
// Chinese, with the connectors, the interpunct and the slash of GB/T 15834-2011 5.1.6–5.1.9.
const QSet<char32_t> &noLineStart();
const QSet<char32_t> &noLineEnd();
// Characters below General Punctuation belong to scripts that separate words with spaces (Latin,
// digits, Greek, Cyrillic …): a line never breaks inside such a word.
bool isWordChar(char32_t c);
// Whether a line may end after `a` and the next start with `c`.
bool canBreakBetween(char32_t a, char32_t c);

// One character of a text as set: its code point, its width, where it starts in the QString.
struct SetChar {
    char32_t cp = 0;
    double advance = 0;
    int pos = 0;
};

// The characters of `text` (surrogate pairs as one), each with the width `advance` gives it.
template <typename Advance>
std::vector<SetChar> setChars(const QString &text, Advance advance)
{
    std::vector<SetChar> chars;
    for (int i = 0; i < text.size();) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t cp = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        chars.push_back({cp, double(advance(cp)), i});
        i += pair ? 2 : 1;
    }
    return chars;
}

// A line: characters [from, to), trailing spaces included (they hang and are not drawn).
struct CharRange {
    int from = 0;
    int to = 0;
};

// Lines filled as far as they go (a line may overrun `width` by `tolerance`); spaces after a break
// hang at the end of the line, and a word longer than a line is broken where the line is full.
std::vector<CharRange> fillLines(const std::vector<SetChar> &chars, double width, double tolerance = 0,
                                 bool noBreakAfterDigit = false);

// A title longer than one line in balanced lines: as few lines as filling them needs, widths close to
// each other (a first line a little shorter: 梯形), breaks where words end (before 关于 or a
// conjunction, after punctuation, between Chinese and Latin) rather than inside one, and never inside
// a number. A title that starts with the organization's name breaks after it when that costs no
// extra line, which keeps both parts whole. `cell` is the width of one character of the title's size.
std::vector<CharRange> balanceTitle(const QString &text, const std::vector<SetChar> &chars, double width,
                                    double cell, const QString &organization, double tolerance = 0);

// `text` with `separator` where each of `lines` after the first starts, and without the spaces that
// hang at the ends of lines.
QString withLineBreaks(const QString &text, const std::vector<SetChar> &chars, const std::vector<CharRange> &lines,
                       QChar separator);

}  // namespace fazhi
