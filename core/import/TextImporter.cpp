#include "TextImporter.h"

#include "ImportRules.h"
#include "RunInPoints.h"
#include "model/Limits.h"
#include "model/Numbering.h"
#include "model/PartKinds.h"
#include "util/SafeFile.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QStringTokenizer>

// How a published report's text maps onto the model (see model/Report.h):
//
//   [banner lines]            site name, breadcrumbs …          → DroppedBanner notes
//   title                     nearest title-like line above the first 一、 heading
//   [detail lines, chrome]    信息来源 / 发布日期 / 浏览次数 …    → details, DroppedChrome notes
//   [addressee]               "市委、市政府："
//   [preamble paragraphs]
//   一、heading               → Part (kind from the heading's words)
//     [intro paragraphs]      → Part::intro (+ points)
//     （一）lead。body        → Section (run-in or standalone), body paragraphs + points
//   [特此报告。]              → closing
//   [signature] [date]        → details.signature / details.date
//   [chrome]                  分享到 …                          → DroppedChrome notes
//
// The text export (render/Layout + export/TextWriter) writes exactly this shape, so an exported report
// imports back to the same content.

namespace fazhi {

namespace {

using namespace textimport;


QString excerpt(const QString &text, qsizetype max = 24)
{
    return text.size() <= max ? text : text.left(max) + u'…';
}

// Where a line too long for one field is cut: after a sentence end in the second half of the
// window, else after a pause, else at the limit (never inside a surrogate pair). Each piece is at
// most limits::kMaxFieldLength; a piece consumes at least half of it, so this is linear.
QStringList splitLongLine(const QString &line)
{
    static const QString kSentenceEnds = QStringLiteral("。！？；!?;");
    static const QString kClosers = QStringLiteral("”’」』）》)\"'");
    static const QString kPauses = QStringLiteral("，、,： \t\u3000");
    const qsizetype max = limits::kMaxFieldLength;
    auto cutAt = [&](qsizetype start) {
        const qsizetype lowest = start + max / 2;
        for (qsizetype i = start + max; i > lowest; --i) {
            const QChar c = line.at(i - 1);
            // "。”": the closing quote stays with its sentence.
            if (kSentenceEnds.contains(c) || (kClosers.contains(c) && kSentenceEnds.contains(line.at(i - 2))))
                return i;
        }
        for (qsizetype i = start + max; i > lowest; --i) {
            if (kPauses.contains(line.at(i - 1)))
                return i;
        }
        return line.at(start + max - 1).isHighSurrogate() ? start + max - 1 : start + max;
    };
    QStringList pieces;
    qsizetype start = 0;
    while (line.size() - start > max) {
        const qsizetype cut = cutAt(start);
        const QString piece = trimLine(line.mid(start, cut - start));
        if (!piece.isEmpty())
            pieces.append(piece);
        start = cut;
    }
    const QString rest = trimLine(line.mid(start));
    if (!rest.isEmpty())
        pieces.append(rest);
    return pieces;
}

struct RawSection {
    QUuid id = newId();
    int number = 0;
    QString lead;
    HeadingStyle style = HeadingStyle::RunIn;
    QStringList lines;  // body paragraphs; for a run-in section the rest of the heading line comes first
};

struct RawPart {
    QUuid id = newId();
    int number = 0;
    QString heading;  // as typed
    QStringList intro;
    QList<RawSection> sections;
};

class TextReportParser {
public:
    explicit TextReportParser(const QString &text)
    {
        QString normalised = text;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalised.replace(u'\r', u'\n');
        if (normalised.startsWith(QChar(0xFEFF)))
            normalised.remove(0, 1);
        // Line by line, without a list of them all first: a file may hold millions of empty lines, and
        // a run of them is kept as one (the rules only ask whether a line is empty).
        for (const QStringView line : qTokenize(normalised, u'\n')) {
            QString trimmed = trimLine(line.toString());
            if (trimmed.isEmpty() && !lines.isEmpty() && lines.last().isEmpty())
                continue;
            if (trimmed.size() <= limits::kMaxFieldLength) {
                lines.append(std::move(trimmed));
                continue;
            }
            const QStringList pieces = splitLongLine(trimmed);
            note(ImportNoteKind::Warning, {}, excerpt(trimmed), excerpt(pieces.value(0)),
                 Tr::tr("A paragraph of %1 characters is longer than a paragraph may be (%2 characters); it was "
                    "split into %3 paragraphs at sentence ends. No text was lost.")
                     .arg(trimmed.size())
                     .arg(limits::kMaxFieldLength)
                     .arg(pieces.size()));
            lines += pieces;
        }
    }

