#include "editor/FormWidgets.h"
#include "common/Theme.h"

#include "editor/FieldEdit.h"
#include "common/Icons.h"
#include "model/ReportLookup.h"
#include "edit/ReportSession.h"
#include "model/NodeCaption.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fazhi::ui {

// ---------------------------------------------------------------------------------------------------
// CharCountLabel

CharCountLabel::CharCountLabel(QWidget *parent) : QLabel(parent)
{
    setLook(this, Look::CharCount);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCount(0);
}

void CharCountLabel::setCount(int count)
{
    setText(tr("%Ln character(s)", nullptr, count));
}

void CharCountLabel::follow(FieldEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { setCount(characterCount(edit->text())); });
    setCount(characterCount(edit->text()));
}

void CharCountLabel::follow(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &t) { setCount(characterCount(t)); });
    setCount(characterCount(edit->text()));
}

// ---------------------------------------------------------------------------------------------------
// Undo pass-through

namespace {
class UndoPassThrough : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            auto *ke = static_cast<QKeyEvent *>(e);
            if (ke->matches(QKeySequence::Undo) || ke->matches(QKeySequence::Redo)) {
                e->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, e);
    }
};
}  // namespace

void passUndoShortcutsToWindow(QWidget *editor)
{
    auto *filter = new UndoPassThrough(editor);
    editor->installEventFilter(filter);
    for (QLineEdit *inner : editor->findChildren<QLineEdit *>())
        inner->installEventFilter(filter);
}

// ---------------------------------------------------------------------------------------------------
// Wheel guard

namespace {
class WheelOnlyWithFocus : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *e) override
    {
        if (e->type() == QEvent::Wheel) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                // Ignored and filtered: QApplication hands the wheel on to the parents, up to the
                // scroll area.
                e->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, e);
    }
};
}  // namespace

void guardWheelInScrollingForm(QWidget *form)
{
    auto *filter = new WheelOnlyWithFocus(form);
    const auto guard = [filter](QWidget *w) {
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(filter);
    };
    for (QAbstractSpinBox *box : form->findChildren<QAbstractSpinBox *>())  // spin boxes, date edits
        guard(box);
    for (QComboBox *combo : form->findChildren<QComboBox *>())
        guard(combo);
}

// ---------------------------------------------------------------------------------------------------
// ParagraphListEditor

struct ParagraphListEditor::Row {
    QWidget *widget = nullptr;
    QLabel *numeral = nullptr;
    FieldEdit *edit = nullptr;
    CharCountLabel *count = nullptr;
    QToolButton *remove = nullptr;
    QUuid id;         // null for the guidance row of an empty list
    QUuid pendingId;  // the id the row is about to receive (its text is being inserted)
};

ParagraphListEditor::ParagraphListEditor(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(metrics::PanelSpacing);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(kind == Kind::Paragraphs ? tr("Paragraphs") : tr("Points"), this);
    setLook(m_title, Look::GroupTitle);
    header->addWidget(m_title);
    header->addStretch(1);
    if (kind == Kind::Points) {
        auto *styleLabel = new QLabel(tr("Numbering:"), this);
        m_style = new QComboBox(this);
        m_style->setObjectName(QStringLiteral("pointStyle"));
        m_style->addItem(tr("一是、二是… (run on)"), toString(PointStyle::RunIn));
        m_style->addItem(tr("1. 2. … (one paragraph each)"), toString(PointStyle::Numbered));
        m_style->addItem(tr("一是… 二是… (one paragraph each)"), toString(PointStyle::Paragraphs));
        header->addWidget(styleLabel);
        header->addWidget(m_style);
        connect(m_style, &QComboBox::activated, this, [this](int i) {
            if (m_session)
                m_session->setNodeField(m_containerId, QStringLiteral("pointStyle"), m_style->itemData(i));
        });
    }
    outer->addLayout(header);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(metrics::GroupSpacing);
    outer->addLayout(m_rowsLayout);

    auto *footer = new QHBoxLayout;
    m_add = new QPushButton(icon(IconKind::Add), kind == Kind::Paragraphs ? tr("Add Paragraph") : tr("Add Point"), this);
    m_add->setObjectName(kind == Kind::Paragraphs ? QStringLiteral("addParagraph") : QStringLiteral("addPoint"));
    m_add->setFlat(true);
    m_add->setCursor(Qt::PointingHandCursor);
    footer->addWidget(m_add);
    footer->addStretch(1);
    outer->addLayout(footer);
    connect(m_add, &QPushButton::clicked, this, [this] { addNew(); });
}

