#include "HtmlWriter.h"

#include "model/TextSanitize.h"
#include "render/LineBreaking.h"
#include "render/PageProfile.h"

namespace fazhi {

namespace {

// Text content and attribute values: everything the user typed goes through here.
QString esc(const QString &text)
{
    const QString safe = removeUnencodable(text);
    QString out;
    out.reserve(safe.size() + 16);
    for (QChar c : safe) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\t':
        case u'\n':
        case u'\r': out += QLatin1Char(' '); break;
        default: out += c;
        }
    }
    return out;
}

QString quotedFamilies(const QStringList &families)
{
    QStringList names;
    for (const QString &f : families) {
        // Single quotes, so the list also fits a double-quoted style attribute unescaped.
        QString quoted = f;
        quoted.remove(QLatin1Char('\'')).remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        names.append(QLatin1Char('\'') + quoted + QLatin1Char('\''));
    }
    return names.join(QLatin1String(", "));
}

// The face the page takes digits and Latin letters from: the Latin chain, for the characters below
// General Punctuation only (unicode-range), which is the PDF's rule. “ ” — … and the full-width
// forms fall through to the Chinese families, full width.
const char kLatinFace[] = "Fazhi Latin";
// The same face as the first font of the grid's lines, the text (3号) and the title (2号): it gives
// the line box its metrics, and Chromium centres ascent + descent in the line. With them set to 80 %
// and 20 % of the pitch the baseline sits 0.8 × pitch below the row's top, as in the PDF and Word.
const char kLatinTextFace[] = "Fazhi Latin Text";
const char kLatinTitleFace[] = "Fazhi Latin Title";

const char *latinFaceFor(FontRole role)
{
    switch (role) {
    case FontRole::Title: return kLatinTitleFace;
    case FontRole::PageNumber: return kLatinFace;
    default: return kLatinTextFace;
    }
}

// A CSS font-family list: the role's Chinese families first, so quotation marks and dashes are
// full width; on the standalone page the Latin face above goes before them (it covers only Latin),
// in the fragment (no @font-face there) the Latin families follow; then the generic family.
QString fontFamilies(const PageProfile &p, FontRole role, const char *generic, bool latinFace)
{
    QStringList families = p.chain(role).families;
    families += p.chain(FontRole::Latin).families;
    QString list = quotedFamilies(families);
    if (latinFace)
        list = QLatin1Char('\'') + QLatin1String(latinFaceFor(role)) + QLatin1String("', ") + list;
    return list + QLatin1String(", ") + QLatin1String(generic);
}

// Width in cells of the title's size: Chinese characters, full-width forms, “ ” ‘ ’ — … one, digits
// and Latin half (as the .docx balances its title).
double cellsOf(char32_t c)
{
    return (c >= 0x2E80 || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019)
        ? 1.0
        : 0.5;
}

QString pt(double v) { return QString::number(v, 'g', 4) + QLatin1String("pt"); }
QString mm(double v) { return QString::number(v, 'g', 4) + QLatin1String("mm"); }

// Presentation of each element, shared by the stylesheet (standalone page) and the inline style
// attributes (fragment), so both look the same.
struct Look {
    QString page, title, details, heading1, heading2, lead, paragraph, flush, signature, date;
};

