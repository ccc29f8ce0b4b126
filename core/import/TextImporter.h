#pragma once
// Import of a published report given as plain text (copied from a government website, saved by
// Notepad, exported by us). Never fails on readable text and never loses text: whatever it does not
// understand lands in a paragraph the user can see, and every repair is recorded in
// Report::importNotes.

#include "model/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace fazhi {

// Decodes UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030/GBK; normalises CRLF/CR to LF.
// Fails only when the bytes are not text at all (e.g. a binary file).
Result<QString> decodeText(const QByteArray &bytes);

// Parses decoded text into a report with fresh ids. Status is Draft.
Report parseReportText(const QString &text);

// Reads and parses a file; errors are I/O or "not text".
Result<Report> importTextFile(const QString &path);

}  // namespace fazhi
