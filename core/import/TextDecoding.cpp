// decodeText (declared in TextImporter.h): which encoding a report file is in, and whether it is
// text at all. Notepad on Windows saves UTF-8 (with or without BOM), "Unicode" (UTF-16 LE with BOM)
// and ANSI, which on a Chinese Windows is GBK; GB18030 is a superset of GBK, so it reads both.
// A UTF-8 file may also hold a line pasted from an ANSI file: that line alone is read as GB18030.
#ifdef _WIN32
#include <windows.h>  // NOMINMAX and WIN32_LEAN_AND_MEAN come from the top-level CMakeLists.txt
#endif

#include "TextImporter.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <limits>
#include <optional>

namespace fazhi {

namespace {

bool startsWithBytes(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

struct Decoded {
    bool available = false;  // the decoder exists on this system
    QString text;
    qsizetype invalid = 0;  // replacement characters produced
};

Decoded decodeWith(QStringDecoder decoder, QByteArrayView bytes)
{
    Decoded d;
    if (!decoder.isValid())
        return d;
    d.available = true;
    d.text = decoder.decode(bytes);
    d.invalid = d.text.count(QChar(QChar::ReplacementCharacter));
    return d;
}

// Length of the well-formed, assigned GB18030 sequence at the start of `p` (n bytes left), 0 when
// the first byte starts none. The structure needs no table: one byte 00-7F; two bytes 81-FE then
// 40-7E or 80-FE; four bytes 81-FE 30-39 81-FE 30-39 within the ranges GB18030 assigns (the BMP,
// 81308130-8431A439, and the supplementary planes, 90308130-E3329A35).
int gb18030SequenceLength(const unsigned char *p, qsizetype n)
{
    const unsigned c = p[0];
    if (c < 0x80)
        return 1;
    if (c == 0x80 || c == 0xFF || n < 2)
        return 0;
    const unsigned c2 = p[1];
    if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE))
        return 2;
    if (c2 < 0x30 || c2 > 0x39 || n < 4)
        return 0;
    const unsigned c3 = p[2];
    const unsigned c4 = p[3];
    if (c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39)
        return 0;
    const unsigned linear = (((c - 0x81) * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
    constexpr unsigned kBmpLast = 39419;           // 8431A439
    constexpr unsigned kSupplementaryFirst = 189000;  // 90308130
    if (linear <= kBmpLast || (linear >= kSupplementaryFirst && linear <= kSupplementaryFirst + 0xFFFFF))
        return 4;
    return 0;
}

// The mapping of well-formed GB18030 sequences to Unicode, which does need tables: ICU's through
// QStringDecoder where Qt has ICU (Debian's does), else Windows' own code page 54936.
class Gb18030Mapping {
public:
    bool available() const
    {
#ifdef _WIN32
        return m_decoder.isValid() || IsValidCodePage(54936);
#else
        return m_decoder.isValid();
#endif
    }

    // `run` holds whole sequences only, so no state carries from one run to the next.
    void append(QByteArrayView run, QString &out)
    {
        if (run.isEmpty())
            return;
        if (m_decoder.isValid()) {
            out += m_decoder.decode(run);
            return;
        }
#ifdef _WIN32
        if (run.size() < std::numeric_limits<int>::max()) {
            const int size = static_cast<int>(run.size());
            const int length = MultiByteToWideChar(54936, 0, run.data(), size, nullptr, 0);
            if (length > 0) {
                const qsizetype at = out.size();
                out.resize(at + length);
                MultiByteToWideChar(54936, 0, run.data(), size, reinterpret_cast<wchar_t *>(out.data() + at), length);
                return;
            }
        }
#endif
        out += QString(run.size(), QChar(QChar::ReplacementCharacter));
    }

private:
    QStringDecoder m_decoder{"GB18030"};
};

Decoded decodeGb18030(QByteArrayView bytes)
{
    // Which bytes are malformed is decided here, from the structure alone, and each such byte becomes
    // one U+FFFD: the text and the error count are the same whichever converter maps the rest (ICU
    // and Windows differ in how many replacement characters they write for a bad sequence).
    Decoded d;
    Gb18030Mapping mapping;
    if (!mapping.available())
        return d;
    d.available = true;
    d.text.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n;) {
        const int length = gb18030SequenceLength(p + i, n - i);
        if (length > 0) {
            i += length;
            continue;
        }
        mapping.append(bytes.sliced(runStart, i - runStart), d.text);
        d.text += QChar(QChar::ReplacementCharacter);
        ++d.invalid;
        runStart = ++i;
    }
    mapping.append(bytes.sliced(runStart), d.text);
    return d;
}

// Characters that do not occur in text: C0 controls other than tab and line breaks, DEL, and the
// replacement character left by a failed decoding.
bool isBinaryChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v')
        return false;
    return u < 0x20 || u == 0x7F || u == QChar::ReplacementCharacter;
}

bool looksBinary(const QString &text)
{
    qsizetype bad = 0;
    for (QChar c : text) {
        if (isBinaryChar(c))
            ++bad;
    }
    return bad >= 4 && bad * 50 > text.size();  // more than 2 %
}

// UTF-16 saved without a BOM: the NUL bytes of ASCII characters all sit on one side.
std::optional<QStringConverter::Encoding> bomlessUtf16(const QByteArray &bytes, qsizetype nuls)
{
    if (bytes.size() % 2 != 0 || nuls * 8 < bytes.size())
        return std::nullopt;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == 0)
            (i % 2 ? odd : even)++;
    }
    if (even == 0)
        return QStringConverter::Utf16LE;
    if (odd == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates or values past U+10FFFF
// (what QStringDecoder would replace by U+FFFD; a U+FFFD in the file itself is valid).
bool isUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Sequence length, the lead byte's payload, and the smallest value that needs this length.
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0)
            return false;
        char32_t value = c & (0x7F >> length);
        const char32_t smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (n - i < length)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Calls visit(begin, end, number) for each line of the bytes, without its line break (LF, CR or
// CRLF); numbers start at 1, as an editor counts lines. GB18030 and UTF-8 never use these bytes
// inside a character, so lines can be found before decoding.
template <typename Visit>
void forEachLine(QByteArrayView bytes, Visit visit)
{
    const qsizetype n = bytes.size();
    qsizetype begin = 0;
    int number = 1;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && bytes.at(i) != '\n' && bytes.at(i) != '\r')
            continue;
        visit(begin, i, number++);
        if (i + 1 < n && bytes.at(i) == '\r' && bytes.at(i + 1) == '\n')
            ++i;
        begin = i + 1;
    }
}

