#include "CliCommands.h"
#include "storage/DefaultWorkspace.h"
#include "util/SharedSettings.h"

#include "FazhiVersion.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTranslator>
#include <QStringConverter>
#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>  // NOMINMAX and WIN32_LEAN_AND_MEAN come from the top-level CMakeLists.txt
#endif

namespace {
QtMessageHandler defaultHandler = nullptr;

// A headless console has no XDG runtime folder; Qt's warning about it is noise on stderr, where
// scripts read our own messages.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}
}  // namespace

int main(int argc, char **argv)
{
    defaultHandler = qInstallMessageHandler(quietHandler);
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
    // Text mode would turn every \n written into \r\n: scripts read ids and tab-separated lines from
    // stdout, and the same bytes must come out as on Linux. Before anything is written.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    // Decided from the raw arguments: the application object must be chosen before it exists. Only
    // ASCII words (the command, --format and its id) are compared, so Latin-1 reads them exactly; the
    // commands themselves get QCoreApplication::arguments(), which on Windows come from the UTF-16
    // command line, whatever the code page.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLatin1(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (fazhi::cli::needsGui(rawArgs)) {
#ifdef Q_OS_UNIX
        // Rendering fonts needs a GUI application; a console has no display to connect to.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationName(QStringLiteral("FazhiReport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));

    // Messages speak the desktop app's language: Chinese unless the settings (or FAZHI_LANGUAGE) say
    // otherwise. Results on stdout (ids, tab-separated lists, JSON) are the same in every language.
    QString language = qEnvironmentVariable("FAZHI_LANGUAGE");
    if (language.isEmpty())
        language = QSettings().value(QLatin1String(fazhi::settings::kLanguage), QLatin1String(fazhi::settings::kDefaultLanguage)).toString();
    QTranslator translator;
    if (language != QLatin1String("en") && translator.load(QStringLiteral(":/i18n/fazhi_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);

    // The default workspace moved from the roaming to the local data folder (as the app does it).
    if (const fazhi::Result<bool> moved = fazhi::storage::migrateDefaultWorkspace(); !moved)
        qWarning("%s", qPrintable(moved.error().message));

    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const int code = fazhi::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
