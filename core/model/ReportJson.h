#pragma once
// JSON form of a report: used by `fazhi-cli show --json`, review copies and tests.
// Every node carries "id", "kind" and its text fields.

#include "Report.h"
#include "util/Result.h"

#include <QJsonObject>

namespace fazhi {

enum class JsonIds { Include, Omit };

QJsonObject toJson(const Report &report, JsonIds ids = JsonIds::Include);
Result<Report> reportFromJson(const QJsonObject &object);

// The report's content without ids, timestamps, status or import notes: what must survive an
// export followed by an import.
QJsonObject contentJson(const Report &report);

enum class NodeType { Report, Part, Section, Paragraph, Point, Fact };
QString toString(NodeType type);

struct NodeInfo {
    NodeType type;
    QString text;       // the node's main text: heading, lead, text, or fact label
    QString textField;  // its JSON/storage field name: heading, lead, text, label
    QUuid parentId;     // null for report-level nodes
};
std::optional<NodeInfo> findNode(const Report &report, const QUuid &id);

}  // namespace fazhi
