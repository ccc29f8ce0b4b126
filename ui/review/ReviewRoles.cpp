// ReviewController: the role taken and the names steps are recorded under (split from
// ReviewController.cpp). Each role keeps its own name in the settings, so a leader using the
// clerk's PC is not recorded as the clerk.
#include "review/ReviewController.h"

#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPrompts.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace fazhi::ui {

namespace {

QString roleKey(ReviewRole role) { return role == ReviewRole::Reviewer ? QStringLiteral("reviewer") : QStringLiteral("drafter"); }

AppSettings::Key nameKey(ReviewRole role) { return role == ReviewRole::Reviewer ? AppSettings::ReviewerName : AppSettings::UserName; }

}  // namespace

void ReviewController::setRole(ReviewRole role)
{
    if (role != m_role) {
        if (role == ReviewRole::Reviewer) {
            // Whoever takes the reviewer's role says who they are: the record must not name the clerk.
            const auto name = ReviewPrompts::askReviewerName(
                m_window, AppSettings::instance().string(AppSettings::ReviewerName).trimmed());
            if (!name || name->isEmpty()) {
                refresh();  // the role's buttons show the role still taken
                return;
            }
            AppSettings::instance().setValue(AppSettings::ReviewerName, *name);
        }
        m_role = role;
        AppSettings::instance().setValue(AppSettings::ReviewRole, roleKey(role));
        emit roleChanged(role);
        if (role == ReviewRole::Reviewer) {
            m_reviewDock->show();
            m_reviewDock->raise();
        }
        // A new session takes the role: read-only for the reviewer, with a fresh undo history.
        if (m_window->session())
            m_window->reloadReport();
        const QString name = AppSettings::instance().string(nameKey(role)).trimmed();
        m_window->statusBar()->showMessage(name.isEmpty() ? tr("Working as %1").arg(ReviewNames::role(role))
                                                          : tr("Working as %1: %2").arg(ReviewNames::role(role), name),
                                           5000);
    }
    refresh();
}

QString ReviewController::userName()
{
    const AppSettings::Key key = nameKey(m_role);
    QString name = AppSettings::instance().string(key).trimmed();
    if (!name.isEmpty())
        return name;
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("userNameDialog");
    q.title = tr("Your Name");
    q.label = tr("The review record says who did each step. Your name (asked once; change it under Review → Your "
                 "Name):");
    q.multiLine = false;
    const auto answer = ReviewInput::askText(m_window, q);
    if (!answer || answer->isEmpty())
        return {};
    AppSettings::instance().setValue(key, *answer);
    return *answer;
}

void ReviewController::editUserName()
{
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("userNameDialog");
    q.title = tr("Your Name");
    q.label = m_role == ReviewRole::Reviewer ? tr("The review record says who did each step. The reviewer's name:")
                                             : tr("The review record says who did each step. The drafter's name:");
    q.initial = AppSettings::instance().string(nameKey(m_role));
    q.multiLine = false;
    if (const auto name = ReviewInput::askText(m_window, q))
        AppSettings::instance().setValue(nameKey(m_role), *name);
}

bool ReviewController::confirmSubmit()
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    int errors = 0;
    if (ChecksController *checks = m_window->checks()) {
        checks->panel()->recheckNow();
        errors = checks->panel()->counts().errors;
    }
    refresh();  // the comments as the workspace has them now
    int open = 0;
    for (const Comment &c : std::as_const(m_comments))
        open += c.parentId.isNull() && c.state == CommentState::Open;
    if (ReviewPrompts::confirmSubmit(m_window, errors, open))
        return true;
    if (errors > 0 && m_window->checks()) {
        m_window->checks()->dock()->show();
        m_window->checks()->dock()->raise();
    } else if (open > 0) {
        m_reviewDock->show();
        m_reviewDock->raise();
    }
    return false;
}

bool ReviewController::confirmDecisionName()
{
    ReportSession *s = m_window->session();
    if (!s || !m_window->workspace())
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    // The drafter, as the record has it: whoever submitted this report.
    QStringList drafters;
    if (auto events = m_window->workspace()->listEvents(s->reportId()); events.ok()) {
        for (const ReviewEvent &e : events.value()) {
            if (e.action == ReviewAction::Submit)
                drafters.append(e.by.trimmed());
        }
    }
    if (!drafters.contains(by))
        return true;
    return ReviewPrompts::confirmOwnDecision(m_window, by);
}

}  // namespace fazhi::ui
