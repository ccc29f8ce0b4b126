#pragma once
// "Restore from Backup…": the workspace's backups (storage/Backups.h) with their date, reason, report
// count and size; restore one, restore one as a new file, back up now, and how many days to keep.
// The dialog only lists and asks: the main window closes the workspace, restores and reopens it.

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace fazhi::ui {

class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupsDialog(const QString &workspacePath, QWidget *parent = nullptr);

    // Lists the backups again (after one was made or restored).
    void refresh();
    QString selectedBackup() const;
    QTreeWidget *backupList() const { return m_list; }

signals:
    void restoreRequested(const QString &backupPath);
    void restoreAsCopyRequested(const QString &backupPath);
    void backUpNowRequested();

private:
    void updateButtons();

    QString m_workspacePath;
    QLabel *m_folder = nullptr;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_restoreAsCopy = nullptr;
};

}  // namespace fazhi::ui