ParagraphListEditor::~ParagraphListEditor()
{
    for (Row *r : m_rows)
        delete r;
}

void ParagraphListEditor::bind(ReportSession *session, const QUuid &containerId, const QString &slot)
{
    m_session = session;
    m_containerId = containerId;
    m_slot = slot;
    sync();
}

void ParagraphListEditor::setPlaceholder(const QString &firstText, const QString &otherText)
{
    m_placeholderFirst = firstText;
    m_placeholderOther = otherText.isEmpty() ? firstText : otherText;
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i]->edit->setPlaceholderText(i == 0 ? m_placeholderFirst : m_placeholderOther);
}

void ParagraphListEditor::setTitle(const QString &title) { m_title->setText(title); }

void ParagraphListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    if (m_style)
        m_style->setEnabled(!readOnly);
    for (Row *r : m_rows) {
        r->edit->setReadOnly(readOnly);
        r->remove->setVisible(!readOnly && !r->id.isNull());
    }
}

QList<QUuid> ParagraphListEditor::currentIds() const
{
    QList<QUuid> ids;
    if (!m_session)
        return ids;
    const Report &r = m_session->report();
    if (m_kind == Kind::Paragraphs) {
        if (const QList<Paragraph> *list = paragraphList(r, m_containerId, m_slot)) {
            for (const Paragraph &p : *list)
                ids << p.id;
        }
    } else if (const Body *b = findBody(r, m_containerId)) {
        for (const Point &p : b->points)
            ids << p.id;
    }
    return ids;
}

PointStyle ParagraphListEditor::pointStyle() const
{
    if (!m_session)
        return PointStyle::RunIn;
    const Body *b = findBody(m_session->report(), m_containerId);
    return b ? b->pointStyle : PointStyle::RunIn;
}

ParagraphListEditor::Row *ParagraphListEditor::createRow()
{
    auto *row = new Row;
    row->widget = new QWidget(this);
    auto *grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(metrics::PanelSpacing);
    grid->setVerticalSpacing(metrics::CountSpacing);
    row->numeral = new QLabel(row->widget);
    setLook(row->numeral, Look::Numeral);
    row->numeral->setMinimumWidth(row->numeral->fontMetrics().horizontalAdvance(QStringLiteral("十一是")));
    row->numeral->setAlignment(Qt::AlignRight | Qt::AlignTop);
    row->numeral->setVisible(m_kind == Kind::Points);
    row->edit = new FieldEdit(FieldEdit::Mode::Split, row->widget);
    row->edit->setObjectName(m_kind == Kind::Paragraphs ? QStringLiteral("paragraphEdit") : QStringLiteral("pointEdit"));
    row->edit->setMinimumLines(m_kind == Kind::Paragraphs ? 2 : 1);
    row->edit->setReadOnly(m_readOnly);
    row->count = new CharCountLabel(row->widget);
    row->count->follow(row->edit);
    row->remove = new QToolButton(row->widget);
    row->remove->setObjectName(QStringLiteral("removeItem"));
    row->remove->setIcon(icon(IconKind::Delete));
    row->remove->setAutoRaise(true);
    row->remove->setToolTip(m_kind == Kind::Paragraphs ? tr("Delete this paragraph") : tr("Delete this point"));
    row->remove->setFocusPolicy(Qt::NoFocus);
    // The guidance row has no delete button, but keeps its room: when typing makes it a real row, the
    // field keeps its width and the button does not appear under the pointer.
    QSizePolicy removePolicy = row->remove->sizePolicy();
    removePolicy.setRetainSizeWhenHidden(true);
    row->remove->setSizePolicy(removePolicy);
    grid->addWidget(row->numeral, 0, 0);
    grid->addWidget(row->edit, 0, 1);
    grid->addWidget(row->remove, 0, 2, Qt::AlignTop);
    grid->addWidget(row->count, 1, 1);
    grid->setColumnStretch(1, 1);

    connect(row->edit, &FieldEdit::textEdited, this, [this, row](const QString &t) { onEdited(row, t); });
    connect(row->edit, &FieldEdit::splitRequested, this,
            [this, row](const QStringList &pieces, int cursor) { onSplit(row, pieces, cursor); });
    connect(row->edit, &FieldEdit::mergeWithPreviousRequested, this, [this, row] { onMerge(row); });
    connect(row->edit, &FieldEdit::focusEntered, this, [this, row] {
        if (!row->id.isNull())
            emit nodeFocused(row->id);
    });
    connect(row->remove, &QToolButton::clicked, this, [this, row] { onRemove(row); });
    return row;
}

