#pragma once
// The main window: the reports of the workspace, the open report's outline, a form for what is
// selected, and the live preview. Every edit goes through the open ReportSession, which saves as the
// user types; switching reports and quitting flush it, and never ask "save changes?".
//
// The window lays out the panes, owns the open session and composes the features, each a controller
// with its own actions: the workspace's lifecycle (WorkspaceController), the reports as wholes
// (ReportsController), editing nodes (EditorController), output (OutputController), saving
// (SaveStatus), review (ReviewController) and checks (ChecksController).

#include "edit/ReportSession.h"
#include "export/Exporter.h"
#include "shell/WorkspaceController.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace fazhi::ui {

class ChecksController;
class EditorController;
class ExportController;
class FirstPaint;
class FormStack;
class ImportController;
class ImportNotesDialog;
class OutlineModel;
class OutlineView;
class OutputController;
class PreviewPane;
class ReportListPanel;
class ReportsController;
class ReviewController;
class SaveStatus;
class WelcomePage;
class WindowLayout;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the workspace file and locks it against a second window, then the report
    // last worked on: at once, or (at start-up) right after the window's first paint, so the window
    // shows before the report is read and laid out. On failure the user is told what to do and may
    // choose another file; false when no workspace could be opened. The workspace's deep integrity
    // scan runs in the background; if it finds damage, the workspace is closed untouched and the user
    // is told, as if it had been refused at once.
    using LastReport = WorkspaceController::LastReport;
    bool openWorkspace(const QString &path, LastReport lastReport = LastReport::AtOnce)
    {
        return m_workspaces->open(path, lastReport);
    }
    using ReadAheadList = WorkspaceController::ReadAheadList;
    static ReadAheadList readReportListAhead(const QString &path)
    {
        return WorkspaceController::readReportListAhead(path);
    }
    void useReadAheadList(const ReadAheadList &list) { m_workspaces->useReadAheadList(list); }
    // Whether the report list was last filled from a list read ahead, not listed again.
    bool wasReportListReadAhead() const;
    static QString chooseWorkspacePath(const QString &commandLinePath)
    {
        return WorkspaceController::chooseWorkspacePath(commandLinePath);
    }

    Workspace *workspace() const { return m_workspaces->workspace(); }
    // The last report is still to be opened after the first paint.
    bool isOpeningReport() const { return !m_pendingReport.isNull(); }
    ReportSession *session() const { return m_session.get(); }

    // What the actions do, callable directly (tests, benchmarks).
    QUuid createReport(const QString &organization, int year);
    bool openReport(const QUuid &id);
    // Reads a .txt or .docx report in a worker thread, then stores and opens it (see ImportController).
    void importFile(const QString &path);
    QUuid openExampleReport();
    bool exportCurrent(ExportFormat format, const QString &path = QString());
    // Writes pending edits now; false (after telling the user) when that failed.
    bool flush();
    // Flushes, then opens the current report afresh from the workspace (after a review step changed it
    // there) and refreshes the report list; the selection stays where it was.
    bool reloadReport();
    // Closes the open report (its pending edits written first).
    void closeReport();
    bool restoreBackup(const QString &backupPath) { return m_workspaces->restoreBackup(backupPath); }
    QFuture<Result<std::optional<BackupInfo>>> dailyBackup() const { return m_workspaces->dailyBackup(); }
    // Asked before every export and print (see OutputController::setOutputGuard).
    void setOutputGuard(std::function<bool(const QString &question)> guard);
    void selectNode(const QUuid &id);
    // Selects the form that holds the node and puts the cursor in its editor.
    void revealNode(const QUuid &id, int cursor = -1);
    // Reads the workspace's reports into the list again.
    void refreshReportList();
    void showWelcome();
    void showEditor();

    OutlineView *outline() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_outlineModel; }
    FormStack *forms() const { return m_forms; }
    PreviewPane *preview() const { return m_preview; }
    ReportListPanel *reportList() const { return m_reportList; }
    WelcomePage *welcomePage();
    ExportController *exporter() const;
    ImportController *importer() const;
    ImportNotesDialog *importNotesDialog() const;
    QLabel *saveStatusLabel() const;
    WorkspaceController *workspaces() const { return m_workspaces; }
    ReviewController *review() const { return m_review; }
    ChecksController *checks() const { return m_checks; }
    bool isShowingWelcome() const;

    // The actions of the window and of its controllers, by object name: menus and toolbars are built
    // from them, tests find them so. makeAction makes one with the window as its parent.
    QAction *action(const char *name) const { return m_actions.value(QLatin1String(name)); }
    QAction *makeAction(const char *name, const QString &text);
    void addNamedAction(QAction *action);
    // Puts a panel's show/hide action in the View menu, after the preview's and the panels' before it.
    void addPanelToggle(QAction *toggle);

signals:
    // A session is about to be shown (its read-only flag may still be set), and one was shown (or none).
    void sessionOpening(fazhi::ReportSession *session);
    void sessionChanged(fazhi::ReportSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentral();
    void restoreWindowState();
    void saveWindowState();

    void onWorkspaceOpened(LastReport lastReport);
    void onWorkspaceClosing(bool write);
    void onWorkspaceClosed();
    void openPendingReport();
    // Replaces the open session; the old one is written first unless `writeOld` is false (its queued
    // edits are what a save conflict refused).
    void setSession(std::unique_ptr<ReportSession> session, bool writeOld = true);
    void reloadAfterConflict();
    void showSettings();
    void updateActions();
    void updateTitle();
    void onFieldChanged(const QUuid &id, const QString &field);

    std::unique_ptr<ReportSession> m_session;
    WorkspaceController *m_workspaces = nullptr;
    ReportsController *m_reports = nullptr;
    EditorController *m_editor = nullptr;
    OutputController *m_output = nullptr;
    SaveStatus *m_saveStatus = nullptr;
    ReviewController *m_review = nullptr;
    ChecksController *m_checks = nullptr;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    ReportListPanel *m_reportList = nullptr;
    OutlineView *m_outline = nullptr;
    OutlineModel *m_outlineModel = nullptr;
    FormStack *m_forms = nullptr;
    QWidget *m_previewPanel = nullptr;
    PreviewPane *m_preview = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_lastPanelToggle = nullptr;
    FirstPaint *m_firstPaint = nullptr;
    WindowLayout *m_layout = nullptr;
    QUuid m_pendingReport;  // opened after the first paint (see openWorkspace)
    QList<QPointer<QDockWidget>> m_docksHiddenForWelcome;
    QHash<QString, QAction *> m_actions;
};

}  // namespace fazhi::ui
