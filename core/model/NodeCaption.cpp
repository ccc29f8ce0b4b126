#include "NodeCaption.h"

#include "Numbering.h"
#include "ReportJson.h"
#include "ReportLookup.h"

namespace fazhi {

namespace {

template <typename T>
int indexOf(const QList<T> &list, const QUuid &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

QString pointNumberIn(const Body &body, const QUuid &id)
{
    const int i = indexOf(body.points, id);
    return i >= 0 ? pointNumber(body.pointStyle, i) : QString();
}

}  // namespace

QString pointNumber(PointStyle style, int index)
{
    return style == PointStyle::Numbered ? numbering::numberedPointLabel(index) : numbering::runInPointLabel(index);
}

QString nodeNumber(const Report &report, const QUuid &id)
{
    if (id.isNull())
        return {};
    for (int p = 0; p < report.parts.size(); ++p) {
        const Part &part = report.parts.at(p);
        if (part.id == id)
            return numbering::partLabel(p);
        if (QString n = pointNumberIn(part.intro, id); !n.isEmpty())
            return n;
        for (int s = 0; s < part.sections.size(); ++s) {
            const Section &section = part.sections.at(s);
            if (section.id == id)
                return numbering::sectionLabel(s);
            if (QString n = pointNumberIn(section.body, id); !n.isEmpty())
                return n;
        }
    }
    return {};
}

QString nodeCaption(const Report &report, const QUuid &id, int maxText, const QString &whenEmpty)
{
    QString text;
    if (id == report.id) {
        text = report.effectiveTitle();
    } else if (const Part *part = findPart(report, id)) {
        text = report.effectiveHeading(*part);  // a part without a heading of its own has its kind's
    } else if (const auto info = findNode(report, id)) {
        text = info->text;
    } else {
        return {};
    }
    if (text.isEmpty())
        text = whenEmpty;
    else if (maxText >= 0)
        text = elideText(text, maxText);
    return nodeNumber(report, id) + text;
}

QString elideText(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max) + QStringLiteral("…");
}

}  // namespace fazhi
