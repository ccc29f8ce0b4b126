// fazhi-report: the desktop app. Thin on purpose: arguments, language, settings, the main window.

#include "AppSettings.h"
#include "Icons.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

// Prints the time from the start of main() to the window's first paint, then quits
// (`--measure-startup`, used by the benchmarks).
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &clock) : window(window), clock(clock) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!done && event->type() == QEvent::Paint) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && w->window() == window) {
                done = true;
                // After this paint has been delivered, not in the middle of it.
                QTimer::singleShot(0, qApp, [this] {
                    std::printf("first-paint-ms %lld\n", static_cast<long long>(clock.elapsed()));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
        }
        return false;
    }

private:
    QWidget *window;
    const QElapsedTimer &clock;
    bool done = false;
};

QString rawOption(int argc, char **argv, const char *name)
{
    const QByteArray key(name);
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == key && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(key + '='))
            return QString::fromLocal8Bit(a.mid(key.size() + 1));
    }
    return {};
}

}  // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    // The same names as fazhi-cli, so both find the same default workspace and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));

    // The language is needed before the command line's help text is built.
    QString language = rawOption(argc, argv, "--language");
    if (!fazhi::ui::availableLanguages().contains(language))
        language = fazhi::ui::languageSetting();
    fazhi::ui::installTranslators(language);
    fazhi::ui::applyApplicationFont(app);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Fazhi Report"));
    QApplication::setWindowIcon(fazhi::ui::icon(fazhi::ui::IconKind::App));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Writes the annual report on building a rule-of-law government."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace file to open (else FAZHI_WORKSPACE, the setting, or the default)."),
        QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QCoreApplication::translate("main", "The interface language: zh_CN or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the milliseconds to the first painted window, then quit."));
    parser.addOption(workspaceOption);
    parser.addOption(languageOption);
    parser.addOption(measureOption);
    parser.process(app);

    fazhi::ui::MainWindow window;
    if (!window.openWorkspace(fazhi::ui::MainWindow::chooseWorkspacePath(parser.value(workspaceOption))))
        return 1;
    FirstPaintProbe probe(&window, clock);
    if (parser.isSet(measureOption))
        app.installEventFilter(&probe);
    window.show();
    return app.exec();
}
