#include "reports/ImportController.h"

#include "import/DocxImporter.h"
#include "import/TextImporter.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace fazhi::ui {

ImportController::ImportController(QWidget *window)
    : QObject(window), m_progress(window, QStringLiteral("importProgress"))
{
    connect(&m_watcher, &QFutureWatcher<Result<Report>>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    // The worker reads its own copy of the path only; wait so no thread outlives the window.
    m_watcher.waitForFinished();
}

void ImportController::read(const QString &path)
{
    m_queue.append(path);
    if (m_path.isEmpty())
        startNext();
}

void ImportController::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_path = m_queue.takeFirst();
    m_progress.start(tr("Importing"), tr("Reading %1…").arg(QFileInfo(m_path).fileName()));

    const QString path = m_path;
    const bool docx = QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
    m_watcher.setFuture(QtConcurrent::run([path, docx] { return docx ? importDocxFile(path) : importTextFile(path); }));
}

void ImportController::abandon()
{
    m_queue.clear();
    m_watcher.waitForFinished();
    m_path.clear();
}

void ImportController::onFinished()
{
    if (m_path.isEmpty())
        return;  // abandoned
    m_progress.finish();
    // Not under a dialog the user is in (a print dialog, the settings): the report it is about would
    // change beneath it. The file is stored once the dialog is closed.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, this, &ImportController::onFinished);
        return;
    }
    const QString path = m_path;
    const Result<Report> report = m_watcher.result();
    emit fileRead(path, report);
    m_path.clear();
    startNext();
}

}  // namespace fazhi::ui
