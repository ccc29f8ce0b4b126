#include "ReportJson.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fazhi {

namespace {

QString idString(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

void putId(QJsonObject &o, const QUuid &id, JsonIds ids)
{
    if (ids == JsonIds::Include)
        o.insert(QStringLiteral("id"), idString(id));
}

QJsonArray paragraphsJson(const QList<Paragraph> &list, JsonIds ids)
{
    QJsonArray a;
    for (const auto &p : list) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("paragraph")}, {QStringLiteral("text"), p.text}};
        putId(o, p.id, ids);
        a.append(o);
    }
    return a;
}

void putBody(QJsonObject &o, const Body &body, JsonIds ids)
{
    o.insert(QStringLiteral("paragraphs"), paragraphsJson(body.paragraphs, ids));
    QJsonArray points;
    for (const auto &p : body.points) {
        QJsonObject po{{QStringLiteral("kind"), QStringLiteral("point")}, {QStringLiteral("text"), p.text}};
        putId(po, p.id, ids);
        points.append(po);
    }
    o.insert(QStringLiteral("points"), points);
    o.insert(QStringLiteral("pointStyle"), toString(body.pointStyle));
}

QUuid readId(const QJsonObject &o)
{
    const QUuid id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    return id.isNull() ? newId() : id;
}

QList<Paragraph> readParagraphs(const QJsonValue &v)
{
    QList<Paragraph> list;
    for (const auto &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        list.append(Paragraph{readId(o), o.value(QStringLiteral("text")).toString()});
    }
    return list;
}

Body readBody(const QJsonObject &o)
{
    Body body;
    body.paragraphs = readParagraphs(o.value(QStringLiteral("paragraphs")));
    for (const auto &item : o.value(QStringLiteral("points")).toArray()) {
        const QJsonObject po = item.toObject();
        body.points.append(Point{readId(po), po.value(QStringLiteral("text")).toString()});
    }
    body.pointStyle = pointStyleFromString(o.value(QStringLiteral("pointStyle")).toString())
                          .value_or(PointStyle::RunIn);
    return body;
}

}  // namespace

QJsonObject toJson(const Report &r, JsonIds ids)
{
    QJsonObject details{
        {QStringLiteral("organization"), r.details.organization},
        {QStringLiteral("year"), r.details.year},
        {QStringLiteral("title"), r.details.title},
        {QStringLiteral("effectiveTitle"), r.effectiveTitle()},
        {QStringLiteral("addressee"), r.details.addressee},
        {QStringLiteral("signature"), r.details.signature},
        {QStringLiteral("date"), r.details.date.isValid() ? r.details.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("source"), r.details.source},
        {QStringLiteral("publishedOn"), r.details.publishedOn},
        {QStringLiteral("publicationUrl"), r.details.publicationUrl},
    };
    if (!r.details.documentNumber.isEmpty())  // only when known, so reports without one read as before
        details.insert(QStringLiteral("documentNumber"), r.details.documentNumber);
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("report")}, {QStringLiteral("details"), details}};
    putId(o, r.id, ids);
    o.insert(QStringLiteral("preamble"), paragraphsJson(r.preamble, ids));
    QJsonArray parts;
    for (const auto &part : r.parts) {
        QJsonObject po{{QStringLiteral("kind"), QStringLiteral("part")},
                       {QStringLiteral("partKind"), toString(part.kind)},
                       {QStringLiteral("heading"), part.heading},
                       {QStringLiteral("effectiveHeading"), r.effectiveHeading(part)}};
        putId(po, part.id, ids);
        putBody(po, part.intro, ids);
        QJsonArray sections;
        for (const auto &s : part.sections) {
            QJsonObject so{{QStringLiteral("kind"), QStringLiteral("section")},
                           {QStringLiteral("lead"), s.lead},
                           {QStringLiteral("headingStyle"), toString(s.headingStyle)}};
            putId(so, s.id, ids);
            putBody(so, s.body, ids);
            QJsonArray facts;
            for (const auto &f : s.facts) {
                QJsonObject fo{{QStringLiteral("kind"), QStringLiteral("fact")},
                               {QStringLiteral("label"), f.label},
                               {QStringLiteral("value"), f.value},
                               {QStringLiteral("unit"), f.unit},
                               {QStringLiteral("qualifier"), f.qualifier}};
                putId(fo, f.id, ids);
                facts.append(fo);
            }
            so.insert(QStringLiteral("facts"), facts);
            sections.append(so);
        }
        po.insert(QStringLiteral("sections"), sections);
        parts.append(po);
    }
    o.insert(QStringLiteral("parts"), parts);
    o.insert(QStringLiteral("closing"), paragraphsJson(r.closing, ids));
    if (ids == JsonIds::Include) {
        o.insert(QStringLiteral("status"), toString(r.status));
        QJsonArray notes;
        for (const auto &n : r.importNotes) {
            QJsonObject no{{QStringLiteral("kind"), n.kind},
                           {QStringLiteral("original"), n.original},
                           {QStringLiteral("replacement"), n.replacement},
                           {QStringLiteral("message"), n.message}};
            if (!n.nodeId.isNull())
                no.insert(QStringLiteral("node"), idString(n.nodeId));
            if (!n.code.isEmpty()) {
                no.insert(QStringLiteral("code"), n.code);
                no.insert(QStringLiteral("args"), QJsonArray::fromStringList(n.args));
            }
            notes.append(no);
        }
        o.insert(QStringLiteral("importNotes"), notes);
        o.insert(QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("updatedAt"), r.updatedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

QJsonObject contentJson(const Report &report) { return toJson(report, JsonIds::Omit); }

Result<Report> reportFromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("kind")).toString() != QLatin1String("report"))
        return Error::data(Tr::tr("The data is not a report."));
    Report r;
    r.id = readId(o);
    const QJsonObject d = o.value(QStringLiteral("details")).toObject();
    r.details.organization = d.value(QStringLiteral("organization")).toString();
    r.details.year = d.value(QStringLiteral("year")).toInt();
    r.details.title = d.value(QStringLiteral("title")).toString();
    r.details.addressee = d.value(QStringLiteral("addressee")).toString();
    r.details.signature = d.value(QStringLiteral("signature")).toString();
    r.details.date = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.details.source = d.value(QStringLiteral("source")).toString();
    r.details.publishedOn = d.value(QStringLiteral("publishedOn")).toString();
    r.details.publicationUrl = d.value(QStringLiteral("publicationUrl")).toString();
    r.details.documentNumber = d.value(QStringLiteral("documentNumber")).toString();
    r.status = reportStatusFromString(o.value(QStringLiteral("status")).toString()).value_or(ReportStatus::Draft);
    r.preamble = readParagraphs(o.value(QStringLiteral("preamble")));
    r.closing = readParagraphs(o.value(QStringLiteral("closing")));
    for (const auto &pv : o.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject po = pv.toObject();
        Part part;
        part.id = readId(po);
        part.kind = partKindFromString(po.value(QStringLiteral("partKind")).toString()).value_or(PartKind::Custom);
        part.heading = po.value(QStringLiteral("heading")).toString();
        part.intro = readBody(po);
        for (const auto &sv : po.value(QStringLiteral("sections")).toArray()) {
            const QJsonObject so = sv.toObject();
            Section s;
            s.id = readId(so);
            s.lead = so.value(QStringLiteral("lead")).toString();
            s.headingStyle = headingStyleFromString(so.value(QStringLiteral("headingStyle")).toString())
                                 .value_or(HeadingStyle::RunIn);
            s.body = readBody(so);
            for (const auto &fv : so.value(QStringLiteral("facts")).toArray()) {
                const QJsonObject fo = fv.toObject();
                s.facts.append(Fact{readId(fo), fo.value(QStringLiteral("label")).toString(),
                                    fo.value(QStringLiteral("value")).toString(),
                                    fo.value(QStringLiteral("unit")).toString(),
                                    fo.value(QStringLiteral("qualifier")).toString()});
            }
            part.sections.append(s);
        }
        r.parts.append(part);
    }
    for (const auto &nv : o.value(QStringLiteral("importNotes")).toArray()) {
        const QJsonObject no = nv.toObject();
        r.importNotes.append(ImportNote{no.value(QStringLiteral("kind")).toString(),
                                        QUuid::fromString(no.value(QStringLiteral("node")).toString()),
                                        no.value(QStringLiteral("original")).toString(),
                                        no.value(QStringLiteral("replacement")).toString(),
                                        no.value(QStringLiteral("message")).toString(),
                                        no.value(QStringLiteral("code")).toString(),
                                        {}});
        for (const auto &a : no.value(QStringLiteral("args")).toArray())
            r.importNotes.last().args.append(a.toString());
    }
    r.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    return r;
}