// A UTF-8 file in which some lines are not UTF-8 (pasted from a GBK file, typically): those lines are
// read as GB18030 where that reads them with fewer errors, and listed. Nullopt when the file does not
// look like UTF-8 (fewer lines that are UTF-8 with characters beyond ASCII than lines that are not),
// unless `utf8` says the file is UTF-8 anyway (it starts with a UTF-8 byte-order mark).
std::optional<DecodedText> decodeUtf8WithForeignLines(QByteArrayView bytes, bool utf8)
{
    qsizetype utf8Lines = 0;
    qsizetype otherLines = 0;
    forEachLine(bytes, [&](qsizetype begin, qsizetype end, int) {
        const QByteArrayView line = bytes.sliced(begin, end - begin);
        if (!isUtf8(line))
            ++otherLines;
        else if (!isAscii(line))
            ++utf8Lines;
    });
    if (!utf8 && (utf8Lines == 0 || utf8Lines < otherLines))
        return std::nullopt;

    DecodedText out;
    out.text.reserve(bytes.size());
    qsizetype utf8From = 0;  // the UTF-8 lines not yet decoded start here (with their line breaks)
    forEachLine(bytes, [&](qsizetype begin, qsizetype end, int number) {
        const QByteArrayView line = bytes.sliced(begin, end - begin);
        if (isUtf8(line))
            return;
        out.text += decodeWith(QStringDecoder(QStringConverter::Utf8), bytes.sliced(utf8From, begin - utf8From)).text;
        utf8From = end;
        const Decoded asUtf8 = decodeWith(QStringDecoder(QStringConverter::Utf8), line);
        const Decoded asGb = decodeGb18030(line);
        if (asGb.available && asGb.invalid < asUtf8.invalid) {
            out.text += asGb.text;
            out.foreignLines.append(ForeignLine{number, asGb.text});
        } else {
            out.text += asUtf8.text;  // a damaged byte or two in a UTF-8 line
        }
    });
    out.text += decodeWith(QStringDecoder(QStringConverter::Utf8), bytes.sliced(utf8From)).text;
    return out;
}

