#pragma once
// The review's warnings before a step (ReviewController): submitting while the checks find errors or
// comments are open, a decision under the drafter's own name, and the reviewer's name asked when the
// role is taken. All go through the Prompts and ReviewInput seams, so tests answer them.

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace fazhi::ui {

class ReviewPrompts {
    Q_DECLARE_TR_FUNCTIONS(ReviewPrompts)
public:
    // Before 提交审核: true to go on. Asks only while errors or open comments remain.
    static bool confirmSubmit(QWidget *parent, int errors, int openComments);
    // Before 审定 or 退回 by `name`, who also drafted (submitted) the report: true to go on.
    static bool confirmOwnDecision(QWidget *parent, const QString &name);
    // The reviewer's name, asked when switching to 审核人 (`remembered` offered); nullopt: cancelled.
    static std::optional<QString> askReviewerName(QWidget *parent, const QString &remembered);
};

}  // namespace fazhi::ui
