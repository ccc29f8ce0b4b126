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

    // A list as an office shares it, in plain text, one entry a line:
    //     错词 => 正词            (also 错词<TAB>正词; several wrong forms: 错词一，错词二 => 正词)
    //     “三治融合”              (a standard form alone: its near misses are found by folding)
    //     《某某条例》 # 本市规范  (text after " #" is the note shown with the finding)
    // Lines starting with # are comments; blank lines are skipped. A form in 《》 is a document.
    struct PlainText {
        QList<TermEntry> entries;
        QStringList errors;  // translated, one a bad line ("Line 3 is not an entry …")
    };
    static PlainText parsePlainText(const QString &text);
    // The entries in that form (a header comment first), for sharing the list.
    static QString toPlainText(const QList<TermEntry> &entries);

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
