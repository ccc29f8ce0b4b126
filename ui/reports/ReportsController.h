#pragma once
// The reports of the workspace, as whole things: a new report from the template, importing .txt and
// .docx files (read in a worker by ImportController, then stored and opened here), the example report,
// deleting a report, and the notes on what an import changed. Adds its actions to the MainWindow
// (actionNew, actionImport, actionExample, actionDeleteReport, actionImportNotes).

#include "model/Report.h"
#include "storage/Workspace.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

class QAction;
class QDragEnterEvent;
class QDropEvent;

namespace fazhi::ui {

class ImportController;
class ImportNotesDialog;
class MainWindow;

// The report list's row for a report as it is now.
ReportSummary summaryOf(const Report &report);
// Whether a file (by its suffix) is a report import reads: .txt or .docx.
bool isImportable(const QString &path);

class ReportsController : public QObject {
    Q_OBJECT
public:
    explicit ReportsController(MainWindow *window);

    // What the actions do, callable directly (tests, benchmarks).
    QUuid createReport(const QString &organization, int year);
    // Reads a .txt or .docx report in a worker thread, then stores and opens it.
    void importFile(const QString &path);
    QUuid openExampleReport();
    void newReport();
    void importReport();
    void deleteReport();
    void showImportNotes();
    // Splits a part heading that is a lead-in sentence (offered by its import note), one undo step.
    void splitHeading(const QUuid &partId);

    // Reads the workspace's reports into the list again (or takes the list read ahead at start-up).
    void refreshList();
    // Whether the list was last filled from a list read ahead, not listed again.
    bool wasListReadAhead() const { return m_listReadAhead; }

    ImportController *importer() const { return m_importer; }
    ImportNotesDialog *importNotesDialog() const { return m_importNotes; }
    void updateActions();
    // Files dropped onto the window: .txt and .docx files are imported, one after another.
    void dragEnter(QDragEnterEvent *event);
    void drop(QDropEvent *event);
    // The window closes: a file still being imported is not stored, the notes window closes.
    void closing();

private:
    void storeImportedReport(const QString &path, const Result<Report> &imported);
    ImportNotesDialog *notesDialog();

    MainWindow *m_window;
    ImportController *m_importer;
    ImportNotesDialog *m_importNotes = nullptr;
    QAction *m_new;
    QAction *m_import;
    QAction *m_example;
    QAction *m_delete;
    QAction *m_notes;
    bool m_listReadAhead = false;
};

}  // namespace fazhi::ui
