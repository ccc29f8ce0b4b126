#pragma once
// The checks (检查): completeness against the 2019 regulation and 公文 proofreading.
//
// Usage (CLI, GUI panel):
//     check::CheckContext context;                       // defaults: built-in terms, 1 March deadline
//     context.setPreviousYear(lastYearsReport);           // optional, for repeated-text
//     context.ignored = ignoreListOfThisReport;           // optional
//     QList<check::Finding> findings = check::checkReport(report, context);
//
// Incremental use in an editor: after the user edits one field, call
//     check::recheckNode(findings, report, nodeId, context);
// which re-runs the text rules for the smallest scope the node's findings depend on (its section, or
// its part's heading and intro, or the report's preamble/closing/details) and the report-wide rules
// (required-content, title, deadline), and replaces exactly those findings. After structural edits
// (insert, remove, move) call checkReport again; it takes a few milliseconds for a 100-page report.
//
// All functions are pure: they read the report and the context and never change them.

#include "Finding.h"
#include "IgnoreList.h"
#include "TermList.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace fazhi::check {

// The sentences of the organization's previous report, prepared once for the repeated-text rule.
class PreviousYearIndex {
public:
    explicit PreviousYearIndex(const Report &previous);
    int year() const { return m_year; }
    bool contains(const QString &normalisedSentence) const { return m_sentences.contains(normalisedSentence); }
    int size() const { return int(m_sentences.size()); }

private:
    int m_year = 0;
    QSet<QString> m_sentences;
};

struct CheckContext {
    // Reporting up to the next level is due before this date; null: 1 March of the following year.
    QDate reportUpDeadline;
    // When valid, a draft still unsent after the reporting-up deadline is flagged. Null: not checked.
    QDate today;
    // The wording rules' list: built-in entries plus the user's own (TermList::add).
    TermList terms = TermList::builtIn();
    // Findings the user ignored; matching findings are returned with ignored = true.
    IgnoreList ignored;
    // Rule ids that are switched off.
    QSet<QString> disabledRules;
    // The organization's report of the previous year, for the repeated-text rule (may be null).
    std::shared_ptr<const PreviousYearIndex> previousYear;
    // Whether some installed font draws a character, for the undrawable-character rule: core/check may
    // not ask the fonts, so the CLI and the GUI set render/GlyphCoverage.h canDrawCharacter. Empty: the
    // rule stays silent.
    std::function<bool(char32_t)> canDraw;
    // Phone numbers and e-mail addresses the office publishes itself (the user's list in the settings,
    // util/SharedSettings.h kPublicContacts), which the secrecy rules allow, as they allow the public
    // service numbers of builtInPublicNumbers(). Numbers are compared by their digits, with or
    // without the area code; addresses case-insensitively.
    QStringList publicContacts;
    // Repeated findings of one rule in one text (the half-width punctuation of text pasted from a
    // website) as one finding for that text, whose fix repairs them all ("共 25 处": the panel and
    // the CLI add them up per report). Off by default: tests and the API see every finding.
    bool groupRepeated = false;

    void setPreviousYear(const Report &previous) { previousYear = std::make_shared<PreviousYearIndex>(previous); }
    QDate effectiveReportUpDeadline(const Report &report) const;
    bool enabled(const QString &rule) const { return !disabledRules.contains(rule); }
};

// Every finding for the report, in document order (report details first).
QList<Finding> checkReport(const Report &report, const CheckContext &context);

// The text rules' findings for one node and what belongs to it: a part (heading, intro, its
// sections), a section (lead, body, facts), a paragraph or point (its text), a fact (its section).
// For the report id: the report-wide rules and the report details (title, addressee, signature).
// The result equals the matching subset of checkReport().
QList<Finding> checkNode(const Report &report, const QUuid &nodeId, const CheckContext &context);

// Incremental update of `findings` (a previous checkReport result) after one field of `nodeId` changed.
// Also drops findings of nodes that no longer exist. Findings stay in document order.
void recheckNode(QList<Finding> &findings, const Report &report, const QUuid &nodeId, const CheckContext &context);

// The secrecy preflight (保密审查): only the rules of the category Secrecy (Rules.h isSecrecyRule),
// over the whole report, sorted and with ignore entries applied as by checkReport. Publishing
// (workflow/ReviewWorkflow.h) and exports for publication run it.
QList<Finding> checkSecrecy(const Report &report, const CheckContext &context);
// The public service numbers the phone rule always allows: 110, 12345, 12348 …
QStringList builtInPublicNumbers();

// Rules whose repeated findings groupRepeated gathers (punctuation that pasted text gets wrong
// throughout), and how many in one text make a group.
bool isGroupableRule(const QString &rule);
inline constexpr int kGroupThreshold = 3;
// How many single findings a finding stands for (1, or the count of a grouped one).
int groupedCount(const Finding &finding);

// Counts by severity of the findings that are not ignored.
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int hints = 0;
    int ignored = 0;
};
FindingCounts countFindings(const QList<Finding> &findings);
// "Errors: 2, warnings: 5, hints: 1" (translated).
QString summaryLine(const FindingCounts &counts);

}  // namespace fazhi::check