QString toString(NodeType type)
{
    switch (type) {
    case NodeType::Report: return QStringLiteral("report");
    case NodeType::Part: return QStringLiteral("part");
    case NodeType::Section: return QStringLiteral("section");
    case NodeType::Paragraph: return QStringLiteral("paragraph");
    case NodeType::Point: return QStringLiteral("point");
    case NodeType::Fact: return QStringLiteral("fact");
    }
    return {};
}

std::optional<NodeInfo> findNode(const Report &r, const QUuid &id)
{
    if (id == r.id)
        return NodeInfo{NodeType::Report, r.effectiveTitle(), QStringLiteral("title"), {}};
    auto inParagraphs = [&](const QList<Paragraph> &list, const QUuid &parent) -> std::optional<NodeInfo> {
        for (const auto &p : list) {
            if (p.id == id)
                return NodeInfo{NodeType::Paragraph, p.text, QStringLiteral("text"), parent};
        }
        return std::nullopt;
    };
    auto inBody = [&](const Body &body, const QUuid &parent) -> std::optional<NodeInfo> {
        if (auto found = inParagraphs(body.paragraphs, parent))
            return found;
        for (const auto &p : body.points) {
            if (p.id == id)
                return NodeInfo{NodeType::Point, p.text, QStringLiteral("text"), parent};
        }
        return std::nullopt;
    };
    if (auto found = inParagraphs(r.preamble, {}))
        return found;
    if (auto found = inParagraphs(r.closing, {}))
        return found;
    for (const auto &part : r.parts) {
        if (part.id == id)
            return NodeInfo{NodeType::Part, part.heading, QStringLiteral("heading"), {}};
        if (auto found = inBody(part.intro, part.id))
            return found;
        for (const auto &s : part.sections) {
            if (s.id == id)
                return NodeInfo{NodeType::Section, s.lead, QStringLiteral("lead"), part.id};
            if (auto found = inBody(s.body, s.id))
                return found;
            for (const auto &f : s.facts) {
                if (f.id == id)
                    return NodeInfo{NodeType::Fact, f.label, QStringLiteral("label"), s.id};
            }
        }
    }
    return std::nullopt;
}

}  // namespace fazhi
