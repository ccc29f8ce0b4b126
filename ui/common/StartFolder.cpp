#include "common/StartFolder.h"

#include "common/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fazhi::ui {

namespace {

AppSettings::Key keyOf(FolderUse use)
{
    return use == FolderUse::Import ? AppSettings::LastImportFolder : AppSettings::LastExportFolder;
}

bool usable(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return false;
    // The program's folder (and the working directory it was started in) is nowhere a clerk keeps files.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical != QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath();
}

}  // namespace

QString startFolder(FolderUse use)
{
    const QString last = AppSettings::instance().string(keyOf(use));
    if (usable(last))
        return last;
    QList<QStandardPaths::StandardLocation> places;
    if (use == FolderUse::Import)
        places = {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation, QStandardPaths::DesktopLocation};
    else
        places = {QStandardPaths::DocumentsLocation, QStandardPaths::DesktopLocation, QStandardPaths::DownloadLocation};
    for (const QStandardPaths::StandardLocation place : places) {
        const QString folder = QStandardPaths::writableLocation(place);
        // writableLocation names the folder even where it does not exist (a fresh Linux account).
        if (usable(folder) && folder != QDir::homePath())
            return folder;
    }
    return QDir::homePath();
}

void rememberFolder(FolderUse use, const QString &filePath)
{
    AppSettings::instance().setValue(keyOf(use), QFileInfo(filePath).absolutePath());
}

}  // namespace fazhi::ui
