#include "output/ExportController.h"

#include "common/AppSettings.h"
#include "output/FontNotice.h"
#include "output/Printing.h"
#include "common/Prompts.h"
#include "common/StartFolder.h"
#include "render/FontResolver.h"
#include "render/Layout.h"
#include "util/FileNames.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

namespace fazhi::ui {

namespace {
bool g_openUrls = true;

// The formats with a look of their own in the window, in menu order.
struct Look {
    const char *format;
    const char *objectName;
    const char *text;
    const char *iconText;  // empty: the text
    const char *statusTip;
    QKeyCombination shortcut;  // Qt::Key_unknown: none
    IconKind icon;
};

const Look kLooks[] = {
    {"docx", "actionExportWord", QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export as &Word…"),
     QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Word"),
     QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export the report as a Word document (.docx) in the GB/T 9704 layout"),
     Qt::CTRL | Qt::Key_E, IconKind::ExportWord},
    {"pdf", "actionExportPdf", QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export as &PDF…"),
     QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "PDF"),
     QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export the report as a PDF document for the record"),
     Qt::CTRL | Qt::SHIFT | Qt::Key_E, IconKind::ExportPdf},
    {"html", "actionExportHtml", QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export as &Web Page…"), "",
     QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export the report as a web page for the government website"),
     QKeyCombination(), IconKind::ExportWeb},
    {"txt", "actionExportText", QT_TRANSLATE_NOOP("fazhi::ui::ExportController", "Export as Plain &Text…"), "", "",
     QKeyCombination(), IconKind::ExportText},
};

// Qt's own PDF engine (printing to a file, and CUPS, which spools a PDF it writes) paints from any
// thread. The Windows and macOS engines work with the system's spooler, which may show a dialog of its
// own (Microsoft Print to PDF asks where to save): they stay in the GUI thread.
bool paintsInAnyThread(const QPrinter &printer)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return printer.outputFormat() == QPrinter::PdfFormat;
#else
    Q_UNUSED(printer);
    return true;
#endif
}
}  // namespace

void ExportController::setOpenUrlsEnabled(bool enabled) { g_openUrls = enabled; }

ExportController::ExportController(QWidget *window)
    : QObject(window), m_window(window), m_progress(window, QStringLiteral("exportProgress"))
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    // A render in flight works on its own copy; wait so the file is complete before the app goes.
    m_watcher.waitForFinished();
}

QString ExportController::extension(ExportFormat format) { return format.suffix(); }

QList<ExportController::ActionLook> ExportController::exportActions()
{
    QList<ActionLook> list;
    auto translated = [](const char *text) { return *text ? tr(text) : QString(); };
    for (const Look &look : kLooks) {
        const ExportFormat format(look.format);
        if (!format.spec())
            continue;
        list.append({format, QLatin1String(look.objectName), tr(look.text), translated(look.iconText),
                     translated(look.statusTip),
                     look.shortcut.key() == Qt::Key_unknown ? QKeySequence() : QKeySequence(look.shortcut), look.icon});
    }
    // Any other format: "Export as <name>…", the plain document icon, no shortcut.
    for (const ExportFormat format : exportFormats()) {
        const bool hasLook = std::any_of(std::begin(kLooks), std::end(kLooks),
                                         [&](const Look &look) { return format == ExportFormat(look.format); });
        if (hasLook)
            continue;
        QString id = format.id();
        id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QString());
        id[0] = id.at(0).toUpper();
        list.append({format, QStringLiteral("actionExport") + id, tr("Export as %1…").arg(format.name()), QString(),
                     QString(), QKeySequence(), IconKind::ExportText});
    }
    return list;
}

QString ExportController::fileFilter(ExportFormat format)
{
    QStringList patterns;
    for (const QString &suffix : format.suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    //: A file dialog's filter: the format's name, then its patterns, e.g. "Web page (*.html *.htm)"
    return tr("%1 (%2)").arg(format.name(), patterns.join(QLatin1Char(' ')));
}

QString ExportController::suggestedFileName(const Report &report, ExportFormat format)
{
    // Safe on Windows: no reserved characters or device names (CON, NUL...), no trailing dots.
    const QString name = safeFileBaseName(report.effectiveTitle(), tr("report"));
    return name + QLatin1Char('.') + extension(format);
}

bool ExportController::isBusy() const { return m_busy; }

void ExportController::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

bool ExportController::exportReport(const Report &reportShown, ExportFormat format)
{
    if (isBusy())
        return false;
    // A copy: the file dialog's event loop may let the window open another report meanwhile (an import).
    const Report report = reportShown;
    const QString folder = startFolder(FolderUse::Export);
    const QString suggested = QDir(folder).filePath(suggestedFileName(report, format));
    QString path = Prompts::saveFileName(m_window, tr("Export as %1").arg(format.name()), suggested,
                                         fileFilter(format));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, format);
    rememberFolder(FolderUse::Export, path);
    return exportTo(report, format, path);
}

