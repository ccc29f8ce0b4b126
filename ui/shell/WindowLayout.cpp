#include "shell/WindowLayout.h"

#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "review/ReviewController.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QResizeEvent>
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
    m_main->installEventFilter(this);

    for (QDockWidget *dock : {m_review, m_checks}) {
        QAction *toggle = dock->toggleViewAction();
        // The View menu (or its shortcut): the user's choice, kept for the session.
        connect(toggle, &QAction::triggered, this, [this, dock](bool shown) {
            m_collapsed.remove(dock);
            if (shown)
                m_openedByHand.insert(dock);
            else
                m_openedByHand.remove(dock);
        });
        connect(toggle, &QAction::toggled, this, [this, dock](bool shown) { onToggled(dock, shown); });
    }
    // Queued: a new session reaches both panels before they are asked whether they have anything to say.
    connect(m_window->checks()->panel(), &ChecksPanel::countsChanged, this, &WindowLayout::followPanelsSoon);
    connect(m_window->review()->reviewPanel(), &ReviewPanel::contentChanged, this, &WindowLayout::followPanelsSoon);
    connect(m_window->review(), &ReviewController::roleChanged, this, &WindowLayout::followPanelsSoon);
}

void WindowLayout::followPanelsSoon()
{
    if (m_followQueued)
        return;
    m_followQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_followQueued = false;
        followPanels();
    }, Qt::QueuedConnection);
}

void WindowLayout::onToggled(QDockWidget *dock, bool shown)
{
    // Not the window's own showing or closing (its children follow it), nor this class's changes.
    if (m_changing || shown == dock->isHidden())
        return;
    // Shown by anything but this class (the status bar's checks button, a prompt): not hidden again.
    if (shown && m_collapsed.remove(dock))
        m_openedByHand.insert(dock);
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
    // Docks hidden for want of content are remembered as shown: the next report may have some.
    if (!m_collapsed.isEmpty()) {
        m_changing = true;
        for (QDockWidget *dock : std::as_const(m_collapsed))
            dock->show();
        m_changing = false;
        m_collapsed.clear();
    }
    AppSettings &s = AppSettings::instance();
    s.setValue(AppSettings::WindowGeometry, m_window->saveGeometry());
    s.setValue(AppSettings::WindowState, m_window->saveState());
    s.setValue(AppSettings::MainSplitterState, m_main->saveState());
    s.setValue(AppSettings::SideSplitterState, m_side->saveState());
}

void WindowLayout::fitToWidth(bool laidOut)
{
    const Widths w = startingWidths(m_window->width());
    if (laidOut && m_main->count() == 3) {
        // The splitter has its width: the form takes exactly what the list and the preview leave.
        const int form = m_main->width() - 2 * m_main->handleWidth() - w.side - (m_main->widget(2)->isHidden() ? 0 : w.preview);
        m_main->setSizes({w.side, qMax(w.form, form), w.preview});
        return;
    }
    // Side panels hidden for want of content leave their width to the form (not those the welcome
    // page hides: they come back with the editor).
    const bool collapsed = !m_collapsed.isEmpty() && !rightAreaShown();
    m_main->setSizes({w.side, w.form + (collapsed ? w.dock : 0), w.preview});
    m_window->resizeDocks({m_review, m_checks}, {w.dock, w.dock}, Qt::Horizontal);
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Maximizing arrives as resizes after the window is shown: the fitted widths follow them.
    if (watched == m_window && event->type() == QEvent::Resize && m_fitting)
        fitToWidth();
    if (watched == m_main && event->type() == QEvent::Resize)
        splitterResized(static_cast<QResizeEvent *>(event));
    return QObject::eventFilter(watched, event);
}

void WindowLayout::splitterResized(QResizeEvent *event)
{
    // The window's own resizes are the splitter's to share out (or fitToWidth's).
    if (m_window->width() != m_windowWidth) {
        m_windowWidth = m_window->width();
        m_absorbing = false;
        return;
    }
    const int delta = event->size().width() - event->oldSize().width();
    if (delta == 0 || event->oldSize().width() <= 0 || m_main->count() != 3)
        return;
    // A side panel shown, hidden or resized: the room it takes or leaves is the form's, the list and
    // the preview keep their widths. Set once the splitter has shared out the change its own way.
    if (!m_absorbing) {
        m_absorbing = true;
        m_absorbBefore = m_main->sizes();
        m_absorbDelta = 0;
        QMetaObject::invokeMethod(this, [this] {
            if (!m_absorbing)
                return;
            m_absorbing = false;
            if (m_fitting) {
                fitToWidth(true);
                return;
            }
            QList<int> sizes = m_absorbBefore;
            if (sizes.size() == m_main->count()) {
                sizes[1] = qMax(0, sizes[1] + m_absorbDelta);
                m_main->setSizes(sizes);
            }
        }, Qt::QueuedConnection);
    }
    m_absorbDelta += delta;
}

bool WindowLayout::reviewHasSomething() const
{
    ReviewController *review = m_window->review();
    return review->role() == ReviewRole::Reviewer || review->reviewPanel()->openCount() > 0;
}

bool WindowLayout::rightAreaShown() const
{
    for (QDockWidget *dock : {m_review, m_checks}) {
        if (!dock->isHidden() && !dock->isFloating() && m_window->dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            return true;
    }
    return false;
}

void WindowLayout::showTalkingPanel()
{
    (reviewHasSomething() ? m_review : m_checks)->raise();
    followPanelsSoon();
}

void WindowLayout::followPanels()
{
    if (!m_window->session() || m_window->isShowingWelcome())
        return;
    ChecksPanel *checks = m_window->checks()->panel();
    const bool review = reviewHasSomething();
    if (!review && checks->isPending())
        return;  // decided when the checks have run
    const bool checksSay = checks->hasFindings();
    if (review || checksSay) {
        if (m_collapsed.isEmpty())
            return;
        changeDocks([&] {
            for (QDockWidget *dock : std::as_const(m_collapsed))
                dock->show();
            m_collapsed.clear();
            QDockWidget *talking = review ? m_review : m_checks;
            if (!talking->isHidden()) {
                talking->raise();
                if (m_dockWidth > 0)
                    m_window->resizeDocks({talking}, {m_dockWidth}, Qt::Horizontal);
            }
        });
        return;
    }
    QList<QDockWidget *> hide;
    for (QDockWidget *dock : {m_review, m_checks}) {
        // A floating panel takes none of the form's room; one opened by hand stays.
        if (!dock->isHidden() && !dock->isFloating() && !m_openedByHand.contains(dock))
            hide << dock;
    }
    if (hide.isEmpty())
        return;
    changeDocks([&] {
        for (QDockWidget *dock : std::as_const(hide)) {
            if (dock->isVisible() && dock->width() > 0)
                m_dockWidth = dock->width();
            dock->hide();
            m_collapsed.insert(dock);
        }
    });
}

void WindowLayout::changeDocks(const std::function<void()> &change)
{
    m_changing = true;
    change();
    m_changing = false;
}

}  // namespace fazhi::ui
