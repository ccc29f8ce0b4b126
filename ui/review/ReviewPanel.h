#pragma once
// The review panel (审阅), beside the text: the leader's comments (批注) and suggested changes (修改
//建议) for the selected part, section or paragraph — or for the whole report — each with its author,
// time, state and replies, and a warning when the text a suggestion was made on has changed since.
// The panel only shows and asks: the buttons emit requests that the ReviewController carries out.

#include "review/ReviewNames.h"
#include "model/Report.h"
#include "review/Review.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace fazhi::ui {

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Selection, All };

    explicit ReviewPanel(QWidget *parent = nullptr);

    // The buttons above the list ("Comment…", "Suggest a Change…") follow these actions.
    void setActions(QAction *comment, QAction *suggest);
    // What to show. `report` must outlive the next call (the session's report).
    void setContent(const Report *report, const QList<Comment> &comments, ReviewRole role, bool textLocked);
    void clear();
    void setCurrentNode(const QUuid &id);
    void setScope(Scope scope);
    Scope scope() const;
    void setShowClosed(bool show);

    // The comments and suggestions shown as cards (not replies), in order.
    QList<QUuid> shownComments() const { return m_shown; }
    QFrame *card(const QUuid &commentId) const { return m_cards.value(commentId); }
    // Open comments and suggestions in the whole report.
    int openCount() const;

signals:
    // The report's comments or the role changed (setContent, clear).
    void contentChanged();
    void nodeActivated(const QUuid &nodeId);
    void replyRequested(const QUuid &commentId);
    void resolveRequested(const QUuid &commentId);
    void acceptRequested(const QUuid &commentId);
    void rejectRequested(const QUuid &commentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    bool inScope(const Comment &c) const;
    QFrame *makeCard(const Comment &c, const QList<Comment> &replies);

    const Report *m_report = nullptr;
    QList<Comment> m_comments;
    ReviewRole m_role = ReviewRole::Drafter;
    bool m_textLocked = false;
    QUuid m_current;
    QUuid m_highlighted;

    QLabel *m_heading;
    QComboBox *m_scope;
    QCheckBox *m_showClosed;
    QWidget *m_buttons;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_empty;
    QList<QUuid> m_shown;
    QHash<QUuid, QFrame *> m_cards;
};

}  // namespace fazhi::ui
