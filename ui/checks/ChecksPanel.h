#pragma once
// The checks panel (检查): the findings of core/check for the open report, grouped by severity
// (错误, 警告, 提示) and by part, kept current while the user types (debounced; the checks engine
// re-checks only the edited node's scope). Clicking a finding shows its text with the characters
// selected; a fix (一键修正) goes through the ReportSession, so Undo takes it back; a finding can be
// ignored with a reason (忽略), remembered per report in the settings. Repeated findings of one rule
// in a text come as one (共 N 处), and 全部修正 repairs every place of the selected finding's rule in
// the report at once. The office's own wording list is imported from a text file (导入词表).

#include "check/Checker.h"
#include "edit/ReportSession.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fazhi::ui {

class ChecksPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRecheckDelayMs = 250;

    explicit ChecksPanel(QWidget *parent = nullptr);

    // Follows the session's edits; a null session clears the panel.
    void setSession(ReportSession *session);
    // Fixes need an editable report (not in the reviewer's role, not approved).
    void setFixesAllowed(bool allowed);

    // Runs what is waiting now (tests, before an export).
    void recheckNow();
    // Whether checks are waiting to run: countsChanged() follows when they have.
    bool isPending() const { return m_fullPending || m_contextPending || !m_dirtyNodes.isEmpty(); }
    // What the report holds now: checks still waiting to run are run first.
    const QList<check::Finding> &findings()
    {
        recheckNow();
        return m_findings;
    }
    check::FindingCounts counts()
    {
        recheckNow();
        return check::countFindings(m_findings);
    }
    // Whether the last check found anything not ignored (nothing waiting is run).
    bool hasFindings() const;
    QTreeWidget *tree() const { return m_tree; }
    // The finding an item of the tree stands for; nullopt for group rows.
    std::optional<check::Finding> findingAt(QTreeWidgetItem *item) const;
    QTreeWidgetItem *itemFor(const check::Finding &finding) const;
    std::optional<check::Finding> currentFinding() const;
    void selectFinding(const check::Finding &finding);

    // One-click fix through the session; false when the finding has no fix or is stale.
    bool applyFix(const check::Finding &finding);
    // Every fix of one rule in the report ("全部修正"), one undo step; returns the places fixed.
    int applyFixAll(const QString &rule);
    // How many places the rule's fixes would repair (grouped findings count each of theirs).
    int fixablePlaces(const QString &rule) const;
    // Reads a wording list from a plain-text file (check::TermList::parsePlainText) into the settings
    // shared with fazhi-cli and checks again; says how many entries came in and which lines were not
    // entries. Returns the number of new entries, or -1 when the file could not be read.
    int importUserTerms(const QString &path);
    // Writes the office's list to a text file in the same form, to share it; false (and a message) on failure.
    bool exportUserTerms(const QString &path);
    // Ignores (with a reason) or brings back a finding, and remembers the choice for this report.
    void ignore(const check::Finding &finding, const QString &reason);
    void unignore(const check::Finding &finding);
    void setShowIgnored(bool show);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The user clicked a finding: show its node and select its characters.
    void findingActivated(const fazhi::check::Finding &finding);
    void countsChanged();

private:
    void onFieldChanged(const QUuid &nodeId, const QString &field);
    void onStructureChanged();
    void runPending();
    void readContext();
    // The report's ignore list from the workspace; one left in the settings by an earlier version is
    // moved into the workspace first.
    check::IgnoreList readIgnoreList();
    void storeIgnoreList();
    void rebuild();
    void updateButtons();
    void askIgnore();
    void askImportTerms();
    void askExportTerms();
    QString partTitle(const QUuid &node) const;

    QPointer<ReportSession> m_session;
    check::CheckContext m_context;
    QList<check::Finding> m_findings;
    QSet<QUuid> m_dirtyNodes;
    bool m_fullPending = false;
    bool m_contextPending = false;  // the ignore list and last year's report, read with the first check
    bool m_fixesAllowed = true;
    QTimer m_timer;

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
    QPushButton *m_importTerms;
    QPushButton *m_exportTerms;
    QPushButton *m_ignore;
    QCheckBox *m_showIgnored;
};

}  // namespace fazhi::ui
