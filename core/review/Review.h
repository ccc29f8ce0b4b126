#pragma once
// The review record of a report: frozen revisions, state changes with who/when/opinion, and the
// leader's comments and suggestions. None of this is part of Report, so no export can contain it.

#include "model/Report.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace fazhi {

// An immutable copy of the whole report, made at each submission (numbered 1, 2, … per report).
struct Revision {
    int number = 0;
    QDateTime createdAt;  // UTC
    QString createdBy;
    Report content;
};

// A change of state, or another recorded step of the review (accepting a suggestion…).
struct ReviewEvent {
    QUuid id;
    QDateTime at;  // UTC
    QString by;
    QString action;   // submit, approve, return, reopen, publish, accept-suggestion, reject-suggestion
    QString opinion;  // 意见, or a note on the step
    int revision = 0; // the revision the step concerns (0: none)
    ReportStatus statusAfter = ReportStatus::Draft;
};

namespace ReviewAction {
inline const QString Submit = QStringLiteral("submit");
inline const QString Approve = QStringLiteral("approve");
inline const QString Return = QStringLiteral("return");
inline const QString Reopen = QStringLiteral("reopen");
inline const QString Publish = QStringLiteral("publish");
inline const QString AcceptSuggestion = QStringLiteral("accept-suggestion");
inline const QString RejectSuggestion = QStringLiteral("reject-suggestion");
}  // namespace ReviewAction

enum class CommentKind { Comment, Suggestion, Reply };
enum class CommentState { Open, Resolved, Accepted, Rejected };
QString toString(CommentKind kind);
QString toString(CommentState state);
std::optional<CommentKind> commentKindFromString(const QString &s);
std::optional<CommentState> commentStateFromString(const QString &s);

// A comment on a node (批注), a suggested replacement of the node's text, or a reply to either.
struct Comment {
    QUuid id;
    CommentKind kind = CommentKind::Comment;
    QUuid nodeId;       // the part, section, paragraph or point; the report id for the details
    QString field;      // the text of the node: heading, lead, text, title…
    int start = -1;     // optional quoted range, in code points of the field's text
    int end = -1;
    QString quote;      // the quoted characters, kept to re-find them after edits
    QString text;       // the comment, the suggested new text, or the reply
    QString baseText;   // suggestions: the field's text when suggested (a suggestion is stale when it changed)
    QUuid parentId;     // replies: the comment replied to
    QString author;
    QDateTime createdAt;  // UTC
    CommentState state = CommentState::Open;
    QString closedBy;     // who resolved, accepted or rejected it
    QDateTime closedAt;   // UTC
    int revision = 0;     // the revision under review when written (0: the draft)
};

}  // namespace fazhi
