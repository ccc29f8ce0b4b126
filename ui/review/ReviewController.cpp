#include "review/ReviewController.h"

#include "check/Rules.h"
#include "common/AppSettings.h"
#include "common/Names.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "editor/Forms.h"
#include "editor/OutlineView.h"
#include "model/NodeCaption.h"
#include "model/ReportJson.h"
#include "review/DiffView.h"
#include "review/HistoryDialog.h"
#include "review/CommentTarget.h"
#include "review/ReviewBanner.h"
#include "review/ReviewCopies.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace fazhi::ui {

ReviewController::ReviewController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reviewController"));
    m_copies = new ReviewCopies(window, this);
    m_target = new CommentTarget(window);
    m_role = AppSettings::instance().string(AppSettings::ReviewRole) == QLatin1String("reviewer") ? ReviewRole::Reviewer
                                                                                                  : ReviewRole::Drafter;
    createActions();
    createDocks();
    createMenus();
    createToolBar();
    createBanner();

    connect(window, &MainWindow::sessionOpening, this, &ReviewController::onSessionOpening);
    connect(window, &MainWindow::sessionChanged, this, &ReviewController::onSessionChanged);
    connect(window->outline(), &OutlineView::currentNodeChanged, this, &ReviewController::onCurrentNodeChanged);
    connect(window->forms(), &FormStack::nodeFocused, this, [this](const QUuid &id) {
        m_target->focusNode(id);
        m_reviewPanel->setCurrentNode(id);
        updateActions();
    });
    refresh();
}

HistoryDialog *ReviewController::historyDialog() const { return m_history; }
QToolBar *ReviewController::banner() const { return m_banner; }
QLabel *ReviewController::bannerText() const { return m_banner->text(); }
QToolButton *ReviewController::bannerReopenButton() const { return m_banner->reopenButton(); }
QLabel *ReviewController::statusText() const { return m_banner->statusText(); }
DiffView *ReviewController::diffView() const { return m_diff; }

// ---------------------------------------------------------------------------------------------------
// Building

void ReviewController::createActions()
{
    auto make = [this](const char *name, const QString &text, auto slot) {
        auto *a = new QAction(text, m_window);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1String(name), a);
        return a;
    };
    m_roleGroup = new QActionGroup(this);
    m_roleGroup->setExclusive(true);
    QAction *a = make("actionRoleDrafter", tr("Drafter"), [this] { setRole(ReviewRole::Drafter); });
    a->setCheckable(true);
    a->setStatusTip(tr("Write and change the report; submit it for review"));
    m_roleGroup->addAction(a);
    a = make("actionRoleReviewer", tr("Reviewer"), [this] { setRole(ReviewRole::Reviewer); });
    a->setCheckable(true);
    a->setStatusTip(tr("Read the report, comment and suggest changes, approve it or return it; the text is "
                       "read-only"));
    m_roleGroup->addAction(a);
    action(m_role == ReviewRole::Reviewer ? "actionRoleReviewer" : "actionRoleDrafter")->setChecked(true);

    a = make("actionSubmit", tr("&Submit for Review"), [this] { submit(); });
    a->setStatusTip(tr("Freeze this version as a revision and hand it to the reviewer"));
    a = make("actionApprove", tr("&Approve…"), [this] { approve(); });
    a->setStatusTip(tr("Approve the submitted report; it is then locked against changes"));
    a = make("actionReturn", tr("&Return for Changes…"), [this] { returnForChanges(); });
    a->setStatusTip(tr("Send the report back to the drafter with an opinion that says what to change"));
    a = make("actionReopen", tr("Reope&n"), [this] { reopen(); });
    a->setStatusTip(tr("Unlock an approved or published report so that it can be changed again (recorded)"));
    a = make("actionPublish", tr("&Publish…"), [this] { publish(); });
    a->setStatusTip(tr("Record that the approved report has been published, with the date and web address"));
    a = make("actionAddComment", tr("&Comment…"), [this] { addComment(); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    a->setStatusTip(tr("Comment on the selected text, or on the selected part, section or paragraph"));
    a = make("actionSuggest", tr("Suggest a Chan&ge…"), [this] { addSuggestion(); });
    a->setStatusTip(tr("Propose a new wording for the selected heading, lead sentence, paragraph or point"));
    a = make("actionHistory", tr("Review &History"), [this] { showHistory(); });
    a->setStatusTip(tr("Every revision and every step of the review: when, who, what and the opinions"));
    a = make("actionDiff", tr("Compare Re&visions"), [this] { showDiff(); });
    a->setStatusTip(tr("What changed between two revisions, or since the last one"));
    a = make("actionExportReviewCopy", tr("Export Review Cop&y…"), [this] { exportReviewCopy(); });
    a->setStatusTip(tr("Save this report with its review record as a file for the reviewer's PC"));
    a = make("actionImportReview", tr("Import Review &Opinions…"), [this] { importReviewCopy(); });
    a->setStatusTip(tr("Merge the comments, suggestions and decisions of a review copy into this workspace"));
    a = make("actionUserName", tr("Your Na&me…"), [this] { editUserName(); });
}

QMenu *ReviewController::menuHolding(const char *actionName) const
{
    QAction *target = m_window->findChild<QAction *>(QLatin1String(actionName));
    if (!target)
        return nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->actions().contains(target))
            return menu;
    }
    return nullptr;
}

