#pragma once
// 审核记录: every revision and every step of the review of one report — when, who, what, which
// revision, and the opinion — oldest first. Not modal.

#include "workflow/ReviewWorkflow.h"
#include "storage/Workspace.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QTreeWidget;

namespace fazhi::ui {

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { When, Who, What, RevisionColumn, Opinion, ColumnCount };

    explicit HistoryDialog(QWidget *parent = nullptr);

    void setReport(Workspace *workspace, const QUuid &reportId, const QString &title = QString());
    void refresh();

    QTreeWidget *list() const { return m_list; }
    int rowCount() const;
    // The row as shown: one string per column.
    QStringList row(int index) const;

signals:
    // Compare this revision with the one before it.
    void compareRequested(int revision);

private:
    Workspace *m_workspace = nullptr;
    QUuid m_reportId;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

}  // namespace fazhi::ui
