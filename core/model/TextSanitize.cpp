#include "TextSanitize.h"

#include <vector>

namespace fazhi {

namespace {

bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Bidirectional formatting controls: invisible, and they reorder what is displayed (an override can
// make "txt.exe" show as "exe.txt"), so text could read otherwise than it is stored and printed.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

bool isDropped(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || isBidiControl(c);
}

bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || QChar::isSpace(c); }

// Characters of scripts written without spaces between words, and CJK punctuation.
bool isWide(char32_t c)
{
    if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2E80 && c <= 0x2FDF))
        return true;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi: return true;
    default: return false;
    }
}

}  // namespace

QString sanitizeFieldText(const QString &text)
{
    // Decode by hand: QString::toUcs4() would turn a lone surrogate into U+FFFD, which we must not
    // confuse with a real replacement character typed or pasted by the user.
    std::vector<char32_t> in;
    in.reserve(size_t(text.size()));
    bool changed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            in.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            changed = true;  // lone surrogate: dropped
        } else {
            const char32_t u = c.unicode();
            if (isLineBreak(u) || isDropped(u))
                changed = true;
            in.push_back(u);
        }
    }
    if (!changed)
        return text;  // the common case: no copy

    std::vector<char32_t> out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size();) {
        const char32_t c = in[i];
        if (isLineBreak(c)) {
            size_t j = i;
            while (j < in.size() && (isLineBreak(in[j]) || (isDropped(in[j]) && in[j] != U'\t')))
                ++j;
            if (!out.empty() && j < in.size()) {
                const char32_t before = out.back();
                const char32_t after = in[j];
                if (!isWide(before) && !isWide(after) && !isSpace(before) && !isSpace(after))
                    out.push_back(U' ');
            }
            i = j;
            continue;
        }
        if (c == U'\t')
            out.push_back(U' ');
        else if (!isDropped(c))
            out.push_back(c);
        ++i;
    }
    return QString::fromUcs4(out.data(), qsizetype(out.size()));
}

QString removeUnencodable(const QString &in)
{
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(in.at(i + 1).unicode())) {
                out.append(in.at(i));
                out.append(in.at(++i));
            }
            continue;
        }
        if (QChar::isLowSurrogate(c))
            continue;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE
            || c == 0xFFFF || isBidiControl(c))
            continue;
        out.append(QChar(c));
    }
    return out;
}

}  // namespace fazhi
