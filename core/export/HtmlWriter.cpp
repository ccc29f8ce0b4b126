#include "HtmlWriter.h"

#include "model/TextSanitize.h"
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

// A CSS font-family list: the Latin family first (digits and Latin letters), then the role's chain,
// then the generic family.
QString fontFamilies(const PageProfile &p, FontRole role, const char *generic)
{
    QStringList names;
    QStringList families = p.chain(FontRole::Latin).families;
    families += p.chain(role).families;
    for (const QString &f : families) {
        // Single quotes, so the list also fits a double-quoted style attribute unescaped.
        QString quoted = f;
        quoted.remove(QLatin1Char('\'')).remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        names.append(QLatin1Char('\'') + quoted + QLatin1Char('\''));
    }
    names.append(QLatin1String(generic));
    return names.join(QLatin1String(", "));
}

QString pt(double v) { return QString::number(v, 'g', 4) + QLatin1String("pt"); }
QString mm(double v) { return QString::number(v, 'g', 4) + QLatin1String("mm"); }

// Presentation of each element, shared by the stylesheet (standalone page) and the inline style
// attributes (fragment), so both look the same.
struct Look {
    QString page, title, details, heading1, heading2, lead, paragraph, flush, signature, date;
};

Look makeLook(const PageProfile &p)
{
    const QString body = fontFamilies(p, FontRole::Body, "serif");
    const QString indent = QString::number(p.firstLineIndentChars) + QLatin1String("em");
    const QString line = pt(p.linePitchPt());
    Look l;
    l.page = QStringLiteral("font-family: %1; font-size: %2; line-height: %3; color: #000;")
                 .arg(body, pt(p.bodySizePt), line);
    l.title = QStringLiteral("font-family: %1; font-size: %2; font-weight: normal; text-align: center; "
                             "line-height: 1.5; margin: 0 0 %3 0; text-wrap: balance;")
                  .arg(fontFamilies(p, FontRole::Title, "serif"), pt(p.titleSizePt), line);
    l.details = QStringLiteral("text-align: center; text-indent: 0; margin: 0; font-size: %1; color: #555;")
                    .arg(pt(p.pageNumberSizePt));
    l.heading1 = QStringLiteral("font-family: %1; font-size: %2; font-weight: normal; text-indent: %3; "
                                "line-height: %4; margin: 0;")
                     .arg(fontFamilies(p, FontRole::Heading1, "sans-serif"), pt(p.bodySizePt), indent, line);
    l.heading2 = QStringLiteral("font-family: %1; font-size: %2; font-weight: normal; text-indent: %3; "
                                "line-height: %4; margin: 0;")
                     .arg(fontFamilies(p, FontRole::Heading2, "serif"), pt(p.bodySizePt), indent, line);
    l.lead = QStringLiteral("font-family: %1;").arg(fontFamilies(p, FontRole::Heading2, "serif"));
    l.paragraph = QStringLiteral("text-indent: %1; text-align: justify; margin: 0;").arg(indent);
    l.flush = QStringLiteral("text-indent: 0; margin: 0;");
    l.signature = QStringLiteral("text-align: right; text-indent: 0; margin: %1 0 0 0; padding-right: %2em;")
                      .arg(line)
                      .arg(p.signatureRightIndentChars);
    l.date = QStringLiteral("text-align: right; text-indent: 0; margin: 0; padding-right: %1em;")
                 .arg(p.signatureRightIndentChars);
    return l;
}

QString styleSheet(const PageProfile &p, const Look &l)
{
    QString css;
    css += QStringLiteral("@page { size: A4; margin: %1 %2 %3 %4; }\n")
               .arg(mm(p.marginTopMm), mm(p.marginRightMm), mm(p.marginBottomMm), mm(p.marginLeftMm));
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
                          "p { orphans: 1; widows: 1; } }\n");
    return css;
}

class HtmlBuilder {
public:
    HtmlBuilder(const DocumentLayout &layout, bool fragment)
        : layout(layout), fragment(fragment), profile(gbt9704Profile()), look(makeLook(profile))
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

    void body(QString &out) const
    {
        for (const Block &block : layout.blocks) {
            const QString content = runs(block);
            switch (block.kind) {
            case BlockKind::Title: out += element("h1", nullptr, look.title, content); break;
            case BlockKind::DetailLine: out += element("p", "details", look.details, content); break;
            case BlockKind::Addressee: out += element("p", "addressee", look.flush, content); break;
            case BlockKind::PartHeading: out += element("h2", nullptr, look.heading1, content); break;
            case BlockKind::SectionHeading: out += element("h3", nullptr, look.heading2, content); break;
            case BlockKind::Paragraph: out += element("p", nullptr, look.paragraph, content); break;
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
