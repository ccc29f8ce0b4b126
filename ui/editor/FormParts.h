#pragma once
// Small pieces the forms (Forms.h) share: group titles, hints, separators. Internal to editor/.

#include "common/Theme.h"
#include "model/Report.h"
#include "model/ReportLookup.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>

namespace fazhi::ui::forms {

inline QLabel *groupTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    setLook(l, Look::GroupTitle);
    return l;
}

inline QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    setLook(l, Look::Hint);
    l->setWordWrap(true);
    return l;
}

inline QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    setLook(line, Look::Separator);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    return line;
}

// Sets a line edit's text only when it differs, so its cursor and undo history stay.
inline void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

// The kind of the part that holds a node (Custom outside every part).
inline PartKind kindOf(const Report &r, const QUuid &nodeId)
{
    const Part *p = owningPart(r, nodeId);
    return p ? p->kind : PartKind::Custom;
}

}  // namespace fazhi::ui::forms
