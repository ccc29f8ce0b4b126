#include "shell/MainWindow.h"

#include "checks/ChecksController.h"
#include "common/AppSettings.h"
#include "common/Icons.h"
#include "common/Names.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "editor/EditorController.h"
#include "editor/Forms.h"
#include "editor/OutlineModel.h"
#include "editor/OutlineView.h"
#include "model/ReportLookup.h"
#include "output/ExportController.h"
#include "output/OutputController.h"
#include "output/PreviewPane.h"
#include "reports/ReportListPanel.h"
#include "reports/ReportsController.h"
#include "review/ReviewController.h"
#include "shell/Dialogs.h"
#include "shell/FirstPaint.h"
#include "shell/HelpWindow.h"
#include "shell/SaveStatus.h"
#include "shell/WelcomePage.h"
#include "shell/WindowLayout.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fazhi::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // Not part of the first frame: the last report, and the icon drawn at five sizes for the window system.
    m_firstPaint = new FirstPaint(this, [this] {
        useAppIcon();
        openPendingReport();
    });
    m_workspaces = new WorkspaceController(this);
    connect(m_workspaces, &WorkspaceController::aboutToClose, this, &MainWindow::onWorkspaceClosing);
    connect(m_workspaces, &WorkspaceController::closed, this, &MainWindow::onWorkspaceClosed);
    connect(m_workspaces, &WorkspaceController::opened, this, &MainWindow::onWorkspaceOpened);
    createCentral();
    m_reports = new ReportsController(this);
    m_output = new OutputController(this);
    m_editor = new EditorController(this);
    createActions();
    createMenus();
    createToolBar();
    m_saveStatus = new SaveStatus(this);
    connect(m_saveStatus, &SaveStatus::reloadRequested, this, &MainWindow::reloadAfterConflict);

    // The review and the checks add their menu, toolbar, docks and banner before the layout is restored.
    m_review = new ReviewController(this);
    m_checks = new ChecksController(this);
    m_checks->setFixesAllowed(m_review->role() == ReviewRole::Drafter);
    connect(m_review, &ReviewController::roleChanged, m_checks,
            [this](ReviewRole role) { m_checks->setFixesAllowed(role == ReviewRole::Drafter); });
    m_layout = new WindowLayout(this, m_mainSplitter, m_sideSplitter, m_review->reviewDock(), m_checks->dock());
    connect(this, &MainWindow::sessionChanged, m_layout, [this](ReportSession *s) {
        if (s)
            m_layout->showTalkingPanel();
    });
    restoreWindowState();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    exporter()->waitForFinished();
    // Destroying the session flushes what is queued; the workspace goes once nothing reads its file,
    // then its lock.
    setSession(nullptr);
    m_workspaces->close();
}

ExportController *MainWindow::exporter() const { return m_output->exporter(); }
ImportController *MainWindow::importer() const { return m_reports->importer(); }
ImportNotesDialog *MainWindow::importNotesDialog() const { return m_reports->importNotesDialog(); }
QLabel *MainWindow::saveStatusLabel() const { return m_saveStatus->label(); }
QUuid MainWindow::createReport(const QString &organization, int year) { return m_reports->createReport(organization, year); }
void MainWindow::importFile(const QString &path) { m_reports->importFile(path); }
QUuid MainWindow::openExampleReport() { return m_reports->openExampleReport(); }
bool MainWindow::exportCurrent(ExportFormat format, const QString &path) { return m_output->exportCurrent(format, path); }
void MainWindow::setOutputGuard(std::function<bool(const QString &)> guard) { m_output->setOutputGuard(std::move(guard)); }
void MainWindow::selectNode(const QUuid &id) { m_editor->selectNode(id); }
void MainWindow::revealNode(const QUuid &id, int cursor) { m_editor->revealNode(id, cursor); }

// ---------------------------------------------------------------------------------------------------
// Building the window

QAction *MainWindow::makeAction(const char *name, const QString &text)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    addNamedAction(a);
    return a;
}

