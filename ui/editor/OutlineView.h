#pragma once
// The outline tree: keeps what was expanded and selected across rebuilds of the model (every
// structural edit rebuilds it), and moves nodes by drag and drop among their siblings.

#include <QSet>
#include <QTreeView>
#include <QUuid>

namespace fazhi::ui {

class OutlineModel;

class OutlineView : public QTreeView {
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);

    void setOutlineModel(OutlineModel *model);
    OutlineModel *outlineModel() const { return m_model; }
    QUuid currentNode() const;
    // Selects a node, expanding what holds it and scrolling it into view.
    void selectNode(const QUuid &id);
    // Forget what was expanded (a different report was opened); parts start expanded.
    void resetExpansion();

signals:
    void currentNodeChanged(const QUuid &id);

private:
    void saveState();
    void restoreState();
    void expandDefaults(const QModelIndex &parent);

    OutlineModel *m_model = nullptr;
    QSet<QUuid> m_expanded;
    QUuid m_current;
    bool m_fresh = true;
    bool m_restoring = false;
};

}  // namespace fazhi::ui
