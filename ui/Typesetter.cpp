#include "Typesetter.h"

#include "render/FontResolver.h"

#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

namespace fazhi::ui {

Typesetter::Typesetter(const PageProfile &profile, double scale) : m_profile(profile), m_scale(scale)
{
    m_title = resolveFont(profile, FontRole::Title).family;
    m_heading1 = resolveFont(profile, FontRole::Heading1).family;
    m_heading2 = resolveFont(profile, FontRole::Heading2).family;
    m_body = resolveFont(profile, FontRole::Body).family;
    const QFont body = charFormat(RunRole::Text, BlockKind::Paragraph).font();
    m_charWidth = QFontMetricsF(body).horizontalAdvance(QChar(0x4E00));
}

QString Typesetter::family(FontRole role) const
{
    switch (role) {
    case FontRole::Title: return m_title;
    case FontRole::Heading1: return m_heading1;
    case FontRole::Heading2: return m_heading2;
    default: return m_body;
    }
}

double Typesetter::lineWidth() const
{
    return m_charWidth * m_profile.charsPerLine;
}

QTextCharFormat Typesetter::charFormat(RunRole role, BlockKind block) const
{
    QTextCharFormat f;
    QString cjk = m_body;
    double size = m_profile.bodySizePt;
    switch (role) {
    case RunRole::PartNumber:
    case RunRole::PartHeading:
        cjk = m_heading1;
        break;
    case RunRole::SectionNumber:
    case RunRole::SectionLead:
        cjk = m_heading2;
        break;
    default:
        break;
    }
    if (block == BlockKind::Title) {
        cjk = m_title;
        size = m_profile.titleSizePt;
        f.setFontWeight(QFont::Bold);
    }
    // The CJK face first, so Chinese quotation marks and dashes keep their full width.
    QStringList families{cjk};
    f.setFontFamilies(families);
    f.setFontPointSize(size * m_scale);
    f.setForeground(QColor(0x1a, 0x1a, 0x1a));
    return f;
}

void Typesetter::build(QTextDocument *doc, const DocumentLayout &layout, QVector<TypesetSpan> *spans,
                       double textWidth) const
{
    doc->clear();
    if (spans)
        spans->clear();
    const QFontMetricsF body(charFormat(RunRole::Text, BlockKind::Paragraph).font());
    const double ch = m_charWidth;

    QTextCursor c(doc);
    c.beginEditBlock();
    double signatureWidth = 0;
    bool first = true;
    int titleBreak = -1;  // where a two-line title breaks (after the organization), if it does
    for (const Block &block : layout.blocks) {
        QTextBlockFormat bf;
        // The printed line pitch (28.95 pt for 16 pt type), in proportion.
        bf.setLineHeight(m_profile.linePitchPt() / m_profile.bodySizePt * 100, QTextBlockFormat::ProportionalHeight);
        switch (block.kind) {
        case BlockKind::Title: {
            bf.setAlignment(Qt::AlignHCenter);
            // A title of several lines is balanced (lines of about equal length), never one
            // character left alone on the last line: narrow the block to the balanced width.
            const QFontMetricsF title(charFormat(RunRole::Text, BlockKind::Title).font());
            const double width = title.horizontalAdvance(block.text());
            const double available = textWidth > 0 ? qMin(textWidth, lineWidth()) : lineWidth();
            // As in print, a title that starts with the organization breaks after it when both lines fit.
            const QString text = block.text();
            const QString &org = layout.organization;
            if (width > available && !org.isEmpty() && text.startsWith(org) && text.size() > org.size()
                && title.horizontalAdvance(org) <= available && title.horizontalAdvance(text.mid(org.size())) <= available) {
                titleBreak = int(org.size());
            } else if (width > available) {
                const int lines = int(std::ceil(width / available));
                const double target = width / lines + title.horizontalAdvance(QChar(0x4E00)) * 0.6;
                const double margin = qMax(0.0, (available - target) / 2);
                bf.setLeftMargin(margin);
                bf.setRightMargin(margin);
            }
            bf.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
            bf.setBottomMargin(ch * 1.6);  // the blank line below the title
            break;
        }
        case BlockKind::DetailLine:
            bf.setAlignment(Qt::AlignHCenter);
            break;
        case BlockKind::Addressee:
            break;
        case BlockKind::Signature:
            bf.setAlignment(Qt::AlignRight);
            bf.setRightMargin(ch * m_profile.signatureRightIndentChars);
            bf.setTopMargin(ch * 1.8);  // one blank line after the body
            signatureWidth = body.horizontalAdvance(block.text());
            break;
        case BlockKind::Date: {
            bf.setAlignment(Qt::AlignRight);
            // The date starts two characters to the right of the signature's start.
            const double dateWidth = body.horizontalAdvance(block.text());
            const double right = ch * m_profile.signatureRightIndentChars + signatureWidth
                                 - ch * m_profile.dateOffsetChars - dateWidth;
            bf.setRightMargin(qMax(0.0, right));
            break;
        }
        default:
            bf.setTextIndent(ch * m_profile.firstLineIndentChars);
            bf.setAlignment(Qt::AlignJustify);
            break;
        }
        if (first)
            c.setBlockFormat(bf);
        else
            c.insertBlock(bf);
        first = false;
        for (const Run &run : block.runs) {
            QString text = run.text;
            if (block.kind == BlockKind::Title && titleBreak > 0 && titleBreak < text.size())
                text.insert(titleBreak, QChar(QChar::LineSeparator));
            if (spans)
                spans->append(TypesetSpan{run.nodeId, run.role, c.position(), int(text.size())});
            c.insertText(text, charFormat(run.role, block.kind));
        }
    }
    c.endEditBlock();
}

}  // namespace fazhi::ui
