#pragma once
// Private to the text importer: splitting a paragraph's run-in enumeration ("……：一是……；二是……。")
// into the paragraph text and its points, including the broken form where a numeral was lost
// ("……。是……").

#include <QList>
#include <QString>
#include <optional>

namespace fazhi::textimport {

struct RunInPoint {
    QString text;           // up to the next marker, with its own closing punctuation
    int number = 0;         // 1 for 一是 …
    bool restored = false;  // the source had a bare 是 where the numeral belongs
};

struct RunInSplit {
    QString prefix;  // the paragraph text before 一是, as typed (may be empty)
    QList<RunInPoint> points;
};

// nullopt when the paragraph has no 一是 at a boundary (text start or after 。；;：:，,！？).
// Linear in the length of the paragraph.
std::optional<RunInSplit> splitRunInPoints(const QString &paragraph);

}  // namespace fazhi::textimport
