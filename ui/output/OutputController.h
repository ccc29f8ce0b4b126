#pragma once
// Output from the window: one "Export as …" action per registered format (export/Formats.h), print
// and print preview, each after writing pending edits and asking the output guard (the checks warn
// while errors remain). The work itself is ExportController's. Adds its actions to the MainWindow.

#include "export/Exporter.h"

#include <QObject>
#include <functional>

namespace fazhi::ui {

class ExportController;
class FontNotice;
class MainWindow;

class OutputController : public QObject {
    Q_OBJECT
public:
    explicit OutputController(MainWindow *window);

    ExportController *exporter() const { return m_exporter; }
    FontNotice *fontNotice() const { return m_fontNotice; }
    // Exports the open report: asks where when `path` is empty. False when refused or cancelled.
    bool exportCurrent(ExportFormat format, const QString &path = QString());
    void print();
    void printPreview();
    // Asked before every export and print, with the question to end a warning with ("Export the Word
    // document anyway?"); returning false cancels it.
    void setOutputGuard(std::function<bool(const QString &question)> guard) { m_outputGuard = std::move(guard); }
    // The object names of the export actions, in menu order.
    QStringList exportActionNames() const { return m_exportActions; }
    void updateActions();

private:
    MainWindow *m_window;
    ExportController *m_exporter;
    FontNotice *m_fontNotice;
    std::function<bool(const QString &)> m_outputGuard;
    QStringList m_exportActions;
};

}  // namespace fazhi::ui
