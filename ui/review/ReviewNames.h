#pragma once
// The names the review UI gives to roles, review steps, comment kinds and states, and where a node
// sits in the report ("一、（二）第1段"), in one place.

#include "model/Report.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QString>

namespace fazhi::ui {

// Who is working: the clerk who drafts (拟稿人) or the leader who reviews (审核人).
enum class ReviewRole { Drafter, Reviewer };

class ReviewNames {
    Q_DECLARE_TR_FUNCTIONS(ReviewNames)
public:
    static QString role(ReviewRole role);
    // A history entry's `what`: an action name of ReviewAction or "revision".
    static QString action(const QString &action);
    static QString kind(CommentKind kind);
    static QString state(CommentKind kind, CommentState state);
    // Where a node is, with its generated numbering: "一、（二）第1段", "报告信息". Empty for unknown ids.
    static QString location(const Report &report, const QUuid &nodeId);
    // Local date and time as the review record shows it ("2025-03-02 10:20").
    static QString time(const QDateTime &utc);
};

}  // namespace fazhi::ui
