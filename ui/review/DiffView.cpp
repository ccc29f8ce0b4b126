#include "review/DiffView.h"

#include "common/Theme.h"
#include "review/ReviewNames.h"
#include "workflow/ReviewWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QPalette>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace fazhi::ui {

namespace {

// The look of a change, shared by the text and the legend.
const char *kDeleteStyle = "color:#b0352b; background-color:#fde7e4; text-decoration:line-through;";
const char *kInsertStyle = "color:#17703a; background-color:#e3f4e8; text-decoration:underline;";

QString span(const char *style, const QString &text)
{
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(style), text.toHtmlEscaped());
}

}  // namespace

DiffView::DiffView(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("diffView"));
    setWindowTitle(tr("Compare Revisions"));
    auto *layout = new QVBoxLayout(this);

    auto *pickers = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("From:"), this);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("diffTo"));
    toLabel->setBuddy(m_to);
    m_changesOnly = new QCheckBox(tr("Only what changed"), this);
    m_changesOnly->setObjectName(QStringLiteral("diffChangesOnly"));
    m_changesOnly->setChecked(true);
    pickers->addWidget(fromLabel);
    pickers->addWidget(m_from, 1);
    pickers->addSpacing(metrics::GroupSpacing);
    pickers->addWidget(toLabel);
    pickers->addWidget(m_to, 1);
    pickers->addSpacing(metrics::GroupSpacing);
    pickers->addWidget(m_changesOnly);
    layout->addLayout(pickers);

    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("diffLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("Legend: %1 %2").arg(span(kDeleteStyle, tr("deleted text")), span(kInsertStyle, tr("inserted text"))));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    auto *info = new QHBoxLayout;
    info->addWidget(m_summary, 1);
    info->addWidget(legend);
    layout->addLayout(info);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("diffBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(14);
    // The comparison is a page of the document, in the document's own colours (dark text, the red and
    // green marks) on white, as the preview is: on a dark window those colours would not read.
    QPalette paper = m_browser->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1f, 0x2a, 0x37));
    m_browser->setPalette(paper);
    layout->addWidget(m_browser, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            render();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            render();
    });
    connect(m_changesOnly, &QCheckBox::toggled, this, [this] {
        m_browser->setHtml(toHtml(m_units, m_changesOnly->isChecked()));
    });
    // Each unit's heading links to its node: clicking it shows the text in the editor.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUuid id = QUuid::fromString(url.fragment());
        if (!id.isNull())
            emit nodeActivated(id);
    });
    resize(820, 620);
}

void DiffView::setReport(Workspace *workspace, const QUuid &reportId)
{
    m_workspace = workspace;
    m_reportId = reportId;
    refresh();
}

void DiffView::refresh()
{
    const int oldFrom = fromRevision();
    const int oldTo = toRevision();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    QList<Revision> revisions;
    if (m_workspace) {
        auto listed = m_workspace->listRevisions(m_reportId, false);
        if (listed.ok())
            revisions = listed.value();
    }
    std::sort(revisions.begin(), revisions.end(), [](const Revision &a, const Revision &b) { return a.number < b.number; });
    for (const Revision &r : revisions) {
        const QString text = tr("Revision %1 (%2, %3)").arg(r.number).arg(ReviewNames::time(r.createdAt), r.createdBy);
        m_from->addItem(text, r.number);
        m_to->addItem(text, r.number);
    }
    m_to->addItem(tr("Current draft"), 0);
    m_filling = false;
    if (revisions.isEmpty()) {
        m_units.clear();
        m_summary->setText(tr("This report has no revision yet: a revision is made each time it is submitted for "
                              "review."));
        m_browser->clear();
        return;
    }
    int from = oldFrom, to = oldTo;
    if (m_from->findData(from) < 0 || (to != 0 && m_to->findData(to) < 0)) {
        // By default: the last revision against the draft, or the last two revisions when the draft is
        // still the last revision.
        from = revisions.last().number;
        to = 0;
        compare(from, to);
        if (!hasChanges(m_units) && revisions.size() >= 2)
            compare(revisions.at(revisions.size() - 2).number, from);
        return;
    }
    compare(from, to);
}