void ParagraphListEditor::sync()
{
    const QList<QUuid> ids = currentIds();
    std::vector<Row *> next;
    std::vector<Row *> old = m_rows;
    auto take = [&old](const QUuid &id) -> Row * {
        for (auto it = old.begin(); it != old.end(); ++it) {
            if ((*it)->id == id || (!(*it)->pendingId.isNull() && (*it)->pendingId == id)) {
                Row *r = *it;
                old.erase(it);
                return r;
            }
        }
        return nullptr;
    };
    for (const QUuid &id : ids) {
        Row *r = take(id);
        if (!r)
            r = createRow();
        r->id = id;
        r->pendingId = QUuid();
        next.push_back(r);
    }
    if (ids.isEmpty() && m_session) {
        // The guidance row: reuse one that is already there so typing into it is not interrupted.
        Row *ghost = take(QUuid());
        if (!ghost)
            ghost = createRow();
        ghost->id = QUuid();
        next.push_back(ghost);
    }
    for (Row *r : old) {
        r->edit->disconnect(this);
        r->remove->disconnect(this);
        r->widget->hide();
        r->widget->deleteLater();
        delete r;
    }
    m_rows = next;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row *r = m_rows[size_t(i)];
        m_rowsLayout->removeWidget(r->widget);
        m_rowsLayout->insertWidget(i, r->widget);
        r->widget->show();
        r->remove->setVisible(!m_readOnly && !r->id.isNull());
        r->edit->setPlaceholderText(i == 0 ? m_placeholderFirst : m_placeholderOther);
        if (!r->id.isNull())
            r->edit->setTextFromModel(nodeText(m_session->report(), r->id));
    }
    if (m_style) {
        const int i = m_style->findData(toString(pointStyle()));
        if (i >= 0)
            m_style->setCurrentIndex(i);
    }
    updateNumerals();
}

void ParagraphListEditor::updateNumerals()
{
    if (m_kind != Kind::Points)
        return;
    const PointStyle style = pointStyle();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rows[size_t(i)]->numeral->setText(pointNumber(style, i));
    }
}

void ParagraphListEditor::refreshField(const QUuid &id)
{
    if (id == m_containerId) {
        // The point style may have changed.
        if (m_style) {
            const int i = m_style->findData(toString(pointStyle()));
            if (i >= 0)
                m_style->setCurrentIndex(i);
        }
        updateNumerals();
        return;
    }
    for (Row *r : m_rows) {
        if (r->id == id && m_session) {
            r->edit->setTextFromModel(nodeText(m_session->report(), id));
            return;
        }
    }
}

bool ParagraphListEditor::holds(const QUuid &id) const
{
    if (id.isNull())
        return false;
    for (const Row *r : m_rows) {
        if (r->id == id)
            return true;
    }
    return false;
}

FieldEdit *ParagraphListEditor::editorAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->edit : nullptr;
}

