#include "editor/OutlineView.h"

#include "editor/OutlineModel.h"

#include <QHeaderView>
#include <functional>

namespace fazhi::ui {

OutlineView::OutlineView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("outline"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAnimated(false);
    setExpandsOnDoubleClick(true);
    setIndentation(16);
}

void OutlineView::setOutlineModel(OutlineModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &OutlineView::saveState);
    connect(model, &QAbstractItemModel::modelReset, this, &OutlineView::restoreState);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &) {
                if (m_restoring)
                    return;
                m_current = m_model->nodeId(current);
                emit currentNodeChanged(m_current);
            });
}

QUuid OutlineView::currentNode() const { return m_model ? m_model->nodeId(currentIndex()) : QUuid(); }

void OutlineView::resetExpansion()
{
    m_expanded.clear();
    m_current = QUuid();
    m_fresh = true;
}

void OutlineView::saveState()
{
    if (!m_model)
        return;
    if (!m_fresh) {
        m_expanded.clear();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex i = m_model->index(r, 0, parent);
                if (isExpanded(i)) {
                    m_expanded.insert(m_model->nodeId(i));
                    walk(i);
                }
            }
        };
        walk(QModelIndex());
    }
    m_current = currentNode();
}

void OutlineView::expandDefaults(const QModelIndex &parent)
{
    // Parts open (their sections show); sections closed (their paragraphs do not crowd the tree).
    for (int r = 0; r < m_model->rowCount(parent); ++r) {
        const QModelIndex i = m_model->index(r, 0, parent);
        if (m_model->nodeType(i) == NodeType::Part)
            expand(i);
    }
}

void OutlineView::restoreState()
{
    if (!m_model)
        return;
    m_restoring = true;
    if (m_fresh) {
        expandDefaults(QModelIndex());
        m_fresh = false;
    } else {
        for (const QUuid &id : std::as_const(m_expanded)) {
            const QModelIndex i = m_model->indexOf(id);
            if (i.isValid())
                expand(i);
        }
    }
    const QModelIndex current = m_model->indexOf(m_current);
    if (current.isValid()) {
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        m_restoring = false;
    } else {
        m_restoring = false;
        if (!m_current.isNull()) {
            // The node went away (deleted, or undo of its insertion): tell the window.
            m_current = QUuid();
            emit currentNodeChanged(QUuid());
        }
    }
}

void OutlineView::selectNode(const QUuid &id)
{
    if (!m_model)
        return;
    const QModelIndex i = m_model->indexOf(id);
    if (!i.isValid())
        return;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        expand(p);
    if (currentIndex() != i)
        selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    scrollTo(i);
}

}  // namespace fazhi::ui
