#pragma once
// A finding of the checks (检查): what is wrong, where, and — where the repair is unambiguous — the
// replacement text that fixes it.
//
// Positions are in Unicode code points of one text field of one node, so that 𠮷 (one code point,
// two UTF-16 units) counts as one character everywhere: in the CLI's JSON, in stored ignore entries
// and in the GUI. toUtf16Offset() / toCodePointOffset() convert for QString and QTextCursor.

#include "model/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fazhi::check {

enum class Severity { Error, Warning, Hint };

QString toString(Severity severity);  // error, warning, hint
std::optional<Severity> severityFromString(const QString &s);
QString displayName(Severity severity);  // translated: 错误, 警告, 提示

struct Finding {
    QString rule;  // stable rule id, see Rules.h ("paired-punctuation", …)
    Severity severity = Severity::Warning;
    // The node concerned: a paragraph, point, section, part, or the report id for report details.
    QUuid node;
    // Which text of the node: "text" (paragraph, point), "lead" (section), "heading" (part),
    // "title" / "addressee" / "signature" / "date" / "publishedOn" (report details).
    // Empty when the finding concerns the node as a whole (a missing or empty part); start = end = 0.
    QString field;
    int start = 0;  // code points, [start, end) in the field's text
    int end = 0;
    QString message;             // translated, one or two short sentences
    std::optional<QString> fix;  // replacement for [start, end); absent when the repair is ambiguous
    QString quote;    // the field's text in [start, end) when the check ran
    QString context;  // quote with a few characters either side: what an ignore entry remembers
    bool ignored = false;  // set from CheckContext::ignored
    int count = 1;         // > 1: a group of repeated findings of the rule in this text (CheckContext::groupRepeated)
    QList<std::pair<int, int>> places;  // a group's single findings, [start, end) in code points
    QString ignoreReason;

    bool hasFix() const { return fix.has_value(); }
    bool operator==(const Finding &other) const;
};

// JSON object: rule, severity, node, field, start, end, message; plus fix (when present), quote,
// ignored / ignoreReason (when ignored), and count and places ([[start, end], …]) for a group.
QJsonObject toJson(const Finding &finding);
QJsonArray toJson(const QList<Finding> &findings);

// One line for people: "error  paired-punctuation  <node> text 12-13  message  [fix: “…”]".
QString toDisplayLine(const Finding &finding);

// Offsets between code points and UTF-16 units of `text` (clamped to the text).
int toUtf16Offset(const QString &text, int codePoint);
int toCodePointOffset(const QString &text, int utf16);
int codePointLength(const QString &text);

// The current text of a finding's field: the node's text field, or a report detail (title gives the
// effective title). nullopt for an unknown node or a field that is not text.
std::optional<QString> fieldText(const Report &report, const QUuid &node, const QString &field);

// The field's text with the finding's fix applied. nullopt when the finding has no fix or is stale
// (the text in its range is no longer its quote) — re-check, then try again.
std::optional<QString> applyFix(const QString &fieldText, const Finding &finding);

// Several fixes to one field at once ("fix all in this paragraph", one undo step): the findings of
// other fields, without a fix, stale or overlapping an already applied one are skipped; the rest are
// applied from the end of the text so that earlier offsets stay valid. `applied` receives the count.
QString applyFixes(const QString &fieldText, const QList<Finding> &findings, int *applied = nullptr);

// Applies the fix to an in-memory report (details through setDetailField, nodes through
// setNodeField). The GUI applies fixes through ReportSession instead so that they can be undone:
//   session.setNodeField(f.node, f.field, *applyFix(*fieldText(report, f.node, f.field), f))
// (for report details: session.setDetail(f.field, …)).
bool applyFix(Report &report, const Finding &finding);

// Findings that are not ignored.
QList<Finding> activeFindings(const QList<Finding> &findings);
bool hasActiveErrors(const QList<Finding> &findings);

}  // namespace fazhi::check
