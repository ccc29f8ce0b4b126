#include "editor/Forms.h"

#include "common/Names.h"
#include "editor/FormParts.h"
#include "editor/FormWidgets.h"
#include "model/TextSanitize.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace fazhi::ui {

using namespace forms;
FactForm::FactForm(QWidget *parent) : NodeForm(parent)
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(metrics::FieldColumnGap);
    form->setVerticalSpacing(metrics::FieldRowGap);
    auto line = [this](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit(body());
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        passUndoShortcutsToWindow(e);
        return e;
    };
    m_label = line("factLabel", tr("What was counted, e.g. 发放宣传册"));
    m_value = line("factValue", tr("The number, e.g. 10000"));
    m_qualifier = line("factQualifier", tr("Optional: 余, 多, 以上 …"));
    m_unit = line("factUnit", tr("e.g. 份, 场, 件, 人次, %"));
    m_sentence = new QLabel(body());
    m_sentence->setObjectName(QStringLiteral("factSentence"));
    form->addRow(tr("What:"), m_label);
    form->addRow(tr("Number:"), m_value);
    form->addRow(tr("Qualifier:"), m_qualifier);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Reads:"), m_sentence);
    form->addRow(hint(tr("Figures are not printed on their own; they help check that the text quotes them right."),
                      body()));

    auto bindLine = [this](QLineEdit *e, const char *field) {
        connect(e, &QLineEdit::textEdited, this, [this, field](const QString &t) {
            if (m_session)
                m_session->setNodeField(m_id, QLatin1String(field), sanitizeFieldText(t));
        });
    };
    bindLine(m_label, "label");
    bindLine(m_value, "value");
    bindLine(m_qualifier, "qualifier");
    bindLine(m_unit, "unit");
}

void FactForm::bind(ReportSession *session, const QUuid &id)
{
    NodeForm::bind(session, id);
    load();
}

void FactForm::load()
{
    if (!m_session)
        return;
    const Fact *f = findFact(m_session->report(), m_id);
    if (!f)
        return;
    setLineText(m_label, f->label);
    setLineText(m_value, f->value);
    setLineText(m_qualifier, f->qualifier);
    setLineText(m_unit, f->unit);
    const QString reads = f->label + f->value + f->qualifier + f->unit;
    m_sentence->setText(reads.isEmpty() ? QStringLiteral("—") : reads);
    setHeader(Names::nodeType(NodeType::Fact), f->label.isEmpty() ? tr("(not named yet)") : f->label,
              breadcrumbFor(m_id));
}

void FactForm::onFieldChanged(const QUuid &id, const QString &)
{
    if (id == m_id)
        load();
}

void FactForm::onStructureChanged()
{
    if (m_session && findFact(m_session->report(), m_id))
        load();
}

void FactForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_label, m_value, m_qualifier, m_unit})
        e->setReadOnly(readOnly);
}

QWidget *FactForm::firstEditor() const { return m_label; }

}  // namespace fazhi::ui
