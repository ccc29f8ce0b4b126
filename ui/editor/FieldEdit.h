#pragma once
// A text field for one paragraph of Chinese prose: wraps, grows with its text (no inner scroll bar),
// and never holds a line break, because a line break is a paragraph boundary.
//
// In Split mode (paragraphs and points), Enter splits the paragraph at the cursor and pasting several
// lines makes several paragraphs: the field asks its owner to do that (splitRequested). In Single mode
// (leads, headings), Enter moves on and pasted lines are joined. Control characters never get in: every
// change goes through the model's sanitiser.

#include <QPlainTextEdit>
#include <QStringList>

namespace fazhi::ui {

class FieldEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Mode { Single, Split };

    explicit FieldEdit(Mode mode = Mode::Single, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMinimumLines(int lines);

    // Shows the model's text without reporting it as an edit; keeps the cursor where it was.
    void setTextFromModel(const QString &text);
    QString text() const { return toPlainText(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the text (never emitted by setTextFromModel).
    void textEdited(const QString &text);
    // Split mode: this field should hold pieces[0]; pieces[1..] become new paragraphs after it.
    // The cursor belongs at `cursorInLast` inside the last piece.
    void splitRequested(const QStringList &pieces, int cursorInLast);
    // Split mode: Backspace at the very start asks to join this paragraph to the previous one.
    void mergeWithPreviousRequested();
    // Single mode: Enter was pressed (the owner may move focus on).
    void enterPressed();
    void focusEntered();

protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void onContentsChanged();
    void updateHeight();
    int contentHeight() const;

    Mode m_mode;
    int m_minLines = 1;
    bool m_settingFromModel = false;
    int m_lastHeight = -1;
};

// Splits pasted text into paragraphs: line breaks separate them; blank lines and the indentation
// typed as spaces (including 　) around each are dropped; every piece is sanitised.
QStringList splitPastedParagraphs(const QString &text);

}  // namespace fazhi::ui
