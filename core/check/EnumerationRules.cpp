// Rule enumeration: hand-typed enumerations in free text (paragraphs and points; the generated
// numbering of parts, sections and points is never checked), numbering labels typed where the
// numbering is generated, and the repairs import made (Report::importNotes, restored-numeral).
//
// A run-in marker is a Chinese numeral + 是 at a boundary (text start, or after 。；：，！？);
// a lost numeral is a bare 是 after 。 or ； inside a running enumeration ("……。是……").
// A numbered marker is 1–2 digits + . ． or 、 at a boundary (text start or after 。；：！？), not
// followed by a digit (so 1.5万 and 2、3月 are not markers). The count carries over the paragraphs
// of one body: "一是……" in one paragraph and "二是……" in the next is one enumeration.

#include "CheckText.h"
#include "Rules.h"
#include "model/Numbering.h"

#include <QHash>
#include <functional>

namespace fazhi::check::detail {

namespace {

bool isBoundaryMark(char32_t c, bool comma)
{
    switch (c) {
    case U'。': case U'；': case U'：': case U'！': case U'？': case U';': case U':': case U'!': case U'?':
        return true;
    case U'，': case U',':
        return comma;
    default:
        return false;
    }
}

bool isChineseDigit(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

struct Sequence {
    int last = 0;  // last number seen; 0: none running
};

struct BodyState {
    Sequence runIn;
    Sequence numbered;
};

// The index of the first non-space character at or after i.
int skipSpaces(const QString &text, int i)
{
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    return i;
}

// The character before i, skipping spaces, as a code point (0 at the text start).
char32_t boundaryBefore(const QString &text, int i)
{
    while (i > 0 && isSpace(text.at(i - 1).unicode()))
        --i;
    return i > 0 ? codePointBefore(text, i) : 0;
}

void step(Sequence &seq, int n, int from, int to, const QString &label, const TextUnit &unit, Sink &sink,
          const std::function<QString(int)> &labelOf)
{
    if (n == 1 || seq.last == 0) {
        if (n != 1 && seq.last == 0) {
            sink.add(RuleId::Enumeration, Severity::Warning, unit, from, to,
                     message(Msg::NumeralStart).arg(label, labelOf(1)), labelOf(1));
        }
        seq.last = n;
        return;
    }
    const int expected = seq.last + 1;
    if (n == expected) {
        seq.last = n;
        return;
    }
    if (n <= seq.last) {
        sink.add(RuleId::Enumeration, Severity::Warning, unit, from, to,
                 message(Msg::NumeralRepeated).arg(label, labelOf(expected)), labelOf(expected));
        seq.last = expected;
    } else {
        sink.add(RuleId::Enumeration, Severity::Warning, unit, from, to,
                 message(Msg::NumeralGap).arg(label, labelOf(seq.last), labelOf(expected)), labelOf(expected));
        seq.last = n;
    }
}

QString runInLabel(int n) { return numbering::runInPointLabel(n - 1); }
QString numberedLabel(int n) { return numbering::numberedPointLabel(n - 1); }

// Hand-typed enumerations inside one free text.
void scanEnumerations(const TextUnit &unit, BodyState &state, bool checkRunIn, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool digit = c.unicode() >= u'0' && c.unicode() <= u'9';
        if (!digit && !isChineseDigit(c) && c != u'是')
            continue;
        const char32_t before = boundaryBefore(text, i);
        const bool atStart = skipSpaces(text, 0) == i;
        if (digit) {
            if (!atStart && !isBoundaryMark(before, false))
                continue;
            int end = i;
            while (end < n && end - i < 3 && text.at(end).unicode() >= u'0' && text.at(end).unicode() <= u'9')
                ++end;
            if (end - i > 2 || end >= n)
                continue;
            const QChar sep = text.at(end);
            if (sep != u'.' && sep != u'．' && sep != u'、')
                continue;
            const int after = end + 1;
            if (after >= n || (text.at(after).unicode() >= u'0' && text.at(after).unicode() <= u'9')
                || text.at(after) == u'.' || text.at(after) == u'、')
                continue;
            const int number = text.mid(i, end - i).toInt();
            const QString label = text.mid(i, after - i);
            if (sep == u'、') {
                sink.add(RuleId::Enumeration, Severity::Hint, unit, i, after,
                         message(Msg::NumberedLabel).arg(numberedLabel(number), label), numberedLabel(number));
            }
            step(state.numbered, number, i, after, label, unit, sink, numberedLabel);
            i = after - 1;
            continue;
        }
        if (!checkRunIn)
            continue;
        if (c == u'是') {
            // A bare 是 opening a clause inside a running enumeration: the numeral was lost.
            if (state.runIn.last == 0 || !(before == U'。' || before == U'；' || before == U';' || atStart))
                continue;
            if (i + 1 >= n || QStringView(u"否不年以由指因为非").contains(text.at(i + 1)))
                continue;
            const int expected = state.runIn.last + 1;
            sink.add(RuleId::Enumeration, Severity::Error, unit, i, i + 1,
                     message(Msg::NumeralLost).arg(runInLabel(expected)), runInLabel(expected));
            state.runIn.last = expected;
            continue;
        }
        // Chinese numeral + 是
        if (!atStart && !isBoundaryMark(before, true))
            continue;
        int end = i;
        while (end < n && end - i < 3 && isChineseDigit(text.at(end)))
            ++end;
        if (end >= n || text.at(end) != u'是')
            continue;
        const int number = numbering::parseChineseNumeral(text.mid(i, end - i));
        if (number <= 0)
            continue;
        const QString label = text.mid(i, end + 1 - i);
        step(state.runIn, number, i, end + 1, label, unit, sink, runInLabel);
        i = end;
    }
}

// A numbering label typed at the start of a text: its level (1: 一、 2: （一） 3: 1. 4: 一是) and length.
struct TypedLabel {
    int level = 0;
    int length = 0;  // including the spaces after it
};

TypedLabel typedLabelAt(const QString &text)
{
    const int n = int(text.size());
    int i = skipSpaces(text, 0);
    if (i >= n)
        return {};
    auto withSpaces = [&](int level, int end) { return TypedLabel{level, skipSpaces(text, end)}; };
    const QChar c = text.at(i);
    if (isChineseDigit(c)) {
        int end = i;
        while (end < n && isChineseDigit(text.at(end)))
            ++end;
        // 一、 but not the list of numerals in 一、二季度.
        if (end + 1 < n && end - i <= 3 && (text.at(end) == u'、' || text.at(end) == u'．')
            && !isChineseDigit(text.at(end + 1)) && numbering::parseChineseNumeral(text.mid(i, end - i)) > 0)
            return withSpaces(1, end + 1);
        return {};
    }
    if (c == u'（' || c == u'(') {
        int end = i + 1;
        while (end < n && isChineseDigit(text.at(end)))
            ++end;
        if (end > i + 1 && end < n && (text.at(end) == u'）' || text.at(end) == u')'))
            return withSpaces(2, end + 1);
        return {};
    }
    if (c.unicode() >= u'0' && c.unicode() <= u'9') {
        int end = i;
        while (end < n && text.at(end).unicode() >= u'0' && text.at(end).unicode() <= u'9')
            ++end;
        if (end - i <= 2 && end + 1 < n && (text.at(end) == u'.' || text.at(end) == u'．' || text.at(end) == u'、')
            && !(text.at(end + 1).unicode() >= u'0' && text.at(end + 1).unicode() <= u'9'))
            return withSpaces(3, end + 1);
    }
    return {};
}

TypedLabel runInLabelAt(const QString &text)
{
    const int i = skipSpaces(text, 0);
    int end = i;
    while (end < text.size() && isChineseDigit(text.at(end)))
        ++end;
    if (end > i && end < text.size() && text.at(end) == u'是'
        && numbering::parseChineseNumeral(text.mid(i, end - i)) > 0)
        return TypedLabel{4, skipSpaces(text, end + 1)};
    return {};
}

void checkTypedLabels(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    if (unit.kind == UnitKind::PartHeading || unit.kind == UnitKind::SectionLead) {
        const TypedLabel label = typedLabelAt(text);
        // A heading is numbered automatically: a typed 一、 or （一） in front of it prints twice.
        const bool duplicate = unit.kind == UnitKind::PartHeading ? label.level == 1 : (label.level == 1 || label.level == 2);
        if (duplicate) {
            sink.add(RuleId::Enumeration, Severity::Error, unit, 0, label.length,
                     message(Msg::TypedGeneratedLabel).arg(text.left(label.length).trimmed()), QString());
        }
        return;
    }
    if (unit.kind == UnitKind::Point) {
        const bool runIn = unit.body && unit.body->pointStyle != PointStyle::Numbered;  // 一是 run in or opening a paragraph
        const TypedLabel label = runIn ? runInLabelAt(text) : typedLabelAt(text);
        if (label.level == (runIn ? 4 : 3)) {
            sink.add(RuleId::Enumeration, Severity::Error, unit, 0, label.length,
                     message(Msg::TypedGeneratedLabel).arg(text.left(label.length).trimmed()), QString());
            return;
        }
    }
    if (!unit.isFreeText())
        return;
    const TypedLabel label = typedLabelAt(text);
    if (label.level != 1 && label.level != 2)
        return;
    const QString typed = text.left(label.length).trimmed();
    Msg msg;
    if (unit.area == Area::Section || unit.kind == UnitKind::Point)
        msg = Msg::LevelInSection;
    else
        msg = label.level == 1 ? Msg::TypedPartLabel : Msg::TypedSectionLabel;
    sink.add(RuleId::Enumeration, Severity::Warning, unit, 0, label.length, message(msg).arg(typed));
}

}  // namespace

void checkEnumeration(const Report &report, const QList<TextUnit> &units, bool includeReportNotes, Sink &sink)
{
    if (!sink.enabled(RuleId::Enumeration))
        return;
    QHash<const void *, BodyState> states;
    QHash<QUuid, const TextUnit *> byNode;
    for (const TextUnit &unit : units) {
        byNode.insert(unit.node, &unit);
        checkTypedLabels(unit, sink);
        if (!unit.isFreeText())
            continue;
        if (unit.kind == UnitKind::Point) {
            // A point is numbered by the app; only numbered markers and labels typed inside it count.
            BodyState own;
            scanEnumerations(unit, own, false, sink);
            continue;
        }
        const void *key = unit.body ? static_cast<const void *>(unit.body)
                                    : (unit.area == Area::Preamble ? static_cast<const void *>(&report.preamble)
                                                                   : static_cast<const void *>(&report.closing));
        scanEnumerations(unit, states[key], true, sink);
    }
    // The repairs import made, so that the user sees and confirms each one.
    for (const ImportNote &note : report.importNotes) {
        if (note.kind != ImportNoteKind::RestoredNumeral)
            continue;
        const QString text = message(Msg::ImportRestoredNumeral).arg(note.original, note.replacement);
        if (const TextUnit *unit = byNode.value(note.nodeId)) {
            sink.add(RuleId::Enumeration, Severity::Warning, *unit, 0, 0, text);
        } else if (includeReportNotes && (note.nodeId.isNull() || note.nodeId == report.id)) {
            sink.addNode(RuleId::Enumeration, Severity::Warning, report.id, text);
        }
    }
}

}  // namespace fazhi::check::detail
