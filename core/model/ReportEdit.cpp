#include "ReportEdit.h"

namespace fazhi {

QUuid NodeSnapshot::id() const
{
    return std::visit([](const auto &n) { return n.id; }, node);
}

namespace {

// The list that holds a node, found by walking the report once.
struct Location {
    NodeType type;
    QUuid containerId;
    QString slot;
    int index = -1;
    QList<Part> *parts = nullptr;
    QList<Section> *sections = nullptr;
    QList<Paragraph> *paragraphs = nullptr;
    QList<Point> *points = nullptr;
    QList<Fact> *facts = nullptr;
};

template <typename T>
int indexOf(const QList<T> &list, const QUuid &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Location> locate(Report &r, const QUuid &id)
{
    Location loc;
    auto inBody = [&](Body &body, const QUuid &owner) {
        if ((loc.index = indexOf(body.paragraphs, id)) >= 0) {
            loc.type = NodeType::Paragraph;
            loc.paragraphs = &body.paragraphs;
        } else if ((loc.index = indexOf(body.points, id)) >= 0) {
            loc.type = NodeType::Point;
            loc.points = &body.points;
        } else {
            return false;
        }
        loc.containerId = owner;
        return true;
    };
    if ((loc.index = indexOf(r.preamble, id)) >= 0 || (loc.index = indexOf(r.closing, id)) >= 0) {
        const bool preamble = indexOf(r.preamble, id) >= 0;
        loc.type = NodeType::Paragraph;
        loc.paragraphs = preamble ? &r.preamble : &r.closing;
        loc.containerId = r.id;
        loc.slot = preamble ? QStringLiteral("preamble") : QStringLiteral("closing");
        return loc;
    }
    if ((loc.index = indexOf(r.parts, id)) >= 0) {
        loc.type = NodeType::Part;
        loc.parts = &r.parts;
        loc.containerId = r.id;
        return loc;
    }
    for (Part &part : r.parts) {
        if (inBody(part.intro, part.id))
            return loc;
        if ((loc.index = indexOf(part.sections, id)) >= 0) {
            loc.type = NodeType::Section;
            loc.sections = &part.sections;
            loc.containerId = part.id;
            return loc;
        }
        for (Section &s : part.sections) {
            if (inBody(s.body, s.id))
                return loc;
            if ((loc.index = indexOf(s.facts, id)) >= 0) {
                loc.type = NodeType::Fact;
                loc.facts = &s.facts;
                loc.containerId = s.id;
                return loc;
            }
        }
    }
    return std::nullopt;
}

Part *findPart(Report &r, const QUuid &id)
{
    for (Part &p : r.parts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Section *findSection(Report &r, const QUuid &id)
{
    for (Part &p : r.parts) {
        for (Section &s : p.sections) {
            if (s.id == id)
                return &s;
        }
    }
    return nullptr;
}

Body *findBody(Report &r, const QUuid &ownerId)
{
    if (Part *p = findPart(r, ownerId))
        return &p->intro;
    if (Section *s = findSection(r, ownerId))
        return &s->body;
    return nullptr;
}

template <typename T>
bool assign(T &field, const T &value, QVariant *previous)
{
    if (previous)
        *previous = QVariant::fromValue(field);
    field = value;
    return true;
}

bool assignText(QString &field, const QVariant &value, QVariant *previous)
{
    if (!value.canConvert<QString>())
        return false;
    return assign(field, value.toString(), previous);
}

template <typename Enum>
bool assignEnum(Enum &field, const QVariant &value, std::optional<Enum> (*parse)(const QString &), QVariant *previous)
{
    const auto parsed = parse(value.toString());
    if (!parsed)
        return false;
    if (previous)
        *previous = toString(field);
    field = *parsed;
    return true;
}

template <typename T>
bool insertAt(QList<T> &list, int index, const T &value)
{
    list.insert(qBound(0, index, int(list.size())), value);
    return true;
}

}  // namespace

bool setNodeField(Report &r, const QUuid &nodeId, const QString &field, const QVariant &value, QVariant *previous)
{
    auto loc = locate(r, nodeId);
    if (!loc)
        return false;
    switch (loc->type) {
    case NodeType::Part: {
        Part &p = (*loc->parts)[loc->index];
        if (field == QLatin1String("heading"))
            return assignText(p.heading, value, previous);
        if (field == QLatin1String("partKind"))
            return assignEnum(p.kind, value, &partKindFromString, previous);
        if (field == QLatin1String("pointStyle"))
            return assignEnum(p.intro.pointStyle, value, &pointStyleFromString, previous);
        return false;
    }
    case NodeType::Section: {
        Section &s = (*loc->sections)[loc->index];
        if (field == QLatin1String("lead"))
            return assignText(s.lead, value, previous);
        if (field == QLatin1String("headingStyle"))
            return assignEnum(s.headingStyle, value, &headingStyleFromString, previous);
        if (field == QLatin1String("pointStyle"))
            return assignEnum(s.body.pointStyle, value, &pointStyleFromString, previous);
        return false;
    }
    case NodeType::Paragraph:
        return field == QLatin1String("text") && assignText((*loc->paragraphs)[loc->index].text, value, previous);
    case NodeType::Point:
        return field == QLatin1String("text") && assignText((*loc->points)[loc->index].text, value, previous);
    case NodeType::Fact: {
        Fact &f = (*loc->facts)[loc->index];
        if (field == QLatin1String("label"))
            return assignText(f.label, value, previous);
        if (field == QLatin1String("value"))
            return assignText(f.value, value, previous);
        if (field == QLatin1String("unit"))
            return assignText(f.unit, value, previous);
        if (field == QLatin1String("qualifier"))
            return assignText(f.qualifier, value, previous);
        return false;
    }
    case NodeType::Report:
        break;
    }
    return false;
}

QVariant detailField(const Report &r, const QString &field)
{
    const ReportDetails &d = r.details;
    if (field == QLatin1String("organization")) return d.organization;
    if (field == QLatin1String("year")) return d.year;
    if (field == QLatin1String("title")) return d.title;
    if (field == QLatin1String("addressee")) return d.addressee;
    if (field == QLatin1String("signature")) return d.signature;
    if (field == QLatin1String("date")) return d.date;
    if (field == QLatin1String("source")) return d.source;
    if (field == QLatin1String("publishedOn")) return d.publishedOn;
    if (field == QLatin1String("publicationUrl")) return d.publicationUrl;
    if (field == QLatin1String("documentNumber")) return d.documentNumber;
    return {};
}

bool setDetailField(Report &r, const QString &field, const QVariant &value, QVariant *previous)
{
    ReportDetails &d = r.details;
    if (field == QLatin1String("year")) {
        bool ok = false;
        const int year = value.toInt(&ok);
        return ok && assign(d.year, year, previous);
    }
    if (field == QLatin1String("date")) {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                              : QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid() && !value.toString().isEmpty() && !value.isNull())
            return false;
        return assign(d.date, date, previous);
    }
    QString *text = field == QLatin1String("organization") ? &d.organization
        : field == QLatin1String("title")                  ? &d.title
        : field == QLatin1String("addressee")              ? &d.addressee
        : field == QLatin1String("signature")              ? &d.signature
        : field == QLatin1String("source")                 ? &d.source
        : field == QLatin1String("publishedOn")            ? &d.publishedOn
        : field == QLatin1String("publicationUrl")         ? &d.publicationUrl
        : field == QLatin1String("documentNumber")         ? &d.documentNumber
                                                           : nullptr;
    return text && assignText(*text, value, previous);
}

std::optional<NodeSnapshot> snapshotNode(const Report &report, const QUuid &nodeId)
{
    auto loc = locate(const_cast<Report &>(report), nodeId);
    if (!loc)
        return std::nullopt;
    NodeSnapshot snap;
    snap.type = loc->type;
    snap.containerId = loc->containerId;
    snap.slot = loc->slot;
    snap.index = loc->index;
    switch (loc->type) {
    case NodeType::Part: snap.node = loc->parts->at(loc->index); break;
    case NodeType::Section: snap.node = loc->sections->at(loc->index); break;
    case NodeType::Paragraph: snap.node = loc->paragraphs->at(loc->index); break;
    case NodeType::Point: snap.node = loc->points->at(loc->index); break;
    case NodeType::Fact: snap.node = loc->facts->at(loc->index); break;
    case NodeType::Report: return std::nullopt;
    }
    return snap;
}

std::optional<NodeSnapshot> takeNode(Report &report, const QUuid &nodeId)
{
    auto snap = snapshotNode(report, nodeId);
    if (!snap)
        return std::nullopt;
    auto loc = locate(report, nodeId);
    if (loc->parts) loc->parts->removeAt(loc->index);
    if (loc->sections) loc->sections->removeAt(loc->index);
    if (loc->paragraphs) loc->paragraphs->removeAt(loc->index);
    if (loc->points) loc->points->removeAt(loc->index);
    if (loc->facts) loc->facts->removeAt(loc->index);
    return snap;
}

bool insertNode(Report &r, const NodeSnapshot &snap)
{
    switch (snap.type) {
    case NodeType::Part:
        return insertAt(r.parts, snap.index, std::get<Part>(snap.node));
    case NodeType::Section:
        if (Part *p = findPart(r, snap.containerId))
            return insertAt(p->sections, snap.index, std::get<Section>(snap.node));
        return false;
    case NodeType::Paragraph:
        if (snap.containerId == r.id) {
            QList<Paragraph> &list = snap.slot == QLatin1String("closing") ? r.closing : r.preamble;
            return insertAt(list, snap.index, std::get<Paragraph>(snap.node));
        }
        if (Body *b = findBody(r, snap.containerId))
            return insertAt(b->paragraphs, snap.index, std::get<Paragraph>(snap.node));
        return false;
    case NodeType::Point:
        if (Body *b = findBody(r, snap.containerId))
            return insertAt(b->points, snap.index, std::get<Point>(snap.node));
        return false;
    case NodeType::Fact:
        if (Section *s = findSection(r, snap.containerId))
            return insertAt(s->facts, snap.index, std::get<Fact>(snap.node));
        return false;
    case NodeType::Report:
        break;
    }
    return false;
}

int siblingCount(const Report &report, const QUuid &nodeId)
{
    auto loc = locate(const_cast<Report &>(report), nodeId);
    if (!loc)
        return -1;
    if (loc->parts) return int(loc->parts->size());
    if (loc->sections) return int(loc->sections->size());
    if (loc->paragraphs) return int(loc->paragraphs->size());
    if (loc->points) return int(loc->points->size());
    if (loc->facts) return int(loc->facts->size());
    return -1;
}

namespace {
void refresh(Body &b)
{
    for (auto &p : b.paragraphs) p.id = newId();
    for (auto &p : b.points) p.id = newId();
}
void refresh(Section &s)
{
    s.id = newId();
    refresh(s.body);
    for (auto &f : s.facts) f.id = newId();
}
void refresh(Part &p)
{
    p.id = newId();
    refresh(p.intro);
    for (auto &s : p.sections) refresh(s);
}
void refresh(Paragraph &p) { p.id = newId(); }
void refresh(Point &p) { p.id = newId(); }
void refresh(Fact &f) { f.id = newId(); }
}  // namespace

NodeSnapshot withFreshIds(NodeSnapshot snapshot)
{
    std::visit([](auto &n) { refresh(n); }, snapshot.node);
    return snapshot;
}

bool splitLeadInHeading(Report &report, const QUuid &partId)
{
    for (Part &part : report.parts) {
        if (part.id != partId)
            continue;
        if (part.heading.trimmed().isEmpty())
            return false;
        part.intro.paragraphs.prepend(Paragraph{newId(), part.heading});
        part.heading.clear();
        return true;
    }
    return false;
}

}  // namespace fazhi