    Report parse()
    {
        r.id = newId();
        const int count = int(lines.size());

        int firstPart = -1;
        for (int i = 0; i < count && firstPart < 0; ++i) {
            if (parsePartHeading(lines.at(i)))
                firstPart = i;
        }
        titleIndex = findTitle(firstPart >= 0 ? firstPart : structureAnchor());
        const int headerStart = titleIndex >= 0 ? titleIndex + 1 : 0;
        int titleStart = titleIndex;
        if (titleIndex >= 0) {
            title = lines.at(titleIndex);
            // A title set on two lines: the organisation, then "2023年度法治政府建设情况报告".
            if (titleIndex > 0 && organizationFromTitle(title).isEmpty()) {
                const QString &above = lines.at(titleIndex - 1);
                if (isSignatureLine(above, false) && !parseDetailLine(above)) {
                    title = above + title;
                    titleStart = titleIndex - 1;
                    note(ImportNoteKind::Inferred, r.id, above + u'\n' + lines.at(titleIndex), title,
                         Tr::tr("The title was set on two lines; they were joined."));
                }
            }
        }
        for (int i = 0; i < titleStart; ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (parseDetailLine(line)) {  // 发布日期 / 信息来源 printed above the title
                detailOrChrome(line);
                continue;
            }
            note(ImportNoteKind::DroppedBanner, {}, line, {},
                 Tr::tr("A line above the title (site banner or navigation) was left out of the report."));
        }

        const int zoneStart = firstPart >= 0 ? firstPart + 1 : headerStart;
        const int bodyEnd = readTrailer(zoneStart);
        const int headerEnd = firstPart >= 0 ? firstPart : bodyEnd;
        readHeader(headerStart, headerEnd);
        for (int i : std::as_const(trailerDetails))
            detailOrChrome(lines.at(i));
        if (firstPart >= 0)
            readBody(firstPart, bodyEnd);

        inferYear();
        inferOrganization(headerStart, headerEnd);
        inferTitle();
        buildParts();

        if (signatureLine == r.details.organization && !r.details.date.isValid() && !signatureLine.isEmpty()) {
            // The organisation's name alone at the end: as a signature it would not be printed (the
            // signature block needs a date or a signature of its own), so it stays a closing line.
            closingLines.append(signatureLine);
            signatureLine.clear();
        }
        r.details.signature = signatureLine == r.details.organization ? QString() : signatureLine;
        for (const QString &line : std::as_const(closingLines))
            r.closing.append(Paragraph{newId(), line});
        if (r.parts.isEmpty())
            note(ImportNoteKind::Warning, r.id, {}, {},
                 Tr::tr("No part headings (一、二、…) were found; the text is kept as the report's preamble."));

        r.status = ReportStatus::Draft;
        r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
        assignMissingIds(r);
        return std::move(r);
    }

private:
    void note(const QString &kind, const QUuid &node, const QString &original, const QString &replacement,
              const QString &message)
    {
        r.importNotes.append(ImportNote{kind, node, original, replacement, message});
    }

    // Where the report's text starts when it has no 一、 heading: the first （一） or the first sentence.
    int structureAnchor() const
    {
        for (int i = 0; i < lines.size(); ++i) {
            if (parseSectionHeading(lines.at(i)))
                return i;
        }
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(u'。'))
                return i;
        }
        return int(lines.size());
    }

