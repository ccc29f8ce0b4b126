#pragma once
// Export in every registered format (export/Formats.h: Word, PDF, web page, text …) and printing from
// the window. Rendering runs in a worker thread on a copy of the report, with a progress dialog, so the
// window never freezes; the result is offered to open, and errors (a file open in Word, a full disk)
// come back as clear sentences.

#include "export/Exporter.h"
#include "common/Icons.h"
#include "common/WorkProgress.h"
#include "model/Report.h"

#include <QFutureWatcher>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QPrinter;
class QWidget;

namespace fazhi::ui {

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    // Asks where to save (through Prompts) and exports. False when cancelled or already busy.
    bool exportReport(const Report &report, ExportFormat format);
    // Exports to `path` without asking.
    bool exportTo(const Report &report, ExportFormat format, const QString &path);
    // An export or print runs, or its result has not been handled yet.
    bool isBusy() const;
    void waitForFinished();

    // Asks for the printer (QPrintDialog), then prints like an export: in a worker thread, with the
    // progress dialog, where the printer's engine allows it (Qt's PDF engine: printing to a file, and
    // CUPS); the Windows and macOS spoolers are painted to from the GUI thread.
    void print(const Report &report);
    // Prints on a printer already set up, without asking. False when already busy.
    bool printTo(std::shared_ptr<QPrinter> printer, const Report &report);
    void printPreview(const Report &report);

    static QString suggestedFileName(const Report &report, ExportFormat format);
    static QString fileFilter(ExportFormat format);
    static QString extension(ExportFormat format);

    // How the window offers one format: an "Export as …" action.
    struct ActionLook {
        ExportFormat format;
        QString objectName;  // actionExportWord; actionExport<Id> for a format without a look of its own
        QString text;        // translated: "Export as &Word…"
        QString iconText;
        QString statusTip;
        QKeySequence shortcut;
        IconKind icon;
    };
    // One for every registered format, in menu order: the formats the window has always offered, then
    // any other in the table's order.
    static QList<ActionLook> exportActions();

    // Where files open: a seam so tests never launch a viewer.
    static void setOpenUrlsEnabled(bool enabled);

signals:
    void exportStarted(const QString &path);
    void exportFinished(bool ok, const QString &path);

private:
    void onFinished();
    void offerToOpen(const QString &path, ExportFormat format);

    QPointer<QWidget> m_window;
    QFutureWatcher<Status> m_watcher;
    WorkProgress m_progress;
    std::shared_ptr<QPrinter> m_printer;  // while printing; null while exporting
    bool m_busy = false;
    Report m_report;
    ExportFormat m_format = ExportFormat::Docx;
    QString m_path;
};

}  // namespace fazhi::ui
