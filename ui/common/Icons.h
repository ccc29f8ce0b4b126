#pragma once
// The app's icons, drawn as vector line art in a 24×24 grid: crisp at every size and screen scale,
// and no image plug-in to ship.

#include <QIcon>

namespace fazhi::ui {

enum class IconKind {
    App,
    NewReport,
    Import,
    Example,
    ExportWord,
    ExportPdf,
    ExportWeb,
    ExportText,
    Print,
    PrintPreview,
    Undo,
    Redo,
    Add,
    MoveUp,
    MoveDown,
    Delete,
    Duplicate,
    Settings,
    Search,
    Details,
    Part,
    Section,
    Paragraph,
    Point,
    Fact,
    Notes,
    Help,
    Clear,
    Close,  // a dock's close button
};

QIcon icon(IconKind kind);
// Gives the application (every window and dialog) its icon, once. The main window does so after its
// first paint, a dialog shown before that when it is made.
void useAppIcon();

}  // namespace fazhi::ui