void ReviewController::createMenus()
{
    // File: review copies after the exports.
    if (QMenu *file = menuHolding("actionNew")) {
        // After the last export action (one per registered format, marked with its format's id).
        QAction *afterExports = nullptr;
        const QList<QAction *> list = file->actions();
        int last = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i)->property("exportFormat").isValid())
                last = i;
        }
        afterExports = last >= 0 ? list.value(last + 1) : nullptr;
        file->insertSeparator(afterExports);
        file->insertAction(afterExports, action("actionExportReviewCopy"));
        file->insertAction(afterExports, action("actionImportReview"));
    }

    auto *review = new QMenu(tr("&Review"), m_window);
    review->setObjectName(QStringLiteral("reviewMenu"));
    review->addAction(action("actionRoleDrafter"));
    review->addAction(action("actionRoleReviewer"));
    review->addSeparator();
    for (const char *name : {"actionSubmit", "actionApprove", "actionReturn", "actionReopen", "actionPublish"})
        review->addAction(action(name));
    review->addSeparator();
    review->addAction(action("actionAddComment"));
    review->addAction(action("actionSuggest"));
    review->addSeparator();
    review->addAction(action("actionHistory"));
    review->addAction(action("actionDiff"));
    review->addSeparator();
    review->addAction(action("actionExportReviewCopy"));
    review->addAction(action("actionImportReview"));
    review->addSeparator();
    review->addAction(action("actionUserName"));
    QMenu *tools = menuHolding("actionSettings");
    if (tools)
        m_window->menuBar()->insertMenu(tools->menuAction(), review);
    else
        m_window->menuBar()->addMenu(review);

    m_window->addPanelToggle(m_reviewDock->toggleViewAction());
}

