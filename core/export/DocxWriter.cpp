#include "DocxWriter.h"

#include "export/ZipParts.h"
#include "model/TextSanitize.h"
#include "render/LineBreaking.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace fazhi {

namespace {


// ---------------------------------------------------------------------------------------------
// Units. Word measures lengths in twips (1/20 pt), font sizes in half-points.

int mmToTwips(double mm) { return qRound(PageProfile::mmToPt(mm) * 20.0); }
int ptToTwips(double pt) { return qRound(pt * 20.0); }
int ptToHalfPoints(double pt) { return qRound(pt * 2.0); }

// Every number of the page, derived from the profile once.
struct Metrics {
    int pageWidth = 0, pageHeight = 0;
    int marginTop = 0, marginRight = 0, marginBottom = 0, marginLeft = 0;
    int textWidth = 0;
    int linePitch = 0;      // exact line spacing and docGrid pitch
    int letterSpacing = 0;  // w:spacing of body-size runs, in twips
    int autospace = 0;      // what LibreOffice puts between Asian and Latin body text: a fifth of the size
    int bodyCell = 0;       // a full-width body character: glyph plus letter spacing
    int firstLineIndent = 0;
    int footerDistance = 0;
    int footerLine = 0;
    int pageNumberCell = 0;
    int bodySize = 0, titleSize = 0, pageNumberSize = 0;  // half-points

    explicit Metrics(const PageProfile &p)
    {
        pageWidth = mmToTwips(p.paperWidthMm);
        pageHeight = mmToTwips(p.paperHeightMm);
        marginTop = mmToTwips(p.marginTopMm);
        marginRight = mmToTwips(p.marginRightMm);
        marginBottom = mmToTwips(p.marginBottomMm);
        marginLeft = mmToTwips(p.marginLeftMm);
        textWidth = pageWidth - marginLeft - marginRight;
        // Rounded down: a pitch one twip too large leaves room for one line less per page.
        const int textHeight = pageHeight - marginTop - marginBottom;
        linePitch = textHeight / p.linesPerPage;
        // The largest whole-twip spacing at which charsPerLine cells fit the text width (≈ −0.2 pt):
        // rounding towards zero would make the 28th character overflow to the next line.
        const int bodyTwips = ptToTwips(p.bodySizePt);
        letterSpacing = static_cast<int>(std::floor(double(textWidth) / p.charsPerLine - bodyTwips));
        bodyCell = bodyTwips + letterSpacing;
        autospace = bodyTwips / 5;
        firstLineIndent = p.firstLineIndentChars * bodyCell;
        bodySize = ptToHalfPoints(p.bodySizePt);
        titleSize = ptToHalfPoints(p.titleSizePt);
        pageNumberSize = ptToHalfPoints(p.pageNumberSizePt);
        pageNumberCell = ptToTwips(p.pageNumberSizePt);
        // The page-number line is as high as its font; its middle (where the dashes sit) lies
        // pageNumberBelowTextMm below the text block. w:footer is measured from the paper's edge to
        // the bottom of the footer.
        footerLine = pageNumberCell;
        footerDistance = marginBottom - mmToTwips(p.pageNumberBelowTextMm) - footerLine / 2;
    }
};

// ---------------------------------------------------------------------------------------------
// Text.

// Escapes for element content and double-quoted attributes.
void appendEscaped(QByteArray &out, const QString &text)
{
    const QString safe = removeUnencodable(text);
    QString esc;
    esc.reserve(safe.size() + 16);
    for (QChar c : safe) {
        switch (c.unicode()) {
        case u'&': esc += QLatin1String("&amp;"); break;
        case u'<': esc += QLatin1String("&lt;"); break;
        case u'>': esc += QLatin1String("&gt;"); break;
        case u'"': esc += QLatin1String("&quot;"); break;
        default: esc += c;
        }
    }
    out += esc.toUtf8();
}

class Xml {
public:
    Xml &operator<<(const char *markup)
    {
        buf += markup;
        return *this;
    }
    Xml &operator<<(int value)
    {
        buf += QByteArray::number(value);
        return *this;
    }
    Xml &text(const QString &s)
    {
        appendEscaped(buf, s);
        return *this;
    }
    // ` name="value"`
    Xml &attr(const char *name, const QString &value)
    {
        buf += ' ';
        buf += name;
        buf += "=\"";
        appendEscaped(buf, value);
        buf += '"';
        return *this;
    }
    Xml &attr(const char *name, int value)
    {
        buf += ' ';
        buf += name;
        buf += "=\"";
        buf += QByteArray::number(value);
        buf += '"';
        return *this;
    }
    QByteArray buf;
};

// The rules of line and page ends the PDF composer follows too (fixed-layout-rules.md), in CT_PPrBase
// order: widows and orphans of two lines (Word's and LibreOffice's widow control); the Chinese
// line-breaking rules (kinsoku, with the character lists of settings.xml); no punctuation hanging
// into the right margin (GB/T 15834: a line's last mark stays inside the 28 cells), none compressed
// at the start of a line; no extra space between Chinese and Latin or digits (the grid has none).
// LibreOffice (7.4 and since) imports w:overflowPunct inverted (val 0 turns its hanging punctuation
// on), so it reads the opposite value from the Fallback. Off the line grid: the exact line height is
// the grid's pitch anyway, and LibreOffice centres a grid-snapped line in its row by the font's
// ascent and descent (baseline 21.8 pt below the row's top) where an exact line has it at 4/5 of the
// height (23.2 pt), as Word does and as the PDF composer places it.
const char kLineRules[] = "<w:widowControl/><w:kinsoku/>"
                          "<mc:AlternateContent><mc:Choice Requires=\"w15\"><w:overflowPunct w:val=\"0\"/></mc:Choice>"
                          "<mc:Fallback><w:overflowPunct w:val=\"1\"/></mc:Fallback></mc:AlternateContent>"
                          "<w:topLinePunct w:val=\"0\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>"
                          "<w:snapToGrid w:val=\"0\"/>";

const char kXmlDecl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
const char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// Markup compatibility, for the two places where LibreOffice reads a property differently from Word
// (see kLineRules and DocxBuilder::runs): Word 2013 and later understand w15 and take the Choice;
// LibreOffice's Writer import understands only wps, wpg, w14 and wpc and takes the Fallback.
const char kMceNamespaces[] = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                              " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

// Width of text in full-width character cells: CJK and full-width forms take one, everything else
// (digits and Latin in Times New Roman) about half. Used only to place the date and balance the title.
double widthInCells(const QString &s)
{
    double w = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        w += (u >= 0x2E80 || u == 0x2014 || u == 0x2026 || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019)
            ? 1.0
            : 0.5;
    }
    return w;
}

