#pragma once
// What a comment or a suggestion is about (ReviewController): the node whose field had the focus last,
// else the outline's selection, else the report itself; and the characters selected in the editor
// that shows that node's text. Follows the focus in the window's forms.

#include <QObject>
#include <QPointer>
#include <QUuid>

class QWidget;

namespace fazhi::ui {

class MainWindow;

class CommentTarget : public QObject {
    Q_OBJECT
public:
    struct Target {
        QUuid node;
        int start = -1;  // code points in the node's text
        int end = -1;
    };
    explicit CommentTarget(MainWindow *window);

    // A form's field of `id` got the focus: its editor stays the one whose selection counts.
    void focusNode(const QUuid &id) { m_node = id; }
    // A node chosen anew (the outline's selection, another report): no editor's selection counts yet.
    void chooseNode(const QUuid &id);
    QUuid node() const { return m_node; }
    Target current() const;

private:
    void onFocusChanged(QWidget *old, QWidget *now);

    MainWindow *m_window;
    QUuid m_node;                // the node whose field was focused last, or the outline's selection
    QPointer<QWidget> m_editor;  // the form's editor focused last
};

}  // namespace fazhi::ui
