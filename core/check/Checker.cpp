#include "Checker.h"
#include "ImportNoteRules.h"

#include "CheckText.h"
#include "GlyphRules.h"
#include "Rules.h"

#include <QHash>
#include <algorithm>
#include <climits>

namespace fazhi::check {

using namespace detail;

QDate CheckContext::effectiveReportUpDeadline(const Report &report) const
{
    if (reportUpDeadline.isValid())
        return reportUpDeadline;
    return QDate(report.details.year + 1, 3, 1);
}

namespace {

bool isReportRule(const QString &rule)
{
    return rule == RuleId::RequiredContent || rule == RuleId::Title || rule == RuleId::Deadline
        || rule == RuleId::HeadingPunctuation || rule == RuleId::ImportRepair;
}

// Document order of every node (the report and its details first).
QHash<QUuid, int> nodeOrder(const Report &r)
{
    QHash<QUuid, int> order;
    int n = 0;
    order.insert(r.id, n++);
    auto body = [&](const Body &b) {
        for (const Paragraph &p : b.paragraphs)
            order.insert(p.id, n++);
        for (const Point &p : b.points)
            order.insert(p.id, n++);
    };
    for (const Paragraph &p : r.preamble)
        order.insert(p.id, n++);
    for (const Part &part : r.parts) {
        order.insert(part.id, n++);
        body(part.intro);
        for (const Section &s : part.sections) {
            order.insert(s.id, n++);
            body(s.body);
            for (const Fact &f : s.facts)
                order.insert(f.id, n++);
        }
    }
    for (const Paragraph &p : r.closing)
        order.insert(p.id, n++);
    return order;
}

int fieldRank(const QString &field)
{
    static const QStringList fields{QString(), QStringLiteral("title"), QStringLiteral("organization"),
                                    QStringLiteral("year"), QStringLiteral("addressee"), QStringLiteral("date"),
                                    QStringLiteral("publishedOn"), QStringLiteral("signature")};
    const auto i = fields.indexOf(field);
    return i < 0 ? int(fields.size()) : int(i);
}

int ruleRank(const QString &rule)
{
    static const QStringList rules = [] {
        QStringList list;
        for (const RuleInfo &info : allRules())
            list.append(info.id);
        return list;
    }();
    return int(rules.indexOf(rule));
}

// A total order, so that a full check and an incremental one give the same list.
void sortFindings(QList<Finding> &findings, const Report &report)
{
    const QHash<QUuid, int> order = nodeOrder(report);
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        const int oa = order.value(a.node, INT_MAX), ob = order.value(b.node, INT_MAX);
        if (oa != ob)
            return oa < ob;
        const int fa = fieldRank(a.field), fb = fieldRank(b.field);
        if (fa != fb)
            return fa < fb;
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        const int ra = ruleRank(a.rule), rb = ruleRank(b.rule);
        if (ra != rb)
            return ra < rb;
        return a.message < b.message;
    });
}

// Width and spacing findings inside a wording finding with a fix are part of that one repair
// (法治政府建设实施纲要(2021-2025年) is one wrong title, not also two wrong parentheses). Unpaired
// marks stay: they are errors of their own, and the user should see them even before fixing the term.
// Of wording findings that overlap (the TermList's 法制政府 and the formulation table's 法制), the
// longer one stays: one fault, one finding.
bool isWordingRule(const QString &rule)
{
    return rule == RuleId::OfficialTitle || rule == RuleId::StandardTerm || rule == RuleId::FixedPhrase
        || rule == RuleId::Typo || rule == RuleId::TimeExpression;
}

void dropCovered(QList<Finding> &findings)
{
    QList<const Finding *> wording;
    for (const Finding &f : findings) {
        if (isWordingRule(f.rule) && f.fix)
            wording.append(&f);
    }
    if (wording.isEmpty())
        return;
    auto overlaps = [](const Finding &a, const Finding &b) {
        return a.node == b.node && a.field == b.field && a.start < b.end && b.start < a.end;
    };
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (const Finding &f : std::as_const(findings)) {
        bool covered = false;
        if (f.rule == RuleId::HalfwidthPunctuation || f.rule == RuleId::Spacing) {
            for (const Finding *w : std::as_const(wording))
                covered = covered || (w->node == f.node && w->field == f.field && w->start <= f.start && f.end <= w->end);
        } else if (isWordingRule(f.rule)) {
            for (const Finding *w : std::as_const(wording)) {
                if (w == &f || !overlaps(*w, f))
                    continue;
                const int lw = w->end - w->start, lf = f.end - f.start;
                covered = covered || lw > lf || (lw == lf && w < &f);
            }
        }
        if (!covered)
            kept.append(f);
    }
    findings = std::move(kept);
}