bool ExportController::exportTo(const Report &report, ExportFormat format, const QString &path)
{
    if (isBusy())
        return false;
    m_report = report;
    m_format = format;
    m_path = path;
    ExportOptions options;
    options.profile = AppSettings::instance().pageProfile();
    // The format's options as the settings remember them (export/<format>/<option>; off by default).
    for (const QString &option : format.options()) {
        if (AppSettings::instance().exportOption(format, option))
            options.flags.insert(option);
    }
    // Resolve the fonts here, in the GUI thread, so the worker only reads the cache.
    resolveAllFonts(options.profile);

    m_printer.reset();
    m_busy = true;
    m_progress.start(tr("Exporting"), tr("Writing %1…").arg(QFileInfo(path).fileName()));
    emit exportStarted(path);
    const Report copy = report;
    m_watcher.setFuture(QtConcurrent::run([copy, format, path, options] {
        return fazhi::exportReport(copy, format, path, options);
    }));
    return true;
}

void ExportController::onFinished()
{
    m_progress.finish();
    const Status status = m_watcher.result();
    m_busy = false;
    if (m_printer) {
        m_printer.reset();
        if (!status.ok())
            Prompts::warn(m_window, tr("Print"), status.error().message);
        return;
    }
    const QString path = m_path;
    emit exportFinished(status.ok(), path);
    if (status.ok()) {
        offerToOpen(path, m_format);
        return;
    }
    Prompts::Message m;
    m.icon = Prompts::Icon::Critical;
    m.title = tr("Export Failed");
    m.text = status.error().message;
    m.informative = status.error().code == Error::Code::Io
                        ? tr("If the file is open in Word or another program, close it; or save under another name "
                             "or in another folder. Your report is safe in the workspace.")
                        : tr("Your report is safe in the workspace; nothing was changed.");
    m.buttons = {Prompts::Retry, Prompts::Close};
    m.defaultButton = Prompts::Close;
    m.escapeButton = Prompts::Close;
    if (Prompts::ask(m_window, m) == Prompts::Retry) {
        const Report again = m_report;
        exportReport(again, m_format);
    }
}

void ExportController::offerToOpen(const QString &path, ExportFormat format)
{
    Prompts::Message m;
    m.icon = Prompts::Icon::Information;
    m.title = tr("Export Finished");
    m.text = tr("The %1 is ready:").arg(format.name());
    m.informative = QDir::toNativeSeparators(path);
    // Laid out with this computer's fonts: say which official faces it lacks, and what to install.
    if (format.needsFonts()) {
        const QList<MissingFace> missing = missingOfficialFaces(AppSettings::instance().pageProfile());
        if (!missing.isEmpty()) {
            m.icon = Prompts::Icon::Warning;
            m.informative += QStringLiteral("\n\n") + FontNotice::sentences(missing).join(QLatin1Char('\n'));
            m.details = FontNotice::installHint(missing);
        }
    }
    m.buttons = {Prompts::OpenFile, Prompts::ShowInFolder, Prompts::Close};
    m.defaultButton = Prompts::Close;
    m.escapeButton = Prompts::Close;
    const Prompts::Button answer = Prompts::ask(m_window, m);
    if (!g_openUrls)
        return;
    if (answer == Prompts::OpenFile)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (answer == Prompts::ShowInFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ExportController::print(const Report &reportShown)
{
    if (isBusy())
        return;
    // A copy: the dialog's event loop may let the window open another report meanwhile (an import).
    const Report report = reportShown;
    const PageProfile profile = AppSettings::instance().pageProfile();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    preparePrinter(*printer, profile);
    printer->setDocName(report.effectiveTitle());
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer, report);
}

bool ExportController::printTo(std::shared_ptr<QPrinter> printer, const Report &report)
{
    if (isBusy())
        return false;
    const PageProfile profile = AppSettings::instance().pageProfile();
    if (!paintsInAnyThread(*printer)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status status = printLayout(*printer, buildLayout(report, LayoutTarget::Document), profile);
        QApplication::restoreOverrideCursor();
        if (!status.ok())
            Prompts::warn(m_window, tr("Print"), status.error().message);
        return true;
    }
    // Resolve the fonts here, in the GUI thread, so the worker only reads the cache.
    resolveAllFonts(profile);
    // Kept here until the worker is done, so the printer is let go in this thread.
    m_printer = std::move(printer);
    m_busy = true;
    m_progress.start(tr("Printing"), tr("Printing %1…").arg(report.effectiveTitle()));
    const Report copy = report;
    QPrinter *target = m_printer.get();
    m_watcher.setFuture(QtConcurrent::run([target, copy, profile] {
        return printLayout(*target, buildLayout(copy, LayoutTarget::Document), profile);
    }));
    return true;
}

void ExportController::printPreview(const Report &report)
{
    const PageProfile profile = AppSettings::instance().pageProfile();
    const DocumentLayout layout = buildLayout(report, LayoutTarget::Document);
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, profile);
    printer.setDocName(report.effectiveTitle());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&layout, &profile](QPrinter *p) { (void)printLayout(*p, layout, profile); });
    dialog.resize(900, 760);
    dialog.exec();
}

}  // namespace fazhi::ui
