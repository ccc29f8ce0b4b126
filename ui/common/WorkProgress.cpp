#include "common/WorkProgress.h"

#include <QProgressDialog>

namespace fazhi::ui {

WorkProgress::WorkProgress(QWidget *window, const QString &objectName) : m_window(window), m_objectName(objectName) {}

void WorkProgress::start(const QString &title, const QString &label)
{
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(m_objectName);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setCancelButton(nullptr);
        m_dialog->setMinimumDuration(400);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(label);
    m_dialog->reset();
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);  // starts the 400 ms countdown
}

void WorkProgress::finish()
{
    if (m_dialog) {
        m_dialog->reset();
        m_dialog->hide();
    }
}

}  // namespace fazhi::ui
