#include "ReportLookup.h"

namespace fazhi {

const Part *findPart(const Report &report, const QUuid &id)
{
    for (const Part &p : report.parts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Section *findSection(const Report &report, const QUuid &id, const Part **owner)
{
    for (const Part &p : report.parts) {
        for (const Section &s : p.sections) {
            if (s.id == id) {
                if (owner)
                    *owner = &p;
                return &s;
            }
        }
    }
    return nullptr;
}

const Body *findBody(const Report &report, const QUuid &ownerId)
{
    if (const Part *p = findPart(report, ownerId))
        return &p->intro;
    if (const Section *s = findSection(report, ownerId))
        return &s->body;
    return nullptr;
}

const Fact *findFact(const Report &report, const QUuid &id)
{
    for (const Part &p : report.parts) {
        for (const Section &s : p.sections) {
            for (const Fact &f : s.facts) {
                if (f.id == id)
                    return &f;
            }
        }
    }
    return nullptr;
}

namespace {
template <typename T>
bool contains(const QList<T> &list, const QUuid &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return true;
    }
    return false;
}
bool bodyContains(const Body &b, const QUuid &id) { return contains(b.paragraphs, id) || contains(b.points, id); }
}  // namespace

const Part *owningPart(const Report &report, const QUuid &id)
{
    for (const Part &p : report.parts) {
        if (p.id == id || bodyContains(p.intro, id))
            return &p;
        for (const Section &s : p.sections) {
            if (s.id == id || bodyContains(s.body, id) || contains(s.facts, id))
                return &p;
        }
    }
    return nullptr;
}

const Section *owningSection(const Report &report, const QUuid &id)
{
    for (const Part &p : report.parts) {
        for (const Section &s : p.sections) {
            if (s.id == id || bodyContains(s.body, id) || contains(s.facts, id))
                return &s;
        }
    }
    return nullptr;
}

int partIndex(const Report &report, const QUuid &partId)
{
    for (int i = 0; i < report.parts.size(); ++i) {
        if (report.parts.at(i).id == partId)
            return i;
    }
    return -1;
}

int sectionIndex(const Part &part, const QUuid &sectionId)
{
    for (int i = 0; i < part.sections.size(); ++i) {
        if (part.sections.at(i).id == sectionId)
            return i;
    }
    return -1;
}

const QList<Paragraph> *paragraphList(const Report &report, const QUuid &containerId, const QString &slot)
{
    if (containerId == report.id)
        return slot == QLatin1String("closing") ? &report.closing : &report.preamble;
    if (const Body *b = findBody(report, containerId))
        return &b->paragraphs;
    return nullptr;
}

QString nodeText(const Report &report, const QUuid &id)
{
    const auto info = findNode(report, id);
    return info ? info->text : QString();
}

int characterCount(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        if (!c.isSpace() && !c.isLowSurrogate())
            ++n;
    }
    return n;
}

int reportCharacterCount(const Report &report)
{
    int n = 0;
    auto body = [&n](const Body &b) {
        for (const auto &p : b.paragraphs)
            n += characterCount(p.text);
        for (const auto &p : b.points)
            n += characterCount(p.text);
    };
    for (const auto &p : report.preamble)
        n += characterCount(p.text);
    for (const Part &part : report.parts) {
        n += characterCount(report.effectiveHeading(part));
        body(part.intro);
        for (const Section &s : part.sections) {
            n += characterCount(s.lead);
            body(s.body);
        }
    }
    for (const auto &p : report.closing)
        n += characterCount(p.text);
    return n;
}

}  // namespace fazhi
