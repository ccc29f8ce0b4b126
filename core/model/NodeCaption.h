#pragma once
// The one place a node's caption is made: the number it is given where it stands and its text, as the
// outline, the forms, the review record and the checks show it ("（二）严格规范公正文明执法").
// Numbering itself (一、（一）一是 1.) is in Numbering.h; this only finds where a node stands.

#include "model/Report.h"

#include <QString>
#include <QUuid>

namespace fazhi {

// The label of the point at `index` in a body with that point style: "三是" or "3.".
QString pointNumber(PointStyle style, int index);

// The number a node is given where it stands: "三、" for a part, "（二）" for a section, "一是" or "2."
// for a point (by the point style of its body). Empty for the report, paragraphs, figures and ids
// the report does not hold.
QString nodeNumber(const Report &report, const QUuid &id);

// The node's number followed by its text: a part's effective heading, a section's lead, a paragraph's
// or a point's text, a figure's label; for the report itself its effective title. The text is cut to
// `maxText` characters and "…" when longer (-1: never cut); `whenEmpty` stands in for an empty text.
// Empty for ids the report does not hold.
QString nodeCaption(const Report &report, const QUuid &id, int maxText = -1, const QString &whenEmpty = QString());

// `text` cut to `max` characters and "…" when it is longer.
QString elideText(const QString &text, int max);

}  // namespace fazhi
