#include "ReportDiff.h"

#include "model/Numbering.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QHash>

namespace fazhi {

namespace {

struct Unit {
    QUuid key;  // node id, or a synthetic key for report-level units
    QString label;
    QString text;
};

QString bodyText(const Body &b)
{
    QStringList lines;
    for (const Paragraph &p : b.paragraphs)
        lines << p.text;
    for (int i = 0; i < b.points.size(); ++i) {
        const QString label = b.pointStyle == PointStyle::Numbered ? numbering::numberedPointLabel(i)
                                                                   : numbering::runInPointLabel(i);
        lines << label + b.points.at(i).text;
    }
    return lines.join(QLatin1Char('\n'));
}

// Synthetic keys derived from the report id keep report-level units apart and stable.
QUuid syntheticKey(const Report &r, const char *name)
{
    return QUuid::createUuidV5(r.id, QLatin1String(name));
}

QList<Unit> units(const Report &r)
{
    QList<Unit> list;
    const ReportDetails &d = r.details;
    QStringList details{r.effectiveTitle()};
    if (!d.addressee.isEmpty())
        details << d.addressee + QStringLiteral("：");
    if (!d.signature.isEmpty() || d.date.isValid())
        details << r.effectiveSignature();
    if (d.date.isValid())
        details << QStringLiteral("%1年%2月%3日").arg(d.date.year()).arg(d.date.month()).arg(d.date.day());
    list.append({syntheticKey(r, "details"), Tr::tr("Report details"),
                 details.join(QLatin1Char('\n'))});
    if (!r.preamble.isEmpty()) {
        Body b;
        b.paragraphs = r.preamble;
        list.append({syntheticKey(r, "preamble"), Tr::tr("Opening"), bodyText(b)});
    }
    for (int i = 0; i < r.parts.size(); ++i) {
        const Part &part = r.parts.at(i);
        const QString partLabel = numbering::partLabel(i);
        QString text = partLabel + r.effectiveHeading(part);
        const QString intro = bodyText(part.intro);
        if (!intro.isEmpty())
            text += QLatin1Char('\n') + intro;
        list.append({part.id, partLabel, text});
        for (int j = 0; j < part.sections.size(); ++j) {
            const Section &s = part.sections.at(j);
            const QString label = numbering::sectionLabel(j);
            QString stext = label + s.lead;
            const QString body = bodyText(s.body);
            if (!body.isEmpty())
                stext += QLatin1Char('\n') + body;
            list.append({s.id, partLabel + label, stext});
        }
    }
    if (!r.closing.isEmpty()) {
        Body b;
        b.paragraphs = r.closing;
        list.append({syntheticKey(r, "closing"), Tr::tr("Closing"), bodyText(b)});
    }
    return list;
}

}  // namespace

QList<UnitDiff> diffReports(const Report &from, const Report &to)
{
    // Both sides share the report id in practice (revisions of one report); use `to`'s id for the
    // synthetic keys of both so report-level units match.
    Report fromKeyed = from;
    fromKeyed.id = to.id;
    const QList<Unit> a = units(fromKeyed), b = units(to);
    QHash<QUuid, int> inB;
    for (int i = 0; i < b.size(); ++i)
        inB.insert(b.at(i).key, i);
    QHash<QUuid, int> inA;
    for (int i = 0; i < a.size(); ++i)
        inA.insert(a.at(i).key, i);

    // Removed units, keyed by the nearest preceding unit that survives.
    QHash<QUuid, QList<int>> removedAfter;
    QList<int> removedAtStart;
    QUuid lastSurvivor;
    for (int i = 0; i < a.size(); ++i) {
        if (inB.contains(a.at(i).key)) {
            lastSurvivor = a.at(i).key;
        } else if (lastSurvivor.isNull()) {
            removedAtStart << i;
        } else {
            removedAfter[lastSurvivor] << i;
        }
    }
    QList<UnitDiff> out;
    auto emitRemoved = [&](const QList<int> &indexes) {
        for (int i : indexes)
            out.append({a.at(i).key, a.at(i).label, UnitDiff::Removed, {{DiffSegment::Delete, a.at(i).text}}});
    };
    emitRemoved(removedAtStart);
    for (const Unit &u : b) {
        const auto it = inA.find(u.key);
        if (it == inA.end()) {
            out.append({u.key, u.label, UnitDiff::Added, {{DiffSegment::Insert, u.text}}});
        } else {
            const Unit &old = a.at(it.value());
            if (old.text == u.text)
                out.append({u.key, u.label, UnitDiff::Unchanged, {{DiffSegment::Equal, u.text}}});
            else
                out.append({u.key, u.label, UnitDiff::Modified, diffText(old.text, u.text)});
            emitRemoved(removedAfter.value(u.key));
        }
    }
    return out;
}

bool hasChanges(const QList<UnitDiff> &diff)
{
    for (const UnitDiff &u : diff) {
        if (u.change != UnitDiff::Unchanged)
            return true;
    }
    return false;
}

}  // namespace fazhi
