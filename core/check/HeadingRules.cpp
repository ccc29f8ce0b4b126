// Rules heading-punctuation (a report rule: headings are compared across the report) and
// heading-numbering (a text rule over one body at a time).
//
// heading-punctuation: headings of one level end the same way. Standalone headings (the parts'
// 一、… and standalone work-area headings) normally end without a mark (GB/T 9704 practice); a
// run-in lead sentence ends with 。 (or ？！：) because the body follows it on the same line. A
// heading never ends with ，、；. Which ending is right for a level is decided by the majority: one
// work-area heading out of step with three or more others is a warning, any other mix a hint. For
// the parts it is always a hint: a part may open with a run-in lead sentence ("二、党政主要负责人履行
// ……情况。镇党委书记……"), which the model keeps as a heading ending in 。. A heading that
// is really a lead-in sentence (a clause mark inside, a full stop at the end: "四、2024年度，我镇将
// ……工作。") is not compared: import offers to split it.
//
// heading-numbering: headings typed into the text (一、 （一） （1） at the start of paragraphs,
// where import or the user left them) run 1, 2, 3 within one body: a skip, a repeat or a restart
// is a warning. A lower level restarts after a higher one. 一、 typed inside a work area uses the
// parts' numeral family at a second level.

#include "CheckText.h"
#include "Rules.h"
#include "model/Numbering.h"

#include <QHash>

namespace fazhi::check::detail {

namespace {

// ---- heading-punctuation ---------------------------------------------------------------------------

enum class Ending { None, Stop, Clause };

Ending endingOf(const QString &heading, QChar *mark)
{
    const QString t = heading.trimmed();
    if (t.isEmpty())
        return Ending::None;
    const QChar last = t.back();
    *mark = last;
    if (last == u'。' || last == u'.' || last == u'．')
        return Ending::Stop;
    if (last == u'，' || last == u'、' || last == u'；' || last == u',' || last == u';')
        return Ending::Clause;
    return Ending::None;
}

bool isLeadInSentence(const QString &heading)
{
    const QString t = heading.trimmed();
    return t.endsWith(u'。') && (t.contains(u'，') || t.contains(u',') || t.contains(u'；')) && t.size() > 20;
}

struct HeadingRef {
    QUuid node;
    QString field;
    QString text;  // as stored (for offsets)
};

void compareLevel(const QList<HeadingRef> &headings, Sink &sink, bool mayWarn)
{
    QList<const HeadingRef *> stops, plain;
    for (const HeadingRef &h : headings) {
        QChar mark;
        const Ending e = endingOf(h.text, &mark);
        if (e == Ending::Clause) {
            const int end = int(h.text.trimmed().size() + h.text.indexOf(h.text.trimmed()));
            sink.add(RuleId::HeadingPunctuation, Severity::Warning, h.node, h.field, h.text, end - 1, end,
                     message(Msg::HeadingEndsWithClauseMark).arg(mark), QString());
            continue;
        }
        if (isLeadInSentence(h.text))
            continue;
        (e == Ending::Stop ? stops : plain).append(&h);
    }
    if (stops.isEmpty() || plain.isEmpty())
        return;
    // The minority is out of step; on a tie the full stops are (standalone headings end without).
    const bool stopsOut = stops.size() <= plain.size();
    const QList<const HeadingRef *> &out = stopsOut ? stops : plain;
    const qsizetype others = stopsOut ? plain.size() : stops.size();
    const Severity severity = mayWarn && out.size() == 1 && others >= 3 ? Severity::Warning : Severity::Hint;
    for (const HeadingRef *h : out) {
        const QString trimmed = h->text.trimmed();
        const int end = int(h->text.indexOf(trimmed) + trimmed.size());
        if (stopsOut)
            sink.add(RuleId::HeadingPunctuation, severity, h->node, h->field, h->text, end - 1, end,
                     message(Msg::HeadingExtraStop).arg(h->text.at(end - 1)), QString());
        else
            sink.add(RuleId::HeadingPunctuation, severity, h->node, h->field, h->text, end, end,
                     message(Msg::HeadingMissingStop), QStringLiteral("。"));
    }
}

// ---- heading-numbering -----------------------------------------------------------------------------

bool isChineseDigit(QChar c) { return QStringView(u"一二三四五六七八九十").contains(c); }

struct Label {
    int level = 0;   // 1: 一、 2: （一） 4: （1）
    int number = 0;
    int length = 0;
};

Label labelAt(const QString &text)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n && isSpace(text.at(i).unicode()))
        ++i;
    if (i >= n)
        return {};
    const QChar c = text.at(i);
    if (isChineseDigit(c)) {
        int end = i;
        while (end < n && end - i < 3 && isChineseDigit(text.at(end)))
            ++end;
        if (end + 1 < n && text.at(end) == u'、' && !isChineseDigit(text.at(end + 1))) {
            const int number = numbering::parseChineseNumeral(text.mid(i, end - i));
            if (number > 0)
                return {1, number, end + 1};
        }
        return {};
    }
    if (c == u'（' || c == u'(') {
        int end = i + 1;
        bool chinese = true;
        while (end < n && end - i <= 3 && isChineseDigit(text.at(end)))
            ++end;
        if (end == i + 1) {
            chinese = false;
            while (end < n && end - i <= 2 && text.at(end).isDigit())
                ++end;
        }
        if (end > i + 1 && end < n && (text.at(end) == u'）' || text.at(end) == u')')) {
            const QString digits = text.mid(i + 1, end - i - 1);
            const int number = chinese ? numbering::parseChineseNumeral(digits) : digits.toInt();
            if (number > 0)
                return {chinese ? 2 : 4, number, end + 1};
        }
    }
    return {};
}

