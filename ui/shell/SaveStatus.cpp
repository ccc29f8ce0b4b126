#include "shell/SaveStatus.h"

#include "common/Prompts.h"
#include "common/Theme.h"
#include "edit/ReportSession.h"
#include "model/ReportLookup.h"
#include "render/Layout.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace fazhi::ui {

SaveStatus::SaveStatus(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("saveStatusController"));
    m_saveStatus = new QLabel(window);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setContentsMargins(metrics::StatusLabelMargins);
    m_charCount = new QLabel(window);
    m_charCount->setObjectName(QStringLiteral("charCountStatus"));
    m_charCount->setContentsMargins(metrics::StatusLabelMargins);
    window->statusBar()->addPermanentWidget(m_charCount);
    window->statusBar()->addPermanentWidget(m_saveStatus);

    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_session && m_session->hasPendingChanges())
            (void)m_session->flush();  // failures arrive through saveFailed
        else
            m_retryTimer.stop();
    });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(500);
    connect(&m_countTimer, &QTimer::timeout, this, &SaveStatus::updateCharacterCount);
}

void SaveStatus::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_retryTimer.stop();
    m_saveErrorShown = false;
    m_session = session;
    if (session) {
        connect(session, &ReportSession::saved, this, &SaveStatus::onSaved);
        connect(session, &ReportSession::saveFailed, this, &SaveStatus::onSaveFailed);
        connect(session, &ReportSession::fieldChanged, this, &SaveStatus::onEdited);
        connect(session, &ReportSession::structureChanged, this, [this] { m_countTimer.start(); });
        const QDateTime last = session->lastSaved();
        m_saveStatus->setText(last.isValid() ? tr("Saved %1").arg(QLocale().toString(last.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
                                             : QString());
        setLook(m_saveStatus, Look::Plain);
    } else {
        m_saveStatus->clear();
    }
    updateCharacterCount();
}

void SaveStatus::onSaved(const QDateTime &when)
{
    m_saveStatus->setText(tr("Saved %1").arg(QLocale().toString(when.time(), QStringLiteral("HH:mm:ss"))));
    setLook(m_saveStatus, Look::Plain);
    m_saveErrorShown = false;
    m_retryTimer.stop();
}

void SaveStatus::onSaveFailed(const Error &error)
{
    m_saveStatus->setText(tr("Not saved"));
    setLook(m_saveStatus, Look::Warning);
    m_saveStatus->setToolTip(error.message);
    if (m_saveErrorShown)
        return;
    m_saveErrorShown = true;
    Prompts::Message m;
    m.icon = Prompts::Icon::Critical;
    m.title = tr("Cannot Save");
    m.text = error.message;
    if (error.code == Error::Code::Conflict) {
        m.informative = tr("Reload the report to see the other changes. What you typed since the last save is "
                           "shown below so you can copy it.");
        QStringList unsaved;
        // The in-memory report still has the typing: offer its text to copy.
        const DocumentLayout layout = buildLayout(m_session->report(), LayoutTarget::Document);
        for (const Block &b : layout.blocks)
            unsaved << b.text();
        m.details = unsaved.join(QLatin1Char('\n'));
        m.buttons = {Prompts::Reload, Prompts::Close};
        m.defaultButton = Prompts::Close;
        if (Prompts::ask(m_window, m) == Prompts::Reload && m_session)
            emit reloadRequested();
        return;
    }
    m.informative = tr("Your typing is kept in the program and will be saved as soon as the problem is solved "
                       "(Fazhi Report tries again every few seconds). Do not quit until the status bar says it "
                       "has saved.");
    m.buttons = {Prompts::Ok};
    Prompts::ask(m_window, m);
    m_retryTimer.start();
}

void SaveStatus::onEdited()
{
    if (m_session && m_session->hasPendingChanges() && !m_saveErrorShown)
        m_saveStatus->setText(tr("Saving…"));
    m_countTimer.start();
}

void SaveStatus::updateCharacterCount()
{
    if (!m_session) {
        m_charCount->clear();
        return;
    }
    m_charCount->setText(tr("%Ln character(s)", nullptr, reportCharacterCount(m_session->report())));
}

}  // namespace fazhi::ui
