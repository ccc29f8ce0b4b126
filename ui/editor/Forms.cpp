#include "editor/Forms.h"

#include "common/Names.h"
#include "common/Theme.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "model/NodeCaption.h"
#include "model/ReportLookup.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fazhi::ui {

// ---------------------------------------------------------------------------------------------------
// NodeForm

NodeForm::NodeForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::FormMargins);
    layout->setSpacing(metrics::ItemSpacing);
    m_caption = new QLabel(this);
    setLook(m_caption, Look::FormCaption);
    m_title = new QLabel(this);
    setLook(m_title, Look::FormTitle);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breadcrumb = new QLabel(this);
    setLook(m_breadcrumb, Look::Breadcrumb);
    m_breadcrumb->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_title);
    layout->addWidget(m_breadcrumb);
    layout->addSpacing(metrics::FormHeaderGap);
    m_body = new QWidget(this);
    layout->addWidget(m_body);
    layout->addStretch(1);
}

void NodeForm::bind(ReportSession *session, const QUuid &id)
{
    m_session = session;
    m_id = id;
}

bool NodeForm::focusNode(const QUuid &id, int)
{
    if (id == m_id) {
        if (QWidget *w = firstEditor()) {
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void NodeForm::setHeader(const QString &caption, const QString &title, const QString &breadcrumb)
{
    m_caption->setText(caption);
    m_title->setText(title);
    m_breadcrumb->setText(breadcrumb);
    m_breadcrumb->setVisible(!breadcrumb.isEmpty());
}

QString NodeForm::breadcrumbFor(const QUuid &id) const
{
    if (!m_session)
        return {};
    const Report &r = m_session->report();
    QStringList crumbs;
    const Part *part = owningPart(r, id);
    if (part) {
        crumbs << nodeCaption(r, part->id, 18);
        if (const Section *s = owningSection(r, id))
            crumbs << nodeCaption(r, s->id, 16, Names::sectionNoun(part->kind));
    } else {
        crumbs << nodeCaption(r, r.id, 30);
    }
    return crumbs.join(QStringLiteral("  ›  "));
}


// ---------------------------------------------------------------------------------------------------
// FormStack

FormStack::FormStack(QWidget *parent) : QStackedWidget(parent)
{
    m_empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    auto *emptyLabel = new QLabel(tr("Choose a part of the report in the outline to edit it."), m_empty);
    setLook(emptyLabel, Look::Hint);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyLabel);
    addWidget(m_empty);

    // Keep the caret in view while typing at the bottom of a long form.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        auto *area = qobject_cast<QScrollArea *>(currentWidget());
        if (!area || !now || !area->isAncestorOf(now))
            return;
        area->ensureWidgetVisible(now, 10, 30);
        if (auto *edit = qobject_cast<FieldEdit *>(now))
            connect(edit, &QPlainTextEdit::cursorPositionChanged, this, &FormStack::ensureCaretVisible,
                    Qt::UniqueConnection);
    });
}

void FormStack::ensureCaretVisible()
{
    auto *edit = qobject_cast<FieldEdit *>(sender());
    auto *area = qobject_cast<QScrollArea *>(currentWidget());
    if (!edit || !area || !edit->hasFocus() || !area->isAncestorOf(edit))
        return;
    const QRect r = edit->cursorRect();
    const QPoint p = edit->viewport()->mapTo(area->widget(), r.center());
    area->ensureVisible(p.x(), p.y(), 10, r.height() + 20);
}