    // The nearest title above the anchor, preferring lines that name 法治政府建设 and 报告.
    int findTitle(int anchor) const
    {
        int best[4] = {-1, -1, -1, -1};
        for (int i = anchor - 1; i >= 0; --i) {
            const int strength = titleStrength(lines.at(i));
            if (strength > 0 && best[strength] < 0)
                best[strength] = i;
        }
        return best[3] >= 0 ? best[3] : best[2] >= 0 ? best[2] : best[1];
    }

    // From the end: page chrome and detail lines (anywhere among the rest), the date, the signature,
    // 特此报告. Returns where the body text ends.
    int readTrailer(int floor)
    {
        int i = int(lines.size()) - 1;
        bool haveDate = false;
        for (; i >= floor; --i) {
            const QString &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (parseDetailLine(line) || isChromeLine(line)) {
                trailerDetails.prepend(i);
                continue;
            }
            const bool aboveNothing = signatureLine.isEmpty() && closingLines.isEmpty();
            if (aboveNothing && !haveDate) {
                if (const auto date = parseChineseDateLine(line, false)) {
                    r.details.date = *date;
                    haveDate = true;
                    continue;
                }
            }
            if (aboveNothing && isSignatureLine(line, haveDate)) {
                signatureLine = line;
                continue;
            }
            if (isClosingLine(line)) {
                closingLines.prepend(line);
                continue;
            }
            break;
        }
        return i + 1;
    }

    // Returns false when the line is neither a detail line nor page chrome.
    bool detailOrChrome(const QString &line)
    {
        if (const auto items = parseDetailLine(line)) {
            for (const DetailItem &item : *items)
                applyDetail(item);
            return true;
        }
        if (isChromeLine(line)) {
            note(ImportNoteKind::DroppedChrome, {}, line, {},
                 Tr::tr("A line of web page furniture (sharing, printing, view counts …) was left out."));
            return true;
        }
        return false;
    }

    void applyDetail(const DetailItem &item)
    {
        auto dropped = [&](const QString &message) {
            note(ImportNoteKind::DroppedChrome, {}, item.original, {}, message);
        };
        auto keep = [&](QString &field) {
            if (item.value.isEmpty())
                dropped(Tr::tr("An empty detail line of the web page was left out."));
            else if (field.isEmpty())
                field = item.value;
            else if (field != item.value)
                note(ImportNoteKind::Warning, r.id, item.original, {},
                     Tr::tr("The page gives this detail twice; the first value was kept."));
        };
        switch (item.field) {
        case DetailField::Source:
            keep(r.details.source);
            break;
        case DetailField::PublishedOn:
            keep(r.details.publishedOn);
            break;
        case DetailField::DocumentDate:
            if (const auto date = parseLooseDate(item.value)) {
                if (!r.details.date.isValid())
                    r.details.date = *date;
                else if (r.details.date != *date)
                    note(ImportNoteKind::Warning, r.id, item.original, {},
                         Tr::tr("The page gives a second, different 成文日期; the date read first was kept."));
            } else if (!item.value.isEmpty()) {
                note(ImportNoteKind::Warning, r.id, item.original, {},
                     Tr::tr("The 成文日期 on the page is not a date that could be read; enter the date by hand."));
            } else {
                dropped(Tr::tr("An empty detail line of the web page was left out."));
            }
            break;
        case DetailField::Chrome:
            dropped(Tr::tr("A detail of the web page (view count, sharing, author …) was left out."));
            break;
        }
    }

