#pragma once
// How the main window's panes share the screen: the report list and outline, the form, the preview,
// and the tabbed side panels (审阅, 检查) on the right. The first start opens maximized with widths
// fitted to the screen (the form takes what the others do not need); after that the geometry, the
// docks and the splitters come back as the user left them. When a report opens, the side panel that
// has something to say is the one in front: 审阅 only when it holds open comments (or for the
// reviewer), else 检查. When neither has anything to say (no findings, no open comments, the drafter's
// role), their docks are hidden and the form takes their width; each comes back by itself as soon as
// it has something to say. A panel the user opened from the View menu is never hidden this session.

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class QDockWidget;
class QResizeEvent;
class QSplitter;

namespace fazhi::ui {

class MainWindow;

class WindowLayout : public QObject {
public:
    // The starting widths of the main splitter's three panes and of the side panels' dock, for a
    // window `windowWidth` pixels wide: {list and outline, form, preview, dock}.
    struct Widths {
        int side = 0;
        int form = 0;
        int preview = 0;
        int dock = 0;
    };
    static Widths startingWidths(int windowWidth);

    WindowLayout(MainWindow *window, QSplitter *main, QSplitter *side, QDockWidget *review, QDockWidget *checks);

    // Geometry, docks and splitters as saved; on the first start, maximized and fitted.
    void restore();
    void save();
    // Puts in front the side panel that has something to say about the open report.
    void showTalkingPanel();
    // Hides the side panels when neither has anything to say, brings back those it hid when one has.
    void followPanels();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // `laidOut`: the splitter has its final width (not during the window's resize).
    void fitToWidth(bool laidOut = false);
    bool reviewHasSomething() const;
    bool rightAreaShown() const;
    // Runs a change of the docks' visibility (not taken for the user's).
    void changeDocks(const std::function<void()> &change);
    void splitterResized(QResizeEvent *event);
    void onToggled(QDockWidget *dock, bool shown);
    void followPanelsSoon();

    MainWindow *m_window;
    QSplitter *m_main;
    QSplitter *m_side;
    QDockWidget *m_review;
    QDockWidget *m_checks;
    // Until the user moves a splitter (or a saved layout was restored), widths follow the window's.
    bool m_fitting = false;
    QSet<QDockWidget *> m_collapsed;
    QSet<QDockWidget *> m_openedByHand;
    int m_dockWidth = 0;
    bool m_changing = false;
    bool m_followQueued = false;
    // A change of the right area's width waiting to be given to the form.
    int m_windowWidth = 0;
    bool m_absorbing = false;
    QList<int> m_absorbBefore;
    int m_absorbDelta = 0;
};

}  // namespace fazhi::ui
