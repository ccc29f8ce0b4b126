#pragma once
// The editor in the window: what is selected in the outline, the form that shows it and the node the
// preview highlights, kept together; and the actions on nodes: undo and redo, insert a part, section,
// paragraph, point or figure (where it goes is core's rule, edit/Insertion.h), delete, duplicate,
// move. Adds its actions to the MainWindow (actionUndo, actionAddSection, actionMoveUp, …) and the
// outline's context menu.

#include <QObject>
#include <QPointer>
#include <QUuid>

class QUndoGroup;

namespace fazhi {
class ReportSession;
}

namespace fazhi::ui {

class MainWindow;

class EditorController : public QObject {
    Q_OBJECT
public:
    explicit EditorController(MainWindow *window);

    // The outline, the forms, the preview and the undo actions follow this session (null: none).
    void setSession(ReportSession *session);

    QUuid currentNode() const;
    void selectNode(const QUuid &id);
    // Selects the form that holds the node and puts the cursor in its editor.
    void revealNode(const QUuid &id, int cursor = -1);
    void updateActions();

private:
    void createActions();
    void onCurrentNodeChanged(const QUuid &id);
    void addPart();
    void addSection(const QUuid &partHint = QUuid());
    void addParagraph();
    void addPoint();
    void addFact();
    void deleteNode();
    void duplicateNode();
    void moveNode(int delta);

    MainWindow *m_window;
    QPointer<ReportSession> m_session;
    QUndoGroup *m_undoGroup;
    QUuid m_currentParent;  // where to go when the selected node disappears
};

}  // namespace fazhi::ui
