#include "shell/MainWindow.h"
#include "common/Theme.h"

#include "common/AppSettings.h"
#include "checks/ChecksController.h"
#include "shell/Dialogs.h"
#include "output/ExportController.h"
#include "reports/ImportController.h"
#include "editor/Forms.h"
#include "common/Icons.h"
#include "common/Names.h"
#include "editor/OutlineModel.h"
#include "editor/OutlineView.h"
#include "output/PreviewPane.h"
#include "common/Prompts.h"
#include "reports/ReportListPanel.h"
#include "model/ReportLookup.h"
#include "edit/Insertion.h"
#include "review/ReviewController.h"
#include "shell/WelcomePage.h"
#include "shell/WorkspaceController.h"
#include "model/ReportEdit.h"
#include "model/ReportJson.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWindow>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {

const QUuid kExampleReportId = QUuid::fromString(QStringLiteral("{5f1c2b8e-3d74-4a9b-9c61-2a7e0b4d8f35}"));

QWidget *paneHeader(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(title, parent);
    setLook(label, Look::PaneTitle);
    label->setContentsMargins(8, 6, 8, 4);
    return label;
}

bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("docx");
}

}  // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_workspaces = new WorkspaceController(this);
    connect(m_workspaces, &WorkspaceController::aboutToClose, this, &MainWindow::onWorkspaceClosing);
    connect(m_workspaces, &WorkspaceController::closed, this, &MainWindow::onWorkspaceClosed);
    connect(m_workspaces, &WorkspaceController::opened, this, &MainWindow::onWorkspaceOpened);
    m_undoGroup = new QUndoGroup(this);
    m_exporter = new ExportController(this);
    m_importer = new ImportController(this);
    connect(m_importer, &ImportController::fileRead, this, &MainWindow::storeImportedReport);
    createCentral();
    createActions();
    createMenus();
    createToolBar();

    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setContentsMargins(8, 0, 8, 0);
    m_charCount = new QLabel(this);
    m_charCount->setObjectName(QStringLiteral("charCountStatus"));
    m_charCount->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_charCount);
    statusBar()->addPermanentWidget(m_saveStatus);

    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_session && m_session->hasPendingChanges())
            (void)m_session->flush();  // failures arrive through saveFailed
        else
            m_retryTimer.stop();
    });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(500);
    connect(&m_countTimer, &QTimer::timeout, this, &MainWindow::updateCharacterCount);

    connect(m_exporter, &ExportController::exportStarted, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_exporter, &ExportController::exportFinished, this, [this](bool ok, const QString &path) {
        statusBar()->showMessage(ok ? tr("Exported %1").arg(QDir::toNativeSeparators(path)) : tr("Export failed"), 8000);
    });

    // The review and the checks add their menu, toolbar, docks and banner before the layout is restored.
    m_review = new ReviewController(this);
    m_checks = new ChecksController(this);
    m_checks->setFixesAllowed(m_review->role() == ReviewRole::Drafter);
    connect(m_review, &ReviewController::roleChanged, m_checks,
            [this](ReviewRole role) { m_checks->setFixesAllowed(role == ReviewRole::Drafter); });
    tabifyDockWidget(m_review->reviewDock(), m_checks->dock());
    resizeDocks({m_review->reviewDock()}, {320}, Qt::Horizontal);
    (m_review->role() == ReviewRole::Reviewer ? m_review->reviewDock() : m_checks->dock())->raise();
    restoreWindowState();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_exporter->waitForFinished();
    // Destroying the session flushes what is queued; the workspace goes once nothing reads its file,
    // then its lock.
    setSession(nullptr);
    m_workspaces->close();
}

// ---------------------------------------------------------------------------------------------------
// Building the window

