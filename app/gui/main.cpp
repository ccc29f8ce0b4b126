// fazhi-report: the desktop app. Thin on purpose: arguments, language, settings, the main window.

#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/StartupProbe.h"
#include "common/Theme.h"

#include "util/LogFile.h"

#include "FazhiVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
// The program's own texts (its name, the command-line help), in the context "main".
struct AppText {
    Q_DECLARE_TR_FUNCTIONS(main)
};
}  // namespace

namespace {

// One option's value, read before QCommandLineParser exists (its help text needs the language).
// From QCoreApplication::arguments(): on Windows they come from the UTF-16 command line, not from
// argv in the ANSI code page.
QString rawOption(const QString &name)
{
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
    }
    return {};
}

}  // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 mainStartedNs = fazhi::ui::steadyClockNs();
    fazhi::ui::startReadingFontConfiguration();
    QApplication app(argc, argv);
    QApplication::setStyle(new fazhi::ui::AppStyle);
    // The same names as fazhi-cli, so both find the same default workspace and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
    // Its desktop entry (resources/linux/fazhi-report.desktop): Wayland shows that entry's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("fazhi-report"));
    // The support log (util/LogFile.h; its path is in the About dialog's diagnostics): Qt's and the
    // program's messages, never report text, in the user's local data folder.
    fazhi::LogFile::Options log;
    log.folder = fazhi::defaultLogFolder();
    log.name = QStringLiteral("fazhi-report");
    log.startLine = QStringLiteral("fazhi-report %1 started (Qt %2, %3, %4)")
                        .arg(QStringLiteral(FAZHI_VERSION), QString::fromLatin1(qVersion()),
                             QSysInfo::prettyProductName(), QGuiApplication::platformName());
    fazhi::LogFile::install(log);

    // The language is needed before the command line's help text is built.
    QString language = rawOption(QStringLiteral("--language"));
    if (!fazhi::ui::availableLanguages().contains(language))
        language = fazhi::ui::languageSetting();
    fazhi::ui::installTranslators(language);
    fazhi::ui::applyApplicationFont(app);
    QGuiApplication::setApplicationDisplayName(AppText::tr("Fazhi Report"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        AppText::tr("Writes the annual report on building a rule-of-law government."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        AppText::tr("The workspace file to open (else FAZHI_WORKSPACE, the setting, or the default)."),
        QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            AppText::tr("The interface language: zh_CN or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        AppText::tr("Print the milliseconds to the first painted window, then quit."));
    parser.addOption(workspaceOption);
    parser.addOption(languageOption);
    parser.addOption(measureOption);
    // A file given on its own is opened as the workspace, the way a double click on a .fazhi file (a
    // workspace or a review copy) starts the app (the .desktop entry, the Windows file association).
    parser.addPositionalArgument(QStringLiteral("file"),
                                 AppText::tr("A workspace or review copy (.fazhi) to open, as --workspace."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    QString requestedPath = parser.value(workspaceOption);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (!files.isEmpty() && !requestedPath.isEmpty())) {
        std::fputs(qPrintable(AppText::tr("Name one workspace to open: one file, or --workspace.") + QLatin1Char('\n')),
                   stderr);
        return 2;
    }
    if (!files.isEmpty())
        requestedPath = files.first();
    const QString workspacePath = fazhi::ui::MainWindow::chooseWorkspacePath(requestedPath);
    // The report list is read on a worker thread while the window is built.
    const auto readAhead = fazhi::ui::MainWindow::readReportListAhead(workspacePath);
    fazhi::ui::MainWindow window;
    window.useReadAheadList(readAhead);
    if (!window.openWorkspace(workspacePath, fazhi::ui::MainWindow::LastReport::AfterFirstPaint))
        return 1;
    // --measure-startup: the time from main() to the first painted window, then to the last report painted in
    // it, and when main() began, for a benchmark that counts from the launch.
    std::unique_ptr<fazhi::ui::StartupProbe> probe;
    if (parser.isSet(measureOption)) {
        auto firstPainted = [&window, &clock, mainStartedNs](double ms) {
            std::printf("main-started-ns %lld\nfirst-paint-ms %.2f\n", static_cast<long long>(mainStartedNs), ms);
            auto ready = [&window, &clock] {
                window.repaint();
                std::printf("ready-ms %.2f\n", double(clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            };
            if (window.isOpeningReport())
                QObject::connect(&window, &fazhi::ui::MainWindow::sessionChanged, &window, ready,
                                 Qt::SingleShotConnection);
            else
                ready();
        };
        probe = std::make_unique<fazhi::ui::StartupProbe>(&window, clock, firstPainted);
        QTimer::singleShot(20000, &app, &QCoreApplication::quit);  // never hang a benchmark
    }
    window.show();
    return app.exec();
}
