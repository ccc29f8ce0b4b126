#include "FollowUp.h"

#include "model/ReportLookup.h"

#include <QHash>
#include <QSet>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace fazhi {

namespace {

const std::pair<FollowUpKind, const char *> kKinds[] = {{FollowUpKind::Plan, "plan"},
                                                        {FollowUpKind::Shortcoming, "shortcoming"}};
const std::pair<FollowUpStatus, const char *> kStatuses[] = {
    {FollowUpStatus::Open, "open"}, {FollowUpStatus::Reported, "reported"}, {FollowUpStatus::Dropped, "dropped"}};

// The namespace of the items' name-based ids (any fixed UUID; never change it: ids must stay stable).
const QUuid kItemNamespace(QStringLiteral("{6f1c2a64-3d0e-4b8e-9a57-0c1f5e2d7b39}"));

QString bodyText(const Body &body)
{
    QString s;
    for (const Paragraph &p : body.paragraphs)
        s += p.text;
    for (const Point &p : body.points)
        s += p.text;
    return s;
}

bool introducesOnly(const QString &text)
{
    const QString t = text.trimmed();
    return t.endsWith(QChar(0xFF1A)) || t.endsWith(QChar(u':'));
}

void itemsOfPart(const Part &part, FollowUpKind kind, QList<FollowUpItem> &out)
{
    const auto add = [&](const QUuid &source, const QString &text) {
        FollowUpItem item;
        item.id = followUpItemId(kind, source);
        item.kind = kind;
        item.source = source;
        item.text = followUpSummary(text);
        out.append(item);
    };
    if (!part.sections.isEmpty()) {
        for (const Section &s : part.sections)
            add(s.id, s.lead.trimmed().isEmpty() ? bodyText(s.body) : s.lead);
    } else if (!part.intro.points.isEmpty()) {
        for (const Point &p : part.intro.points)
            add(p.id, p.text);
    } else {
        for (const Paragraph &p : part.intro.paragraphs) {
            if (!introducesOnly(p.text) && !p.text.trimmed().isEmpty())
                add(p.id, p.text);
        }
    }
}

// Character bigrams of the text's letters and digits; punctuation and spaces break the run.
QSet<QString> bigrams(const QString &text)
{
    QSet<QString> out;
    QChar prev;
    for (QChar c : text) {
        if (!c.isLetterOrNumber()) {
            prev = QChar();
            continue;
        }
        if (!prev.isNull())
            out.insert(QString(prev) + c);
        prev = c;
    }
    return out;
}

struct Candidate {
    QUuid id;
    QString text;
    QSet<QString> grams;
};

// The text of a paragraph or point inside a part (not the report's preamble or closing).
QString bodyNodeText(const Report &report, const QUuid &id)
{
    if (!owningPart(report, id))
        return {};
    const auto info = findNode(report, id);
    return info && (info->type == NodeType::Paragraph || info->type == NodeType::Point) ? info->text : QString();
}

// Last year's text of an item's source: a section whole (its lead and body), else its paragraph or point.
QString sourceText(const Report &lastYear, const QUuid &id)
{
    if (const Section *s = findSection(lastYear, id))
        return s->lead + bodyText(s->body);
    return bodyNodeText(lastYear, id);
}

// This year's text of the node an item is linked to: a section by its lead (its body without one).
QString linkedText(const Report &report, const QUuid &id)
{
    if (const Section *s = findSection(report, id))
        return s->lead.isEmpty() ? bodyText(s->body) : s->lead;
    return bodyNodeText(report, id);
}

QString withFullStop(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral("。；;，,、.").contains(s.back()))
        s.chop(1);
    return s.isEmpty() ? s : s + QChar(0x3002);
}

}  // namespace

QString toString(FollowUpKind kind)
{
    for (const auto &e : kKinds)
        if (e.first == kind)
            return QLatin1String(e.second);
    return {};
}
QString toString(FollowUpStatus status)
{
    for (const auto &e : kStatuses)
        if (e.first == status)
            return QLatin1String(e.second);
    return {};
}
std::optional<FollowUpKind> followUpKindFromString(const QString &s)
{
    for (const auto &e : kKinds)
        if (s == QLatin1String(e.second))
            return e.first;
    return std::nullopt;
}
std::optional<FollowUpStatus> followUpStatusFromString(const QString &s)
{
    for (const auto &e : kStatuses)
        if (s == QLatin1String(e.second))
            return e.first;
    return std::nullopt;
}

