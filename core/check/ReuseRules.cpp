// Rule repeated-text: sentences copied unchanged from the organization's previous report.
//
// Sentences end at 。！？；. Short ones (under 15 characters: "主要做法是：", "特此报告。") are left
// out, since every report has them. A copied sentence with figures is a warning (the figures are
// last year's); without figures a hint (standard formulations recur legitimately).

#include "CheckText.h"
#include "Rules.h"

namespace fazhi::check {

namespace {
constexpr int kMinSentenceLength = 15;  // code points, spaces excluded

bool hasDigit(const QString &s)
{
    for (const QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}
}  // namespace

PreviousYearIndex::PreviousYearIndex(const Report &previous) : m_year(previous.details.year)
{
    for (const detail::TextUnit &unit : detail::collectUnits(previous)) {
        if (!unit.isFreeText() && unit.kind != detail::UnitKind::SectionLead)
            continue;
        for (const auto &[from, to] : detail::splitSentences(unit.text)) {
            const QString s = detail::normaliseSentence(unit.text.mid(from, to - from));
            if (codePointLength(s) >= kMinSentenceLength)
                m_sentences.insert(s);
        }
    }
}

namespace detail {

void checkReuse(const QList<TextUnit> &units, Sink &sink)
{
    const auto &previous = sink.context().previousYear;
    if (!previous || previous->size() == 0 || !sink.enabled(RuleId::RepeatedText))
        return;
    for (const TextUnit &unit : units) {
        if (!unit.isFreeText())
            continue;
        for (auto [from, to] : splitSentences(unit.text)) {
            while (from < to && isSpace(unit.text.at(from).unicode()))
                ++from;
            const QString s = normaliseSentence(unit.text.mid(from, to - from));
            if (codePointLength(s) < kMinSentenceLength || !previous->contains(s))
                continue;
            const bool figures = hasDigit(s);
            sink.add(RuleId::RepeatedText, figures ? Severity::Warning : Severity::Hint, unit, from, to,
                     message(figures ? Msg::RepeatedSentenceFigures : Msg::RepeatedSentence).arg(previous->year()));
        }
    }
}

}  // namespace detail

}  // namespace fazhi::check
