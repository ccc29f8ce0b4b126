#pragma once
// Character-level diff (Chinese text has no word boundaries to split on). Works on Unicode code
// points, so a character outside the BMP is never cut in half.

#include <QList>
#include <QString>

namespace fazhi {

struct DiffSegment {
    enum Op { Equal, Insert, Delete };
    Op op = Equal;
    QString text;
    bool operator==(const DiffSegment &o) const { return op == o.op && text == o.text; }
};

// Myers' O((N+M)·D) algorithm after trimming the common prefix and suffix, then made readable: short
// equalities squeezed between longer changes are folded into them, and each run of changes reads as
// one deletion followed by one insertion. Applying the Equal and Insert segments gives `to`; Equal and Delete give `from`.
QList<DiffSegment> diffText(const QString &from, const QString &to);

}  // namespace fazhi
