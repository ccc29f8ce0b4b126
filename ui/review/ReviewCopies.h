#pragma once
// Review copies (送审副本) for a reviewer on another PC: the open report with its review record saved
// as a workspace file of its own, and the copy that comes back merged into this workspace (its
// comments, suggestions and decisions; what was not taken is listed).

#include <QObject>

namespace fazhi::ui {

class MainWindow;
class ReviewController;

class ReviewCopies : public QObject {
    Q_OBJECT
public:
    ReviewCopies(MainWindow *window, ReviewController *review);

    // Each asks for the file when `path` is empty; false when cancelled or refused (after telling the
    // user why).
    bool exportCopy(const QString &path = QString());
    bool importCopy(const QString &path = QString());

private:
    MainWindow *m_window;
    ReviewController *m_review;
};

}  // namespace fazhi::ui
