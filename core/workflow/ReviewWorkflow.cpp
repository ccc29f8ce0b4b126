#include "ReviewWorkflow.h"

#include "check/Rules.h"

#include "model/ReportEdit.h"
#include "model/ReportJson.h"
#include "storage/Backups.h"
#include "storage/FileCheck.h"
#include "util/FileIdentity.h"
#include "util/ReplaceFile.h"
#include "util/SafeFile.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace fazhi::review {

namespace {


QString statusName(ReportStatus s)
{
    switch (s) {
    case ReportStatus::Draft: return Tr::tr("draft");
    case ReportStatus::Submitted: return Tr::tr("submitted for review");
    case ReportStatus::Returned: return Tr::tr("returned for changes");
    case ReportStatus::Approved: return Tr::tr("approved");
    case ReportStatus::Published: return Tr::tr("published");
    }
    return {};
}

Error refused(const QString &action, ReportStatus status)
{
    return Error::state(Tr::tr("Cannot %1: the report is %2.").arg(action, statusName(status)));
}

ReviewEvent makeEvent(const QString &action, const QString &by, const QString &opinion, ReportStatus after,
                      int revision = 0)
{
    return ReviewEvent{newId(), QDateTime::currentDateTimeUtc(), by, action, opinion, revision, after};
}

// The newest revision number, or 0.
Result<int> lastRevision(Workspace &ws, const QUuid &reportId)
{
    auto revisions = ws.listRevisions(reportId, false);
    if (!revisions.ok())
        return revisions.error();
    int last = 0;
    for (const Revision &r : revisions.value())
        last = std::max(last, r.number);
    return last;
}

Result<Comment> findComment(Workspace &ws, const QUuid &reportId, const QUuid &commentId)
{
    auto comments = ws.listComments(reportId);
    if (!comments.ok())
        return comments.error();
    for (const Comment &c : comments.value()) {
        if (c.id == commentId)
            return c;
    }
    return Error::data(Tr::tr("There is no comment or suggestion with the id %1 on this report.")
                           .arg(commentId.toString(QUuid::WithoutBraces)));
}

Status requireName(const QString &by)
{
    if (by.trimmed().isEmpty())
        return Error::data(Tr::tr("A name is needed: the review record says who did what."));
    return {};
}

}  // namespace

bool isLocked(ReportStatus status)
{
    return status == ReportStatus::Approved || status == ReportStatus::Published;
}

Result<int> submit(Workspace &ws, const QUuid &reportId, const QString &by, const QString &note)
{
    if (Status s = requireName(by); !s.ok())
        return s.error();
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    if (!stateAfterStep(ReviewAction::Submit, report->status))
        return refused(Tr::tr("submit"), report->status);
    return ws.recordTransition(reportId, makeEvent(ReviewAction::Submit, by, note, ReportStatus::Submitted), true);
}

namespace {
Status decide(Workspace &ws, const QUuid &reportId, bool approve, const QString &opinion, const QString &by)
{
    if (Status s = requireName(by); !s.ok())
        return s;
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    if (!stateAfterStep(approve ? ReviewAction::Approve : ReviewAction::Return, report->status))
        return refused(approve ? Tr::tr("approve") : Tr::tr("return"), report->status);
    if (!approve && opinion.trimmed().isEmpty())
        return Error::data(Tr::tr("Returning a report needs an opinion that says what to change."));
    auto revision = lastRevision(ws, reportId);
    if (!revision.ok())
        return revision.error();
    auto recorded = ws.recordTransition(
        reportId,
        makeEvent(approve ? ReviewAction::Approve : ReviewAction::Return, by, opinion,
                  approve ? ReportStatus::Approved : ReportStatus::Returned, revision.value()),
        false);
    return recorded.ok() ? Status() : Status(recorded.error());
}
}  // namespace

Status approve(Workspace &ws, const QUuid &reportId, const QString &opinion, const QString &by)
{
    return decide(ws, reportId, true, opinion, by);
}

Status returnForChanges(Workspace &ws, const QUuid &reportId, const QString &opinion, const QString &by)
{
    return decide(ws, reportId, false, opinion, by);
}

