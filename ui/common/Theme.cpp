#include "common/Theme.h"

#include "common/Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>

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
    case Look::PaneTitle: return {"paneTitle", "#4a5563", 0, QFont::Bold, 0};
    case Look::FormCaption: return {"formCaption", "#8a94a3", 9, QFont::Normal, 0};
    case Look::FormTitle: return {"formTitle", "#1f2a37", 13, QFont::Bold, 0};
    case Look::Breadcrumb: return {"breadcrumb", "#6b7686", 0, QFont::Normal, 0};
    case Look::GroupTitle: return {"groupTitle", "#2b3645", 0, QFont::Bold, 4};
    case Look::Hint: return {"hint", "#7b8594", 0, QFont::Normal, 0};
    case Look::CharCount: return {"charCount", "#7b8594", 8, QFont::Normal, 0};
    case Look::Numeral: return {"numeral", "#b0352b", 0, QFont::Bold, 5};
    case Look::Summary: return {"summary", "#4a5563", 0, QFont::Normal, 0};
    case Look::Separator: return {"separator", "#e3e6ea", 0, QFont::Normal, 0};
    case Look::Warning: return {nullptr, "#b0352b", 0, QFont::Bold, 0};
    case Look::WelcomeTitle: return {"welcomeTitle", "#b0352b", 22, QFont::Bold, 0};
    case Look::WelcomeSubtitle: return {"welcomeSubtitle", "#4a5563", 10.5, QFont::Normal, 0};
    }
    return {nullptr, nullptr, 0, QFont::Normal, 0};
}

// The looks' colours were chosen for a light window. On a dark one (Windows' or the desktop's dark
// mode) the greys are taken as the same share of the way from the text colour to the window colour,
// and the accent is lightened, so nothing is dark grey on near-black.
QColor lookColor(const char *hex, const QPalette &palette)
{
    const QColor light = QColor::fromString(QLatin1String(hex));
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    if (window.lightness() >= 128)
        return light;
    if (light.hslSaturation() > 100)  // the red accent; the blue-greys stay below
        return light.lighter(160);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const float t = light.lightnessF();  // 0: as the text, 1: as the window
    return QColor::fromRgbF(text.redF() + (window.redF() - text.redF()) * t,
                            text.greenF() + (window.greenF() - text.greenF()) * t,
                            text.blueF() + (window.blueF() - text.blueF()) * t);
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
        const QColor color = lookColor(spec.color, widget->palette());  // its window, light or dark
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::WindowText, color);
            palette.setColor(group, QPalette::ButtonText, color);
        }
    }
    widget->setPalette(palette);
    if (spec.paddingTop > 0) {
        const QMargins m = widget->contentsMargins();
        widget->setContentsMargins(m.left(), spec.paddingTop, m.right(), m.bottom());
    }
}

QLabel *paneTitle(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(title, parent);
    setLook(label, Look::PaneTitle);
    label->setContentsMargins(metrics::PaneTitleMargins);
    return label;
}

void addClearButton(QLineEdit *edit)
{
    QAction *clear = edit->addAction(icon(IconKind::Clear), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearAction"));
    clear->setToolTip(QCoreApplication::translate("fazhi::ui::Theme", "Clear"));
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear, [clear, edit](const QString &text) {
        clear->setVisible(!text.isEmpty() && !edit->isReadOnly());
    });
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        // As typed: one undoable step, and textEdited tells the form to save.
        edit->selectAll();
        edit->del();
        edit->setFocus(Qt::OtherFocusReason);
    });
}

namespace {

// Asks the style for its icon when the icon is first drawn or measured.
class DeferredStandardIcon : public QIconEngine {
public:
    DeferredStandardIcon(QStyle *style, QStyle::StandardPixmap which) : m_style(style), m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return resolved().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().availableSizes(mode, state);
    }
    // Every standard pixmap has an icon in Qt's styles; asking would load it before it is drawn.
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredStandardIcon(m_style, m_which); }
    QString key() const override { return QStringLiteral("fazhi-deferred-standard"); }

private:
    QIcon resolved()
    {
        // One lookup per kind of icon for the whole application (the GUI thread's).
        static QHash<int, QIcon> looked;
        if (!m_style)
            return {};
        auto it = looked.find(int(m_which));
        if (it == looked.end())
            it = looked.insert(int(m_which), m_style->standardIcon(m_which));
        return it.value();
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
};

}  // namespace

AppStyle::AppStyle() : QProxyStyle() {}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *, const QWidget *) const
{
    switch (standardIcon) {
    case SP_DockWidgetCloseButton:
    case SP_TitleBarCloseButton: return icon(IconKind::Close);
    default: return QIcon(new DeferredStandardIcon(baseStyle(), standardIcon));
    }
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
