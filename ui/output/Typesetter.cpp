#include "output/Typesetter.h"

#include "render/FontResolver.h"
#include "render/LineBreaking.h"

#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace fazhi::ui {

Typesetter::Typesetter(const PageProfile &profile, double scale) : m_profile(profile), m_scale(scale)
{
    m_title = resolveFont(profile, FontRole::Title).family;
    m_heading1 = resolveFont(profile, FontRole::Heading1).family;
    m_heading2 = resolveFont(profile, FontRole::Heading2).family;
    m_body = resolveFont(profile, FontRole::Body).family;
    m_latin = resolveFont(profile, FontRole::Latin).family;
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

void Typesetter::insertRun(QTextCursor &cursor, const QString &text, RunRole role, BlockKind block) const
{
    const QTextCharFormat chinese = charFormat(role, block);
    QTextCharFormat latin = chinese;
    if (!m_latin.isEmpty())
        latin.setFontFamilies(QStringList{m_latin} + chinese.fontFamilies().toStringList());
    auto isLatin = [&](qsizetype i) { return text.at(i).unicode() < 0x2000 && !text.at(i).isSurrogate(); };
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = from;
        while (to < text.size() && isLatin(to) == isLatin(from))
            ++to;
        cursor.insertText(text.mid(from, to - from), isLatin(from) ? latin : chinese);
        from = to;
    }
}

void Typesetter::build(QTextDocument *doc, const DocumentLayout &layout, QVector<TypesetSpan> *spans,
                       double textWidth) const
{
    doc->clear();
    if (spans)
        spans->clear();
    const QFontMetricsF body(charFormat(RunRole::Text, BlockKind::Paragraph).font());
    const double ch = m_charWidth;
    // The printed grid pitch in layout units (one body character is one em): every line, the title's
    // included, takes one pitch, and the blank lines below the title and above the signature one.
    const double pitch = ch * m_profile.linePitchPt() / m_profile.bodySizePt;

    QTextCursor c(doc);
    c.beginEditBlock();
    double signatureWidth = 0;
    bool first = true;
    QString titleText;  // the title with its line breaks, when it takes more than one line
    for (const Block &block : layout.blocks) {
        QTextBlockFormat bf;
        bf.setLineHeight(pitch, QTextBlockFormat::FixedHeight);
        switch (block.kind) {
        case BlockKind::Title: {
            bf.setAlignment(Qt::AlignHCenter);
            // A title of several lines breaks where print breaks it (render/LineBreaking), here at
            // the preview's width: balanced lines, after the organization's name or between words.
            const QFontMetricsF title(charFormat(RunRole::Text, BlockKind::Title).font());
            const double available = textWidth > 0 ? qMin(textWidth, lineWidth()) : lineWidth();
            const QString text = block.text();
            const std::vector<SetChar> chars =
                setChars(text, [&title](char32_t c) { return title.horizontalAdvance(QString::fromUcs4(&c, 1)); });
            const std::vector<CharRange> lines =
                balanceTitle(text, chars, available, title.horizontalAdvance(QChar(0x4E00)), layout.organization);
            if (lines.size() > 1)
                titleText = withLineBreaks(text, chars, lines, QChar(QChar::LineSeparator));
            bf.setBottomMargin(pitch);  // the blank line below the title
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
            bf.setTopMargin(pitch);  // one blank line after the body
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
            // The title is one run: with its breaks, its span counts the line separators it holds.
            const QString text = block.kind == BlockKind::Title && !titleText.isEmpty() ? titleText : run.text;
            if (spans)
                spans->append(TypesetSpan{run.nodeId, run.role, c.position(), int(text.size())});
            insertRun(c, text, run.role, block.kind);
        }
    }
    c.endEditBlock();
}

}  // namespace fazhi::ui
