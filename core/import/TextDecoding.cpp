// decodeText (declared in TextImporter.h): which encoding a report file is in, and whether it is
// text at all. Notepad on Windows saves UTF-8 (with or without BOM), "Unicode" (UTF-16 LE with BOM)
// and ANSI, which on a Chinese Windows is GBK; GB18030 is a superset of GBK, so it reads both.
#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

#include "TextImporter.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

Decoded decodeGb18030(const QByteArray &bytes)
{
    // Qt uses ICU for GB18030 where Qt was built with it (Debian); Qt's Windows builds may lack ICU,
    // but Windows itself converts GB18030 (code page 54936).
    Decoded d = decodeWith(QStringDecoder("GB18030"), bytes);
#ifdef _WIN32
    if (!d.available && bytes.size() < std::numeric_limits<int>::max()) {
        const int size = static_cast<int>(bytes.size());
        const int length = MultiByteToWideChar(54936, 0, bytes.constData(), size, nullptr, 0);
        if (length > 0 || size == 0) {
            d.available = true;
            d.text = QString(length, Qt::Uninitialized);
            MultiByteToWideChar(54936, 0, bytes.constData(), size, reinterpret_cast<wchar_t *>(d.text.data()),
                                length);
            d.invalid = d.text.count(QChar(QChar::ReplacementCharacter));
        }
    }
#endif
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

Error notText()
{
    return Error::data(QCoreApplication::translate("fazhi", "The file is not text; it looks like a binary file."));
}

}  // namespace

Result<QString> decodeText(const QByteArray &bytes)
{
    QString text;
    if (startsWithBytes(bytes, {0xEF, 0xBB, 0xBF})) {
        text = decodeWith(QStringDecoder(QStringConverter::Utf8), QByteArrayView(bytes).sliced(3)).text;
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
                    return decodeText(QByteArray(*utf16 == QStringConverter::Utf16LE ? "\xFF\xFE" : "\xFE\xFF") + bytes);
            }
            // Text files hold no NUL bytes; a stray one is tolerated, many mean a binary file.
            if (nuls >= 16 || nuls * 100 > bytes.size())
                return notText();
        }
        const Decoded utf8 = decodeWith(QStringDecoder(QStringConverter::Utf8), bytes);
        if (utf8.invalid == 0) {
            text = utf8.text;
        } else {
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
    return out;
}

}  // namespace fazhi