bool DiffView::compare(int from, int to)
{
    const int f = m_from->findData(from);
    const int t = m_to->findData(to);
    if (f < 0 || t < 0)
        return false;
    m_filling = true;
    m_from->setCurrentIndex(f);
    m_to->setCurrentIndex(t);
    m_filling = false;
    render();
    return true;
}

int DiffView::fromRevision() const { return m_from->currentIndex() >= 0 ? m_from->currentData().toInt() : -1; }
int DiffView::toRevision() const { return m_to->currentIndex() >= 0 ? m_to->currentData().toInt() : -1; }

void DiffView::render()
{
    m_units.clear();
    if (!m_workspace || fromRevision() <= 0 || toRevision() < 0) {
        m_browser->clear();
        return;
    }
    auto result = review::diff(*m_workspace, m_reportId, fromRevision(), toRevision());
    if (!result.ok()) {
        m_summary->setText(result.error().message);
        m_browser->clear();
        return;
    }
    m_units = result.value();
    int modified = 0, added = 0, removed = 0;
    for (const UnitDiff &u : m_units) {
        modified += u.change == UnitDiff::Modified;
        added += u.change == UnitDiff::Added;
        removed += u.change == UnitDiff::Removed;
    }
    if (fromRevision() == toRevision())
        m_summary->setText(tr("The same revision on both sides."));
    else if (modified + added + removed == 0)
        m_summary->setText(tr("No differences."));
    else
        m_summary->setText(tr("%1 changed, %2 added, %3 deleted").arg(modified).arg(added).arg(removed));
    m_browser->setHtml(toHtml(m_units, m_changesOnly->isChecked()));
}

QString DiffView::toHtml(const QList<UnitDiff> &units, bool changesOnly)
{
    QString html = QStringLiteral("<html><body style=\"line-height:150%;\">");
    int shown = 0;
    for (const UnitDiff &u : units) {
        if (changesOnly && u.change == UnitDiff::Unchanged)
            continue;
        ++shown;
        QString badge;
        switch (u.change) {
        case UnitDiff::Added: badge = tr("added"); break;
        case UnitDiff::Removed: badge = tr("deleted"); break;
        case UnitDiff::Modified: badge = tr("changed"); break;
        case UnitDiff::Unchanged: break;
        }
        html += QStringLiteral("<p style=\"margin-top:14px; margin-bottom:2px;\"><a href=\"#%1\" "
                               "style=\"color:#1f2a37; font-weight:600; text-decoration:none;\">%2</a>")
                    .arg(u.nodeId.toString(QUuid::WithoutBraces), u.label.toHtmlEscaped());
        if (!badge.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp;<span style=\"color:#7b8594;\">%1</span>").arg(badge.toHtmlEscaped());
        html += QStringLiteral("</p><p style=\"margin-top:0;\">");
        QString body;
        for (const DiffSegment &s : u.segments) {
            switch (s.op) {
            case DiffSegment::Equal:
                body += u.change == UnitDiff::Unchanged ? QStringLiteral("<span style=\"color:#5a6472;\">%1</span>").arg(s.text.toHtmlEscaped())
                                                        : s.text.toHtmlEscaped();
                break;
            case DiffSegment::Delete: body += span(kDeleteStyle, s.text); break;
            case DiffSegment::Insert: body += span(kInsertStyle, s.text); break;
            }
        }
        // Line breaks inside a unit separate its paragraphs.
        body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += body + QStringLiteral("</p>");
    }
    if (shown == 0)
        html += QStringLiteral("<p style=\"color:#7b8594;\">%1</p>").arg(tr("Nothing to show: the two versions are the same.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

}  // namespace fazhi::ui
