#include "review/ReviewNames.h"

#include "model/NodeCaption.h"

#include <QLocale>

namespace fazhi::ui {

QString ReviewNames::role(ReviewRole role)
{
    switch (role) {
    case ReviewRole::Drafter: return tr("Drafter");
    case ReviewRole::Reviewer: return tr("Reviewer");
    }
    return {};
}

QString ReviewNames::action(const QString &action)
{
    if (action == ReviewAction::Submit)
        return tr("Submitted for review");
    if (action == ReviewAction::Approve)
        return tr("Approved");
    if (action == ReviewAction::Return)
        return tr("Returned for changes");
    if (action == ReviewAction::Reopen)
        return tr("Reopened");
    if (action == ReviewAction::Publish)
        return tr("Published");
    if (action == ReviewAction::AcceptSuggestion)
        return tr("Suggestion accepted");
    if (action == ReviewAction::RejectSuggestion)
        return tr("Suggestion not accepted");
    if (action == QLatin1String("revision"))
        return tr("Revision frozen");
    return action;
}

QString ReviewNames::kind(CommentKind kind)
{
    switch (kind) {
    case CommentKind::Comment: return tr("Comment");
    case CommentKind::Suggestion: return tr("Suggested change");
    case CommentKind::Reply: return tr("Reply");
    }
    return {};
}

QString ReviewNames::state(CommentKind kind, CommentState state)
{
    switch (state) {
    case CommentState::Open: return tr("Open");
    case CommentState::Resolved: return tr("Resolved");
    case CommentState::Accepted: return tr("Accepted");
    case CommentState::Rejected: return kind == CommentKind::Suggestion ? tr("Not accepted") : tr("Resolved");
    }
    return {};
}

QString ReviewNames::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

int indexOfParagraph(const QList<Paragraph> &list, const QUuid &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

int indexOfPoint(const QList<Point> &list, const QUuid &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

}  // namespace

QString ReviewNames::location(const Report &report, const QUuid &nodeId)
{
    if (nodeId.isNull())
        return {};
    if (nodeId == report.id)
        return tr("Report details");
    if (const int i = indexOfParagraph(report.preamble, nodeId); i >= 0)
        return tr("Opening, paragraph %1").arg(i + 1);
    if (const int i = indexOfParagraph(report.closing, nodeId); i >= 0)
        return tr("Closing, paragraph %1").arg(i + 1);
    // Paragraphs and points of a body, after the label of what holds them.
    auto inBody = [&](const Body &body, const QString &owner) -> QString {
        if (const int i = indexOfParagraph(body.paragraphs, nodeId); i >= 0)
            return tr("%1 paragraph %2").arg(owner).arg(i + 1);
        if (indexOfPoint(body.points, nodeId) >= 0)
            return owner + nodeNumber(report, nodeId);
        return {};
    };
    for (const Part &part : report.parts) {
        const QString partLabel = nodeNumber(report, part.id);
        if (part.id == nodeId)
            return nodeCaption(report, part.id, 20);
        if (QString found = inBody(part.intro, partLabel); !found.isEmpty())
            return found;
        for (const Section &section : part.sections) {
            const QString label = partLabel + nodeNumber(report, section.id);
            if (section.id == nodeId)
                return label;
            if (QString found = inBody(section.body, label); !found.isEmpty())
                return found;
            for (const Fact &f : section.facts) {
                if (f.id == nodeId)
                    return tr("%1 figure “%2”").arg(label, f.label);
            }
        }
    }
    return {};
}

}  // namespace fazhi::ui
