#pragma once
// The review workflow: 草稿 draft → 待审 submitted → 退回修改 returned or 已审定 approved → 已发布 published.
// Every change of state records who, when and the opinion. Submitting freezes the report as a
// revision but does not lock the draft; approved and published reports are locked until reopened.
// There are no accounts: `by` is the user name from the settings, and the record says who did what.

#include "check/Checker.h"
#include "review/Review.h"
#include "review/ReportDiff.h"
#include "storage/Workspace.h"
#include "util/Result.h"

#include <QStringList>
#include <optional>

namespace fazhi::review {

// Whether a report in this state may have its text changed.
bool isLocked(ReportStatus status);

Result<int> submit(Workspace &ws, const QUuid &reportId, const QString &by, const QString &note = QString());
Status approve(Workspace &ws, const QUuid &reportId, const QString &opinion, const QString &by);
Status returnForChanges(Workspace &ws, const QUuid &reportId, const QString &opinion, const QString &by);
Status reopen(Workspace &ws, const QUuid &reportId, const QString &by, const QString &note = QString());
// Publishing passes the secrecy preflight (保密审查, check::checkSecrecy): an error of the secrecy
// rules refuses it, ignored or not (ignoring hides a finding from the drafter's list; clearing the
// gate is the approver's decision), until the approver overrides with a reason. The override is
// written into the sign-off record, the publish event's opinion, after the date and address:
// "2024-02-22 https://…; secrecy-override: <reason> [secrecy-phone ×2, …]" (one line; the reason's
// line breaks become spaces). secrecyOverrideOf reads it back.
struct PublishOptions {
    // The secrecy rules' context: the office's own published numbers (CheckContext::publicContacts).
    check::CheckContext checks;
    // The approver's reason for publishing despite secrecy errors; empty: such errors refuse.
    QString secrecyOverride;
};
// The findings that stop publishing: the secrecy rules' errors, ignored ones included.
QList<check::Finding> secrecyBlockers(const Report &report, const check::CheckContext &context);
inline constexpr const char *kSecrecyOverridePrefix = "secrecy-override: ";
// The reason of a recorded override, from a publish event's opinion; nullopt when there was none.
std::optional<QString> secrecyOverrideOf(const QString &opinion);

// `date` is the publication date; it becomes the 发布日期 detail. `url` the web address (may be empty).
Status publish(Workspace &ws, const QUuid &reportId, const QDate &date, const QString &url, const QString &by,
               const PublishOptions &options = {});

// Comments and suggestions. nodeId may be the report id (its title). Returns the new comment's id.
Result<QUuid> addComment(Workspace &ws, const QUuid &reportId, const QUuid &nodeId, const QString &text,
                         const QString &by, int start = -1, int end = -1);
Result<QUuid> addSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &nodeId, const QString &newText,
                            const QString &by);
Result<QUuid> reply(Workspace &ws, const QUuid &reportId, const QUuid &commentId, const QString &text,
                    const QString &by);
Status resolve(Workspace &ws, const QUuid &reportId, const QUuid &commentId, const QString &by);
// Accepting applies the suggested text to the node and records it; a stale suggestion (the text
// changed since it was made) is refused unless `force`.
Status acceptSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &suggestionId, const QString &by,
                        bool force = false);
Status rejectSuggestion(Workspace &ws, const QUuid &reportId, const QUuid &suggestionId, const QString &by);

// A suggestion is stale when its node's text is no longer the text it was made against.
bool isStale(const Report &report, const Comment &suggestion);

// The history: revisions and review events, oldest first, as one list of lines' worth of data.
struct HistoryEntry {
    QDateTime at;
    QString by;
    QString what;  // an action name (submit, approve, …) or "revision"
    int revision = 0;
    QString opinion;
};
Result<QList<HistoryEntry>> history(Workspace &ws, const QUuid &reportId);

// Diff between two revisions; toRevision 0 means the current draft. fromRevision 0 means the last
// revision (the default of `fazhi-cli diff`).
Result<QList<UnitDiff>> diff(Workspace &ws, const QUuid &reportId, int fromRevision = 0, int toRevision = 0);

// A review copy for another PC: a workspace file holding this one report with its revisions, events,
// comments and ignored findings. The leader opens it directly (it is a workspace) or imports it into their own.
Status exportReviewCopy(Workspace &ws, const QUuid &reportId, const QString &path);

// The steps of the workflow in one table: the state a step leads to from `from`, or nullopt when it
// may not be taken from there. accept-suggestion and reject-suggestion keep the state (unlocked only).
std::optional<ReportStatus> stateAfterStep(const QString &action, ReportStatus from);
// Steps the reviewer takes (approve, return); the others are the drafter's, except reopen (either).
bool isReviewerStep(const QString &action);

struct MergeSummary {
    QList<QUuid> reports;          // reports touched
    int newReports = 0;
    int newComments = 0;
    int updatedComments = 0;
    int newEvents = 0;
    int newRevisions = 0;
    QList<QUuid> staleSuggestions;  // open suggestions whose text changed meanwhile
    QStringList refused;            // what the copy held and was not taken, one sentence each
};
// Merges a review copy (or any workspace) into `ws`, read through Workspace::openReceived (never
// changed, never trusted). What a copy may bring, and nothing else:
// - a report new here, with its record (it is marked as received: it belongs to the sender);
// - revisions, only into a workspace that does not own the report (they come from its owner);
// - review steps not yet here, each taken only if it is a step of the sender's role and legal from the
//   report's state here, in the copy's order: the state follows from steps, never from a timestamp;
// - new comments, replies and suggestions (a reviewer's arrive open: accepting belongs to the owner),
//   and for known ones only their closing (resolved by either side; accepted or rejected by the owner):
//   nobody's text or name is ever rewritten;
// - ignored findings, united.
// The draft text here is kept: reviewers do not edit text. What is refused is listed in `refused`.
Result<MergeSummary> importReviewCopy(Workspace &ws, const QString &path);

}  // namespace fazhi::review
