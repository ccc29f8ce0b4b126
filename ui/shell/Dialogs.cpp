#include "shell/Dialogs.h"
#include "common/Theme.h"

#include "common/AppSettings.h"
#include "common/Icons.h"
#include "shell/Language.h"
#include "common/Names.h"
#include "common/Prompts.h"
#include "common/WorkspacePicker.h"
#include "shell/Diagnostics.h"
#include "model/ImportNoteText.h"
#include "model/PartKinds.h"
#include "model/ReportLookup.h"
#include "render/FontResolver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fazhi::ui {

// ---------------------------------------------------------------------------------------------------
// NewReportDialog

namespace {
std::optional<std::optional<NewReportDialog::Answer>> g_nextNewReport;
}

NewReportDialog::NewReportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Report"));
    setObjectName(QStringLiteral("newReportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The new report follows the regulation: the five contents as parts, with five "
                                "work areas to fill in. Everything can be renamed, moved or deleted later."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("newOrganization"));
    m_organization->setPlaceholderText(tr("e.g. 示例镇人民政府"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("newYear"));
    m_year->setRange(2000, 2100);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Year reported on:"), m_year);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    setLook(m_preview, Look::Hint);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organization, &QLineEdit::textChanged, this, &NewReportDialog::updatePreview);
    connect(m_year, &QSpinBox::valueChanged, this, &NewReportDialog::updatePreview);
    connect(m_organization, &QLineEdit::textChanged, this, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    setMinimumWidth(460);
}

void NewReportDialog::updatePreview()
{
    const QString org = m_organization->text().trimmed();
    m_preview->setText(org.isEmpty() ? QString()
                                     : tr("Title: %1").arg(defaultTitle(org, m_year->value())));
}

NewReportDialog::Answer NewReportDialog::answer() const
{
    return {m_organization->text().trimmed(), m_year->value()};
}

std::optional<NewReportDialog::Answer> NewReportDialog::ask(QWidget *parent, const QString &organization, int year)
{
    if (g_nextNewReport) {
        auto answer = *g_nextNewReport;
        g_nextNewReport.reset();
        return answer;
    }
    if (Prompts::isAutomatic())
        return std::nullopt;
    NewReportDialog dialog(parent);
    dialog.m_organization->setText(organization);
    dialog.m_year->setValue(year);
    dialog.updatePreview();
    dialog.m_organization->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void NewReportDialog::setNextAnswer(std::optional<Answer> answer) { g_nextNewReport = answer; }

// ---------------------------------------------------------------------------------------------------
// ImportNotesDialog

ImportNotesDialog::ImportNotesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importNotesDialog"));
    setWindowTitle(tr("What Import Changed"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notes = new QTreeWidget(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setColumnCount(3);
    m_notes->setHeaderLabels({tr("Kind"), tr("What happened"), tr("Original text")});
    m_notes->setRootIsDecorated(false);
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true);
    m_notes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_notes->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_notes->header()->resizeSection(2, 260);
    layout->addWidget(m_notes, 1);
    auto *hintLabel = new QLabel(tr("Double-click a note to go to the text it concerns."), this);
    setLook(hintLabel, Look::Hint);
    layout->addWidget(hintLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_split = buttons->addButton(tr("Split Heading"), QDialogButtonBox::ActionRole);
    m_split->setObjectName(QStringLiteral("splitHeading"));
    m_split->setToolTip(tr("Give the part its usual heading and keep the sentence as its first paragraph"));
    m_split->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_notes, &QTreeWidget::currentItemChanged, this, [this] { updateSplitButton(); });
    connect(m_split, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_notes->currentItem();
        if (!item || !item->data(1, Qt::UserRole).toBool())
            return;
        const QUuid part = item->data(0, Qt::UserRole).toUuid();
        item->setData(1, Qt::UserRole, false);  // split once
        updateSplitButton();
        emit splitHeadingRequested(part);
    });
    connect(m_notes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, Qt::UserRole).toUuid();
        if (!id.isNull())
            emit nodeActivated(id);
    });
    resize(820, 440);
}


void ImportNotesDialog::setReport(const Report &report, const QString &sourceName)
{
    m_notes->clear();
    for (const ImportNote &note : report.importNotes) {
        auto *item = new QTreeWidgetItem(m_notes);
        item->setText(0, Names::importNoteKind(note.kind));
        QString what = importNoteText(note);
        if (!note.replacement.isEmpty() && note.replacement != note.original && !what.contains(note.replacement))
            what += QStringLiteral("\n→ ") + note.replacement;
        item->setText(1, what);
        item->setText(2, note.original);
        item->setToolTip(2, note.original);
        item->setData(0, Qt::UserRole, note.nodeId);
        // Whether the note offers to split its part's heading, while the part still has it: a lead-in
        // heading note, or one kept without its code that proposes the kind's default heading for it.
        const Part *part = findPart(report, note.nodeId);
        const bool offer = part && !part->heading.isEmpty() && part->heading == note.original
            && (note.code == ImportNoteCode::LeadInHeading
                || (note.code.isEmpty() && note.kind == ImportNoteKind::Inferred
                    && note.replacement == defaultPartHeading(part->kind, report.details.year)));
        item->setData(1, Qt::UserRole, offer);
    }
    updateSplitButton();
    const QString source = sourceName.isEmpty() ? report.effectiveTitle() : sourceName;
    m_summary->setText(report.importNotes.isEmpty()
                           ? tr("%1 was imported as it was; nothing needed repair.").arg(source)
                           : tr("%1 was imported. Import made %n repair(s) or omission(s); please check them "
                                "against the original.",
                                nullptr, int(report.importNotes.size()))
                                 .arg(source));
}

int ImportNotesDialog::noteCount() const { return m_notes->topLevelItemCount(); }

void ImportNotesDialog::updateSplitButton()
{
    const QTreeWidgetItem *item = m_notes->currentItem();
    m_split->setEnabled(item && item->data(1, Qt::UserRole).toBool());
}

// ---------------------------------------------------------------------------------------------------
// SettingsDialog

namespace {
const FontRole kChoosableRoles[] = {FontRole::Title, FontRole::Heading1, FontRole::Heading2, FontRole::Body};

QString roleName(FontRole role)
{
    switch (role) {
    case FontRole::Title: return SettingsDialog::tr("Title (小标宋)");
    case FontRole::Heading1: return SettingsDialog::tr("Headings 一、 (黑体)");
    case FontRole::Heading2: return SettingsDialog::tr("Headings （一） (楷体)");
    case FontRole::Body: return SettingsDialog::tr("Body text (仿宋)");
    case FontRole::PageNumber: return SettingsDialog::tr("Page numbers (宋体)");
    case FontRole::Latin: return SettingsDialog::tr("Digits and Latin letters");
    }
    return {};
}
}  // namespace

SettingsDialog::SettingsDialog(const QString &currentWorkspace, QWidget *parent)
    : QDialog(parent), m_currentWorkspace(currentWorkspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), tr("General"));
    tabs->addTab(fontsPage(), tr("Fonts"));
    tabs->addTab(publicationPage(), tr("Published Numbers"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(680, 520);
}

QWidget *SettingsDialog::generalPage()
{
    AppSettings &s = AppSettings::instance();
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_userName = new QLineEdit(s.string(AppSettings::UserName), page);
    m_userName->setObjectName(QStringLiteral("settingsUserName"));
    m_userName->setPlaceholderText(tr("Shown with your review opinions and comments"));
    m_organization = new QLineEdit(s.string(AppSettings::DefaultOrganization), page);
    m_organization->setObjectName(QStringLiteral("settingsOrganization"));
    m_organization->setPlaceholderText(tr("Offered when you create a report, e.g. 示例镇人民政府"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    for (const QString &lang : availableLanguages())
        m_language->addItem(languageDisplayName(lang), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    m_workspace = new QLineEdit(s.string(AppSettings::WorkspacePath), page);
    m_workspace->setObjectName(QStringLiteral("settingsWorkspace"));
    m_workspace->setPlaceholderText(QDir::toNativeSeparators(m_currentWorkspace));
    auto *browse = new QPushButton(tr("Choose…"), page);
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_workspace->text().isEmpty() ? m_currentWorkspace : m_workspace->text();
        // Open or create: an existing workspace is chosen without "replace it?" (common/WorkspacePicker.h).
        const QString path = chooseWorkspaceFile(this, tr("Workspace File"), start);
        if (!path.isEmpty())
            m_workspace->setText(QDir::toNativeSeparators(path));
    });
    form->addRow(tr("Your name:"), m_userName);
    form->addRow(tr("Default organization:"), m_organization);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Workspace file:"), workspaceRow);
    auto *note = new QLabel(tr("All your reports are saved in this one file; copy it to keep them elsewhere. A new "
                               "language or file takes effect when the program starts again."),
                            page);
    setLook(note, Look::Hint);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::fontsPage()
{
    AppSettings &s = AppSettings::instance();
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Each kind of text uses the first installed font of its list; choose a font to put "
                                "it first. Word, PDF, printing and the preview all follow these choices."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("<b>Text</b>"), page), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Font</b>"), page), 0, 1);
    grid->addWidget(new QLabel(tr("<b>In use</b>"), page), 0, 2);
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    const PageProfile defaults = gbt9704Profile();
    int row = 1;
    for (FontRole role : kChoosableRoles) {
        auto *combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("font-") + fontRoleKey(role));
        combo->addItem(tr("Automatic"), QString());
        for (const QString &f : families)
            combo->addItem(f, f);
        const QString chosen = s.string(AppSettings::fontKey(role));
        const int i = combo->findData(chosen);
        combo->setCurrentIndex(i >= 0 ? i : 0);
        combo->setToolTip(tr("Order tried: %1").arg(defaults.chain(role).families.join(QStringLiteral(" → "))));
        auto *used = new QLabel(page);
        used->setObjectName(QStringLiteral("fontUsed"));
        grid->addWidget(new QLabel(roleName(role), page), row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(used, row, 2);
        auto *chain = new QLabel(tr("Order tried: %1").arg(defaults.chain(role).families.join(QStringLiteral(" → "))),
                                 page);
        setLook(chain, Look::Hint);
        chain->setWordWrap(true);
        grid->addWidget(chain, row + 1, 1, 1, 2);
        m_fontChoices << combo;
        m_fontUsed << used;
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFontInfo);
        row += 2;
    }
    for (FontRole role : {FontRole::PageNumber, FontRole::Latin}) {
        auto *used = new QLabel(resolveFont(defaults, role).family, page);
        grid->addWidget(new QLabel(roleName(role), page), row, 0);
        auto *chain = new QLabel(defaults.chain(role).families.join(QStringLiteral(" → ")), page);
        setLook(chain, Look::Hint);
        chain->setWordWrap(true);
        grid->addWidget(chain, row, 1);
        grid->addWidget(used, row, 2);
        ++row;
    }
    layout->addLayout(grid);
    layout->addStretch(1);
    updateFontInfo();
    return page;
}

void SettingsDialog::updateFontInfo()
{
    PageProfile profile = gbt9704Profile();
    for (int i = 0; i < m_fontChoices.size(); ++i) {
        const FontRole role = kChoosableRoles[i];
        const QString family = m_fontChoices.at(i)->currentData().toString();
        FontChain &chain = const_cast<FontChain &>(profile.chain(role));
        if (!family.isEmpty()) {
            chain.families.removeAll(family);
            chain.families.prepend(family);
        }
        const ResolvedFont resolved = resolveFont(profile, role);
        QLabel *used = m_fontUsed.at(i);
        if (resolved.family.isEmpty()) {
            used->setText(tr("None installed"));
        } else {
            used->setText(resolved.family);
        }
        used->setToolTip(resolved.fromChain ? QString() : tr("None of the listed fonts is installed; a substitute is used."));
    }
}

// The office's own published numbers and addresses, which the secrecy check before publication allows.
QWidget *SettingsDialog::publicationPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("Published phone numbers and e-mail addresses of your office, one a line:"), page);
    label->setWordWrap(true);
    m_publicContacts = new QPlainTextEdit(page);
    m_publicContacts->setObjectName(QStringLiteral("settingsPublicContacts"));
    m_publicContacts->setPlaceholderText(tr("e.g. 0523-83251234\nsfs@example.gov.cn"));
    m_publicContacts->setPlainText(
        AppSettings::instance().value(AppSettings::PublicContacts).toStringList().join(QLatin1Char('\n')));
    label->setBuddy(m_publicContacts);
    auto *note = new QLabel(tr("Before a report is published, the secrecy check looks for ID, phone and bank card numbers, "
                               "e-mail addresses, licence plates, secrecy markings and the names of parties. The numbers "
                               "and addresses listed here are your office's public ones and are not reported, nor are "
                               "public service numbers such as 12345 and 12348."),
                            page);
    setLook(note, Look::Hint);
    note->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_publicContacts, 1);
    layout->addWidget(note);
    return page;
}

