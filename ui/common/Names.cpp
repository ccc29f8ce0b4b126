#include "common/Names.h"

namespace fazhi::ui {

QString Names::partKind(PartKind kind)
{
    switch (kind) {
    case PartKind::Measures: return tr("Measures and results");
    case PartKind::LeadersDuty: return tr("Leaders' duty as first responsible persons");
    case PartKind::Shortcomings: return tr("Shortcomings and their causes");
    case PartKind::Plans: return tr("Plans for next year");
    case PartKind::Other: return tr("Other matters to report");
    case PartKind::Custom: return tr("Part of its own");
    }
    return {};
}

QString Names::status(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return tr("Draft");
    case ReportStatus::Submitted: return tr("Submitted for review");
    case ReportStatus::Returned: return tr("Returned for changes");
    case ReportStatus::Approved: return tr("Approved");
    case ReportStatus::Published: return tr("Published");
    }
    return {};
}

QString Names::nodeType(NodeType type)
{
    switch (type) {
    case NodeType::Report: return tr("Report details");
    case NodeType::Part: return tr("Part");
    case NodeType::Section: return tr("Section");
    case NodeType::Paragraph: return tr("Paragraph");
    case NodeType::Point: return tr("Point");
    case NodeType::Fact: return tr("Figure");
    }
    return {};
}

QString Names::sectionNoun(PartKind kind)
{
    switch (kind) {
    case PartKind::Measures: return tr("Work area");
    case PartKind::Plans: return tr("Plan");
    default: return tr("Section");
    }
}

QString Names::importNoteKind(const QString &kind)
{
    if (kind == ImportNoteKind::RestoredNumeral)
        return tr("Numbering restored");
    if (kind == ImportNoteKind::DroppedChrome)
        return tr("Web page text dropped");
    if (kind == ImportNoteKind::DroppedBanner)
        return tr("Lines above the title dropped");
    if (kind == ImportNoteKind::Inferred)
        return tr("Detail inferred");
    if (kind == ImportNoteKind::Repaired)
        return tr("Structure repaired");
    return tr("Note");
}

}  // namespace fazhi::ui
