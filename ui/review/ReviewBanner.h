#pragma once
// The review bar: a line across the window under the toolbars with the report's state (草稿,
// 已提交审核 · 第 2 版), what it means for the one working (why the text cannot be changed, the
// reviewer's opinion when returned), and buttons for the review steps that can be taken now, in the
// colours of the state.

#include "model/Report.h"
#include "review/ReviewNames.h"

#include <QToolBar>
#include <tuple>

class QLabel;
class QToolButton;

namespace fazhi::ui {

class ReviewBanner : public QToolBar {
    Q_OBJECT
public:
    // `steps` get a button each, shown while enabled; `always` get one shown whenever visible.
    ReviewBanner(const QList<QAction *> &steps, const QList<QAction *> &always, QWidget *parent);

    struct State {
        bool open = false;  // a report is open; without one the bar says nothing
        ReportStatus status = ReportStatus::Draft;
        ReviewRole role = ReviewRole::Drafter;
        int lastRevision = 0;
        QString returnedBy;  // for a returned report: who and when, and the opinion
        QString opinion;
    };
    // Shows the state of the open report.
    void showState(const State &state);

    QLabel *statusText() const { return m_statusText; }
    QLabel *text() const { return m_text; }
    QToolButton *reopenButton() const { return m_reopen; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // What the state means, and its background and text colours.
    static std::tuple<QString, QColor, QColor> describe(const State &state);
    void setColors(const QColor &background, const QColor &text);

    QLabel *m_statusText;
    QLabel *m_text;
    QToolButton *m_reopen = nullptr;
    QList<QAction *> m_always;
    QColor m_background = QColor(0xf3, 0xf4, 0xf6);
};

}  // namespace fazhi::ui
