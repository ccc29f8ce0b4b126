#pragma once
// Which characters the installed fonts can draw. The page composer falls back through every installed
// family for a character its role's fonts lack; a character that no installed font has would print
// as an empty box and vanish from the PDF's and the OFD's text, so the checks name it before export
// (check/GlyphRules.h asks canDrawCharacter through CheckContext). Needs a QGuiApplication.

#include <QList>
#include <QString>

namespace fazhi {

// Whether some installed font has a glyph for `c`. Characters that need none (controls, spaces,
// joiners, variation selectors) count as drawable. Thread-safe; results are cached.
bool canDrawCharacter(char32_t c);

// The installed family that draws `c` when the fonts of a role do not: Chinese families first, no
// vertical (@) or private ones; empty when no installed family has it.
QString fallbackFamilyFor(char32_t c);

// Whether `family` itself (no font merging) has a glyph for `c`.
bool familyHasCharacter(const QString &family, char32_t c);

// The distinct characters of `text` that no installed font can draw, in order of appearance.
QList<char32_t> undrawableCharacters(const QString &text);

// Forgets what was learnt, e.g. after fonts were installed or added with addApplicationFont.
void clearGlyphCoverageCache();

}  // namespace fazhi
