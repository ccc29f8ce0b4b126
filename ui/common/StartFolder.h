#pragma once
// Where the import and export file dialogs start: the folder last used for that kind of file (the
// settings remember it), else where a clerk keeps files, never the program's own folder (an empty
// start folder would be the working directory: on Windows, where the program is installed).

#include <QString>

namespace fazhi::ui {

enum class FolderUse {
    Import,  // reports to read: 下载 first (a report saved from the website lands there), 文档, 桌面
    Export,  // files written: 文档, 桌面
};

QString startFolder(FolderUse use);
// Remembers the folder of `filePath` as the start for the next dialog of that use.
void rememberFolder(FolderUse use, const QString &filePath);

}  // namespace fazhi::ui
