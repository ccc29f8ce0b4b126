#include "IgnoreList.h"

#include "model/ReportJson.h"

#include <QJsonObject>

#include <algorithm>

namespace fazhi::check {

namespace {

// An entry's key: what it was ignored for (rule, node, quoted context), not why or when.
bool sameKey(const IgnoreEntry &e, const QString &rule, const QUuid &node, const QString &context)
{
    return e.rule == rule && e.node == node && e.context == context;
}

}  // namespace

bool IgnoreEntry::matches(const Finding &f) const { return sameKey(*this, f.rule, f.node, f.context); }

bool IgnoreEntry::operator==(const IgnoreEntry &o) const
{
    return rule == o.rule && node == o.node && context == o.context && reason == o.reason && ignoredAt == o.ignoredAt;
}

void IgnoreList::add(const Finding &finding, const QString &reason, const QDateTime &when)
{
    for (IgnoreEntry &e : m_entries) {
        if (e.matches(finding)) {
            e.reason = reason;
            e.ignoredAt = when;
            return;
        }
    }
    m_entries.append(IgnoreEntry{finding.rule, finding.node, finding.context, reason, when});
}

bool IgnoreList::merge(const IgnoreList &other)
{
    bool added = false;
    for (const IgnoreEntry &theirs : other.m_entries) {
        const bool known = std::any_of(m_entries.begin(), m_entries.end(), [&](const IgnoreEntry &mine) {
            return sameKey(mine, theirs.rule, theirs.node, theirs.context);
        });
        if (!known) {
            m_entries.append(theirs);
            added = true;
        }
    }
    return added;
}

bool IgnoreList::remove(const Finding &finding)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).matches(finding)) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

const IgnoreEntry *IgnoreList::find(const Finding &finding) const
{
    for (const IgnoreEntry &e : m_entries) {
        if (e.matches(finding))
            return &e;
    }
    return nullptr;
}

void IgnoreList::apply(QList<Finding> &findings) const
{
    if (m_entries.isEmpty())
        return;
    for (Finding &f : findings) {
        if (const IgnoreEntry *e = find(f)) {
            f.ignored = true;
            f.ignoreReason = e->reason;
        }
    }
}

int IgnoreList::prune(const Report &report)
{
    const auto before = m_entries.size();
    m_entries.removeIf([&](const IgnoreEntry &e) { return !findNode(report, e.node).has_value(); });
    return int(before - m_entries.size());
}

QJsonArray IgnoreList::toJson() const
{
    QJsonArray a;
    for (const IgnoreEntry &e : m_entries) {
        a.append(QJsonObject{
            {QStringLiteral("rule"), e.rule},
            {QStringLiteral("node"), e.node.toString(QUuid::WithoutBraces)},
            {QStringLiteral("context"), e.context},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("ignoredAt"), e.ignoredAt.isValid() ? e.ignoredAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        });
    }
    return a;
}

IgnoreList IgnoreList::fromJson(const QJsonArray &array)
{
    IgnoreList list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        IgnoreEntry e;
        e.rule = o.value(QStringLiteral("rule")).toString();
        e.node = QUuid::fromString(o.value(QStringLiteral("node")).toString());
        e.context = o.value(QStringLiteral("context")).toString();
        e.reason = o.value(QStringLiteral("reason")).toString();
        const QString at = o.value(QStringLiteral("ignoredAt")).toString();
        if (!at.isEmpty())
            e.ignoredAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (e.rule.isEmpty() || e.node.isNull())
            continue;
        list.m_entries.append(e);
    }
    return list;
}

}  // namespace fazhi::check