// The printed page's numbers (render/PageProfile, the PDF's): 3号 body with the letter spacing that
// makes 28 characters fill the line, line height = the grid pitch (22 lines a page), the title in
// 2号 on the same grid (one pitch a line, one blank pitch below), the Chinese line-breaking rules,
// no hanging or compressed punctuation, no extra space between Chinese and Latin.
Look makeLook(const PageProfile &p, bool latinFace)
{
    const QString body = fontFamilies(p, FontRole::Body, "serif", latinFace);
    // Indents in grid cells (15.79 pt), not in em (16 pt): two em leave 26 cells 0.4 pt short.
    const QString indent = pt(p.firstLineIndentChars * p.charPitchPt());
    const QString line = pt(p.linePitchPt());
    Look l;
    l.page = QStringLiteral("font-family: %1; font-size: %2; line-height: %3; letter-spacing: %4; color: #000; "
                            "line-break: strict; word-break: normal; hanging-punctuation: none; "
                            "text-spacing-trim: space-all; text-autospace: no-autospace;")
                 .arg(body, pt(p.bodySizePt), line, pt(p.letterSpacingPt()));
    // 小标宋 is a heavy face with no bold: bold picks the stand-in's real bold face (as the PDF does)
    // and never a synthesized one.
    l.title = QStringLiteral("font-family: %1; font-size: %2; font-weight: bold; font-synthesis: none; "
                             "letter-spacing: 0; text-align: center; text-indent: 0; line-height: %3; "
                             "margin: 0 0 %3 0; text-wrap: balance;")
                  .arg(fontFamilies(p, FontRole::Title, "serif", latinFace), pt(p.titleSizePt), line);
    l.details = QStringLiteral("text-align: center; text-indent: 0; margin: 0; font-size: %1; color: #555;")
                    .arg(pt(p.pageNumberSizePt));
    l.heading1 = QStringLiteral("font-family: %1; font-size: %2; font-weight: normal; text-indent: %3; "
                                "line-height: %4; margin: 0;")
                     .arg(fontFamilies(p, FontRole::Heading1, "sans-serif", latinFace), pt(p.bodySizePt), indent,
                          line);
    l.heading2 = QStringLiteral("font-family: %1; font-size: %2; font-weight: normal; text-indent: %3; "
                                "line-height: %4; margin: 0;")
                     .arg(fontFamilies(p, FontRole::Heading2, "serif", latinFace), pt(p.bodySizePt), indent, line);
    l.lead = QStringLiteral("font-family: %1;").arg(fontFamilies(p, FontRole::Heading2, "serif", latinFace));
    l.paragraph = QStringLiteral("text-indent: %1; text-align: justify; margin: 0;").arg(indent);
    l.flush = QStringLiteral("text-indent: 0; margin: 0;");
    const QString spare = pt(p.signatureRightIndentChars * p.charPitchPt());
    l.signature = QStringLiteral("text-align: right; text-indent: 0; margin: %1 0 0 0; padding-right: %2;")
                      .arg(line, spare);
    l.date = QStringLiteral("text-align: right; text-indent: 0; margin: 0; padding-right: %1;").arg(spare);
    return l;
}

