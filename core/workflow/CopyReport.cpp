// Moving a report between workspaces (workflow/CopyReport.h).
#include "CopyReport.h"

namespace fazhi::workflow {

Status copyReport(Workspace &from, Workspace &to, const QUuid &id)
{
    auto report = from.loadReport(id);
    if (!report)
        return report.error();
    auto revisions = from.listRevisions(id, true);
    if (!revisions)
        return revisions.error();
    auto events = from.listEvents(id);
    if (!events)
        return events.error();
    auto comments = from.listComments(id);
    if (!comments)
        return comments.error();
    auto ignored = from.ignoredFindings(id);
    if (!ignored)
        return ignored.error();
    auto received = from.isReceived(id);
    if (!received)
        return received.error();

    Report draft = report.value();
    const ReportStatus status = draft.status;
    draft.status = ReportStatus::Draft;
    auto inserted = to.insertReport(draft);
    if (!inserted)
        return inserted.error();

    Status s;
    for (const Revision &r : revisions.value()) {
        if (s)
            s = to.addRevisionIfAbsent(id, r);
    }
    for (const ReviewEvent &e : events.value()) {
        if (s)
            s = to.addEventIfAbsent(id, e);
    }
    for (const Comment &c : comments.value()) {
        if (s)
            s = to.saveComment(id, c);
    }
    if (s && !ignored.value().isEmpty())
        s = to.setIgnoredFindings(id, ignored.value());
    if (s && received.value())
        s = to.setReceived(id, true);  // still another workspace's report, as it was
    if (s && status != ReportStatus::Draft)
        s = to.setStatus(id, status);
    if (!s) {
        // Not half a report: take it out again (a server keeps records it has accepted, and then
        // refuses; the error below is the one that matters).
        if (Status removed = to.deleteReport(id); !removed) {
            // Left as it is: the server refused the removal too.
        }
        return s;
    }
    return {};
}

}  // namespace fazhi::workflow
