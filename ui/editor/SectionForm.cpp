#include "editor/Forms.h"

#include "common/Names.h"
#include "editor/FieldEdit.h"
#include "editor/FormParts.h"
#include "editor/FormWidgets.h"
#include "model/NodeCaption.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fazhi::ui {

using namespace forms;
SectionForm::SectionForm(QWidget *parent) : NodeForm(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics::GroupSpacing);

    layout->addWidget(groupTitle(tr("Lead sentence"), body()));
    m_lead = new FieldEdit(FieldEdit::Mode::Single, body());
    m_lead->setObjectName(QStringLiteral("sectionLead"));
    m_leadCount = new CharCountLabel(body());
    m_leadCount->follow(m_lead);
    layout->addWidget(m_lead);
    auto *styleRow = new QHBoxLayout;
    m_runIn = new QRadioButton(tr("Run on: body follows the lead"), body());
    m_runIn->setObjectName(QStringLiteral("headingRunIn"));
    m_standalone = new QRadioButton(tr("Heading on its own line"), body());
    m_standalone->setObjectName(QStringLiteral("headingStandalone"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_runIn);
    group->addButton(m_standalone);
    // The two styles one above the other: the row stays narrow enough for a laptop screen.
    auto *styles = new QVBoxLayout;
    styles->setSpacing(metrics::ChoiceSpacing);
    styles->addWidget(m_runIn);
    styles->addWidget(m_standalone);
    styleRow->addLayout(styles);
    styleRow->addStretch(1);
    styleRow->addWidget(m_leadCount, 0, Qt::AlignTop);
    layout->addLayout(styleRow);
    layout->addWidget(separator(body()));

    m_paragraphs = new ParagraphListEditor(ParagraphListEditor::Kind::Paragraphs, body());
    m_paragraphs->setObjectName(QStringLiteral("sectionParagraphs"));
    m_paragraphs->setTitle(tr("Body"));
    layout->addWidget(m_paragraphs);
    layout->addWidget(separator(body()));
    m_points = new ParagraphListEditor(ParagraphListEditor::Kind::Points, body());
    m_points->setObjectName(QStringLiteral("sectionPoints"));
    layout->addWidget(m_points);
    layout->addWidget(separator(body()));
    m_facts = new FactsEditor(body());
    m_facts->setObjectName(QStringLiteral("sectionFacts"));
    layout->addWidget(m_facts);

    connect(m_lead, &FieldEdit::textEdited, this, [this](const QString &t) {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("lead"), t);
    });
    connect(m_lead, &FieldEdit::enterPressed, this, [this] {
        if (FieldEdit *e = m_paragraphs->editorAt(0))
            e->setFocus(Qt::TabFocusReason);
    });
    connect(m_lead, &FieldEdit::focusEntered, this, [this] { emit nodeFocused(m_id); });
    connect(m_runIn, &QRadioButton::clicked, this, [this] {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("headingStyle"), toString(HeadingStyle::RunIn));
    });
    connect(m_standalone, &QRadioButton::clicked, this, [this] {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("headingStyle"), toString(HeadingStyle::Standalone));
    });
    connect(m_paragraphs, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
    connect(m_points, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
}

void SectionForm::bind(ReportSession *session, const QUuid &id)
{
    NodeForm::bind(session, id);
    m_paragraphs->bind(session, id);
    m_points->bind(session, id);
    m_facts->bind(session, id);
    load();
}

void SectionForm::load()
{
    if (!m_session)
        return;
    const Section *s = findSection(m_session->report(), m_id);
    if (!s)
        return;
    m_lead->setTextFromModel(s->lead);
    (s->headingStyle == HeadingStyle::RunIn ? m_runIn : m_standalone)->setChecked(true);
    updateHeader();
    updateGuidance();
}

void SectionForm::updateHeader()
{
    const Report &r = m_session->report();
    const Part *part = nullptr;
    const Section *s = findSection(r, m_id, &part);
    if (!s || !part)
        return;
    setHeader(Names::sectionNoun(part->kind), nodeCaption(r, m_id, -1, tr("(no lead sentence yet)")),
              nodeCaption(r, part->id));
}

void SectionForm::updateGuidance()
{
    const PartKind kind = kindOf(m_session->report(), m_id);
    switch (kind) {
    case PartKind::Measures:
        m_lead->setPlaceholderText(tr("The lead sentence of this work area, e.g. 强化组织领导，压实法治建设责任。"));
        m_paragraphs->setPlaceholder(tr("What was done and what it achieved, with figures, e.g. "
                                        "全年开展法治宣传活动36场次，发放宣传资料5000余份。"),
                                     tr("Another paragraph"));
        break;
    case PartKind::Plans:
        m_lead->setPlaceholderText(tr("The lead sentence of this plan, e.g. 持续深化法治宣传教育。"));
        m_paragraphs->setPlaceholder(tr("What will be done next year, concretely enough to be checked."),
                                     tr("Another paragraph"));
        break;
    default:
        m_lead->setPlaceholderText(tr("The lead sentence or heading of this section."));
        m_paragraphs->setPlaceholder(tr("The text of this section."), tr("Another paragraph"));
        break;
    }
    m_points->setPlaceholder(tr("One measure, ending with ； or 。, e.g. 加强党的领导，统筹部署法治政府建设各项工作。"),
                             tr("One point, ending with ； or 。"));
}

void SectionForm::onFieldChanged(const QUuid &id, const QString &field)
{
    if (!m_session)
        return;
    if (id == m_id) {
        const Section *s = findSection(m_session->report(), m_id);
        if (!s)
            return;
        if (field == QLatin1String("lead"))
            m_lead->setTextFromModel(s->lead);
        else if (field == QLatin1String("headingStyle"))
            (s->headingStyle == HeadingStyle::RunIn ? m_runIn : m_standalone)->setChecked(true);
        m_points->refreshField(id);
        updateHeader();
        return;
    }
    if (id.isNull() || findPart(m_session->report(), id)) {
        updateHeader();
        return;
    }
    if (findFact(m_session->report(), id)) {
        m_facts->sync();
        return;
    }
    m_paragraphs->refreshField(id);
    m_points->refreshField(id);
}

void SectionForm::onStructureChanged()
{
    if (!m_session || !findSection(m_session->report(), m_id))
        return;
    m_paragraphs->sync();
    m_points->sync();
    m_facts->sync();
    updateHeader();
    updateGuidance();
}

void SectionForm::setReadOnly(bool readOnly)
{
    m_lead->setReadOnly(readOnly);
    m_runIn->setEnabled(!readOnly);
    m_standalone->setEnabled(!readOnly);
    m_paragraphs->setReadOnly(readOnly);
    m_points->setReadOnly(readOnly);
    m_facts->setReadOnly(readOnly);
}

bool SectionForm::focusNode(const QUuid &id, int cursor)
{
    if (id == m_id) {
        m_lead->setFocus(Qt::OtherFocusReason);
        m_lead->moveCursor(QTextCursor::End);
        return true;
    }
    return m_paragraphs->focusNode(id, cursor) || m_points->focusNode(id, cursor);
}

QWidget *SectionForm::firstEditor() const { return m_lead; }

}  // namespace fazhi::ui