bool ParagraphListEditor::focusNode(const QUuid &id, int cursor)
{
    for (Row *r : m_rows) {
        if (r->id == id) {
            r->edit->setFocus(Qt::OtherFocusReason);
            QTextCursor c = r->edit->textCursor();
            c.setPosition(cursor < 0 ? int(r->edit->text().size()) : qMin(cursor, int(r->edit->text().size())));
            r->edit->setTextCursor(c);
            return true;
        }
    }
    return false;
}

int ParagraphListEditor::indexOf(const Row *row) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)] == row)
            return i;
    }
    return -1;
}

bool ParagraphListEditor::insertItem(const QUuid &id, int index, const QString &text)
{
    NodeSnapshot snap;
    snap.containerId = m_containerId;
    snap.slot = m_slot;
    snap.index = index;
    if (m_kind == Kind::Paragraphs) {
        snap.type = NodeType::Paragraph;
        snap.node = Paragraph{id, text};
    } else {
        snap.type = NodeType::Point;
        snap.node = Point{id, text};
    }
    return m_session->insertNode(snap);
}

QUuid ParagraphListEditor::addNew(int index)
{
    if (!m_session || m_readOnly)
        return {};
    const QList<QUuid> ids = currentIds();
    const QUuid id = newId();
    if (!insertItem(id, index < 0 ? int(ids.size()) : index, QString()))
        return {};
    focusNode(id, 0);
    return id;
}

void ParagraphListEditor::onEdited(Row *row, const QString &text)
{
    if (!m_session)
        return;
    if (row->id.isNull()) {
        // The first keystroke in the guidance row creates the first paragraph (or point).
        if (text.isEmpty())
            return;
        row->pendingId = newId();
        if (!insertItem(row->pendingId, 0, text))
            row->pendingId = QUuid();
        return;
    }
    m_session->setNodeField(row->id, QStringLiteral("text"), text);
}

void ParagraphListEditor::onSplit(Row *row, const QStringList &pieces, int cursorInLast)
{
    if (!m_session || pieces.size() < 2)
        return;
    if (row->id.isNull() && pieces.join(QString()).isEmpty())
        return;  // Enter in an empty guidance row: nothing to split
    const int at = indexOf(row);
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(m_kind == Kind::Paragraphs ? tr("Split paragraph") : tr("Split point"));
    int index = at;
    if (row->id.isNull()) {
        row->pendingId = newId();
        insertItem(row->pendingId, 0, pieces.first());
        index = 0;
    } else {
        m_session->setNodeField(row->id, QStringLiteral("text"), pieces.first());
    }
    QUuid last;
    for (int i = 1; i < pieces.size(); ++i) {
        last = newId();
        insertItem(last, index + i, pieces.at(i));
    }
    undo->endMacro();
    focusNode(last, cursorInLast);
}

void ParagraphListEditor::onMerge(Row *row)
{
    const int at = indexOf(row);
    if (!m_session || at <= 0 || row->id.isNull())
        return;
    Row *previous = m_rows[size_t(at - 1)];
    const QString before = previous->edit->text();
    const QString joined = before + row->edit->text();
    const QUuid previousId = previous->id;
    const QUuid removed = row->id;
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(m_kind == Kind::Paragraphs ? tr("Join paragraphs") : tr("Join points"));
    m_session->setNodeField(previousId, QStringLiteral("text"), joined);
    m_session->removeNode(removed);
    undo->endMacro();
    focusNode(previousId, int(before.size()));
}

void ParagraphListEditor::onRemove(Row *row)
{
    if (!m_session || row->id.isNull())
        return;
    const int at = indexOf(row);
    const QUuid id = row->id;
    m_session->removeNode(id);
    // Keep the keyboard near where the user was.
    if (!m_rows.empty()) {
        const int next = qMin(at, int(m_rows.size()) - 1);
        if (next >= 0)
            m_rows[size_t(next)]->edit->setFocus(Qt::OtherFocusReason);
    }
}

// ---------------------------------------------------------------------------------------------------
// FactsModel

FactsModel::FactsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString FactsModel::fieldName(int column)
{
    switch (column) {
    case Label: return QStringLiteral("label");
    case Value: return QStringLiteral("value");
    case Qualifier: return QStringLiteral("qualifier");
    case Unit: return QStringLiteral("unit");
    default: return {};
    }
}

