#include "common/AppSettings.h"

#include "storage/Backups.h"
#include "util/SharedSettings.h"

#include <QSettings>
#include <QStringList>

namespace fazhi::ui {

namespace {

struct KeyInfo {
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(AppSettings::Key key)
{
    static const KeyInfo table[AppSettings::KeyCount] = {
        {settings::kUserName, QString()},
        {"user/defaultOrganization", QString()},
        {settings::kLanguage, QString::fromLatin1(settings::kDefaultLanguage)},
        {"workspace/path", QString()},
        {"workspace/lastReport", QString()},
        {"folders/import", QString()},
        {"folders/export", QString()},
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"window/mainSplitter", QByteArray()},
        {"window/sideSplitter", QByteArray()},
        {"window/previewVisible", true},
        {"window/reportListVisible", true},
        {"preview/zoom", 0},
        {"fonts/title", QString()},
        {"fonts/heading1", QString()},
        {"fonts/heading2", QString()},
        {"fonts/body", QString()},
        {"review/role", QStringLiteral("drafter")},
        {"checks/ignored", QString()},
        {settings::kBackupKeepDays, kDefaultBackupKeepDays},
        {settings::kPublicContacts, QStringList()},
        {"review/reviewerName", QString()},
        {settings::kUserTerms, QString()},
    };
    return table[key];
}

QString g_fileOverride;
AppSettings *g_instance = nullptr;

}  // namespace

AppSettings::AppSettings()
{
    if (g_fileOverride.isEmpty())
        m_settings = std::make_unique<QSettings>();
    else
        m_settings = std::make_unique<QSettings>(g_fileOverride, QSettings::IniFormat);
}

AppSettings &AppSettings::instance()
{
    if (!g_instance)
        g_instance = new AppSettings;  // lives as long as the process; QSettings syncs on sync()
    return *g_instance;
}

void AppSettings::useFile(const QString &iniPath)
{
    g_fileOverride = iniPath;
    delete g_instance;
    g_instance = nullptr;
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo &k = info(key);
    return m_settings->value(QLatin1String(k.name), k.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

void AppSettings::sync() { m_settings->sync(); }

namespace {
QString exportOptionKey(ExportFormat format, const QString &option)
{
    return QStringLiteral("export/") + format.id() + QLatin1Char('/') + option;
}
}  // namespace

bool AppSettings::exportOption(ExportFormat format, const QString &option) const
{
    return format.understands(option) && m_settings->value(exportOptionKey(format, option), false).toBool();
}

void AppSettings::setExportOption(ExportFormat format, const QString &option, bool on)
{
    m_settings->setValue(exportOptionKey(format, option), on);
}

AppSettings::Key AppSettings::fontKey(FontRole role)
{
    switch (role) {
    case FontRole::Title: return FontTitle;
    case FontRole::Heading1: return FontHeading1;
    case FontRole::Heading2: return FontHeading2;
    case FontRole::Body: return FontBody;
    default: return KeyCount;
    }
}

PageProfile AppSettings::pageProfile() const
{
    PageProfile profile = gbt9704Profile();
    const FontRole roles[] = {FontRole::Title, FontRole::Heading1, FontRole::Heading2, FontRole::Body};
    for (FontRole role : roles) {
        const QString family = string(fontKey(role));
        if (family.isEmpty())
            continue;
        FontChain &chain = const_cast<FontChain &>(profile.chain(role));
        chain.families.removeAll(family);
        chain.families.prepend(family);
    }
    return profile;
}

}  // namespace fazhi::ui
