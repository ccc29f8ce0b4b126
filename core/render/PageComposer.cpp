#include "PageComposer.h"

#include "render/FontResolver.h"
#include "render/GlyphCoverage.h"
#include "render/LineBreaking.h"
#include "util/Translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <vector>

// How the page is built
// ---------------------
// Every block becomes a list of characters with their font and advance (measured once per distinct
// character and font). Lines are broken here, not by QTextLayout: Qt follows UAX #14, which forbids
// breaking around “ ” and so leaves ragged gaps in Chinese text, and a QTextLine cannot be told where
// to end. Our breaker fills the 28-character grid and applies the Simplified Chinese line-breaking
// rules (Word's default lists: no line starts with ，。、；：？！）》” …, none ends with （《“ …,
// —— and …… stay whole, Latin words and numbers are not split).
// Each line is then shaped by its own QTextLayout (its formats carry the fonts of the runs) and drawn
// as glyph runs at positions we compute: the grid's letter spacing and the justification are ours,
// so they do not depend on how a platform scales QFont::letterSpacing. Lines are placed on a fixed
// grid of 22 slots per page.

namespace fazhi {

namespace {

// 2 device units per point. Qt rounds a font's pixel size to a whole number: at QPdfWriter's default
// 1200 dpi 16 pt becomes 267 px instead of 266.67 and 28 characters overflow the line; at 144 dpi
// every size in half-point steps is exact. Sizes also stay below 64 px, above which Qt's FreeType
// engine stops caching glyph metrics (at 7200 dpi an export took four times as long). Positions are
// QFixed (1/64 unit), so 1/128 pt.
constexpr int kDpi = kPageDpi;
constexpr double kUnitsPerPt = kPageUnitsPerPt;

// Chinese faces draw ideographs in an em box from −0.12 em to +0.88 em around the baseline; the page
// number's 一字线 is drawn at the em box's middle.
constexpr double kIdeographicAscent = 0.88;
constexpr double kIdeographicMiddle = kIdeographicAscent - 0.5;

// Where a line sits in its grid row: Word and LibreOffice put the baseline of a line of exact height
// at 4/5 of it (LibreOffice: SwTextFormatter::CalcRealHeight, LINE_SPACE_FIX), so a .docx printed
// from Word has its text there. Ours does too, title included: the 16 pt em box starts 9.1 pt below
// the row's top and ends 3.9 pt above the next, well inside the text block.
constexpr double kRowBaseline = 0.8;

// Rounding slack when deciding whether text fits a width: 28 grid cells fill the line exactly.
constexpr double kFitTolerance = 0.05 * kUnitsPerPt;

constexpr char32_t kForcedBreak = 0x2028;  // LINE SEPARATOR: a line break typed inside a paragraph

double ptToUnits(double pt)
{
    return pt * kUnitsPerPt;
}
double mmToUnits(double mm)
{
    return ptToUnits(PageProfile::mmToPt(mm));
}


// ---------------------------------------------------------------------------------------------------
// Text clean-up: what reaches the page is what a reader can copy back.

// Tabs become spaces, line breaks forced breaks, other control characters, non-characters and BOMs
// are dropped, lone surrogates become U+FFFD.
QString sanitize(const QString &in, bool keepBreaks)
{
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = in.at(i);
        const char16_t u = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < n && in.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += in.at(++i);
            continue;
        }
        if (ch.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (u == u'\r' && i + 1 < n && in.at(i + 1) == u'\n')
            continue;  // the \n that follows makes the break
        if (u == u'\n' || u == u'\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029) {
            out += keepBreaks ? QChar(char16_t(kForcedBreak)) : QChar(u' ');
            continue;
        }
        if (u == u'\t') {
            out += QLatin1Char(' ');
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += ch;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Fonts of the document, with a cache of character advances.

struct FontKey {
    FontRole role;
    FamilyOrder order;
    QString fallback;  // a family that draws characters the role's fonts lack; empty for the role's own
    bool operator==(const FontKey &o) const { return role == o.role && order == o.order && fallback == o.fallback; }
};

class FontTable {
public:
    FontTable(const PageProfile &profile, QPaintDevice *device) : m_profile(profile), m_device(device) {}

    int index(FontRole role, FamilyOrder order, const QString &fallback = QString())
    {
        for (int i = 0; i < int(m_keys.size()); ++i) {
            if (m_keys[i] == FontKey{role, order, fallback})
                return i;
        }
        QFont font = makeFont(m_profile, role, sizePt(role), order);
        if (!fallback.isEmpty())
            font.setFamilies({fallback});
        m_keys.push_back({role, order, fallback});
        m_fonts.push_back(font);
        QTextCharFormat format;
        format.setFont(font, QTextCharFormat::FontPropertiesAll);
        m_formats.push_back(format);
        return int(m_keys.size()) - 1;
    }

    double sizePt(FontRole role) const
    {
        switch (role) {
        case FontRole::Title: return m_profile.titleSizePt;
        case FontRole::PageNumber: return m_profile.pageNumberSizePt;
        default: return m_profile.bodySizePt;
        }
    }

    // Whether one of the font's own families has `c` (Qt's font merging would otherwise pick some
    // face, or none, on its own).
    bool covers(int font, char32_t c)
    {
        const quint64 key = (quint64(font) << 32) | c;
        auto it = m_covers.constFind(key);
        if (it != m_covers.constEnd())
            return *it;
        bool has = false;
        for (const QString &family : m_fonts[size_t(font)].families()) {
            if (familyHasCharacter(family, c)) {
                has = true;
                break;
            }
        }
        m_covers.insert(key, has);
        return has;
    }

    // The font that draws `c` for the role: `font`, or one of another installed family that has it
    // (render/GlyphCoverage); `font` when no installed family has it.
    int drawing(int font, char32_t c)
    {
        if (c < 0x20 || c == U' ' || canSkipGlyph(c) || covers(font, c))
            return font;
        const QString family = fallbackFamilyFor(c);
        if (family.isEmpty())
            return font;
        const FontKey key = m_keys[size_t(font)];
        return index(key.role, key.order, family);
    }

    static bool canSkipGlyph(char32_t c) { return c == kForcedBreak || (c >= 0x200B && c <= 0x200F) || c == 0xFEFF; }

    // Advance of one character in device units, without letter spacing.
    double advance(int font, char32_t c)
    {
        const quint64 key = (quint64(font) << 32) | c;
        auto it = m_advances.constFind(key);
        if (it != m_advances.constEnd())
            return *it;
        // Measured exactly as drawLine lays text out (design metrics, same font merging).
        QTextLayout layout(QString::fromUcs4(&c, 1), m_fonts[size_t(font)], m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        double a = 0;
        if (line.isValid()) {
            line.setLineWidth(1e6);
            // The pen position after the character; naturalTextWidth() adds bearing slop.
            a = line.cursorToX(layout.text().size());
        }
        layout.endLayout();
        m_advances.insert(key, a);
        return a;
    }

    const QFont &font(int i) const { return m_fonts[size_t(i)]; }
    const QTextCharFormat &format(int i) const { return m_formats[size_t(i)]; }
    QPaintDevice *device() const { return m_device; }

private:
    const PageProfile &m_profile;
    QPaintDevice *m_device;
    std::vector<FontKey> m_keys;
    std::vector<QFont> m_fonts;
    std::vector<QTextCharFormat> m_formats;
    QHash<quint64, double> m_advances;
    QHash<quint64, bool> m_covers;
};

FontRole fontRoleFor(BlockKind kind, RunRole role)
{
    if (kind == BlockKind::Title)
        return FontRole::Title;
    switch (role) {
    case RunRole::PartNumber:
    case RunRole::PartHeading: return FontRole::Heading1;
    case RunRole::SectionNumber:
    case RunRole::SectionLead: return FontRole::Heading2;
    case RunRole::Text:
    case RunRole::PointNumber: return FontRole::Body;
    }
    return FontRole::Body;
}

// ---------------------------------------------------------------------------------------------------
// Prepared text: a block's characters with fonts and advances.

struct Char {
    int pos = 0;  // index in PreparedText::text
    int len = 1;  // 2 for a surrogate pair
    char32_t cp = 0;
    int font = 0;
    double advance = 0;  // device units, without letter spacing
};

struct PreparedText {
    QString text;
    std::vector<Char> chars;
    double letterSpacing = 0;  // device units added after every character (the character grid)
    double sizePt = 0;
    FontRole role = FontRole::Body;  // the role whose size the text has

    // Width of chars [from, to) on the character grid: advances plus letter spacing.
    double cellWidth(int from, int to) const
    {
        double w = 0;
        for (int i = from; i < to; ++i)
            w += chars[size_t(i)].advance + letterSpacing;
        return w;
    }
};

void appendText(PreparedText &out, FontTable &fonts, const QString &raw, FontRole role, bool keepBreaks,
                bool cjkFirstAlways = false)
{
    const QString clean = sanitize(raw, keepBreaks);
    const int latinFirst = fonts.index(role, cjkFirstAlways ? FamilyOrder::CjkFirst : FamilyOrder::LatinFirst);
    const int cjkFirst = fonts.index(role, FamilyOrder::CjkFirst);
    const int base = int(out.text.size());
    out.text += clean;
    for (int i = 0; i < clean.size();) {
        Char c;
        c.pos = base + i;
        if (clean.at(i).isHighSurrogate() && i + 1 < clean.size()) {
            c.cp = QChar::surrogateToUcs4(clean.at(i), clean.at(i + 1));
            c.len = 2;
        } else {
            c.cp = clean.at(i).unicode();
        }
        i += c.len;
        // Chinese punctuation that Latin fonts also have (“ ” — … ‰ ℃) must come from the Chinese
        // face, full width; digits and Latin letters from the Latin face.
        c.font = fonts.drawing(c.cp >= 0x2000 ? cjkFirst : latinFirst, c.cp);
        c.advance = c.cp == kForcedBreak ? 0 : fonts.advance(c.font, c.cp);
        out.chars.push_back(c);
    }
}

PreparedText prepareBlock(const Block &block, FontTable &fonts, const PageProfile &profile)
{
    PreparedText t;
    const FontRole sizeRole = block.kind == BlockKind::Title ? FontRole::Title : FontRole::Body;
    t.sizePt = fonts.sizePt(sizeRole);
    t.role = sizeRole;
    // Body-size text sits on the 28-character grid; the title is set with the font's own spacing.
    t.letterSpacing = sizeRole == FontRole::Body ? ptToUnits(profile.letterSpacingPt()) : 0.0;
    for (const Run &run : block.runs)
        appendText(t, fonts, run.text, fontRoleFor(block.kind, run.role), block.kind != BlockKind::Title);
    return t;
}

// ---------------------------------------------------------------------------------------------------
// Line breaking.

struct LineRange {
    int from = 0;
    int to = 0;            // exclusive; trailing spaces and a forced break are included but not drawn
    bool endsParagraph = false;  // last line of the paragraph or before a forced break: not justified
};

// Breaks chars [from, to) into lines; the first line has `firstWidth`, later ones `width`.
std::vector<LineRange> breakLines(const PreparedText &t, int from, int to, double firstWidth, double width,
                                  bool noBreakAfterDigit = false)
{
    std::vector<LineRange> lines;
    int start = from;
    while (start < to) {
        const double avail = (lines.empty() ? firstWidth : width) + kFitTolerance;
        double w = 0;
        int end = start;
        bool forced = false;
        while (end < to) {
            const Char &c = t.chars[size_t(end)];
            if (c.cp == kForcedBreak) {
                forced = true;
                break;
            }
            if (c.cp != U' ' && w + c.advance + t.letterSpacing > avail)
                break;
            w += c.advance + t.letterSpacing;
            ++end;
        }
        if (forced) {
            lines.push_back({start, end + 1, true});
            start = end + 1;
            continue;
        }
        if (end >= to) {
            lines.push_back({start, to, true});
            break;
        }
        // `end` does not fit. Push characters to the next line until the break is allowed.
        int brk = end;
        auto allowed = [&](int at) {
            const char32_t a = t.chars[size_t(at - 1)].cp;
            const char32_t c = t.chars[size_t(at)].cp;
            if (noBreakAfterDigit && a >= U'0' && a <= U'9')
                return false;
            return canBreakBetween(a, c);
        };
        while (brk > start && !allowed(brk))
            --brk;
        if (brk <= start)
            brk = std::max(end, start + 1);  // nothing allowed (a very long word): break where it fills
        // Spaces after the break hang at the end of this line.
        while (brk < to && t.chars[size_t(brk)].cp == U' ')
            ++brk;
        lines.push_back({start, brk, false});
        start = brk;
    }
    if (lines.empty())
        lines.push_back({from, to, true});
    return lines;
}

// Draw range of a line: without the trailing spaces and forced break.
int visibleEnd(const PreparedText &t, const LineRange &line)
{
    int end = line.to;
    while (end > line.from
           && (t.chars[size_t(end - 1)].cp == U' ' || t.chars[size_t(end - 1)].cp == kForcedBreak))
        --end;
    return end;
}

// A title of several lines is set in balanced lines (render/LineBreaking: the same as the Word
// document and the preview).
std::vector<LineRange> balanceTitle(const PreparedText &t, double width, const QString &organization)
{
    std::vector<SetChar> chars;
    chars.reserve(t.chars.size());
    for (const Char &c : t.chars)
        chars.push_back({c.cp, c.advance + t.letterSpacing, c.pos});
    const std::vector<CharRange> ranges = fazhi::balanceTitle(t.text, chars, width, ptToUnits(t.sizePt),
                                                              sanitize(organization, false), kFitTolerance);
    std::vector<LineRange> lines;
    for (size_t k = 0; k < ranges.size(); ++k)
        lines.push_back({ranges[k].from, ranges[k].to, k + 1 == ranges.size()});
    return lines;
}

// ---------------------------------------------------------------------------------------------------
// Line items and pagination.

enum class Align { Justify, Left, Center, Right };

struct LineItem {
    int text = -1;  // index into the prepared texts; -1 for a blank line
    LineRange range;
    double x = 0;      // left edge relative to the text block (indent, or computed for the signature)
    double width = 0;  // available width from x
    Align align = Align::Left;
    bool keepWithNext = false;
    // Lines of a body paragraph know their place in it, for widow and orphan control.
    int lineInParagraph = -1;  // -1: not a paragraph line
    int paragraphLines = 0;
};

class Composer {
public:
    // Lays out with `metrics`, a device at kDpi.
    Composer(const DocumentLayout &layout, const PageProfile &profile, QPaintDevice *metrics)
        : m_layout(layout), m_profile(profile), m_fonts(profile, metrics)
    {
        m_left = mmToUnits(profile.marginLeftMm);
        m_top = mmToUnits(profile.marginTopMm);
        m_lineWidth = mmToUnits(profile.textWidthMm());
        m_pitch = ptToUnits(profile.linePitchPt());
        m_charPitch = ptToUnits(profile.charPitchPt());
        m_latinFamily = resolveFont(profile, FontRole::Latin).family;
    }

    PageModel compose()
    {
        buildItems();
        paginate();
        PageModel model;
        model.widthPt = PageProfile::mmToPt(m_profile.paperWidthMm);
        model.heightPt = PageProfile::mmToPt(m_profile.paperHeightMm);
        model.title = sanitize(m_layout.title, false);
        for (int page = 0; page < int(m_pages.size()); ++page) {
            m_page = &model.pages.emplace_back();
            if (page == 0)
                drawTitle();
            for (const auto &[item, slot] : m_pages[size_t(page)]) {
                const LineItem &line = m_items[size_t(item)];
                if (line.text < 0)
                    continue;
                const PreparedText &t = m_texts[size_t(line.text)];
                const double baseline = m_top + (slot + kRowBaseline) * m_pitch;
                drawLine(t, line, baseline, t.role);
            }
            drawPageNumber(page + 1);
        }
        m_page = nullptr;
        return model;
    }

private:
    int addText(PreparedText t)
    {
        m_texts.push_back(std::move(t));
        return int(m_texts.size()) - 1;
    }

    void addLines(int text, const std::vector<LineRange> &ranges, double firstIndent, double indent,
                  Align align, bool keepWithNext, bool paragraph = false)
    {
        for (size_t i = 0; i < ranges.size(); ++i) {
            LineItem item;
            if (paragraph) {
                item.lineInParagraph = int(i);
                item.paragraphLines = int(ranges.size());
            }
            item.text = text;
            item.range = ranges[i];
            item.x = i == 0 ? firstIndent : indent;
            item.width = m_lineWidth - item.x;
            item.align = align == Align::Justify && ranges[i].endsParagraph ? Align::Left : align;
            item.keepWithNext = keepWithNext;
            m_items.push_back(item);
        }
    }

    void addBlank(bool keepWithNext)
    {
        LineItem item;
        item.keepWithNext = keepWithNext;
        m_items.push_back(item);
    }

    void buildItems()
    {
        const QList<Block> &blocks = m_layout.blocks;
        const double indent = m_profile.firstLineIndentChars * m_charPitch;
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            const Block &block = blocks.at(b);
            if (block.kind == BlockKind::Title && b == 0) {
                m_titleText = addText(prepareBlock(block, m_fonts, m_profile));
                m_titleLines = balanceTitle(m_texts[size_t(m_titleText)], m_lineWidth, m_layout.organization);
                continue;
            }
            if (block.kind == BlockKind::Signature || block.kind == BlockKind::Date) {
                b = addSignature(b);
                continue;
            }
            const int text = addText(prepareBlock(block, m_fonts, m_profile));
            const PreparedText &t = m_texts[size_t(text)];
            const int n = int(t.chars.size());
            switch (block.kind) {
            case BlockKind::Title:  // a second title: centred lines in the title font, on the grid
                addLines(text, breakLines(t, 0, n, m_lineWidth, m_lineWidth), 0, 0, Align::Center, false);
                break;
            case BlockKind::Addressee:
            case BlockKind::DetailLine:
                addLines(text, breakLines(t, 0, n, m_lineWidth, m_lineWidth), 0, 0, Align::Justify, false);
                break;
            case BlockKind::PartHeading:
            case BlockKind::SectionHeading:
                // A standalone heading never ends a page: it keeps with the first line below it.
                addLines(text, breakLines(t, 0, n, m_lineWidth - indent, m_lineWidth), indent, 0, Align::Justify,
                         true);
                break;
            case BlockKind::Paragraph:
            default:
                if (n == 0)
                    addBlank(false);
                else
                    addLines(text, breakLines(t, 0, n, m_lineWidth - indent, m_lineWidth), indent, 0,
                             Align::Justify, false, true);
                break;
            }
        }
    }

    // GB/T 9704 7.3.5.2: one blank line after the body; the signature right-aligned with two
    // characters to spare; the date on the next line, starting two characters right of the
    // signature's start. A date that would then run into the spare space is right-aligned with two
    // characters to spare and the signature moves left with it. Returns the last block consumed.
    qsizetype addSignature(qsizetype b)
    {
        const QList<Block> &blocks = m_layout.blocks;
        const Block &first = blocks.at(b);
        const Block *date = nullptr;
        const Block *signature = nullptr;
        if (first.kind == BlockKind::Signature) {
            signature = &first;
            if (b + 1 < blocks.size() && blocks.at(b + 1).kind == BlockKind::Date)
                date = &blocks.at(++b);
        } else {
            date = &first;
        }
        // The signature block keeps with the last line of the body, so it never stands alone on a page.
        if (!m_items.empty())
            m_items.back().keepWithNext = true;
        addBlank(true);

        const double rightLimit = m_lineWidth - m_profile.signatureRightIndentChars * m_charPitch;
        const double offset = m_profile.dateOffsetChars * m_charPitch;
        auto visualWidth = [](const PreparedText &t) {
            return t.chars.empty() ? 0.0 : t.cellWidth(0, int(t.chars.size())) - t.letterSpacing;
        };
        int sigText = -1, dateText = -1;
        double sigWidth = 0, dateWidth = 0;
        if (signature) {
            sigText = addText(prepareBlock(*signature, m_fonts, m_profile));
            sigWidth = visualWidth(m_texts[size_t(sigText)]);
        }
        if (date) {
            dateText = addText(prepareBlock(*date, m_fonts, m_profile));
            dateWidth = visualWidth(m_texts[size_t(dateText)]);
        }
        double sigX = rightLimit - sigWidth;
        double dateX = signature ? sigX + offset : rightLimit - dateWidth;
        if (dateX + dateWidth > rightLimit + kFitTolerance) {
            dateX = rightLimit - dateWidth;
            sigX = dateX - offset;
        }
        auto place = [&](int text, double x, bool keepWithNext) {
            const PreparedText &t = m_texts[size_t(text)];
            const int n = int(t.chars.size());
            if (x >= 0 && x + t.cellWidth(0, n) - t.letterSpacing <= m_lineWidth + kFitTolerance) {
                LineItem item;
                item.text = text;
                item.range = {0, n, true};
                item.x = x;
                item.width = m_lineWidth - x;
                item.align = Align::Left;
                item.keepWithNext = keepWithNext;
                m_items.push_back(item);
            } else {  // longer than the line: right-aligned lines with the spare characters kept
                addLines(text, breakLines(t, 0, n, rightLimit, rightLimit), 0, 0, Align::Right, keepWithNext);
                for (size_t i = m_items.size(); i-- > 0 && m_items[i].text == text;)
                    m_items[i].width = rightLimit;
            }
        };
        if (sigText >= 0)
            place(sigText, sigX, dateText >= 0);
        if (dateText >= 0)
            place(dateText, dateX, false);
        return b;
    }

    // GB/T 9704 counts the title on the 22-line grid: one grid row a title line, then one blank row,
    // so the body below stays on the same grid as every other page (fixed-layout-rules.md).
    int titleSlots() const
    {
        if (m_titleText < 0 || m_titleLines.empty() || m_texts[size_t(m_titleText)].chars.empty())
            return 0;
        return int(m_titleLines.size());
    }

    double titleLinePitch() const { return m_pitch; }

    // Widow and orphan control, as Word's and LibreOffice's (2 lines): a paragraph split across pages
    // leaves at least two lines at the foot of the page and carries at least two to the next.
    // So a paragraph of two or three lines is never split.
    static int minLinesAtFoot(int paragraphLines) { return paragraphLines <= 3 ? paragraphLines : 2; }

    // The lines of the keep-with-next chain starting at `i` that must share a page: the chain, and
    // when it ends in the first line of a paragraph, as many of its lines as may stand at a foot.
    int chainNeed(int i) const
    {
        const int n = int(m_items.size());
        int j = i;
        while (j + 1 < n && m_items[size_t(j)].keepWithNext)
            ++j;
        const LineItem &last = m_items[size_t(j)];
        int need = j - i + 1;
        if (last.lineInParagraph == 0) {
            const int lines = last.paragraphLines;
            need += minLinesAtFoot(lines) - 1;
            if (lines <= 3)  // never split: what keeps with its last line comes along
                need += tailAfter(j + lines - 1);
        }
        return need;
    }

    // Items after the paragraph's last line that keep with it (the signature block after the body's
    // last paragraph): they must share the page with at least that line.
    int tailAfter(int last) const
    {
        const int n = int(m_items.size());
        int tail = 0;
        for (int j = last; j + 1 < n && m_items[size_t(j)].keepWithNext; ++j)
            ++tail;
        return tail;
    }

    // Where the lines of the paragraph starting at item `first` (placed at `slot`) break onto the next
    // page: at least two lines at the foot and at the head, the last line with what keeps to it.
    void planParagraph(int first, int slot, int perPage, std::vector<bool> &breakBefore) const
    {
        const int lines = m_items[size_t(first)].paragraphLines;
        const int tail = tailAfter(first + lines - 1);
        int placed = 0;
        int room = perPage - slot;
        while (lines - placed + tail > room) {
            int take = std::min(room, lines - placed);
            if (lines - placed - take < 2)
                take = lines - placed - 2;  // no widow: two lines go over
            if (take < 2 && placed == 0 && room < perPage) {
                breakBefore[size_t(first)] = true;  // no orphan: the whole paragraph starts the next page
                room = perPage;
                continue;
            }
            take = std::max(take, 1);
            placed += take;
            breakBefore[size_t(first + placed)] = true;
            room = perPage;
        }
    }

    void paginate()
    {
        const int perPage = std::max(1, m_profile.linesPerPage);
        int slot = 0;
        if (const int title = titleSlots(); title > 0) {
            if (title + 1 < perPage) {
                slot = title + 1;
            } else {  // an absurdly long title: its lines flow on the grid like any others
                std::vector<LineItem> titleItems;
                for (const LineRange &r : m_titleLines) {
                    LineItem item;
                    item.text = m_titleText;
                    item.range = r;
                    item.width = m_lineWidth;
                    item.align = Align::Center;
                    titleItems.push_back(item);
                }
                m_items.insert(m_items.begin(), titleItems.begin(), titleItems.end());
                m_titleLines.clear();
            }
        }
        m_pages.emplace_back();
        const int n = int(m_items.size());
        std::vector<bool> breakBefore(size_t(n) + 1, false);
        for (int i = 0; i < n; ++i) {
            const LineItem &item = m_items[size_t(i)];
            if (item.text < 0 && slot == 0)
                continue;  // no blank line at the top of a page
            const int need = chainNeed(i);
            const bool chainBreak = slot + need > perPage && need <= perPage;
            if (slot > 0 && (chainBreak || breakBefore[size_t(i)])) {
                m_pages.emplace_back();
                slot = 0;
                if (item.text < 0)
                    continue;
            }
            if (item.lineInParagraph == 0 && item.paragraphLines > 1) {
                planParagraph(i, slot, perPage, breakBefore);
                if (breakBefore[size_t(i)] && slot > 0) {
                    m_pages.emplace_back();
                    slot = 0;
                }
            }
            m_pages.back().push_back({i, slot});
            if (++slot >= perPage && i + 1 < n) {
                m_pages.emplace_back();
                slot = 0;
            }
        }
        // Blank lines skipped at the top of a page can leave a last page with nothing on it.
        while (m_pages.size() > 1 && m_pages.back().empty())
            m_pages.pop_back();
    }

    void drawTitle()
    {
        const int slotCount = titleSlots();
        if (slotCount == 0 || m_titleLines.empty())
            return;
        const PreparedText &t = m_texts[size_t(m_titleText)];
        const double pitch = titleLinePitch();
        const double blockTop = m_top + (slotCount * m_pitch - pitch * double(m_titleLines.size())) / 2;
        for (size_t i = 0; i < m_titleLines.size(); ++i) {
            LineItem item;
            item.text = m_titleText;
            item.range = m_titleLines[i];
            item.width = m_lineWidth;
            item.align = Align::Center;
            drawLine(t, item, blockTop + (double(i) + kRowBaseline) * pitch, FontRole::Title);
        }
    }

    void drawPageNumber(int page)
    {
        PreparedText t;
        t.sizePt = m_profile.pageNumberSizePt;
        t.role = FontRole::PageNumber;
        // "— 1 —": 4号 宋体 half-width digits (the 宋体 face's own digits), an em dash each side.
        appendText(t, m_fonts, QStringLiteral("— %1 —").arg(page), FontRole::PageNumber, false, true);
        const double width = t.cellWidth(0, int(t.chars.size()));
        const double inset = ptToUnits(m_profile.pageNumberSizePt);  // one character
        LineItem item;
        item.range = {0, int(t.chars.size()), true};
        item.align = Align::Left;
        item.width = m_lineWidth;
        item.x = page % 2 == 1 ? m_lineWidth - inset - width : inset;
        const double blockBottom = m_top + mmToUnits(m_profile.textHeightMm());
        const double dashLine = blockBottom + mmToUnits(m_profile.pageNumberBelowTextMm);
        drawLine(t, item, dashLine + kIdeographicMiddle * ptToUnits(t.sizePt), FontRole::PageNumber, true);
    }

    // Shapes the line with the fonts of its characters and places each glyph: the grid's letter
    // spacing and the justification are ours. Adds the line to the current page.
    void drawLine(const PreparedText &t, const LineItem &item, double baseline, FontRole role,
                  bool pageNumber = false)
    {
        const int from = item.range.from;
        const int to = visibleEnd(t, item.range);
        if (to <= from)
            return;
        const int textFrom = t.chars[size_t(from)].pos;
        const int textTo = t.chars[size_t(to - 1)].pos + t.chars[size_t(to - 1)].len;
        const QString text = t.text.mid(textFrom, textTo - textFrom);

        QList<QTextLayout::FormatRange> formats;
        for (int i = from; i < to;) {
            int j = i;
            while (j < to && t.chars[size_t(j)].font == t.chars[size_t(i)].font)
                ++j;
            const int start = t.chars[size_t(i)].pos - textFrom;
            const int end = t.chars[size_t(j - 1)].pos + t.chars[size_t(j - 1)].len - textFrom;
            formats.append({start, end - start, m_fonts.format(t.chars[size_t(i)].font)});
            i = j;
        }
        QTextLayout layout(text, m_fonts.font(t.chars[size_t(from)].font), m_fonts.device());
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setTextDirection(Qt::LeftToRight);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            layout.endLayout();
            return;
        }
        line.setLineWidth(1e6);
        layout.endLayout();

        QList<QGlyphRun> runs = line.glyphRuns();
        struct GlyphRef {
            int run;
            int index;
            double x;
            bool flexible;  // may take justification space next to it (Chinese or a space)
        };
        std::vector<GlyphRef> glyphs;
        for (int r = 0; r < runs.size(); ++r) {
            const QGlyphRun &run = runs.at(r);
            const QRawFont raw = run.rawFont();
            const bool latinFace = !m_latinFamily.isEmpty()
                && raw.familyName().compare(m_latinFamily, Qt::CaseInsensitive) == 0;
            const quint32 space = spaceGlyph(raw);
            const QList<quint32> ids = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (int g = 0; g < ids.size(); ++g) {
                glyphs.push_back({r, g, positions.at(g).x(), !latinFace || (space != 0 && ids.at(g) == space)});
            }
        }
        if (glyphs.empty())
            return;
        std::stable_sort(glyphs.begin(), glyphs.end(), [](const GlyphRef &a, const GlyphRef &b) { return a.x < b.x; });

        const int count = int(glyphs.size());
        const double cells = line.cursorToX(text.size()) + count * t.letterSpacing;
        const double visual = cells - t.letterSpacing;
        double offset = 0;
        double extra = 0;
        int gaps = 0;
        for (int k = 0; k + 1 < count; ++k)
            gaps += (glyphs[size_t(k)].flexible || glyphs[size_t(k + 1)].flexible) ? 1 : 0;
        switch (item.align) {
        case Align::Justify:
            // Full lines end on the grid: the last character's cell ends at the right margin.
            if (gaps > 0)
                extra = item.width - cells;
            break;
        case Align::Center: offset = (item.width - visual) / 2; break;
        case Align::Right: offset = item.width - visual; break;
        case Align::Left: break;
        }

        std::vector<QList<QPointF>> newPositions(size_t(runs.size()));
        for (int r = 0; r < runs.size(); ++r)
            newPositions[size_t(r)] = runs.at(r).positions();
        const double x0 = m_left + item.x + offset;
        int gapsBefore = 0;
        for (int k = 0; k < count; ++k) {
            if (k > 0 && (glyphs[size_t(k - 1)].flexible || glyphs[size_t(k)].flexible))
                ++gapsBefore;
            const GlyphRef &g = glyphs[size_t(k)];
            const double x = x0 + g.x + k * t.letterSpacing + (gaps > 0 ? extra * gapsBefore / gaps : 0.0);
            newPositions[size_t(g.run)][g.index] = QPointF(x, baseline);
        }
        // The character of each glyph: shaping is off, so glyphs in visual order are the characters
        // in order, one each (a surrogate pair is one character).
        std::vector<QStringList> chars(size_t(runs.size()));
        for (int r = 0; r < runs.size(); ++r)
            chars[size_t(r)] = QStringList(runs.at(r).glyphIndexes().size(), QString());
        if (count == to - from) {
            for (int k = 0; k < count; ++k) {
                const Char &c = t.chars[size_t(from + k)];
                chars[size_t(glyphs[size_t(k)].run)][glyphs[size_t(k)].index] = t.text.mid(c.pos, c.len);
            }
        }
        ComposedLine composed;
        composed.text = text;
        composed.baseline = baseline;
        composed.role = role;
        composed.pageNumber = pageNumber;
        for (int r = 0; r < runs.size(); ++r) {
            ComposedRun run;
            run.glyphs = runs.at(r);
            run.glyphs.setPositions(newPositions[size_t(r)]);
            run.chars = chars[size_t(r)];
            run.role = role;
            run.sizePt = t.sizePt;
            composed.runs.append(run);
        }
        m_page->lines.append(composed);
    }

    quint32 spaceGlyph(const QRawFont &raw)
    {
        const QString key = raw.familyName() + QLatin1Char('|') + raw.styleName() + QLatin1Char('|')
            + QString::number(raw.weight());
        auto it = m_spaceGlyphs.constFind(key);
        if (it != m_spaceGlyphs.constEnd())
            return *it;
        const QList<quint32> g = raw.glyphIndexesForString(QStringLiteral(" "));
        const quint32 id = g.size() == 1 ? g.first() : 0;
        m_spaceGlyphs.insert(key, id);
        return id;
    }

    const DocumentLayout &m_layout;
    const PageProfile &m_profile;
    FontTable m_fonts;
    double m_left = 0, m_top = 0, m_lineWidth = 0, m_pitch = 0, m_charPitch = 0;
    QString m_latinFamily;

    std::vector<PreparedText> m_texts;
    std::vector<LineItem> m_items;
    int m_titleText = -1;
    std::vector<LineRange> m_titleLines;
    std::vector<std::vector<std::pair<int, int>>> m_pages;  // (item, slot)
    ComposedPage *m_page = nullptr;
    QHash<QString, quint32> m_spaceGlyphs;
};

}  // namespace

QString pageText(const QString &text, bool keepBreaks)
{
    return sanitize(text, keepBreaks);
}

Result<PageModel> composePages(const DocumentLayout &layout, const PageProfile &profile)
{
    if (resolveFont(profile, FontRole::Body).family.isEmpty()) {
        return Error::data(Tr::tr("No Chinese font is installed, so the PDF cannot be made. Install 仿宋 (FangSong) "
                              "or another Simplified Chinese font and try again."));
    }
    // Measured on a PDF writer at kDpi that never paints: the metrics every writer and the preview share.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&buffer);
    metrics.setResolution(kDpi);
    Composer composer(layout, profile, &metrics);
    return composer.compose();
}

}  // namespace fazhi
