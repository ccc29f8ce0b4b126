#include "CheckText.h"

#include "model/PartKinds.h"

namespace fazhi::check::detail {

bool isIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
        || (c >= 0x3400 && c <= 0x4DBF)      // Extension A
        || (c >= 0x20000 && c <= 0x3FFFF)    // Extensions B… and the supplementary planes' ideographs
        || (c >= 0xF900 && c <= 0xFAFF)      // Compatibility Ideographs
        || c == 0x3007;                      // 〇
}

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3001 && c <= 0x3006) || (c >= 0x3008 && c <= 0x303F)  // 、。〈〉《》「」『』【】〔〕…
        || (c >= 0xFF01 && c <= 0xFF0F)                                  // ！＂＃…（）＊＋，－．／
        || (c >= 0xFF1A && c <= 0xFF20)                                  // ：；＜＝＞？＠
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)  // ［＼］… ｛｜｝～…
        || (c >= 0xFE30 && c <= 0xFE4F)                                  // CJK compatibility forms
        || (c >= 0x2018 && c <= 0x201F)                                  // ‘’“”
        || c == 0x2026 || c == 0x2014 || c == 0x2015;                    // … — ―
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F || c == U'\t';
}

char32_t codePointAt(const QString &text, int i)
{
    if (i < 0 || i >= text.size())
        return 0;
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

char32_t codePointBefore(const QString &text, int i)
{
    if (i <= 0 || i > text.size())
        return 0;
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    return c.unicode();
}

int widthAt(const QString &text, int i)
{
    return (i + 1 < text.size() && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
}

PartKind effectiveKind(const Report &report, const Part &part)
{
    if (part.kind != PartKind::Custom)
        return part.kind;
    return classifyPartHeading(report.effectiveHeading(part), report.details.year);
}

QList<TextUnit> collectUnits(const Report &report)
{
    QList<TextUnit> units;
    int order = 0;
    auto add = [&](TextUnit u) {
        if (u.text.isEmpty())
            return;
        u.order = order++;
        units.append(std::move(u));
    };
    auto detail = [&](UnitKind kind, const QString &field, const QString &text) {
        TextUnit u;
        u.kind = kind;
        u.area = Area::Details;
        u.node = report.id;
        u.field = field;
        u.text = text;
        u.scope = report.id;
        add(std::move(u));
    };
    auto paragraphs = [&](const QList<Paragraph> &list, Area area, const Part *part, const Section *section,
                          const Body *body, PartKind kind, const QUuid &scope) {
        for (const Paragraph &p : list) {
            TextUnit u;
            u.kind = UnitKind::Paragraph;
            u.area = area;
            u.node = p.id;
            u.field = QStringLiteral("text");
            u.text = p.text;
            u.part = part;
            u.section = section;
            u.body = body;
            u.partKind = kind;
            u.scope = scope;
            add(std::move(u));
        }
    };
    auto body = [&](const Body &b, Area area, const Part *part, const Section *section, PartKind kind,
                    const QUuid &scope) {
        paragraphs(b.paragraphs, area, part, section, &b, kind, scope);
        for (int i = 0; i < b.points.size(); ++i) {
            const Point &p = b.points.at(i);
            TextUnit u;
            u.kind = UnitKind::Point;
            u.area = area;
            u.node = p.id;
            u.field = QStringLiteral("text");
            u.text = p.text;
            u.part = part;
            u.section = section;
            u.body = &b;
            u.pointIndex = i;
            u.partKind = kind;
            u.scope = scope;
            add(std::move(u));
        }
    };

    detail(UnitKind::Title, QStringLiteral("title"), report.effectiveTitle());
    detail(UnitKind::Addressee, QStringLiteral("addressee"), report.details.addressee);
    paragraphs(report.preamble, Area::Preamble, nullptr, nullptr, nullptr, PartKind::Custom, report.id);
    for (const Part &part : report.parts) {
        const PartKind kind = effectiveKind(report, part);
        TextUnit heading;
        heading.kind = UnitKind::PartHeading;
        heading.area = Area::PartIntro;
        heading.node = part.id;
        heading.field = QStringLiteral("heading");
        heading.text = part.heading;
        heading.part = &part;
        heading.partKind = kind;
        heading.scope = part.id;
        add(std::move(heading));
        body(part.intro, Area::PartIntro, &part, nullptr, kind, part.id);
        for (const Section &section : part.sections) {
            TextUnit lead;
            lead.kind = UnitKind::SectionLead;
            lead.area = Area::Section;
            lead.node = section.id;
            lead.field = QStringLiteral("lead");
            lead.text = section.lead;
            lead.part = &part;
            lead.section = &section;
            lead.partKind = kind;
            lead.scope = section.id;
            add(std::move(lead));
            body(section.body, Area::Section, &part, &section, kind, section.id);
        }
    }
    paragraphs(report.closing, Area::Closing, nullptr, nullptr, nullptr, PartKind::Custom, report.id);
    detail(UnitKind::Signature, QStringLiteral("signature"), report.details.signature);
    return units;
}

void Sink::add(const QString &rule, Severity severity, const QUuid &node, const QString &field, const QString &text,
               int u16Start, int u16End, const QString &message, const std::optional<QString> &fix)
{
    if (!m_context.enabled(rule))
        return;
    u16Start = qBound(0, u16Start, int(text.size()));
    u16End = qBound(u16Start, u16End, int(text.size()));
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.node = node;
    f.field = field;
    f.start = toCodePointOffset(text, u16Start);
    f.end = f.start + toCodePointOffset(text.mid(u16Start, u16End - u16Start), u16End - u16Start);
    f.message = message;
    f.fix = fix;
    f.quote = text.mid(u16Start, u16End - u16Start);
    // Context: up to five code points either side of the quote.
    int from = u16Start;
    for (int n = 0; n < 5 && from > 0; ++n)
        from -= (from >= 2 && text.at(from - 1).isLowSurrogate() && text.at(from - 2).isHighSurrogate()) ? 2 : 1;
    int to = u16End;
    for (int n = 0; n < 5 && to < text.size(); ++n)
        to += widthAt(text, to);
    f.context = text.mid(from, to - from);
    m_findings.append(std::move(f));
}

void Sink::addNode(const QString &rule, Severity severity, const QUuid &node, const QString &message)
{
    if (!m_context.enabled(rule))
        return;
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.node = node;
    f.message = message;
    m_findings.append(std::move(f));
}

QString normaliseSentence(const QString &sentence)
{
    QString out;
    out.reserve(sentence.size());
    for (const QChar c : sentence) {
        if (!isSpace(c.unicode()))
            out.append(c);
    }
    return out;
}

QList<std::pair<int, int>> splitSentences(const QString &text)
{
    QList<std::pair<int, int>> out;
    int start = 0;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；') {
            int end = i + 1;
            // A closing quotation mark or bracket after the full stop belongs to the sentence.
            while (end < n && (text.at(end) == u'”' || text.at(end) == u'’' || text.at(end) == u'）'))
                ++end;
            out.append({start, end});
            start = end;
            i = end - 1;
        }
    }
    if (start < n)
        out.append({start, n});
    return out;
}

}  // namespace fazhi::check::detail