QAction *MainWindow::makeAction(const char *name, const QString &text, void (MainWindow::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(QLatin1String(name), a);
    return a;
}

void MainWindow::createActions()
{
    QAction *a = makeAction("actionNew", tr("&New Report…"), &MainWindow::newReport);
    a->setShortcut(QKeySequence::New);
    a->setIcon(icon(IconKind::NewReport));
    a->setIconText(tr("New"));
    a->setStatusTip(tr("Create a report from the regulation's template"));
    a = makeAction("actionImport", tr("&Import…"), &MainWindow::importReport);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    a->setIcon(icon(IconKind::Import));
    a->setIconText(tr("Import"));
    a->setStatusTip(tr("Import a report from a .txt file or a Word document"));
    a = makeAction("actionExample", tr("Open &Example Report"), nullptr);
    a->setIcon(icon(IconKind::Example));
    connect(a, &QAction::triggered, this, [this] { openExampleReport(); });

    // One action for each registered export format (export/Formats.h).
    for (const ExportController::ActionLook &look : ExportController::exportActions()) {
        a = makeAction(look.objectName.toLatin1().constData(), look.text, nullptr);
        a->setIcon(icon(look.icon));
        a->setShortcut(look.shortcut);
        if (!look.iconText.isEmpty())
            a->setIconText(look.iconText);
        if (!look.statusTip.isEmpty())
            a->setStatusTip(look.statusTip);
        a->setProperty("exportFormat", look.format.id());  // marks the export actions (ReviewController)
        connect(a, &QAction::triggered, this, [this, format = look.format] { exportCurrent(format); });
    }

    a = makeAction("actionPrint", tr("&Print…"), nullptr);
    a->setShortcut(QKeySequence::Print);
    a->setIcon(icon(IconKind::Print));
    a->setIconText(tr("Print"));
    connect(a, &QAction::triggered, this, [this] {
        if (m_session && flush() && (!m_outputGuard || m_outputGuard(tr("Print it anyway?"))))
            m_exporter->print(m_session->report());
    });
    a = makeAction("actionPrintPreview", tr("Print Pre&view…"), nullptr);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    a->setIcon(icon(IconKind::PrintPreview));
    connect(a, &QAction::triggered, this, [this] {
        if (m_session && flush())
            m_exporter->printPreview(m_session->report());
    });
    a = makeAction("actionDeleteReport", tr("&Delete Report…"), &MainWindow::deleteReport);
    a = makeAction("actionRestoreBackup", tr("&Restore from Backup…"), nullptr);
    a->setStatusTip(tr("Bring the whole workspace back to one of its backups"));
    connect(a, &QAction::triggered, m_workspaces, &WorkspaceController::showBackups);
    m_actions.insert(m_workspaces->openAction()->objectName(), m_workspaces->openAction());
    a = makeAction("actionQuit", tr("&Quit"), nullptr);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(icon(IconKind::Undo));
    undo->setIconText(tr("Undo"));
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setIcon(icon(IconKind::Redo));
    redo->setIconText(tr("Redo"));
    m_actions.insert(redo->objectName(), redo);
    a = makeAction("actionDuplicate", tr("D&uplicate"), &MainWindow::duplicateNode);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a->setIcon(icon(IconKind::Duplicate));
    a->setStatusTip(tr("Insert a copy of the selected part, section, paragraph or point after it"));
    a = makeAction("actionDelete", tr("&Delete"), &MainWindow::deleteNode);
    a->setShortcut(QKeySequence::Delete);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // in text fields Delete deletes characters
    a->setIcon(icon(IconKind::Delete));
    a->setIconText(tr("Delete"));
    a->setStatusTip(tr("Delete the selected part, section, paragraph, point or figure (undo brings it back)"));
    m_outline->addAction(a);
    a = makeAction("actionMoveUp", tr("Move &Up"), nullptr);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    a->setIcon(icon(IconKind::MoveUp));
    a->setIconText(tr("Up"));
    connect(a, &QAction::triggered, this, [this] { moveNode(-1); });
    a = makeAction("actionMoveDown", tr("Move Dow&n"), nullptr);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    a->setIcon(icon(IconKind::MoveDown));
    a->setIconText(tr("Down"));
    connect(a, &QAction::triggered, this, [this] { moveNode(1); });
    a = makeAction("actionFind", tr("&Find Report"), nullptr);
    a->setShortcut(QKeySequence::Find);
    a->setIcon(icon(IconKind::Search));
    connect(a, &QAction::triggered, this, [this] {
        showEditor();
        m_reports->setVisible(true);
        action("actionShowReports")->setChecked(true);
        m_reports->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_reports->searchBox()->selectAll();
    });

    a = makeAction("actionAddPart", tr("&Part"), &MainWindow::addPart);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    a->setIcon(icon(IconKind::Part));
    a->setStatusTip(tr("Add a part (一、二、…) after the current one"));
    a = makeAction("actionAddSection", tr("&Section"), nullptr);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    a->setIcon(icon(IconKind::Section));
    a->setIconText(tr("Section"));
    a->setStatusTip(tr("Add a section (（一）（二）…: a work area or a plan) after the current one"));
    connect(a, &QAction::triggered, this, [this] { addSection(); });
    a = makeAction("actionAddParagraph", tr("P&aragraph"), &MainWindow::addParagraph);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    a->setIcon(icon(IconKind::Paragraph));
    a->setIconText(tr("Paragraph"));
    a = makeAction("actionAddPoint", tr("P&oint (一是…)"), &MainWindow::addPoint);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4));
    a->setIcon(icon(IconKind::Point));
    a->setIconText(tr("Point"));
    a = makeAction("actionAddFact", tr("&Figure"), &MainWindow::addFact);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_5));
    a->setIcon(icon(IconKind::Fact));

    a = makeAction("actionShowReports", tr("&Report List"), nullptr);
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, this, [this](bool on) { m_reports->setVisible(on); });
    a = makeAction("actionShowPreview", tr("&Preview"), nullptr);
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::Key_F9));
    connect(a, &QAction::toggled, this, [this](bool on) { m_previewPanel->setVisible(on); });
    a = makeAction("actionZoomIn", tr("&Larger Preview"), nullptr);
    a->setShortcuts(QKeySequence::ZoomIn);
    connect(a, &QAction::triggered, this, [this] { m_preview->setZoomSteps(m_preview->zoomSteps() + 1); });
    a = makeAction("actionZoomOut", tr("&Smaller Preview"), nullptr);
    a->setShortcuts(QKeySequence::ZoomOut);
    connect(a, &QAction::triggered, this, [this] { m_preview->setZoomSteps(m_preview->zoomSteps() - 1); });

    a = makeAction("actionImportNotes", tr("What &Import Changed…"), &MainWindow::showImportNotes);
    a->setIcon(icon(IconKind::Notes));
    a = makeAction("actionSettings", tr("&Settings…"), &MainWindow::showSettings);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a->setIcon(icon(IconKind::Settings));
    a->setMenuRole(QAction::PreferencesRole);
    a = makeAction("actionHelp", tr("&How to Use"), nullptr);
    a->setShortcut(QKeySequence::HelpContents);
    a->setIcon(icon(IconKind::Help));
    connect(a, &QAction::triggered, this, [this] { showHelp(this); });
    a = makeAction("actionAbout", tr("&About Fazhi Report"), nullptr);
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] { showAbout(this); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("actionNew"));
    file->addAction(action("actionImport"));
    file->addAction(action("actionExample"));
    file->addAction(action("actionOpenWorkspace"));
    file->addSeparator();
    for (const ExportController::ActionLook &look : ExportController::exportActions())
        file->addAction(action(look.objectName.toLatin1().constData()));
    file->addSeparator();
    file->addAction(action("actionPrintPreview"));
    file->addAction(action("actionPrint"));
    file->addSeparator();
    file->addAction(action("actionDeleteReport"));
    file->addAction(action("actionRestoreBackup"));
    file->addSeparator();
    file->addAction(action("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action("actionUndo"));
    edit->addAction(action("actionRedo"));
    edit->addSeparator();
    edit->addAction(action("actionDuplicate"));
    edit->addAction(action("actionDelete"));
    edit->addSeparator();
    edit->addAction(action("actionMoveUp"));
    edit->addAction(action("actionMoveDown"));
    edit->addSeparator();
    edit->addAction(action("actionFind"));

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addAction(action("actionAddPart"));
    insert->addAction(action("actionAddSection"));
    insert->addAction(action("actionAddParagraph"));
    insert->addAction(action("actionAddPoint"));
    insert->addAction(action("actionAddFact"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action("actionShowReports"));
    view->addAction(action("actionShowPreview"));
    view->addSeparator();
    view->addAction(action("actionZoomIn"));
    view->addAction(action("actionZoomOut"));
    m_viewMenu = view;
    m_lastPanelToggle = action("actionShowPreview");

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(action("actionImportNotes"));
    tools->addSeparator();
    tools->addAction(action("actionSettings"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action("actionHelp"));
    help->addSeparator();
    help->addAction(action("actionAbout"));

    // The outline's context menu: what can be done to the selected node.
    m_outline->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *name : {"actionAddSection", "actionAddParagraph", "actionAddPoint"})
        m_outline->addAction(action(name));
    auto *sep = new QAction(this);
    sep->setSeparator(true);
    m_outline->addAction(sep);
    for (const char *name : {"actionMoveUp", "actionMoveDown", "actionDuplicate"})
        m_outline->addAction(action(name));
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
    for (const char *name : {"actionNew", "actionImport"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char *name : {"actionExportWord", "actionExportPdf", "actionPrint"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char *name : {"actionUndo", "actionRedo"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char *name : {"actionAddSection", "actionAddParagraph", "actionAddPoint"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char *name : {"actionMoveUp", "actionMoveDown", "actionDelete"})
        bar->addAction(action(name));
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
    m_reports = new ReportListPanel(m_sideSplitter);
    m_reports->setObjectName(QStringLiteral("reportListPanel"));
    auto *outlinePanel = new QWidget(m_sideSplitter);
    outlinePanel->setObjectName(QStringLiteral("outlinePanel"));
    auto *outlineLayout = new QVBoxLayout(outlinePanel);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->setSpacing(0);
    outlineLayout->addWidget(paneHeader(tr("Outline"), outlinePanel));
    m_outline = new OutlineView(outlinePanel);
    m_outlineModel = new OutlineModel(this);
    m_outline->setOutlineModel(m_outlineModel);
    m_outline->setFrameShape(QFrame::NoFrame);
    outlineLayout->addWidget(m_outline);
    m_sideSplitter->addWidget(m_reports);
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
    previewLayout->addWidget(paneHeader(tr("Preview"), m_previewPanel));
    m_preview = new PreviewPane(m_previewPanel);
    m_preview->setProfile(AppSettings::instance().pageProfile());
    m_preview->setZoomSteps(AppSettings::instance().value(AppSettings::PreviewZoom).toInt());
    previewLayout->addWidget(m_preview);

    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_forms);
    m_mainSplitter->addWidget(m_previewPanel);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({270, 480, 560});
    m_pages->addWidget(m_mainSplitter);
    setCentralWidget(m_pages);

    connect(m_reports, &ReportListPanel::reportChosen, this, [this](const QUuid &id) {
        if (!m_session || m_session->reportId() != id)
            openReport(id);
    });
    connect(m_outline, &OutlineView::currentNodeChanged, this, &MainWindow::onCurrentNodeChanged);
    connect(m_forms, &FormStack::nodeFocused, this, [this](const QUuid &id) { m_preview->setActiveNode(id); });
    connect(m_forms, &FormStack::continueAt, this, [this](const QUuid &id, int cursor) { revealNode(id, cursor); });
    connect(m_forms, &FormStack::addSectionRequested, this, [this](const QUuid &partId) { addSection(partId); });
    connect(m_preview, &PreviewPane::nodeClicked, this, [this](const QUuid &id) { revealNode(id); });
}

void MainWindow::restoreWindowState()
{
    AppSettings &s = AppSettings::instance();
    const QByteArray geometry = s.value(AppSettings::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        if (available.width() < 1600) {
            // A laptop screen: three panes need all of it.
            setGeometry(available);
            setWindowState(Qt::WindowMaximized);
        } else {
            const QSize size(qMin(1560, available.width() * 85 / 100), qMin(980, available.height() * 85 / 100));
            resize(size);
            move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    restoreState(s.value(AppSettings::WindowState).toByteArray());
    const QByteArray main = s.value(AppSettings::MainSplitterState).toByteArray();
    if (!main.isEmpty())
        m_mainSplitter->restoreState(main);
    const QByteArray side = s.value(AppSettings::SideSplitterState).toByteArray();
    if (!side.isEmpty())
        m_sideSplitter->restoreState(side);
    action("actionShowPreview")->setChecked(s.value(AppSettings::PreviewVisible).toBool());
    action("actionShowReports")->setChecked(s.value(AppSettings::ReportListVisible).toBool());
    m_previewPanel->setVisible(action("actionShowPreview")->isChecked());
    m_reports->setVisible(action("actionShowReports")->isChecked());
}

void MainWindow::saveWindowState()
{
    // Docks hidden only for the welcome page are remembered as shown.
    for (QDockWidget *dock : std::as_const(m_docksHiddenForWelcome)) {
        if (dock)
            dock->show();
    }
    AppSettings &s = AppSettings::instance();
    s.setValue(AppSettings::WindowGeometry, saveGeometry());
    s.setValue(AppSettings::WindowState, saveState());
    s.setValue(AppSettings::MainSplitterState, m_mainSplitter->saveState());
    s.setValue(AppSettings::SideSplitterState, m_sideSplitter->saveState());
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
    if (!write && m_session)
        disconnect(m_session.get(), nullptr, this, nullptr);  // a damaged file takes no writes: failures unheard
    setSession(nullptr);
    m_pendingReport = QUuid();
}

void MainWindow::onWorkspaceClosed()
{
    m_reports->model()->setReports({});
    showWelcome();
}

void MainWindow::onWorkspaceOpened(LastReport lastReport)
{
    refreshReportList();
    const QList<ReportSummary> &reports = m_reports->model()->reports();
    if (reports.isEmpty()) {
        showWelcome();
    } else {
        const QUuid last = QUuid::fromString(AppSettings::instance().string(AppSettings::LastReportId));
        const QUuid id = m_reports->model()->rowOf(last) >= 0 ? last : reports.first().id;
        if (lastReport == LastReport::AfterFirstPaint && !m_firstPaintDone) {
            // The window shows with its report list first; the report is read and laid out right after.
            m_pendingReport = id;
            showEditor();
            m_reports->selectReport(id);
        } else if (!openReport(id)) {
            showWelcome();
        }
    }
    updateActions();
}

void MainWindow::afterFirstPaint()
{
    if (m_firstPaintDone)
        return;
    m_firstPaintDone = true;
    if (windowHandle())
        windowHandle()->removeEventFilter(this);
    // Not part of the first frame: the icon is drawn at five sizes for the window system.
    useAppIcon();
    openPendingReport();
}

void MainWindow::openPendingReport()
{
    const QUuid id = m_pendingReport;
    m_pendingReport = QUuid();
    if (!id.isNull() && workspace() && !m_session && !openReport(id))
        showWelcome();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The first expose paints the window synchronously; the queued call runs after that paint.
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstPaintDone && !m_waitingForFirstPaint && windowHandle()) {
        m_waitingForFirstPaint = true;
        windowHandle()->installEventFilter(this);
        // Should the window not be exposed (e.g. started minimised), this runs all the same.
        QTimer::singleShot(1000, this, &MainWindow::afterFirstPaint);
    }
}

ReportSummary MainWindow::summaryOf(const Report &report) const
{
    ReportSummary s;
    s.id = report.id;
    s.year = report.details.year;
    s.organization = report.details.organization;
    s.status = report.status;
    s.title = report.effectiveTitle();
    s.updatedAt = QDateTime::currentDateTime();
    return s;
}

void MainWindow::refreshReportList()
{
    if (!workspace())
        return;
    // The list read ahead comes sorted for the list.
    std::optional<QList<ReportSummary>> readAhead = m_workspaces->takeReadAheadList();
    m_reportListReadAhead = readAhead.has_value();
    if (readAhead) {
        m_reports->model()->setReports(*readAhead, ReportListModel::Order::Listing);
    } else {
        auto list = workspace()->listReports();
        if (!list.ok()) {
            Prompts::warn(this, tr("Reports"), list.error().message);
            return;
        }
        m_reports->model()->setReports(list.value());
    }
    if (m_session)
        m_reports->selectReport(m_session->reportId());
}

bool MainWindow::isShowingWelcome() const { return m_welcome && m_pages->currentWidget() == m_welcome; }

WelcomePage *MainWindow::welcomePage()
{
    // Made when first shown: most starts open a report.
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::newReportRequested, this, &MainWindow::newReport);
        connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importReport);
        connect(m_welcome, &WelcomePage::exampleRequested, this, [this] { openExampleReport(); });
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

void MainWindow::setSession(std::unique_ptr<ReportSession> session)
{
    if (m_session) {
        (void)m_session->flush();  // failures arrive through saveFailed
        m_undoGroup->removeStack(m_session->undoStack());
        m_forms->setSession(nullptr);
        m_preview->setSession(nullptr);
        m_outlineModel->setSession(nullptr);
        disconnect(m_session.get(), nullptr, this, nullptr);
        m_session.reset();
    }
    m_retryTimer.stop();
    m_saveErrorShown = false;
    m_session = std::move(session);
    m_outline->resetExpansion();
    if (m_session)
        emit sessionOpening(m_session.get());
    if (m_session) {
        ReportSession *s = m_session.get();
        m_undoGroup->addStack(s->undoStack());
        m_undoGroup->setActiveStack(s->undoStack());
        m_outlineModel->setSession(s);
        m_forms->setSession(s);
        m_preview->setSession(s);
        connect(s, &ReportSession::saved, this, &MainWindow::onSaved);
        connect(s, &ReportSession::saveFailed, this, &MainWindow::onSaveFailed);
        connect(s, &ReportSession::fieldChanged, this, &MainWindow::onFieldChanged);
        connect(s, &ReportSession::structureChanged, this, &MainWindow::onStructureChanged);
        const QDateTime last = s->lastSaved();
        m_saveStatus->setText(last.isValid() ? tr("Saved %1").arg(QLocale().toString(last.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
                                             : QString());
        setLook(m_saveStatus, Look::Plain);
        showEditor();
        selectNode(s->reportId());
        if (review::isLocked(s->report().status))
            statusBar()->showMessage(tr("This report is %1 and can no longer be changed.").arg(Names::status(s->report().status)));
    } else {
        m_saveStatus->clear();
    }
    updateCharacterCount();
    updateActions();
    updateTitle();
    emit sessionChanged(m_session.get());
}

bool MainWindow::reloadReport()
{
    if (!m_session || !workspace())
        return false;
    if (!flush())
        return false;
    const QUuid id = m_session->reportId();
    const QUuid node = currentNode();
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
        m_reports->selectReport(m_session->reportId());
        return false;
    }
    auto loaded = workspace()->loadReport(id);
    if (!loaded.ok()) {
        Prompts::warn(this, tr("Cannot Open the Report"), loaded.error().message);
        refreshReportList();
        return false;
    }
    setSession(std::make_unique<ReportSession>(*workspace(), std::move(loaded).value()));
    m_reports->selectReport(id);
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

QUuid MainWindow::createReport(const QString &organization, int year)
{
    if (!workspace())
        return {};
    Report report = makeTemplateReport(organization, year);
    report.details.organization = organization;
    auto id = workspace()->insertReport(report);
    if (!id.ok()) {
        Prompts::warn(this, tr("Cannot Create the Report"), id.error().message);
        return {};
    }
    m_reports->model()->updateReport(summaryOf(report));
    if (!openReport(id.value()))
        return {};
    // Start where the writing starts: the first work area.
    if (!report.parts.isEmpty() && !report.parts.first().sections.isEmpty())
        revealNode(report.parts.first().sections.first().id);
    statusBar()->showMessage(tr("Created %1").arg(report.effectiveTitle()), 6000);
    return id.value();
}

void MainWindow::newReport()
{
    if (!workspace())
        return;
    AppSettings &s = AppSettings::instance();
    QString organization = s.string(AppSettings::DefaultOrganization);
    if (organization.isEmpty() && m_session)
        organization = m_session->report().details.organization;
    const int year = QDate::currentDate().year() - 1;  // reports are written early in the next year
    const auto answer = NewReportDialog::ask(this, organization, year);
    if (!answer)
        return;
    if (s.string(AppSettings::DefaultOrganization).isEmpty())
        s.setValue(AppSettings::DefaultOrganization, answer->organization);
    createReport(answer->organization, answer->year);
}

void MainWindow::importFile(const QString &path)
{
    if (workspace())
        m_importer->read(path);
}

void MainWindow::storeImportedReport(const QString &path, const Result<Report> &imported)
{
    if (!workspace())
        return;
    if (!imported.ok()) {
        Prompts::Message m;
        m.icon = Prompts::Icon::Critical;
        m.title = tr("Import Failed");
        // Named: several files may have been dropped at once.
        m.text = tr("%1 could not be imported. %2").arg(QFileInfo(path).fileName(), imported.error().message);
        m.informative = tr("Import reads reports saved as plain text (.txt) or as Word documents (.docx). If the "
                           "file is open in another program, close it and try again.");
        Prompts::ask(this, m);
        return;
    }
    Report report = imported.value();
    // A report imported again is a new report: fresh id if this workspace already holds the id.
    if (workspace()->loadReport(report.id).ok())
        report.id = newId();
    auto id = workspace()->insertReport(report);
    if (!id.ok()) {
        Prompts::warn(this, tr("Import Failed"), id.error().message);
        return;
    }
    AppSettings::instance().setValue(AppSettings::LastImportFolder, QFileInfo(path).absolutePath());
    m_reports->model()->updateReport(summaryOf(report));
    if (!openReport(id.value()))
        return;
    statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(path).fileName()), 8000);
    if (!report.importNotes.isEmpty()) {
        if (!m_importNotes) {
            m_importNotes = new ImportNotesDialog(this);
            connect(m_importNotes, &ImportNotesDialog::nodeActivated, this, [this](const QUuid &node) { revealNode(node); });
        }
        m_importNotes->setReport(m_session->report(), QFileInfo(path).fileName());
        m_importNotes->show();
        m_importNotes->raise();
    }
}

void MainWindow::importReport()
{
    if (!workspace())
        return;
    QString folder = AppSettings::instance().string(AppSettings::LastImportFolder);
    const QString path = Prompts::openFileName(this, tr("Import a Report"), folder,
                                               tr("Reports (*.txt *.docx);;Plain text (*.txt);;Word document (*.docx)"));
    if (!path.isEmpty())
        importFile(path);
}

QUuid MainWindow::openExampleReport()
{
    if (!workspace())
        return {};
    if (workspace()->loadReport(kExampleReportId).ok()) {
        openReport(kExampleReportId);
        return kExampleReportId;
    }
    QFile file(QStringLiteral(":/examples/shizhen-2025.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    auto report = reportFromJson(json.object());
    if (!report.ok())
        return {};
    Report example = std::move(report).value();
    example.id = kExampleReportId;
    example.createdAt = example.updatedAt = QDateTime::currentDateTimeUtc();
    auto id = workspace()->insertReport(example);
    if (!id.ok()) {
        Prompts::warn(this, tr("Cannot Open the Example"), id.error().message);
        return {};
    }
    m_reports->model()->updateReport(summaryOf(example));
    openReport(id.value());
    return id.value();
}

void MainWindow::deleteReport()
{
    if (!m_session || !workspace())
        return;
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = tr("Delete Report");
    m.text = tr("Delete the report “%1”?").arg(m_session->report().effectiveTitle());
    m.informative = tr("The report and all its text are removed from the workspace. This cannot be undone; export "
                       "it first if you may need it again.");
    m.buttons = {Prompts::Delete, Prompts::Cancel};
    m.defaultButton = Prompts::Cancel;
    m.escapeButton = Prompts::Cancel;
    if (Prompts::ask(this, m) != Prompts::Delete)
        return;
    const QUuid id = m_session->reportId();
    setSession(nullptr);
    const Status status = workspace()->deleteReport(id);
    if (!status.ok())
        Prompts::warn(this, tr("Delete Report"), status.error().message);
    refreshReportList();
    const QList<ReportSummary> &reports = m_reports->model()->reports();
    if (reports.isEmpty())
        showWelcome();
    else
        openReport(reports.first().id);
}

bool MainWindow::exportCurrent(ExportFormat format, const QString &path)
{
    if (!m_session)
        return false;
    flush();
    if (m_outputGuard && !m_outputGuard(tr("Export the %1 anyway?").arg(format.name())))
        return false;
    if (path.isEmpty())
        return m_exporter->exportReport(m_session->report(), format);
    return m_exporter->exportTo(m_session->report(), format, path);
}

void MainWindow::showImportNotes()
{
    if (!m_session)
        return;
    if (!m_importNotes) {
        m_importNotes = new ImportNotesDialog(this);
        connect(m_importNotes, &ImportNotesDialog::nodeActivated, this, [this](const QUuid &node) { revealNode(node); });
    }
    m_importNotes->setReport(m_session->report());
    m_importNotes->show();
    m_importNotes->raise();
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

// ---------------------------------------------------------------------------------------------------
// Selection and editing

QUuid MainWindow::currentNode() const { return m_outline->currentNode(); }

void MainWindow::selectNode(const QUuid &id)
{
    m_outline->selectNode(id);
    if (m_outline->currentNode() == id)
        onCurrentNodeChanged(id);
}

void MainWindow::revealNode(const QUuid &id, int cursor)
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    const auto info = findNode(r, id);
    if (!info)
        return;
    // Paragraphs and points of a part or section are edited in its form; the rest in their own.
    QUuid owner = id;
    if (info->type == NodeType::Paragraph || info->type == NodeType::Point)
        owner = info->parentId.isNull() ? r.id : info->parentId;  // the report's own: in its details form
    if (info->type == NodeType::Fact)
        owner = info->parentId;
    selectNode(owner);
    if (!m_forms->focusNode(id, cursor) && owner != id) {
        selectNode(id);
        m_forms->focusNode(id, cursor);
    }
    m_preview->setActiveNode(id);
}

void MainWindow::onCurrentNodeChanged(const QUuid &id)
{
    if (!m_session)
        return;
    if (id.isNull()) {
        // The selected node went away (deleted, or its insertion undone): go to what held it.
        const QUuid fallback = findNode(m_session->report(), m_currentParent) ? m_currentParent : m_session->reportId();
        m_currentParent = QUuid();
        QTimer::singleShot(0, this, [this, fallback] {
            if (m_session)
                selectNode(fallback);
        });
        return;
    }
    const auto info = findNode(m_session->report(), id);
    m_currentParent = info && !info->parentId.isNull() ? info->parentId : m_session->reportId();
    m_forms->showNode(id);
    m_preview->setActiveNode(id);
    updateActions();
}

void MainWindow::onSaved(const QDateTime &when)
{
    m_saveStatus->setText(tr("Saved %1").arg(QLocale().toString(when.time(), QStringLiteral("HH:mm:ss"))));
    setLook(m_saveStatus, Look::Plain);
    m_saveErrorShown = false;
    m_retryTimer.stop();
}

void MainWindow::onSaveFailed(const Error &error)
{
    m_saveStatus->setText(tr("Not saved"));
    setLook(m_saveStatus, Look::Warning);
    m_saveStatus->setToolTip(error.message);
    if (m_saveErrorShown)
        return;
    m_saveErrorShown = true;
    Prompts::Message m;
    m.icon = Prompts::Icon::Critical;
    m.title = tr("Cannot Save");
    m.text = error.message;
    if (error.code == Error::Code::Conflict) {
        m.informative = tr("Reload the report to see the other changes. What you typed since the last save is "
                           "shown below so you can copy it.");
        QStringList unsaved;
        // The in-memory report still has the typing: offer its text to copy.
        const DocumentLayout layout = buildLayout(m_session->report(), LayoutTarget::Document);
        for (const Block &b : layout.blocks)
            unsaved << b.text();
        m.details = unsaved.join(QLatin1Char('\n'));
        m.buttons = {Prompts::Reload, Prompts::Close};
        m.defaultButton = Prompts::Close;
        if (Prompts::ask(this, m) == Prompts::Reload && m_session) {
            const QUuid id = m_session->reportId();
            auto loaded = workspace()->loadReport(id);
            if (loaded.ok()) {
                m_undoGroup->removeStack(m_session->undoStack());
                m_forms->setSession(nullptr);
                m_preview->setSession(nullptr);
                m_outlineModel->setSession(nullptr);
                disconnect(m_session.get(), nullptr, this, nullptr);
                // Drop the session without flushing: its queued edits are what conflicted.
                std::unique_ptr<ReportSession> stale = std::move(m_session);
                stale.release()->deleteLater();
                setSession(std::make_unique<ReportSession>(*workspace(), std::move(loaded).value()));
            } else {
                refreshReportList();
            }
        }
        return;
    }
    m.informative = tr("Your typing is kept in the program and will be saved as soon as the problem is solved "
                       "(Fazhi Report tries again every few seconds). Do not quit until the status bar says it "
                       "has saved.");
    m.buttons = {Prompts::Ok};
    Prompts::ask(this, m);
    m_retryTimer.start();
}

void MainWindow::onFieldChanged(const QUuid &id, const QString &field)
{
    if (m_session && m_session->hasPendingChanges() && !m_saveErrorShown)
        m_saveStatus->setText(tr("Saving…"));
    m_countTimer.start();
    if (id.isNull()) {
        if (field == QLatin1String("organization") || field == QLatin1String("year") || field == QLatin1String("title")) {
            m_reports->model()->updateReport(summaryOf(m_session->report()));
            updateTitle();
        }
    }
}

void MainWindow::onStructureChanged()
{
    m_countTimer.start();
    updateActions();
}

void MainWindow::updateCharacterCount()
{
    if (!m_session) {
        m_charCount->clear();
        return;
    }
    m_charCount->setText(tr("%Ln character(s)", nullptr, reportCharacterCount(m_session->report())));
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
    const bool open = m_session != nullptr;
    const bool editable = open && !m_session->isLocked();
    const bool hasWorkspace = workspace() != nullptr;
    for (const char *name : {"actionNew", "actionImport", "actionExample", "actionRestoreBackup"})
        action(name)->setEnabled(hasWorkspace);
    for (const ExportController::ActionLook &look : ExportController::exportActions())
        action(look.objectName.toLatin1().constData())->setEnabled(open);
    for (const char *name : {"actionPrint", "actionPrintPreview", "actionDeleteReport", "actionImportNotes"})
        action(name)->setEnabled(open);
    const QUuid id = open ? currentNode() : QUuid();
    const auto info = open ? findNode(m_session->report(), id) : std::nullopt;
    const bool movable = editable && info && info->type != NodeType::Report;
    action("actionDelete")->setEnabled(movable);
    action("actionDuplicate")->setEnabled(movable);
    action("actionMoveUp")->setEnabled(movable && movedIndex(m_session->report(), id, -1));
    action("actionMoveDown")->setEnabled(movable && movedIndex(m_session->report(), id, 1));
    for (const char *name : {"actionAddPart", "actionAddSection", "actionAddParagraph", "actionAddPoint"})
        action(name)->setEnabled(editable);
    action("actionAddFact")->setEnabled(editable && newFact(m_session->report(), id));
    action("actionImportNotes")->setEnabled(open && !m_session->report().importNotes.isEmpty());
}

// Insertion: where the new node goes is core's rule (edit/Insertion.h); the window selects it.

void MainWindow::addPart()
{
    if (!m_session)
        return;
    const auto snap = newPart(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id());
}

void MainWindow::addSection(const QUuid &partHint)
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    const auto snap = partHint.isNull() ? newSection(r, currentNode()) : newSectionAtEnd(r, partHint);
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id());
}

void MainWindow::addParagraph()
{
    if (!m_session)
        return;
    const auto snap = newParagraph(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id(), 0);
}

void MainWindow::addPoint()
{
    if (!m_session)
        return;
    const auto snap = newPoint(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id(), 0);
}

void MainWindow::addFact()
{
    if (!m_session)
        return;
    const auto snap = newFact(m_session->report(), currentNode());
    if (!snap)
        return;
    if (m_session->insertNode(*snap))
        selectNode(snap->id());
    if (QWidget *first = m_forms->currentForm() ? m_forms->currentForm()->firstEditor() : nullptr)
        first->setFocus(Qt::OtherFocusReason);
}

void MainWindow::deleteNode()
{
    if (!m_session)
        return;
    const QUuid id = currentNode();
    const auto info = findNode(m_session->report(), id);
    if (!info || info->type == NodeType::Report)
        return;
    // Select a neighbour first: the next sibling in the outline, else the previous, else the parent.
    const QModelIndex index = m_outlineModel->indexOf(id);
    QModelIndex next = index.sibling(index.row() + 1, 0);
    if (!next.isValid())
        next = index.sibling(index.row() - 1, 0);
    if (!next.isValid())
        next = index.parent();
    const QUuid nextId = next.isValid() ? m_outlineModel->nodeId(next) : m_session->reportId();
    const QString what = Names::nodeType(info->type);
    if (m_session->removeNode(id)) {
        selectNode(nextId);
        statusBar()->showMessage(tr("%1 deleted. Undo (Ctrl+Z) brings it back.").arg(what), 6000);
    }
}

void MainWindow::duplicateNode()
{
    if (!m_session)
        return;
    const QUuid copy = m_session->duplicateNode(currentNode());
    if (!copy.isNull())
        selectNode(copy);
}

void MainWindow::moveNode(int delta)
{
    if (!m_session)
        return;
    const QUuid id = currentNode();
    const auto to = movedIndex(m_session->report(), id, delta);
    if (!to)
        return;
    m_session->moveNode(id, *to);
    selectNode(id);
}

// ---------------------------------------------------------------------------------------------------
// Window events

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_exporter->waitForFinished();
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
    m_importer->abandon();
    saveWindowState();
    if (m_importNotes)
        m_importNotes->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!workspace() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile()))
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Import after the drop has finished, so no dialog opens inside the drag.
    QTimer::singleShot(0, this, [this, files] {
        for (const QString &f : files)
            importFile(f);
    });
}

}  // namespace fazhi::ui
