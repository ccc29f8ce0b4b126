#include "shell/WindowLayout.h"

#include "common/AppSettings.h"
#include "review/ReviewController.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"

#include <QDockWidget>
#include <QEvent>
#include <QScreen>
#include <QSplitter>

namespace fazhi::ui {

WindowLayout::Widths WindowLayout::startingWidths(int windowWidth)
{
    // A 1366-pixel laptop has no width to spare: the list and the panels take what they need to be
    // read, the preview a narrow column (it reflows), the form the rest. Wider screens give the
    // preview up to a page's comfortable width and the form the rest again.
    Widths w;
    w.dock = windowWidth < 1600 ? 270 : 340;
    w.side = qBound(200, windowWidth * 15 / 100, 300);
    const int rest = qMax(0, windowWidth - w.dock - w.side - 24);  // handles and separators
    w.preview = qBound(280, rest * 35 / 100, 640);
    w.form = qMax(340, rest - w.preview);
    return w;
}

WindowLayout::WindowLayout(MainWindow *window, QSplitter *main, QSplitter *side, QDockWidget *review,
                           QDockWidget *checks)
    : QObject(window), m_window(window), m_main(main), m_side(side), m_review(review), m_checks(checks)
{
    m_window->tabifyDockWidget(m_review, m_checks);
    m_main->setStretchFactor(0, 0);
    m_main->setStretchFactor(1, 3);
    m_main->setStretchFactor(2, 2);
    connect(m_main, &QSplitter::splitterMoved, this, [this] { m_fitting = false; });
    m_window->installEventFilter(this);
}

void WindowLayout::restore()
{
    AppSettings &s = AppSettings::instance();
    const QByteArray geometry = s.value(AppSettings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        // The first start: all of the screen, whatever its size; later starts keep what the user chose.
        if (QScreen *screen = m_window->screen())
            m_window->setGeometry(screen->availableGeometry());
        m_window->setWindowState(Qt::WindowMaximized);
    }
    const QByteArray state = s.value(AppSettings::WindowState).toByteArray();
    const QByteArray main = s.value(AppSettings::MainSplitterState).toByteArray();
    const bool restored = m_window->restoreState(state) && !main.isEmpty() && m_main->restoreState(main);
    const QByteArray side = s.value(AppSettings::SideSplitterState).toByteArray();
    if (!side.isEmpty())
        m_side->restoreState(side);
    m_fitting = !restored;
    if (m_fitting)
        fitToWidth();
    (m_window->review()->role() == ReviewRole::Reviewer ? m_review : m_checks)->raise();
}

void WindowLayout::save()
{
    AppSettings &s = AppSettings::instance();
    s.setValue(AppSettings::WindowGeometry, m_window->saveGeometry());
    s.setValue(AppSettings::WindowState, m_window->saveState());
    s.setValue(AppSettings::MainSplitterState, m_main->saveState());
    s.setValue(AppSettings::SideSplitterState, m_side->saveState());
}

void WindowLayout::fitToWidth()
{
    const Widths w = startingWidths(m_window->width());
    m_main->setSizes({w.side, w.form, w.preview});
    m_window->resizeDocks({m_review, m_checks}, {w.dock, w.dock}, Qt::Horizontal);
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Maximizing arrives as resizes after the window is shown: the fitted widths follow them.
    if (watched == m_window && event->type() == QEvent::Resize && m_fitting)
        fitToWidth();
    return QObject::eventFilter(watched, event);
}

void WindowLayout::showTalkingPanel()
{
    ReviewController *review = m_window->review();
    const bool reviewHasSomething = review->role() == ReviewRole::Reviewer || review->reviewPanel()->openCount() > 0;
    (reviewHasSomething ? m_review : m_checks)->raise();
}

}  // namespace fazhi::ui
