#include "review/ReviewPrompts.h"

#include "common/Prompts.h"
#include "review/ReviewDialogs.h"

namespace fazhi::ui {

bool ReviewPrompts::confirmSubmit(QWidget *parent, int errors, int openComments)
{
    if (errors <= 0 && openComments <= 0)
        return true;
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = tr("Submit for Review");
    if (errors > 0 && openComments > 0)
        m.text = tr("Not dealt with yet: %1 and %2. Submit anyway?")
                     .arg(tr("%n error(s)", nullptr, errors), tr("%n comment(s)", nullptr, openComments));
    else if (errors > 0)
        m.text = tr("Not dealt with yet: %1. Submit anyway?").arg(tr("%n error(s)", nullptr, errors));
    else
        m.text = tr("Not dealt with yet: %1. Submit anyway?").arg(tr("%n comment(s)", nullptr, openComments));
    if (errors > 0 && openComments > 0)
        m.informative = tr("The errors are listed in the Checks panel, the comments in the Review panel. The reviewer "
                           "will see the report as it is now.");
    else if (errors > 0)
        m.informative = tr("The errors are listed in the Checks panel. The reviewer will see the report as it is now.");
    else
        m.informative = tr("The open comments are listed in the Review panel. The reviewer will see the report as it "
                           "is now.");
    m.buttons = {Prompts::SubmitAnyway, Prompts::BackToEditing};
    m.defaultButton = Prompts::SubmitAnyway;
    m.escapeButton = Prompts::BackToEditing;
    return Prompts::ask(parent, m) == Prompts::SubmitAnyway;
}

bool ReviewPrompts::confirmOwnDecision(QWidget *parent, const QString &name)
{
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = tr("Review Under the Drafter's Name");
    m.text = tr("“%1” drafted this report, and the decision would be recorded under the same name.").arg(name);
    m.informative = tr("A report is reviewed by someone other than its drafter. If you are the reviewer, switch to "
                       "the Reviewer role again and give your own name. Go on under “%1”?")
                        .arg(name);
    m.buttons = {Prompts::DecideAnyway, Prompts::Cancel};
    m.defaultButton = Prompts::Cancel;
    m.escapeButton = Prompts::Cancel;
    return Prompts::ask(parent, m) == Prompts::DecideAnyway;
}

std::optional<QString> ReviewPrompts::askReviewerName(QWidget *parent, const QString &remembered)
{
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("reviewerNameDialog");
    q.title = tr("Reviewer");
    q.label = tr("Comments, suggestions and decisions are recorded under the reviewer's name. Your name:");
    q.initial = remembered;
    q.placeholder = tr("e.g. 李明");
    q.acceptText = tr("Review");
    q.required = true;
    q.multiLine = false;
    return ReviewInput::askText(parent, q);
}

}  // namespace fazhi::ui
