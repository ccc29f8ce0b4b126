#include "checks/ChecksPanel.h"

#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "model/ReportLookup.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewNames.h"
#include "workflow/PreviousYear.h"
#include "model/NodeCaption.h"
#include "check/Rules.h"
#include "check/TermList.h"
#include "import/TextImporter.h"
#include "render/GlyphCoverage.h"
#include "util/SafeFile.h"

#include <QCheckBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QUndoStack>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace fazhi::ui {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1;  // index into m_findings; -1 for group rows

bool sameFinding(const check::Finding &a, const check::Finding &b)
{
    return a.rule == b.rule && a.node == b.node && a.field == b.field && a.start == b.start && a.end == b.end
           && a.message == b.message;
}

QColor severityColor(check::Severity s)
{
    switch (s) {
    case check::Severity::Error: return QColor(0xb0, 0x35, 0x2b);
    case check::Severity::Warning: return QColor(0xa8, 0x62, 0x00);
    case check::Severity::Hint: return QColor(0x3b, 0x5f, 0x8f);
    }
    return {};
}

// Ignore lists as earlier versions kept them: in the settings, report id → entries.
QJsonObject listsInSettings()
{
    const QString json = AppSettings::instance().string(AppSettings::IgnoredFindings);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Findings are sentences: rows grow to show them whole, wrapped at the width of the panel.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int width = qMax(60, m_view->viewport()->width() - m_view->indentation() * depth - 10);
        const QRect r = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return QSize(width, r.height() + 6);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideNone;
    }

private:
    QTreeView *m_view;
};

}  // namespace

ChecksPanel::ChecksPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checksPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::PanelMargins);
    layout->setSpacing(metrics::PanelSpacing);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checksTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setIndentation(14);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_fix = new QPushButton(tr("Fix"), this);
    m_fix->setObjectName(QStringLiteral("checksFix"));
    m_fix->setToolTip(tr("Apply the correction the check proposes (Undo takes it back)"));
    m_fixAll = new QPushButton(tr("Fix All"), this);
    m_fixAll->setObjectName(QStringLiteral("checksFixAll"));
    m_fixAll->setToolTip(tr("Apply every correction of the selected finding's kind in the whole report (one Undo step)"));
    m_ignore = new QPushButton(tr("Ignore…"), this);
    m_ignore->setObjectName(QStringLiteral("checksIgnore"));
    m_importTerms = new QPushButton(tr("Import Word List…"), this);
    m_importTerms->setObjectName(QStringLiteral("checksImportTerms"));
    m_importTerms->setToolTip(tr("Add the office's own wording list from a text file: one entry a line, "
                                 "“wrong => right”, # for comments"));
    m_exportTerms = new QPushButton(tr("Export Word List…"), this);
    m_exportTerms->setObjectName(QStringLiteral("checksExportTerms"));
    m_exportTerms->setToolTip(tr("Save the office's wording list as a text file to share it"));
    m_showIgnored = new QCheckBox(tr("Show ignored"), this);
    m_showIgnored->setObjectName(QStringLiteral("checksShowIgnored"));
    // Two short rows, so the panel stays narrow enough for the form at 1366×768: what to do with the
    // selected finding, then the office's word list and the view.
    buttons->addWidget(m_fix);
    buttons->addWidget(m_fixAll);
    buttons->addWidget(m_ignore);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_importTerms);
    listButtons->addWidget(m_exportTerms);
    listButtons->addStretch(1);
    listButtons->addWidget(m_showIgnored);
    layout->addLayout(listButtons);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kRecheckDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ChecksPanel::runPending);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecksPanel::updateButtons);
    auto activate = [this](QTreeWidgetItem *item) {
        if (auto f = findingAt(item))
            emit findingActivated(*f);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (auto f = currentFinding())
            applyFix(*f);
    });
    connect(m_fixAll, &QPushButton::clicked, this, [this] {
        if (auto f = currentFinding())
            applyFixAll(f->rule);
    });
    connect(m_importTerms, &QPushButton::clicked, this, &ChecksPanel::askImportTerms);
    connect(m_exportTerms, &QPushButton::clicked, this, &ChecksPanel::askExportTerms);
    connect(m_ignore, &QPushButton::clicked, this, &ChecksPanel::askIgnore);
    connect(m_showIgnored, &QCheckBox::toggled, this, &ChecksPanel::rebuild);
    rebuild();
}

