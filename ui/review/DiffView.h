#pragma once
// 版本对比: what changed between two revisions of a report, or between a revision and the current
// draft, per section and character by character: deleted text red and struck through, inserted text
// green and underlined. Not modal: the clerk reads it beside the report.

#include "review/ReportDiff.h"
#include "storage/Workspace.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace fazhi::ui {

class DiffView : public QDialog {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    // Lists the report's revisions in the pickers and compares the last revision with the draft (or the
    // last two revisions when the draft is unchanged since).
    void setReport(Workspace *workspace, const QUuid &reportId);
    // Compares revision `from` with revision `to` (0: the current draft). False when one is unknown.
    bool compare(int from, int to);
    void refresh();

    int fromRevision() const;
    int toRevision() const;
    const QList<UnitDiff> &units() const { return m_units; }
    QTextBrowser *browser() const { return m_browser; }
    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }

    // The HTML for a diff (also used to print it): every unit that changed, or all units.
    static QString toHtml(const QList<UnitDiff> &units, bool changesOnly);

signals:
    void nodeActivated(const QUuid &id);

private:
    void render();

    Workspace *m_workspace = nullptr;
    QUuid m_reportId;
    QComboBox *m_from;
    QComboBox *m_to;
    QCheckBox *m_changesOnly;
    QLabel *m_summary;
    QTextBrowser *m_browser;
    QList<UnitDiff> m_units;
    bool m_filling = false;
};

}  // namespace fazhi::ui
