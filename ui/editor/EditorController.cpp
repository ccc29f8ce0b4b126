#include "editor/EditorController.h"

#include "common/Icons.h"
#include "common/Names.h"
#include "edit/Insertion.h"
#include "edit/ReportSession.h"
#include "editor/Forms.h"
#include "editor/OutlineModel.h"
#include "editor/OutlineView.h"
#include "model/ReportJson.h"
#include "output/PreviewPane.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

namespace fazhi::ui {

EditorController::EditorController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("editorController"));
    m_undoGroup = new QUndoGroup(this);
    createActions();

    OutlineView *outline = window->outline();
    FormStack *forms = window->forms();
    PreviewPane *preview = window->preview();
    connect(outline, &OutlineView::currentNodeChanged, this, &EditorController::onCurrentNodeChanged);
    connect(forms, &FormStack::nodeFocused, this, [preview](const QUuid &id) { preview->setActiveNode(id); });
    connect(forms, &FormStack::continueAt, this, [this](const QUuid &id, int cursor) { revealNode(id, cursor); });
    connect(forms, &FormStack::addSectionRequested, this, [this](const QUuid &partId) { addSection(partId); });
    connect(preview, &PreviewPane::nodeClicked, this, [this](const QUuid &id) { revealNode(id); });
}

void EditorController::createActions()
{
    MainWindow *w = m_window;
    QAction *undo = m_undoGroup->createUndoAction(w, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(icon(IconKind::Undo));
    undo->setIconText(tr("Undo"));
    w->addNamedAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(w, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setIcon(icon(IconKind::Redo));
    redo->setIconText(tr("Redo"));
    w->addNamedAction(redo);

    auto make = [this, w](const char *name, const QString &text, auto slot) {
        QAction *a = w->makeAction(name, text);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *a = make("actionDuplicate", tr("D&uplicate"), &EditorController::duplicateNode);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a->setIcon(icon(IconKind::Duplicate));
    a->setStatusTip(tr("Insert a copy of the selected part, section, paragraph or point after it"));
    a = make("actionDelete", tr("&Delete"), &EditorController::deleteNode);
    a->setShortcut(QKeySequence::Delete);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // in text fields Delete deletes characters
    a->setIcon(icon(IconKind::Delete));
    a->setIconText(tr("Delete"));
    a->setStatusTip(tr("Delete the selected part, section, paragraph, point or figure (undo brings it back)"));
    w->outline()->addAction(a);
    a = make("actionMoveUp", tr("Move &Up"), [this] { moveNode(-1); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    a->setIcon(icon(IconKind::MoveUp));
    a->setIconText(tr("Up"));
    a = make("actionMoveDown", tr("Move Dow&n"), [this] { moveNode(1); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    a->setIcon(icon(IconKind::MoveDown));
    a->setIconText(tr("Down"));

    a = make("actionAddPart", tr("&Part"), &EditorController::addPart);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    a->setIcon(icon(IconKind::Part));
    a->setStatusTip(tr("Add a part (一、二、…) after the current one"));
    a = make("actionAddSection", tr("&Section"), [this] { addSection(); });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    a->setIcon(icon(IconKind::Section));
    a->setIconText(tr("Section"));
    a->setStatusTip(tr("Add a section (（一）（二）…: a work area or a plan) after the current one"));
    a = make("actionAddParagraph", tr("P&aragraph"), &EditorController::addParagraph);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    a->setIcon(icon(IconKind::Paragraph));
    a->setIconText(tr("Paragraph"));
    a = make("actionAddPoint", tr("P&oint (一是…)"), &EditorController::addPoint);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4));
    a->setIcon(icon(IconKind::Point));
    a->setIconText(tr("Point"));
    a = make("actionAddFact", tr("&Figure"), &EditorController::addFact);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_5));
    a->setIcon(icon(IconKind::Fact));

    // The outline's context menu: what can be done to the selected node.
    OutlineView *outline = w->outline();
    outline->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *name : {"actionAddSection", "actionAddParagraph", "actionAddPoint"})
        outline->addAction(w->action(name));
    auto *sep = new QAction(this);
    sep->setSeparator(true);
    outline->addAction(sep);
    for (const char *name : {"actionMoveUp", "actionMoveDown", "actionDuplicate"})
        outline->addAction(w->action(name));
}

void EditorController::setSession(ReportSession *session)
{
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
        m_window->forms()->setSession(nullptr);
        m_window->preview()->setSession(nullptr);
        m_window->outlineModel()->setSession(nullptr);
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
        m_window->outlineModel()->setSession(session);
        m_window->forms()->setSession(session);
        m_window->preview()->setSession(session);
        connect(session, &ReportSession::structureChanged, this, &EditorController::updateActions);
    }
}

void EditorController::updateActions()
{
    MainWindow *w = m_window;
    const bool editable = m_session && !m_session->isLocked();
    const QUuid id = m_session ? currentNode() : QUuid();
    const auto info = m_session ? findNode(m_session->report(), id) : std::nullopt;
    const bool movable = editable && info && info->type != NodeType::Report;
    w->action("actionDelete")->setEnabled(movable);
    w->action("actionDuplicate")->setEnabled(movable);
    w->action("actionMoveUp")->setEnabled(movable && movedIndex(m_session->report(), id, -1));
    w->action("actionMoveDown")->setEnabled(movable && movedIndex(m_session->report(), id, 1));
    for (const char *name : {"actionAddPart", "actionAddSection", "actionAddParagraph", "actionAddPoint"})
        w->action(name)->setEnabled(editable);
    w->action("actionAddFact")->setEnabled(editable && newFact(m_session->report(), id));
}

// ---------------------------------------------------------------------------------------------------
// Selection

QUuid EditorController::currentNode() const { return m_window->outline()->currentNode(); }

void EditorController::selectNode(const QUuid &id)
{
    OutlineView *outline = m_window->outline();
    outline->selectNode(id);
    if (outline->currentNode() == id)
        onCurrentNodeChanged(id);
}

void EditorController::revealNode(const QUuid &id, int cursor)
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    const auto info = findNode(r, id);
    if (!info)
        return;
    // Paragraphs and points of a part or section are edited in its form; the rest in their own.
    QUuid owner = id;
    if (info->type == NodeType::Paragraph || info->type == NodeType::Point)
        owner = info->parentId.isNull() ? r.id : info->parentId;  // the report's own: in its details form
    if (info->type == NodeType::Fact)
        owner = info->parentId;
    selectNode(owner);
    FormStack *forms = m_window->forms();
    if (!forms->focusNode(id, cursor) && owner != id) {
        selectNode(id);
        forms->focusNode(id, cursor);
    }
    m_window->preview()->setActiveNode(id);
}

