#pragma once
// One place that decides which characters a text field of a report may hold. Used by storage on
// every write, and available to the GUI (paste) and importers so they agree with it.

#include <QString>

namespace fazhi {

// Makes text safe for one field of a report (a paragraph, point, lead, heading, fact or detail):
// - Line breaks (\n, \r, \r\n, \v, \f, U+0085, U+2028, U+2029) are removed, because a line break is a
//   paragraph boundary and a field is never more than one paragraph. A run of breaks between two
//   characters is joined with nothing when either neighbour is CJK (Chinese text has no spaces
//   between lines) and with one space between Latin words ("rule of\nlaw" → "rule of law").
//   Callers that want separate paragraphs must split before saving.
// - A tab becomes one space.
// - Other control characters (U+0000–U+001F, U+007F–U+009F), the non-characters U+FFFE/U+FFFF,
//   the byte-order mark U+FEFF and lone surrogates are dropped: they are illegal in XML (.docx) or
//   invisible junk from copy and paste.
// - Bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, the marks
//   U+200E/U+200F and U+061C) are dropped: a report is written left to right, and these would make
//   the displayed text differ from the text stored, checked and printed.
// Nothing else changes: no trimming (the GUI saves while the user types), no width folding.
QString sanitizeFieldText(const QString &text);

// What every export format can carry: drops C0 controls other than tab, LF and CR, DEL and the C1
// controls, the non-characters U+FFFE/U+FFFF and lone surrogates (illegal in XML, unencodable in
// UTF-8), and the bidirectional controls (as sanitizeFieldText, for text stored before they were
// dropped). Line breaks and tabs are kept for the writer to turn into its own markup.
QString removeUnencodable(const QString &text);

}  // namespace fazhi
