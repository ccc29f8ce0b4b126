#pragma once
// What the About dialog's "Copy Diagnostics" puts on the clipboard, for the person on the phone: the
// version, Qt, the system, the font found for each role of the printed page, the workspace's path,
// size and schema version, and where the log is. Never a report's text (not even a title).

#include <QString>

namespace fazhi {
class Workspace;
}

namespace fazhi::ui {

// `workspace` may be null (none open). Lines of "name: value", in English (support staff search them).
QString diagnosticsText(Workspace *workspace);

}  // namespace fazhi::ui
