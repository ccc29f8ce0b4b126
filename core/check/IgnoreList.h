#pragma once
// Findings the user chose to ignore, with the reason they gave.
//
// An entry is keyed by rule + node + the finding's context (the quoted text with a few characters
// either side), never by offsets: editing elsewhere in the paragraph, or elsewhere in the report,
// keeps the entry matching; changing the quoted text itself brings the finding back, which is what
// the user wants (the text they judged is gone). Entries for a finding about a whole node (a missing
// part) have an empty context.
//
// A plain value type: the storage owner persists it per report with toJson()/fromJson().

#include "Finding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUuid>

namespace fazhi::check {

struct IgnoreEntry {
    QString rule;
    QUuid node;
    QString context;  // Finding::context when the user ignored it
    QString reason;   // as typed by the user; may be empty
    QDateTime ignoredAt;

    bool matches(const Finding &finding) const;
    bool operator==(const IgnoreEntry &other) const;
};

class IgnoreList {
public:
    // Adds (or updates the reason of) the entry for this finding.
    void add(const Finding &finding, const QString &reason, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Adds the entries of `other` that this list has no entry for (the same rule, node and context);
    // true when any was added. For merging a review copy: neither side's choices are lost.
    bool merge(const IgnoreList &other);
    // Removes the entry matching this finding; false when there is none.
    bool remove(const Finding &finding);
    void clear() { m_entries.clear(); }

    const IgnoreEntry *find(const Finding &finding) const;
    bool isIgnored(const Finding &finding) const { return find(finding) != nullptr; }
    // Sets Finding::ignored and ignoreReason on every matching finding.
    void apply(QList<Finding> &findings) const;

    // Drops entries whose node no longer exists in the report (deleted paragraphs). Returns how many.
    int prune(const Report &report);

    const QList<IgnoreEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    // [{"rule", "node", "context", "reason", "ignoredAt"}]; fromJson skips malformed entries.
    QJsonArray toJson() const;
    static IgnoreList fromJson(const QJsonArray &array);

    bool operator==(const IgnoreList &other) const { return m_entries == other.m_entries; }

private:
    QList<IgnoreEntry> m_entries;
};

}  // namespace fazhi::check
