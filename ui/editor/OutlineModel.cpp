#include "editor/OutlineModel.h"

#include "common/Icons.h"
#include "common/Names.h"
#include "model/ReportLookup.h"
#include "edit/ReportSession.h"
#include "model/NodeCaption.h"

#include <QFont>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

namespace fazhi::ui {

const QString OutlineModel::kMimeType = QStringLiteral("application/x-fazhi-outline-node");

struct OutlineModel::Item {
    NodeType type = NodeType::Report;
    QUuid id;
    int row = 0;
    int kindIndex = 0;  // position among the siblings of the same kind (what numbering counts)
    int group = 0;      // report-level paragraphs: 1 preamble, 2 closing (separate lists)
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(NodeType t, const QUuid &nodeId, int index)
    {
        auto item = std::make_unique<Item>();
        item->type = t;
        item->id = nodeId;
        item->row = int(children.size());
        item->kindIndex = index;
        item->parent = this;
        children.push_back(std::move(item));
        return children.back().get();
    }
};

namespace {
constexpr int kSnippetLength = 40;  // characters of a lead or paragraph shown in the outline
}  // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Item>()) {}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ReportSession::structureChanged, this, &OutlineModel::rebuild);
        connect(session, &ReportSession::fieldChanged, this, &OutlineModel::onFieldChanged);
    }
    rebuild();
}

void OutlineModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_byId.clear();
    if (m_session) {
        const Report &r = m_session->report();
        auto index = [this](Item *item) { m_byId.insert(item->id, item); };
        auto addBody = [&](Item *owner, const Body &body) {
            for (int i = 0; i < body.paragraphs.size(); ++i)
                index(owner->add(NodeType::Paragraph, body.paragraphs.at(i).id, i));
            for (int i = 0; i < body.points.size(); ++i)
                index(owner->add(NodeType::Point, body.points.at(i).id, i));
        };
        index(m_root->add(NodeType::Report, r.id, 0));
        for (int i = 0; i < r.preamble.size(); ++i) {
            Item *p = m_root->add(NodeType::Paragraph, r.preamble.at(i).id, i);
            p->group = 1;
            index(p);
        }
        for (int pi = 0; pi < r.parts.size(); ++pi) {
            const Part &part = r.parts.at(pi);
            Item *partItem = m_root->add(NodeType::Part, part.id, pi);
            index(partItem);
            addBody(partItem, part.intro);
            for (int si = 0; si < part.sections.size(); ++si) {
                const Section &s = part.sections.at(si);
                Item *sectionItem = partItem->add(NodeType::Section, s.id, si);
                index(sectionItem);
                addBody(sectionItem, s.body);
                for (int fi = 0; fi < s.facts.size(); ++fi)
                    index(sectionItem->add(NodeType::Fact, s.facts.at(fi).id, fi));
            }
        }
        for (int i = 0; i < r.closing.size(); ++i) {
            Item *p = m_root->add(NodeType::Paragraph, r.closing.at(i).id, i);
            p->group = 2;
            index(p);
        }
    }
    endResetModel();
}

void OutlineModel::emitChangedRecursively(const Item *item)
{
    if (item->children.empty())
        return;
    const QModelIndex parent = indexOfItem(item);
    emit dataChanged(index(0, 0, parent), index(int(item->children.size()) - 1, 0, parent));
    for (const auto &child : item->children)
        emitChangedRecursively(child.get());
}

void OutlineModel::onFieldChanged(const QUuid &id, const QString &field)
{
    if (id.isNull()) {
        // The year changes default part headings; the organization changes the title.
        emitChangedRecursively(m_root.get());
        return;
    }
    Item *item = m_byId.value(id);
    if (!item)
        return;
    const QModelIndex i = indexOfItem(item);
    emit dataChanged(i, i);
    if (field == QLatin1String("pointStyle") && !item->children.empty())
        emit dataChanged(index(0, 0, i), index(int(item->children.size()) - 1, 0, i));
}

OutlineModel::Item *OutlineModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::indexOfItem(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, 0, const_cast<Item *>(item));
}

QModelIndex OutlineModel::indexOf(const QUuid &id) const { return indexOfItem(m_byId.value(id)); }

QUuid OutlineModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? itemOf(index)->id : QUuid();
}

