#pragma once
// An open report being edited: the in-memory Report, its undo stack, and saving to the workspace.
//
// Typing never waits for the disk: a field edit changes the in-memory report at once (so the preview
// follows) and is queued; the queue is written one field per row shortly after the last keystroke
// (kSaveDelayMs) and whenever the session flushes (switching reports, quitting). A queued save that
// would wait for the workspace's integrity scan (see Workspace::open) waits for its verdict beside the
// typing instead. Structural edits (insert, remove, move) are written at once. Every edit goes through
// the undo stack; consecutive typing in one field merges into one undo step.

#include "model/ReportEdit.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace fazhi {

class ReportSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 400;

    ReportSession(Workspace &workspace, Report report, QObject *parent = nullptr);
    ~ReportSession() override;

    const Report &report() const { return m_report; }
    QUuid reportId() const { return m_report.id; }
    QUndoStack *undoStack() { return &m_undo; }
    Workspace &workspace() { return m_workspace; }
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    QDateTime lastSaved() const { return m_lastSaved; }
    // Locked reports (approved, published) refuse edits, and so does a read-only session (the
    // reviewer's: a leader comments and decides but does not change the text).
    bool isLocked() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // The edit facade: the UI calls these and never builds undo commands itself. Edits that change
    // nothing are not pushed. Each returns false when refused (unknown node, locked report).
    bool setDetail(const QString &field, const QVariant &value);
    bool setNodeField(const QUuid &nodeId, const QString &field, const QVariant &value);
    bool insertNode(const NodeSnapshot &snapshot);
    bool removeNode(const QUuid &nodeId);
    bool moveNode(const QUuid &nodeId, int newIndex);
    // Inserts a copy (fresh ids) right after the node; returns the copy's id or a null id.
    QUuid duplicateNode(const QUuid &nodeId);

    // Writes every queued field edit now. Returns the first error, if any.
    Status flush();

    // Applied by undo commands; not for the UI.
    void applyField(const QUuid &nodeId, const QString &field, const QVariant &value);
    void applyInsert(const NodeSnapshot &snapshot);
    void applyRemove(const QUuid &nodeId);
    void applyMove(const QUuid &nodeId, int newIndex);

signals:
    // A text or detail changed (the preview re-renders; forms update if they show another value).
    void fieldChanged(const QUuid &nodeId, const QString &field);
    // Nodes were inserted, removed or moved (the outline rebuilds, numbering changes).
    void structureChanged();
    void saved(const QDateTime &when);
    void saveFailed(const fazhi::Error &error);

private:
    void scheduleSave();
    void saveQueued();
    void finishStructuralEdit(const Status &status);
    void reportError(const Error &error);

    Workspace &m_workspace;
    Report m_report;
    QUndoStack m_undo;
    QTimer m_saveTimer;
    QFutureWatcher<Status> m_scanWatcher;  // a queued save waiting for the integrity scan's verdict
    // Queued field writes, in order; a later write of the same field replaces the earlier one.
    struct PendingField {
        QUuid nodeId;  // null: a report detail
        QString field;
        QVariant value;
    };
    QList<PendingField> m_pending;
    QDateTime m_lastSaved;
    bool m_readOnly = false;
};

}  // namespace fazhi
