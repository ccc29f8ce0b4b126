#include "review/ReviewCopies.h"

#include "common/Names.h"
#include "common/Prompts.h"
#include "common/StartFolder.h"
#include "review/ReviewController.h"
#include "review/ReviewNames.h"
#include "review/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "util/FileIdentity.h"
#include "util/FileNames.h"
#include "workflow/ReviewWorkflow.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>

namespace fazhi::ui {

ReviewCopies::ReviewCopies(MainWindow *window, ReviewController *review)
    : QObject(review), m_window(window), m_review(review)
{
}


bool ReviewCopies::exportCopy(const QString &requestedPath)
{
    ReportSession *s = m_window->session();
    if (!s || !m_window->workspace())
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString folder = startFolder(FolderUse::Export);
        const QString name =
            tr("%1 (review copy).fazhi").arg(safeFileBaseName(s->report().effectiveTitle(), tr("report")));
        path = Prompts::saveFileName(m_window, tr("Export a Review Copy"), QDir(folder).filePath(name),
                                     tr("Fazhi Report workspace (*.fazhi)"));
        if (path.isEmpty())
            return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".fazhi");
    if (isSameFile(path, m_window->workspace()->path())) {  // by file identity: case, links, 8.3 names
        Prompts::warn(m_window, tr("Cannot Export the Review Copy"),
                      tr("The review copy cannot replace the workspace that is open. Choose another file name."));
        return false;
    }
    if (!m_window->flush())
        return false;
    const Status status = review::exportReviewCopy(*m_window->workspace(), s->reportId(), path);
    if (!status.ok()) {
        Prompts::warn(m_window, tr("Cannot Export the Review Copy"), status.error().message);
        return false;
    }
    rememberFolder(FolderUse::Export, path);
    Prompts::inform(m_window, tr("Review Copy Exported"),
                    tr("The review copy was saved as %1.").arg(QDir::toNativeSeparators(path)),
                    tr("Send the file to the reviewer. Fazhi Report opens it directly (File → Open Workspace…). "
                       "When it comes back, merge it with File → Import Review Opinions…."));
    return true;
}

bool ReviewCopies::importCopy(const QString &requestedPath)
{
    if (!m_window->workspace())
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = Prompts::openFileName(m_window, tr("Import Review Opinions"), startFolder(FolderUse::Import),
                                     tr("Fazhi Report workspace (*.fazhi)"));
        if (path.isEmpty())
            return false;
    }
    if (!m_window->flush())
        return false;
    auto merged = review::importReviewCopy(*m_window->workspace(), path);
    if (!merged.ok()) {
        Prompts::warn(m_window, tr("Cannot Import the Review Opinions"), merged.error().message);
        return false;
    }
    const review::MergeSummary &summary = merged.value();
    rememberFolder(FolderUse::Import, path);
    ReportSession *s = m_window->session();
    if (s && summary.reports.contains(s->reportId()))
        m_window->reloadReport();
    else if (!summary.reports.isEmpty() && m_window->openReport(summary.reports.first()))
        m_window->reloadReport();  // also lists a report that is new here
    m_review->refresh();
    m_review->reviewPanel()->setScope(ReviewPanel::Scope::All);
    m_review->reviewDock()->show();
    m_review->reviewDock()->raise();

    Prompts::Message m;
    m.icon = summary.staleSuggestions.isEmpty() ? Prompts::Icon::Information : Prompts::Icon::Warning;
    m.title = tr("Review Opinions Imported");
    m.text = tr("New comments and suggestions: %1; updated: %2; new review steps: %3; new revisions: %4; new "
                "reports: %5.")
                 .arg(summary.newComments)
                 .arg(summary.updatedComments)
                 .arg(summary.newEvents)
                 .arg(summary.newRevisions)
                 .arg(summary.newReports);
    s = m_window->session();
    if (s)
        m.text += QLatin1Char(' ') + tr("The report is now: %1.").arg(Names::status(s->report().status));
    if (!summary.staleSuggestions.isEmpty()) {
        m.informative = tr("%n suggestion(s) made on text that has changed since. Compare them before accepting "
                           "them; they are marked in the review panel.",
                           nullptr, int(summary.staleSuggestions.size()));
        QStringList lines;
        for (const Comment &c : m_review->comments()) {
            if (summary.staleSuggestions.contains(c.id) && s)
                lines << tr("%1 (%2): %3").arg(ReviewNames::location(s->report(), c.nodeId), c.author, c.text);
        }
        m.details = lines.join(QLatin1Char('\n'));
    } else {
        m.informative = tr("The comments and suggestions are listed in the review panel.");
    }
    if (!summary.refused.isEmpty()) {
        m.icon = Prompts::Icon::Warning;
        m.informative += QLatin1Char(' ') + tr("%n item(s) of the copy were not taken (see the details).", nullptr,
                                               int(summary.refused.size()));
        m.details = (m.details.isEmpty() ? QString() : m.details + QStringLiteral("\n\n")) + summary.refused.join(u'\n');
    }
    Prompts::ask(m_window, m);
    return true;
}

}  // namespace fazhi::ui
