#pragma once
// Typesets a DocumentLayout into a QTextDocument with the page profile's fonts, indents and spacing,
// scaled for reading on screen: what the live preview shows. (Printing paints the PDF's own pages.)

#include "render/Layout.h"
#include "render/PageProfile.h"

#include <QHash>
#include <QString>
#include <QTextCharFormat>
#include <QUuid>
#include <QVector>

class QTextCursor;
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
    // `scale` multiplies the profile's point sizes (the preview reads well at about 0.75).
    Typesetter(const PageProfile &profile, double scale = 1.0);

    QTextCharFormat charFormat(RunRole role, BlockKind block) const;
    // Inserts a run's text at the cursor with the PDF's faces: characters below General
    // Punctuation (digits, Latin) in the Latin font, the others in the role's Chinese font.
    void insertRun(QTextCursor &cursor, const QString &text, RunRole role, BlockKind block) const;
    // Replaces the document's content with the layout; fills `spans` when given. `textWidth` is the
    // width the text really gets (a narrow pane wraps sooner than the page); 0 means the full line.
    void build(QTextDocument *document, const DocumentLayout &layout, QVector<TypesetSpan> *spans,
               double textWidth = 0) const;

    double characterWidth() const { return m_charWidth; }  // one body character, in layout units
    double lineWidth() const;                               // the text block's width, in layout units
    const PageProfile &profile() const { return m_profile; }
    // The families chosen for the roles (from the profile's chains and what is installed).
    QString family(FontRole role) const;

private:
    PageProfile m_profile;
    double m_scale;
    double m_charWidth = 16;
    QString m_title, m_heading1, m_heading2, m_body, m_latin;
};

}  // namespace fazhi::ui
