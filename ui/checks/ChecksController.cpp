#include "checks/ChecksController.h"

#include "check/Rules.h"
#include "checks/ChecksPanel.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "edit/ReportSession.h"
#include "editor/Forms.h"
#include "model/ReportJson.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace fazhi::ui {

namespace {

// Selects [start, end) code points in an editor showing `text`; false when it shows something else.
bool selectInEditor(QWidget *editor, const QString &text, int start, int end)
{
    const int from = check::toUtf16Offset(text, start);
    const int to = check::toUtf16Offset(text, end);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        if (edit->toPlainText() != text)
            return false;
        QTextCursor c = edit->textCursor();
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        edit->setTextCursor(c);
        edit->ensureCursorVisible();
        return true;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != text)
            return false;
        line->setSelection(from, to - from);
        return true;
    }
    return false;
}

}  // namespace

ChecksController::ChecksController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("checksController"));
    m_panel = new ChecksPanel;
    m_dock = new QDockWidget(tr("Checks"), window);
    m_dock->setObjectName(QStringLiteral("checksDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->toggleViewAction()->setText(tr("&Checks"));
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("actionShowChecks"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F7));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window->addPanelToggle(m_dock->toggleViewAction());
    connect(m_panel, &ChecksPanel::findingActivated, this, &ChecksController::showFinding);
    connect(m_panel, &ChecksPanel::countsChanged, this, &ChecksController::updateStatus);

    m_status = new QToolButton(window);
    m_status->setObjectName(QStringLiteral("checksStatus"));
    m_status->setAutoRaise(true);
    m_status->setToolTip(tr("Show the checks"));
    connect(m_status, &QToolButton::clicked, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    window->statusBar()->addPermanentWidget(m_status);

    connect(window, &MainWindow::sessionChanged, this, &ChecksController::onSessionChanged);
    window->setOutputGuard([this](const QString &question) { return confirmOutput(question); });
    updateStatus();
}

void ChecksController::setFixesAllowed(bool allowed)
{
    m_fixesAllowed = allowed;
    m_panel->setFixesAllowed(allowed);
}

void ChecksController::onSessionChanged(ReportSession *session)
{
    m_panel->setSession(session);
    m_panel->setFixesAllowed(m_fixesAllowed);
    updateStatus();
}

void ChecksController::updateStatus()
{
    if (!m_window->session()) {
        m_status->hide();
        return;
    }
    // Never runs the checks itself: on the way to showing a report they would delay its first paint.
    if (m_panel->isPending()) {
        m_status->setText(tr("Checking…"));
        setLook(m_status, Look::Plain);
    } else {
        const check::FindingCounts c = m_panel->counts();
        m_status->setText(tr("Errors: %1  Warnings: %2").arg(c.errors).arg(c.warnings));
        setLook(m_status, c.errors > 0 ? Look::Warning : Look::Plain);
    }
    m_status->show();
}

void ChecksController::showFinding(const check::Finding &f)
{
    ReportSession *s = m_window->session();
    if (!s)
        return;
    const Report &r = s->report();
    if (f.field.isEmpty() || !findNode(r, f.node)) {
        m_window->selectNode(f.node);
        return;
    }
    m_window->revealNode(f.node);
    const auto text = check::fieldText(r, f.node, f.field);
    if (!text)
        return;
    QWidget *editor = m_window->focusWidget();
    if (f.node == r.id) {
        editor = m_window->forms()->detailsForm()->findChild<QLineEdit *>(f.field);
        if (editor)
            editor->setFocus(Qt::OtherFocusReason);
    }
    if (!selectInEditor(editor, *text, f.start, f.end) || !editor)
        return;
    // Scroll the form to the selection once the form that was just shown has its layout.
    QPointer<QWidget> target = editor;
    QTimer::singleShot(0, this, [target] {
        if (!target)
            return;
        for (QWidget *w = target->parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                QRect r(QPoint(0, 0), QSize(1, 1));
                if (auto *edit = qobject_cast<QPlainTextEdit *>(target.data()))
                    r = edit->cursorRect().translated(edit->viewport()->pos());
                const QPoint p = target->mapTo(area->widget(), r.center());
                area->ensureVisible(p.x(), p.y(), 20, 60);
                break;
            }
        }
    });
}

bool ChecksController::confirmOutput(const QString &question)
{
    if (!m_window->session())
        return true;
    m_panel->recheckNow();
    const int errors = m_panel->counts().errors;
    // Every export may be published: the secrecy preflight's warnings (names of parties) ask too.
    int secrecy = 0;
    for (const check::Finding &f : m_panel->findings())
        secrecy += !f.ignored && check::isSecrecyRule(f.rule) && f.severity != check::Severity::Hint;
    if (errors == 0 && secrecy == 0)
        return true;
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = errors > 0 ? tr("Errors Remain") : tr("Not Fit for Publication");
    QStringList text;
    if (errors > 0)
        text.append(tr("The checks still find %1 errors in this report.").arg(errors));
    if (secrecy > 0)
        text.append(tr("The secrecy check finds %n problem(s) (personal data or secrecy markings): the file is not fit "
                       "for publication until they are removed.", nullptr, secrecy));
    m.text = text.join(QLatin1Char(' '));
    m.informative = tr("They are listed in the Checks panel. %1").arg(question);
    m.buttons = {Prompts::Yes, Prompts::No};
    m.defaultButton = Prompts::Yes;
    m.escapeButton = Prompts::No;
    if (Prompts::ask(m_window, m) == Prompts::Yes)
        return true;
    m_dock->show();
    m_dock->raise();
    return false;
}

}  // namespace fazhi::ui
