#pragma once
// The open report's outline as a tree: report details, then the parts, their sections, and the
// paragraphs, points and figures under them. Labels carry the live numbering (一、（一）一是 1.),
// generated from position by core's numbering rules. Nodes move by drag and drop among siblings of
// their own kind; every change goes through the ReportSession.

#include "edit/ReportSession.h"
#include "model/Report.h"
#include "model/ReportJson.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QUuid>
#include <memory>
#include <optional>
#include <vector>

namespace fazhi::ui {

class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { NodeIdRole = Qt::UserRole + 1, NodeTypeRole };
    static const QString kMimeType;

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setSession(ReportSession *session);
    ReportSession *session() const { return m_session; }

    QModelIndex indexOf(const QUuid &id) const;
    QUuid nodeId(const QModelIndex &index) const;
    std::optional<NodeType> nodeType(const QModelIndex &index) const;
    // The label shown for a node, with its number ("（二）强化……").
    QString label(const QModelIndex &index) const;

    // Where a node dropped at (row, parent) would go among its siblings of the same kind.
    std::optional<int> dropIndex(const QUuid &id, int row, const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Item;
    void rebuild();
    void onFieldChanged(const QUuid &id, const QString &field);
    Item *itemOf(const QModelIndex &index) const;
    QModelIndex indexOfItem(const Item *item) const;
    void emitChangedRecursively(const Item *item);

    QPointer<ReportSession> m_session;
    std::unique_ptr<Item> m_root;
    QHash<QUuid, Item *> m_byId;
};

}  // namespace fazhi::ui
