#include "Checker.h"

#include "CheckText.h"
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
    return rule == RuleId::RequiredContent || rule == RuleId::Title || rule == RuleId::Deadline;
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
void dropCovered(QList<Finding> &findings)
{
    QList<const Finding *> wording;
    for (const Finding &f : findings) {
        if ((f.rule == RuleId::OfficialTitle || f.rule == RuleId::StandardTerm) && f.fix)
            wording.append(&f);
    }
    if (wording.isEmpty())
        return;
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (const Finding &f : std::as_const(findings)) {
        bool covered = false;
        if (f.rule == RuleId::HalfwidthPunctuation || f.rule == RuleId::Spacing) {
            for (const Finding *w : std::as_const(wording))
                covered = covered || (w->node == f.node && w->field == f.field && w->start <= f.start && f.end <= w->end);
        }
        if (!covered)
            kept.append(f);
    }
    findings = std::move(kept);
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
}

void runReportRules(const Report &report, Sink &sink)
{
    checkTitle(report, sink);
    checkDeadlines(report, sink);
    checkCompleteness(report, sink);
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
    context.ignored.apply(fresh);
    kept += fresh;
    sortFindings(kept, report);
    findings = std::move(kept);
}

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
