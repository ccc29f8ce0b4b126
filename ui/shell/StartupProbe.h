#pragma once
// Measures start-up for `fazhi-report --measure-startup` and the benchmarks: the milliseconds from
// `clock`'s start to the end of the window's first paint, i.e. to the first event handled after a
// paint of one of its widgets began (the paint of a window is one synchronous pass). Header-only and
// Widgets-only, so bench-gui's empty-window reference measures itself with exactly this code without
// linking the app.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <functional>

namespace fazhi::ui {

// Nanoseconds on the steady clock, which all processes on a machine share (CLOCK_MONOTONIC on Linux,
// QueryPerformanceCounter on Windows). A program prints it for the moment its main() began, so that a
// benchmark that launched it can count the loading of the program and its libraries before main() too.
inline qint64 steadyClockNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

class StartupProbe : public QObject {
public:
    // `firstPainted` receives the milliseconds (to the microsecond) once, when the first paint is over.
    StartupProbe(QWidget *window, const QElapsedTimer &clock, std::function<void(double)> firstPainted)
        : m_window(window), m_clock(clock), m_firstPainted(std::move(firstPainted))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_state == State::Waiting && event->type() == QEvent::Paint) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == m_window) {
                m_state = State::Painting;
                // In case nothing else happens after the paint.
                QTimer::singleShot(0, this, [this] { finish(); });
            }
        } else if (m_state == State::Painting && event->type() != QEvent::Paint) {
            finish();
        }
        return false;
    }

private:
    void finish()
    {
        if (m_state != State::Painting)
            return;
        m_state = State::Done;
        qApp->removeEventFilter(this);
        m_firstPainted(double(m_clock.nsecsElapsed()) / 1e6);
    }

    enum class State { Waiting, Painting, Done };
    QWidget *m_window;
    const QElapsedTimer &m_clock;
    std::function<void(double)> m_firstPainted;
    State m_state = State::Waiting;
};

}  // namespace fazhi::ui
