#include "editor/Forms.h"

#include "common/Names.h"
#include "editor/FieldEdit.h"
#include "editor/FormParts.h"
#include "editor/FormWidgets.h"
#include "model/NodeCaption.h"
#include "model/ReportEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fazhi::ui {

using namespace forms;
TextNodeForm::TextNodeForm(NodeType type, QWidget *parent) : NodeForm(parent), m_type(type)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics::ItemSpacing);
    m_edit = new FieldEdit(FieldEdit::Mode::Split, body());
    m_edit->setObjectName(type == NodeType::Point ? QStringLiteral("pointText") : QStringLiteral("paragraphText"));
    m_edit->setMinimumLines(type == NodeType::Point ? 2 : 4);
    m_count = new CharCountLabel(body());
    m_count->follow(m_edit);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
    if (type == NodeType::Point) {
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Numbering of the points here:"), body()));
        m_style = new QComboBox(body());
        m_style->setObjectName(QStringLiteral("pointStyle"));
        m_style->addItem(tr("一是、二是… (run on)"), toString(PointStyle::RunIn));
        m_style->addItem(tr("1. 2. … (one paragraph each)"), toString(PointStyle::Numbered));
        m_style->addItem(tr("一是… 二是… (one paragraph each)"), toString(PointStyle::Paragraphs));
        row->addWidget(m_style);
        row->addStretch(1);
        layout->addSpacing(metrics::GroupSpacing);
        layout->addLayout(row);
        connect(m_style, &QComboBox::activated, this, [this](int i) {
            if (m_session)
                m_session->setNodeField(m_containerId, QStringLiteral("pointStyle"), m_style->itemData(i));
        });
    }
    layout->addSpacing(metrics::FormGuidanceGap);
    layout->addWidget(hint(type == NodeType::Point
                               ? tr("Enter starts a new point after this one; Backspace at the start joins this "
                                    "point to the one before.")
                               : tr("Enter starts a new paragraph; pasting several lines makes several paragraphs; "
                                    "Backspace at the start joins this paragraph to the one before."),
                           body()));

    connect(m_edit, &FieldEdit::textEdited, this, [this](const QString &t) {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("text"), t);
    });
    connect(m_edit, &FieldEdit::splitRequested, this, &TextNodeForm::split);
    connect(m_edit, &FieldEdit::mergeWithPreviousRequested, this, &TextNodeForm::mergeWithPrevious);
    connect(m_edit, &FieldEdit::focusEntered, this, [this] { emit nodeFocused(m_id); });
}

void TextNodeForm::bind(ReportSession *session, const QUuid &id)
{
    NodeForm::bind(session, id);
    load();
}

void TextNodeForm::load()
{
    if (!m_session)
        return;
    const auto snap = snapshotNode(m_session->report(), m_id);
    if (!snap)
        return;
    m_containerId = snap->containerId;
    m_edit->setTextFromModel(nodeText(m_session->report(), m_id));
    if (m_style) {
        const Body *b = findBody(m_session->report(), m_containerId);
        const int i = m_style->findData(toString(b ? b->pointStyle : PointStyle::RunIn));
        if (i >= 0)
            m_style->setCurrentIndex(i);
    }
    updateHeader();
}

void TextNodeForm::updateHeader()
{
    const auto snap = snapshotNode(m_session->report(), m_id);
    if (!snap)
        return;
    const QString title = m_type == NodeType::Point ? tr("Point %1").arg(nodeNumber(m_session->report(), m_id))
                                                    : tr("Paragraph %1").arg(snap->index + 1);
    setHeader(Names::nodeType(m_type), title, breadcrumbFor(m_id));
}

void TextNodeForm::split(const QStringList &pieces, int cursorInLast)
{
    if (!m_session || pieces.size() < 2)
        return;
    const auto snap = snapshotNode(m_session->report(), m_id);
    if (!snap)
        return;
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(m_type == NodeType::Point ? tr("Split point") : tr("Split paragraph"));
    m_session->setNodeField(m_id, QStringLiteral("text"), pieces.first());
    QUuid last;
    for (int i = 1; i < pieces.size(); ++i) {
        NodeSnapshot s;
        s.type = m_type;
        s.containerId = snap->containerId;
        s.slot = snap->slot;
        s.index = snap->index + i;
        last = newId();
        if (m_type == NodeType::Point)
            s.node = Point{last, pieces.at(i)};
        else
            s.node = Paragraph{last, pieces.at(i)};
        m_session->insertNode(s);
    }
    undo->endMacro();
    emit continueAt(last, cursorInLast);
}

void TextNodeForm::mergeWithPrevious()
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    const auto snap = snapshotNode(r, m_id);
    if (!snap || snap->index == 0)
        return;
    QUuid previous;
    if (m_type == NodeType::Point) {
        if (const Body *b = findBody(r, snap->containerId))
            previous = b->points.at(snap->index - 1).id;
    } else if (const QList<Paragraph> *list = paragraphList(r, snap->containerId, snap->slot)) {
        previous = list->at(snap->index - 1).id;
    }
    if (previous.isNull())
        return;
    const QString before = nodeText(r, previous);
    const QString joined = before + m_edit->text();
    const QUuid removed = m_id;
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(m_type == NodeType::Point ? tr("Join points") : tr("Join paragraphs"));
    m_session->setNodeField(previous, QStringLiteral("text"), joined);
    m_session->removeNode(removed);
    undo->endMacro();
    emit continueAt(previous, int(before.size()));
}

void TextNodeForm::onFieldChanged(const QUuid &id, const QString &)
{
    if (!m_session)
        return;
    if (id == m_id)
        m_edit->setTextFromModel(nodeText(m_session->report(), m_id));
    else if (id == m_containerId && m_style)
        load();
    else
        updateHeader();
}

void TextNodeForm::onStructureChanged()
{
    if (!m_session || !findNode(m_session->report(), m_id))
        return;
    updateHeader();
}

void TextNodeForm::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    if (m_style)
        m_style->setEnabled(!readOnly);
}

bool TextNodeForm::focusNode(const QUuid &id, int cursor)
{
    if (id != m_id)
        return false;
    m_edit->setFocus(Qt::OtherFocusReason);
    QTextCursor c = m_edit->textCursor();
    c.setPosition(cursor < 0 ? int(m_edit->text().size()) : qMin(cursor, int(m_edit->text().size())));
    m_edit->setTextCursor(c);
    return true;
}

QWidget *TextNodeForm::firstEditor() const { return m_edit; }

}  // namespace fazhi::ui
