#pragma once
// How the main window's panes share the screen: the report list and outline, the form, the preview,
// and the tabbed side panels (审阅, 检查) on the right. The first start opens maximized with widths
// fitted to the screen (the form takes what the others do not need); after that the geometry, the
// docks and the splitters come back as the user left them. When a report opens, the side panel that
// has something to say is the one in front: 审阅 only when it holds open comments (or for the
// reviewer), else 检查.

#include <QList>
#include <QObject>

class QDockWidget;
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToWidth();

    MainWindow *m_window;
    QSplitter *m_main;
    QSplitter *m_side;
    QDockWidget *m_review;
    QDockWidget *m_checks;
    // Until the user moves a splitter (or a saved layout was restored), widths follow the window's.
    bool m_fitting = false;
};

}  // namespace fazhi::ui
