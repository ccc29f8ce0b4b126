#include "shell/Diagnostics.h"

#include "common/AppSettings.h"
#include "shell/Language.h"
#include "render/FontResolver.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"
#include "util/LogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QApplication>
#include <QSysInfo>

namespace fazhi::ui {

namespace {

// The size of a file, by its metadata only: the workspace's files are never opened here (plain file
// I/O on an open database would drop SQLite's locks, util/DatabaseFiles.h).
QString sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? QStringLiteral("%1 bytes").arg(info.size()) : QStringLiteral("none");
}

}  // namespace

QString diagnosticsText(Workspace *workspace)
{
    QStringList lines;
    auto line = [&lines](const QString &name, const QString &value) { lines.append(name + QStringLiteral(": ") + value); };

    line(QStringLiteral("Fazhi Report"), QCoreApplication::applicationVersion());
    line(QStringLiteral("Qt"), QStringLiteral("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    line(QStringLiteral("Platform"), QStringLiteral("%1, style %2, %3 dpi, scale %4")
                                         .arg(QGuiApplication::platformName(),
                                              QApplication::style() ? QApplication::style()->name() : QStringLiteral("none"))
                                         .arg(QGuiApplication::primaryScreen() ? qRound(QGuiApplication::primaryScreen()->logicalDotsPerInch()) : 0)
                                         .arg(QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->devicePixelRatio() : 1.0));
    line(QStringLiteral("System"), QStringLiteral("%1; %2 %3; %4")
                                       .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                            QSysInfo::currentCpuArchitecture()));
    line(QStringLiteral("Locale"), QLocale::system().name());
    line(QStringLiteral("Interface language"), currentLanguage());
    line(QStringLiteral("Interface font"), QGuiApplication::font().family());

    // The fonts of the printed page: the user's choices first, then the GB/T 9704 chains.
    const PageProfile profile = AppSettings::instance().pageProfile();
    for (const ResolvedFont &font : resolveAllFonts(profile)) {
        QString found = font.family.isEmpty() ? QStringLiteral("NOT FOUND") : font.family;
        if (!font.family.isEmpty() && !font.fromChain)
            found += QStringLiteral(" (not in the chain)");
        line(QStringLiteral("Font ") + fontRoleKey(font.role),
             found + QStringLiteral(" (chain: ") + profile.chain(font.role).families.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }

    if (!workspace) {
        line(QStringLiteral("Workspace"), QStringLiteral("none open"));
    } else {
        const QString path = workspace->path();
        line(QStringLiteral("Workspace"), QDir::toNativeSeparators(path));
        line(QStringLiteral("Workspace size"), sizeOf(path) + QStringLiteral(" (journal -wal: ") + sizeOf(path + QStringLiteral("-wal")) + QLatin1Char(')'));
        // An open workspace has been brought to this build's schema (storage/Schema.h).
        line(QStringLiteral("Schema version"), QString::number(storage::schemaVersion()));
        const auto reports = workspace->listReports();
        line(QStringLiteral("Reports"), reports.ok() ? QString::number(reports.value().size()) : reports.error().message);
        const QDir backups(path + QStringLiteral(".backups"));
        line(QStringLiteral("Backups"), QStringLiteral("%1 in %2")
                                            .arg(backups.exists() ? backups.entryList({QStringLiteral("*.fazhi")}, QDir::Files).size() : 0)
                                            .arg(QDir::toNativeSeparators(backups.path())));
    }
    const QString log = LogFile::path();
    line(QStringLiteral("Log"), log.isEmpty() ? QStringLiteral("none") : QDir::toNativeSeparators(log));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace fazhi::ui
