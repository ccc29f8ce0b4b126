#pragma once
// UI language and the application font.

#include <QString>
#include <QStringList>

class QApplication;

namespace fazhi::ui {

// "zh_CN" or "en". Chinese is the default whatever the system locale.
QString languageSetting();
QStringList availableLanguages();
QString languageDisplayName(const QString &language);

// Installs the app's translator (embedded .qm) and Qt's own (standard dialogs) for `language`,
// replacing any installed before. Returns false when the app's translation is missing.
bool installTranslators(const QString &language);
// The language installed last ("zh_CN" until something else is installed).
QString currentLanguage();

// Starts reading the system's font configuration on a worker thread, so that it overlaps the
// connection to the window system. Call before constructing the QApplication; applyApplicationFont()
// waits for it. Does nothing where Qt does not find fonts through fontconfig (Windows, macOS).
void startReadingFontConfiguration();

// Gives the application font a CJK family where the platform's default has none, so Chinese renders
// with one consistent face (Microsoft YaHei on Windows, Noto Sans CJK SC on Debian).
void applyApplicationFont(QApplication &app);

}  // namespace fazhi::ui