Status reopen(Workspace &ws, const QUuid &reportId, const QString &by, const QString &note)
{
    if (Status s = requireName(by); !s.ok())
        return s;
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    if (!stateAfterStep(ReviewAction::Reopen, report->status))
        return refused(Tr::tr("reopen"), report->status);
    auto recorded = ws.recordTransition(reportId, makeEvent(ReviewAction::Reopen, by, note, ReportStatus::Draft), false);
    return recorded.ok() ? Status() : Status(recorded.error());
}

QList<check::Finding> secrecyBlockers(const Report &report, const check::CheckContext &context)
{
    check::CheckContext all = context;
    all.ignored = check::IgnoreList();
    all.disabledRules.clear();  // switching a rule off in the panel does not switch off the preflight
    QList<check::Finding> errors;
    for (const check::Finding &f : check::checkSecrecy(report, all)) {
        if (f.severity == check::Severity::Error)
            errors.append(f);
    }
    return errors;
}

std::optional<QString> secrecyOverrideOf(const QString &opinion)
{
    const QLatin1String prefix(kSecrecyOverridePrefix);
    const qsizetype at = opinion.indexOf(prefix);
    if (at < 0)
        return std::nullopt;
    QString reason = opinion.mid(at + prefix.size());
    const qsizetype counts = reason.lastIndexOf(QLatin1String(" ["));
    if (counts >= 0 && reason.endsWith(QLatin1Char(']')))
        reason.truncate(counts);
    return reason;
}

namespace {
// "secrecy-id-number ×1, secrecy-phone ×2" (by rule id for the record, by title for people), in rule order.
QString countsByRule(const QList<check::Finding> &findings, bool titles)
{
    QStringList parts;
    for (const check::RuleInfo &rule : check::allRules()) {
        const auto n = std::count_if(findings.begin(), findings.end(), [&](const check::Finding &f) { return f.rule == rule.id; });
        if (n > 0)
            parts.append((titles ? rule.title : rule.id) + QStringLiteral(" \u00d7") + QString::number(n));
    }
    return parts.join(QStringLiteral(", "));
}
}  // namespace

Status publish(Workspace &ws, const QUuid &reportId, const QDate &date, const QString &url, const QString &by,
               const PublishOptions &options)
{
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    if (!stateAfterStep(ReviewAction::Publish, report->status))
        return refused(Tr::tr("publish"), report->status);
    if (!date.isValid())
        return Error::data(Tr::tr("The publication date is not a valid date."));
    const QList<check::Finding> blockers = secrecyBlockers(report.value(), options.checks);
    const QString reason = options.secrecyOverride.simplified();
    if (!blockers.isEmpty() && reason.isEmpty()) {
        return Error::state(Tr::tr("Publishing was refused: the secrecy check found %1 error(s) (%2). Remove them from "
                                   "the report, or, as the approver, publish with an override and its reason, which "
                                   "the record keeps.")
                                .arg(blockers.size())
                                .arg(countsByRule(blockers, true)));
    }
    if (!blockers.isEmpty()) {
        if (Status s = requireName(by); !s.ok())
            return s;
    }
    // Details first (the report is still approved, so this is a record of publication, not an edit).
    if (Status s = ws.setDetail(reportId, QStringLiteral("publishedOn"), date.toString(Qt::ISODate)); !s.ok())
        return s;
    if (Status s = ws.setDetail(reportId, QStringLiteral("publicationUrl"), url); !s.ok())
        return s;
    QString note = url.isEmpty() ? date.toString(Qt::ISODate) : date.toString(Qt::ISODate) + QLatin1Char(' ') + url;
    if (!blockers.isEmpty())
        note += QStringLiteral("; ") + QLatin1String(kSecrecyOverridePrefix) + reason + QStringLiteral(" [")
            + countsByRule(blockers, false) + QLatin1Char(']');
    auto revision = lastRevision(ws, reportId);
    auto recorded = ws.recordTransition(
        reportId, makeEvent(ReviewAction::Publish, by, note, ReportStatus::Published, revision.ok() ? revision.value() : 0),
        false);
    return recorded.ok() ? Status() : Status(recorded.error());
}

