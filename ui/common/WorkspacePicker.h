#pragma once
// Choosing a workspace file: one dialog that opens an existing workspace or names a new one. A save
// dialog would ask whether to replace a workspace the user only wants to open (and an open dialog
// cannot name a new one).

#include <QString>

class QFileDialog;
class QWidget;

namespace fazhi::ui {

// The chosen path, or an empty string when cancelled. Under the test seams (Prompts::setAutomatic)
// it answers as Prompts::saveFileName does.
QString chooseWorkspaceFile(QWidget *parent, const QString &caption, const QString &path);

// What the dialog is: an accept button "Open or Create", no question about replacing, *.fazhi.
void setUpWorkspaceDialog(QFileDialog &dialog, const QString &path);

}  // namespace fazhi::ui