void MainWindow::addNamedAction(QAction *a) { m_actions.insert(a->objectName(), a); }

void MainWindow::createActions()
{
    QAction *a = makeAction("actionRestoreBackup", tr("&Restore from Backup…"));
    a->setStatusTip(tr("Bring the whole workspace back to one of its backups"));
    connect(a, &QAction::triggered, m_workspaces, &WorkspaceController::showBackups);
    addNamedAction(m_workspaces->openAction());
    a = makeAction("actionQuit", tr("&Quit"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);
    a = makeAction("actionFind", tr("&Find Report"));
    a->setShortcut(QKeySequence::Find);
    a->setIcon(icon(IconKind::Search));
    connect(a, &QAction::triggered, this, [this] {
        showEditor();
        m_reportList->setVisible(true);
        action("actionShowReports")->setChecked(true);
        m_reportList->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_reportList->searchBox()->selectAll();
    });

    a = makeAction("actionShowReports", tr("&Report List"));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, this, [this](bool on) { m_reportList->setVisible(on); });
    a = makeAction("actionShowPreview", tr("&Preview"));
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::Key_F9));
    connect(a, &QAction::toggled, this, [this](bool on) { m_previewPanel->setVisible(on); });
    a = makeAction("actionZoomIn", tr("&Larger Preview"));
    a->setShortcuts(QKeySequence::ZoomIn);
    connect(a, &QAction::triggered, this, [this] { m_preview->setZoomSteps(m_preview->zoomSteps() + 1); });
    a = makeAction("actionZoomOut", tr("&Smaller Preview"));
    a->setShortcuts(QKeySequence::ZoomOut);
    connect(a, &QAction::triggered, this, [this] { m_preview->setZoomSteps(m_preview->zoomSteps() - 1); });

    a = makeAction("actionSettings", tr("&Settings…"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a->setIcon(icon(IconKind::Settings));
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::showSettings);
    a = makeAction("actionHelp", tr("&How to Use"));
    a->setShortcut(QKeySequence::HelpContents);
    a->setIcon(icon(IconKind::Help));
    connect(a, &QAction::triggered, this, [this] { HelpWindow::showFor(this); });
    a = makeAction("actionAbout", tr("&About Fazhi Report"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] { showAbout(this, workspace()); });
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (name)
                menu->addAction(action(name));
            else
                menu->addSeparator();
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, {"actionNew", "actionImport", "actionExample", "actionOpenWorkspace", nullptr});
    for (const QString &name : m_output->exportActionNames())
        file->addAction(action(name.toLatin1().constData()));
    add(file, {nullptr, "actionPrintPreview", "actionPrint", nullptr, "actionDeleteReport", "actionRestoreBackup",
               nullptr, "actionQuit"});
    add(menuBar()->addMenu(tr("&Edit")), {"actionUndo", "actionRedo", nullptr, "actionDuplicate", "actionDelete",
                                          nullptr, "actionMoveUp", "actionMoveDown", nullptr, "actionFind"});
    add(menuBar()->addMenu(tr("&Insert")),
        {"actionAddPart", "actionAddSection", "actionAddParagraph", "actionAddPoint", "actionAddFact"});
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    add(m_viewMenu, {"actionShowReports", "actionShowPreview", nullptr, "actionZoomIn", "actionZoomOut"});
    m_lastPanelToggle = action("actionShowPreview");
    add(menuBar()->addMenu(tr("&Tools")), {"actionImportNotes", nullptr, "actionSettings"});
    add(menuBar()->addMenu(tr("&Help")), {"actionHelp", nullptr, "actionAbout"});
}

