#include "editor/FieldEdit.h"

#include "model/TextSanitize.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <cmath>

namespace fazhi::ui {

QStringList splitPastedParagraphs(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\x0B\\x0C\\x{0085}\\x{2028}\\x{2029}]+"));
    QStringList pieces;
    for (const QString &line : text.split(breaks)) {
        const QString clean = sanitizeFieldText(line).trimmed();
        if (!clean.isEmpty())
            pieces << clean;
    }
    return pieces;
}

FieldEdit::FieldEdit(Mode mode, QWidget *parent) : QPlainTextEdit(parent), m_mode(mode)
{
    setUndoRedoEnabled(false);  // the report's undo stack undoes typing, across all fields
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    connect(this, &QPlainTextEdit::textChanged, this, &FieldEdit::onContentsChanged);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &FieldEdit::updateHeight);
    updateHeight();
}

void FieldEdit::setMinimumLines(int lines)
{
    m_minLines = qMax(1, lines);
    updateHeight();
}

void FieldEdit::setTextFromModel(const QString &text)
{
    if (text == toPlainText())
        return;
    const int pos = textCursor().position();
    const bool hadFocus = hasFocus();
    m_settingFromModel = true;
    setPlainText(text);
    m_settingFromModel = false;
    if (hadFocus) {
        QTextCursor c = textCursor();
        c.setPosition(qMin(pos, int(text.size())));
        setTextCursor(c);
    }
    updateHeight();
}

void FieldEdit::onContentsChanged()
{
    updateHeight();
    if (m_settingFromModel)
        return;
    const QString text = toPlainText();
    const QString clean = sanitizeFieldText(text);
    if (clean != text) {
        // Something slipped past the paste filter (drag and drop, an input method): show what is kept.
        const int pos = textCursor().position();
        m_settingFromModel = true;
        setPlainText(clean);
        m_settingFromModel = false;
        QTextCursor c = textCursor();
        c.setPosition(qMin(pos, int(clean.size())));
        setTextCursor(c);
    }
    emit textEdited(clean);
}

bool FieldEdit::event(QEvent *e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        auto *ke = static_cast<QKeyEvent *>(e);
        // Undo and redo belong to the report, not to this one field: let the window's actions have them.
        if (ke->matches(QKeySequence::Undo) || ke->matches(QKeySequence::Redo)) {
            e->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(e);
}

void FieldEdit::keyPressEvent(QKeyEvent *e)
{
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    if (enter) {
        e->accept();
        if (m_mode == Mode::Single || isReadOnly()) {
            emit enterPressed();
            return;
        }
        const QTextCursor c = textCursor();
        const QString text = toPlainText();
        emit splitRequested({text.left(c.selectionStart()), text.mid(c.selectionEnd())}, 0);
        return;
    }
    if (e->key() == Qt::Key_Backspace && m_mode == Mode::Split && !isReadOnly() && e->modifiers() == Qt::NoModifier) {
        const QTextCursor c = textCursor();
        if (!c.hasSelection() && c.position() == 0) {
            e->accept();
            emit mergeWithPreviousRequested();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(e);
}

void FieldEdit::focusInEvent(QFocusEvent *e)
{
    QPlainTextEdit::focusInEvent(e);
    emit focusEntered();
}

void FieldEdit::resizeEvent(QResizeEvent *e)
{
    QPlainTextEdit::resizeEvent(e);
    updateHeight();
}

bool FieldEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void FieldEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText() || isReadOnly())
        return;
    const QString pasted = source->text();
    static const QRegularExpression anyBreak(QStringLiteral("[\\r\\n\\x0B\\x0C\\x{0085}\\x{2028}\\x{2029}]"));
    if (m_mode == Mode::Split && pasted.contains(anyBreak)) {
        const QStringList pieces = splitPastedParagraphs(pasted);
        if (pieces.isEmpty())
            return;
        if (pieces.size() > 1) {
            const QTextCursor c = textCursor();
            const QString text = toPlainText();
            const QString before = text.left(c.selectionStart());
            const QString after = text.mid(c.selectionEnd());
            QStringList all = pieces;
            all.first().prepend(before);
            const int cursorInLast = int(all.last().size());
            all.last().append(after);
            emit splitRequested(all, cursorInLast);
            return;
        }
        insertPlainText(pieces.first());
        return;
    }
    insertPlainText(sanitizeFieldText(pasted));
}

int FieldEdit::contentHeight() const
{
    auto *layout = qobject_cast<QPlainTextDocumentLayout *>(document()->documentLayout());
    double height = 0;
    if (layout) {
        for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
            layout->ensureBlockLayout(b);
            height += layout->blockBoundingRect(b).height();
        }
    }
    const double margin = document()->documentMargin();
    const int width = qMax(40, viewport()->width() - int(2 * margin) - 4);
    if (document()->isEmpty() && !placeholderText().isEmpty()) {
        const QRect r = fontMetrics().boundingRect(QRect(0, 0, width, 100000),
                                                   Qt::TextWordWrap | Qt::TextWrapAnywhere, placeholderText());
        height = qMax(height, double(r.height()));
    }
    height = qMax(height, double(m_minLines * fontMetrics().lineSpacing()));
    const QMargins cm = contentsMargins();
    return int(std::ceil(height + 2 * margin)) + cm.top() + cm.bottom() + 2 * frameWidth() + 2;
}

void FieldEdit::focusOutEvent(QFocusEvent *e)
{
    QPlainTextEdit::focusOutEvent(e);
    updateHeight();  // the height held while typing may go now
}

void FieldEdit::updateHeight()
{
    int h = contentHeight();
    // While the user types here the field never shrinks (the placeholder's lines going with the first
    // keystroke, a word deleted): what lies below, where the pointer may be, stays where it was.
    if (hasFocus() && m_lastHeight > h)
        h = m_lastHeight;
    if (h == m_lastHeight)
        return;
    m_lastHeight = h;
    setFixedHeight(h);
    // Everything fits: keep the first line at the top.
    verticalScrollBar()->setValue(0);
}

QSize FieldEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), m_lastHeight > 0 ? m_lastHeight : contentHeight()};
}

QSize FieldEdit::minimumSizeHint() const
{
    return {100, m_lastHeight > 0 ? m_lastHeight : contentHeight()};
}

}  // namespace fazhi::ui
