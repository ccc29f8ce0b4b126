#pragma once
// Private to the checks: the repairs and guesses import made (Report::importNotes) as findings, so that
// the user confirms each one where the other findings are. Numerals import restored ("……。是……") are
// the enumeration rule's (EnumerationRules.cpp); lines of web page furniture that were left out, and
// details the page's table stated, are not guesses and stay in the import notes only.

#include "CheckText.h"

namespace fazhi::check {

namespace RuleId {
inline const QString ImportRepair = QStringLiteral("import-repair");
}  // namespace RuleId

namespace detail {
void checkImportNotes(const Report &report, Sink &sink);
}  // namespace detail

}  // namespace fazhi::check