// ---------------------------------------------------------------------------------------------
// Fonts and styles.

// Fonts every Chinese Windows installation has, with their English names. The fontTable names one of
// them as the alternative of a font that may be missing (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体).
const char16_t *const kWindowsCoreFonts[] = {u"宋体", u"SimSun", u"黑体", u"SimHei", u"仿宋", u"FangSong",
                                             u"楷体", u"KaiTi", u"Times New Roman"};

bool isWindowsCoreFont(const QString &family)
{
    for (const char16_t *f : kWindowsCoreFonts) {
        if (family == QString::fromUtf16(f))
            return true;
    }
    return false;
}

QString firstFamily(const PageProfile &p, FontRole role)
{
    const QStringList &families = p.chain(role).families;
    return families.isEmpty() ? QString() : families.first();
}

// Style ids are ASCII (what Word matches on); the names are what the clerk sees in Word's style list.
namespace style {
const char Normal[] = "Normal";  // shown as 正文 by Chinese Word: the body text
const char Title[] = "GwTitle";
const char Addressee[] = "GwAddressee";
const char Heading1[] = "GwHeading1";
const char Heading2[] = "GwHeading2";
const char Heading1Char[] = "GwHeading1Char";
const char Heading2Char[] = "GwHeading2Char";
const char Signature[] = "GwSignature";
const char Date[] = "GwDate";
const char Footer[] = "Footer";
}  // namespace style

class DocxBuilder {
public:
    DocxBuilder(const Report &report, const DocumentLayout &layout, const PageProfile &profile)
        : report(report), layout(layout), profile(profile), m(profile)
    {
        latin = firstFamily(profile, FontRole::Latin);
        computeSignatureIndents();
    }

    Result<QByteArray> build();

private:
    QByteArray contentTypes() const;
    QByteArray packageRels() const;
    QByteArray documentRels() const;
    QByteArray document();
    QByteArray styles() const;
    QByteArray settings() const;
    QByteArray fontTable() const;
    QByteArray footer(bool odd) const;
    QByteArray coreProps() const;
    QByteArray appProps() const;
    QByteArray customProps() const;

    enum class FaceSlot { Mixed, Latin, Chinese };
    void fonts(Xml &x, FontRole role, bool eastAsianDigits = false, FaceSlot slot = FaceSlot::Mixed) const;
    void paragraph(Xml &x, const Block &block, bool keepWithNext);
    void runs(Xml &x, const QString &text, const char *charStyle, FontRole role) const;
    void computeSignatureIndents();
    QString balancedTitle(const QString &title) const;

    const Report &report;
    const DocumentLayout &layout;
    const PageProfile &profile;
    const Metrics m;
    QString latin;
    struct Placement {
        bool rightAligned = true;
        int indent = 0;  // from the right edge when right-aligned, else from the left edge
    };
    Placement signaturePlace, datePlace;
};