void ReviewController::createToolBar()
{
    // The role switch sits with the main toolbar: it decides what the window lets one do.
    m_toolBar = new QToolBar(tr("Role"), m_window);
    m_toolBar->setObjectName(QStringLiteral("reviewToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *roleLabel = new QLabel(tr("Role:"), m_toolBar);
    roleLabel->setObjectName(QStringLiteral("roleLabel"));
    roleLabel->setContentsMargins(metrics::ToolBarLabelMargins);
    m_toolBar->addWidget(roleLabel);
    m_toolBar->addAction(action("actionRoleDrafter"));
    m_toolBar->addAction(action("actionRoleReviewer"));
    m_toolBar->setStyleSheet(QStringLiteral(
        "QToolBar#reviewToolBar QToolButton { padding: 2px 8px; }"
        "QToolBar#reviewToolBar QToolButton:checked { background: #b0352b; color: white; border-radius: 3px; }"));
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void ReviewController::createBanner()
{
    // A line across the window under the toolbars: the report's state, what it means (why the text
    // cannot be changed, the reviewer's opinion), and the review steps that can be taken now.
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    QList<QAction *> steps;
    for (const char *name : {"actionSubmit", "actionApprove", "actionReturn", "actionReopen", "actionPublish"})
        steps << action(name);
    m_banner = new ReviewBanner(steps, {action("actionHistory"), action("actionDiff")}, m_window);
    m_window->addToolBar(Qt::TopToolBarArea, m_banner);
    m_banner->hide();
}

void ReviewController::createDocks()
{
    m_reviewPanel = new ReviewPanel;
    m_reviewPanel->setActions(action("actionAddComment"), action("actionSuggest"));
    m_reviewDock = new QDockWidget(tr("Review"), m_window);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    m_reviewDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_reviewDock->toggleViewAction()->setText(tr("Revie&w Panel"));
    m_reviewDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowReviewPanel"));
    // The checks' dock joins this one, tabbed (MainWindow).
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);

    connect(m_reviewPanel, &ReviewPanel::nodeActivated, this, [this](const QUuid &id) { m_window->revealNode(id); });
    connect(m_reviewPanel, &ReviewPanel::replyRequested, this, &ReviewController::reply);
    connect(m_reviewPanel, &ReviewPanel::resolveRequested, this, &ReviewController::resolve);
    connect(m_reviewPanel, &ReviewPanel::acceptRequested, this, &ReviewController::acceptSuggestion);
    connect(m_reviewPanel, &ReviewPanel::rejectRequested, this, &ReviewController::rejectSuggestion);
}

// ---------------------------------------------------------------------------------------------------
// The open report

void ReviewController::onSessionOpening(ReportSession *session)
{
    // The panel reads the report of the session it was given: it must not outlive that session (the
    // window selects a node in the new one, which rebuilds the panel, before sessionChanged).
    connect(session, &QObject::destroyed, m_reviewPanel, &ReviewPanel::clear);
    // The reviewer reads: every session opened in that role refuses edits.
    session->setReadOnly(m_role == ReviewRole::Reviewer);
}

void ReviewController::onSessionChanged(ReportSession *session)
{
    m_target->chooseNode(session ? m_window->outline()->currentNode() : QUuid());
    // Open dialogs follow the new report; hidden ones let go of the old workspace (it may be gone).
    if (m_history) {
        if (session && m_history->isVisible())
            m_history->setReport(m_window->workspace(), session->reportId(), session->report().effectiveTitle());
        else {
            m_history->setReport(nullptr, {});
            m_history->close();
        }
    }
    if (m_diff) {
        if (session && m_diff->isVisible())
            m_diff->setReport(m_window->workspace(), session->reportId());
        else {
            m_diff->setReport(nullptr, {});
            m_diff->close();
        }
    }
    refresh();
}

void ReviewController::onCurrentNodeChanged(const QUuid &id)
{
    m_target->chooseNode(id);
    m_reviewPanel->setCurrentNode(id);
    updateActions();
}

void ReviewController::refresh()
{
    ReportSession *s = m_window->session();
    m_comments.clear();
    m_lastRevision = 0;
    if (s && m_window->workspace()) {
        auto comments = m_window->workspace()->listComments(s->reportId());
        if (comments.ok())
            m_comments = comments.value();
        auto revisions = m_window->workspace()->listRevisions(s->reportId(), false);
        if (revisions.ok()) {
            for (const Revision &r : revisions.value())
                m_lastRevision = qMax(m_lastRevision, r.number);
        }
    }
    if (s) {
        m_reviewPanel->setContent(&s->report(), m_comments, m_role, s->isLocked());
        m_reviewPanel->setCurrentNode(m_target->node());
    } else {
        m_reviewPanel->clear();
    }
    if (s) {
        QString status = Names::status(s->report().status);
        if (m_lastRevision > 0)
            status = tr("%1 · revision %2").arg(status).arg(m_lastRevision);
        m_banner->statusText()->setText(status);
    } else {
        m_banner->statusText()->clear();
    }
    if (m_history && m_history->isVisible())
        m_history->refresh();
    updateActions();
    updateBanner();
}

void ReviewController::updateActions()
{
    ReportSession *s = m_window->session();
    const bool open = s != nullptr;
    const ReportStatus status = open ? s->report().status : ReportStatus::Draft;
    const bool drafter = m_role == ReviewRole::Drafter;
    action("actionRoleDrafter")->setChecked(drafter);
    action("actionRoleReviewer")->setChecked(!drafter);

    action("actionSubmit")->setVisible(drafter);
    action("actionPublish")->setVisible(drafter);
    action("actionApprove")->setVisible(!drafter);
    action("actionReturn")->setVisible(!drafter);
    action("actionSuggest")->setVisible(!drafter);

    action("actionSubmit")->setEnabled(open && (status == ReportStatus::Draft || status == ReportStatus::Returned));
    action("actionApprove")->setEnabled(open && status == ReportStatus::Submitted);
    action("actionReturn")->setEnabled(open && status == ReportStatus::Submitted);
    action("actionReopen")->setEnabled(open && review::isLocked(status));
    action("actionPublish")->setEnabled(open && status == ReportStatus::Approved);
    action("actionAddComment")->setEnabled(open);
    bool suggestable = false;
    if (open) {
        const auto info = findNode(s->report(), m_target->current().node);
        suggestable = info && info->type != NodeType::Report && info->type != NodeType::Fact && !review::isLocked(status);
    }
    action("actionSuggest")->setEnabled(suggestable);
    action("actionHistory")->setEnabled(open);
    action("actionDiff")->setEnabled(open && m_lastRevision > 0);
    action("actionExportReviewCopy")->setEnabled(open);
    action("actionImportReview")->setEnabled(m_window->workspace() != nullptr);
}

void ReviewController::updateBanner()
{
    ReportSession *s = m_window->session();
    ReviewBanner::State state;
    if (s) {
        state.open = true;
        state.status = s->report().status;
        state.role = m_role;
        state.lastRevision = m_lastRevision;
        if (state.status == ReportStatus::Returned && m_role == ReviewRole::Drafter) {
            if (auto events = m_window->workspace()->listEvents(s->reportId()); events.ok()) {
                for (const ReviewEvent &e : events.value()) {
                    if (e.action == ReviewAction::Return) {
                        state.opinion = e.opinion;
                        state.returnedBy = tr("%1, %2").arg(e.by, ReviewNames::time(e.at));
                    }
                }
            }
        }
    }
    m_banner->showState(state);
    m_banner->setVisible(s != nullptr);
}

// ---------------------------------------------------------------------------------------------------
// Steps

bool ReviewController::runStep(const QString &failTitle,
                               const std::function<Status(Workspace &, const QUuid &, const QString &)> &step)
{
    ReportSession *s = m_window->session();
    if (!s || !m_window->workspace())
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    if (!m_window->flush())
        return false;
    const Status status = step(*m_window->workspace(), s->reportId(), by);
    // Whatever happened, the session shows the report as the workspace has it now.
    m_window->reloadReport();
    refresh();
    if (!status.ok()) {
        Prompts::warn(m_window, failTitle, status.error().message);
        return false;
    }
    return true;
}

bool ReviewController::submit()
{
    if (!confirmSubmit())
        return false;
    int revision = 0;
    const bool ok = runStep(tr("Cannot Submit"), [&](Workspace &ws, const QUuid &id, const QString &by) -> Status {
        auto r = review::submit(ws, id, by);
        if (!r.ok())
            return r.error();
        revision = r.value();
        return {};
    });
    if (ok)
        m_window->statusBar()->showMessage(tr("Submitted for review as revision %1.").arg(revision), 8000);
    return ok;
}

bool ReviewController::approve()
{
    if (!confirmDecisionName())
        return false;
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("approveDialog");
    q.title = tr("Approve the Report");
    q.label = tr("Your opinion (optional):");
    q.placeholder = tr("e.g. 同意，按程序报送并公开。");
    q.acceptText = tr("Approve");
    q.required = false;
    const auto opinion = ReviewInput::askText(m_window, q);
    if (!opinion)
        return false;
    return runStep(tr("Cannot Approve"), [&](Workspace &ws, const QUuid &id, const QString &by) {
        return review::approve(ws, id, *opinion, by);
    });
}

bool ReviewController::returnForChanges()
{
    if (!confirmDecisionName())
        return false;
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("returnDialog");
    q.title = tr("Return for Changes");
    q.label = tr("Your opinion: what should be changed? (required)");
    q.acceptText = tr("Return");
    q.required = true;
    const auto opinion = ReviewInput::askText(m_window, q);
    if (!opinion)
        return false;
    return runStep(tr("Cannot Return the Report"), [&](Workspace &ws, const QUuid &id, const QString &by) {
        return review::returnForChanges(ws, id, *opinion, by);
    });
}

bool ReviewController::reopen()
{
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("reopenDialog");
    q.title = tr("Reopen the Report");
    q.label = tr("Why is it reopened? (optional; kept in the review record)");
    q.acceptText = tr("Reopen");
    q.required = false;
    q.multiLine = false;
    const auto note = ReviewInput::askText(m_window, q);
    if (!note)
        return false;
    return runStep(tr("Cannot Reopen"), [&](Workspace &ws, const QUuid &id, const QString &by) {
        return review::reopen(ws, id, by, *note);
    });
}

bool ReviewController::publish()
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    // The secrecy preflight first: what it finds may not be published unless the approver says why.
    review::PublishOptions options;
    options.checks.publicContacts = AppSettings::instance().value(AppSettings::PublicContacts).toStringList();
    const QList<check::Finding> blockers = review::secrecyBlockers(s->report(), options.checks);
    if (!blockers.isEmpty()) {
        QStringList lines;
        for (const check::Finding &f : blockers.mid(0, 20)) {
            const auto rule = check::ruleInfo(f.rule);
            lines.append(tr("%1: “%2” — %3").arg(rule ? rule->title : f.rule, f.quote, f.message));
        }
        if (blockers.size() > 20)
            lines.append(tr("… and %n more.", nullptr, int(blockers.size() - 20)));
        ReviewInput::TextQuestion q;
        q.objectName = QStringLiteral("secrecyOverrideDialog");
        q.title = tr("Secrecy Check");
        q.context = lines.join(QLatin1Char('\n'));
        q.label = tr("The secrecy check found %n error(s) that must not be published. Remove them from the report, "
                     "or, as the approver, state why the report may be published as it is (kept in the review record):",
                     nullptr, int(blockers.size()));
        q.acceptText = tr("Publish Anyway");
        q.required = true;
        q.multiLine = true;
        const auto reason = ReviewInput::askText(m_window, q);
        if (!reason)
            return false;
        options.secrecyOverride = *reason;
    }
    const auto answer = ReviewInput::askPublication(m_window, QDate::currentDate(), s->report().details.publicationUrl);
    if (!answer)
        return false;
    return runStep(tr("Cannot Publish"), [&](Workspace &ws, const QUuid &id, const QString &by) {
        return review::publish(ws, id, answer->date, answer->url, by, options);
    });
}

bool ReviewController::addComment()
{
    ReportSession *s = m_window->session();
    if (!s || !m_window->workspace())
        return false;
    const CommentTarget::Target target = m_target->current();
    const Report &r = s->report();
    const auto info = findNode(r, target.node);
    if (!info)
        return false;
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("commentDialog");
    q.title = tr("Comment");
    const QString where = ReviewNames::location(r, target.node);
    if (target.start >= 0) {
        const QList<uint> cps = info->text.toUcs4();
        const QString quote = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + target.start,
                                                target.end - target.start);
        q.context = tr("%1, the words “%2”").arg(where, quote);
    } else {
        q.context = info->text.isEmpty() ? where : tr("%1: %2").arg(where, elideText(info->text, 160));
    }
    q.label = tr("Your comment:");
    q.acceptText = tr("Add Comment");
    const auto text = ReviewInput::askText(m_window, q);
    if (!text)
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    auto added = review::addComment(*m_window->workspace(), s->reportId(), target.node, *text, by, target.start,
                                    target.end);
    if (!added.ok()) {
        Prompts::warn(m_window, tr("Cannot Add the Comment"), added.error().message);
        return false;
    }
    m_reviewDock->show();
    m_reviewDock->raise();
    refresh();
    return true;
}

