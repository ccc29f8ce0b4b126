#pragma once
// Typesets a DocumentLayout into a QTextDocument with the page profile's fonts, indents and spacing:
// the preview shows it on screen (scaled), printing paints it page by page.

#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QHash>
#include <QString>
#include <QTextCharFormat>
#include <QUuid>
#include <QVector>

class QTextDocument;

namespace fazhi::ui {

// Where each run of the layout landed in the document (document order).
struct TypesetSpan {
    QUuid nodeId;
    RunRole role = RunRole::Text;
    int start = 0;
    int length = 0;
};

class Typesetter {
public:
    enum class Mode {
        Screen,  // sizes scaled for reading, proportional line spacing
        Print,   // real sizes (in 96-dpi layout units), the 22-line grid and 28-character lines
    };

    Typesetter(const PageProfile &profile, Mode mode, double scale = 1.0);

    QTextCharFormat charFormat(RunRole role, BlockKind block) const;
    // Replaces the document's content with the layout; fills `spans` when given.
    void build(QTextDocument *document, const DocumentLayout &layout, QVector<TypesetSpan> *spans) const;

    double characterWidth() const { return m_charWidth; }  // one body character, in layout units
    double lineWidth() const;                               // the text block's width, in layout units
    const PageProfile &profile() const { return m_profile; }
    // The families chosen for the roles (from the profile's chains and what is installed).
    QString family(FontRole role) const;

private:
    PageProfile m_profile;
    Mode m_mode;
    double m_scale;
    double m_charWidth = 16;
    QString m_title, m_heading1, m_heading2, m_body;
};

// Layout units per point for Print mode: the document is laid out at 96 dpi and scaled to the printer.
constexpr double kLayoutUnitsPerPt = 96.0 / 72.0;

}  // namespace fazhi::ui