void EditorController::onCurrentNodeChanged(const QUuid &id)
{
    if (!m_session)
        return;
    if (id.isNull()) {
        // The selected node went away (deleted, or its insertion undone): go to what held it.
        const QUuid fallback = findNode(m_session->report(), m_currentParent) ? m_currentParent : m_session->reportId();
        m_currentParent = QUuid();
        QTimer::singleShot(0, this, [this, fallback] {
            if (m_session)
                selectNode(fallback);
        });
        return;
    }
    const auto info = findNode(m_session->report(), id);
    m_currentParent = info && !info->parentId.isNull() ? info->parentId : m_session->reportId();
    m_window->forms()->showNode(id);
    m_window->preview()->setActiveNode(id);
    updateActions();
}

// ---------------------------------------------------------------------------------------------------
// Insertion: where the new node goes is core's rule (edit/Insertion.h); the editor selects it.

void EditorController::addPart()
{
    if (!m_session)
        return;
    const auto snap = newPart(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id());
}

void EditorController::addSection(const QUuid &partHint)
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    const auto snap = partHint.isNull() ? newSection(r, currentNode()) : newSectionAtEnd(r, partHint);
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id());
}

void EditorController::addParagraph()
{
    if (!m_session)
        return;
    const auto snap = newParagraph(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id(), 0);
}

void EditorController::addPoint()
{
    if (!m_session)
        return;
    const auto snap = newPoint(m_session->report(), currentNode());
    if (snap && m_session->insertNode(*snap))
        revealNode(snap->id(), 0);
}

void EditorController::addFact()
{
    if (!m_session)
        return;
    const auto snap = newFact(m_session->report(), currentNode());
    if (!snap)
        return;
    if (m_session->insertNode(*snap))
        selectNode(snap->id());
    NodeForm *form = m_window->forms()->currentForm();
    if (QWidget *first = form ? form->firstEditor() : nullptr)
        first->setFocus(Qt::OtherFocusReason);
}

void EditorController::deleteNode()
{
    if (!m_session)
        return;
    const QUuid id = currentNode();
    const auto info = findNode(m_session->report(), id);
    if (!info || info->type == NodeType::Report)
        return;
    // Select a neighbour first: the next sibling in the outline, else the previous, else the parent.
    OutlineModel *model = m_window->outlineModel();
    const QModelIndex index = model->indexOf(id);
    QModelIndex next = index.sibling(index.row() + 1, 0);
    if (!next.isValid())
        next = index.sibling(index.row() - 1, 0);
    if (!next.isValid())
        next = index.parent();
    const QUuid nextId = next.isValid() ? model->nodeId(next) : m_session->reportId();
    const QString what = Names::nodeType(info->type);
    if (m_session->removeNode(id)) {
        selectNode(nextId);
        m_window->statusBar()->showMessage(tr("%1 deleted. Undo (Ctrl+Z) brings it back.").arg(what), 6000);
    }
}

void EditorController::duplicateNode()
{
    if (!m_session)
        return;
    const QUuid copy = m_session->duplicateNode(currentNode());
    if (!copy.isNull())
        selectNode(copy);
}

void EditorController::moveNode(int delta)
{
    if (!m_session)
        return;
    const QUuid id = currentNode();
    const auto to = movedIndex(m_session->report(), id, delta);
    if (!to)
        return;
    m_session->moveNode(id, *to);
    selectNode(id);
}

}  // namespace fazhi::ui
