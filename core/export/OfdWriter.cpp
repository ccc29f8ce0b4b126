#include "OfdWriter.h"

#include "export/FontSubset.h"
#include "export/ZipParts.h"
#include "util/Translation.h"

#include <QHash>
#include <QRawFont>
#include <QXmlStreamWriter>

#include <algorithm>
#include <utility>
#include <vector>

// The package (GB/T 33190-2016 7.3): OFD.xml (the entry, with the document's metadata) → Doc_0/
// Document.xml (A4 page area, the public resources, the pages) → Doc_0/PublicRes.xml (the fonts, files
// in Doc_0/Res/) and Doc_0/Pages/Page_N/Content.xml (one layer of text objects a page). Units are
// millimetres; y grows downwards from the top of the page, as in the page model. Each glyph run of
// the page model becomes one TextObject in the face it was drawn with, its TextCode the characters
// with the pen position of the first (X, Y on the baseline) and the distance to each next (DeltaX):
// the glyphs land where the PDF has them, and a reader extracts the characters themselves.

namespace fazhi {

namespace {

constexpr auto kNs = "http://www.ofdspec.org/2016";

double unitsToMm(double units)
{
    return units / kPageUnitsPerPt * 25.4 / 72.0;
}

QString num(double v)
{
    QString s = QString::number(v, 'f', 3);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString faceKey(const QRawFont &raw)
{
    return raw.familyName() + QLatin1Char('|') + raw.styleName() + QLatin1Char('|') + QString::number(raw.weight())
        + QLatin1Char('|') + QString::number(int(raw.style()));
}

struct FontResource {
    int id = 0;
    QRawFont raw;
    QSet<char32_t> characters;
    QString file;  // in Doc_0/Res/
};

class OfdBuilder {
public:
    OfdBuilder(const PageModel &model, const PageProfile &profile, const OfdInfo &info)
        : m_model(model), m_profile(profile), m_info(info)
    {
    }

    Result<QByteArray> build()
    {
        collectFonts();
        QList<std::pair<QString, QByteArray>> parts;
        std::vector<QByteArray> pages;
        for (const ComposedPage &page : m_model.pages)
            pages.push_back(pageXml(page));
        // IDs: fonts, then every page's layer and objects; the pages' own IDs after those.
        std::vector<int> pageIds;
        for (size_t i = 0; i < pages.size(); ++i)
            pageIds.push_back(++m_lastId);
        parts.emplace_back(QStringLiteral("OFD.xml"), ofdXml());
        parts.emplace_back(QStringLiteral("Doc_0/Document.xml"), documentXml(pageIds));
        parts.emplace_back(QStringLiteral("Doc_0/PublicRes.xml"), publicResXml());
        for (const FontResource &font : m_fontList) {
            const EmbeddedFont embedded = embeddableFont(font.raw, font.characters);
            if (embedded.data.isEmpty())
                continue;
            parts.emplace_back(QStringLiteral("Doc_0/Res/") + font.file, embedded.data);
        }
        for (size_t i = 0; i < pages.size(); ++i)
            parts.emplace_back(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(i), pages[i]);
        return zipParts(parts, Tr::tr("The OFD document could not be assembled."),
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
    }

private:
    void collectFonts()
    {
        for (const ComposedPage &page : m_model.pages) {
            for (const ComposedLine &line : page.lines) {
                for (const ComposedRun &run : line.runs) {
                    FontResource &font = fontFor(run.glyphs.rawFont());
                    for (const QString &c : run.chars) {
                        for (const char32_t cp : c.toUcs4())
                            font.characters.insert(cp);
                    }
                }
            }
        }
        for (FontResource &font : m_fontList) {
            const bool cff = !font.raw.fontTable("CFF ").isEmpty() || !font.raw.fontTable("CFF2").isEmpty();
            font.file = QStringLiteral("font_%1.%2").arg(font.id).arg(cff ? QStringLiteral("otf") : QStringLiteral("ttf"));
        }
    }

    FontResource &fontFor(const QRawFont &raw)
    {
        const QString key = faceKey(raw);
        auto it = m_fontIndex.constFind(key);
        if (it != m_fontIndex.constEnd())
            return m_fontList[size_t(*it)];
        FontResource font;
        font.id = ++m_lastId;
        font.raw = raw;
        m_fontIndex.insert(key, int(m_fontList.size()));
        m_fontList.push_back(font);
        return m_fontList.back();
    }

    static void start(QXmlStreamWriter &x, const char *root)
    {
        x.setAutoFormatting(false);
        x.writeStartDocument();
        x.writeNamespace(QLatin1String(kNs), QStringLiteral("ofd"));
        x.writeStartElement(QLatin1String(kNs), QLatin1String(root));
    }

    static void element(QXmlStreamWriter &x, const char *name, const QString &text)
    {
        x.writeTextElement(QLatin1String(kNs), QLatin1String(name), text);
    }

    QByteArray ofdXml() const
    {
        QByteArray out;
        QXmlStreamWriter x(&out);
        start(x, "OFD");
        x.writeAttribute(QStringLiteral("Version"), QStringLiteral("1.0"));
        x.writeAttribute(QStringLiteral("DocType"), QStringLiteral("OFD"));
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("DocBody"));
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("DocInfo"));
        // No author or other personal metadata: the published file names only the document.
        element(x, "DocID", m_info.docId);
        if (!m_model.title.isEmpty())
            element(x, "Title", m_model.title);
        if (m_info.creationDate.isValid())
            element(x, "CreationDate", m_info.creationDate.toString(Qt::ISODate));
        element(x, "Creator", QStringLiteral("Fazhi Report"));
        if (m_info.documentDate.isValid()) {
            x.writeStartElement(QLatin1String(kNs), QStringLiteral("CustomDatas"));
            x.writeStartElement(QLatin1String(kNs), QStringLiteral("CustomData"));
            x.writeAttribute(QStringLiteral("Name"), QStringLiteral("成文日期"));
            x.writeCharacters(m_info.documentDate.toString(Qt::ISODate));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();  // DocInfo
        element(x, "DocRoot", QStringLiteral("Doc_0/Document.xml"));
        x.writeEndDocument();
        return out;
    }

    QByteArray documentXml(const std::vector<int> &pageIds) const
    {
        QByteArray out;
        QXmlStreamWriter x(&out);
        start(x, "Document");
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("CommonData"));
        element(x, "MaxUnitID", QString::number(m_lastId));
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("PageArea"));
        const QString paper = QStringLiteral("0 0 %1 %2").arg(num(m_profile.paperWidthMm), num(m_profile.paperHeightMm));
        element(x, "PhysicalBox", paper);
        element(x, "ApplicationBox", paper);
        // The GB/T 9704 text block: 156 × 225 mm, 37 mm from the top and 28 mm from the left.
        element(x, "ContentBox", QStringLiteral("%1 %2 %3 %4")
                                     .arg(num(m_profile.marginLeftMm), num(m_profile.marginTopMm),
                                          num(m_profile.textWidthMm()), num(m_profile.textHeightMm())));
        x.writeEndElement();  // PageArea
        element(x, "PublicRes", QStringLiteral("PublicRes.xml"));
        x.writeEndElement();  // CommonData
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("Pages"));
        for (size_t i = 0; i < pageIds.size(); ++i) {
            x.writeStartElement(QLatin1String(kNs), QStringLiteral("Page"));
            x.writeAttribute(QStringLiteral("ID"), QString::number(pageIds[i]));
            x.writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Pages/Page_%1/Content.xml").arg(i));
            x.writeEndElement();
        }
        x.writeEndDocument();
        return out;
    }

