#include "ReportSession.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace fazhi {

namespace {


enum CommandId { SetFieldId = 1 };

class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(ReportSession &session, const QUuid &nodeId, const QString &field, QVariant before,
                    QVariant after)
        : session(session), nodeId(nodeId), field(field), before(std::move(before)), after(std::move(after))
    {
        setText(Tr::tr("Typing"));
    }
    int id() const override { return SetFieldId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Consecutive typing in one field is one undo step.
        const auto *o = static_cast<const SetFieldCommand *>(other);
        if (o->nodeId != nodeId || o->field != field || after.typeId() != QMetaType::QString)
            return false;
        after = o->after;
        return true;
    }
    void redo() override { session.applyField(nodeId, field, after); }
    void undo() override { session.applyField(nodeId, field, before); }

private:
    ReportSession &session;
    QUuid nodeId;
    QString field;
    QVariant before, after;
};

class InsertCommand : public QUndoCommand {
public:
    InsertCommand(ReportSession &session, NodeSnapshot snapshot, const QString &text)
        : session(session), snapshot(std::move(snapshot))
    {
        setText(text);
    }
    void redo() override { session.applyInsert(snapshot); }
    void undo() override { session.applyRemove(snapshot.id()); }

private:
    ReportSession &session;
    NodeSnapshot snapshot;
};

class RemoveCommand : public QUndoCommand {
public:
    RemoveCommand(ReportSession &session, NodeSnapshot snapshot) : session(session), snapshot(std::move(snapshot))
    {
        setText(Tr::tr("Delete"));
    }
    void redo() override { session.applyRemove(snapshot.id()); }
    void undo() override { session.applyInsert(snapshot); }

private:
    ReportSession &session;
    NodeSnapshot snapshot;
};

class MoveCommand : public QUndoCommand {
public:
    MoveCommand(ReportSession &session, const QUuid &nodeId, int from, int to)
        : session(session), nodeId(nodeId), from(from), to(to)
    {
        setText(Tr::tr("Move"));
    }
    void redo() override { session.applyMove(nodeId, to); }
    void undo() override { session.applyMove(nodeId, from); }

private:
    ReportSession &session;
    QUuid nodeId;
    int from, to;
};

}  // namespace

ReportSession::ReportSession(Workspace &workspace, Report report, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_report(std::move(report))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReportSession::saveQueued);
    connect(&m_scanWatcher, &QFutureWatcher<Status>::finished, this, [this] {
        if (!m_pending.isEmpty() && !m_saveTimer.isActive())
            saveQueued();
    });
    m_lastSaved = m_report.updatedAt;
}

ReportSession::~ReportSession()
{
    (void)flush();  // last chance to write; a failure was already reported through saveFailed
}

bool ReportSession::isLocked() const
{
    return m_readOnly || m_report.status == ReportStatus::Approved || m_report.status == ReportStatus::Published;
}

bool ReportSession::setDetail(const QString &field, const QVariant &value)
{
    if (isLocked())
        return false;
    const QVariant before = detailField(m_report, field);
    Report probe = m_report;
    if (!setDetailField(probe, field, value))
        return false;
    const QVariant after = detailField(probe, field);
    if (before == after)
        return true;
    m_undo.push(new SetFieldCommand(*this, QUuid(), field, before, after));
    return true;
}

bool ReportSession::setNodeField(const QUuid &nodeId, const QString &field, const QVariant &value)
{
    if (isLocked())
        return false;
    Report probe = m_report;
    QVariant before;
    if (!fazhi::setNodeField(probe, nodeId, field, value, &before))
        return false;
    if (before == value || before.toString() == value.toString())
        return true;
    m_undo.push(new SetFieldCommand(*this, nodeId, field, before, value));
    return true;
}

bool ReportSession::insertNode(const NodeSnapshot &snapshot)
{
    if (isLocked())
        return false;
    Report probe = m_report;
    if (!fazhi::insertNode(probe, snapshot))
        return false;
    m_undo.push(new InsertCommand(*this, snapshot, Tr::tr("Insert")));
    return true;
}

bool ReportSession::removeNode(const QUuid &nodeId)
{
    if (isLocked())
        return false;
    auto snap = snapshotNode(m_report, nodeId);
    if (!snap)
        return false;
    m_undo.push(new RemoveCommand(*this, *snap));
    return true;
}

bool ReportSession::moveNode(const QUuid &nodeId, int newIndex)
{
    if (isLocked())
        return false;
    auto snap = snapshotNode(m_report, nodeId);
    const int count = siblingCount(m_report, nodeId);
    if (!snap || newIndex < 0 || newIndex >= count)
        return false;
    if (newIndex == snap->index)
        return true;
    m_undo.push(new MoveCommand(*this, nodeId, snap->index, newIndex));
    return true;
}

