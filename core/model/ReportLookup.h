#pragma once
// Read-only look-ups in a Report by node id: model rules the editor, the checks and the item models share.

#include "model/Report.h"
#include "model/ReportJson.h"

#include <QUuid>

namespace fazhi {

const Part *findPart(const Report &report, const QUuid &id);
const Section *findSection(const Report &report, const QUuid &id, const Part **owner = nullptr);
// The body owned by a part (intro) or a section.
const Body *findBody(const Report &report, const QUuid &ownerId);
const Fact *findFact(const Report &report, const QUuid &id);
// The part that holds a node (the part itself for a part); nullptr for report-level nodes.
const Part *owningPart(const Report &report, const QUuid &id);
// The section that holds a node (the section itself, its paragraphs, points and figures); nullptr for
// nodes outside every section.
const Section *owningSection(const Report &report, const QUuid &id);
int partIndex(const Report &report, const QUuid &partId);
int sectionIndex(const Part &part, const QUuid &sectionId);

// The paragraphs or points of a container: a part, a section, or the report itself with a slot
// ("preamble" / "closing").
const QList<Paragraph> *paragraphList(const Report &report, const QUuid &containerId,
                                      const QString &slot = QString());

// The text of a paragraph or point.
QString nodeText(const Report &report, const QUuid &id);

// Characters a reader counts (字数): everything but white space.
int characterCount(const QString &text);
int reportCharacterCount(const Report &report);

}  // namespace fazhi
