#pragma once
// Import of a published report given as plain text (copied from a government website, saved by
// Notepad, exported by us). Never fails on readable text within the limits of model/Limits.h and
// never loses text: whatever it does not understand lands in a paragraph the user can see, and every
// repair is recorded in Report::importNotes. Text beyond the limits is refused as a whole.

#include "model/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace fazhi {

// Decodes UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030/GBK; normalises CRLF/CR to LF.
// In a UTF-8 file, lines that are not UTF-8 are read as GB18030 (a line pasted from an ANSI file).
// Fails only when the bytes are not text at all (e.g. a binary file).
Result<QString> decodeText(const QByteArray &bytes);

// Whether this build can read GB18030 (and so GBK): through ICU where Qt has it, on Windows through
// the system's code page 54936 also without ICU. Where it cannot, decodeText refuses a GB18030 file
// with a clear message. Which bytes count as malformed does not depend on the converter.
bool canDecodeGb18030();

// A line of a UTF-8 file that was read as GB18030; `number` counts from 1, as an editor shows lines.
struct ForeignLine {
    int number = 0;
    QString text;
};
struct DecodedText {
    QString text;
    QList<ForeignLine> foreignLines;
};
// decodeText, and which lines were read as GB18030.
Result<DecodedText> decodeTextAndLines(const QByteArray &bytes);

// Parses decoded text into a report with fresh ids. Status is Draft. A line longer than a field may
// be (limits::kMaxFieldLength) is split into paragraphs at sentence ends, with a note; nothing is lost.
Report parseReportText(const QString &text);

// parseReportText within the limits of model/Limits.h: text too long, or more lines than a report may
// hold nodes, is refused before parsing; a report with too many parts, work areas or points after it.
// Each refusal is a sentence naming the limit.
Result<Report> importReportText(const QString &text);

// Reads and parses a file; errors are I/O, "not text", or a limit (size, paragraphs, parts …).
// Lines read as GB18030 in a UTF-8 file get an import note each.
Result<Report> importTextFile(const QString &path);

}  // namespace fazhi
