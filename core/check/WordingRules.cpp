// Rules official-title and standard-term: near misses of the documents and formulations in
// CheckContext::terms (see TermList.h for the folding that finds them).

#include "CheckText.h"
#include "Rules.h"

#include <algorithm>

namespace fazhi::check::detail {

namespace {

bool isOpenQuote(QChar c) { return c == u'“' || c == u'‘' || c == u'"'; }
bool isCloseQuote(QChar c) { return c == u'”' || c == u'’' || c == u'"'; }
bool isQuote(QChar c) { return isOpenQuote(c) || isCloseQuote(c); }
bool isOpenTitleMark(QChar c) { return c == u'《' || c == u'〈'; }
bool isCloseTitleMark(QChar c) { return c == u'》' || c == u'〉'; }

// Whether [from, to) lies inside a 《…》 title (a document named inside another document's title).
bool insideBookTitle(const QString &text, int from, int to)
{
    int depth = 0;
    for (int i = 0; i < from; ++i) {
        if (text.at(i) == u'《')
            ++depth;
        else if (text.at(i) == u'》' && depth > 0)
            --depth;
    }
    return depth > 0 && text.indexOf(u'》', to) >= 0;
}

struct Match {
    int start = 0;
    int end = 0;
    QString fix;
    Msg msg = Msg::StandardTermForm;
    const TermEntry *entry = nullptr;
};

// Turns a folded match [s, e) into a finding when the original text is not the standard form.
std::optional<Match> judge(const QString &text, int s, int e, const TermEntry &entry)
{
    const int n = int(text.size());
    const QString &canonical = entry.canonical;
    if (entry.kind == TermKind::Document) {
        QString inner = canonical;
        if (inner.startsWith(u'《') && inner.endsWith(u'》'))
            inner = inner.mid(1, inner.size() - 2);
        const bool hasOpen = s > 0 && isOpenTitleMark(text.at(s - 1));
        const bool hasClose = e < n && isCloseTitleMark(text.at(e));
        const bool innerOk = text.mid(s, e - s) == inner;
        if (hasOpen && hasClose) {
            if (innerOk)
                return std::nullopt;
            return Match{s, e, inner, Msg::OfficialTitleForm, &entry};
        }
        if (hasOpen) {
            // 《X实施方案》: the document is named inside a longer title. 《X， : the closing mark is missing.
            if (e < n && isIdeograph(codePointAt(text, e))) {
                if (innerOk)
                    return std::nullopt;
                return Match{s, e, inner, Msg::OfficialTitleForm, &entry};
            }
            return Match{s - 1, e, canonical, Msg::OfficialTitleForm, &entry};
        }
        if (hasClose) {
            if (s > 0 && isIdeograph(codePointBefore(text, s))) {
                if (innerOk)
                    return std::nullopt;
                return Match{s, e, inner, Msg::OfficialTitleForm, &entry};
            }
            return Match{s, e + 1, canonical, Msg::OfficialTitleForm, &entry};
        }
        if (insideBookTitle(text, s, e)) {
            if (innerOk)
                return std::nullopt;
            return Match{s, e, inner, Msg::OfficialTitleForm, &entry};
        }
        return Match{s, e, canonical, innerOk ? Msg::OfficialTitleMarks : Msg::OfficialTitleForm, &entry};
    }
    // A formulation: take in the quotation marks that belong to it.
    if (isQuote(canonical.front()) && s > 0 && isQuote(text.at(s - 1)))
        --s;
    if (isQuote(canonical.back()) && e < n && isQuote(text.at(e)))
        ++e;
    int opens = 0, closes = 0;
    for (int i = s; i < e; ++i) {
        opens += text.at(i) == u'“' || text.at(i) == u'‘';
        closes += text.at(i) == u'”' || text.at(i) == u'’';
    }
    if (opens > closes && e < n && isCloseQuote(text.at(e)))
        ++e;
    else if (closes > opens && s > 0 && isOpenQuote(text.at(s - 1)))
        --s;
    if (text.mid(s, e - s) == canonical)
        return std::nullopt;
    return Match{s, e, canonical, Msg::StandardTermForm, &entry};
}

}  // namespace

void checkWording(const QList<TextUnit> &units, Sink &sink)
{
    const bool titles = sink.enabled(RuleId::OfficialTitle);
    const bool terms = sink.enabled(RuleId::StandardTerm);
    if (!titles && !terms)
        return;
    const TermList &list = sink.context().terms;
    QList<int> map;
    for (const TextUnit &unit : units) {
        const QString &text = unit.text;
        const QString folded = foldWithMap(text, &map);
        QList<Match> matches;
        for (const TermList::Pattern &pattern : list.patterns()) {
            const TermEntry &entry = list.entries().at(pattern.entry);
            if (!(entry.kind == TermKind::Document ? titles : terms))
                continue;
            const int len = int(pattern.folded.size());
            for (int pos = int(folded.indexOf(pattern.folded)); pos >= 0;
                 pos = int(folded.indexOf(pattern.folded, pos + len))) {
                const int s = map.at(pos);
                const int last = map.at(pos + len - 1);
                const int e = last + widthAt(text, last);
                if (auto m = judge(text, s, e, entry))
                    matches.append(*m);
            }
        }
        // Of overlapping matches keep the longest (新时代“枫桥经验” over “枫桥经验”).
        std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
            return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;
        });
        QList<Match> kept;
        for (const Match &m : std::as_const(matches)) {
            bool overlaps = false;
            for (const Match &k : std::as_const(kept))
                overlaps = overlaps || (m.start < k.end && k.start < m.end);
            if (!overlaps)
                kept.append(m);
        }
        std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
        for (const Match &m : std::as_const(kept)) {
            const bool document = m.entry->kind == TermKind::Document;
            QString msg = message(m.msg).arg(m.fix);
            if (!m.entry->note.isEmpty())
                msg += u' ' + m.entry->note;
            sink.add(document ? RuleId::OfficialTitle : RuleId::StandardTerm,
                     m.entry->severity, unit, m.start, m.end, msg, m.fix);
        }
    }
}

}  // namespace fazhi::check::detail
