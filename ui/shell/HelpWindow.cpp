#include "shell/HelpWindow.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace fazhi::ui {

QUrl HelpWindow::userGuideUrl() { return QUrl(QStringLiteral("qrc:/help/manual.md")); }

HelpWindow *HelpWindow::showFor(QWidget *parent)
{
    // Kept once made (closing hides it): the next F1 shows it as it was left.
    auto *window = parent ? parent->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window)
        window = new HelpWindow(parent);
    window->show();
    window->raise();
    // A window that shows without the focus leaves Esc to the main window.
    window->activateWindow();
    window->m_browser->setFocus(Qt::OtherFocusReason);
    return window;
}

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("How to Use Fazhi Report"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpText"));
    // Web addresses go to the browser; the summary's link to the guide, and the guide's links between
    // its own sections, stay here.
    m_browser->setOpenExternalLinks(true);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url == userGuideUrl())
            showUserGuide();
        else if (!url.fragment().isEmpty())
            m_browser->scrollToAnchor(url.fragment());
    });
    layout->addWidget(m_browser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *summary = buttons->addButton(tr("Summary"), QDialogButtonBox::ActionRole);
    summary->setObjectName(QStringLiteral("helpSummary"));
    QPushButton *guide = buttons->addButton(tr("Full User Guide"), QDialogButtonBox::ActionRole);
    guide->setObjectName(QStringLiteral("helpUserGuide"));
    connect(summary, &QPushButton::clicked, this, &HelpWindow::showSummary);
    connect(guide, &QPushButton::clicked, this, &HelpWindow::showUserGuide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    // Esc closes the window wherever the focus is in it (QDialog's own Esc needs the dialog's focus chain).
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WindowShortcut);
    connect(esc, &QShortcut::activated, this, &QDialog::close);
    resize(720, 620);
    showSummary();
}

void HelpWindow::showSummary()
{
    const QString guide = userGuideUrl().toString();
    m_browser->setHtml(tr(
        "<p><a href='%1'>Open the full user guide</a>, with a picture of each step.</p>"
        "<h3>Writing the report</h3>"
        "<p>The outline on the left shows the report as it will be numbered: parts 一、二、, sections （一）（二）, "
        "points 一是、二是. Choose any line to edit it in the form in the middle; the preview on the right shows the "
        "formatted report as you type. Numbering is never typed: move, add or delete parts and sections and the "
        "numbers follow.</p>"
        "<p>Everything is saved as you type, within a second; there is no Save command. Undo (Ctrl+Z) and redo "
        "(Ctrl+Y) reach back over everything done since the report was opened.</p>"
        "<h3>Checks</h3>"
        "<p>The Checks panel (F7) lists errors, warnings and hints as you type: missing required content, titles and "
        "dates, punctuation, numbering, standard wording, figures, text repeated from last year's report, and "
        "personal or secret data that must not be published. Click a finding to go to its words; some can be fixed "
        "in one click, any can be ignored with a reason. Before export and printing you are warned while errors "
        "remain.</p>"
        "<h3>Review</h3>"
        "<p>The drafter writes and chooses <b>Submit for Review</b>: the report is kept as a numbered version. The "
        "reviewer (switch to 审核人 in the toolbar) reads without changing the text, adds comments and suggested "
        "wordings in the Review panel, then approves or returns the report with an opinion. The drafter answers the "
        "comments and accepts or rejects each suggestion. An approved report is published with its date; History "
        "and Compare Versions show every step and change. A reviewer on another computer gets a review copy "
        "(File → Export Review Copy) and sends it back.</p>"
        "<h3>Export and printing</h3>"
        "<p>Word and PDF are laid out as GB/T 9704 requires (A4, 22 lines of 28 characters, 仿宋 body, 小标宋 "
        "title); the web page is for the government website; plain text for anything else. The files hold no "
        "comments, suggestions or reviewers' names. If this computer lacks one of the official fonts, the status "
        "bar and the export say so and what to install.</p>"
        "<h3>Keys</h3>"
        "<table cellspacing='6'>"
        "<tr><td>Ctrl+N</td><td>New report</td></tr>"
        "<tr><td>Ctrl+I</td><td>Import a .txt or .docx report</td></tr>"
        "<tr><td>Ctrl+E / Ctrl+Shift+E</td><td>Export to Word / PDF</td></tr>"
        "<tr><td>Ctrl+P</td><td>Print</td></tr>"
        "<tr><td>F7 / F9</td><td>Show or hide the checks / the preview</td></tr>"
        "<tr><td>Ctrl+Shift+Up / Down</td><td>Move the selected part, section, paragraph or point</td></tr>"
        "<tr><td>Ctrl+D</td><td>Duplicate it</td></tr>"
        "<tr><td>Delete</td><td>Delete it (in the outline)</td></tr>"
        "<tr><td>Ctrl+F</td><td>Search the reports</td></tr>"
        "<tr><td>Esc</td><td>Close this window</td></tr>"
        "</table>").arg(guide));
}

void HelpWindow::showUserGuide()
{
    // Markdown with its screenshots beside it in the resources (images/…, relative to the guide).
    m_browser->setSource(userGuideUrl(), QTextDocument::MarkdownResource);
}

}  // namespace fazhi::ui