QString labelText(int level, int number)
{
    const QString numeral = level == 4 ? QString::number(number) : numbering::chineseNumeral(number);
    switch (level) {
    case 1:
        return numeral + u'、';
    case 2:
        return QStringLiteral("（") + numeral + QStringLiteral("）");
    default:
        return QStringLiteral("（") + numeral + QStringLiteral("）");
    }
}

}  // namespace

void checkHeadingPunctuation(const Report &report, Sink &sink)
{
    if (!sink.enabled(RuleId::HeadingPunctuation))
        return;
    QList<HeadingRef> parts, standalone;
    for (const Part &part : report.parts) {
        if (!part.heading.trimmed().isEmpty())
            parts.append({part.id, QStringLiteral("heading"), part.heading});
        else
            parts.append({part.id, QString(), report.effectiveHeading(part)});
        for (const Section &s : part.sections) {
            const QString lead = s.lead.trimmed();
            if (lead.isEmpty())
                continue;
            if (s.headingStyle == HeadingStyle::Standalone) {
                standalone.append({s.id, QStringLiteral("lead"), s.lead});
                continue;
            }
            QString core = lead;
            while (!core.isEmpty() && QStringView(u"”’）)》").contains(core.back()))
                core.chop(1);
            if (core.isEmpty())
                continue;
            const QChar last = core.back();
            if (last == u'。' || last == u'？' || last == u'！' || last == u'：' || last == u'…')
                continue;
            QChar mark;
            if (endingOf(lead, &mark) == Ending::Clause) {
                const int end = int(s.lead.indexOf(lead) + lead.size());
                sink.add(RuleId::HeadingPunctuation, Severity::Warning, s.id, QStringLiteral("lead"), s.lead, end - 1,
                         end, message(Msg::RunInLeadNoStop), QStringLiteral("。"));
                continue;
            }
            const int end = int(s.lead.indexOf(lead) + lead.size());
            const bool hasBody = !s.body.isEmpty();
            sink.add(RuleId::HeadingPunctuation, hasBody ? Severity::Warning : Severity::Hint, s.id,
                     QStringLiteral("lead"), s.lead, end, end, message(Msg::RunInLeadNoStop), QStringLiteral("。"));
        }
    }
    // Default headings have no field of their own: they count for the majority but are never flagged.
    QList<HeadingRef> explicitParts;
    int defaults = 0;
    for (const HeadingRef &h : std::as_const(parts)) {
        if (h.field.isEmpty())
            ++defaults;
        else
            explicitParts.append(h);
    }
    if (defaults > 0) {
        // Pad the majority with the default headings, which end without a mark.
        QList<HeadingRef> all = explicitParts;
        Sink probe(sink.context());
        for (int i = 0; i < defaults; ++i)
            all.append({QUuid(), QStringLiteral("heading"), QStringLiteral("默认标题")});
        compareLevel(all, probe, false);
        for (const Finding &f : std::as_const(probe.findings())) {
            if (!f.node.isNull())
                sink.findings().append(f);
        }
    } else {
        compareLevel(explicitParts, sink, false);
    }
    compareLevel(standalone, sink, true);
}

void checkHeadingNumbering(const QList<TextUnit> &units, Sink &sink)
{
    if (!sink.enabled(RuleId::HeadingNumbering))
        return;
    QHash<const void *, QList<int>> lastByBody;  // per body: last number seen at levels 1, 2, 4
    for (const TextUnit &unit : units) {
        if (unit.kind != UnitKind::Paragraph || !unit.body)
            continue;
        const Label label = labelAt(unit.text);
        if (label.level == 0)
            continue;
        QList<int> &last = lastByBody[unit.body];
        if (last.isEmpty())
            last = {0, 0, 0, 0, 0};
        const QString typed = unit.text.left(label.length).trimmed();
        if (label.level == 1 && unit.area == Area::Section) {
            sink.add(RuleId::HeadingNumbering, Severity::Warning, unit, 0, label.length,
                     message(Msg::HeadingFamilyTwoLevels).arg(typed, labelText(2, label.number)), labelText(2, label.number));
        }
        const int prev = last[label.level];
        const int expected = prev + 1;
        if (prev > 0 && label.number != expected) {
            const QString want = labelText(label.level, expected);
            Msg msg = Msg::HeadingNumberGap;
            if (label.number == prev)
                msg = Msg::HeadingNumberRepeated;
            else if (label.number < prev)
                msg = Msg::HeadingNumberRestart;
            const QString text = msg == Msg::HeadingNumberRepeated
                ? message(msg).arg(typed, want)
                : message(msg).arg(typed, labelText(label.level, prev), want);
            // The fix keeps the typed form's brackets when they are full-width; mixed widths are another rule's.
            sink.add(RuleId::HeadingNumbering, Severity::Warning, unit, 0, label.length, text,
                     label.level == 1 || typed.startsWith(u'（') ? std::optional<QString>(want) : std::nullopt);
            // After a skip the count goes on from the typed number; a repeat or restart counts as the one expected.
            last[label.level] = label.number > expected ? label.number : expected;
        } else {
            last[label.level] = label.number;
        }
        for (int l = label.level + 1; l <= 4; ++l)
            last[l] = 0;
    }
}

}  // namespace fazhi::check::detail
