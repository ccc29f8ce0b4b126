#pragma once
// The documents and formulations these reports cite, in their standard form, for the wording rules
// (official-title, standard-term).
//
// Near misses are found without listing them: text and entry are compared after folding the
// differences people typically get wrong — parenthesis width, the kind of dash (- － – — ——),
// the middle dot (12.4 / 12·4), quotation marks, book-title marks and spaces. A match whose
// original text differs from the standard form is a finding whose fix is the standard form.
// Misspellings that folding cannot see (督查 for 督察, 法制 for 法治) are listed as variants.

#include "Finding.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi::check {

enum class TermKind {
    Document,  // a document title, written in 《》: rule official-title
    Term,      // a formulation: rule standard-term
};

struct TermEntry {
    TermKind kind = TermKind::Term;
    // The standard form. For a document: with its book-title marks, "《法治政府建设实施纲要（2021—2025年）》".
    QString canonical;
    // Wrong forms folding cannot catch, written like the canonical form ("法治政府建设与责任落实督查工作规定").
    QStringList variants;
    Severity severity = Severity::Warning;
    QString note;  // optional, shown after the message (user entries; not translated)

    bool operator==(const TermEntry &other) const;
};

// Folding used by the matcher; exposed for tests and for a panel that wants to explain a match.
QString foldForTermMatch(const QString &text);

class TermList {
public:
    // The built-in list (documents and formulations of national rule-of-law work).
    static TermList builtIn();

    // Adds an entry (a user's own). Entries with an empty standard form are ignored.
    void add(const TermEntry &entry);
    // Removes entries with this standard form; returns how many.
    int remove(const QString &canonical);
    const QList<TermEntry> &entries() const { return m_entries; }

    // [{"kind": "document"|"term", "canonical", "variants": [...], "severity", "note"}]
    QJsonArray toJson() const;
    static TermList fromJson(const QJsonArray &array);

    // Prepared patterns (folded forms), built on add().
    struct Pattern {
        int entry = 0;        // index into entries()
        QString folded;       // folded core to search for
        bool isVariant = false;
    };
    const QList<Pattern> &patterns() const { return m_patterns; }

private:
    QList<TermEntry> m_entries;
    QList<Pattern> m_patterns;
};

}  // namespace fazhi::check
