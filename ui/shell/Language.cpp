#include "shell/Language.h"

#include "common/AppSettings.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <future>
#include <memory>
#include <vector>

#ifdef FAZHI_HAVE_FONTCONFIG
#include <clocale>
#include <fontconfig/fontconfig.h>
#endif

namespace fazhi::ui {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}
QString g_current = QStringLiteral("zh_CN");

std::future<void> &fontConfigurationRead()
{
    static std::future<void> read;
    return read;
}
}  // namespace

void startReadingFontConfiguration()
{
#ifdef FAZHI_HAVE_FONTCONFIG
    // The first text shown makes fontconfig parse its configuration (dozens of XML files): on Debian
    // 12 about 8 ms of the start-up, spent here while the main thread connects to the display.
    // FcInit is thread-safe; Qt's own call to it then finds the configuration loaded.
    // But the QApplication being made meanwhile changes the process's locale and environment, which
    // fontconfig reads (getenv, localeconv) without a lock. So the locale is set here first, as Qt sets
    // it (Qt's own call then changes nothing, or in a non-UTF-8 environment only the character classes,
    // the same for the ASCII of the configuration). And where Qt is to remove DESKTOP_STARTUP_ID (a
    // launch with startup notification), the configuration is read as without this, on first use.
    std::setlocale(LC_ALL, "");
    if (qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID"))
        return;
    if (!fontConfigurationRead().valid())
        fontConfigurationRead() = std::async(std::launch::async, [] { FcInit(); });
#endif
}

QString languageSetting()
{
    const QString lang = AppSettings::instance().string(AppSettings::Language);
    return availableLanguages().contains(lang) ? lang : QStringLiteral("zh_CN");
}

QStringList availableLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString languageDisplayName(const QString &language)
{
    // Each language names itself, so a user can always find their own.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("中文（简体）");
}

bool installTranslators(const QString &language)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    g_current = language;

    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/fazhi_%1.qm").arg(language));
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        installed().push_back(std::move(app));
    }
    if (language != QLatin1String("en")) {
        // Qt's own strings (standard dialogs, context menus): from the Qt installation when present.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        for (const char *base : {"qtbase_", "qt_"}) {
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QLatin1String(base) + language, qtDir)) {
                QCoreApplication::installTranslator(qt.get());
                installed().push_back(std::move(qt));
                break;
            }
        }
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return ok;
}

QString currentLanguage() { return g_current; }

void applyApplicationFont(QApplication &app)
{
    // Qt must not begin reading the configuration a second time beside the worker.
    if (fontConfigurationRead().valid())
        fontConfigurationRead().get();
    const QStringList preferred{
        QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
    };
    const QStringList installedFamilies = QFontDatabase::families();
    const auto chosen = std::find_if(preferred.cbegin(), preferred.cend(),
                                     [&](const QString &f) { return installedFamilies.contains(f); });
    if (chosen == preferred.cend())
        return;
    // One face for Latin and Chinese alike (the CJK families have good Latin glyphs). One family, not a
    // list: Qt then looks for fallback fonts only when a character is missing, instead of sorting all
    // installed fonts for every font engine it makes (two fontconfig sorts, ~3 ms, before the first paint).
    QFont font = app.font();
    font.setFamily(*chosen);
    app.setFont(font);
}

}  // namespace fazhi::ui
