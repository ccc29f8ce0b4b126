#pragma once
// File names the program suggests (an export, a review copy) from text the user wrote: safe on every
// file system the offices use, Windows' being the strictest.

#include <QString>

namespace fazhi {

// `text` as a file name without its suffix: the characters Windows refuses (< > : " / \ | ? * and
// control characters) become '_', surrounding spaces and trailing dots and spaces go, a device name
// (CON, PRN, AUX, NUL, COM1-9, LPT1-9, in any case, also before a dot) gets a '_' after it, and the
// name is cut to 100 characters. `fallback` when nothing is left.
QString safeFileBaseName(const QString &text, const QString &fallback);

}  // namespace fazhi
