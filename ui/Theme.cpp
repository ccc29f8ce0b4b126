#include "Theme.h"

#include "Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPainter>

namespace fazhi::ui {

namespace {

struct LookSpec {
    const char *name;
    const char *color;   // nullptr: the palette's own
    qreal pointSize;     // 0: inherited
    QFont::Weight weight;
    int paddingTop;
};

LookSpec specOf(Look look)
{
    switch (look) {
    case Look::Plain: return {nullptr, nullptr, 0, QFont::Normal, 0};
    case Look::PaneTitle: return {"paneTitle", "#4a5563", 0, QFont::DemiBold, 0};
    case Look::FormCaption: return {"formCaption", "#8a94a3", 9, QFont::Normal, 0};
    case Look::FormTitle: return {"formTitle", "#1f2a37", 13, QFont::DemiBold, 0};
    case Look::Breadcrumb: return {"breadcrumb", "#6b7686", 0, QFont::Normal, 0};
    case Look::GroupTitle: return {"groupTitle", "#2b3645", 0, QFont::DemiBold, 4};
    case Look::Hint: return {"hint", "#7b8594", 0, QFont::Normal, 0};
    case Look::CharCount: return {"charCount", "#7b8594", 8, QFont::Normal, 0};
    case Look::Numeral: return {"numeral", "#b0352b", 0, QFont::DemiBold, 5};
    case Look::Summary: return {"summary", "#4a5563", 0, QFont::Normal, 0};
    case Look::Separator: return {"separator", "#e3e6ea", 0, QFont::Normal, 0};
    case Look::Warning: return {nullptr, "#b0352b", 0, QFont::DemiBold, 0};
    case Look::WelcomeTitle: return {"welcomeTitle", "#b0352b", 22, QFont::Bold, 0};
    case Look::WelcomeSubtitle: return {"welcomeSubtitle", "#4a5563", 10.5, QFont::Normal, 0};
    }
    return {nullptr, nullptr, 0, QFont::Normal, 0};
}

}  // namespace

void setLook(QWidget *widget, Look look)
{
    const LookSpec spec = specOf(look);
    if (spec.name && widget->objectName().isEmpty())
        widget->setObjectName(QLatin1String(spec.name));
    // Only what the look sets is resolved on the widget; the rest keeps following the parent.
    QFont font;
    if (spec.pointSize > 0)
        font.setPointSizeF(spec.pointSize);
    if (spec.weight != QFont::Normal)
        font.setWeight(spec.weight);
    widget->setFont(font);
    QPalette palette;
    if (spec.color) {
        // WindowText for labels and frames, ButtonText for buttons.
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::WindowText, QColor(QLatin1String(spec.color)));
            palette.setColor(group, QPalette::ButtonText, QColor(QLatin1String(spec.color)));
        }
    }
    widget->setPalette(palette);
    if (spec.paddingTop > 0) {
        const QMargins m = widget->contentsMargins();
        widget->setContentsMargins(m.left(), spec.paddingTop, m.right(), m.bottom());
    }
}

void addClearButton(QLineEdit *edit)
{
    QAction *clear = edit->addAction(icon(IconKind::Clear), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearAction"));
    clear->setToolTip(QCoreApplication::translate("fazhi::ui::Theme", "Clear"));
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear, [clear](const QString &text) {
        clear->setVisible(!text.isEmpty());
    });
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        // As typed: one undoable step, and textEdited tells the form to save.
        edit->selectAll();
        edit->del();
        edit->setFocus(Qt::OtherFocusReason);
    });
}

Card::Card(QWidget *parent) : QWidget(parent) {}

void Card::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 1));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

}  // namespace fazhi::ui
