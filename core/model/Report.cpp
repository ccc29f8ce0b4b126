#include "Report.h"

#include "PartKinds.h"

#include <QCoreApplication>

namespace fazhi {

namespace {
template <typename Enum, size_t N>
std::optional<Enum> lookup(const QString &s, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (s == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}
template <typename Enum, size_t N>
QString name(Enum e, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == e)
            return QLatin1String(entry.second);
    }
    return {};
}

const std::pair<PartKind, const char *> kPartKinds[] = {
    {PartKind::Measures, "measures"}, {PartKind::LeadersDuty, "leaders-duty"},
    {PartKind::Shortcomings, "shortcomings"}, {PartKind::Plans, "plans"},
    {PartKind::Other, "other"}, {PartKind::Custom, "custom"}};
const std::pair<HeadingStyle, const char *> kHeadingStyles[] = {
    {HeadingStyle::RunIn, "run-in"}, {HeadingStyle::Standalone, "standalone"}};
const std::pair<PointStyle, const char *> kPointStyles[] = {
    {PointStyle::RunIn, "run-in"}, {PointStyle::Numbered, "numbered"}, {PointStyle::Paragraphs, "paragraphs"}};
const std::pair<ReportStatus, const char *> kStatuses[] = {
    {ReportStatus::Draft, "draft"}, {ReportStatus::Submitted, "submitted"},
    {ReportStatus::Returned, "returned"}, {ReportStatus::Approved, "approved"},
    {ReportStatus::Published, "published"}};
}  // namespace

QString toString(PartKind kind) { return name(kind, kPartKinds); }
QString toString(HeadingStyle style) { return name(style, kHeadingStyles); }
QString toString(PointStyle style) { return name(style, kPointStyles); }
QString toString(ReportStatus status) { return name(status, kStatuses); }
std::optional<PartKind> partKindFromString(const QString &s) { return lookup(s, kPartKinds); }
std::optional<HeadingStyle> headingStyleFromString(const QString &s) { return lookup(s, kHeadingStyles); }
std::optional<PointStyle> pointStyleFromString(const QString &s) { return lookup(s, kPointStyles); }
std::optional<ReportStatus> reportStatusFromString(const QString &s) { return lookup(s, kStatuses); }

bool Body::isEmpty() const { return paragraphs.isEmpty() && points.isEmpty(); }

QString defaultTitle(const QString &organization, int year)
{
    return organization + QString::number(year) + QStringLiteral("年度法治政府建设情况报告");
}

QString Report::effectiveTitle() const
{
    return details.title.isEmpty() ? defaultTitle(details.organization, details.year) : details.title;
}

QString Report::effectiveSignature() const
{
    return details.signature.isEmpty() ? details.organization : details.signature;
}

QString Report::effectiveHeading(const Part &part) const
{
    return part.heading.isEmpty() ? defaultPartHeading(part.kind, details.year) : part.heading;
}

QUuid newId() { return QUuid::createUuid(); }

namespace {
void fill(QUuid &id)
{
    if (id.isNull())
        id = newId();
}
void fillBody(Body &body)
{
    for (auto &p : body.paragraphs)
        fill(p.id);
    for (auto &p : body.points)
        fill(p.id);
}
}  // namespace

void assignMissingIds(Report &report)
{
    fill(report.id);
    for (auto &p : report.preamble)
        fill(p.id);
    for (auto &p : report.closing)
        fill(p.id);
    for (auto &part : report.parts) {
        fill(part.id);
        fillBody(part.intro);
        for (auto &section : part.sections) {
            fill(section.id);
            fillBody(section.body);
            for (auto &f : section.facts)
                fill(f.id);
        }
    }
}

Report makeTemplateReport(const QString &organization, int year)
{
    Report r;
    r.details.organization = organization;
    r.details.year = year;
    const PartKind kinds[] = {PartKind::Measures, PartKind::LeadersDuty, PartKind::Shortcomings,
                              PartKind::Plans, PartKind::Other};
    for (PartKind kind : kinds) {
        Part part;
        part.kind = kind;
        if (kind == PartKind::Measures) {
            for (int i = 0; i < 5; ++i)
                part.sections.append(Section{});
        }
        r.parts.append(part);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.createdAt = now;
    r.updatedAt = now;
    assignMissingIds(r);
    return r;
}

}  // namespace fazhi
