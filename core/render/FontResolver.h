#pragma once
// Finds the best installed font for each role from the page profile's fallback chains, and says
// which one was used (the settings dialog and `fazhi-cli fonts` show it).

#include "render/PageProfile.h"

#include <QFont>
#include <QList>
#include <QString>

namespace fazhi {

struct ResolvedFont {
    FontRole role;
    QString family;    // the installed family chosen; empty when nothing in the chain is installed
    bool fromChain = true;  // false when a generic fallback had to be used
};

// Every role, in declaration order (title, heading1, heading2, body, page number, latin).
QList<FontRole> allFontRoles();
// A stable English key for the role: "title", "heading1", "heading2", "body", "page-number", "latin".
QString fontRoleKey(FontRole role);

// Needs a QGuiApplication. Results are cached per profile chain.
ResolvedFont resolveFont(const PageProfile &profile, FontRole role);

// The chosen family for every role (allFontRoles() order): what `fazhi-cli fonts` and the settings
// dialog list. A role whose family is empty has no usable font installed.
QList<ResolvedFont> resolveAllFonts(const PageProfile &profile);

// A role of the printed page whose official face is not installed (GB/T 9704: 小标宋 for the title,
// 黑体 for 一、, 楷体 for （一）, 仿宋 for the body), with the family the page uses instead.
struct MissingFace {
    FontRole role;
    QString standIn;  // the family used instead; empty when no usable font was found at all
};
// Of `resolved` (resolveAllFonts), the title, heading and body roles whose family is not of the
// official face, judged by its name (仿宋_GB2312, FangSong and STFangsong are 仿宋; Noto Serif CJK SC
// is not). What the export prompt and the status bar tell the user.
QList<MissingFace> missingOfficialFaces(const QList<ResolvedFont> &resolved);
QList<MissingFace> missingOfficialFaces(const PageProfile &profile);

// Forgets cached resolutions, e.g. after fonts were installed or added with
// QFontDatabase::addApplicationFont.
void clearFontCache();

// Which family a font tries first for characters both families have.
enum class FamilyOrder {
    LatinFirst,  // digits and Latin letters in Times New Roman (or its stand-in): the normal case
    CjkFirst,    // everything in the role's CJK family, e.g. “”—… and the 宋体 digits of page numbers
};

// A font for the role at `pointSize`: Latin family first (so digits and Latin letters use Times New
// Roman or its stand-in), then the resolved CJK family. Shaping is off (Chinese needs none; it keeps
// one glyph per character, which the PDF text extraction fix relies on) and hinting is off (design
// metrics, so widths add up exactly on the character grid).
QFont makeFont(const PageProfile &profile, FontRole role, double pointSize,
               FamilyOrder order = FamilyOrder::LatinFirst);

}  // namespace fazhi
