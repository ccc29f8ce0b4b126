#pragma once
// Every size limit of a report, stated once. Import refuses input beyond them early (before it
// builds a report that could not be stored) and storage refuses writes beyond them, each with a
// sentence that names the limit and the number. The values are far above any real report (10 pages,
// 5 parts, a few hundred nodes, paragraphs under 5,000 characters), so only a mistake or a hostile
// file meets them; they keep memory and time bounded (a few hundred MB, seconds) whatever comes in.
// Lengths are counted in UTF-16 code units, as QString::size() gives them (one per CJK character).

#include "model/Report.h"
#include "util/Result.h"

#include <QString>
#include <QtGlobal>

namespace fazhi::limits {

// One paragraph, point, heading, lead, fact or detail: 20 times the longest real paragraph, yet small
// enough that editing, layout and diff of one field stay instant. Import splits a longer paragraph.
constexpr qsizetype kMaxFieldLength = 100'000;
// One review comment, reply or suggestion: a suggestion carries the new text of a whole field.
constexpr qsizetype kMaxCommentLength = kMaxFieldLength;
// Parts, sections, paragraphs, points and facts of one report: a 100-page report has about 2,000.
constexpr int kMaxNodesPerReport = 20'000;
// 一、 … 九十九、: part numbers are written as Chinese numerals up to 99 (a real report has 5).
constexpr int kMaxPartsPerReport = 99;
// （一） … （九十九）: the same numerals for the work areas of a part.
constexpr int kMaxSectionsPerPart = 99;
// Points of one part intro or work area: run-in points are numbered 一是 … 九十九是, and import reads
// numbered items up to 99. (A real work area has three to five.)
constexpr int kMaxPointsPerContainer = 99;
// Characters of text one import may produce: about 5,000 pages; bounds the parser's memory.
constexpr qsizetype kMaxImportTextLength = 10'000'000;
// A .txt report: a real one is under 100 KB; decoding keeps a few copies of the text in memory.
constexpr qint64 kMaxTextFileSize = 16LL * 1024 * 1024;
// A .docx report: photos may make a real one large, and only its text part is inflated.
constexpr qint64 kMaxDocxFileSize = 128LL * 1024 * 1024;
// One part of a .docx, uncompressed (a zip bomb, or not a report): document.xml of 100 pages is ~5 MB,
// and reading one takes about five times its size in memory.
constexpr qint64 kMaxDocxPartSize = 32LL * 1024 * 1024;

// A review copy or workspace received from another PC: one report with its revisions is a few MB.
constexpr qint64 kMaxReceivedFileSize = 64LL * 1024 * 1024;
// What one received file may hold: a county's collection of a year's reports, with their review.
constexpr int kMaxReceivedReports = 200;
constexpr int kMaxReceivedComments = 100'000;
constexpr int kMaxReceivedRevisions = 10'000;

// The sentences that name a limit (translated, context "fazhi").
Error fieldTooLong(qsizetype length);
Error commentTooLong(qsizetype length);
Error tooManyNodes(qsizetype count);       // a report that would have `count` nodes
Error tooManyParagraphsToImport();         // more lines of text than a report may hold nodes
Error tooManyParts(qsizetype count);
Error tooManySections(qsizetype count);
Error tooManyPoints(qsizetype count);
Error importTextTooLong();                 // more than kMaxImportTextLength characters
Error docxPartTooLarge(const QString &part, qint64 size);

// The nodes storage keeps for a subtree (the subtree's root included; a report counts its parts,
// preamble and closing, not itself).
int nodeCount(const Section &section);
int nodeCount(const Part &part);
int nodeCount(const Report &report);

// Checks every text field's length, and the counts of nodes, parts, sections and points.
Status checkFieldLength(const QString &text);
Status check(const Section &section);
Status check(const Part &part);
Status check(const Report &report);

}  // namespace fazhi::limits
