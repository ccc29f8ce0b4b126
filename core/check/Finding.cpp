#include "Finding.h"

#include "Messages.h"
#include "model/ReportEdit.h"
#include "model/ReportJson.h"

#include <algorithm>
#include <climits>

namespace fazhi::check {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Hint:
        return QStringLiteral("hint");
    }
    return {};
}

std::optional<Severity> severityFromString(const QString &s)
{
    if (s == QLatin1String("error"))
        return Severity::Error;
    if (s == QLatin1String("warning"))
        return Severity::Warning;
    if (s == QLatin1String("hint"))
        return Severity::Hint;
    return std::nullopt;
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return message(Msg::SeverityError);
    case Severity::Warning:
        return message(Msg::SeverityWarning);
    case Severity::Hint:
        return message(Msg::SeverityHint);
    }
    return {};
}

bool Finding::operator==(const Finding &o) const
{
    return rule == o.rule && severity == o.severity && node == o.node && field == o.field && start == o.start
        && end == o.end && message == o.message && fix == o.fix && quote == o.quote && context == o.context
        && ignored == o.ignored && ignoreReason == o.ignoreReason && count == o.count && places == o.places;
}

QJsonObject toJson(const Finding &f)
{
    QJsonObject o{
        {QStringLiteral("rule"), f.rule},
        {QStringLiteral("severity"), toString(f.severity)},
        {QStringLiteral("node"), f.node.toString(QUuid::WithoutBraces)},
        {QStringLiteral("field"), f.field},
        {QStringLiteral("start"), f.start},
        {QStringLiteral("end"), f.end},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("quote"), f.quote},
    };
    if (f.fix)
        o.insert(QStringLiteral("fix"), *f.fix);
    if (f.ignored) {
        o.insert(QStringLiteral("ignored"), true);
        o.insert(QStringLiteral("ignoreReason"), f.ignoreReason);
    }
    if (f.count > 1) {
        o.insert(QStringLiteral("count"), f.count);
        QJsonArray places;
        for (const auto &[from, to] : f.places)
            places.append(QJsonArray{from, to});
        o.insert(QStringLiteral("places"), places);
    }
    return o;
}

QJsonArray toJson(const QList<Finding> &findings)
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(toJson(f));
    return a;
}

QString toDisplayLine(const Finding &f)
{
    QString line = toString(f.severity) + u'\t' + f.rule + u'\t' + f.node.toString(QUuid::WithoutBraces);
    if (!f.field.isEmpty())
        line += u' ' + f.field + u' ' + QString::number(f.start) + u'-' + QString::number(f.end);
    line += u'\t' + f.message;
    if (f.fix)
        line += QStringLiteral("  [") + message(Msg::DisplayFix).arg(f.fix->isEmpty() ? QStringLiteral("∅") : *f.fix)
            + u']';
    if (f.ignored)
        line += QStringLiteral("  (") + message(Msg::DisplayIgnored).arg(f.ignoreReason) + u')';
    return line;
}

int toUtf16Offset(const QString &text, int codePoint)
{
    int i = 0;
    const int n = int(text.size());
    for (int cp = 0; cp < codePoint && i < n; ++cp)
        i += (i + 1 < n && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return i;
}

int toCodePointOffset(const QString &text, int utf16)
{
    utf16 = qBound(0, utf16, int(text.size()));
    int cp = utf16;
    for (int i = 1; i < utf16; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --cp;
    }
    return cp;
}

int codePointLength(const QString &text) { return toCodePointOffset(text, int(text.size())); }

std::optional<QString> fieldText(const Report &report, const QUuid &node, const QString &field)
{
    if (node == report.id) {
        const ReportDetails &d = report.details;
        if (field == QLatin1String("title"))
            return report.effectiveTitle();
        if (field == QLatin1String("organization"))
            return d.organization;
        if (field == QLatin1String("addressee"))
            return d.addressee;
        if (field == QLatin1String("signature"))
            return d.signature;
        if (field == QLatin1String("source"))
            return d.source;
        if (field == QLatin1String("publishedOn"))
            return d.publishedOn;
        if (field == QLatin1String("publicationUrl"))
            return d.publicationUrl;
        return std::nullopt;
    }
    const auto info = findNode(report, node);
    if (!info || info->textField != field)
        return std::nullopt;
    return info->text;
}

std::optional<QString> applyFix(const QString &text, const Finding &f)
{
    if (!f.fix)
        return std::nullopt;
    const int from = toUtf16Offset(text, f.start);
    const int to = toUtf16Offset(text, f.end);
    if (codePointLength(text) < f.end || text.mid(from, to - from) != f.quote)
        return std::nullopt;
    QString out = text;
    out.replace(from, to - from, *f.fix);
    return out;
}

QString applyFixes(const QString &text, const QList<Finding> &findings, int *applied)
{
    // All findings must be about the field of the first fixable one.
    QList<const Finding *> fixes;
    for (const Finding &f : findings) {
        if (!f.fix || (!fixes.isEmpty() && (f.node != fixes.first()->node || f.field != fixes.first()->field)))
            continue;
        fixes.append(&f);
    }
    std::sort(fixes.begin(), fixes.end(), [](const Finding *a, const Finding *b) {
        return a->start != b->start ? a->start > b->start : a->end > b->end;
    });
    QString out = text;
    int count = 0;
    int limit = INT_MAX;  // start of the last applied range: later ones must end before it
    for (const Finding *f : std::as_const(fixes)) {
        if (f->end > limit || (f->end == limit && f->start == limit && count > 0))
            continue;
        if (auto fixed = applyFix(out, *f)) {
            out = *fixed;
            limit = f->start;
            ++count;
        }
    }
    if (applied)
        *applied = count;
    return out;
}

bool applyFix(Report &report, const Finding &f)
{
    const auto text = fieldText(report, f.node, f.field);
    if (!text)
        return false;
    const auto fixed = applyFix(*text, f);
    if (!fixed)
        return false;
    if (f.node == report.id)
        return setDetailField(report, f.field, *fixed);
    return setNodeField(report, f.node, f.field, *fixed);
}

QList<Finding> activeFindings(const QList<Finding> &findings)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (!f.ignored)
            out.append(f);
    }
    return out;
}

bool hasActiveErrors(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (!f.ignored && f.severity == Severity::Error)
            return true;
    }
    return false;
}

}  // namespace fazhi::check
