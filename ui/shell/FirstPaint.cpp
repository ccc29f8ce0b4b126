#include "shell/FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace fazhi::ui {

FirstPaint::FirstPaint(QWidget *window, std::function<void()> then)
    : QObject(window), m_window(window), m_then(std::move(then))
{
}

void FirstPaint::windowShown()
{
    QWindow *handle = m_window->windowHandle();
    if (m_done || m_waiting || !handle)
        return;
    m_waiting = true;
    handle->installEventFilter(this);
    QTimer::singleShot(1000, this, &FirstPaint::run);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // The first expose paints the window synchronously; the queued call runs after that paint.
    QWindow *handle = m_window->windowHandle();
    if (event->type() == QEvent::Expose && watched == handle && handle->isExposed()) {
        handle->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstPaint::run);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaint::run()
{
    if (m_done)
        return;
    m_done = true;
    if (QWindow *handle = m_window->windowHandle())
        handle->removeEventFilter(this);
    m_then();
}

}  // namespace fazhi::ui
