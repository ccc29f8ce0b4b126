#pragma once
// Runs a function once, right after a window's first paint: what the first frame does not show (the
// last report, the app icon) waits for it, so the window appears as soon as it can. Should the window
// never be exposed (started minimised), it runs a second after the window was shown all the same.

#include <QObject>
#include <functional>

class QWidget;

namespace fazhi::ui {

class FirstPaint : public QObject {
public:
    FirstPaint(QWidget *window, std::function<void()> then);

    // From the window's showEvent: starts watching for the first expose.
    void windowShown();
    bool isDone() const { return m_done; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget *m_window;
    std::function<void()> m_then;
    bool m_waiting = false;
    bool m_done = false;
};

}  // namespace fazhi::ui