// w:rFonts: Latin and digits in the Latin font, Chinese in the role's font; the hint makes quotes and
// dashes use the Chinese font. The page number uses its own font throughout (GB/T 9704: 宋体 digits).
// A run of one face (FaceSlot::Latin or ::Chinese) names that face in every slot.
void DocxBuilder::fonts(Xml &x, FontRole role, bool eastAsianDigits, FaceSlot slot) const
{
    const QString ea = firstFamily(profile, role);
    const QString lat = eastAsianDigits ? ea : latin;
    x << "<w:rFonts";
    switch (slot) {
    case FaceSlot::Mixed: x.attr("w:ascii", lat).attr("w:eastAsia", ea).attr("w:hAnsi", lat).attr("w:cs", lat); break;
    case FaceSlot::Latin: x.attr("w:ascii", lat).attr("w:eastAsia", lat).attr("w:hAnsi", lat).attr("w:cs", lat); break;
    case FaceSlot::Chinese: x.attr("w:ascii", ea).attr("w:eastAsia", ea).attr("w:hAnsi", ea).attr("w:cs", ea); break;
    }
    x << " w:hint=\"eastAsia\"/>";
}

void DocxBuilder::computeSignatureIndents()
{
    // GB/T 9704 7.3.5.2: signature right-aligned with two characters to spare; the date on the next
    // line starts two characters right of the signature's start. If that would push the date past the
    // two-character spare, the date keeps the spare and the signature moves accordingly.
    // The line that is placed relative to the other is left-aligned at a computed indent, so its start
    // does not depend on how wide a renderer sets the other's digits (LibreOffice adds CJK/Latin spacing).
    QString signature, date;
    for (const Block &b : layout.blocks) {
        if (b.kind == BlockKind::Signature)
            signature = b.text();
        else if (b.kind == BlockKind::Date)
            date = b.text();
    }
    const int spare = profile.signatureRightIndentChars * m.bodyCell;
    const int offset = profile.dateOffsetChars * m.bodyCell;
    const int sigWidth = qRound(widthInCells(signature) * m.bodyCell);
    const int dateWidth = qRound(widthInCells(date) * m.bodyCell);
    if (offset + dateWidth <= sigWidth) {
        signaturePlace = {true, spare};
        datePlace = {false, m.textWidth - spare - sigWidth + offset};
    } else {
        datePlace = {true, spare};
        signaturePlace = {false, std::max(0, m.textWidth - spare - dateWidth - offset)};
    }
}

// A title longer than one line is broken into balanced lines where Word would otherwise fill the
// first line and leave a stub (render/LineBreaking: the same breaks as the PDF and the preview).
QString DocxBuilder::balancedTitle(const QString &title) const
{
    const double capacity = double(m.textWidth) / (m.titleSize * 10);  // cells of title size per line
    const std::vector<SetChar> chars =
        setChars(title, [](char32_t c) { return widthInCells(QString::fromUcs4(&c, 1)); });
    const std::vector<CharRange> lines = balanceTitle(title, chars, capacity, 1.0, layout.organization);
    if (lines.size() <= 1 || lines.size() > 4)
        return title;  // one line, or not a title any more: Word wraps it
    return withLineBreaks(title, chars, lines, QLatin1Char('\n'));
}