bool ReviewController::addSuggestion()
{
    ReportSession *s = m_window->session();
    if (!s || !m_window->workspace())
        return false;
    const CommentTarget::Target target = m_target->current();
    const Report &r = s->report();
    const auto info = findNode(r, target.node);
    if (!info || info->type == NodeType::Report || info->type == NodeType::Fact) {
        Prompts::inform(m_window, tr("Suggest a Change"),
                        tr("Select a heading, a lead sentence, a paragraph or a point to suggest a new wording."));
        return false;
    }
    // With words selected, the suggestion starts from them and replaces just them; the record keeps
    // the whole new text, as the drafter will accept it.
    const QList<uint> cps = info->text.toUcs4();
    const bool words = target.start >= 0 && target.end > target.start && target.end <= int(cps.size());
    auto slice = [&cps](int from, int to) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + from, to - from);
    };
    const QString selected = words ? slice(target.start, target.end) : QString();
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("suggestDialog");
    q.title = tr("Suggest a Change");
    if (words) {
        q.context = tr("%1, the words “%2” in: %3").arg(ReviewNames::location(r, target.node), selected, info->text);
        q.label = tr("The words you suggest instead of “%1” (the drafter accepts or rejects it):").arg(selected);
        q.initial = selected;
    } else {
        q.context = tr("%1, now: %2").arg(ReviewNames::location(r, target.node), info->text);
        q.label = tr("The wording you suggest (the drafter accepts or rejects it):");
        q.initial = info->text;
    }
    q.acceptText = tr("Suggest");
    q.required = false;
    const auto answer = ReviewInput::askText(m_window, q);
    if (!answer)
        return false;
    const auto text = words ? std::optional<QString>(slice(0, target.start) + *answer
                                                     + slice(target.end, int(cps.size())))
                            : answer;
    if (*text == info->text) {
        m_window->statusBar()->showMessage(tr("The suggested text is the same as the current text; nothing was added."),
                                           6000);
        return false;
    }
    const QString by = userName();
    if (by.isEmpty())
        return false;
    auto added = review::addSuggestion(*m_window->workspace(), s->reportId(), target.node, *text, by);
    if (!added.ok()) {
        Prompts::warn(m_window, tr("Cannot Add the Suggestion"), added.error().message);
        return false;
    }
    m_reviewDock->show();
    m_reviewDock->raise();
    refresh();
    return true;
}

