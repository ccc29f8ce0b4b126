#include "editor/Forms.h"
#include "common/Theme.h"

#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "common/Names.h"
#include "model/ReportLookup.h"
#include "edit/ReportSession.h"
#include "model/NodeCaption.h"
#include "model/PartKinds.h"
#include "model/ReportEdit.h"
#include "model/TextSanitize.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {

const QDate kNoDate(2000, 1, 1);  // the date edit's minimum, shown as "not set"

QLabel *groupTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    setLook(l, Look::GroupTitle);
    return l;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    setLook(l, Look::Hint);
    l->setWordWrap(true);
    return l;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    setLook(line, Look::Separator);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    return line;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

PartKind kindOf(const Report &r, const QUuid &nodeId)
{
    const Part *p = owningPart(r, nodeId);
    return p ? p->kind : PartKind::Custom;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// NodeForm

NodeForm::NodeForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(4);
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
    layout->addSpacing(10);
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
// DetailsForm

DetailsForm::DetailsForm(QWidget *parent) : NodeForm(parent)
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);

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
    m_year->setValue(d.year > 0 ? d.year : QDate::currentDate().year() - 1);
    setLineText(m_title, d.title);
    setLineText(m_addressee, d.addressee);
    setLineText(m_signature, d.signature);
    setDate(d.date);
    setLineText(m_source, d.source);
    setLineText(m_publishedOn, d.publishedOn);
    setLineText(m_url, d.publicationUrl);
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
    for (QLineEdit *e : {m_organization, m_title, m_addressee, m_signature, m_source, m_publishedOn, m_url})
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

// ---------------------------------------------------------------------------------------------------
// PartForm

PartForm::PartForm(QWidget *parent) : NodeForm(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(14);
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
    headingBox->setSpacing(1);
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

// ---------------------------------------------------------------------------------------------------
// SectionForm

SectionForm::SectionForm(QWidget *parent) : NodeForm(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

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
    styles->setSpacing(2);
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

// ---------------------------------------------------------------------------------------------------
// TextNodeForm

TextNodeForm::TextNodeForm(NodeType type, QWidget *parent) : NodeForm(parent), m_type(type)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
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
        row->addWidget(m_style);
        row->addStretch(1);
        layout->addSpacing(8);
        layout->addLayout(row);
        connect(m_style, &QComboBox::activated, this, [this](int i) {
            if (m_session)
                m_session->setNodeField(m_containerId, QStringLiteral("pointStyle"), m_style->itemData(i));
        });
    }
    layout->addSpacing(12);
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

// ---------------------------------------------------------------------------------------------------
// FactForm

FactForm::FactForm(QWidget *parent) : NodeForm(parent)
{
    auto *form = new QFormLayout(body());
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
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

void FormStack::setSession(ReportSession *session)
{
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
    const bool sameNode = currentForm() == target && target->nodeId() == id;
    if (!sameNode) {
        if (NodeForm *old = currentForm())
            old->bind(nullptr, {});
        target->bind(m_session, id);
        target->setReadOnly(m_readOnly);
    }
    auto *area = qobject_cast<QScrollArea *>(target->parentWidget()->parentWidget());
    setCurrentWidget(area);
    if (!sameNode && area)
        area->verticalScrollBar()->setValue(0);
}

bool FormStack::focusNode(const QUuid &id, int cursor)
{
    NodeForm *f = currentForm();
    return f && f->focusNode(id, cursor);
}

void FormStack::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (NodeForm *f : m_forms)
        f->setReadOnly(readOnly);
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
