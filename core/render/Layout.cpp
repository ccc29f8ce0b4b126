#include "Layout.h"

#include "model/Numbering.h"

namespace fazhi {

QString Block::text() const
{
    QString s;
    for (const auto &run : runs)
        s += run.text;
    return s;
}

namespace {

class LayoutBuilder {
public:
    LayoutBuilder(const Report &report, LayoutTarget target) : r(report), target(target) {}

    DocumentLayout build()
    {
        DocumentLayout layout;
        layout.title = r.effectiveTitle();
        layout.organization = r.details.organization;
        add(BlockKind::Title, {{RunRole::Text, layout.title, r.id}}, r.id);
        if (target == LayoutTarget::Web) {
            if (!r.details.source.isEmpty())
                add(BlockKind::DetailLine, {{RunRole::Text, QStringLiteral("信息来源：") + r.details.source, r.id}}, r.id);
            if (!r.details.publishedOn.isEmpty())
                add(BlockKind::DetailLine, {{RunRole::Text, QStringLiteral("发布日期：") + r.details.publishedOn, r.id}}, r.id);
        }
        if (!r.details.addressee.isEmpty())
            add(BlockKind::Addressee, {{RunRole::Text, r.details.addressee + QStringLiteral("："), r.id}}, r.id);
        paragraphs(r.preamble);
        for (int i = 0; i < r.parts.size(); ++i)
            part(r.parts.at(i), i);
        paragraphs(r.closing);
        // The signature block: the 署名 typed, else the organization (as the form's placeholder
        // promises), and the date when there is one.
        const QString signature = r.effectiveSignature();
        if (!signature.isEmpty() || r.details.date.isValid()) {
            add(BlockKind::Signature, {{RunRole::Text, signature, r.id}}, r.id);
            if (r.details.date.isValid())
                add(BlockKind::Date, {{RunRole::Text, formatDocumentDate(r.details.date), r.id}}, r.id);
        }
        layout.blocks = std::move(blocks);
        return layout;
    }

private:
    static QString formatDocumentDate(const QDate &d)
    {
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    }

    void add(BlockKind kind, QList<Run> runs, const QUuid &node)
    {
        blocks.append(Block{kind, std::move(runs), node});
    }

    void paragraphs(const QList<Paragraph> &list)
    {
        for (const auto &p : list)
            add(BlockKind::Paragraph, {{RunRole::Text, p.text, p.id}}, p.id);
    }

    void part(const Part &p, int index)
    {
        add(BlockKind::PartHeading,
            {{RunRole::PartNumber, numbering::partLabel(index), p.id},
             {RunRole::PartHeading, r.effectiveHeading(p), p.id}},
            p.id);
        body(p.intro, {});
        for (int i = 0; i < p.sections.size(); ++i)
            section(p.sections.at(i), i);
    }

    void section(const Section &s, int index)
    {
        QList<Run> heading{{RunRole::SectionNumber, numbering::sectionLabel(index), s.id},
                           {RunRole::SectionLead, s.lead, s.id}};
        if (s.headingStyle == HeadingStyle::Standalone) {
            add(BlockKind::SectionHeading, heading, s.id);
            body(s.body, {});
        } else {
            body(s.body, heading, s.id);
        }
    }

    // Emits a body. `opening` holds a run-in lead that starts the first line, owned by `openingNode`.
    void body(const Body &b, QList<Run> opening, const QUuid &openingNode = {})
    {
        const bool runInPoints = b.pointStyle == PointStyle::RunIn && !b.points.isEmpty();
        for (int i = 0; i < b.paragraphs.size(); ++i) {
            const Paragraph &p = b.paragraphs.at(i);
            QList<Run> runs = opening;
            opening.clear();
            runs.append({RunRole::Text, p.text, p.id});
            if (runInPoints && i == b.paragraphs.size() - 1)
                runs.append(runInPointRuns(b.points));
            add(BlockKind::Paragraph, runs, p.id);
        }
        if (b.paragraphs.isEmpty() && (runInPoints || !opening.isEmpty())) {
            QList<Run> runs = opening;
            if (runInPoints)
                runs.append(runInPointRuns(b.points));
            add(BlockKind::Paragraph, runs, runInPoints ? b.points.first().id : openingNode);
        }
        if (b.pointStyle == PointStyle::Numbered || b.pointStyle == PointStyle::Paragraphs) {
            const bool numbered = b.pointStyle == PointStyle::Numbered;
            for (int i = 0; i < b.points.size(); ++i) {
                const Point &pt = b.points.at(i);
                const QString label = numbered ? numbering::numberedPointLabel(i) : numbering::runInPointLabel(i);
                add(BlockKind::Paragraph, {{RunRole::PointNumber, label, pt.id}, {RunRole::Text, pt.text, pt.id}}, pt.id);
            }
        }
    }

    static QList<Run> runInPointRuns(const QList<Point> &points)
    {
        QList<Run> runs;
        for (int i = 0; i < points.size(); ++i) {
            runs.append({RunRole::PointNumber, numbering::runInPointLabel(i), points.at(i).id});
            runs.append({RunRole::Text, points.at(i).text, points.at(i).id});
        }
        return runs;
    }

    const Report &r;
    LayoutTarget target;
    QList<Block> blocks;
};

}  // namespace

DocumentLayout buildLayout(const Report &report, LayoutTarget target)
{
    return LayoutBuilder(report, target).build();
}

}  // namespace fazhi
