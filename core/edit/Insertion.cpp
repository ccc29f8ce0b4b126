#include "Insertion.h"

#include "model/ReportJson.h"
#include "model/ReportLookup.h"

namespace fazhi {

namespace {

// A new section in the part holding `at`: right after the section holding `at`, or at the end.
std::optional<NodeSnapshot> sectionIn(const Report &r, const QUuid &at, bool afterSelected)
{
    const Part *part = owningPart(r, at);
    if (!part) {
        for (const Part &p : r.parts) {
            if (p.kind == PartKind::Measures) {
                part = &p;
                break;
            }
        }
    }
    if (!part && !r.parts.isEmpty())
        part = &r.parts.first();
    if (!part)
        return std::nullopt;
    int index = int(part->sections.size());
    if (const Section *holder = afterSelected ? owningSection(r, at) : nullptr) {
        if (const int i = sectionIndex(*part, holder->id); i >= 0)
            index = i + 1;
    }
    NodeSnapshot snap;
    snap.type = NodeType::Section;
    snap.containerId = part->id;
    snap.index = index;
    Section section;
    section.id = newId();
    snap.node = section;
    return snap;
}

// The container (part, section, or the report for its opening) and position for a new paragraph or
// point, from the selected node.
struct Place {
    QUuid container;
    QString slot;
    int index = -1;  // -1: at the end
};

Place placeFor(const Report &r, const QUuid &selected, NodeType type)
{
    const auto info = findNode(r, selected);
    if (!info || info->type == NodeType::Report)
        return r.parts.isEmpty() ? Place{r.id, QStringLiteral("preamble"), -1} : Place{r.parts.first().id, {}, -1};
    switch (info->type) {
    case NodeType::Part:
    case NodeType::Section:
        return {selected, {}, -1};
    case NodeType::Fact:
        return {info->parentId, {}, -1};
    case NodeType::Paragraph:
    case NodeType::Point: {
        const auto snap = snapshotNode(r, selected);
        if (!snap)
            return {};
        if (snap->type == type)
            return {snap->containerId, snap->slot, snap->index + 1};
        if (snap->containerId == r.id)  // a point cannot live at report level
            return r.parts.isEmpty() ? Place{} : Place{r.parts.first().id, {}, -1};
        return {snap->containerId, {}, -1};
    }
    case NodeType::Report:
        break;
    }
    return {};
}

}  // namespace

std::optional<NodeSnapshot> newPart(const Report &report, const QUuid &selected)
{
    const Part *current = owningPart(report, selected);
    NodeSnapshot snap;
    snap.type = NodeType::Part;
    snap.containerId = report.id;
    snap.index = current ? partIndex(report, current->id) + 1 : int(report.parts.size());
    Part part;
    part.id = newId();
    part.kind = PartKind::Custom;
    snap.node = part;
    return snap;
}

std::optional<NodeSnapshot> newSection(const Report &report, const QUuid &selected)
{
    return sectionIn(report, selected, true);
}

std::optional<NodeSnapshot> newSectionAtEnd(const Report &report, const QUuid &partId)
{
    return sectionIn(report, partId, false);
}

std::optional<NodeSnapshot> newParagraph(const Report &report, const QUuid &selected)
{
    const Place place = placeFor(report, selected, NodeType::Paragraph);
    if (place.container.isNull())
        return std::nullopt;
    const QList<Paragraph> *list = paragraphList(report, place.container, place.slot);
    NodeSnapshot snap;
    snap.type = NodeType::Paragraph;
    snap.containerId = place.container;
    snap.slot = place.slot;
    snap.index = place.index >= 0 ? place.index : (list ? int(list->size()) : 0);
    snap.node = Paragraph{newId(), QString()};
    return snap;
}

std::optional<NodeSnapshot> newPoint(const Report &report, const QUuid &selected)
{
    const Place place = placeFor(report, selected, NodeType::Point);
    const Body *body = place.container.isNull() ? nullptr : findBody(report, place.container);
    if (!body)
        return std::nullopt;
    NodeSnapshot snap;
    snap.type = NodeType::Point;
    snap.containerId = place.container;
    snap.index = place.index >= 0 ? place.index : int(body->points.size());
    snap.node = Point{newId(), QString()};
    return snap;
}

std::optional<NodeSnapshot> newFact(const Report &report, const QUuid &selected)
{
    const auto info = findNode(report, selected);
    if (!info)
        return std::nullopt;
    const QUuid sectionId = info->type == NodeType::Section ? selected : info->parentId;
    const Section *section = findSection(report, sectionId);
    if (!section)
        return std::nullopt;
    NodeSnapshot snap;
    snap.type = NodeType::Fact;
    snap.containerId = sectionId;
    snap.index = int(section->facts.size());
    if (info->type == NodeType::Fact) {
        const auto s = snapshotNode(report, selected);
        snap.index = s ? s->index + 1 : snap.index;
    }
    snap.node = Fact{newId(), QString(), QString(), QString(), QString()};
    return snap;
}

std::optional<int> movedIndex(const Report &report, const QUuid &id, int delta)
{
    const auto snap = snapshotNode(report, id);
    if (!snap)
        return std::nullopt;
    const int to = snap->index + delta;
    if (to < 0 || to >= siblingCount(report, id))
        return std::nullopt;
    return to;
}

}  // namespace fazhi