std::optional<NodeType> OutlineModel::nodeType(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    return itemOf(index)->type;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = itemOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfItem(itemOf(child)->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemOf(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const { return 1; }

QString OutlineModel::label(const QModelIndex &index) const
{
    if (!index.isValid() || !m_session)
        return {};
    const Item *item = itemOf(index);
    const Report &r = m_session->report();
    switch (item->type) {
    case NodeType::Report:
        return tr("Report details");
    case NodeType::Part:
        return nodeCaption(r, item->id);
    case NodeType::Section:
        return nodeCaption(r, item->id, kSnippetLength, tr("(lead sentence not written)"));
    case NodeType::Paragraph:
        return nodeCaption(r, item->id, kSnippetLength, tr("(empty paragraph)"));
    case NodeType::Point:
        return nodeCaption(r, item->id, kSnippetLength, tr("(empty point)"));
    case NodeType::Fact: {
        const Fact *f = findFact(r, item->id);
        if (!f)
            return {};
        const QString amount = f->value + f->qualifier + f->unit;
        if (f->label.isEmpty() && amount.isEmpty())
            return tr("(empty figure)");
        return amount.isEmpty() ? f->label : f->label + QStringLiteral("：") + amount;
    }
    }
    return {};
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_session)
        return {};
    const Item *item = itemOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return label(index);
    case Qt::ToolTipRole: {
        const Report &r = m_session->report();
        if (item->type == NodeType::Report)
            return r.effectiveTitle();
        if (item->type == NodeType::Part) {
            const Part *p = findPart(r, item->id);
            return p ? Names::partKind(p->kind) : QVariant();
        }
        const QString text = nodeText(r, item->id);
        return text.size() > kSnippetLength ? QVariant(text.left(300)) : QVariant();
    }
    case Qt::DecorationRole:
        switch (item->type) {
        case NodeType::Report: return icon(IconKind::Details);
        case NodeType::Part: return icon(IconKind::Part);
        case NodeType::Section: return icon(IconKind::Section);
        case NodeType::Paragraph: return icon(IconKind::Paragraph);
        case NodeType::Point: return icon(IconKind::Point);
        case NodeType::Fact: return icon(IconKind::Fact);
        }
        return {};
    case Qt::FontRole:
        if (item->type == NodeType::Part || item->type == NodeType::Report) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole: {
        const Report &r = m_session->report();
        bool empty = false;
        if (item->type == NodeType::Section) {
            const Section *s = findSection(r, item->id);
            empty = s && s->lead.isEmpty();
        } else if (item->type == NodeType::Paragraph || item->type == NodeType::Point) {
            empty = nodeText(r, item->id).isEmpty();
        }
        if (empty)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case NodeIdRole:
        return item->id;
    case NodeTypeRole:
        return int(item->type);
    }
    return {};
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (itemOf(index)->type != NodeType::Report && m_session && !m_session->isLocked())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions OutlineModel::supportedDropActions() const { return Qt::MoveAction; }
Qt::DropActions OutlineModel::supportedDragActions() const { return Qt::MoveAction; }
QStringList OutlineModel::mimeTypes() const { return {kMimeType}; }

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, nodeId(indexes.first()).toByteArray());
    return data;
}

std::optional<int> OutlineModel::dropIndex(const QUuid &id, int row, const QModelIndex &parent) const
{
    const Item *item = m_byId.value(id);
    if (!item || item->type == NodeType::Report)
        return std::nullopt;
    const Item *target = itemOf(parent);
    if (row < 0) {
        // Dropped onto a node: onto a sibling of the same kind means "take its place".
        if (!parent.isValid() || target->parent != item->parent || target->type != item->type
            || target->group != item->group)
            return std::nullopt;
        return target->kindIndex;
    }
    if (target != item->parent)
        return std::nullopt;
    // Between rows: count the siblings of the same kind above the gap, leaving out the node itself.
    int index = 0;
    int first = -1, last = -1;
    for (const auto &sibling : target->children) {
        const bool sameKind = sibling->type == item->type && sibling->group == item->group;
        if (!sameKind)
            continue;
        if (first < 0)
            first = sibling->row;
        last = sibling->row;
        if (sibling->row < row && sibling.get() != item)
            ++index;
    }
    if (first < 0 || row < first || row > last + 1)
        return std::nullopt;
    return index;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(kMimeType) || !m_session || m_session->isLocked())
        return false;
    const QUuid id = QUuid::fromString(QString::fromLatin1(data->data(kMimeType)));
    return dropIndex(id, row, parent).has_value();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid id = QUuid::fromString(QString::fromLatin1(data->data(kMimeType)));
    const int to = *dropIndex(id, row, parent);
    // After the view has finished with the drop: the move rebuilds this model.
    QPointer<ReportSession> session = m_session;
    QTimer::singleShot(0, this, [session, id, to] {
        if (session)
            session->moveNode(id, to);
    });
    return true;
}

}  // namespace fazhi::ui
