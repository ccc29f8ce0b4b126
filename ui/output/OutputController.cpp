#include "output/OutputController.h"

#include "common/Icons.h"
#include "edit/ReportSession.h"
#include "output/ExportController.h"
#include "output/FontNotice.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace fazhi::ui {

OutputController::OutputController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("outputController"));
    m_exporter = new ExportController(window);
    m_fontNotice = new FontNotice(window);
    connect(m_exporter, &ExportController::exportStarted, this, [window](const QString &path) {
        window->statusBar()->showMessage(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_exporter, &ExportController::exportFinished, this, [window](bool ok, const QString &path) {
        window->statusBar()->showMessage(ok ? tr("Exported %1").arg(QDir::toNativeSeparators(path)) : tr("Export failed"), 8000);
    });

    // One action for each registered export format (export/Formats.h).
    for (const ExportController::ActionLook &look : ExportController::exportActions()) {
        QAction *a = window->makeAction(look.objectName.toLatin1().constData(), look.text);
        a->setIcon(icon(look.icon));
        a->setShortcut(look.shortcut);
        if (!look.iconText.isEmpty())
            a->setIconText(look.iconText);
        if (!look.statusTip.isEmpty())
            a->setStatusTip(look.statusTip);
        a->setProperty("exportFormat", look.format.id());  // marks the export actions (ReviewController)
        connect(a, &QAction::triggered, this, [this, format = look.format] { exportCurrent(format); });
        m_exportActions << look.objectName;
    }

    QAction *a = window->makeAction("actionPrint", tr("&Print…"));
    a->setShortcut(QKeySequence::Print);
    a->setIcon(icon(IconKind::Print));
    a->setIconText(tr("Print"));
    connect(a, &QAction::triggered, this, &OutputController::print);
    a = window->makeAction("actionPrintPreview", tr("Print Pre&view…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    a->setIcon(icon(IconKind::PrintPreview));
    connect(a, &QAction::triggered, this, &OutputController::printPreview);
}

void OutputController::updateActions()
{
    const bool open = m_window->session() != nullptr;
    for (const QString &name : std::as_const(m_exportActions))
        m_window->action(name.toLatin1().constData())->setEnabled(open);
    for (const char *name : {"actionPrint", "actionPrintPreview"})
        m_window->action(name)->setEnabled(open);
}

bool OutputController::exportCurrent(ExportFormat format, const QString &path)
{
    ReportSession *s = m_window->session();
    if (!s)
        return false;
    m_window->flush();
    if (m_outputGuard && !m_outputGuard(tr("Export the %1 anyway?").arg(format.name())))
        return false;
    if (path.isEmpty())
        return m_exporter->exportReport(s->report(), format);
    return m_exporter->exportTo(s->report(), format, path);
}

void OutputController::print()
{
    ReportSession *s = m_window->session();
    if (s && m_window->flush() && (!m_outputGuard || m_outputGuard(tr("Print it anyway?"))))
        m_exporter->print(m_window->session()->report());
}

void OutputController::printPreview()
{
    if (m_window->session() && m_window->flush())
        m_exporter->printPreview(m_window->session()->report());
}

}  // namespace fazhi::ui