// Gathers kGroupThreshold or more findings of one groupable rule in one text into one finding
// from the first to the last, whose fix is the stretch with all of their fixes applied.
void groupRepeated(QList<Finding> &findings, const Report &report, const CheckContext &context)
{
    if (!context.groupRepeated)
        return;
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (isGroupableRule(f.rule) && f.fix && !f.field.isEmpty())
            groups[f.rule + u'|' + f.node.toString() + u'|' + f.field].append(i);
    }
    QSet<int> drop;
    QHash<int, Finding> replace;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<int> &members = it.value();
        if (members.size() < kGroupThreshold)
            continue;
        const Finding &first = findings.at(members.first());
        const std::optional<QString> text = fieldText(report, first.node, first.field);
        if (!text)
            continue;
        int start = INT_MAX, end = 0;
        Severity severity = Severity::Hint;
        QList<Finding> shifted;
        for (int i : members) {
            const Finding &f = findings.at(i);
            start = std::min(start, f.start);
            end = std::max(end, f.end);
            if (int(f.severity) < int(severity))
                severity = f.severity;
        }
        QList<std::pair<int, int>> places;
        for (int i : members) {
            Finding f = findings.at(i);
            places.append({f.start, f.end});
            f.start -= start;
            f.end -= start;
            shifted.append(f);
        }
        const int from = toUtf16Offset(*text, start), to = toUtf16Offset(*text, end);
        const QString stretch = text->mid(from, to - from);
        int applied = 0;
        const QString fixed = applyFixes(stretch, shifted, &applied);
        if (applied != members.size())
            continue;  // stale or overlapping: leave them single
        Finding g = first;
        g.severity = severity;
        g.start = start;
        g.end = end;
        g.quote = stretch;
        g.fix = fixed;
        g.count = int(members.size());
        g.places = places;
        const QString title = ruleInfo(first.rule) ? ruleInfo(first.rule)->title : first.rule;
        g.message = message(Msg::GroupedFindings).arg(title).arg(members.size());
        int cf = from, ct = to;
        for (int n = 0; n < 5 && cf > 0; ++n)
            cf -= (cf >= 2 && text->at(cf - 1).isLowSurrogate() && text->at(cf - 2).isHighSurrogate()) ? 2 : 1;
        for (int n = 0; n < 5 && ct < text->size(); ++n)
            ct += widthAt(*text, ct);
        g.context = text->mid(cf, ct - cf);
        replace.insert(members.first(), g);
        for (int k = 1; k < members.size(); ++k)
            drop.insert(members.at(k));
    }
    if (replace.isEmpty())
        return;
    QList<Finding> out;
    out.reserve(findings.size() - drop.size());
    for (int i = 0; i < findings.size(); ++i) {
        if (drop.contains(i))
            continue;
        out.append(replace.contains(i) ? replace.value(i) : findings.at(i));
    }
    findings = std::move(out);
}

void runTextRules(const Report &report, const QList<TextUnit> &units, bool includeReportNotes, Sink &sink)
{
    checkPunctuation(units, sink);
    checkEnumeration(report, units, includeReportNotes, sink);
    checkWording(units, sink);
    checkFacts(units, sink);
    checkDatesAndYears(report, units, sink);
    checkReuse(units, sink);
    checkSecrecy(units, sink);
    checkUndrawable(units, sink.context().canDraw, sink);
    checkProofreading(units, sink);
    checkFormulations(units, sink);
    checkTitlePunctuation(units, sink);
    checkHeadingNumbering(units, sink);
}

void runReportRules(const Report &report, Sink &sink)
{
    checkTitle(report, sink);
    checkDeadlines(report, sink);
    checkCompleteness(report, sink);
    checkHeadingPunctuation(report, sink);
    checkImportNotes(report, sink);
}

// What a re-check of `nodeId` covers: the units to run the text rules on (a whole body, so that
// enumeration state is right) and the nodes whose findings those runs replace.
struct Scope {
    QList<TextUnit> units;
    QSet<QUuid> nodes;      // every node the runs speak for
    QSet<QUuid> requested;  // the node asked for and what belongs to it
    bool reportLevel = false;
    bool valid = false;
};

void addBodyNodes(QSet<QUuid> &set, const Body &b)
{
    for (const Paragraph &p : b.paragraphs)
        set.insert(p.id);
    for (const Point &p : b.points)
        set.insert(p.id);
}

void addSectionNodes(QSet<QUuid> &set, const Section &s)
{
    set.insert(s.id);
    addBodyNodes(set, s.body);
    for (const Fact &f : s.facts)
        set.insert(f.id);
}

