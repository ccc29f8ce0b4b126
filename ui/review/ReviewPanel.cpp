#include "review/ReviewPanel.h"
#include "common/Theme.h"

#include "model/ReportJson.h"
#include "workflow/ReviewWorkflow.h"
#include "review/TextDiff.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {

const char *kCommentIdProperty = "commentId";
const char *kNodeIdProperty = "nodeId";

QLabel *wrappedLabel(const QString &text, QWidget *parent, const char *name, Qt::TextFormat format = Qt::PlainText)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextFormat(format);
    l->setText(text);
    l->setWordWrap(true);
    // No text interaction: a click anywhere on a card goes to the card (it shows the text commented on).
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    return l;
}

// The suggested change as a character diff of the text it was made on: what goes red, what comes green.
QString suggestionHtml(const QString &base, const QString &suggested)
{
    QString html;
    for (const DiffSegment &s : diffText(base, suggested)) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.op) {
        case DiffSegment::Equal: html += text; break;
        case DiffSegment::Delete:
            html += QStringLiteral("<span style=\"color:#b0352b; background-color:#fde7e4; "
                                   "text-decoration:line-through;\">%1</span>").arg(text);
            break;
        case DiffSegment::Insert:
            html += QStringLiteral("<span style=\"color:#17703a; background-color:#e3f4e8; "
                                   "text-decoration:underline;\">%1</span>").arg(text);
            break;
        }
    }
    return html;
}

// Whether `id` is `ancestor` or lies inside it.
bool isWithin(const Report &report, QUuid id, const QUuid &ancestor)
{
    if (ancestor == report.id)
        return true;
    for (int guard = 0; guard < 8 && !id.isNull(); ++guard) {
        if (id == ancestor)
            return true;
        const auto info = findNode(report, id);
        if (!info)
            return false;
        id = info->parentId;
    }
    return false;
}

}  // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::PanelMargins);
    layout->setSpacing(metrics::PanelSpacing);

    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttons);

    auto *filters = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_scope->addItem(tr("Selected item"), int(Scope::Selection));
    m_scope->addItem(tr("Whole report"), int(Scope::All));
    m_showClosed = new QCheckBox(tr("Show closed"), this);
    m_showClosed->setObjectName(QStringLiteral("reviewShowClosed"));
    m_showClosed->setChecked(true);
    filters->addWidget(m_scope, 1);
    filters->addWidget(m_showClosed);
    layout->addLayout(filters);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reviewSummary"));
    setLook(m_heading, Look::Summary);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reviewCards"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardsHost = new QWidget(m_scroll);
    m_cardsHost->setObjectName(QStringLiteral("reviewCardsHost"));
    m_cardsLayout = new QVBoxLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(metrics::CardListMargins);
    m_cardsLayout->setSpacing(metrics::GroupSpacing);
    m_empty = new QLabel(m_cardsHost);
    setLook(m_empty, Look::Hint);
    m_empty->setWordWrap(true);
    m_cardsLayout->addWidget(m_empty);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cardsHost);
    m_cardsHost->setAutoFillBackground(false);  // the panel's background shows between the cards
    layout->addWidget(m_scroll, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReviewPanel::rebuild);
    connect(m_showClosed, &QCheckBox::toggled, this, &ReviewPanel::rebuild);
    rebuild();
}

void ReviewPanel::setActions(QAction *comment, QAction *suggest)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *a : {comment, suggest}) {
        if (!a)
            continue;
        auto *b = new QToolButton(m_buttons);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(b);
    }
}

void ReviewPanel::setContent(const Report *report, const QList<Comment> &comments, ReviewRole role, bool textLocked)
{
    m_report = report;
    m_comments = comments;
    m_role = role;
    m_textLocked = textLocked;
    rebuild();
    emit contentChanged();
}

void ReviewPanel::clear()
{
    m_report = nullptr;
    m_comments.clear();
    m_current = QUuid();
    rebuild();
    emit contentChanged();
}

void ReviewPanel::setCurrentNode(const QUuid &id)
{
    if (m_current == id)
        return;
    m_current = id;
    if (scope() == Scope::Selection)
        rebuild();
}