// One w:r per piece of text and face; tabs become w:tab and line breaks w:br inside it.
// The face follows the PDF's rule, character by character: General Punctuation and above (Chinese,
// “ ” — … and full-width forms) in the role's Chinese font, everything below (digits, Latin, ASCII
// punctuation) in the Latin font. Each run names its one font in every slot, so neither Word's
// hint nor LibreOffice's script of "weak" characters (digits and quotes after Chinese take the
// Asian font there) can pick another face and another width.
//
// LibreOffice puts a fifth of the font size between a Chinese character and a Latin letter or digit
// next to it whatever w:autoSpaceDE says (its import ignores the setting; the PDF, and Word with
// the setting, put nothing there), and it spaces only the gaps inside a run, not after its last
// character. So its lines would hold less than the PDF's. In the Fallback that only LibreOffice
// reads, the gaps next to each such change are narrower by what the change costs, and by the
// letter spacing lost at changes of face nearby: the gap on each side (each pair of characters a
// run of its own) takes half, or where a side has no pair, a run of three characters on the other
// side its two gaps (LibreOffice narrows a gap by at most a sixth of the size). The amounts are
// measured with scripts/compare-layouts.sh.
void DocxBuilder::runs(Xml &x, const QString &text, const char *charStyle, FontRole role) const
{
    const QString safe = removeUnencodable(text);
    const qsizetype n = safe.size();
    auto latinFace = [&](qsizetype i) { return safe.at(i).unicode() < 0x2000 && !safe.at(i).isSurrogate(); };
    // LibreOffice's condition: a letter or digit on both sides, one Latin and one Asian.
    auto letter = [&](qsizetype i) { return safe.at(i).isSurrogate() || safe.at(i).isLetterOrNumber(); };
    auto autospaced = [&](qsizetype i) {  // between i and i + 1
        return i + 1 < n && letter(i) && letter(i + 1) && latinFace(i) != latinFace(i + 1);
    };
    // Runs of Chinese characters whose gaps LibreOffice gets narrower: where each starts, its length
    // and its letter spacing there.
    std::vector<int> runLength(size_t(n), 0);
    std::vector<int> runSpacing(size_t(n), m.letterSpacing);
    const bool onGrid = role != FontRole::Title && role != FontRole::PageNumber;
    if (onGrid) {
        std::vector<bool> taken(size_t(n), false);
        auto free = [&](qsizetype from, qsizetype to, bool latin) {  // [from, to): one face, untaken, one line
            if (from < 0 || to > n || safe.at(from).isLowSurrogate() || safe.at(to - 1).isHighSurrogate())
                return false;  // never half a surrogate pair
            for (qsizetype k = from; k < to; ++k) {
                if (latinFace(k) != latin || taken[size_t(k)] || safe.at(k) == u'\n' || safe.at(k) == u'\t')
                    return false;
            }
            return true;
        };
        // What each change costs there: the autospace and the letter spacing of the character before
        // it, and the letter spacing after each narrower run that splits a longer one.
        std::vector<qsizetype> starts;
        std::vector<int> costs;
        for (qsizetype i = 0; i + 1 < n; ++i) {
            if (!autospaced(i))
                continue;
            // The gap next to the change on each side takes half (a pair of characters each, so both
            // stay on the change's line); where one side has no pair, three characters on the other.
            const bool pairBefore = free(i - 1, i + 1, latinFace(i));
            const bool pairAfter = free(i + 1, i + 3, latinFace(i + 1));
            if (pairBefore && pairAfter) {
                for (const qsizetype from : {i - 1, i + 1}) {
                    runLength[size_t(from)] = 2;
                    taken[size_t(from)] = taken[size_t(from + 1)] = true;
                    starts.push_back(from);
                    costs.push_back((m.autospace - 2 * m.letterSpacing + 1) / 2);
                }
                continue;
            }
            const bool chineseAfter = latinFace(i);
            const std::pair<bool, qsizetype> choices[] = {{true, 3}, {true, 2}, {false, 3}, {false, 2}};
            for (const auto &[chinese, len] : choices) {
                const bool after = chinese == chineseAfter;
                const qsizetype from = after ? i + 1 : i + 1 - len;
                if (!free(from, from + len, !chinese))
                    continue;
                runLength[size_t(from)] = int(len);
                for (qsizetype k = from; k < from + len; ++k)
                    taken[size_t(k)] = true;
                starts.push_back(from);
                costs.push_back(m.autospace - m.letterSpacing);
                break;
            }
        }
        // A change of face without autospace (a comma, a bracket, a percent sign next to Chinese)
        // still ends a run there and so loses a letter spacing: the nearest narrower run takes it.
        if (!starts.empty()) {
            for (qsizetype i = 0; i + 1 < n; ++i) {
                if (latinFace(i) == latinFace(i + 1) || autospaced(i) || (!letter(i) && !letter(i + 1)))
                    continue;
                size_t best = 0;
                for (size_t k = 1; k < starts.size(); ++k) {
                    if (std::abs(starts[k] - i) < std::abs(starts[best] - i))
                        best = k;
                }
                if (std::abs(starts[best] - i) <= 2 * profile.charsPerLine)
                    costs[best] -= m.letterSpacing;
            }
        }
        // LibreOffice narrows a gap by at most a sixth of the size.
        const int floorSpacing = -qRound(m.bodySize * 10 / 6.0);
        for (size_t k = 0; k < starts.size(); ++k) {
            const int gaps = runLength[size_t(starts[k])] - 1;
            runSpacing[size_t(starts[k])] = std::max(floorSpacing, m.letterSpacing - (costs[k] + gaps - 1) / gaps);
        }
    }

    qsizetype from = 0;
    while (from < n || (n == 0 && from == 0)) {
        qsizetype to = from;
        const bool narrow = n > 0 && runLength[size_t(from)] > 0;
        if (narrow) {
            to = from + runLength[size_t(from)];
        } else {
            while (to < n && latinFace(to) == latinFace(from) && runLength[size_t(to)] == 0)
                ++to;
            if (to == from)
                ++to;
        }
        const bool face = n > 0 && latinFace(from);
        x << "<w:r><w:rPr>";
        if (charStyle)
            x << "<w:rStyle w:val=\"" << charStyle << "\"/>";
        fonts(x, role, false, face ? FaceSlot::Latin : FaceSlot::Chinese);
        if (narrow) {
            x << "<mc:AlternateContent><mc:Choice Requires=\"w15\"><w:spacing w:val=\"" << m.letterSpacing
              << "\"/></mc:Choice><mc:Fallback><w:spacing w:val=\"" << runSpacing[size_t(from)]
              << "\"/></mc:Fallback></mc:AlternateContent>";
        }
        x << "</w:rPr>";
        qsizetype textFrom = from;
        auto flush = [&](qsizetype end) {
            if (end > textFrom) {
                x << "<w:t xml:space=\"preserve\">";
                x.text(safe.mid(textFrom, end - textFrom));
                x << "</w:t>";
            }
        };
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = safe.at(i);
            if (c == u'\t' || c == u'\n' || c == u'\r') {
                flush(i);
                if (c == u'\t')
                    x << "<w:tab/>";
                else if (c == u'\n')
                    x << "<w:br/>";
                textFrom = i + 1;
            }
        }
        flush(to);
        x << "</w:r>";
        if (n == 0)
            break;
        from = to;
    }
}

