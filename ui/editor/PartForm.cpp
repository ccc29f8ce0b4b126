#include "editor/Forms.h"

#include "common/Names.h"
#include "editor/FieldEdit.h"
#include "editor/FormParts.h"
#include "editor/FormWidgets.h"
#include "model/NodeCaption.h"
#include "model/PartKinds.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fazhi::ui {

using namespace forms;
PartForm::PartForm(QWidget *parent) : NodeForm(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(metrics::GroupSpacing);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(metrics::FieldColumnGap);
    m_kind = new QComboBox(body());
    m_kind->setObjectName(QStringLiteral("partKind"));
    for (PartKind k : {PartKind::Measures, PartKind::LeadersDuty, PartKind::Shortcomings, PartKind::Plans,
                       PartKind::Other, PartKind::Custom})
        m_kind->addItem(Names::partKind(k), toString(k));
    m_heading = new FieldEdit(FieldEdit::Mode::Single, body());
    m_heading->setObjectName(QStringLiteral("partHeading"));
    m_headingCount = new CharCountLabel(body());
    m_headingCount->follow(m_heading);
    auto *headingBox = new QVBoxLayout;
    headingBox->setSpacing(metrics::CountSpacing);
    headingBox->addWidget(m_heading);
    headingBox->addWidget(m_headingCount);
    form->addRow(tr("Contents:"), m_kind);
    form->addRow(tr("Heading:"), headingBox);
    layout->addLayout(form);
    layout->addWidget(separator(body()));

    m_paragraphs = new ParagraphListEditor(ParagraphListEditor::Kind::Paragraphs, body());
    m_paragraphs->setObjectName(QStringLiteral("partParagraphs"));
    m_paragraphs->setTitle(tr("Opening paragraphs"));
    layout->addWidget(m_paragraphs);
    layout->addWidget(separator(body()));
    m_points = new ParagraphListEditor(ParagraphListEditor::Kind::Points, body());
    m_points->setObjectName(QStringLiteral("partPoints"));
    layout->addWidget(m_points);
    layout->addWidget(separator(body()));

    auto *sectionsRow = new QHBoxLayout;
    m_sectionsInfo = new QLabel(body());
    setLook(m_sectionsInfo, Look::Hint);
    m_sectionsInfo->setWordWrap(true);
    m_addSection = new QPushButton(body());
    m_addSection->setObjectName(QStringLiteral("addSectionButton"));
    sectionsRow->addWidget(m_sectionsInfo, 1);
    sectionsRow->addWidget(m_addSection);
    layout->addLayout(sectionsRow);

    connect(m_kind, &QComboBox::activated, this, [this](int i) {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("partKind"), m_kind->itemData(i));
    });
    connect(m_heading, &FieldEdit::textEdited, this, [this](const QString &t) {
        if (m_session)
            m_session->setNodeField(m_id, QStringLiteral("heading"), t);
    });
    connect(m_heading, &FieldEdit::enterPressed, this, [this] {
        if (FieldEdit *e = m_paragraphs->editorAt(0))
            e->setFocus(Qt::TabFocusReason);
    });
    connect(m_heading, &FieldEdit::focusEntered, this, [this] { emit nodeFocused(m_id); });
    connect(m_paragraphs, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
    connect(m_points, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
    connect(m_addSection, &QPushButton::clicked, this, [this] { emit addSectionRequested(m_id); });
}

void PartForm::bind(ReportSession *session, const QUuid &id)
{
    NodeForm::bind(session, id);
    m_paragraphs->bind(session, id);
    m_points->bind(session, id);
    load();
}

void PartForm::load()
{
    if (!m_session)
        return;
    const Part *p = findPart(m_session->report(), m_id);
    if (!p)
        return;
    const int i = m_kind->findData(toString(p->kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
    m_heading->setTextFromModel(p->heading);
    updateHeader();
    updateGuidance();
}

void PartForm::updateHeader()
{
    const Report &r = m_session->report();
    const Part *p = findPart(r, m_id);
    if (!p)
        return;
    // The kind under the heading, unless the heading already says it.
    const QString heading = r.effectiveHeading(*p);
    const QString kind = Names::partKind(p->kind);
    setHeader(tr("Part"), nodeCaption(r, m_id),
              heading.contains(kind) || kind.contains(heading) ? QString() : kind);
    const QString noun = Names::sectionNoun(p->kind);
    m_sectionsInfo->setText(p->sections.isEmpty()
                                ? tr("This part has no numbered sections （一）（二）….")
                                : tr("This part has %1 numbered sections （一）（二）…; choose one in the outline to "
                                     "edit it.")
                                      .arg(p->sections.size()));
    m_addSection->setText(tr("Add %1").arg(noun));
}

void PartForm::updateGuidance()
{
    const Report &r = m_session->report();
    const Part *p = findPart(r, m_id);
    if (!p)
        return;
    const QString defaultHeading = defaultPartHeading(p->kind, r.details.year);
    m_heading->setPlaceholderText(defaultHeading.isEmpty() ? tr("The heading of this part")
                                                           : tr("Leave empty to use: %1").arg(defaultHeading));
    QString paragraph;
    QString point = tr("One point, ending with ； or 。");
    switch (p->kind) {
    case PartKind::Measures:
        paragraph = tr("An overview of the year's work on building a rule-of-law government; it may end with "
                       "“主要做法是：”, the measures themselves follow as work areas.");
        break;
    case PartKind::LeadersDuty:
        paragraph = tr("How the principal Party and government leaders performed their duty as first responsible "
                       "persons: studying and deploying the work, leading in studying and applying the law, "
                       "supervising and checking. Give concrete occasions and numbers.");
        break;
    case PartKind::Shortcomings:
        paragraph = tr("One sentence of overview; then write each shortcoming as a point below, each with its "
                       "cause.");
        point = tr("One shortcoming and its cause, ending with ； or 。, e.g. 普法宣传的针对性还不够强，主要原因是……");
        break;
    case PartKind::Plans:
        paragraph = tr("One sentence that introduces next year's plans, e.g. “%1年，我镇将重点做好以下工作：”")
                        .arg(r.details.year + 1);
        break;
    case PartKind::Other:
        paragraph = tr("Anything else to report; delete this part if there is nothing.");
        break;
    case PartKind::Custom:
        paragraph = tr("The text of this part.");
        break;
    }
    m_paragraphs->setPlaceholder(paragraph, tr("Another paragraph"));
    m_points->setPlaceholder(point);
}

void PartForm::onFieldChanged(const QUuid &id, const QString &field)
{
    if (!m_session)
        return;
    if (id == m_id) {
        if (field == QLatin1String("heading")) {
            if (const Part *p = findPart(m_session->report(), m_id))
                m_heading->setTextFromModel(p->heading);
        } else if (field == QLatin1String("partKind")) {
            load();
        }
        m_points->refreshField(id);
        updateHeader();
        return;
    }
    if (id.isNull() && field == QLatin1String("year")) {
        updateHeader();
        updateGuidance();
        return;
    }
    m_paragraphs->refreshField(id);
    m_points->refreshField(id);
}

void PartForm::onStructureChanged()
{
    if (!m_session || !findPart(m_session->report(), m_id))
        return;
    m_paragraphs->sync();
    m_points->sync();
    updateHeader();
}

void PartForm::setReadOnly(bool readOnly)
{
    m_kind->setEnabled(!readOnly);
    m_heading->setReadOnly(readOnly);
    m_paragraphs->setReadOnly(readOnly);
    m_points->setReadOnly(readOnly);
    m_addSection->setVisible(!readOnly);
}

bool PartForm::focusNode(const QUuid &id, int cursor)
{
    if (id == m_id) {
        m_heading->setFocus(Qt::OtherFocusReason);
        m_heading->moveCursor(QTextCursor::End);
        return true;
    }
    return m_paragraphs->focusNode(id, cursor) || m_points->focusNode(id, cursor);
}

QWidget *PartForm::firstEditor() const { return m_heading; }

}  // namespace fazhi::ui
