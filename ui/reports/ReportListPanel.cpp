#include "reports/ReportListPanel.h"
#include "common/Theme.h"

#include "common/Icons.h"
#include "common/Names.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {

// The list's order: the latest year first, then organizations as `compareOrganizations` collates them
// (negative, zero, positive), then the report changed last first.
template <typename CompareOrganizations>
bool listedBefore(const ReportSummary &a, const ReportSummary &b, CompareOrganizations compareOrganizations)
{
    if (a.year != b.year)
        return a.year > b.year;
    const int org = compareOrganizations(a.organization, b.organization);
    if (org != 0)
        return org < 0;
    return a.updatedAt > b.updatedAt;
}

bool lessThan(const ReportSummary &a, const ReportSummary &b)
{
    return listedBefore(a, b, [](const QString &x, const QString &y) { return QString::localeAwareCompare(x, y); });
}

// Two lines per report: the title, then year · organization · status.
class ReportDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() * 2 + 16};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, w);

        const bool selected = option.state & QStyle::State_Selected;
        const QRect r = option.rect.adjusted(10, 6, -8, -6);
        const QFontMetrics fm(option.font);
        QFont titleFont = option.font;
        titleFont.setBold(true);
        p->save();
        p->setFont(titleFont);
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QString title = index.data(Qt::DisplayRole).toString();
        p->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, r.width()));
        p->setFont(option.font);
        QColor sub = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        p->setPen(sub);
        const QString status = Names::status(ReportStatus(index.data(ReportListModel::StatusRole).toInt()));
        const QString line = QStringLiteral("%1 · %2").arg(
            ReportListModel::tr("Year %1").arg(index.data(ReportListModel::YearRole).toInt()), status);
        p->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(line, Qt::ElideRight, r.width()));
        p->restore();
    }
};

}  // namespace

ReportListModel::ReportListModel(QObject *parent) : QAbstractListModel(parent) {}

void ReportListModel::sortForListing(QList<ReportSummary> &reports)
{
    // The order of lessThan, but each organization collated once rather than in every comparison (a
    // workspace holds few organizations and may hold a thousand reports; collation is slow).
    QStringList organizations;
    for (const ReportSummary &s : reports)
        organizations << s.organization;
    organizations.removeDuplicates();
    std::sort(organizations.begin(), organizations.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QHash<QString, int> rank;
    for (int i = 0; i < organizations.size(); ++i)
        rank.insert(organizations.at(i), i);
    std::stable_sort(reports.begin(), reports.end(), [&rank](const ReportSummary &a, const ReportSummary &b) {
        return listedBefore(a, b, [&rank](const QString &x, const QString &y) { return rank.value(x) - rank.value(y); });
    });
}

void ReportListModel::setReports(const QList<ReportSummary> &reports, Order order)
{
    beginResetModel();
    m_reports = reports;
    if (order != Order::Listing)
        sortForListing(m_reports);
    endResetModel();
}

int ReportListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports.at(i).id == id)
            return i;
    }
    return -1;
}

void ReportListModel::updateReport(const ReportSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0) {
        // Insert where it sorts.
        int at = 0;
        while (at < m_reports.size() && lessThan(m_reports.at(at), summary))
            ++at;
        beginInsertRows(QModelIndex(), at, at);
        m_reports.insert(at, summary);
        endInsertRows();
        return;
    }
    m_reports[row] = summary;
    emit dataChanged(index(row), index(row));
}

void ReportListModel::removeReport(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_reports.removeAt(row);
    endRemoveRows();
}

int ReportListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_reports.size()); }

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const ReportSummary &s = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title.isEmpty() ? tr("Untitled report") : s.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(s.title, s.organization);
    case IdRole:
        return s.id;
    case YearRole:
        return s.year;
    case OrganizationRole:
        return s.organization;
    case StatusRole:
        return int(s.status);
    case UpdatedRole:
        return s.updatedAt;
    case SearchTextRole:
        return QStringList{s.title, s.organization, QString::number(s.year), Names::status(s.status)}.join(QLatin1Char('\n'));
    }
    return {};
}

ReportListPanel::ReportListPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::ReportListMargins);
    layout->setSpacing(metrics::ItemSpacing);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Reports"), this);
    setLook(title, Look::PaneTitle);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reportCount"));
    setLook(m_count, Look::Hint);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    layout->addLayout(header);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reportSearch"));
    m_search->setPlaceholderText(tr("Search title, organization, year"));
    addClearButton(m_search);
    m_search->addAction(icon(IconKind::Search), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);

    m_model = new ReportListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ReportListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("reportList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ReportDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                emit reportChosen(current.data(ReportListModel::IdRole).toUuid());
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReportListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReportListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportListPanel::updateCount);
    updateCount();
}

void ReportListPanel::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n report(s)", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));
}

void ReportListPanel::selectReport(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    m_selecting = true;
    if (row < 0) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    } else {
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
        if (!index.isValid()) {
            m_search->clear();
            index = m_proxy->mapFromSource(m_model->index(row));
        }
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    }
    m_selecting = false;
}

QUuid ReportListPanel::selectedReport() const
{
    return m_view->currentIndex().data(ReportListModel::IdRole).toUuid();
}

}  // namespace fazhi::ui