void DocxBuilder::paragraph(Xml &x, const Block &block, bool keepWithNext)
{
    const char *pStyle = style::Normal;
    FontRole role = FontRole::Body;
    switch (block.kind) {
    case BlockKind::Title: pStyle = style::Title; role = FontRole::Title; break;
    case BlockKind::DetailLine:
    case BlockKind::Addressee: pStyle = style::Addressee; break;
    case BlockKind::PartHeading: pStyle = style::Heading1; role = FontRole::Heading1; break;
    case BlockKind::SectionHeading: pStyle = style::Heading2; role = FontRole::Heading2; break;
    case BlockKind::Paragraph: break;
    case BlockKind::Signature: pStyle = style::Signature; break;
    case BlockKind::Date: pStyle = style::Date; break;
    }
    x << "<w:p><w:pPr><w:pStyle w:val=\"" << pStyle << "\"/>";
    if (keepWithNext)
        x << "<w:keepNext/>";
    x << "</w:pPr>";
    if (block.kind == BlockKind::Title) {
        runs(x, balancedTitle(block.text()), nullptr, role);
    } else {
        for (const Run &run : block.runs) {
            if (run.text.isEmpty())
                continue;
            const bool lead = run.role == RunRole::SectionNumber || run.role == RunRole::SectionLead;
            if (block.kind == BlockKind::Paragraph && lead)
                runs(x, run.text, style::Heading2Char, FontRole::Heading2);  // a run-in lead sentence
            else
                runs(x, run.text, nullptr, role);
        }
    }
    x << "</w:p>";
}

QByteArray DocxBuilder::document()
{
    Xml x;
    x << kXmlDecl << "<w:document xmlns:w=\"" << kW << "\" xmlns:r=\"" << kR << "\"" << kMceNamespaces
      << " mc:Ignorable=\"w15\"><w:body>";
    const QList<Block> &blocks = layout.blocks;
    for (int i = 0; i < blocks.size(); ++i) {
        // The last body paragraph goes with the signature, so the signature never stands alone on a page.
        const bool keep = i + 1 < blocks.size() && blocks.at(i + 1).kind == BlockKind::Signature;
        paragraph(x, blocks.at(i), keep);
    }
    // Footer references first, docGrid last (schema order of CT_SectPr).
    x << "<w:sectPr>"
      << "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
      << "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>";
    x << "<w:pgSz" ;
    x.attr("w:w", m.pageWidth).attr("w:h", m.pageHeight);
    x << "/><w:pgMar";
    x.attr("w:top", m.marginTop).attr("w:right", m.marginRight).attr("w:bottom", m.marginBottom)
        .attr("w:left", m.marginLeft).attr("w:header", m.footerDistance).attr("w:footer", m.footerDistance)
        .attr("w:gutter", 0);
    x << "/><w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/><w:cols w:space=\"425\"/>";
    x << "<w:docGrid w:type=\"lines\"";
    x.attr("w:linePitch", m.linePitch);
    x << "/></w:sectPr></w:body></w:document>";
    return x.buf;
}