bool ReviewController::reply(const QUuid &commentId)
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    QString about;
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.id == commentId)
            about = tr("%1: %2").arg(c.author, elideText(c.text, 160));
    }
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("replyDialog");
    q.title = tr("Reply");
    q.context = about;
    q.label = tr("Your reply:");
    q.acceptText = tr("Reply");
    const auto text = ReviewInput::askText(m_window, q);
    if (!text)
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    auto added = review::reply(*m_window->workspace(), s->reportId(), commentId, *text, by);
    if (!added.ok()) {
        Prompts::warn(m_window, tr("Cannot Reply"), added.error().message);
        return false;
    }
    refresh();
    return true;
}

bool ReviewController::resolve(const QUuid &commentId)
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    const Status status = review::resolve(*m_window->workspace(), s->reportId(), commentId, by);
    refresh();
    if (!status.ok()) {
        Prompts::warn(m_window, tr("Cannot Resolve"), status.error().message);
        return false;
    }
    return true;
}

bool ReviewController::acceptSuggestion(const QUuid &suggestionId)
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    if (!m_window->flush())
        return false;
    bool force = false;
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.id == suggestionId && review::isStale(s->report(), c)) {
            Prompts::Message m;
            m.icon = Prompts::Icon::Warning;
            m.title = tr("Accept the Suggestion");
            m.text = tr("The text of %1 has changed since this suggestion was made.")
                         .arg(ReviewNames::location(s->report(), c.nodeId));
            m.informative = tr("Accepting replaces the whole current text with the suggested text, and the changes "
                               "made since are lost. Accept it anyway?");
            const auto now = findNode(s->report(), c.nodeId);
            m.details = tr("Suggested:\n%1\n\nNow:\n%2").arg(c.text, now ? now->text : QString());
            m.buttons = {Prompts::Yes, Prompts::No};
            m.defaultButton = Prompts::No;
            m.escapeButton = Prompts::No;
            if (Prompts::ask(m_window, m) != Prompts::Yes)
                return false;
            force = true;
        }
    }
    const bool ok = runStep(tr("Cannot Accept the Suggestion"), [&](Workspace &ws, const QUuid &id, const QString &by) {
        return review::acceptSuggestion(ws, id, suggestionId, by, force);
    });
    if (ok)
        m_window->statusBar()->showMessage(tr("The suggestion was accepted and applied to the text."), 6000);
    return ok;
}

