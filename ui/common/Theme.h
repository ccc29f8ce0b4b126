#pragma once
// The few looks the app gives its own widgets (pane titles, form headers, hints, the welcome card),
// set as fonts and palettes. Not a style sheet on the window: with one, Qt matches selectors for
// every widget it polishes, which was a fifth of the start-up time.

#include <QProxyStyle>
#include <QWidget>

class QLineEdit;

namespace fazhi::ui {

enum class Look {
    Plain,            // back to what the parent gives
    PaneTitle,        // "大纲", "预览" over a pane
    FormCaption,      // what kind of node a form edits
    FormTitle,        // which one
    Breadcrumb,       // where it sits
    GroupTitle,       // a group of fields in a form
    Hint,             // guidance in grey
    CharCount,        // 字数 under a field
    Numeral,          // 一是 / 1. beside a point
    Summary,          // a sentence about the whole report
    Separator,        // a thin rule between groups
    Warning,          // something the user must notice (a failed save)
    WelcomeTitle,
    WelcomeSubtitle,
};

// Sets the look, and names the widget after it when it has no name (tests and tools find widgets so).
void setLook(QWidget *widget, Look look);

// A clear button at the end of a line edit. Qt's own (setClearButtonEnabled) asks the style for a
// themed icon, and finding the icon theme on disk took 15 ms of the start-up.
void addClearButton(QLineEdit *edit);

// The platform's style, with the standard icons it hands out made when first drawn. Qt's come from
// image files and the icon theme: a command link button asked for its arrow before it was given its
// own icon, the menu bar for its overflow arrow, and finding them loaded three image-format plugins
// and searched the icon theme on disk, a tenth of the start-up. A dock's close button is drawn here.
class AppStyle : public QProxyStyle {
public:
    AppStyle();
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

// A white card with a thin border and rounded corners (the welcome page).
class Card : public QWidget {
public:
    explicit Card(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

}  // namespace fazhi::ui