QString styleSheet(const PageProfile &p, const Look &l)
{
    QString css;
    QStringList local;
    for (const QString &f : p.chain(FontRole::Latin).families)
        local.append(QStringLiteral("local(%1)").arg(quotedFamilies({f})));
    css += QStringLiteral("@font-face { font-family: '%1'; src: %2; unicode-range: U+0000-1FFF; }\n")
               .arg(QLatin1String(kLatinFace), local.join(QLatin1String(", ")));
    const auto onGrid = [&](const char *face, double sizePt) {
        const double em = p.linePitchPt() / sizePt;
        css += QStringLiteral("@font-face { font-family: '%1'; src: %2; unicode-range: U+0000-1FFF; "
                              "ascent-override: %3%; descent-override: %4%; line-gap-override: 0%; }\n")
                   .arg(QLatin1String(face), local.join(QLatin1String(", ")), QString::number(80 * em, 'f', 2),
                        QString::number(20 * em, 'f', 2));
    };
    onGrid(kLatinTextFace, p.bodySizePt);
    onGrid(kLatinTitleFace, p.titleSizePt);
    css += QStringLiteral("@page { size: A4; margin: %1 %2 %3 %4; }\n")
               .arg(mm(p.marginTopMm), mm(p.marginRightMm), mm(p.marginBottomMm), mm(p.marginLeftMm));
    // The PDF's page numbers: — N — in 4号, odd pages at the right and even at the left, one character
    // in from the text block's edge, the dashes 7 mm below the text block (a line box as tall as the
    // size, so its middle is the em box's).
    const QString number = QStringLiteral("content: '— ' counter(page) ' —'; font-family: %1; font-size: %2; "
                                          "line-height: %2; letter-spacing: 0; vertical-align: top; "
                                          "padding-top: calc(%3 - %4);")
                               .arg(fontFamilies(p, FontRole::PageNumber, "serif", true), pt(p.pageNumberSizePt),
                                    mm(p.pageNumberBelowTextMm), pt(p.pageNumberSizePt / 2));
    css += QStringLiteral("@page :right { @bottom-right { %1 text-align: right; padding-right: %2; } }\n")
               .arg(number, pt(p.pageNumberSizePt));
    css += QStringLiteral("@page :left { @bottom-left { %1 text-align: left; padding-left: %2; } }\n")
               .arg(number, pt(p.pageNumberSizePt));
    css += QStringLiteral("html { background: #fff; }\n");
    css += QStringLiteral("body { %1 margin: 2em auto; padding: 0 1em; max-width: %2; }\n")
               .arg(l.page, mm(p.textWidthMm()));
    css += QStringLiteral("h1 { %1 }\n").arg(l.title);
    css += QStringLiteral("p.details { %1 }\n").arg(l.details);
    css += QStringLiteral("p.details:last-of-type { margin-bottom: %1; }\n").arg(pt(p.linePitchPt()));
    css += QStringLiteral("h2 { %1 }\n").arg(l.heading1);
    css += QStringLiteral("h3 { %1 }\n").arg(l.heading2);
    css += QStringLiteral("span.lead { %1 }\n").arg(l.lead);
    css += QStringLiteral("p { %1 }\n").arg(l.paragraph);
    css += QStringLiteral("p.addressee { %1 }\n").arg(l.flush);
    css += QStringLiteral("p.signature { %1 }\n").arg(l.signature);
    css += QStringLiteral("p.date { %1 }\n").arg(l.date);
    css += QStringLiteral("@media print { body { margin: 0; padding: 0; max-width: none; } "
                          "h2, h3 { page-break-after: avoid; break-after: avoid; } "
                          "h1, p.signature, p.date { break-inside: avoid; } "
                          // The body's last lines keep with the signature and the date (as in the PDF).
                          "p.signature, p.date { break-before: avoid; page-break-before: avoid; } "
                          // The printed page has no web page details (the PDF's page neither).
                          "p.details { display: none; } "
                          // The PDF's and Word's widow and orphan control: two lines.
                          "p { orphans: 2; widows: 2; } p.keep { break-inside: avoid; } }\n");
    return css;
}

class HtmlBuilder {
public:
    HtmlBuilder(const DocumentLayout &layout, bool fragment)
        : layout(layout), fragment(fragment), profile(gbt9704Profile()), look(makeLook(profile, !fragment))
    {
    }

    QString build()
    {
        QString out;
        if (fragment) {
            out += QStringLiteral("<div class=\"fazhi-report\" lang=\"zh-CN\"%1>\n").arg(styleAttr(look.page));
            body(out);
            out += QStringLiteral("</div>\n");
            return out;
        }
        out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out += QStringLiteral("<title>%1</title>\n").arg(esc(layout.title));
        if (!layout.organization.isEmpty())
            out += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(esc(layout.organization));
        out += QStringLiteral("<meta name=\"generator\" content=\"Fazhi Report\">\n");
        out += QStringLiteral("<style>\n") + styleSheet(profile, look) + QStringLiteral("</style>\n</head>\n<body>\n<article>\n");
        body(out);
        out += QStringLiteral("</article>\n</body>\n</html>\n");
        return out;
    }

private:
    // Inline style attributes only in the fragment: a site's editor keeps them, and drops <style>.
    QString styleAttr(const QString &css) const
    {
        return fragment ? QStringLiteral(" style=\"%1\"").arg(css.toHtmlEscaped()) : QString();
    }

