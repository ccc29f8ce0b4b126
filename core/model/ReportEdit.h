#pragma once
// In-memory edits of a Report, by node id and field name (the same names as JSON and storage).
// The edit session applies these to its Report and mirrors them to the workspace.

#include "model/Report.h"
#include "model/ReportJson.h"

#include <QVariant>
#include <variant>

namespace fazhi {

// A detached node with everything under it, and where it stood: what remove returns and insert takes,
// so that undo can put it back exactly.
struct NodeSnapshot {
    NodeType type = NodeType::Paragraph;
    QUuid containerId;  // part/section for their children; the report id for parts and report-level paragraphs
    QString slot;       // for report-level paragraphs: "preamble" or "closing"
    int index = 0;
    std::variant<Part, Section, Paragraph, Point, Fact> node;

    QUuid id() const;
};

// Sets one field; returns false (and leaves the report untouched) for an unknown node or field.
// `previous` receives the old value when given.
bool setNodeField(Report &report, const QUuid &nodeId, const QString &field, const QVariant &value,
                  QVariant *previous = nullptr);
bool setDetailField(Report &report, const QString &field, const QVariant &value, QVariant *previous = nullptr);
QVariant detailField(const Report &report, const QString &field);

// Where a node is; std::nullopt for unknown ids and for the report itself.
std::optional<NodeSnapshot> snapshotNode(const Report &report, const QUuid &nodeId);
std::optional<NodeSnapshot> takeNode(Report &report, const QUuid &nodeId);
bool insertNode(Report &report, const NodeSnapshot &snapshot);
// Number of siblings the node has (itself included), or -1.
int siblingCount(const Report &report, const QUuid &nodeId);

// A part heading that is a lead-in sentence ("2024年，我镇将从以下三个方面……工作。") split in two: the
// part takes its kind's default heading and the sentence, every word kept, opens its intro as a
// paragraph of its own. False for an unknown part or one without a typed heading.
bool splitLeadInHeading(Report &report, const QUuid &partId);

// A deep copy with fresh ids everywhere (for "duplicate").
NodeSnapshot withFreshIds(NodeSnapshot snapshot);

}  // namespace fazhi