void ChecksPanel::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_timer.stop();
    m_dirtyNodes.clear();
    m_fullPending = false;
    m_findings.clear();
    m_context = check::CheckContext();
    m_contextPending = false;
    if (session) {
        connect(session, &ReportSession::fieldChanged, this, &ChecksPanel::onFieldChanged);
        connect(session, &ReportSession::structureChanged, this, &ChecksPanel::onStructureChanged);
        // The first check runs right after the report has been shown, not on the way to showing it.
        m_contextPending = true;
        m_fullPending = true;
        QTimer::singleShot(0, this, &ChecksPanel::recheckNow);
    }
    rebuild();
    emit countsChanged();
}

void ChecksPanel::readContext()
{
    m_contextPending = false;
    m_context.ignored = readIgnoreList();
    m_context.today = QDate::currentDate();
    m_context.publicContacts = AppSettings::instance().value(AppSettings::PublicContacts).toStringList();
    // Characters no installed font has would be lost from the PDF and the OFD: say so before export.
    m_context.canDraw = canDrawCharacter;
    // Pasted web text repeats one fault throughout: one finding a text, one fix for all.
    m_context.groupRepeated = true;
    m_context.terms = check::TermList::builtIn();
    const QString userList = AppSettings::instance().string(AppSettings::UserTerms);
    if (!userList.trimmed().isEmpty()) {
        for (const check::TermEntry &e : check::TermList::parsePlainText(userList).entries)
            m_context.terms.add(e);
    }
    check::addPreviousYear(m_session->workspace(), m_session->report(), m_context);
}

bool ChecksPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows change height with the width.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(m_tree, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

bool ChecksPanel::hasFindings() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [](const check::Finding &f) { return !f.ignored; });
}

void ChecksPanel::setFixesAllowed(bool allowed)
{
    m_fixesAllowed = allowed;
    updateButtons();
}

void ChecksPanel::onFieldChanged(const QUuid &nodeId, const QString &)
{
    if (!m_session)
        return;
    m_dirtyNodes.insert(nodeId.isNull() ? m_session->reportId() : nodeId);
    m_timer.start();
}

void ChecksPanel::onStructureChanged()
{
    m_fullPending = true;
    m_timer.start();
}

void ChecksPanel::recheckNow()
{
    if (m_timer.isActive() || m_fullPending || !m_dirtyNodes.isEmpty())
        runPending();
}

void ChecksPanel::runPending()
{
    m_timer.stop();
    if (!m_session) {
        m_dirtyNodes.clear();
        m_fullPending = false;
        return;
    }
    if (m_contextPending)
        readContext();
    const Report &report = m_session->report();
    const QList<check::Finding> before = m_findings;
    const bool structural = m_fullPending;
    if (m_fullPending) {
        m_findings = check::checkReport(report, m_context);
    } else {
        for (const QUuid &node : std::as_const(m_dirtyNodes))
            check::recheckNode(m_findings, report, node, m_context);
    }
    m_fullPending = false;
    m_dirtyNodes.clear();
    // Most keystrokes change no finding: then the list stays as it is (and keeps its scroll position).
    // After a structural edit the places ("（二）") may have changed even when the findings did not.
    if (!structural && m_findings == before)
        return;
    rebuild();
    emit countsChanged();
}

QString ChecksPanel::partTitle(const QUuid &node) const
{
    const Report &r = m_session->report();
    if (const Part *part = owningPart(r, node))
        return nodeCaption(r, part->id, 18);
    return tr("The report as a whole");
}

