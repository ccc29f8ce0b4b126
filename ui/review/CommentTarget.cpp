#include "review/CommentTarget.h"

#include "check/Finding.h"
#include "edit/ReportSession.h"
#include "editor/Forms.h"
#include "editor/OutlineView.h"
#include "model/ReportJson.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fazhi::ui {

CommentTarget::CommentTarget(MainWindow *window) : QObject(window), m_window(window)
{
    connect(qApp, &QApplication::focusChanged, this, &CommentTarget::onFocusChanged);
}

void CommentTarget::chooseNode(const QUuid &id)
{
    m_node = id;
    m_editor = nullptr;
}

void CommentTarget::onFocusChanged(QWidget *, QWidget *now)
{
    if (!now || !m_window->forms()->isAncestorOf(now))
        return;
    m_editor = now;
    // The details form's boxes do not report focus; its title is the report's commentable text.
    ReportSession *s = m_window->session();
    auto *details = qobject_cast<DetailsForm *>(m_window->forms()->currentForm());
    if (s && details && qobject_cast<QLineEdit *>(now) && details->isAncestorOf(now))
        m_node = s->reportId();
}

CommentTarget::Target CommentTarget::current() const
{
    Target t;
    ReportSession *s = m_window->session();
    if (!s)
        return t;
    const Report &r = s->report();
    t.node = m_node;
    if (t.node.isNull() || !findNode(r, t.node))
        t.node = m_window->outline()->currentNode();
    if (t.node.isNull() || !findNode(r, t.node))
        t.node = r.id;
    // The characters selected in the editor that shows this node's text.
    const auto info = findNode(r, t.node);
    if (!info || info->type == NodeType::Fact || !m_editor)
        return t;
    int from = -1, to = -1;
    QString shown;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor.data())) {
        const QTextCursor c = edit->textCursor();
        shown = edit->toPlainText();
        from = c.selectionStart();
        to = c.selectionEnd();
    } else if (auto *line = qobject_cast<QLineEdit *>(m_editor.data());
               line && line->objectName() == QLatin1String("title") && line->hasSelectedText()) {
        shown = line->text();
        from = line->selectionStart();
        to = from + int(line->selectedText().size());
    }
    if (shown == info->text && from >= 0 && to > from) {
        t.start = check::toCodePointOffset(shown, from);
        t.end = check::toCodePointOffset(shown, to);
    }
    return t;
}

}  // namespace fazhi::ui
