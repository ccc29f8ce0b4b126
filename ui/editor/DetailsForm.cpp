#include "editor/Forms.h"

#include "common/Names.h"
#include "common/Theme.h"
#include "editor/FormParts.h"
#include "editor/FormWidgets.h"
#include "model/ReportEdit.h"
#include "model/ReportYear.h"
#include "model/TextSanitize.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

namespace fazhi::ui {

using namespace forms;

namespace {
const QDate kNoDate(2000, 1, 1);  // the date edit's minimum, shown as "not set"
}  // namespace

DetailsForm::DetailsForm(QWidget *parent) : NodeForm(parent)
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(metrics::FieldColumnGap);
    form->setVerticalSpacing(metrics::FieldRowGap);

    auto line = [this](const char *name) {
        auto *e = new QLineEdit(body());
        e->setObjectName(QLatin1String(name));
        addClearButton(e);
        passUndoShortcutsToWindow(e);
        return e;
    };
    m_organization = line("organization");
    m_organization->setPlaceholderText(tr("The issuing body, e.g. 示例镇人民政府"));
    m_year = new QSpinBox(body());
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setKeyboardTracking(false);
    m_year->setSuffix(tr(" (year reported on)"));
    passUndoShortcutsToWindow(m_year);
    m_title = line("title");
    m_addressee = line("addressee");
    m_addressee->setPlaceholderText(tr("Optional, e.g. 县委、县政府"));
    m_signature = line("signature");
    m_date = new QDateEdit(body());
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setMaximumDate(QDate(2100, 12, 31));
    m_date->setSpecialValueText(tr("Not set"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    passUndoShortcutsToWindow(m_date);
    // Small buttons: the row must fit a narrow form column.
    m_clearDate = new QToolButton(body());
    m_clearDate->setText(tr("Clear"));
    m_clearDate->setObjectName(QStringLiteral("clearDate"));
    m_today = new QToolButton(body());
    m_today->setText(tr("Today"));
    m_today->setObjectName(QStringLiteral("todayDate"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_today);
    dateRow->addWidget(m_clearDate);
    dateRow->addStretch(1);
    m_source = line("source");
    m_source->setPlaceholderText(tr("For the website, e.g. 示例镇"));
    m_publishedOn = line("publishedOn");
    m_publishedOn->setPlaceholderText(tr("As the website prints it, e.g. 2026-02-20 10:00"));
    m_url = line("publicationUrl");
    m_url->setPlaceholderText(tr("Address of the published page, once it is online"));
    m_documentNumber = line("documentNumber");
    m_documentNumber->setPlaceholderText(tr("Optional: the 文号 the website gives, e.g. 示政发〔2024〕3号"));
    // The report's own paragraphs, around its numbered parts.
    m_preamble = new ParagraphListEditor(ParagraphListEditor::Kind::Paragraphs, body());
    m_preamble->setObjectName(QStringLiteral("preambleParagraphs"));
    m_preamble->setTitle(tr("Opening, before the first part"));
    m_preamble->setPlaceholder(tr("Optional: a short overview before “一、”, often ending “现将有关情况报告如下：”"));
    m_closing = new ParagraphListEditor(ParagraphListEditor::Kind::Paragraphs, body());
    m_closing->setObjectName(QStringLiteral("closingParagraphs"));
    m_closing->setTitle(tr("Closing, after the last part"));
    m_closing->setPlaceholder(tr("Optional: words before the signature, e.g. “特此报告。”"));
    m_summary = new QLabel(body());
    setLook(m_summary, Look::Summary);
    m_summary->setWordWrap(true);

    form->addRow(groupTitle(tr("Report"), body()));
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Addressee:"), m_addressee);
    form->addRow(separator(body()));
    form->addRow(m_preamble);
    form->addRow(m_closing);
    form->addRow(separator(body()));
    form->addRow(groupTitle(tr("Signature and date"), body()));
    form->addRow(tr("Signature:"), m_signature);
    form->addRow(tr("Date written:"), dateRow);
    form->addRow(separator(body()));
    form->addRow(groupTitle(tr("Publication on the website"), body()));
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Published on:"), m_publishedOn);
    form->addRow(tr("Web address:"), m_url);
    form->addRow(tr("Document number:"), m_documentNumber);
    form->addRow(separator(body()));
    form->addRow(m_summary);

    auto connectLine = [this](QLineEdit *e, const char *field) {
        connect(e, &QLineEdit::textEdited, this, [this, e, field](const QString &text) {
            if (!m_session || m_loading)
                return;
            const QString clean = sanitizeFieldText(text);
            if (clean != text)
                e->setText(clean);
            m_session->setDetail(QLatin1String(field), clean);
        });
    };
    connectLine(m_organization, "organization");
    connectLine(m_title, "title");
    connectLine(m_addressee, "addressee");
    connectLine(m_signature, "signature");
    connectLine(m_source, "source");
    connectLine(m_publishedOn, "publishedOn");
    connectLine(m_url, "publicationUrl");
    connectLine(m_documentNumber, "documentNumber");
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_session && !m_loading)
            m_session->setDetail(QStringLiteral("year"), year);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_session && !m_loading)
            m_session->setDetail(QStringLiteral("date"), d == kNoDate ? QDate() : d);
    });
    connect(m_clearDate, &QToolButton::clicked, this, [this] { m_date->setDate(kNoDate); });
    connect(m_today, &QToolButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_preamble, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
    connect(m_closing, &ParagraphListEditor::nodeFocused, this, &NodeForm::nodeFocused);
}

