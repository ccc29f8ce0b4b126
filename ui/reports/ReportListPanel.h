#pragma once
// The reports in the workspace: newest year first, then by organization; a search box filters by
// title, organization, year and status.

#include "storage/Workspace.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QWidget>

class QLineEdit;
class QListView;
class QLabel;

namespace fazhi::ui {

class ReportListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, YearRole, OrganizationRole, StatusRole, UpdatedRole, SearchTextRole };
    explicit ReportListModel(QObject *parent = nullptr);

    // The reports in the list's order (the latest year first, organizations collated, the report changed
    // last first). Pure, so it may run on a worker thread.
    static void sortForListing(QList<ReportSummary> &reports);
    enum class Order { Any, Listing };
    // Shows `reports`; `Order::Listing` says they are sorted by sortForListing already.
    void setReports(const QList<ReportSummary> &reports, Order order = Order::Any);
    // Updates (or adds) one report's row from its current state.
    void updateReport(const ReportSummary &summary);
    void removeReport(const QUuid &id);
    int rowOf(const QUuid &id) const;
    const QList<ReportSummary> &reports() const { return m_reports; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ReportSummary> m_reports;
};

class ReportListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReportListPanel(QWidget *parent = nullptr);

    ReportListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    void selectReport(const QUuid &id);
    QUuid selectedReport() const;

signals:
    void reportChosen(const QUuid &id);

private:
    void updateCount();

    ReportListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    bool m_selecting = false;
};

}  // namespace fazhi::ui
