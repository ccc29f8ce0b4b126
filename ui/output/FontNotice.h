#pragma once
// Tells the user when the official faces of GB/T 9704 (小标宋, 黑体, 楷体, 仿宋) are not installed, so
// the PDF, the print and the preview use stand-ins: a sentence per face ("本机没有仿宋字体，导出的正文
// 不是仿宋"), what to install on this system, and a button in the status bar while a report is open
// that shows both. The export prompt of the formats laid out with this computer's fonts adds them.

#include "render/FontResolver.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class QToolButton;

namespace fazhi::ui {

class MainWindow;

class FontNotice : public QObject {
    Q_OBJECT
public:
    // One sentence for each missing face, in the order of `missing`.
    static QStringList sentences(const QList<MissingFace> &missing);
    // What to install for those faces, on this system (Windows: the fonts that come with it and where
    // to add them; Debian and other Linux: the packages, or where a licensed font file goes).
    static QString installHint(const QList<MissingFace> &missing);

    // The status bar's button; shown while a report is open and faces are missing.
    explicit FontNotice(MainWindow *window);
    QToolButton *button() const { return m_button; }
    const QList<MissingFace> &missing() const { return m_missing; }
    // Resolves the fonts of the page profile in the settings again and updates the button.
    void update();

private:
    void showDetails();

    MainWindow *m_window;
    QToolButton *m_button;
    QList<MissingFace> m_missing;
};

}  // namespace fazhi::ui