namespace {
Result<QUuid> addNote(Workspace &ws, const QUuid &reportId, const QUuid &nodeId, CommentKind kind, const QString &text,
                      const QString &by, int start, int end)
{
    if (Status s = requireName(by); !s.ok())
        return s.error();
    if (text.trimmed().isEmpty() && kind != CommentKind::Suggestion)
        return Error::data(Tr::tr("A comment needs some text."));
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    const auto node = findNode(report.value(), nodeId);
    if (!node)
        return Error::data(Tr::tr("There is no node with the id %1 in this report.").arg(nodeId.toString(QUuid::WithoutBraces)));
    Comment c;
    c.id = newId();
    c.kind = kind;
    c.nodeId = nodeId;
    c.field = node->textField;
    const QList<uint> cps = node->text.toUcs4();
    if (start >= 0 && end > start && end <= cps.size()) {
        c.start = start;
        c.end = end;
        c.quote = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + start, end - start);
    }
    c.text = text;
    if (kind == CommentKind::Suggestion)
        c.baseText = node->text;
    c.author = by;
    c.createdAt = QDateTime::currentDateTimeUtc();
    auto revision = lastRevision(ws, reportId);
    c.revision = report->status == ReportStatus::Submitted && revision.ok() ? revision.value() : 0;
    if (Status s = ws.saveComment(reportId, c); !s.ok())
        return s.error();
    return c.id;
}
}  // namespace

Result<QUuid> addComment(Workspace &ws, const QUuid &reportId, const QUuid &nodeId, const QString &text,
                         const QString &by, int start, int end)
{
    return addNote(ws, reportId, nodeId, CommentKind::Comment, text, by, start, end);
}

Result<QUuid> addSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &nodeId, const QString &newText,
                            const QString &by)
{
    auto report = ws.loadReport(reportId);
    if (report.ok() && nodeId == reportId)
        return Error::data(Tr::tr("Suggestions apply to a part, section, paragraph or point; change the title in the details."));
    if (report.ok()) {
        const auto node = findNode(report.value(), nodeId);
        if (node && node->type == NodeType::Fact)
            return Error::data(Tr::tr("Suggestions apply to a part, section, paragraph or point."));
    }
    return addNote(ws, reportId, nodeId, CommentKind::Suggestion, newText, by, -1, -1);
}

Result<QUuid> reply(Workspace &ws, const QUuid &reportId, const QUuid &commentId, const QString &text, const QString &by)
{
    if (Status s = requireName(by); !s.ok())
        return s.error();
    auto parent = findComment(ws, reportId, commentId);
    if (!parent.ok())
        return parent.error();
    if (text.trimmed().isEmpty())
        return Error::data(Tr::tr("A reply needs some text."));
    Comment c;
    c.id = newId();
    c.kind = CommentKind::Reply;
    c.nodeId = parent->nodeId;
    c.field = parent->field;
    c.parentId = parent->id;
    c.text = text;
    c.author = by;
    c.createdAt = QDateTime::currentDateTimeUtc();
    if (Status s = ws.saveComment(reportId, c); !s.ok())
        return s.error();
    return c.id;
}

Status resolve(Workspace &ws, const QUuid &reportId, const QUuid &commentId, const QString &by)
{
    auto c = findComment(ws, reportId, commentId);
    if (!c.ok())
        return c.error();
    if (c->state != CommentState::Open)
        return {};
    c->state = c->kind == CommentKind::Suggestion ? CommentState::Rejected : CommentState::Resolved;
    c->closedBy = by;
    c->closedAt = QDateTime::currentDateTimeUtc();
    return ws.saveComment(reportId, c.value());
}

bool isStale(const Report &report, const Comment &suggestion)
{
    const auto node = findNode(report, suggestion.nodeId);
    return !node || node->text != suggestion.baseText;
}

namespace {
// An open suggestion by id, or why it cannot be decided on.
Result<Comment> openSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &suggestionId, const QString &by)
{
    if (Status s = requireName(by); !s.ok())
        return s.error();
    auto c = findComment(ws, reportId, suggestionId);
    if (!c.ok())
        return c.error();
    if (c->kind != CommentKind::Suggestion)
        return Error::data(Tr::tr("Only a suggestion can be accepted or rejected."));
    if (c->state != CommentState::Open)
        return Error::state(Tr::tr("This suggestion has already been accepted or rejected."));
    return c;
}

Status closeSuggestion(Workspace &ws, const QUuid &reportId, Comment c, CommentState state, const QString &by,
                       ReportStatus status)
{
    c.state = state;
    c.closedBy = by;
    c.closedAt = QDateTime::currentDateTimeUtc();
    if (Status s = ws.saveComment(reportId, c); !s.ok())
        return s;
    const QString action = state == CommentState::Accepted ? ReviewAction::AcceptSuggestion : ReviewAction::RejectSuggestion;
    return ws.addEventIfAbsent(reportId, makeEvent(action, by, c.text, status));
}
}  // namespace