void ReviewPanel::setScope(Scope scope) { m_scope->setCurrentIndex(m_scope->findData(int(scope))); }
ReviewPanel::Scope ReviewPanel::scope() const { return Scope(m_scope->currentData().toInt()); }
void ReviewPanel::setShowClosed(bool show) { m_showClosed->setChecked(show); }

int ReviewPanel::openCount() const
{
    int n = 0;
    for (const Comment &c : m_comments)
        n += c.kind != CommentKind::Reply && c.state == CommentState::Open;
    return n;
}

bool ReviewPanel::inScope(const Comment &c) const
{
    if (c.kind == CommentKind::Reply)
        return false;
    if (!m_showClosed->isChecked() && c.state != CommentState::Open)
        return false;
    if (scope() == Scope::All || !m_report)
        return true;
    if (m_current.isNull())
        return true;
    return isWithin(*m_report, c.nodeId, m_current);
}

void ReviewPanel::rebuild()
{
    for (QFrame *card : std::as_const(m_cards))
        card->deleteLater();
    m_cards.clear();
    m_shown.clear();
    if (!m_report) {
        m_heading->clear();
        m_empty->setText(tr("Open a report to see its review."));
        m_empty->show();
        return;
    }
    QHash<QUuid, QList<Comment>> replies;
    for (const Comment &c : m_comments) {
        if (c.kind == CommentKind::Reply)
            replies[c.parentId] << c;
    }
    int index = 0;
    for (const Comment &c : m_comments) {
        if (!inScope(c))
            continue;
        QFrame *card = makeCard(c, replies.value(c.id));
        m_cardsLayout->insertWidget(index++, card);
        m_cards.insert(c.id, card);
        m_shown << c.id;
    }
    int total = 0;
    for (const Comment &c : m_comments)
        total += c.kind != CommentKind::Reply;
    m_heading->setText(total == 0 ? QString() : tr("%n comment(s) and suggestion(s), %1 open", nullptr, total).arg(openCount()));
    if (m_shown.isEmpty()) {
        m_empty->setText(total == 0 ? tr("No comments yet.")
                                    : tr("Nothing here for the selected item. Choose “Whole report” to see all."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

QFrame *ReviewPanel::makeCard(const Comment &c, const QList<Comment> &replies)
{
    // The cards' style sheet is set with the first card, on the cards alone: set on the panel, it made
    // Qt restyle the panel's buttons, list and check box through style sheet rules at every start.
    if (m_cardsHost->styleSheet().isEmpty()) {
        m_cardsHost->setStyleSheet(QStringLiteral(
            "QFrame#commentCard { background: white; border: 1px solid #dde1e6; border-radius: 6px; }"
            "QFrame#commentCard[current=\"true\"] { border: 1px solid #b0352b; }"
            "QFrame#commentCard[closed=\"true\"] { background: #f7f8fa; }"
            "QLabel#cardKind { color: white; background: #4a6fa5; border-radius: 3px; padding: 1px 5px; font-size: 8.5pt; }"
            "QLabel#cardKind[suggestion=\"true\"] { background: #b0352b; }"
            "QLabel#cardMeta { color: #6b7686; font-size: 8.5pt; }"
            "QLabel#cardState { color: #6b7686; font-size: 8.5pt; }"
            "QLabel#cardState[open=\"true\"] { color: #b06a00; font-weight: 600; }"
            "QLabel#cardWhere { color: #4a5563; font-size: 9pt; }"
            "QLabel#cardStale { color: #8a4b00; background: #fff3d6; border-radius: 3px; padding: 2px 5px; font-size: 8.5pt; }"
            "QLabel#cardReply { color: #333b47; padding-left: 10px; border-left: 2px solid #dde1e6; }"
            "QWidget#reviewCardsHost { background: transparent; }"));
    }
    auto *card = new QFrame(m_cardsHost);
    card->setObjectName(QStringLiteral("commentCard"));
    card->setProperty(kCommentIdProperty, c.id);
    card->setProperty(kNodeIdProperty, c.nodeId);
    card->setProperty("current", c.id == m_highlighted);
    card->setProperty("closed", c.state != CommentState::Open);
    card->setCursor(Qt::PointingHandCursor);
    card->installEventFilter(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(metrics::CardMargins);
    layout->setSpacing(metrics::ItemSpacing);

    auto *top = new QHBoxLayout;
    top->setSpacing(metrics::PanelSpacing);
    auto *kind = new QLabel(ReviewNames::kind(c.kind), card);
    kind->setObjectName(QStringLiteral("cardKind"));
    kind->setProperty("suggestion", c.kind == CommentKind::Suggestion);
    top->addWidget(kind);
    auto *meta = new QLabel(QStringLiteral("%1 · %2").arg(c.author, ReviewNames::time(c.createdAt)), card);
    meta->setObjectName(QStringLiteral("cardMeta"));
    top->addWidget(meta, 1);
    auto *state = new QLabel(ReviewNames::state(c.kind, c.state), card);
    state->setObjectName(QStringLiteral("cardState"));
    state->setProperty("open", c.state == CommentState::Open);
    if (c.state != CommentState::Open && !c.closedBy.isEmpty())
        state->setToolTip(tr("%1, %2").arg(c.closedBy, ReviewNames::time(c.closedAt)));
    top->addWidget(state);
    layout->addLayout(top);

    QString where = ReviewNames::location(*m_report, c.nodeId);
    if (where.isEmpty())
        where = tr("(deleted text)");
    if (!c.quote.isEmpty())
        where += QStringLiteral("  “%1”").arg(c.quote);
    layout->addWidget(wrappedLabel(where, card, "cardWhere"));

    if (c.kind == CommentKind::Suggestion) {
        const bool stale = c.state == CommentState::Open && review::isStale(*m_report, c);
        if (stale) {
            auto *flag = new QLabel(tr("The text has changed since this suggestion was made."), card);
            flag->setObjectName(QStringLiteral("cardStale"));
            flag->setWordWrap(true);
            layout->addWidget(flag);
        }
        layout->addWidget(wrappedLabel(tr("Suggested text:"), card, "cardMeta"));
        layout->addWidget(wrappedLabel(suggestionHtml(c.baseText, c.text), card, "cardText", Qt::RichText));
    } else {
        layout->addWidget(wrappedLabel(c.text, card, "cardText"));
    }
    for (const Comment &r : replies) {
        layout->addWidget(wrappedLabel(tr("%1 (%2): %3").arg(r.author, ReviewNames::time(r.createdAt), r.text), card,
                                       "cardReply"));
    }

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(metrics::ItemSpacing);
    buttons->addStretch(1);
    auto button = [&](const QString &text, const char *name, void (ReviewPanel::*signal)(const QUuid &)) {
        auto *b = new QPushButton(text, card);
        b->setObjectName(QLatin1String(name));
        b->setProperty(kCommentIdProperty, c.id);
        b->setCursor(Qt::ArrowCursor);
        const QUuid id = c.id;
        connect(b, &QPushButton::clicked, this, [this, id, signal] { emit (this->*signal)(id); });
        buttons->addWidget(b);
        return b;
    };
    button(tr("Reply…"), "replyButton", &ReviewPanel::replyRequested);
    if (c.state == CommentState::Open) {
        if (c.kind == CommentKind::Suggestion) {
            if (m_role == ReviewRole::Drafter) {
                button(tr("Accept"), "acceptButton", &ReviewPanel::acceptRequested)->setEnabled(!m_textLocked);
                button(tr("Reject"), "rejectButton", &ReviewPanel::rejectRequested);
            } else {
                button(tr("Withdraw"), "resolveButton", &ReviewPanel::resolveRequested);
            }
        } else {
            button(tr("Resolve"), "resolveButton", &ReviewPanel::resolveRequested);
        }
    }
    layout->addLayout(buttons);
    return card;
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *card = qobject_cast<QFrame *>(watched);
        if (card && card->objectName() == QLatin1String("commentCard")) {
            const QUuid id = card->property(kCommentIdProperty).toUuid();
            m_highlighted = id;
            for (QFrame *f : std::as_const(m_cards)) {
                f->setProperty("current", f == card);
                f->style()->unpolish(f);
                f->style()->polish(f);
            }
            emit nodeActivated(card->property(kNodeIdProperty).toUuid());
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace fazhi::ui
