#include "CliCommands.h"
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
#include <windows.h>
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
#endif
    // Decided from the raw arguments: the application object must be chosen before it exists.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
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
