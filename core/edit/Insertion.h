#pragma once
// Where a new part, section, paragraph, point or figure goes, and how far a node may move: the rules
// follow the node selected, the way a user reads the outline. Each returns the new node (fresh id,
// empty text) as a snapshot ready for ReportSession::insertNode, or std::nullopt when there is no
// place for one. Plain functions of the report: the UI only calls them.

#include "model/ReportEdit.h"

#include <optional>

namespace fazhi {

// A custom part right after the part that holds the selection, else at the end.
std::optional<NodeSnapshot> newPart(const Report &report, const QUuid &selected);
// A section right after the section that holds the selection (in the same part); at the end of the
// part when the part itself or its intro is selected; with nothing in a part selected, at the end of
// the measures part (else the first part). None in a report without parts.
std::optional<NodeSnapshot> newSection(const Report &report, const QUuid &selected);
// A section at the end of the part `partId` (a part form's "Add work area"); an unknown part is
// treated like a selection outside every part.
std::optional<NodeSnapshot> newSectionAtEnd(const Report &report, const QUuid &partId);
// A paragraph right after the selected paragraph; at the end of the paragraphs of the selected part
// or section (or of the one holding the selected point or figure); with the report selected, at the
// end of the first part's intro, or of the opening when there are no parts.
std::optional<NodeSnapshot> newParagraph(const Report &report, const QUuid &selected);
// A point right after the selected point; otherwise at the end of the points of the part or section
// chosen as for a paragraph. Points never go at report level.
std::optional<NodeSnapshot> newPoint(const Report &report, const QUuid &selected);
// A figure right after the selected figure, or at the end of the figures of the selected section (or
// of the section holding the selected paragraph or point). Only sections hold figures.
std::optional<NodeSnapshot> newFact(const Report &report, const QUuid &selected);

// The index a node moves to `delta` places along its siblings; std::nullopt when it cannot move that
// far (or is not a node that moves, like the report).
std::optional<int> movedIndex(const Report &report, const QUuid &id, int delta);

}  // namespace fazhi