void MainWindow::addPanelToggle(QAction *toggle)
{
    const QList<QAction *> list = m_viewMenu->actions();
    m_viewMenu->insertAction(list.value(list.indexOf(m_lastPanelToggle) + 1), toggle);
    m_lastPanelToggle = toggle;
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : std::initializer_list<const char *>{
             "actionNew", "actionImport", nullptr, "actionExportWord", "actionExportPdf", "actionPrint", nullptr,
             "actionUndo", "actionRedo", nullptr, "actionAddSection", "actionAddParagraph", "actionAddPoint", nullptr,
             "actionMoveUp", "actionMoveDown", "actionDelete"}) {
        if (name)
            bar->addAction(action(name));
        else
            bar->addSeparator();
    }
}

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);

    m_mainSplitter = new QSplitter(Qt::Horizontal, m_pages);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    m_sideSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->setChildrenCollapsible(false);
    m_reportList = new ReportListPanel(m_sideSplitter);
    m_reportList->setObjectName(QStringLiteral("reportListPanel"));
    auto *outlinePanel = new QWidget(m_sideSplitter);
    outlinePanel->setObjectName(QStringLiteral("outlinePanel"));
    auto *outlineLayout = new QVBoxLayout(outlinePanel);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->setSpacing(0);
    outlineLayout->addWidget(paneTitle(tr("Outline"), outlinePanel));
    m_outline = new OutlineView(outlinePanel);
    m_outlineModel = new OutlineModel(this);
    m_outline->setOutlineModel(m_outlineModel);
    m_outline->setFrameShape(QFrame::NoFrame);
    outlineLayout->addWidget(m_outline);
    m_sideSplitter->addWidget(m_reportList);
    m_sideSplitter->addWidget(outlinePanel);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 5);

    m_forms = new FormStack(m_mainSplitter);
    m_forms->setObjectName(QStringLiteral("forms"));
    m_forms->setMinimumWidth(340);

    m_previewPanel = new QWidget(m_mainSplitter);
    m_previewPanel->setObjectName(QStringLiteral("previewPanel"));
    auto *previewLayout = new QVBoxLayout(m_previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(0);
    previewLayout->addWidget(paneTitle(tr("Preview"), m_previewPanel));
    m_preview = new PreviewPane(m_previewPanel);
    m_preview->setProfile(AppSettings::instance().pageProfile());
    m_preview->setZoomSteps(AppSettings::instance().value(AppSettings::PreviewZoom).toInt());
    previewLayout->addWidget(m_preview);

    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_forms);
    m_mainSplitter->addWidget(m_previewPanel);  // widths: WindowLayout
    m_pages->addWidget(m_mainSplitter);
    setCentralWidget(m_pages);

    connect(m_reportList, &ReportListPanel::reportChosen, this, [this](const QUuid &id) {
        if (!m_session || m_session->reportId() != id)
            openReport(id);
    });
}

void MainWindow::restoreWindowState()
{
    AppSettings &s = AppSettings::instance();
    m_layout->restore();
    action("actionShowPreview")->setChecked(s.value(AppSettings::PreviewVisible).toBool());
    action("actionShowReports")->setChecked(s.value(AppSettings::ReportListVisible).toBool());
    m_previewPanel->setVisible(action("actionShowPreview")->isChecked());
    m_reportList->setVisible(action("actionShowReports")->isChecked());
}

void MainWindow::saveWindowState()
{
    // Docks hidden only for the welcome page are remembered as shown.
    for (QDockWidget *dock : std::as_const(m_docksHiddenForWelcome)) {
        if (dock)
            dock->show();
    }
    AppSettings &s = AppSettings::instance();
    m_layout->save();
    s.setValue(AppSettings::PreviewVisible, action("actionShowPreview")->isChecked());
    s.setValue(AppSettings::ReportListVisible, action("actionShowReports")->isChecked());
    s.setValue(AppSettings::PreviewZoom, m_preview->zoomSteps());
    if (m_session)
        s.setValue(AppSettings::LastReportId, m_session->reportId().toString(QUuid::WithoutBraces));
    s.sync();
}

// ---------------------------------------------------------------------------------------------------
// The workspace (WorkspaceController) as the window shows it

void MainWindow::onWorkspaceClosing(bool write)
{
    if (!write)
        m_saveStatus->setSession(nullptr);  // a damaged file takes no writes: the failures go unheard
    setSession(nullptr);
    m_pendingReport = QUuid();
}