bool FollowUpItem::operator==(const FollowUpItem &o) const
{
    return id == o.id && kind == o.kind && text == o.text && source == o.source && status == o.status
        && node == o.node && reason == o.reason;
}

QUuid followUpItemId(FollowUpKind kind, const QUuid &sourceNode)
{
    return QUuid::createUuidV5(kItemNamespace, toString(kind) + QChar(u':') + sourceNode.toString(QUuid::WithoutBraces));
}

namespace {
QString firstSentence(const QString &text)
{
    static const QString ends = QStringLiteral("。；！？;!?");
    QString t = text.trimmed();
    for (int i = 0; i < t.size(); ++i) {
        if (ends.contains(t.at(i))) {
            t.truncate(i);
            break;
        }
    }
    while (!t.isEmpty() && QStringLiteral("，,、：:").contains(t.back()))
        t.chop(1);
    return t;
}
}  // namespace

QString followUpSummary(const QString &text)
{
    QString t = firstSentence(text);
    constexpr int kMax = 60;
    if (t.size() > kMax)
        t = t.left(kMax - 1) + QChar(0x2026);
    return t;
}

QList<FollowUpItem> followUpItems(const Report &lastYear)
{
    QList<FollowUpItem> out;
    for (const Part &part : lastYear.parts)
        if (part.kind == PartKind::Plans)
            itemsOfPart(part, FollowUpKind::Plan, out);
    for (const Part &part : lastYear.parts)
        if (part.kind == PartKind::Shortcomings)
            itemsOfPart(part, FollowUpKind::Shortcoming, out);
    return out;
}

std::optional<NodeSuggestion> suggestNode(const FollowUpItem &item, const Report &thisYear, const Report *lastYear)
{
    QList<Candidate> candidates;
    const auto add = [&](const QUuid &id, const QString &text) {
        if (!text.trimmed().isEmpty())
            candidates.append(Candidate{id, text, bigrams(text)});
    };
    for (const Part &part : thisYear.parts) {
        if (part.kind == PartKind::Plans)
            continue;
        for (const Paragraph &p : part.intro.paragraphs)
            add(p.id, p.text);
        for (const Point &p : part.intro.points)
            add(p.id, p.text);
        for (const Section &s : part.sections) {
            add(s.id, s.lead + bodyText(s.body));
            for (const Paragraph &p : s.body.paragraphs)
                add(p.id, p.text);
            for (const Point &p : s.body.points)
                add(p.id, p.text);
        }
    }
    if (candidates.isEmpty())
        return std::nullopt;

    QString probe = item.text;
    if (lastYear) {
        const QString full = sourceText(*lastYear, item.source);
        if (!full.isEmpty())
            probe = full;
    }
    const QSet<QString> grams = bigrams(probe);
    if (grams.isEmpty())
        return std::nullopt;

    QHash<QString, int> df;
    for (const Candidate &c : candidates)
        for (const QString &g : c.grams)
            ++df[g];
    const double n = candidates.size();
    // A bigram no node has still counts in the total (the node lacks it), with the highest weight.
    const auto weight = [&](const QString &g) { return std::log((n + 1) / (df.value(g) + 0.5)); };
    double total = 0;
    for (const QString &g : grams)
        total += weight(g);
    if (total <= 0)
        return std::nullopt;

    constexpr double kThreshold = 0.25;
    constexpr double kNearBest = 0.8;   // within this share of the best score, the smaller node wins
    constexpr int kMinBigrams = 8;      // a bare lead of a few words would be "contained" in any long text
    QList<double> scores;
    double top = 0;
    for (const Candidate &c : candidates) {
        double shared = 0;
        double own = 0;
        for (const QString &g : c.grams) {
            const double w = weight(g);
            own += w;
            if (grams.contains(g))
                shared += w;
        }
        const double score = c.grams.size() < kMinBigrams ? 0.0 : shared / std::min(total, own);
        scores.append(score);
        top = std::max(top, score);
    }
    if (top < kThreshold)
        return std::nullopt;
    std::optional<NodeSuggestion> best;
    qsizetype bestLength = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        if (scores[i] < std::max(kThreshold, top * kNearBest))
            continue;
        if (!best || candidates[i].text.size() < bestLength) {
            best = NodeSuggestion{candidates[i].id, scores[i]};
            bestLength = candidates[i].text.size();
        }
    }
    return best;
}

