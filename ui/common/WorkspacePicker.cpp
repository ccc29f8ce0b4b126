#include "common/WorkspacePicker.h"

#include "common/Prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace fazhi::ui {

namespace {
QString filter() { return QCoreApplication::translate("fazhi::ui::WorkspacePicker", "Fazhi Report workspace (*.fazhi)"); }
}  // namespace

void setUpWorkspaceDialog(QFileDialog &dialog, const QString &path)
{
    // A save dialog accepts a name that exists and one that does not; without the question about
    // replacing, choosing an existing workspace opens it, and the app never replaces it.
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite, true);
    dialog.setNameFilter(filter());
    dialog.setDefaultSuffix(QStringLiteral("fazhi"));
    dialog.setLabelText(QFileDialog::Accept,
                        QCoreApplication::translate("fazhi::ui::WorkspacePicker", "Open or Create"));
    const QFileInfo info(path);
    dialog.setDirectory(info.absolutePath());
    dialog.selectFile(info.fileName());
}

QString chooseWorkspaceFile(QWidget *parent, const QString &caption, const QString &path)
{
    if (Prompts::isAutomatic())
        return Prompts::saveFileName(parent, caption, path, filter());
    QFileDialog dialog(parent, caption);
    setUpWorkspaceDialog(dialog, path);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

}  // namespace fazhi::ui
