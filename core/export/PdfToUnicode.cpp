#include "PdfToUnicode.h"

#include <QList>
#include <QMap>
#include <QPair>

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace fazhi {

quint32 DrawnFace::glyph(char32_t c)
{
    auto it = glyphOf.constFind(c);
    if (it != glyphOf.constEnd())
        return *it;
    const QList<quint32> g = raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
    const quint32 id = g.size() == 1 ? g.first() : 0;
    glyphOf.insert(c, id);
    return id;
}

DrawnFace &DrawnText::face(const QRawFont &raw)
{
    DrawnFace &usage = faces[faceKey(raw)];
    if (!usage.raw.isValid())
        usage.raw = raw;
    return usage;
}

QString DrawnText::faceKey(const QRawFont &raw)
{
    return raw.familyName() + QLatin1Char('|') + raw.styleName() + QLatin1Char('|')
        + QString::number(raw.weight()) + QLatin1Char('|') + QString::number(int(raw.style()));
}

namespace {

struct XrefEntry {
    qint64 offset = 0;
    int generation = 0;
    bool inUse = false;
};

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// Reads an unsigned integer at `pos` (after optional white space); advances `pos`.
bool readNumber(const QByteArray &data, qsizetype &pos, qint64 &value)
{
    while (pos < data.size() && isPdfSpace(data.at(pos)))
        ++pos;
    const qsizetype start = pos;
    value = 0;
    while (pos < data.size() && data.at(pos) >= '0' && data.at(pos) <= '9' && pos - start < 18)
        value = value * 10 + (data.at(pos++) - '0');
    return pos > start;
}

// The value of a key in a dictionary's text: "/Key 12" or "/Key 12 0 R" (sets *isRef).
bool dictNumber(const QByteArray &dict, const QByteArray &key, qint64 &value, bool *isRef = nullptr)
{
    qsizetype at = 0;
    while ((at = dict.indexOf(key, at)) >= 0) {
        qsizetype pos = at + key.size();
        if (pos < dict.size() && (std::isalnum(static_cast<unsigned char>(dict.at(pos))))) {
            at = pos;  // a longer name such as /Length1
            continue;
        }
        if (!readNumber(dict, pos, value))
            return false;
        if (isRef) {
            qsizetype look = pos;
            qint64 generation = 0;
            *isRef = false;
            if (readNumber(dict, look, generation)) {
                while (look < dict.size() && isPdfSpace(dict.at(look)))
                    ++look;
                *isRef = look < dict.size() && dict.at(look) == 'R';
            }
        }
        return true;
    }
    return false;
}

QString decodeUtf16Hex(QByteArrayView hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toByteArray());
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
    return s;
}

QByteArray encodeUtf16Hex(const QString &s)
{
    QByteArray out;
    for (const QChar ch : s)
        out += QByteArray::number(ch.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

// Parses a ToUnicode CMap's bfchar and bfrange sections into code → text.
bool parseToUnicode(const QByteArray &cmap, QMap<quint32, QString> &map)
{
    // Tokens: <hex>, [, ], and words.
    struct Token {
        enum Kind { Hex, Open, Close, Word } kind;
        QByteArray text;
    };
    std::vector<Token> tokens;
    for (qsizetype i = 0; i < cmap.size();) {
        const char c = cmap.at(i);
        if (isPdfSpace(c)) {
            ++i;
        } else if (c == '<') {
            const qsizetype end = cmap.indexOf('>', i + 1);
            if (end < 0)
                return false;
            if (end == i + 1 || cmap.at(i + 1) != '<')
                tokens.push_back({Token::Hex, cmap.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else if (c == '[' || c == ']') {
            tokens.push_back({c == '[' ? Token::Open : Token::Close, {}});
            ++i;
        } else if (c == '%') {
            while (i < cmap.size() && cmap.at(i) != '\n' && cmap.at(i) != '\r')
                ++i;
        } else {
            qsizetype end = i;
            while (end < cmap.size() && !isPdfSpace(cmap.at(end)) && cmap.at(end) != '<' && cmap.at(end) != '['
                   && cmap.at(end) != ']')
                ++end;
            tokens.push_back({Token::Word, cmap.mid(i, std::max<qsizetype>(end - i, 1))});
            i = std::max(end, i + 1);
        }
    }
    auto code = [](const QByteArray &hex) { return quint32(hex.toUInt(nullptr, 16)); };
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != Token::Word)
            continue;
        if (tokens[i].text == "beginbfchar") {
            size_t j = i + 1;
            while (j + 1 < tokens.size() && tokens[j].kind == Token::Hex && tokens[j + 1].kind == Token::Hex) {
                map.insert(code(tokens[j].text), decodeUtf16Hex(tokens[j + 1].text));
                j += 2;
            }
            if (j >= tokens.size() || tokens[j].text != "endbfchar")
                return false;
            i = j;
        } else if (tokens[i].text == "beginbfrange") {
            size_t j = i + 1;
            while (j + 2 < tokens.size() && tokens[j].kind == Token::Hex && tokens[j + 1].kind == Token::Hex) {
                const quint32 lo = code(tokens[j].text);
                const quint32 hi = code(tokens[j + 1].text);
                if (hi < lo || hi - lo > 0xFFFF)
                    return false;
                if (tokens[j + 2].kind == Token::Hex) {
                    QString value = decodeUtf16Hex(tokens[j + 2].text);
                    for (quint32 c = lo; c <= hi && !value.isEmpty(); ++c) {
                        map.insert(c, value);
                        value.back() = QChar(char16_t(value.back().unicode() + 1));
                    }
                    j += 3;
                } else if (tokens[j + 2].kind == Token::Open) {
                    size_t k = j + 3;
                    quint32 c = lo;
                    while (k < tokens.size() && tokens[k].kind == Token::Hex) {
                        if (c <= hi)
                            map.insert(c, decodeUtf16Hex(tokens[k].text));
                        ++c;
                        ++k;
                    }
                    if (k >= tokens.size() || tokens[k].kind != Token::Close)
                        return false;
                    j = k + 1;
                } else {
                    return false;
                }
            }
            if (j >= tokens.size() || tokens[j].text != "endbfrange")
                return false;
            i = j;
        }
    }
    return !map.isEmpty();
}

QByteArray writeToUnicode(const QMap<quint32, QString> &map)
{
    QByteArray out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n"
        "<0000> <FFFF>\n"
        "endcodespacerange\n";
    QList<quint32> codes;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isEmpty() && it.key() <= 0xFFFF)
            codes.append(it.key());
    }
    for (qsizetype i = 0; i < codes.size(); i += 100) {  // at most 100 entries per section
        const qsizetype n = std::min<qsizetype>(100, codes.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k) {
            out += '<' + QByteArray::number(codes.at(k), 16).rightJustified(4, '0').toUpper() + "> <"
                + encodeUtf16Hex(map.value(codes.at(k))) + ">\n";
        }
        out += "endbfchar\n";
    }
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

class ToUnicodeRepair {
public:
    ToUnicodeRepair(const QByteArray &pdf, DrawnText &drawn) : m_pdf(pdf), m_drawn(drawn) {}

    QByteArray run()
    {
        if (!readXref())
            return m_pdf;
        QHash<int, QByteArray> replacements;
        for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it) {
            const QByteArray head = objectText(it.key(), 4096);
            if (!head.contains("/Type0") || !head.contains("/ToUnicode"))
                continue;
            qint64 toUnicode = 0;
            bool isRef = false;
            if (!dictNumber(head, "/ToUnicode", toUnicode, &isRef) || !isRef || !m_objects.contains(int(toUnicode)))
                continue;
            QByteArray fontName = nameValue(head, "/BaseFont");
            if (hasSubsetTag(fontName))
                fontName = fontName.mid(7);
            QByteArray repaired = repairCMap(int(toUnicode), fontName);
            if (!repaired.isEmpty())
                replacements.insert(int(toUnicode), repaired);
        }
        tagSubsetNames(replacements);
        if (replacements.isEmpty())
            return m_pdf;
        return rebuild(replacements);
    }

private:
    // PDF 32000-1 9.6.4: a subset font's PostScript name, the BaseFont of its font dictionaries and
    // the FontName of its descriptor, begins with six upper-case letters and a plus sign. Qt tags
    // only the descriptor's FontName, so readers (pdffonts, preflight tools) take the fonts for whole
    // ones; the Type0 font and its CIDFont get the descriptor's tagged name. A descriptor without a
    // tag gets one made from the name and the object number.
    void tagSubsetNames(QHash<int, QByteArray> &replacements) const
    {
        for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it) {
            const QByteArray type0 = objectText(it.key());
            if (type0.size() > 4096 || !type0.contains("/Type0"))
                continue;
            const qsizetype open = type0.indexOf("/DescendantFonts");
            qsizetype pos = open < 0 ? -1 : type0.indexOf('[', open);
            qint64 cid = 0;
            if (pos < 0 || !readNumber(type0, ++pos, cid) || !m_objects.contains(int(cid)))
                continue;
            const QByteArray cidFont = objectText(int(cid));
            qint64 descriptor = 0;
            bool isRef = false;
            if (cidFont.size() > 65536 || !dictNumber(cidFont, "/FontDescriptor", descriptor, &isRef) || !isRef
                || !m_objects.contains(int(descriptor)) || replacements.contains(int(descriptor)))
                continue;
            const QByteArray desc = objectText(int(descriptor));
            QByteArray fontName = nameValue(desc, "/FontName");
            if (fontName.isEmpty() || desc.size() > 4096)
                continue;
            if (!hasSubsetTag(fontName)) {
                const uint hash = qHash(fontName) ^ uint(descriptor);
                QByteArray tag;
                for (int k = 0; k < 6; ++k)
                    tag += char('A' + (hash >> (k * 5)) % 26);
                const QByteArray tagged = tag + '+' + fontName;
                replacements.insert(int(descriptor), withName(desc, "/FontName", tagged));
                fontName = tagged;
            }
            const std::vector<std::pair<int, QByteArray>> dictionaries{{it.key(), type0}, {int(cid), cidFont}};
            for (const auto &[number, text] : dictionaries) {
                if (replacements.contains(number) || nameValue(text, "/BaseFont") == fontName)
                    continue;
                const QByteArray renamed = withName(text, "/BaseFont", fontName);
                if (!renamed.isEmpty())
                    replacements.insert(number, renamed);
            }
        }
    }

    static bool hasSubsetTag(const QByteArray &name)
    {
        if (name.size() < 8 || name.at(6) != '+')
            return false;
        for (int k = 0; k < 6; ++k) {
            if (name.at(k) < 'A' || name.at(k) > 'Z')
                return false;
        }
        return true;
    }

    // The name after `key` ("/BaseFont /Name" → "Name"), or empty.
    static QByteArray nameValue(const QByteArray &dict, const QByteArray &key)
    {
        qsizetype at = dict.indexOf(key + ' ');
        if (at < 0)
            at = dict.indexOf(key + '/');
        if (at < 0)
            return {};
        qsizetype pos = at + key.size();
        while (pos < dict.size() && isPdfSpace(dict.at(pos)))
            ++pos;
        if (pos >= dict.size() || dict.at(pos) != '/')
            return {};
        const qsizetype start = ++pos;
        static const QByteArray delimiters("/[]<>()");
        while (pos < dict.size() && !isPdfSpace(dict.at(pos)) && !delimiters.contains(dict.at(pos)))
            ++pos;
        return dict.mid(start, pos - start);
    }

    // `dict` with the name after `key` replaced by `name`, or empty when it has none.
    static QByteArray withName(const QByteArray &dict, const QByteArray &key, const QByteArray &name)
    {
        const QByteArray old = nameValue(dict, key);
        if (old.isEmpty())
            return {};
        const qsizetype at = dict.indexOf(key);
        const qsizetype start = dict.indexOf('/', at + key.size());
        QByteArray out = dict;
        out.replace(start + 1, old.size(), name);
        return out;
    }

    // The byte range of an object: from its offset to the next object (or the xref table).
    QByteArray objectText(int number, qint64 maxLength = -1) const
    {
        const auto &[start, end] = m_spans.value(number);
        const qint64 length = maxLength < 0 ? end - start : std::min(end - start, maxLength);
        return m_pdf.mid(start, length);
    }

    bool readXref()
    {
        const qsizetype sx = m_pdf.lastIndexOf("startxref");
        if (sx < 0)
            return false;
        qsizetype pos = sx + 9;
        qint64 xref = 0;
        if (!readNumber(m_pdf, pos, xref) || xref <= 0 || xref >= sx || !m_pdf.mid(xref, 4).startsWith("xref"))
            return false;
        m_xrefPos = xref;
        pos = xref + 4;
        for (;;) {
            qsizetype look = pos;
            qint64 first = 0, count = 0;
            if (!readNumber(m_pdf, look, first) || !readNumber(m_pdf, look, count))
                break;
            pos = look;
            for (qint64 i = 0; i < count; ++i) {
                qint64 offset = 0, generation = 0;
                if (!readNumber(m_pdf, pos, offset) || !readNumber(m_pdf, pos, generation))
                    return false;
                while (pos < m_pdf.size() && isPdfSpace(m_pdf.at(pos)))
                    ++pos;
                if (pos >= m_pdf.size())
                    return false;
                const char kind = m_pdf.at(pos++);
                if (kind != 'n' && kind != 'f')
                    return false;
                m_entries.insert(int(first + i), {offset, int(generation), kind == 'n'});
            }
        }
        const qsizetype trailer = m_pdf.indexOf("trailer", pos);
        if (trailer < 0 || trailer > sx)
            return false;
        m_trailer = m_pdf.mid(trailer, sx - trailer);
        if (m_trailer.contains("/Prev") || m_trailer.contains("/XRefStm"))
            return false;  // incremental updates or xref streams: not what Qt writes

        // Spans: each object runs to the next object's offset.
        QList<QPair<qint64, int>> byOffset;
        for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
            if (it->inUse) {
                if (it->offset <= 0 || it->offset >= m_xrefPos)
                    return false;
                byOffset.append({it->offset, it.key()});
            }
        }
        std::sort(byOffset.begin(), byOffset.end());
        for (qsizetype i = 0; i < byOffset.size(); ++i) {
            const qint64 start = byOffset.at(i).first;
            const qint64 end = i + 1 < byOffset.size() ? byOffset.at(i + 1).first : m_xrefPos;
            const int number = byOffset.at(i).second;
            const QByteArray expected = QByteArray::number(number) + ' ';
            if (!m_pdf.mid(start, expected.size()).startsWith(expected))
                return false;
            m_spans.insert(number, {start, end});
            m_objects.insert(number, start);
        }
        return !m_objects.isEmpty();
    }

    // The decoded stream of an object, or an empty array.
    QByteArray streamData(int number) const
    {
        const QByteArray obj = objectText(number);
        const qsizetype dictEnd = obj.indexOf("stream");
        if (dictEnd < 0)
            return {};
        const QByteArray dict = obj.left(dictEnd);
        qsizetype start = dictEnd + 6;
        if (start < obj.size() && obj.at(start) == '\r')
            ++start;
        if (start < obj.size() && obj.at(start) == '\n')
            ++start;
        qint64 length = -1;
        bool isRef = false;
        if (dictNumber(dict, "/Length", length, &isRef) && isRef) {
            const int ref = int(length);
            length = -1;
            if (m_objects.contains(ref)) {
                const QByteArray lengthObj = objectText(ref);
                qsizetype p = lengthObj.indexOf("obj");
                qint64 value = 0;
                if (p >= 0 && readNumber(lengthObj, p += 3, value))
                    length = value;
            }
        }
        if (length < 0 || start + length > obj.size()) {
            const qsizetype end = obj.indexOf("endstream", start);
            if (end < 0)
                return {};
            length = end - start;
        }
        QByteArray data = obj.mid(start, length);
        if (dict.contains("/Filter")) {
            if (!dict.contains("/FlateDecode") || dict.contains("/DecodeParms"))
                return {};
            // qUncompress wants zlib data behind a 4-byte big-endian size; a guess is enough, it grows.
            const quint32 guess = quint32(std::min<qint64>(qint64(data.size()) * 8 + 1024, 64 << 20));
            QByteArray framed(4, '\0');
            framed[0] = char(guess >> 24);
            framed[1] = char(guess >> 16);
            framed[2] = char(guess >> 8);
            framed[3] = char(guess);
            data = qUncompress(framed + data);
        }
        return data;
    }

    // The face we drew with that this PDF font embeds: the one whose cmap sends the CMap's code
    // points to glyphs we drew from it.
    DrawnFace *matchFace(const QMap<quint32, QString> &map)
    {
        DrawnFace *best = nullptr;
        int bestScore = 0;
        for (DrawnFace &usage : m_drawn.faces) {
            int score = 0;
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                const QList<uint> ucs = it.value().toUcs4();
                if (it.key() == 0 || ucs.size() != 1)
                    continue;
                const quint32 g = usage.glyph(ucs.first());
                if (g != 0 && usage.glyphs.contains(g))
                    ++score;
            }
            if (score > bestScore) {
                bestScore = score;
                best = &usage;
            }
        }
        return best;
    }

    // Qt's CMap leaves out the glyphs of characters beyond the BMP (𡈽 U+2123D, the extension-B
    // ideographs of names), so they vanish from the text. Qt numbers a subset's glyphs in the order
    // they were first drawn, after .notdef (CID k is the k-th glyph drawn); when every entry Qt did
    // write agrees with that order, the missing codes get the document's characters of their glyphs.
    static bool addUnmappedGlyphs(QMap<quint32, QString> &map, DrawnFace &face, const QHash<quint32, char32_t> &charOfGlyph)
    {
        const QList<quint32> &order = face.order;
        if (order.isEmpty())
            return false;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QList<uint> ucs = it.value().toUcs4();
            if (it.key() == 0 || ucs.size() != 1)
                continue;
            const quint32 g = face.glyph(ucs.first());
            if (g != 0 && (it.key() > quint32(order.size()) || order.at(qsizetype(it.key()) - 1) != g))
                return false;  // not numbered as expected: leave the codes alone
        }
        bool changed = false;
        for (qsizetype k = 0; k < order.size(); ++k) {
            const quint32 code = quint32(k + 1);
            if (map.contains(code))
                continue;
            const auto found = charOfGlyph.constFind(order.at(k));
            if (found == charOfGlyph.constEnd())
                continue;
            const char32_t c = *found;
            map.insert(code, QString::fromUcs4(&c, 1));
            changed = true;
        }
        return changed;
    }

    // The drawn face whose PostScript name (its name table's ID 6) is `name`: a font whose CMap Qt
    // left empty (it drew only characters beyond the BMP) has no values to match by.
    DrawnFace *faceNamed(const QByteArray &name)
    {
        if (name.isEmpty())
            return nullptr;
        DrawnFace *match = nullptr;
        for (DrawnFace &usage : m_drawn.faces) {
            if (postScriptName(usage.raw.fontTable("name")) == QString::fromLatin1(name)) {
                if (match)
                    return nullptr;  // two faces of one name: no guess
                match = &usage;
            }
        }
        return match;
    }

    static QString postScriptName(const QByteArray &table)
    {
        auto u16 = [&](qsizetype at) { return at + 2 <= table.size() ? quint16((uchar(table.at(at)) << 8) | uchar(table.at(at + 1))) : quint16(0); };
        const int count = u16(2);
        const int strings = u16(4);
        for (int i = 0; i < count; ++i) {
            const qsizetype rec = 6 + qsizetype(i) * 12;
            if (rec + 12 > table.size() || u16(rec + 6) != 6)
                continue;
            const int platform = u16(rec), length = u16(rec + 8), offset = u16(rec + 10);
            const QByteArray bytes = table.mid(strings + offset, length);
            if (bytes.size() != length)
                continue;
            if (platform == 1)
                return QString::fromLatin1(bytes);
            if (platform == 3 || platform == 0) {
                QString s;
                for (qsizetype k = 0; k + 1 < bytes.size(); k += 2)
                    s += QChar(char16_t((uchar(bytes.at(k)) << 8) | uchar(bytes.at(k + 1))));
                return s;
            }
        }
        return {};
    }

    QByteArray repairCMap(int number, const QByteArray &fontName)
    {
        const QByteArray cmap = streamData(number);
        QMap<quint32, QString> map;
        if (cmap.isEmpty() || !parseToUnicode(cmap, map))
            return {};
        DrawnFace *face = matchFace(map);
        if (!face)
            face = faceNamed(fontName);
        if (!face)
            return {};
        // The document's character for each glyph of this face (the most frequent, if several).
        QHash<quint32, char32_t> charOfGlyph;
        QHash<quint32, qint64> countOfGlyph;
        for (auto it = m_drawn.chars.constBegin(); it != m_drawn.chars.constEnd(); ++it) {
            const quint32 g = face->glyph(it.key());
            if (g == 0 || !face->glyphs.contains(g))
                continue;
            if (it.value() > countOfGlyph.value(g, 0)) {
                countOfGlyph.insert(g, it.value());
                charOfGlyph.insert(g, it.key());
            }
        }
        bool changed = addUnmappedGlyphs(map, *face, charOfGlyph);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QList<uint> ucs = it.value().toUcs4();
            if (it.key() == 0 || ucs.size() != 1 || m_drawn.chars.contains(ucs.first()))
                continue;
            const quint32 g = face->glyph(ucs.first());
            const auto found = charOfGlyph.constFind(g);
            if (g == 0 || found == charOfGlyph.constEnd())
                continue;
            const char32_t c = *found;
            it.value() = QString::fromUcs4(&c, 1);
            changed = true;
        }
        if (!changed)
            return {};
        const QByteArray stream = writeToUnicode(map);
        const XrefEntry entry = m_entries.value(number);
        return QByteArray::number(number) + ' ' + QByteArray::number(entry.generation) + " obj\n<< /Length "
            + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream\nendobj\n";
    }

    QByteArray rebuild(const QHash<int, QByteArray> &replacements) const
    {
        QList<QPair<qint64, int>> byOffset;
        for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it)
            byOffset.append({it.value(), it.key()});
        std::sort(byOffset.begin(), byOffset.end());

        QByteArray out;
        out.reserve(m_pdf.size() + 4096);
        out += m_pdf.left(byOffset.first().first);  // header and binary comment
        QHash<int, qint64> newOffsets;
        for (const auto &[offset, number] : byOffset) {
            newOffsets.insert(number, out.size());
            const auto &[start, end] = m_spans.value(number);
            const auto replaced = replacements.constFind(number);
            if (replaced != replacements.constEnd())
                out += *replaced;
            else
                out += QByteArrayView(m_pdf).sliced(start, end - start);
        }
        const qint64 xref = out.size();
        out += "xref\n";
        // One subsection per run of consecutive object numbers.
        QList<int> numbers = m_entries.keys();
        std::sort(numbers.begin(), numbers.end());
        for (qsizetype i = 0; i < numbers.size();) {
            qsizetype j = i;
            while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
                ++j;
            out += QByteArray::number(numbers.at(i)) + ' ' + QByteArray::number(j - i + 1) + '\n';
            for (qsizetype k = i; k <= j; ++k) {
                const XrefEntry entry = m_entries.value(numbers.at(k));
                const qint64 offset = entry.inUse ? newOffsets.value(numbers.at(k)) : entry.offset;
                out += QByteArray::number(offset).rightJustified(10, '0') + ' '
                    + QByteArray::number(entry.generation).rightJustified(5, '0') + (entry.inUse ? " n \n" : " f \n");
            }
            i = j + 1;
        }
        out += m_trailer;
        out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

    const QByteArray &m_pdf;
    DrawnText &m_drawn;
    qint64 m_xrefPos = 0;
    QMap<int, XrefEntry> m_entries;
    QMap<int, qint64> m_objects;                     // in-use object → offset
    QHash<int, QPair<qint64, qint64>> m_spans;       // in-use object → [start, end)
    QByteArray m_trailer;                            // "trailer << … >>\n"
};

}  // namespace

QByteArray repairToUnicode(const QByteArray &pdf, DrawnText &drawn)
{
    return ToUnicodeRepair(pdf, drawn).run();
}

}  // namespace fazhi