QUuid ReportSession::duplicateNode(const QUuid &nodeId)
{
    auto snap = snapshotNode(m_report, nodeId);
    if (!snap || isLocked())
        return {};
    NodeSnapshot copy = withFreshIds(*snap);
    copy.index = snap->index + 1;
    if (!insertNode(copy))
        return {};
    return copy.id();
}

void ReportSession::applyField(const QUuid &nodeId, const QString &field, const QVariant &value)
{
    if (nodeId.isNull())
        setDetailField(m_report, field, value);
    else
        fazhi::setNodeField(m_report, nodeId, field, value);
    for (PendingField &p : m_pending) {
        if (p.nodeId == nodeId && p.field == field) {
            p.value = value;
            scheduleSave();
            emit fieldChanged(nodeId, field);
            return;
        }
    }
    m_pending.append({nodeId, field, value});
    scheduleSave();
    emit fieldChanged(nodeId, field);
}

void ReportSession::applyInsert(const NodeSnapshot &snap)
{
    fazhi::insertNode(m_report, snap);
    Status status = flush();
    if (status.ok()) {
        const QUuid &rid = m_report.id;
        switch (snap.type) {
        case NodeType::Part:
            status = m_workspace.insertPart(rid, snap.index, std::get<Part>(snap.node));
            break;
        case NodeType::Section:
            status = m_workspace.insertSection(rid, snap.containerId, snap.index, std::get<Section>(snap.node));
            break;
        case NodeType::Paragraph:
            status = m_workspace.insertParagraph(rid, snap.containerId, snap.index, std::get<Paragraph>(snap.node),
                                                 snap.slot);
            break;
        case NodeType::Point:
            status = m_workspace.insertPoint(rid, snap.containerId, snap.index, std::get<Point>(snap.node));
            break;
        case NodeType::Fact:
            status = m_workspace.insertFact(rid, snap.containerId, snap.index, std::get<Fact>(snap.node));
            break;
        case NodeType::Report:
            break;
        }
    }
    finishStructuralEdit(status);
}

void ReportSession::applyRemove(const QUuid &nodeId)
{
    Status status = flush();
    takeNode(m_report, nodeId);
    // Queued edits of the removed subtree are gone with it (already flushed above).
    if (status.ok())
        status = m_workspace.removeNode(m_report.id, nodeId);
    finishStructuralEdit(status);
}

void ReportSession::applyMove(const QUuid &nodeId, int newIndex)
{
    auto snap = takeNode(m_report, nodeId);
    if (!snap)
        return;
    snap->index = newIndex;
    fazhi::insertNode(m_report, *snap);
    Status status = flush();
    if (status.ok())
        status = m_workspace.moveNode(m_report.id, nodeId, newIndex);
    finishStructuralEdit(status);
}

Status ReportSession::flush()
{
    m_saveTimer.stop();
    while (!m_pending.isEmpty()) {
        const PendingField p = m_pending.first();
        const Status status = p.nodeId.isNull() ? m_workspace.setDetail(m_report.id, p.field, p.value)
                                                : m_workspace.setNodeField(m_report.id, p.nodeId, p.field, p.value);
        if (!status.ok()) {
            // Kept queued: nothing typed is dropped; the UI tells the user what to do.
            reportError(status.error());
            return status;
        }
        m_pending.removeFirst();
    }
    m_lastSaved = QDateTime::currentDateTime();
    emit saved(m_lastSaved);
    return {};
}

void ReportSession::finishStructuralEdit(const Status &status)
{
    if (status.ok()) {
        m_lastSaved = QDateTime::currentDateTime();
        emit saved(m_lastSaved);
    } else {
        reportError(status.error());
    }
    emit structureChanged();
}

void ReportSession::scheduleSave()
{
    m_saveTimer.start();
}

void ReportSession::saveQueued()
{
    // Just after a large workspace opens, its integrity scan may still run and every write waits for
    // the verdict: that wait must not fall between two keystrokes.
    const QFuture<Status> scan = m_workspace.integrityCheck();
    if (!scan.isFinished()) {
        if (!m_scanWatcher.isRunning())
            m_scanWatcher.setFuture(scan);
        return;
    }
    // A failed save is reported through saveFailed and stays queued; nothing to do with the result here.
    (void)flush();
}

void ReportSession::reportError(const Error &error)
{
    emit saveFailed(error);
}

}  // namespace fazhi