void DetailsForm::bind(ReportSession *session, const QUuid &id)
{
    NodeForm::bind(session, id);
    m_preamble->bind(session, id, QStringLiteral("preamble"));
    m_closing->bind(session, id, QStringLiteral("closing"));
    load();
}

void DetailsForm::load()
{
    if (!m_session)
        return;
    m_loading = true;
    const ReportDetails &d = m_session->report().details;
    setLineText(m_organization, d.organization);
    m_year->setValue(d.year > 0 ? d.year : reportYearFor(QDate::currentDate()));  // as a new report would
    setLineText(m_title, d.title);
    setLineText(m_addressee, d.addressee);
    setLineText(m_signature, d.signature);
    setDate(d.date);
    setLineText(m_source, d.source);
    setLineText(m_publishedOn, d.publishedOn);
    setLineText(m_url, d.publicationUrl);
    setLineText(m_documentNumber, d.documentNumber);
    m_loading = false;
    setHeader(tr("Report details"), m_session->report().effectiveTitle());
    updatePlaceholders();
    updateSummary();
}

void DetailsForm::setDate(const QDate &date)
{
    m_date->setDate(date.isValid() ? date : kNoDate);
    if (!date.isValid() && m_date->calendarWidget())
        m_date->calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
}

void DetailsForm::updatePlaceholders()
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    m_title->setPlaceholderText(tr("Leave empty to use: %1").arg(defaultTitle(r.details.organization, r.details.year)));
    m_signature->setPlaceholderText(r.details.organization.isEmpty()
                                        ? tr("Leave empty to sign with the organization")
                                        : tr("Leave empty to sign as %1").arg(r.details.organization));
}

void DetailsForm::updateSummary()
{
    if (!m_session)
        return;
    const Report &r = m_session->report();
    int sections = 0;
    for (const Part &p : r.parts)
        sections += int(p.sections.size());
    QStringList bits;
    bits << tr("Status: %1").arg(Names::status(r.status));
    bits << tr("%Ln character(s) in all", nullptr, reportCharacterCount(r));
    bits << tr("%1, %2", "so many parts, so many sections")
                .arg(tr("%n part(s)", nullptr, int(r.parts.size())), tr("%n section(s)", nullptr, sections));
    m_summary->setText(bits.join(QStringLiteral("　·　")));
}

void DetailsForm::onFieldChanged(const QUuid &id, const QString &field)
{
    if (!m_session)
        return;
    if (id.isNull()) {
        m_loading = true;
        const ReportDetails &d = m_session->report().details;
        if (field == QLatin1String("organization")) setLineText(m_organization, d.organization);
        else if (field == QLatin1String("year")) m_year->setValue(d.year);
        else if (field == QLatin1String("title")) setLineText(m_title, d.title);
        else if (field == QLatin1String("addressee")) setLineText(m_addressee, d.addressee);
        else if (field == QLatin1String("signature")) setLineText(m_signature, d.signature);
        else if (field == QLatin1String("date")) setDate(d.date);
        else if (field == QLatin1String("source")) setLineText(m_source, d.source);
        else if (field == QLatin1String("publishedOn")) setLineText(m_publishedOn, d.publishedOn);
        else if (field == QLatin1String("publicationUrl")) setLineText(m_url, d.publicationUrl);
        else if (field == QLatin1String("documentNumber")) setLineText(m_documentNumber, d.documentNumber);
        m_loading = false;
        setHeader(tr("Report details"), m_session->report().effectiveTitle());
        updatePlaceholders();
    } else {
        m_preamble->refreshField(id);
        m_closing->refreshField(id);
    }
    updateSummary();
}

void DetailsForm::onStructureChanged()
{
    if (!m_session)
        return;
    m_preamble->sync();
    m_closing->sync();
    updateSummary();
}

void DetailsForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_organization, m_title, m_addressee, m_signature, m_source, m_publishedOn, m_url,
                         m_documentNumber})
        e->setReadOnly(readOnly);
    m_year->setReadOnly(readOnly);
    m_date->setReadOnly(readOnly);
    m_clearDate->setEnabled(!readOnly);
    m_today->setEnabled(!readOnly);
    m_preamble->setReadOnly(readOnly);
    m_closing->setReadOnly(readOnly);
}

bool DetailsForm::focusNode(const QUuid &id, int cursor)
{
    return m_preamble->focusNode(id, cursor) || m_closing->focusNode(id, cursor) || NodeForm::focusNode(id, cursor);
}

QWidget *DetailsForm::firstEditor() const { return m_organization; }

}  // namespace fazhi::ui
