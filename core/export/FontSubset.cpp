#include "FontSubset.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <utility>
#include <vector>

#ifdef FAZHI_HAVE_HB_SUBSET
#include <hb-subset.h>
#include <hb.h>
#endif

namespace fazhi {

namespace {

// The tables a face may have that a renderer or the subsetter needs. QRawFont answers by tag only,
// so the list is fixed; layout tables are left out (the composer shapes nothing).
constexpr const char *kTables[] = {"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post",
                                   "glyf", "loca", "cvt ", "fpgm", "prep", "gasp", "CFF ", "CFF2",
                                   "VORG", "vhea", "vmtx"};

quint32 tagOf(const char *t)
{
    return (quint32(quint8(t[0])) << 24) | (quint32(quint8(t[1])) << 16) | (quint32(quint8(t[2])) << 8)
        | quint32(quint8(t[3]));
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < data.size() ? quint8(data.at(i + k)) : 0u);
        sum += word;
    }
    return sum;
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

// A single-face sfnt of the tables QRawFont gives (the table directory sorted by tag).
QByteArray sfntOf(const QRawFont &raw, bool *cff)
{
    std::vector<std::pair<quint32, QByteArray>> tables;
    for (const char *tag : kTables) {
        QByteArray data = raw.fontTable(tag);
        if (!data.isEmpty())
            tables.emplace_back(tagOf(tag), std::move(data));
    }
    *cff = false;
    bool outlines = false;
    for (const auto &[tag, data] : tables) {
        if (tag == tagOf("CFF ") || tag == tagOf("CFF2"))
            *cff = outlines = true;
        if (tag == tagOf("glyf"))
            outlines = true;
    }
    if (!outlines)
        return {};
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto n = quint16(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= n)
        ++entrySelector;
    const quint16 searchRange = quint16(16u << entrySelector);
    QByteArray out;
    put32(out, *cff ? tagOf("OTTO") : 0x00010000u);
    put16(out, n);
    put16(out, searchRange);
    put16(out, entrySelector);
    put16(out, quint16(n * 16 - searchRange));
    quint32 offset = 12 + 16u * n;
    for (const auto &[tag, data] : tables) {
        put32(out, tag);
        put32(out, checksum(data));
        put32(out, offset);
        put32(out, quint32(data.size()));
        offset += quint32((data.size() + 3) & ~qsizetype(3));
    }
    for (const auto &[tag, data] : tables) {
        out += data;
        out.append(QByteArray((4 - data.size() % 4) % 4, '\0'));
    }
    return out;
}

}  // namespace

bool fontSubsettingAvailable()
{
#ifdef FAZHI_HAVE_HB_SUBSET
    return true;
#else
    return false;
#endif
}

EmbeddedFont embeddableFont(const QRawFont &raw, const QSet<char32_t> &characters)
{
    EmbeddedFont font;
    bool cff = false;
    const QByteArray whole = sfntOf(raw, &cff);
    if (whole.isEmpty())
        return font;
    font.suffix = cff ? QStringLiteral("otf") : QStringLiteral("ttf");
    font.data = whole;
#ifdef FAZHI_HAVE_HB_SUBSET
    hb_blob_t *blob = hb_blob_create(whole.constData(), unsigned(whole.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (input) {
        hb_set_t *unicodes = hb_subset_input_unicode_set(input);
        for (const char32_t c : characters)
            hb_set_add(unicodes, hb_codepoint_t(c));
        // No hinting (the page is printed or zoomed, never hinted at screen sizes); keep every name.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t *subset = hb_subset_or_fail(face, input)) {
            hb_blob_t *out = hb_face_reference_blob(subset);
            unsigned length = 0;
            const char *data = hb_blob_get_data(out, &length);
            if (data && length > 0) {
                font.data = QByteArray(data, qsizetype(length));
                font.subset = true;
            }
            hb_blob_destroy(out);
            hb_face_destroy(subset);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
#else
    Q_UNUSED(characters);
#endif
    return font;
}

}  // namespace fazhi