void MainWindow::onWorkspaceClosed()
{
    m_reportList->model()->setReports({});
    showWelcome();
}

void MainWindow::onWorkspaceOpened(LastReport lastReport)
{
    refreshReportList();
    const QList<ReportSummary> &reports = m_reportList->model()->reports();
    if (reports.isEmpty()) {
        showWelcome();
    } else {
        const QUuid last = QUuid::fromString(AppSettings::instance().string(AppSettings::LastReportId));
        const QUuid id = m_reportList->model()->rowOf(last) >= 0 ? last : reports.first().id;
        if (lastReport == LastReport::AfterFirstPaint && !m_firstPaint->isDone()) {
            // The window shows with its report list first; the report is read and laid out right after.
            m_pendingReport = id;
            showEditor();
            m_reportList->selectReport(id);
        } else if (!openReport(id)) {
            showWelcome();
        }
    }
    updateActions();
}

void MainWindow::openPendingReport()
{
    const QUuid id = m_pendingReport;
    m_pendingReport = QUuid();
    if (!id.isNull() && workspace() && !m_session && !openReport(id))
        showWelcome();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_firstPaint->windowShown();
}

void MainWindow::refreshReportList() { m_reports->refreshList(); }
bool MainWindow::wasReportListReadAhead() const { return m_reports->wasListReadAhead(); }

bool MainWindow::isShowingWelcome() const { return m_welcome && m_pages->currentWidget() == m_welcome; }

WelcomePage *MainWindow::welcomePage()
{
    // Made when first shown: most starts open a report.
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::newReportRequested, m_reports, &ReportsController::newReport);
        connect(m_welcome, &WelcomePage::importRequested, m_reports, &ReportsController::importReport);
        connect(m_welcome, &WelcomePage::exampleRequested, m_reports, [this] { m_reports->openExampleReport(); });
    }
    if (workspace())
        m_welcome->setWorkspacePath(workspace()->path());
    return m_welcome;
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(welcomePage());
    // Side panels (review, checks) have nothing to show without a report: they wait for the editor.
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isVisible() || (!isVisible() && !dock->isHidden())) {
            m_docksHiddenForWelcome << dock;
            dock->hide();
        }
    }
    updateActions();
}

void MainWindow::showEditor()
{
    m_pages->setCurrentWidget(m_mainSplitter);
    for (QDockWidget *dock : std::as_const(m_docksHiddenForWelcome)) {
        if (dock)
            dock->show();
    }
    m_docksHiddenForWelcome.clear();
}

// ---------------------------------------------------------------------------------------------------
// The open report

void MainWindow::setSession(std::unique_ptr<ReportSession> session, bool writeOld)
{
    if (m_session) {
        if (writeOld)
            (void)m_session->flush();  // failures arrive through saveFailed
        m_editor->setSession(nullptr);
        disconnect(m_session.get(), nullptr, this, nullptr);
        if (writeOld)
            m_session.reset();
        else
            m_session.release()->deleteLater();
    }
    m_session = std::move(session);
    m_outline->resetExpansion();
    if (m_session)
        emit sessionOpening(m_session.get());
    m_saveStatus->setSession(m_session.get());
    if (ReportSession *s = m_session.get()) {
        m_editor->setSession(s);
        connect(s, &ReportSession::fieldChanged, this, &MainWindow::onFieldChanged);
        showEditor();
        m_editor->selectNode(s->reportId());
        if (review::isLocked(s->report().status))
            statusBar()->showMessage(tr("This report is %1 and can no longer be changed.").arg(Names::status(s->report().status)));
    }
    updateActions();
    updateTitle();
    emit sessionChanged(m_session.get());
}

void MainWindow::closeReport() { setSession(nullptr); }

void MainWindow::reloadAfterConflict()
{
    if (!m_session)
        return;
    auto loaded = workspace()->loadReport(m_session->reportId());
    if (loaded.ok())
        setSession(std::make_unique<ReportSession>(*workspace(), std::move(loaded).value()), false);
    else
        refreshReportList();
}