QJsonObject toJson(const FollowUpItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("kind"), toString(item.kind));
    o.insert(QStringLiteral("text"), item.text);
    o.insert(QStringLiteral("source"), item.source.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("status"), toString(item.status));
    o.insert(QStringLiteral("node"), item.node.isNull() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(item.node.toString(QUuid::WithoutBraces)));
    o.insert(QStringLiteral("reason"), item.reason);
    return o;
}

QJsonArray toJson(const QList<FollowUpItem> &items)
{
    QJsonArray a;
    for (const FollowUpItem &item : items)
        a.append(toJson(item));
    return a;
}

std::optional<FollowUpItem> followUpItemFromJson(const QJsonObject &o, QString *badField)
{
    const auto fail = [&](const char *field) -> std::optional<FollowUpItem> {
        if (badField)
            *badField = QLatin1String(field);
        return std::nullopt;
    };
    FollowUpItem item;
    item.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    if (item.id.isNull())
        return fail("id");
    const auto kind = followUpKindFromString(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail("kind");
    item.kind = *kind;
    if (!o.value(QStringLiteral("text")).isString())
        return fail("text");
    item.text = o.value(QStringLiteral("text")).toString();
    item.source = QUuid::fromString(o.value(QStringLiteral("source")).toString());
    if (item.source.isNull())
        return fail("source");
    const auto status = followUpStatusFromString(o.value(QStringLiteral("status")).toString());
    if (!status)
        return fail("status");
    item.status = *status;
    const QJsonValue node = o.value(QStringLiteral("node"));
    if (!node.isNull() && !node.isUndefined()) {
        item.node = QUuid::fromString(node.toString());
        if (item.node.isNull())
            return fail("node");
    }
    if (item.status == FollowUpStatus::Reported && item.node.isNull())
        return fail("node");
    const QJsonValue reason = o.value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        return fail("reason");
    item.reason = reason.toString();
    return item;
}

std::optional<QList<FollowUpItem>> followUpItemsFromJson(const QJsonArray &array, QString *badField)
{
    QList<FollowUpItem> out;
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            if (badField)
                badField->clear();
            return std::nullopt;
        }
        auto item = followUpItemFromJson(v.toObject(), badField);
        if (!item)
            return std::nullopt;
        out.append(*item);
    }
    return out;
}

Section rectificationSection(const QList<FollowUpItem> &items, const Report &thisYear)
{
    Section section;
    section.id = newId();
    section.lead = QStringLiteral("上年度问题整改情况");
    section.headingStyle = HeadingStyle::Standalone;
    section.body.pointStyle = PointStyle::Paragraphs;
    for (const FollowUpItem &item : items) {
        if (item.kind != FollowUpKind::Shortcoming)
            continue;
        QString text = QStringLiteral("针对“") + item.text + QStringLiteral("”的问题，");
        QString filled;
        if (item.status == FollowUpStatus::Reported)
            filled = withFullStop(firstSentence(linkedText(thisYear, item.node)));  // whole: the clerk edits it
        else if (item.status == FollowUpStatus::Dropped)
            filled = withFullStop(item.reason);
        text += filled.isEmpty() ? QStringLiteral("（请填写整改措施和成效）。") : filled;
        section.body.points.append(Point{newId(), text});
    }
    return section;
}

std::optional<NodeSnapshot> rectificationInsertion(const QList<FollowUpItem> &items, const Report &thisYear)
{
    for (const Part &part : thisYear.parts) {
        if (part.kind != PartKind::Shortcomings)
            continue;
        NodeSnapshot snapshot;
        snapshot.type = NodeType::Section;
        snapshot.containerId = part.id;
        snapshot.index = int(part.sections.size());
        snapshot.node = rectificationSection(items, thisYear);
        return snapshot;
    }
    return std::nullopt;
}

}  // namespace fazhi
