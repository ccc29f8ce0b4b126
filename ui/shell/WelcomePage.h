#pragma once
// What a user sees with an empty workspace: start a new report, import one, or open the example.

#include <QWidget>

class QLabel;

namespace fazhi::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setWorkspacePath(const QString &path);

signals:
    void newReportRequested();
    void importRequested();
    void exampleRequested();

private:
    QLabel *m_workspace;
};

}  // namespace fazhi::ui
