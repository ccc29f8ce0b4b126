#pragma once
// The user's settings: one enum of keys with a table of names and defaults over QSettings, so every
// setting is spelled once and has one default.

#include "export/Formats.h"
#include "render/PageProfile.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace fazhi::ui {

class AppSettings {
public:
    enum Key {
        UserName,               // 用户名: the drafter's name in the review record (fazhi-cli's default --by)
        DefaultOrganization,    // 默认机关: offered when creating a report
        Language,               // "zh_CN" (default, whatever the system locale) or "en"
        WorkspacePath,          // empty: Workspace::defaultPath()
        LastReportId,
        LastImportFolder,
        LastExportFolder,
        WindowGeometry,
        WindowState,
        MainSplitterState,
        SideSplitterState,
        PreviewVisible,
        ReportListVisible,
        PreviewZoom,            // steps around the default size
        FontTitle,              // preferred family per role; empty: the page profile's chain
        FontHeading1,
        FontHeading2,
        FontBody,
        ReviewRole,             // "drafter" (拟稿人, default) or "reviewer" (审核人)
        IgnoredFindings,        // earlier builds kept the checks' ignore lists here (report id → entries); moved into the workspace when read
        BackupKeepDays,         // days the workspace's backups are kept (storage/Backups.h; fazhi-cli reads it too)
        PublicContacts,         // the office's published phone numbers and e-mail addresses, which the secrecy check allows (fazhi-cli reads it too)
        ReviewerName,           // the reviewer's (审核人) name, asked when switching to that role; the drafter's is UserName
        UserTerms,              // the office's wording list for the checks, plain text, one entry a line (fazhi-cli reads it too)
        KeyCount
    };

    static AppSettings &instance();

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    void setValue(Key key, const QVariant &value);
    void sync();

    // Per export format (export/Formats.h), whether one of the options it understands is on: the key
    // export/<format>/<option>, e.g. export/pdf/pdfa; off unless set.
    bool exportOption(ExportFormat format, const QString &option) const;
    void setExportOption(ExportFormat format, const QString &option, bool on);

    // The GB/T 9704 page profile with the user's preferred families put first in their chains.
    PageProfile pageProfile() const;
    static Key fontKey(FontRole role);  // KeyCount for roles without a user choice

    // Tests keep their settings in a file of their own.
    static void useFile(const QString &iniPath);

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace fazhi::ui
