#include "reports/ReportsController.h"

#include "common/AppSettings.h"
#include "common/Icons.h"
#include "common/Prompts.h"
#include "common/StartFolder.h"
#include "reports/ImportController.h"
#include "reports/ReportListPanel.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "model/ReportJson.h"
#include "model/ReportLookup.h"
#include "model/ReportYear.h"

#include <QAction>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>

namespace fazhi::ui {

namespace {
const QUuid kExampleReportId = QUuid::fromString(QStringLiteral("{5f1c2b8e-3d74-4a9b-9c61-2a7e0b4d8f35}"));
}  // namespace

ReportSummary summaryOf(const Report &report)
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

bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("docx");
}

ReportsController::ReportsController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reportsController"));
    m_importer = new ImportController(window);
    connect(m_importer, &ImportController::fileRead, this, &ReportsController::storeImportedReport);

    m_new = window->makeAction("actionNew", tr("&New Report…"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setIcon(icon(IconKind::NewReport));
    m_new->setIconText(tr("New"));
    m_new->setStatusTip(tr("Create a report from the regulation's template"));
    connect(m_new, &QAction::triggered, this, &ReportsController::newReport);
    m_import = window->makeAction("actionImport", tr("&Import…"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setIcon(icon(IconKind::Import));
    m_import->setIconText(tr("Import"));
    m_import->setStatusTip(tr("Import a report from a .txt file or a Word document"));
    connect(m_import, &QAction::triggered, this, &ReportsController::importReport);
    m_example = window->makeAction("actionExample", tr("Open &Example Report"));
    m_example->setIcon(icon(IconKind::Example));
    connect(m_example, &QAction::triggered, this, [this] { openExampleReport(); });
    m_delete = window->makeAction("actionDeleteReport", tr("&Delete Report…"));
    connect(m_delete, &QAction::triggered, this, &ReportsController::deleteReport);
    m_notes = window->makeAction("actionImportNotes", tr("What &Import Changed…"));
    m_notes->setIcon(icon(IconKind::Notes));
    connect(m_notes, &QAction::triggered, this, &ReportsController::showImportNotes);
}

void ReportsController::refreshList()
{
    Workspace *ws = m_window->workspace();
    if (!ws)
        return;
    ReportListModel *model = m_window->reportList()->model();
    // The list read ahead comes sorted for the list.
    std::optional<QList<ReportSummary>> readAhead = m_window->workspaces()->takeReadAheadList();
    m_listReadAhead = readAhead.has_value();
    if (readAhead) {
        model->setReports(*readAhead, ReportListModel::Order::Listing);
    } else {
        auto list = ws->listReports();
        if (!list.ok()) {
            Prompts::warn(m_window, tr("Reports"), list.error().message);
            return;
        }
        model->setReports(list.value());
    }
    if (ReportSession *s = m_window->session())
        m_window->reportList()->selectReport(s->reportId());
}

void ReportsController::updateActions()
{
    const bool workspace = m_window->workspace() != nullptr;
    ReportSession *s = m_window->session();
    for (QAction *a : {m_new, m_import, m_example})
        a->setEnabled(workspace);
    m_delete->setEnabled(s != nullptr);
    m_notes->setEnabled(s && !s->report().importNotes.isEmpty());
}

void ReportsController::dragEnter(QDragEnterEvent *event)
{
    if (!m_window->workspace() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void ReportsController::drop(QDropEvent *event)
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

void ReportsController::closing()
{
    m_importer->abandon();
    if (m_importNotes)
        m_importNotes->close();
}

QUuid ReportsController::createReport(const QString &organization, int year)
{
    Workspace *ws = m_window->workspace();
    if (!ws)
        return {};
    Report report = makeTemplateReport(organization, year);
    report.details.organization = organization;
    auto id = ws->insertReport(report);
    if (!id.ok()) {
        Prompts::warn(m_window, tr("Cannot Create the Report"), id.error().message);
        return {};
    }
    m_window->reportList()->model()->updateReport(summaryOf(report));
    if (!m_window->openReport(id.value()))
        return {};
    // Start where the writing starts: the first work area.
    if (!report.parts.isEmpty() && !report.parts.first().sections.isEmpty())
        m_window->revealNode(report.parts.first().sections.first().id);
    m_window->statusBar()->showMessage(tr("Created %1").arg(report.effectiveTitle()), 6000);
    return id.value();
}

void ReportsController::newReport()
{
    if (!m_window->workspace())
        return;
    AppSettings &s = AppSettings::instance();
    QString organization = s.string(AppSettings::DefaultOrganization);
    if (organization.isEmpty() && m_window->session())
        organization = m_window->session()->report().details.organization;
    const int year = reportYearFor(QDate::currentDate());
    const auto answer = NewReportDialog::ask(m_window, organization, year);
    if (!answer)
        return;
    if (s.string(AppSettings::DefaultOrganization).isEmpty())
        s.setValue(AppSettings::DefaultOrganization, answer->organization);
    createReport(answer->organization, answer->year);
}

void ReportsController::importFile(const QString &path)
{
    if (m_window->workspace())
        m_importer->read(path);
}

void ReportsController::storeImportedReport(const QString &path, const Result<Report> &imported)
{
    Workspace *ws = m_window->workspace();
    if (!ws)
        return;
    if (!imported.ok()) {
        Prompts::Message m;
        m.icon = Prompts::Icon::Critical;
        m.title = tr("Import Failed");
        // Named: several files may have been dropped at once.
        m.text = tr("%1 could not be imported. %2").arg(QFileInfo(path).fileName(), imported.error().message);
        m.informative = tr("Import reads reports saved as plain text (.txt) or as Word documents (.docx). If the "
                           "file is open in another program, close it and try again.");
        Prompts::ask(m_window, m);
        return;
    }
    Report report = imported.value();
    // A report imported again is a new report: fresh id if this workspace already holds the id.
    if (ws->loadReport(report.id).ok())
        report.id = newId();
    auto id = ws->insertReport(report);
    if (!id.ok()) {
        Prompts::warn(m_window, tr("Import Failed"), id.error().message);
        return;
    }
    rememberFolder(FolderUse::Import, path);
    m_window->reportList()->model()->updateReport(summaryOf(report));
    if (!m_window->openReport(id.value()))
        return;
    m_window->statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(path).fileName()), 8000);
    if (!report.importNotes.isEmpty()) {
        notesDialog()->setReport(m_window->session()->report(), QFileInfo(path).fileName());
        m_importNotes->show();
        m_importNotes->raise();
    }
}

void ReportsController::importReport()
{
    if (!m_window->workspace())
        return;
    const QString path = Prompts::openFileName(m_window, tr("Import a Report"), startFolder(FolderUse::Import),
                                               tr("Reports (*.txt *.docx);;Plain text (*.txt);;Word document (*.docx)"));
    if (!path.isEmpty())
        importFile(path);
}

QUuid ReportsController::openExampleReport()
{
    Workspace *ws = m_window->workspace();
    if (!ws)
        return {};
    if (ws->loadReport(kExampleReportId).ok()) {
        m_window->openReport(kExampleReportId);
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
    auto id = ws->insertReport(example);
    if (!id.ok()) {
        Prompts::warn(m_window, tr("Cannot Open the Example"), id.error().message);
        return {};
    }
    m_window->reportList()->model()->updateReport(summaryOf(example));
    m_window->openReport(id.value());
    return id.value();
}

void ReportsController::deleteReport()
{
    ReportSession *session = m_window->session();
    Workspace *ws = m_window->workspace();
    if (!session || !ws)
        return;
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = tr("Delete Report");
    m.text = tr("Delete the report “%1”?").arg(session->report().effectiveTitle());
    m.informative = tr("The report and all its text are removed from the workspace. This cannot be undone; export "
                       "it first if you may need it again.");
    m.buttons = {Prompts::Delete, Prompts::Cancel};
    m.defaultButton = Prompts::Cancel;
    m.escapeButton = Prompts::Cancel;
    if (Prompts::ask(m_window, m) != Prompts::Delete)
        return;
    const QUuid id = session->reportId();
    m_window->closeReport();
    const Status status = ws->deleteReport(id);
    if (!status.ok())
        Prompts::warn(m_window, tr("Delete Report"), status.error().message);
    refreshList();
    const QList<ReportSummary> &reports = m_window->reportList()->model()->reports();
    if (reports.isEmpty())
        m_window->showWelcome();
    else
        m_window->openReport(reports.first().id);
}

ImportNotesDialog *ReportsController::notesDialog()
{
    if (!m_importNotes) {
        m_importNotes = new ImportNotesDialog(m_window);
        connect(m_importNotes, &ImportNotesDialog::nodeActivated, this, [this](const QUuid &node) { m_window->revealNode(node); });
        connect(m_importNotes, &ImportNotesDialog::splitHeadingRequested, this, &ReportsController::splitHeading);
    }
    return m_importNotes;
}

// A part heading that is a lead-in sentence becomes the kind's heading and the part's first paragraph
// (model/ReportEdit.h splitLeadInHeading), as one undo step.
void ReportsController::splitHeading(const QUuid &partId)
{
    ReportSession *session = m_window->session();
    if (!session || session->isReadOnly())
        return;
    const Part *part = findPart(session->report(), partId);
    if (!part || part->heading.isEmpty())
        return;
    NodeSnapshot paragraph;
    paragraph.type = NodeType::Paragraph;
    paragraph.containerId = partId;
    paragraph.index = 0;
    paragraph.node = Paragraph{newId(), part->heading};
    session->undoStack()->beginMacro(tr("Split Heading"));
    if (session->insertNode(paragraph))
        session->setNodeField(partId, QStringLiteral("heading"), QString());
    session->undoStack()->endMacro();
    m_window->revealNode(partId);
}

void ReportsController::showImportNotes()
{
    if (!m_window->session())
        return;
    notesDialog()->setReport(m_window->session()->report());
    m_importNotes->show();
    m_importNotes->raise();
}

}  // namespace fazhi::ui