Scope scopeOf(const Report &report, const QUuid &nodeId)
{
    Scope scope;
    const QList<TextUnit> all = collectUnits(report);
    auto reportScope = [&]() {
        scope.reportLevel = true;
        scope.nodes.insert(report.id);
        for (const Paragraph &p : report.preamble)
            scope.nodes.insert(p.id);
        for (const Paragraph &p : report.closing)
            scope.nodes.insert(p.id);
        for (const TextUnit &u : all) {
            if (u.scope == report.id)
                scope.units.append(u);
        }
    };
    if (nodeId == report.id) {
        reportScope();
        scope.requested.insert(report.id);
        scope.valid = true;
        return scope;
    }
    for (const Paragraph &p : report.preamble + report.closing) {
        if (p.id == nodeId) {
            reportScope();
            scope.requested.insert(nodeId);
            scope.valid = true;
            return scope;
        }
    }
    for (const Part &part : report.parts) {
        QSet<QUuid> partNodes{part.id};
        addBodyNodes(partNodes, part.intro);
        for (const Section &s : part.sections)
            addSectionNodes(partNodes, s);
        if (!partNodes.contains(nodeId))
            continue;
        scope.valid = true;
        if (part.id == nodeId) {
            scope.nodes = partNodes;
            scope.requested = partNodes;
            for (const TextUnit &u : all) {
                if (u.part == &part)
                    scope.units.append(u);
            }
            return scope;
        }
        for (const Section &s : part.sections) {
            QSet<QUuid> sectionNodes;
            addSectionNodes(sectionNodes, s);
            if (!sectionNodes.contains(nodeId))
                continue;
            scope.nodes = sectionNodes;
            bool isFact = false;
            for (const Fact &f : s.facts)
                isFact = isFact || f.id == nodeId;
            scope.requested = (nodeId == s.id || isFact) ? sectionNodes : QSet<QUuid>{nodeId};
            for (const TextUnit &u : all) {
                if (u.section == &s)
                    scope.units.append(u);
            }
            return scope;
        }
        // A paragraph or point of the part's intro: the heading and intro.
        scope.nodes = {part.id};
        addBodyNodes(scope.nodes, part.intro);
        scope.requested = {nodeId};
        for (const TextUnit &u : all) {
            if (u.scope == part.id)
                scope.units.append(u);
        }
        return scope;
    }
    return scope;
}

QSet<QUuid> allNodeIds(const Report &report)
{
    QSet<QUuid> ids{report.id};
    for (const Paragraph &p : report.preamble + report.closing)
        ids.insert(p.id);
    for (const Part &part : report.parts) {
        ids.insert(part.id);
        addBodyNodes(ids, part.intro);
        for (const Section &s : part.sections)
            addSectionNodes(ids, s);
    }
    return ids;
}

}  // namespace

QList<Finding> checkReport(const Report &report, const CheckContext &context)
{
    Sink sink(context);
    runReportRules(report, sink);
    runTextRules(report, collectUnits(report), true, sink);
    QList<Finding> &findings = sink.findings();
    dropCovered(findings);
    groupRepeated(findings, report, context);
    sortFindings(findings, report);
    context.ignored.apply(findings);
    return std::move(findings);
}

QList<Finding> checkSecrecy(const Report &report, const CheckContext &context)
{
    Sink sink(context);
    detail::checkSecrecy(collectUnits(report), sink);
    QList<Finding> &findings = sink.findings();
    sortFindings(findings, report);
    context.ignored.apply(findings);
    return std::move(findings);
}

QList<Finding> checkNode(const Report &report, const QUuid &nodeId, const CheckContext &context)
{
    const Scope scope = scopeOf(report, nodeId);
    if (!scope.valid)
        return {};
    Sink sink(context);
    if (nodeId == report.id)
        runReportRules(report, sink);
    runTextRules(report, scope.units, scope.reportLevel, sink);
    QList<Finding> findings;
    for (const Finding &f : std::as_const(sink.findings())) {
        if (scope.requested.contains(f.node) || (nodeId == report.id && isReportRule(f.rule)))
            findings.append(f);
    }
    dropCovered(findings);
    groupRepeated(findings, report, context);
    sortFindings(findings, report);
    context.ignored.apply(findings);
    return findings;
}

void recheckNode(QList<Finding> &findings, const Report &report, const QUuid &nodeId, const CheckContext &context)
{
    const Scope scope = scopeOf(report, nodeId);
    const QSet<QUuid> existing = allNodeIds(report);
    QList<Finding> kept;
    for (const Finding &f : std::as_const(findings)) {
        if (isReportRule(f.rule) || !existing.contains(f.node))
            continue;
        if (scope.valid && scope.nodes.contains(f.node))
            continue;
        kept.append(f);
    }
    Sink sink(context);
    runReportRules(report, sink);
    if (scope.valid)
        runTextRules(report, scope.units, scope.reportLevel, sink);
    QList<Finding> fresh = std::move(sink.findings());
    dropCovered(fresh);
    groupRepeated(fresh, report, context);
    context.ignored.apply(fresh);
    kept += fresh;
    sortFindings(kept, report);
    findings = std::move(kept);
}

bool isGroupableRule(const QString &rule)
{
    return rule == RuleId::HalfwidthPunctuation || rule == RuleId::Spacing || rule == RuleId::RepeatedPunctuation
        || rule == RuleId::TitlePunctuation;
}

int groupedCount(const Finding &finding) { return std::max(1, finding.count); }

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        if (f.ignored) {
            ++c.ignored;
            continue;
        }
        switch (f.severity) {
        case Severity::Error:
            ++c.errors;
            break;
        case Severity::Warning:
            ++c.warnings;
            break;
        case Severity::Hint:
            ++c.hints;
            break;
        }
    }
    return c;
}

QString summaryLine(const FindingCounts &counts)
{
    return message(Msg::DisplaySummary).arg(counts.errors).arg(counts.warnings).arg(counts.hints);
}

}  // namespace fazhi::check