bool SettingsDialog::apply()
{
    AppSettings &s = AppSettings::instance();
    const QString oldLanguage = languageSetting();
    const QString oldWorkspace = s.string(AppSettings::WorkspacePath);
    s.setValue(AppSettings::UserName, m_userName->text().trimmed());
    s.setValue(AppSettings::DefaultOrganization, m_organization->text().trimmed());
    s.setValue(AppSettings::Language, m_language->currentData().toString());
    s.setValue(AppSettings::WorkspacePath, QDir::fromNativeSeparators(m_workspace->text().trimmed()));
    for (int i = 0; i < m_fontChoices.size(); ++i)
        s.setValue(AppSettings::fontKey(kChoosableRoles[i]), m_fontChoices.at(i)->currentData().toString());
    QStringList contacts;
    for (const QString &line : m_publicContacts->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            contacts.append(line.trimmed());
    }
    s.setValue(AppSettings::PublicContacts, contacts);
    s.sync();
    return oldLanguage != languageSetting() || oldWorkspace != s.string(AppSettings::WorkspacePath);
}

// ---------------------------------------------------------------------------------------------------
// Help and about

void showAbout(QWidget *parent, Workspace *workspace)
{
    Prompts::Message m;
    m.icon = Prompts::Icon::Information;
    m.title = QCoreApplication::translate("Help", "About Fazhi Report");
    m.text = QCoreApplication::translate("Help", "Fazhi Report %1").arg(QCoreApplication::applicationVersion());
    m.informative = QCoreApplication::translate(
        "Help", "Writes, checks and publishes the annual report on building a rule-of-law government, in the "
                "GB/T 9704 layout. Licensed under the GNU GPL, version 3 or later.");
    // For the person on the phone: what to tell them, in one click (shell/Diagnostics.h).
    const QString diagnostics = diagnosticsText(workspace);
    m.details = diagnostics;
    m.buttons = {Prompts::CopyDiagnostics, Prompts::Ok};
    m.defaultButton = Prompts::Ok;
    m.escapeButton = Prompts::Ok;
    if (Prompts::ask(parent, m) == Prompts::CopyDiagnostics)
        QGuiApplication::clipboard()->setText(diagnostics);
}

}  // namespace fazhi::ui