Status acceptSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &suggestionId, const QString &by, bool force)
{
    auto c = openSuggestion(ws, reportId, suggestionId, by);
    if (!c.ok())
        return c.error();
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    if (isLocked(report->status))
        return refused(Tr::tr("change the text"), report->status);
    const auto node = findNode(report.value(), c->nodeId);
    if (!node)
        return Error::state(Tr::tr("The text this suggestion was made on has been deleted."));
    if (node->text != c->baseText && !force)
        return Error::state(Tr::tr("The text has changed since this suggestion was made; compare them and apply it by hand, "
                               "or accept it anyway."));
    if (Status s = ws.setNodeField(reportId, c->nodeId, node->textField, c->text); !s.ok())
        return s;
    return closeSuggestion(ws, reportId, c.value(), CommentState::Accepted, by, report->status);
}

Status rejectSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &suggestionId, const QString &by)
{
    auto c = openSuggestion(ws, reportId, suggestionId, by);
    if (!c.ok())
        return c.error();
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    return closeSuggestion(ws, reportId, c.value(), CommentState::Rejected, by, report->status);
}

Result<QList<HistoryEntry>> history(Workspace &ws, const QUuid &reportId)
{
    auto revisions = ws.listRevisions(reportId, false);
    if (!revisions.ok())
        return revisions.error();
    auto events = ws.listEvents(reportId);
    if (!events.ok())
        return events.error();
    // Events in the order they were recorded; each revision stands right before the submission that
    // froze it (timestamps alone cannot order steps taken within one millisecond).
    QHash<int, Revision> byNumber;
    for (const Revision &r : revisions.value())
        byNumber.insert(r.number, r);
    QList<HistoryEntry> list;
    for (const ReviewEvent &e : events.value()) {
        if (e.action == ReviewAction::Submit && byNumber.contains(e.revision)) {
            const Revision r = byNumber.take(e.revision);
            list.append({r.createdAt, r.createdBy, QStringLiteral("revision"), r.number, QString()});
        }
        list.append({e.at, e.by, e.action, e.revision, e.opinion});
    }
    for (const Revision &r : revisions.value()) {
        if (byNumber.contains(r.number))
            list.append({r.createdAt, r.createdBy, QStringLiteral("revision"), r.number, QString()});
    }
    std::stable_sort(list.begin(), list.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
    return list;
}

Result<QList<UnitDiff>> diff(Workspace &ws, const QUuid &reportId, int fromRevision, int toRevision)
{
    auto current = ws.loadReport(reportId);
    if (!current.ok())
        return current.error();
    if (fromRevision == 0) {
        auto last = lastRevision(ws, reportId);
        if (!last.ok())
            return last.error();
        if (last.value() == 0)
            return Error::state(Tr::tr("This report has no revision yet: a revision is made when it is submitted."));
        fromRevision = last.value();
    }
    auto from = ws.loadRevision(reportId, fromRevision);
    if (!from.ok())
        return from.error();
    Report to = current.value();
    if (toRevision != 0) {
        auto rev = ws.loadRevision(reportId, toRevision);
        if (!rev.ok())
            return rev.error();
        to = rev->content;
    }
    return diffReports(from->content, to);
}

namespace {

// A review copy replaces only an earlier review copy of the same report that no program has open:
// never a workspace (a mistyped name must not cost the reports in it), nor a file in use.
Status mayBeReplacedByReviewCopy(const QString &target, const QUuid &reportId)
{
    if (!QFileInfo::exists(target) || !looksLikeDatabase(target))
        return {};
    const QString shown = QDir::toNativeSeparators(target);
    for (const QString &beside : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        if (QFileInfo::exists(target + beside))
            return Error::io(Tr::tr("Could not write %1: it is a workspace that another program has open. "
                                "Choose another file name.")
                                 .arg(shown));
    }
    Result<QList<QUuid>> ids = storage::reportIdsInFile(target);
    if (!ids || ids->size() > 1 || (ids->size() == 1 && ids->first() != reportId))
        return Error::io(Tr::tr("Could not write %1: it is a workspace or a review copy of another report, which a "
                            "review copy never replaces. Choose another file name.")
                             .arg(shown));
    return {};
}

}  // namespace

Status exportReviewCopy(Workspace &ws, const QUuid &reportId, const QString &path)
{
    auto report = ws.loadReport(reportId);
    if (!report.ok())
        return report.error();
    auto revisions = ws.listRevisions(reportId, true);
    auto events = ws.listEvents(reportId);
    auto comments = ws.listComments(reportId);
    auto ignored = ws.ignoredFindings(reportId);
    auto received = ws.isReceived(reportId);
    if (!received.ok())
        return received.error();
    if (!revisions.ok())
        return revisions.error();
    if (!ignored.ok())
        return ignored.error();
    if (!events.ok())
        return events.error();
    if (!comments.ok())
        return comments.error();

    // Built beside the target under a temporary name, then moved into place: the target is either
    // absent, the old file, or the complete copy.
    Result<QString> resolved = resolveWriteTarget(path);
    if (!resolved)
        return resolved.error();
    const QString target = QFileInfo(resolved.value()).absoluteFilePath();
    if (Status s = mayBeReplacedByReviewCopy(target, reportId); !s)
        return s;
    const QString temp = target + QStringLiteral(".partial");
    QFile::remove(temp);
    {
        auto opened = Workspace::open(temp);
        if (!opened.ok())
            return opened.error();
        Workspace &copy = *opened.value();
        auto inserted = copy.insertReport(report.value());
        Status status = inserted.ok() ? Status() : Status(inserted.error());
        for (const Revision &r : revisions.value()) {
            if (status.ok())
                status = copy.addRevisionIfAbsent(reportId, r);
        }
        for (const ReviewEvent &e : events.value()) {
            if (status.ok())
                status = copy.addEventIfAbsent(reportId, e);
        }
        for (const Comment &c : comments.value()) {
            if (status.ok())
                status = copy.saveComment(reportId, c);
        }
        if (status.ok() && !ignored.value().isEmpty())
            status = copy.setIgnoredFindings(reportId, ignored.value());
        if (status.ok() && received.value())
            status = copy.setReceived(reportId, true);  // the copy says whether its sender owns the report
        if (status.ok())
            status = copy.setStatus(reportId, report->status);
        if (!status.ok()) {
            opened.value().reset();
            QFile::remove(temp);
            return status;
        }
    }
    // Closing the copy checkpointed its journal into the file; nothing beside it is needed.
    for (const QString &sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temp + sidecar);
    // In one step (an old copy is never removed first), with retries while a scanner holds the file.
    if (Status moved = replaceFile(temp, target, path); !moved) {
        QFile::remove(temp);
        return moved;
    }
    return {};
}

std::optional<ReportStatus> stateAfterStep(const QString &action, ReportStatus from)
{
    using S = ReportStatus;
    if (action == ReviewAction::Submit)
        return from == S::Draft || from == S::Returned ? std::optional(S::Submitted) : std::nullopt;
    if (action == ReviewAction::Approve)
        return from == S::Submitted ? std::optional(S::Approved) : std::nullopt;
    if (action == ReviewAction::Return)
        return from == S::Submitted ? std::optional(S::Returned) : std::nullopt;
    if (action == ReviewAction::Reopen)
        return isLocked(from) ? std::optional(S::Draft) : std::nullopt;
    if (action == ReviewAction::Publish)
        return from == S::Approved ? std::optional(S::Published) : std::nullopt;
    if (action == ReviewAction::AcceptSuggestion || action == ReviewAction::RejectSuggestion)
        return isLocked(from) ? std::nullopt : std::optional(from);
    return std::nullopt;
}

bool isReviewerStep(const QString &action)
{
    return action == ReviewAction::Approve || action == ReviewAction::Return;
}

namespace {

enum class Sender { Owner, Reviewer, Unknown };

// Whether the sender may take this step: a reviewer's copy brings the reviewer's steps, the owner's copy
// the drafter's; reopen is either's. Of a report new here the whole record is the sender's history.
bool senderMayTake(Sender sender, const QString &action)
{
    if (sender == Sender::Unknown || action == ReviewAction::Reopen)
        return true;
    return isReviewerStep(action) == (sender == Sender::Reviewer);
}

QString when(const QDateTime &at) { return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

}  // namespace

namespace {

// One report of a copy merged into `ws`, one record kind at a time. `sender` is whose copy it is, as
// far as this workspace can tell; what is not taken goes into the summary's `refused`.
struct ReportMerge {
    Workspace &ws;
    QUuid id;
    Sender sender = Sender::Unknown;
    bool weOwnIt = false;
    bool isNew = false;
    MergeSummary &summary;

    // Revisions are frozen by the report's owner only.
    Status revisions(const QList<Revision> &theirs, bool senderReceivedIt)
    {
        for (const Revision &r : theirs) {
            if (ws.loadRevision(id, r.number).ok())
                continue;
            if (weOwnIt || (!isNew && senderReceivedIt)) {
                summary.refused << Tr::tr("Revision %1 (%2, %3): revisions come only from the workspace that owns the report.")
                                       .arg(r.number)
                                       .arg(r.createdBy, when(r.createdAt));
                continue;
            }
            if (Status st = ws.addRevisionIfAbsent(id, r); !st.ok())
                return st;
            ++summary.newRevisions;
        }
        return {};
    }

    // Steps: legal ones of the sender's role, from the state here, in the copy's order. Returns the
    // state they lead to.
    Result<ReportStatus> steps(const QList<ReviewEvent> &theirs, ReportStatus status)
    {
        auto ours = ws.listEvents(id);
        if (!ours.ok())
            return ours.error();
        QSet<QUuid> known;
        for (const ReviewEvent &e : ours.value())
            known.insert(e.id);
        for (ReviewEvent e : theirs) {
            if (known.contains(e.id))
                continue;
            const std::optional<ReportStatus> after = stateAfterStep(e.action, status);
            if (!after) {
                summary.refused << Tr::tr("The step “%1” by %2 (%3): it cannot be taken when the report is %4.")
                                       .arg(e.action, e.by, when(e.at), statusName(status));
                continue;
            }
            if (!senderMayTake(sender, e.action)) {
                summary.refused << Tr::tr("The step “%1” by %2 (%3): it is not the sender's to take (%4).")
                                       .arg(e.action, e.by, when(e.at),
                                            sender == Sender::Reviewer ? Tr::tr("this copy comes from a reviewer")
                                                                       : Tr::tr("this copy comes from the drafter"));
                continue;
            }
            e.statusAfter = *after;
            if (Status st = ws.addEventIfAbsent(id, e); !st.ok())
                return st.error();
            known.insert(e.id);
            status = *after;
            ++summary.newEvents;
        }
        return status;
    }

    // Comments: new ones are added; of known ones only the closing comes across.
    Status comments(const QList<Comment> &theirs)
    {
        auto ours = ws.listComments(id);
        if (!ours.ok())
            return ours.error();
        QHash<QUuid, Comment> mine;
        for (const Comment &c : ours.value())
            mine.insert(c.id, c);
        const bool ownerDecides = sender == Sender::Reviewer;  // accepting and rejecting belong to the owner here
        for (Comment c : theirs) {
            const auto it = mine.find(c.id);
            if (it == mine.end()) {
                if (ownerDecides && (c.state == CommentState::Accepted || c.state == CommentState::Rejected)) {
                    summary.refused << Tr::tr("The suggestion by %1 (%2) came marked as decided; it is open here, for this "
                                              "workspace to decide.")
                                           .arg(c.author, when(c.createdAt));
                    c.state = CommentState::Open;
                    c.closedBy.clear();
                    c.closedAt = QDateTime();
                }
                if (Status st = ws.saveComment(id, c); !st.ok())
                    return st;
                ++summary.newComments;
                continue;
            }
            Comment kept = it.value();
            const bool contentChanged = c.text != kept.text || c.author != kept.author || c.kind != kept.kind ||
                                        c.nodeId != kept.nodeId || c.baseText != kept.baseText ||
                                        c.parentId != kept.parentId || c.quote != kept.quote;
            if (contentChanged)
                summary.refused << Tr::tr("A changed text or author of the comment by %1 (%2): nobody's comment is "
                                          "rewritten by a copy.")
                                       .arg(kept.author, when(kept.createdAt));
            if (kept.state != CommentState::Open || c.state == CommentState::Open)
                continue;
            if (ownerDecides && c.state != CommentState::Resolved) {
                summary.refused << Tr::tr("The comment by %1 (%2) came marked as %3; accepting or rejecting is for this "
                                          "workspace to do.")
                                       .arg(kept.author, when(kept.createdAt), toString(c.state));
                continue;
            }
            kept.state = c.state;
            kept.closedBy = c.closedBy;
            kept.closedAt = c.closedAt;
            if (Status st = ws.saveComment(id, kept); !st.ok())
                return st;
            ++summary.updatedComments;
        }
        return {};
    }

    // Findings either side chose to ignore stay ignored.
    Status ignoredFindings(const check::IgnoreList &theirs)
    {
        auto ours = ws.ignoredFindings(id);
        if (!ours.ok())
            return ours.error();
        if (check::IgnoreList united = ours.value(); united.merge(theirs))
            return ws.setIgnoredFindings(id, united);
        return {};
    }
};

}  // namespace

Result<MergeSummary> importReviewCopy(Workspace &ws, const QString &path)
{
    if (isSameFile(path, ws.path()))
        return Error::data(Tr::tr("%1 is this workspace itself; a workspace cannot be merged into itself.")
                               .arg(QDir::toNativeSeparators(path)));
    auto opened = Workspace::openReceived(path);
    if (!opened.ok())
        return opened.error();
    Workspace &other = *opened.value();
    auto list = other.listReports();
    if (!list.ok())
        return list.error();
    // The copy is known to be readable; the workspace as it was is kept before anything is merged.
    if (Status s = backUpBefore(ws, BackupReason::BeforeReviewImport); !s.ok())
        return s.error();
    MergeSummary summary;
    for (const ReportSummary &s : list.value()) {
        auto theirs = other.loadReport(s.id);
        auto theirRevisions = other.listRevisions(s.id, true);
        auto theirEvents = other.listEvents(s.id);
        auto theirComments = other.listComments(s.id);
        auto theirIgnored = other.ignoredFindings(s.id);
        auto theyReceivedIt = other.isReceived(s.id);
        if (!theirs.ok())
            return theirs.error();
        if (!theirIgnored.ok())
            return theirIgnored.error();
        if (!theirRevisions.ok())
            return theirRevisions.error();
        if (!theirEvents.ok())
            return theirEvents.error();
        if (!theirComments.ok())
            return theirComments.error();
        if (!theyReceivedIt.ok())
            return theyReceivedIt.error();
        summary.reports << s.id;

        auto ours = ws.loadReport(s.id);
        if (!ours.ok() && ours.error().code != Error::Code::Data)
            return ours.error();
        ReportMerge merge{ws, s.id, Sender::Unknown, false, !ours.ok(), summary};
        ReportStatus status = ReportStatus::Draft;
        if (merge.isNew) {
            Report report = theirs.value();
            report.status = ReportStatus::Draft;  // the state is replayed from the steps below
            auto inserted = ws.insertReport(report);
            if (!inserted.ok())
                return inserted.error();
            if (Status st = ws.setReceived(s.id, true); !st.ok())
                return st.error();
            ++summary.newReports;
        } else {
            auto received = ws.isReceived(s.id);
            if (!received.ok())
                return received.error();
            merge.weOwnIt = !received.value();
            merge.sender = merge.weOwnIt ? Sender::Reviewer : Sender::Owner;
            status = ours->status;
        }

        if (Status st = merge.revisions(theirRevisions.value(), theyReceivedIt.value()); !st.ok())
            return st.error();
        Result<ReportStatus> after = merge.steps(theirEvents.value(), status);
        if (!after.ok())
            return after.error();
        auto current = ws.loadReport(s.id);
        if (!current.ok())
            return current.error();
        if (current->status != after.value()) {
            if (Status st = ws.setStatus(s.id, after.value()); !st.ok())
                return st.error();
            current.value().status = after.value();
        }
        if (Status st = merge.comments(theirComments.value()); !st.ok())
            return st.error();
        if (Status st = merge.ignoredFindings(theirIgnored.value()); !st.ok())
            return st.error();
        if (auto comments = ws.listComments(s.id); comments.ok()) {
            for (const Comment &c : comments.value()) {
                if (c.kind == CommentKind::Suggestion && c.state == CommentState::Open && isStale(current.value(), c))
                    summary.staleSuggestions << c.id;
            }
        }
    }
    return summary;
}

}  // namespace fazhi::review