    void readHeader(int begin, int end)
    {
        bool contentSeen = false;
        for (int i = begin; i < end; ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty() || detailOrChrome(line))
                continue;
            if (!contentSeen && isAddresseeLine(line)) {
                r.details.addressee = trimLine(line.left(line.size() - 1));
                contentSeen = true;
                continue;
            }
            if (r.preamble.isEmpty() && !r.details.date.isValid()) {
                if (const auto date = parseChineseDateLine(line, true)) {
                    r.details.date = *date;
                    note(ImportNoteKind::Inferred, r.id, line, date->toString(Qt::ISODate),
                         Tr::tr("The date under the title was taken as the report's date; it is printed under the signature."));
                    continue;
                }
            }
            r.preamble.append(Paragraph{newId(), line});
            contentSeen = true;
        }
    }

    void readBody(int begin, int end)
    {
        for (int i = begin; i < end; ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (const auto heading = parsePartHeading(line)) {
                RawPart part;
                part.number = heading->number;
                part.heading = heading->rest;
                // A heading line that runs on into body text: the heading is its first sentence.
                const qsizetype stop = part.heading.indexOf(u'。');
                if (stop >= 0) {
                    const QString rest = trimLine(part.heading.mid(stop + 1));
                    if (!rest.isEmpty()) {
                        part.heading = part.heading.left(stop + 1);
                        part.intro.append(rest);
                        note(ImportNoteKind::Warning, part.id, line, part.heading,
                             Tr::tr("The part heading ran on into body text; the text after its first sentence became "
                                "the part's first paragraph."));
                    }
                }
                if (heading->number != rawParts.size() + 1)
                    note(ImportNoteKind::Warning, part.id, numbering::partLabel(heading->number - 1),
                         numbering::partLabel(int(rawParts.size())),
                         Tr::tr("The parts were not numbered in sequence; the numbering is regenerated."));
                rawParts.append(part);
                continue;
            }
            RawPart &part = rawParts.last();
            if (const auto heading = parseSectionHeading(line)) {
                RawSection section;
                section.number = heading->number;
                const qsizetype stop = heading->rest.indexOf(u'。');
                if (stop < 0 || trimLine(heading->rest.mid(stop + 1)).isEmpty()) {
                    section.style = HeadingStyle::Standalone;
                    section.lead = trimLine(heading->rest);
                } else {
                    section.lead = heading->rest.left(stop + 1);
                    section.lines.append(heading->rest.mid(stop + 1));
                }
                if (heading->number != part.sections.size() + 1)
                    note(ImportNoteKind::Warning, section.id, numbering::sectionLabel(heading->number - 1),
                         numbering::sectionLabel(int(part.sections.size())),
                         Tr::tr("The work areas were not numbered in sequence; the numbering is regenerated."));
                part.sections.append(section);
                continue;
            }
            if (part.sections.isEmpty())
                part.intro.append(line);
            else
                part.sections.last().lines.append(line);
        }
    }

    // Paragraphs, then the points that close the body: "1." lines at its end, or a run-in enumeration in
    // its last paragraph. `runInFirst`: the first line continues a run-in lead (so it is no "1." item).
    Body buildBody(const QStringList &bodyLines, bool runInFirst)
    {
        Body body;
        const int count = int(bodyLines.size());

        // Numbered items: the last lines, numbered 1, 2, … n without a gap.
        QList<NumberedLine> items;
        int firstItem = -1;
        for (int k = count - 1; k >= (runInFirst ? 1 : 0); --k) {
            const auto item = parseNumberedLine(bodyLines.at(k));
            if (!item || (!items.isEmpty() && item->number != items.first().number - 1))
                break;
            items.prepend(*item);
            if (item->number == 1) {
                firstItem = k;
                break;
            }
        }
        if (firstItem >= 0) {
            for (int k = 0; k < firstItem; ++k)
                body.paragraphs.append(Paragraph{newId(), bodyLines.at(k)});
            body.pointStyle = PointStyle::Numbered;
            QStringList irregular;
            for (const NumberedLine &item : std::as_const(items)) {
                body.points.append(Point{newId(), item.text});
                if (item.separator != u'.')
                    irregular.append(QString::number(item.number) + item.separator);
            }
            if (!irregular.isEmpty())
                note(ImportNoteKind::Warning, body.points.first().id, irregular.join(u' '),
                     numbering::numberedPointLabel(0),
                     Tr::tr("Numbered items written as “1、” or “1．” are printed as “1.” (GB/T 9704)."));
            return body;
        }

        if (count > 0) {
            if (auto split = splitRunInPoints(bodyLines.last())) {
                for (int k = 0; k < count - 1; ++k)
                    body.paragraphs.append(Paragraph{newId(), bodyLines.at(k)});
                // Points continue the last paragraph. With nothing before 一是 they continue the lead (or
                // stand alone); after other paragraphs an empty paragraph keeps them on a line of their own.
                if (!trimLine(split->prefix).isEmpty() || count > 1)
                    body.paragraphs.append(Paragraph{newId(), split->prefix});
                body.pointStyle = PointStyle::RunIn;
                for (const RunInPoint &point : std::as_const(split->points)) {
                    body.points.append(Point{newId(), point.text});
                    if (point.restored) {
                        const QString label = numbering::runInPointLabel(point.number - 1);
                        note(ImportNoteKind::RestoredNumeral, body.points.last().id,
                             QStringLiteral("是") + excerpt(point.text), label + excerpt(point.text),
                             Tr::tr("The enumeration lost its numeral here (“……。是……”); it was restored as “%1”.")
                                 .arg(label));
                    }
                }
                return body;
            }
        }
        for (const QString &line : bodyLines)
            body.paragraphs.append(Paragraph{newId(), line});
        return body;
    }

    void buildParts()
    {
        QList<PartKind> kinds;
        for (const RawPart &raw : std::as_const(rawParts))
            kinds.append(classifyPartHeading(raw.heading, r.details.year));
        // The thematic family: work areas as 一、二、三、 before the shortcomings and plans.
        int closingParts = -1;
        for (int i = 0; i < kinds.size() && closingParts < 0; ++i) {
            if (kinds.at(i) == PartKind::Shortcomings || kinds.at(i) == PartKind::Plans)
                closingParts = i;
        }
        for (int i = 0; i < closingParts; ++i) {
            if (kinds.at(i) == PartKind::Custom && !rawParts.at(i).heading.isEmpty()) {
                kinds[i] = PartKind::Measures;
                note(ImportNoteKind::Inferred, rawParts.at(i).id, rawParts.at(i).heading, toString(PartKind::Measures),
                     Tr::tr("This part comes before the shortcomings and plans; it was taken as a work area (measures)."));
            }
        }
        for (int i = 0; i < rawParts.size(); ++i) {
            const RawPart &raw = rawParts.at(i);
            Part part;
            part.id = raw.id;
            part.kind = kinds.at(i);
            part.heading = raw.heading == defaultPartHeading(part.kind, r.details.year) ? QString() : raw.heading;
            part.intro = buildBody(raw.intro, false);
            for (const RawSection &rawSection : raw.sections) {
                Section section;
                section.id = rawSection.id;
                section.lead = rawSection.lead;
                section.headingStyle = rawSection.style;
                section.body = buildBody(rawSection.lines, rawSection.style == HeadingStyle::RunIn);
                part.sections.append(section);
            }
            r.parts.append(part);
        }
    }

    QString titleText() const { return title; }

    void inferYear()
    {
        int year = yearFromText(titleText());
        QString from = Tr::tr("the title");
        // The headings name the year: the work review names it, the plans name the year after.
        for (int i = 0; i < rawParts.size() && year == 0; ++i) {
            const QString &heading = rawParts.at(i).heading;
            if (classifyPartHeading(heading, 0) == PartKind::Measures && yearFromText(heading) > 0) {
                year = yearFromText(heading);
                from = Tr::tr("the heading of the work review");
            }
        }
        for (int i = 0; i < rawParts.size() && year == 0; ++i) {
            const QString &heading = rawParts.at(i).heading;
            if (classifyPartHeading(heading, 0) == PartKind::Plans && yearFromText(heading) > 0) {
                year = yearFromText(heading) - 1;
                from = Tr::tr("the heading of the plans");
            }
        }
        if (year == 0 && r.details.date.isValid()) {
            year = r.details.date.year() - 1;
            from = Tr::tr("the report's date");
        }
        if (year == 0) {
            // The year most named in the text: a report speaks mostly of the year it reports on.
            static const QRegularExpression re(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})[ \\x{3000}]*年"));
            QHash<int, int> counts;
            int bestCount = 0;
            for (const QString &line : std::as_const(lines)) {
                auto it = re.globalMatch(line);
                while (it.hasNext()) {
                    const int y = it.next().captured(1).toInt();
                    const int c = ++counts[y];
                    if (c > bestCount || (c == bestCount && y < year)) {
                        bestCount = c;
                        year = y;
                    }
                }
            }
            from = Tr::tr("the years named in the text");
        }
        if (year == 0) {
            if (const auto published = parseLooseDate(r.details.publishedOn)) {
                year = published->year() - 1;
                from = Tr::tr("the publication date");
            }
        }
        r.details.year = year;
        if (year > 0)
            note(ImportNoteKind::Inferred, r.id, {}, QString::number(year),
                 Tr::tr("The year reported on was taken from %1.").arg(from));
        else
            note(ImportNoteKind::Warning, r.id, {}, {}, Tr::tr("The year reported on could not be found; enter it by hand."));
    }

    void inferOrganization(int headerStart, int headerEnd)
    {
        QString org = organizationFromTitle(titleText());
        QString from = Tr::tr("the title");
        if (org.isEmpty()) {
            // An organisation line under the title.
            for (int i = headerStart; i < headerEnd; ++i) {
                const QString &line = lines.at(i);
                if (line.isEmpty() || parseDetailLine(line) || isChromeLine(line) || parseChineseDateLine(line, true))
                    continue;
                if (isSignatureLine(line, false)) {
                    org = line;
                    from = Tr::tr("the line under the title");
                }
                break;
            }
        }
        if (org.isEmpty() && !signatureLine.isEmpty()) {
            org = signatureLine;
            from = Tr::tr("the signature");
        }
        if (org.isEmpty() && !r.details.source.isEmpty()) {
            org = r.details.source;
            from = Tr::tr("the page's 信息来源");
        }
        r.details.organization = org;
        if (!org.isEmpty())
            note(ImportNoteKind::Inferred, r.id, {}, org, Tr::tr("The organization was taken from %1.").arg(from));
        else
            note(ImportNoteKind::Warning, r.id, {}, {},
                 Tr::tr("The issuing organization could not be found; enter it by hand."));
    }

    void inferTitle()
    {
        if (titleIndex < 0) {
            note(ImportNoteKind::Warning, r.id, {}, defaultTitle(r.details.organization, r.details.year),
                 Tr::tr("No title line was found; the title is generated from the organization and year."));
            return;
        }
        r.details.title = title == defaultTitle(r.details.organization, r.details.year) ? QString() : title;
    }

    QStringList lines;  // trimmed
    Report r;
    int titleIndex = -1;
    QString title;  // as typed (both lines of a title set on two)
    QList<int> trailerDetails;
    QString signatureLine;
    QStringList closingLines;
    QList<RawPart> rawParts;
};

}  // namespace