    QString element(const char *tag, const char *cls, const QString &css, const QString &content) const
    {
        QString attrs;
        if (cls && !fragment)
            attrs = QStringLiteral(" class=\"%1\"").arg(QLatin1String(cls));
        attrs += styleAttr(css);
        return QStringLiteral("<%1%2>%3</%1>\n").arg(QLatin1String(tag), attrs, content);
    }

    QString runs(const Block &block) const
    {
        QString s;
        QString lead;
        for (const Run &run : block.runs) {
            const bool isLead = run.role == RunRole::SectionNumber || run.role == RunRole::SectionLead;
            if (isLead && block.kind == BlockKind::Paragraph) {
                lead += esc(run.text);
                continue;
            }
            if (!lead.isEmpty()) {
                s += QStringLiteral("<span class=\"lead\"%1>%2</span>").arg(styleAttr(look.lead), lead);
                lead.clear();
            }
            s += esc(run.text);
        }
        if (!lead.isEmpty())
            s += QStringLiteral("<span class=\"lead\"%1>%2</span>").arg(styleAttr(look.lead), lead);
        return s;
    }

    // A title longer than one line broken where the PDF and the .docx break it (render/LineBreaking's
    // balanced lines), not where the browser's own balancing would.
    QString balancedTitle(const Block &block, const QString &content) const
    {
        QString title;
        for (const Run &run : block.runs)
            title += run.text;
        const std::vector<SetChar> chars = setChars(title, cellsOf);
        const double capacity = PageProfile::mmToPt(profile.textWidthMm()) / profile.titleSizePt;
        const std::vector<CharRange> lines = balanceTitle(title, chars, capacity, 1.0, layout.organization);
        if (lines.size() <= 1 || lines.size() > 4)
            return content;
        QStringList escaped;
        for (const QString &line : withLineBreaks(title, chars, lines, QChar(0x2028)).split(QChar(0x2028)))
            escaped.append(esc(line));
        return escaped.join(QLatin1String("<br />"));  // closed: the fragment is well-formed XML too
    }

    // A paragraph of at most three lines on the printed page (cells counted as the title's are;
    // the two-cell indent included). The PDF never splits one (widows and orphans of two lines);
    // a browser's widows and orphans alone let such a paragraph end a page with two lines and start
    // the next with one (Chromium 156, measured with compare-layouts --html), so it is kept whole.
    bool fewLines(const Block &block) const
    {
        double cells = profile.firstLineIndentChars;
        for (const Run &run : block.runs) {
            for (const SetChar &c : setChars(run.text, cellsOf))
                cells += c.advance;
        }
        return cells <= 3.0 * profile.charsPerLine;
    }

    void body(QString &out) const
    {
        for (const Block &block : layout.blocks) {
            const QString content = runs(block);
            switch (block.kind) {
            case BlockKind::Title: out += element("h1", nullptr, look.title, balancedTitle(block, content)); break;
            case BlockKind::DetailLine: out += element("p", "details", look.details, content); break;
            case BlockKind::Addressee: out += element("p", "addressee", look.flush, content); break;
            case BlockKind::PartHeading: out += element("h2", nullptr, look.heading1, content); break;
            case BlockKind::SectionHeading: out += element("h3", nullptr, look.heading2, content); break;
            case BlockKind::Paragraph:
                out += element("p", !fragment && fewLines(block) ? "keep" : nullptr, look.paragraph, content);
                break;
            case BlockKind::Signature: out += element("p", "signature", look.signature, content); break;
            case BlockKind::Date: out += element("p", "date", look.date, content); break;
            }
        }
    }

    const DocumentLayout &layout;
    const bool fragment;
    const PageProfile profile;
    const Look look;
};

}  // namespace

QString renderHtml(const DocumentLayout &layout, bool fragment)
{
    return HtmlBuilder(layout, fragment).build();
}

Result<QByteArray> formatAsHtml(const Report &report, const ExportOptions &options)
{
    return renderHtml(buildLayout(report, LayoutTarget::Web), options.has("fragment")).toUtf8();
}

}  // namespace fazhi
