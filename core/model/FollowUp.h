#pragma once
// Follow-up of last year's promises (issue 16): last year's plans and shortcomings become items of
// this year's report, each open, reported (linked to the node of this year's text that reports on it)
// or dropped (with a reason). Pure values and functions; storage keeps them in a later step.

#include "model/ReportEdit.h"
#include "model/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fazhi {

enum class FollowUpKind { Plan, Shortcoming };
enum class FollowUpStatus { Open, Reported, Dropped };

QString toString(FollowUpKind kind);      // plan, shortcoming
QString toString(FollowUpStatus status);  // open, reported, dropped
std::optional<FollowUpKind> followUpKindFromString(const QString &s);
std::optional<FollowUpStatus> followUpStatusFromString(const QString &s);

struct FollowUpItem {
    QUuid id;       // stable: derived from kind and source (followUpItemId)
    FollowUpKind kind = FollowUpKind::Plan;
    QString text;   // a short summary: the section's lead, or the first sentence of the point/paragraph
    QUuid source;   // the node in last year's report
    FollowUpStatus status = FollowUpStatus::Open;
    QUuid node;     // this year's node that reports on it (reported only)
    QString reason; // why it was dropped (dropped only)

    bool operator==(const FollowUpItem &o) const;
};

// The same item id whenever the items of the same source node are made again (a name-based UUID).
QUuid followUpItemId(FollowUpKind kind, const QUuid &sourceNode);

// The items of last year's report, all open, in the report's order: the plans first, each section of
// a plans part (each point of its intro where it has no sections, each paragraph where it has no
// points either), then the shortcomings the same way (a paragraph that only introduces, ending in
// a colon, is skipped).
QList<FollowUpItem> followUpItems(const Report &lastYear);

// The summary of a text: its first sentence (up to 。；！？ or ;), without the closing mark, at most
// 60 characters (a longer one is cut and ends in …).
QString followUpSummary(const QString &text);

struct NodeSuggestion {
    QUuid node;
    double score = 0;  // 0..1, see suggestNode
};

// The node of this year's report most likely to report on the item, or nullopt when none is similar
// enough. Candidates are the sections (lead and body), paragraphs and points outside the plans parts
// (this year's plans do not report on last year's). Similarity over character bigrams (punctuation
// breaks them), each weighted by how rare it is among the candidates (log((N+1)/(df+0.5))), so the
// words every node has (法治, 政府, 建设) count little and the item's own (信息公开, 权责清单) much: the
// weight of the shared bigrams over the smaller of the two texts' weights (a weighted overlap
// coefficient, as the item is a short summary and a node a long text; nodes of fewer than 8 bigrams,
// a bare lead, are not candidates). The probe is the item's summary, or with `lastYear` the source
// node's full text. Threshold 0.25: on the sample's pairs the true nodes score 0.30–0.66 and the best
// unrelated node at most 0.10. Within 80% of the best score the smaller node wins (a paragraph
// rather than the section that holds it).
std::optional<NodeSuggestion> suggestNode(const FollowUpItem &item, const Report &thisYear,
                                          const Report *lastYear = nullptr);

// The JSON of the CLI's `followup --json`: {id, kind, text, source, status, node (or null), reason}.
QJsonObject toJson(const FollowUpItem &item);
QJsonArray toJson(const QList<FollowUpItem> &items);
// nullopt for an object that is not an item; `badField` names the field at fault.
std::optional<FollowUpItem> followUpItemFromJson(const QJsonObject &object, QString *badField = nullptr);
std::optional<QList<FollowUpItem>> followUpItemsFromJson(const QJsonArray &array, QString *badField = nullptr);

// The section "上年度问题整改情况" with one point per shortcoming, pre-filled from the links for the
// clerk to complete: what the point reported on it says (a reported item), the reason (a dropped
// one), or a place holder to fill in (an open one).
Section rectificationSection(const QList<FollowUpItem> &items, const Report &thisYear);
// The same section as an insertion at the end of this year's first shortcomings part (insertNode
// puts it there, takeNode undoes it); nullopt when the report has no shortcomings part.
std::optional<NodeSnapshot> rectificationInsertion(const QList<FollowUpItem> &items, const Report &thisYear);

}  // namespace fazhi