Error notText()
{
    return Error::data(Tr::tr("The file is not text; it looks like a binary file."));
}

}  // namespace

bool canDecodeGb18030() { return Gb18030Mapping().available(); }

Result<QString> decodeText(const QByteArray &bytes)
{
    Result<DecodedText> decoded = decodeTextAndLines(bytes);
    if (!decoded)
        return decoded.error();
    return std::move(decoded.value().text);
}

Result<DecodedText> decodeTextAndLines(const QByteArray &bytes)
{
    QString text;
    QList<ForeignLine> foreignLines;
    if (startsWithBytes(bytes, {0xEF, 0xBB, 0xBF})) {
        const QByteArrayView content = QByteArrayView(bytes).sliced(3);
        if (isUtf8(content)) {
            text = decodeWith(QStringDecoder(QStringConverter::Utf8), content).text;
        } else {
            DecodedText mixed = *decodeUtf8WithForeignLines(content, true);
            text = std::move(mixed.text);
            foreignLines = std::move(mixed.foreignLines);
        }
    } else if (startsWithBytes(bytes, {0xFF, 0xFE, 0x00, 0x00})) {
        text = decodeWith(QStringDecoder(QStringConverter::Utf32LE), QByteArrayView(bytes).sliced(4)).text;
    } else if (startsWithBytes(bytes, {0x00, 0x00, 0xFE, 0xFF})) {
        text = decodeWith(QStringDecoder(QStringConverter::Utf32BE), QByteArrayView(bytes).sliced(4)).text;
    } else if (startsWithBytes(bytes, {0xFF, 0xFE})) {
        text = decodeWith(QStringDecoder(QStringConverter::Utf16LE), QByteArrayView(bytes).sliced(2)).text;
    } else if (startsWithBytes(bytes, {0xFE, 0xFF})) {
        text = decodeWith(QStringDecoder(QStringConverter::Utf16BE), QByteArrayView(bytes).sliced(2)).text;
    } else {
        const qsizetype nuls = bytes.count('\0');
        if (nuls > 0) {
            if (const auto utf16 = bomlessUtf16(bytes, nuls)) {
                const Decoded d = decodeWith(QStringDecoder(*utf16), bytes);
                if (d.invalid == 0 && !looksBinary(d.text))
                    return decodeTextAndLines(QByteArray(*utf16 == QStringConverter::Utf16LE ? "\xFF\xFE" : "\xFE\xFF")
                                              + bytes);
            }
            // Text files hold no NUL bytes; a stray one is tolerated, many mean a binary file.
            if (nuls >= 16 || nuls * 100 > bytes.size())
                return notText();
        }
        if (isUtf8(bytes)) {
            text = decodeWith(QStringDecoder(QStringConverter::Utf8), bytes).text;
        } else if (std::optional<DecodedText> mixed = decodeUtf8WithForeignLines(bytes, false)) {
            text = std::move(mixed->text);
            foreignLines = std::move(mixed->foreignLines);
        } else {
            const Decoded utf8 = decodeWith(QStringDecoder(QStringConverter::Utf8), bytes);
            const Decoded gb = decodeGb18030(bytes);
            if (!gb.available && looksBinary(utf8.text))
                return notText();
            if (!gb.available)
                return Error::data(QCoreApplication::translate(
                    "fazhi", "The file is neither UTF-8 nor readable as GB18030 on this system; save it as UTF-8 and try again."));
            // A UTF-8 file with one damaged byte is still UTF-8.
            text = gb.invalid <= utf8.invalid ? gb.text : utf8.text;
        }
    }
    if (looksBinary(text))
        return notText();

    // One kind of line break, and none of the control characters that only binary junk carries.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c.unicode() == 0x2028 || c.unicode() == 0x2029) {
            out += u'\n';
        } else if (c == u'\t' || c == u'\n' || !isBinaryChar(c) || c.unicode() == QChar::ReplacementCharacter) {
            out += c;
        }
    }
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return DecodedText{out, foreignLines};
}

}  // namespace fazhi