bool MainWindow::reloadReport()
{
    if (!m_session || !workspace())
        return false;
    if (!flush())
        return false;
    const QUuid id = m_session->reportId();
    const QUuid node = m_editor->currentNode();
    auto loaded = workspace()->loadReport(id);
    if (!loaded.ok()) {
        Prompts::warn(this, tr("Cannot Open the Report"), loaded.error().message);
        refreshReportList();
        return false;
    }
    setSession(std::make_unique<ReportSession>(*workspace(), std::move(loaded).value()));
    refreshReportList();
    if (!node.isNull() && findNode(m_session->report(), node))
        selectNode(node);
    return true;
}

bool MainWindow::openReport(const QUuid &id)
{
    if (!workspace())
        return false;
    if (m_session && m_session->reportId() == id)
        return true;
    if (m_session && !flush()) {
        m_reportList->selectReport(m_session->reportId());
        return false;
    }
    auto loaded = workspace()->loadReport(id);
    if (!loaded.ok()) {
        Prompts::warn(this, tr("Cannot Open the Report"), loaded.error().message);
        refreshReportList();
        return false;
    }
    setSession(std::make_unique<ReportSession>(*workspace(), std::move(loaded).value()));
    m_reportList->selectReport(id);
    AppSettings::instance().setValue(AppSettings::LastReportId, id.toString(QUuid::WithoutBraces));
    return true;
}

bool MainWindow::flush()
{
    if (!m_session || !m_session->hasPendingChanges())
        return true;
    const Status status = m_session->flush();
    return status.ok();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(workspace() ? workspace()->path() : Workspace::defaultPath(), this);
    if (Prompts::isAutomatic() || dialog.exec() != QDialog::Accepted)
        return;
    const bool restart = dialog.apply();
    m_preview->setProfile(AppSettings::instance().pageProfile());
    if (restart)
        Prompts::inform(this, tr("Settings"), tr("The new language or workspace takes effect when Fazhi Report starts "
                                                  "again."));
}

void MainWindow::onFieldChanged(const QUuid &id, const QString &field)
{
    if (id.isNull()) {
        if (field == QLatin1String("organization") || field == QLatin1String("year") || field == QLatin1String("title")) {
            m_reportList->model()->updateReport(summaryOf(m_session->report()));
            updateTitle();
        }
    }
}

void MainWindow::updateTitle()
{
    if (m_session)
        setWindowTitle(tr("%1 — Fazhi Report").arg(m_session->report().effectiveTitle()));
    else
        setWindowTitle(tr("Fazhi Report"));
}

void MainWindow::updateActions()
{
    action("actionRestoreBackup")->setEnabled(workspace() != nullptr);
    m_reports->updateActions();
    m_output->updateActions();
    m_editor->updateActions();
}

// ---------------------------------------------------------------------------------------------------
// Window events

void MainWindow::closeEvent(QCloseEvent *event)
{
    exporter()->waitForFinished();
    if (m_session && m_session->hasPendingChanges()) {
        const Status status = m_session->flush();
        if (!status.ok()) {
            Prompts::Message m;
            m.icon = Prompts::Icon::Critical;
            m.title = tr("Cannot Save");
            m.text = status.error().message;
            m.informative = tr("Your latest typing could not be saved. If you quit now it is lost.");
            m.buttons = {Prompts::Retry, Prompts::QuitAnyway, Prompts::Cancel};
            m.defaultButton = Prompts::Retry;
            m.escapeButton = Prompts::Cancel;
            const Prompts::Button answer = Prompts::ask(this, m);
            if (answer == Prompts::Retry) {
                event->ignore();
                QTimer::singleShot(0, this, &QWidget::close);
                return;
            }
            if (answer == Prompts::Cancel) {
                event->ignore();
                return;
            }
        }
    }
    // Closing for sure now: a file still being imported is not stored (it was never shown).
    m_reports->closing();
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) { m_reports->dragEnter(event); }
void MainWindow::dropEvent(QDropEvent *event) { m_reports->drop(event); }

}  // namespace fazhi::ui