QByteArray DocxBuilder::styles() const
{
    Xml x;
    const int pitch = m.linePitch;
    auto spacingExact = [&](Xml &o, int before, int after) {
        o << "<w:spacing";
        o.attr("w:before", before).attr("w:after", after).attr("w:line", pitch);
        o << " w:lineRule=\"exact\"/>";
    };
    auto noIndent = [](Xml &o) { o << "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"; };
    auto name = [](Xml &o, const QString &n) { o << "<w:name"; o.attr("w:val", n); o << "/>"; };
    auto placement = [](Xml &o, const Placement &p) {
        o << "<w:ind" << (p.rightAligned ? " w:right=\"" : " w:left=\"") << p.indent
          << "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"" << (p.rightAligned ? "right" : "left")
          << "\"/>";
    };

    x << kXmlDecl << "<w:styles xmlns:w=\"" << kW << "\"" << kMceNamespaces << " mc:Ignorable=\"w15\">";
    // Defaults: Chinese runs in the body font, Latin in Times New Roman, Chinese language.
    x << "<w:docDefaults><w:rPrDefault><w:rPr>";
    fonts(x, FontRole::Body);
    x << "<w:sz w:val=\"" << m.bodySize << "\"/><w:szCs w:val=\"" << m.bodySize << "\"/>"
      << "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
      << "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>";
    x << kLineRules;
    spacingExact(x, 0, 0);
    x << "<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>";

    // 正文: 3号 仿宋, first line indented two characters, exact line pitch, justified.
    x << "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"" << style::Normal << "\">";
    name(x, QStringLiteral("Normal"));
    x << "<w:qFormat/><w:pPr>" << kLineRules;
    spacingExact(x, 0, 0);
    x << "<w:ind";
    x.attr("w:firstLineChars", profile.firstLineIndentChars * 100).attr("w:firstLine", m.firstLineIndent);
    x << "/><w:jc w:val=\"both\"/></w:pPr><w:rPr>";
    fonts(x, FontRole::Body);
    x << "<w:spacing w:val=\"" << m.letterSpacing << "\"/>"
      << "<w:sz w:val=\"" << m.bodySize << "\"/><w:szCs w:val=\"" << m.bodySize << "\"/>"
      << "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:style>";

    x << "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">";
    name(x, QStringLiteral("Default Paragraph Font"));
    x << "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>";

    // 公文标题: 2号 小标宋, centred, one blank line below.
    x << "<w:style w:type=\"paragraph\" w:styleId=\"" << style::Title << "\">";
    name(x, QStringLiteral("公文标题"));
    // Off the line grid: LibreOffice otherwise gives each 22 pt line two grid lines.
    x << "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"
      << "<w:snapToGrid w:val=\"0\"/>";
    spacingExact(x, 0, pitch);
    noIndent(x);
    x << "<w:jc w:val=\"center\"/></w:pPr><w:rPr>";
    // No w:b: the reader's fonts decide, and Word and LibreOffice fake a bold for 小标宋 and 宋体, which
    // have none. The PDF is regular with those too; only a stand-in with a real bold (Noto) gets bold.
    fonts(x, FontRole::Title);
    x << "<w:spacing w:val=\"0\"/><w:sz w:val=\"" << m.titleSize << "\"/><w:szCs w:val=\"" << m.titleSize
      << "\"/></w:rPr></w:style>";

    // 主送机关: flush left.
    x << "<w:style w:type=\"paragraph\" w:styleId=\"" << style::Addressee << "\">";
    name(x, QStringLiteral("主送机关"));
    x << "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>";
    noIndent(x);
    x << "</w:pPr></w:style>";

    // 一级标题 (一、 黑体) and 二级标题 （一） 楷体), with character styles for run-in leads.
    struct Heading {
        const char *id;
        const char *charId;
        const char16_t *name;
        const char16_t *charName;
        FontRole role;
        int outline;
    };
    const Heading headings[] = {
        {style::Heading1, style::Heading1Char, u"一级标题", u"一级标题字符", FontRole::Heading1, 0},
        {style::Heading2, style::Heading2Char, u"二级标题", u"二级标题字符", FontRole::Heading2, 1},
    };
    for (const Heading &h : headings) {
        x << "<w:style w:type=\"paragraph\" w:styleId=\"" << h.id << "\">";
        name(x, QString::fromUtf16(h.name));
        x << "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:link w:val=\"" << h.charId
          << "\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"" << h.outline << "\"/></w:pPr><w:rPr>";
        fonts(x, h.role);
        x << "</w:rPr></w:style>";
        x << "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"" << h.charId << "\">";
        name(x, QString::fromUtf16(h.charName));
        x << "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:link w:val=\"" << h.id << "\"/><w:qFormat/><w:rPr>";
        fonts(x, h.role);
        x << "</w:rPr></w:style>";
    }

    // 署名: one blank line after the body, right-aligned with characters to spare.
    x << "<w:style w:type=\"paragraph\" w:styleId=\"" << style::Signature << "\">";
    name(x, QStringLiteral("署名"));
    x << "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"" << style::Date << "\"/><w:qFormat/><w:pPr><w:keepNext/>";
    spacingExact(x, pitch, 0);
    placement(x, signaturePlace);
    x << "</w:pPr></w:style>";

    // 成文日期: under the signature, starting two characters right of the signature's start.
    x << "<w:style w:type=\"paragraph\" w:styleId=\"" << style::Date << "\">";
    name(x, QStringLiteral("成文日期"));
    x << "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>";
    placement(x, datePlace);
    x << "</w:pPr></w:style>";

    // Page number line: 4号 宋体, as high as its font.
    x << "<w:style w:type=\"paragraph\" w:styleId=\"" << style::Footer << "\">";
    name(x, QStringLiteral("footer"));
    x << "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr>"
      << "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" << m.footerLine << "\" w:lineRule=\"exact\"/>";
    noIndent(x);
    x << "</w:pPr><w:rPr>";
    fonts(x, FontRole::PageNumber, true);
    x << "<w:spacing w:val=\"0\"/><w:sz w:val=\"" << m.pageNumberSize << "\"/><w:szCs w:val=\""
      << m.pageNumberSize << "\"/></w:rPr></w:style>";

    x << "</w:styles>";
    return x.buf;
}

