#pragma once
// The few looks the app gives its own widgets (pane titles, form headers, hints, the welcome card),
// set as fonts and palettes. Not a style sheet on the window: with one, Qt matches selectors for
// every widget it polishes, which was a fifth of the start-up time.

#include <QMargins>
#include <QProxyStyle>
#include <QWidget>

class QLabel;
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

// The margins and spacings of the app's own layouts, in pixels, named by what they separate: the one
// place to change how dense the window is. (0, "flush", is written as 0 where it is meant.)
namespace metrics {
// Between the pieces of one thing: a field and its hints, the lines of a card, small buttons in a row.
inline constexpr int ItemSpacing = 4;
// Between the rows of a panel, a numeral and its field, the parts of a card's header.
inline constexpr int PanelSpacing = 6;
// Between the groups of a form, the paragraphs of a list, the review cards, the revision pickers.
inline constexpr int GroupSpacing = 8;
// A field and the character count under it.
inline constexpr int CountSpacing = 1;
// The choices of a radio group, one above the other.
inline constexpr int ChoiceSpacing = 2;
// A form's labels and its fields; its rows.
inline constexpr int FieldColumnGap = 14;
inline constexpr int FieldRowGap = 10;

// A form: around it; its header (caption, title, breadcrumb) and the gap before the fields; the gap
// before the guidance at its end.
inline constexpr QMargins FormMargins{24, 18, 24, 24};
inline constexpr int FormHeaderGap = 10;
inline constexpr int FormGuidanceGap = 12;
// A panel in a dock (checks, review); the report list, which runs on into the outline below it.
inline constexpr QMargins PanelMargins{6, 6, 6, 6};
inline constexpr QMargins ReportListMargins{6, 6, 6, 0};
// The list of review cards leaves room beside its scroll bar; a card.
inline constexpr QMargins CardListMargins{0, 0, 4, 0};
inline constexpr QMargins CardMargins{10, 8, 10, 8};
// A pane's title ("大纲", "预览"); a label in the status bar; a label in a toolbar.
inline constexpr QMargins PaneTitleMargins{8, 6, 8, 4};
inline constexpr QMargins StatusLabelMargins{8, 0, 8, 0};
inline constexpr QMargins ToolBarLabelMargins{6, 0, 2, 0};
// The review bar under the toolbars, and the report's state at its start.
inline constexpr QMargins BannerMargins{8, 2, 4, 2};
inline constexpr QMargins BannerStatusMargins{0, 0, 6, 0};
// The welcome card: around it, between its lines, before its buttons and before the hint under them.
inline constexpr QMargins WelcomeMargins{36, 30, 36, 26};
inline constexpr int WelcomeSpacing = 10;
inline constexpr int WelcomeButtonsGap = 14;
inline constexpr int WelcomeHintGap = 8;
}  // namespace metrics

// A pane's title over it ("大纲", "预览").
QLabel *paneTitle(const QString &title, QWidget *parent);

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
