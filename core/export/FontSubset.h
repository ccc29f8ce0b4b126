#pragma once
// Embeddable subsets of the faces the page composer drew with, for the OFD's font resources.
//
// Qt's PDF engine subsets fonts internally but offers no API for it, and QRawFont does not say which
// file a face came from (a .ttc holds several). So the face is rebuilt as a single-face sfnt from the
// tables QRawFont gives, and HarfBuzz's subsetter (libharfbuzz-subset, hb_subset_or_fail) cuts it down
// to the characters drawn: TrueType (glyf) and OpenType/CFF faces alike, with a cmap, so a reader
// maps the OFD's Unicode text to the very glyphs our PDF shows. Built without HarfBuzz (a Windows
// build without vcpkg's harfbuzz), the whole face is embedded.

#include <QByteArray>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace fazhi {

struct EmbeddedFont {
    QByteArray data;   // an sfnt: TrueType or OpenType/CFF; empty when the face gave no tables
    QString suffix;    // "ttf" or "otf"
    bool subset = false;
};

// The face `raw` as an sfnt holding the glyphs of `characters` (and .notdef).
EmbeddedFont embeddableFont(const QRawFont &raw, const QSet<char32_t> &characters);

// Whether this build subsets fonts (HarfBuzz found at build time).
bool fontSubsettingAvailable();

}  // namespace fazhi
