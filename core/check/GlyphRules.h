#pragma once
// [undrawable-character]: a character no installed font can draw (an extension-B ideograph in a
// person's or place name: 𠀀 U+20000) prints as an empty box and is missing from the PDF's and the
// OFD's text. The checks may not ask the fonts themselves (core/check uses the model only), so the
// caller hands in the question: render/GlyphCoverage.h canDrawCharacter, set by the CLI and the GUI
// as CheckContext::canDraw. Rule id: RuleId::UndrawableCharacter (Rules.h).

#include "Finding.h"

#include <QList>
#include <QString>
#include <functional>

namespace fazhi::check {

// One error for each character of a text that `canDraw` refuses (the first place it stands, with
// the number of places in the message); nothing when `canDraw` is empty.
QList<Finding> undrawableCharacterFindings(const Report &report, const std::function<bool(char32_t)> &canDraw);

// The finding's message: names the character and its code point.
QString undrawableCharacterMessage(char32_t c, int count);

namespace detail {
struct TextUnit;
class Sink;
// The rule over some texts of a report, for the checker's text rules (checkReport and checkNode
// alike): what `canDraw` refuses, through `sink`.
void checkUndrawable(const QList<TextUnit> &units, const std::function<bool(char32_t)> &canDraw, Sink &sink);
}  // namespace detail

}  // namespace fazhi::check