void ChecksPanel::rebuild()
{
    const std::optional<check::Finding> current = currentFinding();
    m_tree->clear();
    const check::FindingCounts counts = check::countFindings(m_findings);
    if (!m_session) {
        m_summary->setText(tr("Open a report to check it."));
        updateButtons();
        return;
    }
    if (counts.errors + counts.warnings + counts.hints == 0)
        m_summary->setText(counts.ignored ? tr("No findings (%1 ignored).").arg(counts.ignored) : tr("No findings."));
    else
        m_summary->setText(check::summaryLine(counts));
    // Repeated findings over the whole report, per rule: "半角标点共 25 处".
    {
        QMap<QString, int> totals;
        for (const check::Finding &f : std::as_const(m_findings)) {
            if (f.count > 1 && !f.ignored)
                totals[f.rule] += f.count;
        }
        QStringList parts;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            const auto info = check::ruleInfo(it.key());
            parts.append(tr("%1: %2 places in all").arg(info ? info->title : it.key()).arg(it.value()));
        }
        if (!parts.isEmpty())
            m_summary->setText(m_summary->text() + u'\n' + parts.join(tr("; ")) + u'\n'
                               + tr("Select one and press Fix All to repair them at once."));
    }

    const bool showIgnored = m_showIgnored->isChecked();
    QTreeWidgetItem *toSelect = nullptr;
    for (check::Severity severity : {check::Severity::Error, check::Severity::Warning, check::Severity::Hint}) {
        QList<int> indices;
        for (int i = 0; i < m_findings.size(); ++i) {
            const check::Finding &f = m_findings.at(i);
            if (f.severity == severity && (showIgnored || !f.ignored))
                indices << i;
        }
        if (indices.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("%1 (%2)").arg(check::displayName(severity)).arg(indices.size()));
        group->setData(0, kFindingRole, -1);
        group->setForeground(0, severityColor(severity));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        // Findings stay in document order; a part heading starts each run of one part.
        QHash<QString, QTreeWidgetItem *> parts;
        for (int i : indices) {
            const check::Finding &f = m_findings.at(i);
            const QString title = partTitle(f.node);
            QTreeWidgetItem *partItem = parts.value(title);
            if (!partItem) {
                partItem = new QTreeWidgetItem(group);
                partItem->setText(0, title);
                partItem->setData(0, kFindingRole, -1);
                partItem->setForeground(0, QColor(0x4a, 0x55, 0x63));
                parts.insert(title, partItem);
            }
            auto *item = new QTreeWidgetItem(partItem);
            const QString where = ReviewNames::location(m_session->report(), f.node);
            // Where in the part: "（二）一是：…" (the part is the group above).
            QString within = where;
            if (const Part *part = owningPart(m_session->report(), f.node)) {
                const QString partLabel = nodeNumber(m_session->report(), part->id);
                within = part->id == f.node ? QString() : within.mid(within.startsWith(partLabel) ? partLabel.size() : 0);
            }
            QString text = within.isEmpty() ? f.message : tr("%1: %2").arg(within, f.message);
            if (f.ignored)
                text = tr("%1 (ignored: %2)").arg(text, f.ignoreReason.isEmpty() ? tr("no reason given") : f.ignoreReason);
            item->setText(0, text);
            item->setData(0, kFindingRole, i);
            QString tip = where;
            if (!f.context.isEmpty())
                tip += QStringLiteral("\n…%1…").arg(f.context);
            if (f.fix)
                tip += QLatin1Char('\n') + tr("Fix: replace “%1” with “%2”").arg(f.quote, *f.fix);
            item->setToolTip(0, tip);
            if (f.ignored)
                item->setForeground(0, QColor(0x9a, 0xa3, 0xaf));
            if (current && sameFinding(*current, f))
                toSelect = item;
        }
    }
    m_tree->expandAll();
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    updateButtons();
}

std::optional<check::Finding> ChecksPanel::findingAt(QTreeWidgetItem *item) const
{
    if (!item)
        return std::nullopt;
    const int i = item->data(0, kFindingRole).toInt();
    if (i < 0 || i >= m_findings.size())
        return std::nullopt;
    return m_findings.at(i);
}

QTreeWidgetItem *ChecksPanel::itemFor(const check::Finding &finding) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (auto f = findingAt(*it); f && sameFinding(*f, finding))
            return *it;
    }
    return nullptr;
}

std::optional<check::Finding> ChecksPanel::currentFinding() const { return findingAt(m_tree->currentItem()); }

void ChecksPanel::selectFinding(const check::Finding &finding)
{
    if (QTreeWidgetItem *item = itemFor(finding))
        m_tree->setCurrentItem(item);
}

