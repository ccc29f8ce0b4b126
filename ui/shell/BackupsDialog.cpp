#include "shell/BackupsDialog.h"
#include "common/Theme.h"

#include "common/AppSettings.h"
#include "storage/Backups.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {
enum Column { DateColumn, ReasonColumn, ReportsColumn, SizeColumn, ColumnCount };
constexpr int kPathRole = Qt::UserRole;
}  // namespace

BackupsDialog::BackupsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Fazhi Report backs the workspace up the first time it is opened each day, and "
                                "before every upgrade, review import and restore. Restoring a backup brings back "
                                "every report as it was then; the workspace as it is now is backed up first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Date"), tr("Reason"), tr("Reports"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    for (int c : {DateColumn, ReportsColumn, SizeColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    setLook(m_folder, Look::Hint);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderRow->addWidget(m_folder, 1);
    auto *openFolder = new QPushButton(tr("Open Folder"), this);
    openFolder->setObjectName(QStringLiteral("openBackupFolderButton"));
    connect(openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = backupFolder(m_workspacePath);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    folderRow->addWidget(openFolder);
    layout->addLayout(folderRow);

    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("Keep backups for"), this);
    m_keepDays = new QSpinBox(this);
    m_keepDays->setObjectName(QStringLiteral("backupKeepDays"));
    m_keepDays->setRange(1, kMaxBackupKeepDays);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(clampBackupKeepDays(AppSettings::instance().value(AppSettings::BackupKeepDays)));
    keepLabel->setBuddy(m_keepDays);
    connect(m_keepDays, &QSpinBox::valueChanged, this,
            [](int days) { AppSettings::instance().setValue(AppSettings::BackupKeepDays, days); });
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keepDays);
    auto *keepHint = new QLabel(tr("(the newest backup is always kept)"), this);
    setLook(keepHint, Look::Hint);
    keepRow->addWidget(keepHint);
    keepRow->addStretch(1);
    layout->addLayout(keepRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *backUpNow = buttons->addButton(tr("Back Up Now"), QDialogButtonBox::ActionRole);
    backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_restoreAsCopy = buttons->addButton(tr("Restore as New File…"), QDialogButtonBox::ActionRole);
    m_restoreAsCopy->setObjectName(QStringLiteral("restoreBackupAsCopyButton"));
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    layout->addWidget(buttons);
    // Restore does not close the dialog by itself (accepted is not connected): the main window
    // closes it once it has restored.
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!selectedBackup().isEmpty())
            emit restoreRequested(selectedBackup());
    });
    connect(m_restoreAsCopy, &QPushButton::clicked, this, [this] {
        if (!selectedBackup().isEmpty())
            emit restoreAsCopyRequested(selectedBackup());
    });
    connect(backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNowRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { m_restore->click(); });

    resize(640, 420);
    refresh();
}

void BackupsDialog::refresh()
{
    const QString folder = backupFolder(m_workspacePath);
    m_folder->setText(tr("Kept in %1").arg(QDir::toNativeSeparators(folder)));
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : listBackups(m_workspacePath)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, b.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(ReasonColumn, backupReasonText(b.reason));
        item->setText(ReportsColumn, b.reportCount < 0 ? tr("unreadable") : QString::number(b.reportCount));
        item->setTextAlignment(ReportsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SizeColumn, locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(DateColumn, kPathRole, b.path);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(b.path));
        if (b.reportCount < 0)
            item->setDisabled(true);  // damaged or from a newer version: nothing to restore
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_list, {tr("No backups yet")});
        none->setFlags(Qt::NoItemFlags);
    } else if (!m_list->topLevelItem(0)->isDisabled()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

QString BackupsDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected() || item->isDisabled())
        return QString();
    return item->data(DateColumn, kPathRole).toString();
}

void BackupsDialog::updateButtons()
{
    const bool chosen = !selectedBackup().isEmpty();
    m_restore->setEnabled(chosen);
    m_restoreAsCopy->setEnabled(chosen);
}

}  // namespace fazhi::ui
