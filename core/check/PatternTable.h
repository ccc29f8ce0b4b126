#pragma once
// Private to the checks: a table of text patterns, each with the repair it suggests and the
// contexts in which the look-alike is right. The typo, time-expression, standard-term and
// fixed-phrase rules are tables of this kind (ProofreadingRules.cpp, FormulationRules.cpp).

#include "CheckText.h"

#include <QRegularExpression>
#include <vector>

namespace fazhi::check::detail {

struct PatternRow {
    const char16_t *trigger;  // a literal the text must contain (a quick reject before the pattern)
    const char16_t *pattern;  // regular expression
    const char16_t *fix;      // replacement with \1 … \9 for the captures; null: computed (see compute)
    Severity severity;
    Msg msg;                  // %1: the text matched, %2: the suggestion
    const char16_t *except = nullptr;  // a match of this expression overlapping the finding cancels it
    bool offerFix = true;     // false: the suggestion is named, the user decides (sense-dependent)
    bool outsideTitles = false;  // skip matches inside 《…》 (an older document's own title)
    // For suggestions that need arithmetic (years, numerals): returns the suggestion, or an empty
    // string when the match is right after all.
    QString (*compute)(const QRegularExpressionMatch &) = nullptr;
};

class PatternTable {
public:
    PatternTable(const QString &rule, const PatternRow *rows, std::size_t count);
    // Every match in the unit's text, as findings of the table's rule.
    void run(const TextUnit &unit, Sink &sink) const;

private:
    struct Compiled {
        const PatternRow *row;
        QString trigger;
        QRegularExpression rx;
        QRegularExpression except;
    };
    QString m_rule;
    std::vector<Compiled> m_rows;
};

// Whether [from, to) lies inside a 《…》 title.
bool insideTitleMarks(const QString &text, int from, int to);
// \1 … \9 of `tmpl` replaced by the captures of `m`.
QString expandTemplate(const QString &tmpl, const QRegularExpressionMatch &m);
// 1–99 as a Chinese numeral (二十, 十九, 三).
QString chineseNumeral(int n);

}  // namespace fazhi::check::detail
