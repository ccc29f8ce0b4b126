#pragma once
// The progress shown while a worker thread exports, prints or imports: a window-modal dialog without
// steps or a cancel button, which appears only if the work takes longer than 400 ms.

#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace fazhi::ui {

class WorkProgress {
public:
    WorkProgress(QWidget *window, const QString &objectName);

    void start(const QString &title, const QString &label);
    void finish();

private:
    QPointer<QWidget> m_window;
    QString m_objectName;
    QProgressDialog *m_dialog = nullptr;  // made on first use, owned by the window
};

}  // namespace fazhi::ui