void ChecksPanel::updateButtons()
{
    const auto f = currentFinding();
    const bool editable = m_fixesAllowed && m_session && !m_session->isLocked();
    m_fix->setEnabled(f && f->hasFix() && editable);
    const int places = f ? fixablePlaces(f->rule) : 0;
    m_fixAll->setEnabled(editable && places > 1);
    m_fixAll->setText(places > 1 ? tr("Fix All (%1)").arg(places) : tr("Fix All"));
    m_importTerms->setEnabled(m_session != nullptr);
    m_exportTerms->setEnabled(!AppSettings::instance().string(AppSettings::UserTerms).trimmed().isEmpty());
    m_ignore->setEnabled(f.has_value());
    m_ignore->setText(f && f->ignored ? tr("Do Not Ignore") : tr("Ignore…"));
}

bool ChecksPanel::applyFix(const check::Finding &f)
{
    if (!m_session || !f.hasFix() || m_session->isLocked())
        return false;
    const Report &report = m_session->report();
    const auto text = check::fieldText(report, f.node, f.field);
    if (!text)
        return false;
    const auto fixed = check::applyFix(*text, f);
    if (!fixed) {
        // The text changed under the finding: check again, the user sees the current findings.
        recheckNow();
        return false;
    }
    // A step of its own in the undo history, never merged into the typing before or after it.
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(tr("Fix: %1").arg(f.message));
    const bool ok = f.node == report.id ? m_session->setDetail(f.field, *fixed)
                                        : m_session->setNodeField(f.node, f.field, *fixed);
    undo->endMacro();
    recheckNow();
    return ok;
}

int ChecksPanel::fixablePlaces(const QString &rule) const
{
    int places = 0;
    for (const check::Finding &f : m_findings) {
        if (f.rule == rule && f.hasFix() && !f.ignored && !f.field.isEmpty())
            places += check::groupedCount(f);
    }
    return places;
}

int ChecksPanel::applyFixAll(const QString &rule)
{
    if (!m_session || m_session->isLocked() || !m_fixesAllowed)
        return 0;
    recheckNow();
    // The findings of the rule by text, in document order; each text gets one edit.
    QList<std::pair<QUuid, QString>> fields;
    QHash<QString, QList<check::Finding>> byField;
    for (const check::Finding &f : std::as_const(m_findings)) {
        if (f.rule != rule || !f.hasFix() || f.ignored || f.field.isEmpty())
            continue;
        const QString key = f.node.toString() + u'|' + f.field;
        if (!byField.contains(key))
            fields.append({f.node, f.field});
        byField[key].append(f);
    }
    if (fields.isEmpty())
        return 0;
    const Report report = m_session->report();  // a copy: the edits below change the session's
    const auto info = check::ruleInfo(rule);
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(tr("Fix all: %1").arg(info ? info->title : rule));
    int places = 0;
    for (const auto &[node, field] : std::as_const(fields)) {
        const QList<check::Finding> &list = byField.value(node.toString() + u'|' + field);
        const auto text = check::fieldText(report, node, field);
        if (!text)
            continue;
        int applied = 0;
        const QString fixed = check::applyFixes(*text, list, &applied);
        if (applied == 0)
            continue;
        const bool ok = node == report.id ? m_session->setDetail(field, fixed) : m_session->setNodeField(node, field, fixed);
        if (!ok)
            continue;
        for (const check::Finding &f : list)
            places += check::groupedCount(f);
    }
    undo->endMacro();
    recheckNow();
    return places;
}