bool ReviewController::rejectSuggestion(const QUuid &suggestionId)
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    const QString by = userName();
    if (by.isEmpty())
        return false;
    const Status status = review::rejectSuggestion(*m_window->workspace(), s->reportId(), suggestionId, by);
    refresh();
    if (!status.ok()) {
        Prompts::warn(m_window, tr("Cannot Reject the Suggestion"), status.error().message);
        return false;
    }
    return true;
}

bool ReviewController::exportReviewCopy(const QString &path) { return m_copies->exportCopy(path); }
bool ReviewController::importReviewCopy(const QString &path) { return m_copies->importCopy(path); }

// ---------------------------------------------------------------------------------------------------
// History and comparison

HistoryDialog *ReviewController::showHistory()
{
    ReportSession *s = m_window->session();
    if (!s)
        return nullptr;
    if (!m_history) {
        m_history = new HistoryDialog(m_window);
        connect(m_history, &HistoryDialog::compareRequested, this, [this](int revision) { showDiff(revision - 1, revision); });
    }
    m_history->setReport(m_window->workspace(), s->reportId(), s->report().effectiveTitle());
    m_history->show();
    m_history->raise();
    return m_history;
}

DiffView *ReviewController::showDiff(int from, int to)
{
    ReportSession *s = m_window->session();
    if (!s)
        return nullptr;
    m_window->flush();
    if (!m_diff) {
        m_diff = new DiffView(m_window);
        connect(m_diff, &DiffView::nodeActivated, this, [this](const QUuid &id) { m_window->revealNode(id); });
    }
    m_diff->setReport(m_window->workspace(), s->reportId());
    // −1: the view's own choice (what it showed last, else the newest changes).
    if (from > 0)
        m_diff->compare(from, to);
    m_diff->show();
    m_diff->raise();
    return m_diff;
}

}  // namespace fazhi::ui
