#include "review/ReviewBanner.h"

#include "common/Theme.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace fazhi::ui {

namespace {

// One line of text that shrinks with the window, ending in "…" when it does not fit (the whole text
// is in the tool tip). A word-wrapping label would make the toolbar it sits in grow in height.
class ElidingLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return QSize(40, QLabel::minimumSizeHint().height()); }
    QSize sizeHint() const override { return QSize(40, QLabel::sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        p.setPen(palette().color(foregroundRole()));
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, fontMetrics().elidedText(text(), Qt::ElideRight, r.width()));
    }
};

}  // namespace

ReviewBanner::ReviewBanner(const QList<QAction *> &steps, const QList<QAction *> &always, QWidget *parent)
    : QToolBar(tr("Review Bar"), parent), m_always(always)
{
    setObjectName(QStringLiteral("reviewBanner"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    auto *host = new QWidget(this);
    host->setObjectName(QStringLiteral("reviewBannerHost"));
    auto *layout = new QHBoxLayout(host);
    layout->setContentsMargins(metrics::BannerMargins);
    layout->setSpacing(metrics::PanelSpacing);
    m_statusText = new QLabel(host);
    m_statusText->setObjectName(QStringLiteral("reviewStatus"));
    QFont bold = m_statusText->font();
    bold.setWeight(QFont::Bold);
    m_statusText->setFont(bold);
    m_statusText->setContentsMargins(metrics::BannerStatusMargins);
    layout->addWidget(m_statusText);
    m_text = new ElidingLabel(host);
    m_text->setObjectName(QStringLiteral("reviewBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_text, 1);
    for (QAction *a : steps + always) {
        auto *b = new QToolButton(host);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        layout->addWidget(b);
        if (a->objectName() == QLatin1String("actionReopen"))
            m_reopen = b;
    }
    host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);  // one line high, never stretched
    addWidget(host);
}

// Painted here rather than through a style sheet, which Qt re-parsed and re-applied to every button on
// the bar at each change.
void ReviewBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
}

void ReviewBanner::setColors(const QColor &background, const QColor &text)
{
    m_background = background;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::ButtonText, text);
    setPalette(p);
    update();
}

void ReviewBanner::showState(const State &state)
{
    QString text;
    if (state.open) {
        const auto [message, background, foreground] = describe(state);
        text = message;
        setColors(background, foreground);
    }
    m_text->setText(text);
    m_text->setToolTip(text);
    // Only the steps that can be taken now, so the bar stays short; the others whenever visible.
    for (QToolButton *b : findChildren<QToolButton *>()) {
        QAction *a = b->defaultAction();
        if (!a)
            continue;
        b->setVisible(a->isVisible() && (m_always.contains(a) || a->isEnabled()));
    }
}

std::tuple<QString, QColor, QColor> ReviewBanner::describe(const State &state)
{
    if (review::isLocked(state.status)) {
        return {state.status == ReportStatus::Published
                    ? tr("This report has been published: its text is locked. To change it, reopen it first "
                         "(the review record keeps the step).")
                    : tr("This report has been approved: its text is locked. To change it, reopen it first (the "
                         "review record keeps the step)."),
                QColor(0xff, 0xf3, 0xd6), QColor(0x6b, 0x42, 0x00)};
    }
    if (state.role == ReviewRole::Reviewer) {
        QString text = tr("Reviewing: the text is read-only. Select text to comment on it or suggest a change, then "
                          "approve the report or return it with your opinion.");
        if (state.status != ReportStatus::Submitted)
            text += QLatin1Char(' ') + tr("It can be approved or returned once the drafter has submitted it.");
        return {text, QColor(0xe8, 0xf0, 0xfb), QColor(0x1d, 0x3b, 0x66)};
    }
    if (state.status == ReportStatus::Returned) {
        return {tr("Returned for changes (%1): %2").arg(state.returnedBy, state.opinion), QColor(0xfd, 0xec, 0xea),
                QColor(0x7a, 0x1f, 0x17)};
    }
    if (state.status == ReportStatus::Submitted) {
        return {tr("Submitted for review as revision %1. You can still change the text; the next submission "
                   "makes a new revision.")
                    .arg(state.lastRevision),
                QColor(0xee, 0xf6, 0xee), QColor(0x1e, 0x4d, 0x2b)};
    }
    return {tr("Draft: when it is ready, submit it for review."), QColor(0xf3, 0xf4, 0xf6), QColor(0x4a, 0x55, 0x63)};
}

}  // namespace fazhi::ui