// "— 1 —" with a complete PAGE field; odd pages right, even pages left, one character inset.
QByteArray DocxBuilder::footer(bool odd) const
{
    Xml x;
    x << kXmlDecl << "<w:ftr xmlns:w=\"" << kW << "\" xmlns:r=\"" << kR << "\"><w:p><w:pPr><w:pStyle w:val=\""
      << style::Footer << "\"/>";
    if (odd)
        x << "<w:ind w:right=\"" << m.pageNumberCell << "\" w:rightChars=\"100\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>";
    else
        x << "<w:ind w:left=\"" << m.pageNumberCell << "\" w:leftChars=\"100\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>";
    x << "</w:pPr>";
    Xml rpr;
    rpr << "<w:rPr>";
    fonts(rpr, FontRole::PageNumber, true);
    rpr << "</w:rPr>";
    const QByteArray r = "<w:r>" + rpr.buf;
    x << r.constData() << "<w:t xml:space=\"preserve\">";
    x.text(QStringLiteral("— "));
    x << "</w:t></w:r>";
    x << r.constData() << "<w:fldChar w:fldCharType=\"begin\"/></w:r>";
    x << r.constData() << "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>";
    x << r.constData() << "<w:fldChar w:fldCharType=\"separate\"/></w:r>";
    x << r.constData() << "<w:t>" << (odd ? 1 : 2) << "</w:t></w:r>";
    x << r.constData() << "<w:fldChar w:fldCharType=\"end\"/></w:r>";
    x << r.constData() << "<w:t xml:space=\"preserve\">";
    x.text(QStringLiteral(" —"));
    x << "</w:t></w:r></w:p></w:ftr>";
    return x.buf;
}

QByteArray DocxBuilder::settings() const
{
    Xml x;
    // Children in CT_Settings order.
    x << kXmlDecl << "<w:settings xmlns:w=\"" << kW << "\">"
      << "<w:zoom w:percent=\"100\"/>"
      << "<w:defaultTabStop w:val=\"" << m.bodyCell * 2 << "\"/>"
      << "<w:evenAndOddHeaders/>"
      // Full-width punctuation keeps its full cell, so lines stay on the 28-character grid.
      << "<w:characterSpacingControl w:val=\"doNotCompress\"/>";
    // The line-breaking lists of render/LineBreaking (the PDF's), for Chinese text.
    auto list = [&](const char *element, const QSet<char32_t> &set) {
        std::vector<char32_t> cps(set.begin(), set.end());
        std::sort(cps.begin(), cps.end());
        x << "<w:" << element << " w:lang=\"zh-CN\"";
        x.attr("w:val", QString::fromUcs4(cps.data(), qsizetype(cps.size())));
        x << "/>";
    };
    list("noLineBreaksAfter", noLineEnd());
    list("noLineBreaksBefore", noLineStart());
    x << "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      << "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
      << "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
      << "</w:settings>";
    return x.buf;
}

QByteArray DocxBuilder::fontTable() const
{
    Xml x;
    x << kXmlDecl << "<w:fonts xmlns:w=\"" << kW << "\">";
    QStringList declared;
    // The Latin font first, then each role's font with the Windows font to use when it is missing.
    const FontRole roles[] = {FontRole::Latin, FontRole::Body, FontRole::Title, FontRole::Heading1,
                              FontRole::Heading2, FontRole::PageNumber};
    for (FontRole role : roles) {
        const QStringList &chain = profile.chain(role).families;
        if (chain.isEmpty() || declared.contains(chain.first()))
            continue;
        const QString family = chain.first();
        declared.append(family);
        QString alt;
        for (int i = 1; i < chain.size() && alt.isEmpty(); ++i) {
            if (isWindowsCoreFont(chain.at(i)))
                alt = chain.at(i);
        }
        const bool chinese = role != FontRole::Latin;
        x << "<w:font";
        x.attr("w:name", family);
        x << ">";
        if (!alt.isEmpty()) {
            x << "<w:altName";
            x.attr("w:val", alt);
            x << "/>";
        }
        // CT_Font order: altName, panose1, charset, family, notTrueType, pitch.
        if (chinese)
            x << "<w:charset w:val=\"86\"/><w:family w:val=\"" << (role == FontRole::Heading1 ? "modern" : "roman")
              << "\"/><w:pitch w:val=\"variable\"/>";
        else
            x << "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>";
        x << "</w:font>";
    }
    x << "</w:fonts>";
    return x.buf;
}

QByteArray DocxBuilder::contentTypes() const
{
    Xml x;
    const char *wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    x << kXmlDecl << "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      << "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      << "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      << "<Override PartName=\"/word/document.xml\" ContentType=\"" << wml << "document.main+xml\"/>"
      << "<Override PartName=\"/word/styles.xml\" ContentType=\"" << wml << "styles+xml\"/>"
      << "<Override PartName=\"/word/settings.xml\" ContentType=\"" << wml << "settings+xml\"/>"
      << "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" << wml << "fontTable+xml\"/>"
      << "<Override PartName=\"/word/footer1.xml\" ContentType=\"" << wml << "footer+xml\"/>"
      << "<Override PartName=\"/word/footer2.xml\" ContentType=\"" << wml << "footer+xml\"/>"
      << "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      << "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      << "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
      << "</Types>";
    return x.buf;
}