    QByteArray publicResXml() const
    {
        QByteArray out;
        QXmlStreamWriter x(&out);
        start(x, "Res");
        x.writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Res"));
        if (!m_fontList.empty()) {
            x.writeStartElement(QLatin1String(kNs), QStringLiteral("Fonts"));
            for (const FontResource &font : m_fontList) {
                x.writeStartElement(QLatin1String(kNs), QStringLiteral("Font"));
                x.writeAttribute(QStringLiteral("ID"), QString::number(font.id));
                QString name = font.raw.familyName();
                if (!font.raw.styleName().isEmpty())
                    name += QLatin1Char(' ') + font.raw.styleName();
                x.writeAttribute(QStringLiteral("FontName"), name);
                x.writeAttribute(QStringLiteral("FamilyName"), font.raw.familyName());
                if (font.raw.weight() >= QFont::DemiBold)
                    x.writeAttribute(QStringLiteral("Bold"), QStringLiteral("true"));
                if (font.raw.style() != QFont::StyleNormal)
                    x.writeAttribute(QStringLiteral("Italic"), QStringLiteral("true"));
                element(x, "FontFile", font.file);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndDocument();
        return out;
    }

    QByteArray pageXml(const ComposedPage &page)
    {
        QByteArray out;
        QXmlStreamWriter x(&out);
        start(x, "Page");
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("Content"));
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("Layer"));
        x.writeAttribute(QStringLiteral("ID"), QString::number(++m_lastId));
        x.writeAttribute(QStringLiteral("Type"), QStringLiteral("Body"));
        for (const ComposedLine &line : page.lines) {
            for (const ComposedRun &run : line.runs)
                writeRun(x, run, line.baseline);
        }
        x.writeEndDocument();
        return out;
    }