Report parseReportText(const QString &text)
{
    return TextReportParser(text).parse();
}

Result<Report> importReportText(const QString &text)
{
    if (text.size() > limits::kMaxImportTextLength)
        return limits::importTextTooLong();
    // Lines with text become nodes (or notes): count them before the parser builds anything.
    qsizetype linesWithText = 0;
    bool blank = true;
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            blank = true;
        } else if (blank && !isBlank(c)) {
            blank = false;
            if (++linesWithText > limits::kMaxNodesPerReport)
                return limits::tooManyParagraphsToImport();
        }
    }
    Report report = parseReportText(text);
    if (Status s = limits::check(report); !s)
        return s.error();
    return report;
}

Result<Report> importTextFile(const QString &path)
{
    Result<QByteArray> bytes = readInputFile(path, limits::kMaxTextFileSize);
    if (!bytes)
        return bytes.error();
    Result<DecodedText> decoded = decodeTextAndLines(bytes.value());
    if (!decoded)
        return decoded.error();
    bytes = QByteArray();  // the text is all that is needed from here on
    Result<Report> report = importReportText(decoded->text);
    if (!report)
        return report;
    for (const ForeignLine &line : std::as_const(decoded->foreignLines)) {
        report->importNotes.append(
            ImportNote{ImportNoteKind::Warning, {}, trimLine(line.text), {},
                       Tr::tr("Line %1 of the file was not in UTF-8 like the rest of it; it was read as GB18030 (GBK). "
                          "Check that its text is right.")
                           .arg(line.number)});
    }
    return report;
}

}  // namespace fazhi