void FactsModel::bind(ReportSession *session, const QUuid &sectionId)
{
    beginResetModel();
    m_session = session;
    m_sectionId = sectionId;
    m_ids.clear();
    if (const QList<Fact> *list = facts()) {
        for (const Fact &f : *list)
            m_ids << f.id;
    }
    endResetModel();
}

const QList<Fact> *FactsModel::facts() const
{
    if (!m_session)
        return nullptr;
    const Section *s = findSection(m_session->report(), m_sectionId);
    return s ? &s->facts : nullptr;
}

void FactsModel::sync()
{
    QList<QUuid> ids;
    if (const QList<Fact> *list = facts()) {
        for (const Fact &f : *list)
            ids << f.id;
    }
    if (ids != m_ids) {
        beginResetModel();
        m_ids = ids;
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

QUuid FactsModel::factId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid(); }
int FactsModel::rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }

int FactsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_ids.size()); }
int FactsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole) || !m_session)
        return {};
    const Fact *f = findFact(m_session->report(), factId(index.row()));
    if (!f)
        return {};
    switch (index.column()) {
    case Label: return f->label;
    case Value: return f->value;
    case Qualifier: return f->qualifier;
    case Unit: return f->unit;
    }
    return {};
}

bool FactsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_session)
        return false;
    const QString text = value.toString().trimmed();
    return m_session->setNodeField(factId(index.row()), fieldName(index.column()), text);
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("What");
    case Value: return tr("Number");
    case Qualifier: return tr("Qualifier");
    case Unit: return tr("Unit");
    }
    return {};
}

Qt::ItemFlags FactsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

// ---------------------------------------------------------------------------------------------------
// FactsEditor

FactsEditor::FactsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics::ItemSpacing);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Figures"), this);
    setLook(title, Look::GroupTitle);
    auto *hint = new QLabel(tr("The statistics this work area quotes, for checking the text; not printed."), this);
    setLook(hint, Look::Hint);
    hint->setWordWrap(true);
    header->addWidget(title);
    header->addWidget(hint, 1);
    layout->addLayout(header);

    m_model = new FactsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("factsTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FactsModel::Label, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FactsModel::Value, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FactsModel::Qualifier, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FactsModel::Unit, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(icon(IconKind::Add), tr("Add Figure"), this);
    m_add->setObjectName(QStringLiteral("addFact"));
    m_add->setFlat(true);
    m_remove = new QPushButton(icon(IconKind::Delete), tr("Delete Figure"), this);
    m_remove->setObjectName(QStringLiteral("removeFact"));
    m_remove->setFlat(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addFact(); });
    connect(m_remove, &QPushButton::clicked, this, &FactsEditor::removeSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FactsEditor::fitHeight);
    fitHeight();
}

void FactsEditor::bind(ReportSession *session, const QUuid &sectionId)
{
    m_session = session;
    m_sectionId = sectionId;
    m_model->bind(session, sectionId);
    fitHeight();
}

void FactsEditor::sync()
{
    m_model->sync();
    fitHeight();
}

void FactsEditor::setReadOnly(bool readOnly)
{
    m_model->m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void FactsEditor::fitHeight()
{
    const int rows = qBound(2, m_model->rowCount(), 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                            + 2 * m_table->frameWidth() + 2);
}

QUuid FactsEditor::addFact()
{
    if (!m_session)
        return {};
    const Section *s = findSection(m_session->report(), m_sectionId);
    if (!s)
        return {};
    NodeSnapshot snap;
    snap.type = NodeType::Fact;
    snap.containerId = m_sectionId;
    snap.index = int(s->facts.size());
    const QUuid id = newId();
    snap.node = Fact{id, QString(), QString(), QString(), QString()};
    if (!m_session->insertNode(snap))
        return {};
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, FactsModel::Label);
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    }
    return id;
}

void FactsEditor::removeSelected()
{
    if (!m_session)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QUuid id = m_model->factId(current.row());
    if (!id.isNull())
        m_session->removeNode(id);
}

}  // namespace fazhi::ui