void ChecksPanel::askImportTerms()
{
    const QString path = Prompts::openFileName(this, tr("Import Word List"), QString(),
                                               tr("Text files (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importUserTerms(path);
}

void ChecksPanel::askExportTerms()
{
    const QString path = Prompts::saveFileName(this, tr("Export Word List"), tr("word list.txt"),
                                               tr("Text files (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        exportUserTerms(path);
}

bool ChecksPanel::exportUserTerms(const QString &path)
{
    const QString stored = AppSettings::instance().string(AppSettings::UserTerms);
    const QList<check::TermEntry> entries =
        stored.trimmed().isEmpty() ? QList<check::TermEntry>() : check::TermList::parsePlainText(stored).entries;
    const Status written = writeFileAtomically(path, check::TermList::toPlainText(entries).toUtf8());
    if (!written.ok()) {
        Prompts::warn(this, tr("Export Word List"), written.error().message);
        return false;
    }
    return true;
}

int ChecksPanel::importUserTerms(const QString &path)
{
    const Result<QByteArray> bytes = readInputFile(path, 4 * 1024 * 1024);
    Result<QString> text = bytes.ok() ? decodeText(bytes.value()) : Result<QString>(bytes.error());
    if (!text.ok()) {
        Prompts::warn(this, tr("Import Word List"), text.error().message);
        return -1;
    }
    const check::TermList::PlainText parsed = check::TermList::parsePlainText(text.value());
    QList<check::TermEntry> entries;
    const QString stored = AppSettings::instance().string(AppSettings::UserTerms);
    if (!stored.trimmed().isEmpty())
        entries = check::TermList::parsePlainText(stored).entries;
    int added = 0;
    for (const check::TermEntry &e : parsed.entries) {
        if (!entries.contains(e)) {
            entries.append(e);
            ++added;
        }
    }
    if (added > 0) {
        AppSettings::instance().setValue(AppSettings::UserTerms, check::TermList::toPlainText(entries));
        AppSettings::instance().sync();
    }
    QString summary = tr("%1 new entries imported; the office's list has %2.").arg(added).arg(entries.size());
    if (!parsed.errors.isEmpty())
        summary += QStringLiteral("\n\n") + parsed.errors.join(u'\n');
    if (parsed.errors.isEmpty())
        Prompts::inform(this, tr("Import Word List"), summary);
    else
        Prompts::warn(this, tr("Import Word List"), summary);
    if (m_session) {
        m_contextPending = true;
        m_fullPending = true;
        recheckNow();
    }
    updateButtons();
    return added;
}

void ChecksPanel::askIgnore()
{
    const auto f = currentFinding();
    if (!f)
        return;
    if (f->ignored) {
        unignore(*f);
        return;
    }
    ReviewInput::TextQuestion q;
    q.objectName = QStringLiteral("ignoreDialog");
    q.title = tr("Ignore a Finding");
    q.context = f->message;
    q.label = tr("Why is this right as it is? The reason is kept with the report so that others see it.");
    q.placeholder = tr("e.g. the document's official title is written this way");
    q.acceptText = tr("Ignore");
    q.required = false;
    q.multiLine = false;
    if (const auto reason = ReviewInput::askText(this, q))
        ignore(*f, *reason);
}

void ChecksPanel::ignore(const check::Finding &finding, const QString &reason)
{
    if (!m_session)
        return;
    m_context.ignored.add(finding, reason);
    storeIgnoreList();
    m_context.ignored.apply(m_findings);
    rebuild();
    emit countsChanged();
}

void ChecksPanel::unignore(const check::Finding &finding)
{
    if (!m_session)
        return;
    m_context.ignored.remove(finding);
    storeIgnoreList();
    for (check::Finding &f : m_findings) {
        f.ignored = false;
        f.ignoreReason.clear();
    }
    m_context.ignored.apply(m_findings);
    rebuild();
    emit countsChanged();
}

void ChecksPanel::setShowIgnored(bool show) { m_showIgnored->setChecked(show); }

check::IgnoreList ChecksPanel::readIgnoreList()
{
    Workspace &workspace = m_session->workspace();
    const QUuid id = m_session->reportId();
    Result<check::IgnoreList> stored = workspace.ignoredFindings(id);
    if (!stored.ok())
        return {};
    QJsonObject old = listsInSettings();
    const QString key = id.toString(QUuid::WithoutBraces);
    if (stored.value().isEmpty() && old.contains(key)) {
        const check::IgnoreList moved = check::IgnoreList::fromJson(old.value(key).toArray());
        if (!workspace.setIgnoredFindings(id, moved).ok())
            return moved;  // kept in the settings until the workspace takes it
        old.remove(key);
        AppSettings::instance().setValue(AppSettings::IgnoredFindings,
                                         QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
        return moved;
    }
    return stored.value();
}

void ChecksPanel::storeIgnoreList()
{
    const Status saved = m_session->workspace().setIgnoredFindings(m_session->reportId(), m_context.ignored);
    if (!saved.ok())
        Prompts::warn(this, tr("Ignored Findings"),
                      tr("The choice could not be saved in the workspace, so it holds only until the report is "
                         "closed: %1").arg(saved.error().message));
}

}  // namespace fazhi::ui
