#pragma once
// The review in the main window: who is working (拟稿人 drafter or 审核人 reviewer, remembered in the
// settings), the workflow steps (提交审核, 审定, 退回修改, 重新打开, 发布), comments and suggestions, the
// review record (审核记录), revision comparison (版本对比) and review copies for another PC (送审副本).
//
// It adds its own menu, toolbar, dock and banner to the MainWindow and talks to it through its public
// API. Every step that changes the report in the workspace (its status, an accepted suggestion) first
// flushes the open ReportSession and then reloads it, so the session never holds a stale copy. Each
// role has its name in the settings (the drafter's, the reviewer's): switching to 审核人 asks for the
// reviewer's, and every step, comment and suggestion is recorded under the name of the role taken.

#include "edit/ReportSession.h"
#include "review/ReviewNames.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;
class QToolButton;

namespace fazhi::ui {

class CommentTarget;
class DiffView;
class HistoryDialog;
class MainWindow;
class ReviewBanner;
class ReviewCopies;
class ReviewPanel;

class ReviewController : public QObject {
    Q_OBJECT
public:
    explicit ReviewController(MainWindow *window);

    ReviewRole role() const { return m_role; }
    void setRole(ReviewRole role);
    // The name of the role being worked in, from the settings; asks for it once when it is empty
    // (empty when cancelled).
    QString userName();

    // What the actions do, callable directly (tests). Each returns false when cancelled or refused
    // (after telling the user why).
    bool submit();
    bool approve();
    bool returnForChanges();
    bool reopen();
    bool publish();
    // A comment on the node being edited or selected; on the selected characters when there are some.
    bool addComment();
    bool addSuggestion();
    bool reply(const QUuid &commentId);
    bool resolve(const QUuid &commentId);
    bool acceptSuggestion(const QUuid &suggestionId);
    bool rejectSuggestion(const QUuid &suggestionId);
    bool exportReviewCopy(const QString &path = QString());
    bool importReviewCopy(const QString &path = QString());
    HistoryDialog *showHistory();
    // Compares revision `from` with `to` (0: the current draft); −1: what the view showed last, else the
    // last revision against the draft, or the last two revisions when the draft has not changed since.
    DiffView *showDiff(int from = -1, int to = 0);

    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    // The open report's comments and suggestions, as last read (refresh()).
    const QList<Comment> &comments() const { return m_comments; }
    QDockWidget *reviewDock() const { return m_reviewDock; }
    QToolBar *banner() const;
    QLabel *bannerText() const;
    QToolButton *bannerReopenButton() const;
    QLabel *statusText() const;
    HistoryDialog *historyDialog() const;
    DiffView *diffView() const;
    QAction *action(const char *name) const { return m_actions.value(QLatin1String(name)); }

    // Re-reads the review record of the open report and updates panels, actions and the banner.
    void refresh();

signals:
    void roleChanged(fazhi::ui::ReviewRole role);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createBanner();
    void onSessionOpening(ReportSession *session);
    void onSessionChanged(ReportSession *session);
    void onCurrentNodeChanged(const QUuid &id);
    void updateActions();
    void updateBanner();
    void editUserName();
    // Before 提交审核 (errors or open comments) and before a decision under the drafter's name: false
    // when the user goes back (ReviewPrompts).
    bool confirmSubmit();
    bool confirmDecisionName();

    // Runs a step that changes the report in the workspace: flush, step, reload, refresh.
    bool runStep(const QString &failTitle, const std::function<Status(Workspace &, const QUuid &, const QString &)> &step);
    QMenu *menuHolding(const char *actionName) const;

    MainWindow *m_window;
    ReviewRole m_role = ReviewRole::Drafter;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_roleGroup = nullptr;
    QToolBar *m_toolBar = nullptr;
    ReviewBanner *m_banner = nullptr;
    ReviewCopies *m_copies = nullptr;
    CommentTarget *m_target = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    QPointer<HistoryDialog> m_history;
    QPointer<DiffView> m_diff;

    QList<Comment> m_comments;
    int m_lastRevision = 0;
};

}  // namespace fazhi::ui