QScrollArea *FormStack::wrap(NodeForm *form)
{
    auto *area = new QScrollArea(this);
    area->setObjectName(form->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(form);
    guardWheelInScrollingForm(form);
    return area;
}

NodeForm *FormStack::formFor(NodeType type)
{
    // Each form is made the first time a node of its kind is shown: the window starts faster.
    auto make = [this](auto *&slot, auto create, const char *name) {
        if (!slot) {
            slot = create();
            slot->setObjectName(QLatin1String(name));
            m_forms << slot;
            addWidget(wrap(slot));
            connect(slot, &NodeForm::nodeFocused, this, &FormStack::nodeFocused);
            connect(slot, &NodeForm::continueAt, this, &FormStack::continueAt);
            slot->setReadOnly(m_readOnly);
            showReadOnly(slot, m_readOnly);
        }
        return static_cast<NodeForm *>(slot);
    };
    switch (type) {
    case NodeType::Report:
        return make(m_details, [] { return new DetailsForm; }, "detailsForm");
    case NodeType::Part:
        if (!m_part) {
            make(m_part, [] { return new PartForm; }, "partForm");
            connect(m_part, &PartForm::addSectionRequested, this, &FormStack::addSectionRequested);
        }
        return m_part;
    case NodeType::Section:
        return make(m_section, [] { return new SectionForm; }, "sectionForm");
    case NodeType::Paragraph:
        return make(m_paragraph, [] { return new TextNodeForm(NodeType::Paragraph); }, "paragraphForm");
    case NodeType::Point:
        return make(m_point, [] { return new TextNodeForm(NodeType::Point); }, "pointForm");
    case NodeType::Fact:
        return make(m_fact, [] { return new FactForm; }, "factForm");
    }
    return nullptr;
}

namespace {

// Whether the keyboard is where the user put it to work outside the forms: an item view (the report
// list, the outline, a panel's list) or a box with text typed into it (a search).
bool workingElsewhere(const QWidget *forms, QWidget *focus)
{
    if (!focus || forms->isAncestorOf(focus) || focus->window() != forms->window())
        return false;
    if (qobject_cast<QAbstractItemView *>(focus))
        return true;
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return !line->text().isEmpty();
    return false;
}

}  // namespace

void FormStack::setSession(ReportSession *session)
{
    m_takeFocus = session && !workingElsewhere(this, QApplication::focusWidget());
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    for (NodeForm *f : m_forms)
        f->bind(nullptr, {});
    setCurrentWidget(m_empty);
    if (session) {
        connect(session, &ReportSession::fieldChanged, this, &FormStack::onFieldChanged);
        connect(session, &ReportSession::structureChanged, this, &FormStack::onStructureChanged);
        setReadOnly(session->isLocked());
    }
}

NodeForm *FormStack::currentForm() const
{
    auto *area = qobject_cast<QScrollArea *>(currentWidget());
    return area ? qobject_cast<NodeForm *>(area->widget()) : nullptr;
}

QUuid FormStack::currentNode() const
{
    NodeForm *f = currentForm();
    return f ? f->nodeId() : QUuid();
}

void FormStack::showNode(const QUuid &id)
{
    NodeForm *target = nullptr;
    if (m_session && !id.isNull()) {
        if (const auto info = findNode(m_session->report(), id))
            target = formFor(info->type);
    }
    if (!target) {
        setCurrentWidget(m_empty);
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    const bool takeFocus = m_takeFocus || (focus && isAncestorOf(focus));
    m_takeFocus = false;
    const bool sameNode = currentForm() == target && target->nodeId() == id;
    if (!sameNode) {
        if (NodeForm *old = currentForm())
            old->bind(nullptr, {});
        target->bind(m_session, id);
        target->setReadOnly(m_readOnly);
        showReadOnly(target, m_readOnly);
    }
    auto *area = qobject_cast<QScrollArea *>(target->parentWidget()->parentWidget());
    setCurrentWidget(area);
    if (!sameNode && area)
        area->verticalScrollBar()->setValue(0);
    focus = QApplication::focusWidget();
    if (takeFocus && area && !(focus && area->isAncestorOf(focus)) && !target->focusNode(id)) {
        if (QWidget *first = target->firstEditor())
            first->setFocus(Qt::OtherFocusReason);
    }
}

bool FormStack::focusNode(const QUuid &id, int cursor)
{
    NodeForm *f = currentForm();
    return f && f->focusNode(id, cursor);
}

void FormStack::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (NodeForm *f : m_forms) {
        f->setReadOnly(readOnly);
        showReadOnly(f, readOnly);
    }
}

void FormStack::showReadOnly(NodeForm *form, bool readOnly)
{
    // Read-only fields (the reviewer's, a locked report's) look it: the window's grey instead of the
    // white of a field one can type in, and no clear button.
    for (QLineEdit *line : form->findChildren<QLineEdit *>()) {
        if (QAction *clear = line->findChild<QAction *>(QStringLiteral("clearAction")))
            clear->setVisible(!readOnly && !line->text().isEmpty());
    }
    if (!readOnly) {
        form->setPalette(QPalette());
        return;
    }
    QPalette p = form->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, p.color(group, QPalette::Window));
        p.setColor(group, QPalette::AlternateBase, p.color(group, QPalette::Window));
    }
    form->setPalette(p);
}

void FormStack::onFieldChanged(const QUuid &id, const QString &field)
{
    if (NodeForm *f = currentForm())
        f->onFieldChanged(id, field);
}

void FormStack::onStructureChanged()
{
    if (NodeForm *f = currentForm())
        f->onStructureChanged();
}

}  // namespace fazhi::ui
