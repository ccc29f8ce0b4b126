#include "review/HistoryDialog.h"

#include "common/Names.h"
#include "review/ReviewNames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fazhi::ui {

HistoryDialog::HistoryDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Review History"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Revision"), tr("Opinion or note")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RevisionColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *compare = buttons->addButton(tr("Compare with the Previous Revision"), QDialogButtonBox::ActionRole);
    compare->setObjectName(QStringLiteral("historyCompare"));
    compare->setEnabled(false);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("historyClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    auto selectedRevision = [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        return item ? item->data(RevisionColumn, Qt::UserRole).toInt() : 0;
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, [compare, selectedRevision] {
        compare->setEnabled(selectedRevision() > 0);
    });
    connect(compare, &QPushButton::clicked, this, [this, selectedRevision] {
        if (selectedRevision() > 0)
            emit compareRequested(selectedRevision());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this, selectedRevision] {
        if (selectedRevision() > 0)
            emit compareRequested(selectedRevision());
    });
    resize(860, 460);
}

void HistoryDialog::setReport(Workspace *workspace, const QUuid &reportId, const QString &title)
{
    m_workspace = workspace;
    m_reportId = reportId;
    setWindowTitle(title.isEmpty() ? tr("Review History") : tr("Review History — %1").arg(title));
    refresh();
}

void HistoryDialog::refresh()
{
    m_list->clear();
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    auto entries = review::history(*m_workspace, m_reportId);
    if (!entries.ok()) {
        m_summary->setText(entries.error().message);
        return;
    }
    int revisions = 0;
    for (const review::HistoryEntry &e : entries.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(When, ReviewNames::time(e.at));
        item->setText(Who, e.by);
        item->setText(What, ReviewNames::action(e.what));
        item->setText(RevisionColumn, e.revision > 0 ? tr("No. %1").arg(e.revision) : QString());
        // Revisions compare with the one before them.
        item->setData(RevisionColumn, Qt::UserRole, e.what == QLatin1String("revision") && e.revision > 1 ? e.revision : 0);
        item->setText(Opinion, e.opinion);
        item->setToolTip(Opinion, e.opinion);
        if (e.what == QLatin1String("revision")) {
            ++revisions;
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, QColor(0x4a, 0x55, 0x63));
        }
        if (e.what == ReviewAction::Return) {
            item->setForeground(What, QColor(0xb0, 0x35, 0x2b));
        } else if (e.what == ReviewAction::Approve || e.what == ReviewAction::Publish) {
            item->setForeground(What, QColor(0x17, 0x70, 0x3a));
        }
    }
    auto loaded = m_workspace->loadReport(m_reportId);
    const QString status = loaded.ok() ? Names::status(loaded->status) : QString();
    if (entries->isEmpty())
        m_summary->setText(tr("Nothing recorded yet: the record starts when the report is submitted for review."));
    else
        m_summary->setText(tr("Status: %1 · %2 revisions · %3 steps recorded")
                               .arg(status)
                               .arg(revisions)
                               .arg(entries->size() - revisions));
    m_list->scrollToBottom();
}

int HistoryDialog::rowCount() const { return m_list->topLevelItemCount(); }

QStringList HistoryDialog::row(int index) const
{
    QStringList cells;
    if (QTreeWidgetItem *item = m_list->topLevelItem(index)) {
        for (int c = 0; c < ColumnCount; ++c)
            cells << item->text(c);
    }
    return cells;
}

}  // namespace fazhi::ui