    void writeRun(QXmlStreamWriter &x, const ComposedRun &run, double baseline)
    {
        const QList<QPointF> positions = run.glyphs.positions();
        // Glyphs with their characters, left to right; a glyph without a known character is left
        // out rather than given a wrong one.
        std::vector<std::pair<double, QString>> glyphs;
        for (int g = 0; g < positions.size() && g < run.chars.size(); ++g) {
            if (!run.chars.at(g).isEmpty())
                glyphs.emplace_back(positions.at(g).x(), run.chars.at(g));
        }
        if (glyphs.empty())
            return;
        std::stable_sort(glyphs.begin(), glyphs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const QRawFont raw = run.glyphs.rawFont();
        const double sizeMm = unitsToMm(raw.pixelSize());
        const double left = unitsToMm(glyphs.front().first);
        const double right = unitsToMm(glyphs.back().first);
        const double y = unitsToMm(baseline);
        // The box the glyphs are drawn in: a reader may clip to it.
        const double boxX = std::max(0.0, left - sizeMm);
        const double boxY = std::max(0.0, y - 1.2 * sizeMm);
        const double boxW = right - boxX + 2 * sizeMm;
        const double boxH = y - boxY + 0.5 * sizeMm;

        QString text;
        QStringList deltas;
        double previous = 0;
        for (size_t k = 0; k < glyphs.size(); ++k) {
            const double gx = unitsToMm(glyphs[k].first);
            const QString &chars = glyphs[k].second;
            // A surrogate pair is one character; each character after the first gets a DeltaX.
            const qsizetype codePoints = chars.toUcs4().size();
            for (qsizetype c = 0; c < codePoints; ++c) {
                if (k > 0 || c > 0)
                    deltas.append(num(c == 0 ? gx - previous : 0.0));
            }
            text += chars;
            previous = gx;
        }
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("TextObject"));
        x.writeAttribute(QStringLiteral("ID"), QString::number(++m_lastId));
        x.writeAttribute(QStringLiteral("Boundary"), QStringLiteral("%1 %2 %3 %4").arg(num(boxX), num(boxY), num(boxW), num(boxH)));
        x.writeAttribute(QStringLiteral("Font"), QString::number(fontFor(raw).id));
        x.writeAttribute(QStringLiteral("Size"), num(sizeMm));
        x.writeStartElement(QLatin1String(kNs), QStringLiteral("TextCode"));
        x.writeAttribute(QStringLiteral("X"), num(left - boxX));
        x.writeAttribute(QStringLiteral("Y"), num(y - boxY));
        if (!deltas.isEmpty())
            x.writeAttribute(QStringLiteral("DeltaX"), deltas.join(QLatin1Char(' ')));
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
    }

    const PageModel &m_model;
    const PageProfile &m_profile;
    const OfdInfo &m_info;
    int m_lastId = 0;
    std::vector<FontResource> m_fontList;
    QHash<QString, int> m_fontIndex;
};

}  // namespace

Result<QByteArray> renderOfd(const PageModel &model, const PageProfile &profile, const OfdInfo &info)
{
    return OfdBuilder(model, profile, info).build();
}

Result<QByteArray> formatAsOfd(const Report &report, const ExportOptions &options)
{
    const Result<PageModel> model = composePages(buildLayout(report, LayoutTarget::Document), options.profile);
    if (!model.ok())
        return model.error();
    OfdInfo info;
    info.docId = report.id.toString(QUuid::Id128);
    info.creationDate = QDate::currentDate();
    info.documentDate = report.details.date;
    return renderOfd(model.value(), options.profile, info);
}

}  // namespace fazhi