QByteArray DocxBuilder::packageRels() const
{
    Xml x;
    const char *od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    x << kXmlDecl << "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      << "<Relationship Id=\"rId1\" Type=\"" << od << "officeDocument\" Target=\"word/document.xml\"/>"
      << "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      << "<Relationship Id=\"rId3\" Type=\"" << od << "extended-properties\" Target=\"docProps/app.xml\"/>"
      << "<Relationship Id=\"rId4\" Type=\"" << od << "custom-properties\" Target=\"docProps/custom.xml\"/>"
      << "</Relationships>";
    return x.buf;
}

QByteArray DocxBuilder::documentRels() const
{
    Xml x;
    const char *od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    x << kXmlDecl << "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      << "<Relationship Id=\"rIdStyles\" Type=\"" << od << "styles\" Target=\"styles.xml\"/>"
      << "<Relationship Id=\"rIdSettings\" Type=\"" << od << "settings\" Target=\"settings.xml\"/>"
      << "<Relationship Id=\"rIdFontTable\" Type=\"" << od << "fontTable\" Target=\"fontTable.xml\"/>"
      << "<Relationship Id=\"rIdFooterOdd\" Type=\"" << od << "footer\" Target=\"footer1.xml\"/>"
      << "<Relationship Id=\"rIdFooterEven\" Type=\"" << od << "footer\" Target=\"footer2.xml\"/>"
      << "</Relationships>";
    return x.buf;
}

// A published file carries no personal metadata: no author, last modified by, company, template,
// revision number, edit times or comments; Word's "inspect document" finds nothing to remove. The
// core properties say what the document is (title, language), the extended ones what wrote it, and
// the custom ones hold the report's own published details (below).
QByteArray DocxBuilder::coreProps() const
{
    Xml x;
    x << kXmlDecl
      << "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
         " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    x << "<dc:title>";
    x.text(layout.title);
    x << "</dc:title><dc:language>zh-CN</dc:language>";
    x << "</cp:coreProperties>";
    return x.buf;
}

QByteArray DocxBuilder::appProps() const
{
    Xml x;
    x << kXmlDecl
      << "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
         " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      << "<Application>Fazhi Report</Application><DocSecurity>0</DocSecurity></Properties>";
    return x.buf;
}

// Details the page does not print, so that import restores them (see DocxImporter): all of them the
// report's own (its id, organization, year, title and signature as stored, source, publication date
// and address), none of them a person's.
QByteArray DocxBuilder::customProps() const
{
    Xml x;
    x << kXmlDecl
      << "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
         " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">";
    int pid = 2;  // pids start at 2
    auto property = [&](const char *name, const QString &value) {
        x << "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\"";
        x.attr("pid", pid++);
        x << " name=\"" << name << "\"><vt:lpwstr>";
        x.text(value);
        x << "</vt:lpwstr></property>";
    };
    const ReportDetails &d = report.details;
    property("FazhiReportId", report.id.toString(QUuid::WithoutBraces));
    property("FazhiOrganization", d.organization);
    property("FazhiYear", d.year > 0 ? QString::number(d.year) : QString());
    // Title and signature as stored: empty means "generated", which the printed text cannot say.
    property("FazhiTitle", d.title);
    property("FazhiSignature", d.signature);
    property("FazhiSource", d.source);
    property("FazhiPublishedOn", d.publishedOn);
    property("FazhiPublicationUrl", d.publicationUrl);
    x << "</Properties>";
    return x.buf;
}

Result<QByteArray> DocxBuilder::build()
{
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRels()},
        {QStringLiteral("word/document.xml"), document()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRels()},
        {QStringLiteral("word/styles.xml"), styles()},
        {QStringLiteral("word/settings.xml"), settings()},
        {QStringLiteral("word/fontTable.xml"), fontTable()},
        {QStringLiteral("word/footer1.xml"), footer(true)},
        {QStringLiteral("word/footer2.xml"), footer(false)},
        {QStringLiteral("docProps/core.xml"), coreProps()},
        {QStringLiteral("docProps/app.xml"), appProps()},
        {QStringLiteral("docProps/custom.xml"), customProps()},
    };
    return zipParts(parts, Tr::tr("The Word document could not be assembled."));
}

}  // namespace

Result<QByteArray> renderDocx(const Report &report, const DocumentLayout &layout, const PageProfile &profile)
{
    return DocxBuilder(report, layout, profile).build();
}

Result<QByteArray> formatAsDocx(const Report &report, const ExportOptions &options)
{
    return renderDocx(report, buildLayout(report, LayoutTarget::Document), options.profile);
}

}  // namespace fazhi
