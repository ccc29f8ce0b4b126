#include "TextImporter.h"

#include "ImportRules.h"
#include "RunInPoints.h"
#include "model/ImportNoteText.h"
#include "model/Limits.h"
#include "model/Numbering.h"
#include "model/PartKinds.h"
#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
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
// Read against the numbering, with a note each (Report::importNotes, a code and its arguments):
//   一、 used again inside a part        → its sections (told from a 二、 that follows)
//   一） （二 (三） 二党政… 三，           → the level the numbering says
//   1、 (1) ① headings between paragraphs → sections; at a body's end → numbered points
//   "一是……" paragraphs at a body's end   → points of the paragraph style
//   （一）…。（二）… on one line          → two sections
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
    bool nestedFamily = false;  // its work areas are numbered 一、二、 like the parts
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
                 ImportNoteCode::LongParagraphSplit,
                 {QString::number(trimmed.size()), QString::number(limits::kMaxFieldLength),
                  QString::number(pieces.size())});
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
        if (firstPart < 0)
            firstPart = sectionsAsParts();
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
                         ImportNoteCode::TitleJoined);
                }
            }
        }
        for (int i = 0; i < titleStart; ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (const int used = bareDetail(i, titleStart)) {  // the 政府信息公开 table, a value under each label
                i += used - 1;
                continue;
            }
            if (parseDetailLine(line)) {  // 发布日期 / 信息来源 printed above the title
                detailOrChrome(line);
                continue;
            }
            if (isChromeLine(line) && !isBreadcrumbLine(line)) {  // above the title a breadcrumb is the banner's
                detailOrChrome(line);
                continue;
            }
            note(ImportNoteKind::DroppedBanner, {}, line, {}, ImportNoteCode::BannerDropped);
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

        // The organisation's name as the signature is the default one (an empty 署名 prints it).
        r.details.signature = signatureLine == r.details.organization ? QString() : signatureLine;
        for (const QString &line : std::as_const(closingLines))
            r.closing.append(Paragraph{newId(), line});
        if (!annotationLine.isEmpty())
            r.closing.append(Paragraph{newId(), annotationLine});
        if (r.parts.isEmpty())
            note(ImportNoteKind::Warning, r.id, {}, {}, ImportNoteCode::NoParts);

        r.status = ReportStatus::Draft;
        r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
        assignMissingIds(r);
        return std::move(r);
    }

private:
    void note(const QString &kind, const QUuid &node, const QString &original, const QString &replacement,
              const QString &code, const QStringList &args = {})
    {
        ImportNote n{kind, node, original, replacement, QString(), code, args};
        // The sentence too, for readers that keep only it (older workspaces and review copies).
        n.message = importNoteText(n);
        r.importNotes.append(std::move(n));
    }

    // A label alone on its line ("索引号", "发布机构：") and its value on the next: the 政府信息公开 table
    // as a page gives it when copied. Returns the lines used (0: line i is no such label).
    int bareDetail(int i, int end)
    {
        const auto field = parseBareDetailLabel(lines.at(i));
        if (!field)
            return 0;
        QString value;
        int used = 1;
        if (i + 1 < end) {
            const QString &next = lines.at(i + 1);
            if (!next.isEmpty() && !parseBareDetailLabel(next) && !parseDetailLine(next) && !parsePartHeading(next)
                && !parseSectionHeading(next) && !parseNumberedLine(next) && !isChromeLine(next)
                && titleStrength(next) == 0 && next.size() <= 60 && firstSentenceEnd(next) < 0) {
                value = next;
                used = 2;
            }
        }
        DetailItem item;
        item.field = *field;
        QString label = stripBullets(lines.at(i));
        while (!label.isEmpty() && (label.back() == u':' || label.back() == u'：'))
            label.chop(1);
        item.label = label;
        item.value = value;
        item.original = used == 2 ? lines.at(i) + u'\n' + value : lines.at(i);
        applyDetail(item);
        return used;
    }

    // A report numbered （一）（二）… at the top, with no 一、 at all, whose headings name the regulation's
    // contents (（一）主要举措 …（三）存在的问题 （四）下一步打算): those are its parts. Rewrites their
    // numerals to the part form (numbering is generated, so no text changes) and returns the first.
    int sectionsAsParts()
    {
        QList<int> at;
        int named = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const auto heading = parseSectionHeading(lines.at(i));
            if (!heading || heading->number != at.size() + 1)
                continue;
            const QString rest = trimLine(heading->rest);
            if (firstSentenceEnd(rest) >= 0 && firstSentenceEnd(rest) + 1 < rest.size())
                continue;  // a run-in lead: a work area
            at.append(i);
            named += classifyPartHeading(rest, 0) != PartKind::Custom ? 1 : 0;
        }
        // Shortcomings or plans among them, and most of them naming a content.
        bool closing = false;
        for (int i : std::as_const(at)) {
            const PartKind kind = classifyPartHeading(trimLine(parseSectionHeading(lines.at(i))->rest), 0);
            closing = closing || kind == PartKind::Shortcomings || kind == PartKind::Plans;
        }
        if (at.size() < 2 || !closing || named * 2 < at.size())
            return -1;
        for (int i : std::as_const(at)) {
            const auto heading = parseSectionHeading(lines.at(i));
            note(ImportNoteKind::Repaired, {}, heading->marker, numbering::partLabel(heading->number - 1),
                 ImportNoteCode::SectionsAsParts, {heading->marker, numbering::partLabel(heading->number - 1)});
            lines[i] = numbering::partLabel(heading->number - 1) + trimLine(heading->rest);
        }
        return at.first();
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
            // "（此件公开发布）" under the date: the report has no place after its date, so the note is
            // kept before the signature (told), and the signature and date above it are read.
            static const QRegularExpression annotation(QStringLiteral("^[（(]此件[^）)]{1,12}[)）]$"));
            if (aboveNothing && !haveDate && annotationLine.isEmpty() && annotation.match(line).hasMatch()) {
                annotationLine = line;
                note(ImportNoteKind::Warning, r.id, line, line, ImportNoteCode::AnnotationMoved, {line});
                continue;
            }
            if (aboveNothing && !haveDate) {
                if (const auto date = parseChineseDateLine(line, false)) {
                    r.details.date = *date;
                    haveDate = true;
                    continue;
                }
                // "2024-01-10", "2024.1.10" alone under the signature.
                static const QRegularExpression numeric(
                    QStringLiteral("^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})$"));
                if (const auto m = numeric.match(line); m.hasMatch()) {
                    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                    if (date.isValid()) {
                        r.details.date = date;
                        haveDate = true;
                        note(ImportNoteKind::Inferred, r.id, line, date.toString(Qt::ISODate), ImportNoteCode::FieldInferred,
                             {QStringLiteral("date"), QStringLiteral("signature"), line});
                        continue;
                    }
                }
                // "东平镇人民政府　2024年1月12日": signature and date on one line.
                static const QRegularExpression signedAndDated(
                    QStringLiteral("^(.+?)[ \\t\\x{3000}]+(\\d{4}[ \\x{3000}]*年.+日)$"));
                if (const auto m = signedAndDated.match(line); m.hasMatch()) {
                    const auto date = parseChineseDateLine(m.captured(2), false);
                    const QString name = trimLine(m.captured(1));
                    if (date && isSignatureLine(name, true)) {
                        r.details.date = *date;
                        haveDate = true;
                        signatureLine = name;
                        note(ImportNoteKind::Inferred, r.id, line, name, ImportNoteCode::FieldInferred,
                             {QStringLiteral("date"), QStringLiteral("signature"), m.captured(2)});
                        continue;
                    }
                }
            }
            if (aboveNothing && isSignatureLine(line, haveDate)) {
                signatureLine = line;
                continue;
            }
            // "中共新河街道工作委员会" above "新河街道办事处": the Party committee and the government sign together.
            if (!signatureLine.isEmpty() && closingLines.isEmpty() && !signatureLine.contains(u' ')
                && isSignatureLine(line, haveDate) && line.size() + signatureLine.size() < 40) {
                signatureLine = line + u' ' + signatureLine;
                continue;
            }
            if (isClosingLine(line) || (closingLines.isEmpty() && annotation.match(line).hasMatch())) {
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
            note(ImportNoteKind::DroppedChrome, {}, line, {}, ImportNoteCode::ChromeDropped);
            return true;
        }
        return false;
    }

    void applyDetail(const DetailItem &item)
    {
        auto dropped = [&](const QString &code) { note(ImportNoteKind::DroppedChrome, {}, item.original, {}, code); };
        // Each detail line leaves the body with a note (so the user sees where the value came from).
        auto keep = [&](QString &field, const QString &name) {
            if (item.value.isEmpty())
                dropped(ImportNoteCode::DetailEmpty);
            else if (field.isEmpty() || field == item.value) {
                field = item.value;
                note(ImportNoteKind::Inferred, r.id, item.original, item.value, ImportNoteCode::FieldInferred,
                     {name, QStringLiteral("metadata"), item.value});
            } else
                note(ImportNoteKind::Warning, r.id, item.original, {}, ImportNoteCode::DetailTwice, {name});
        };
        switch (item.field) {
        case DetailField::Source:
            keep(r.details.source, QStringLiteral("source"));
            break;
        case DetailField::PublishedOn:
            keep(r.details.publishedOn, QStringLiteral("publishedOn"));
            break;
        case DetailField::Organization:
            keep(metaOrganization, QStringLiteral("organization"));
            break;
        case DetailField::DocumentNumber:
            // "无" or "-" in the table: the report has no number.
            if (item.value == QStringLiteral("无") || item.value == QStringLiteral("-") || item.value == QStringLiteral("/"))
                dropped(ImportNoteCode::DetailEmpty);
            else
                keep(r.details.documentNumber, QStringLiteral("documentNumber"));
            break;
        case DetailField::DocumentDate:
            if (const auto date = parseLooseDate(item.value)) {
                if (!r.details.date.isValid() || r.details.date == *date) {
                    r.details.date = *date;
                    note(ImportNoteKind::Inferred, r.id, item.original, date->toString(Qt::ISODate),
                         ImportNoteCode::FieldInferred, {QStringLiteral("date"), QStringLiteral("metadata"), item.value});
                } else {
                    note(ImportNoteKind::Warning, r.id, item.original, {}, ImportNoteCode::DetailTwice,
                         {QStringLiteral("date")});
                }
            } else if (!item.value.isEmpty()) {
                note(ImportNoteKind::Warning, r.id, item.original, {}, ImportNoteCode::DateUnreadable);
            } else {
                dropped(ImportNoteCode::DetailEmpty);
            }
            break;
        case DetailField::Chrome:
            dropped(ImportNoteCode::DetailDropped);
            break;
        }
    }

    void readHeader(int begin, int end)
    {
        bool contentSeen = false;
        for (int i = begin; i < end; ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty())
                continue;
            if (const int used = bareDetail(i, end)) {
                i += used - 1;
                continue;
            }
            if (detailOrChrome(line))
                continue;
            if (!contentSeen && isAddresseeLine(line)) {
                r.details.addressee = trimLine(line.left(line.size() - 1));
                contentSeen = true;
                continue;
            }
            if (r.preamble.isEmpty() && !r.details.date.isValid()) {
                if (const auto date = parseChineseDateLine(line, true)) {
                    r.details.date = *date;
                    note(ImportNoteKind::Inferred, r.id, line, date->toString(Qt::ISODate), ImportNoteCode::DateUnderTitle);
                    continue;
                }
            }
            r.preamble.append(Paragraph{newId(), line});
            contentSeen = true;
        }
    }

    // A section from its heading line: a run-in lead up to the first sentence end, the rest its body;
    // a line of one sentence (or none) is a standalone heading.
    static RawSection sectionFrom(int number, const QString &rest)
    {
        RawSection section;
        section.number = number;
        const qsizetype stop = firstSentenceEnd(rest);
        if (stop < 0 || trimLine(rest.mid(stop + 1)).isEmpty()) {
            section.style = HeadingStyle::Standalone;
            section.lead = trimLine(rest);
        } else {
            section.lead = rest.left(stop + 1);
            section.lines.append(rest.mid(stop + 1));
        }
        return section;
    }

    // Whether a heading numbered like a part names a part of its own (leaders' duty, shortcomings,
    // plans, other) rather than a work area.
    bool namesClosingPart(const QString &heading) const
    {
        const PartKind kind = classifyPartHeading(heading, 0);
        return kind != PartKind::Custom && kind != PartKind::Measures;
    }

    void addSection(RawPart &part, RawSection section)
    {
        if (section.number != part.sections.size() + 1)
            note(ImportNoteKind::Warning, section.id, numbering::sectionLabel(section.number - 1),
                 numbering::sectionLabel(int(part.sections.size())), ImportNoteCode::SectionsOutOfSequence);
        part.sections.append(std::move(section));
    }

    // The number of the next line from `from` numbered like a part (0: none).
    static int nextPartNumeral(const QStringList &body, int from)
    {
        for (int j = from; j < body.size(); ++j) {
            if (const auto h = parsePartHeading(body.at(j)))
                return h->number;
        }
        return 0;
    }

    // "（一）加强学习。（二）规范执法。": work areas run together on one line, each after a sentence end,
    // numbered in sequence, are lines of their own. The lines split off are marked in `splitOff`.
    QStringList separateRunTogetherSections(const QStringList &body, QSet<int> &splitOff) const
    {
        QStringList out;
        for (const QString &line : body) {
            auto section = parseSectionHeading(line);
            QString rest = line;
            while (section) {
                static const QRegularExpression inner(QStringLiteral(
                    "[。；;.！？][ \\t\\x{3000}]*([（(][ \\t\\x{3000}]*([一二三四五六七八九十]{1,3})[ \\t\\x{3000}]*[)）])"));
                qsizetype cut = -1;
                int number = 0;
                for (auto it = inner.globalMatch(rest); it.hasNext();) {
                    const auto m = it.next();
                    if (numbering::parseChineseNumeral(m.captured(2)) == section->number + 1) {
                        cut = m.capturedStart(1);
                        number = section->number + 1;
                        break;
                    }
                }
                if (cut < 0)
                    break;
                out.append(trimLine(rest.left(cut)));
                rest = trimLine(rest.mid(cut));
                splitOff.insert(int(out.size()));
                section = SectionHeadingLine{number, {}, {}, false};
            }
            out.append(rest);
        }
        return out;
    }

    void readBody(int begin, int end)
    {
        QSet<int> splitOff;
        const QStringList body = separateRunTogetherSections(lines.mid(begin, end - begin), splitOff);
        for (int i = 0; i < body.size(); ++i) {
            const QString &line = body.at(i);
            if (line.isEmpty())
                continue;
            // The page's furniture between the report's paragraphs (a share bar under a picture …).
            if (!rawParts.isEmpty() && isChromeLine(line)) {
                note(ImportNoteKind::DroppedChrome, {}, line, {}, ImportNoteCode::ChromeDropped);
                continue;
            }
            const int nextPart = int(rawParts.size()) + 1;
            std::optional<PartHeadingLine> heading = parsePartHeading(line);
            bool damagedPart = false;
            if (!heading && !rawParts.isEmpty()) {
                // "二党政主要负责人……", "三，存在的问题": the number that comes next, naming a part.
                if (auto damaged = parseDamagedPartHeading(line); damaged && damaged->number == nextPart
                    && damaged->rest.size() <= 40 && firstSentenceEnd(damaged->rest) < 0
                    && classifyPartHeading(damaged->rest, 0) != PartKind::Custom) {
                    heading = damaged;
                    damagedPart = true;
                }
            }
            if (heading && !rawParts.isEmpty()) {
                // The part numerals used again for the work areas inside a part (一、主要工作 一、… 二、…).
                RawPart &current = rawParts.last();
                const int nextSection = int(current.sections.size()) + 1;
                const bool restart = heading->number == 1 && nextPart > 1 && current.sections.isEmpty()
                    && !current.nestedFamily && nextPartNumeral(body, i + 1) == 2;
                const bool continues = current.nestedFamily && heading->number == nextSection
                    && (heading->number != nextPart || !namesClosingPart(heading->rest));
                if (!damagedPart && (restart || continues)) {
                    current.nestedFamily = true;
                    RawSection section = sectionFrom(heading->number, heading->rest);
                    note(ImportNoteKind::Repaired, section.id, heading->marker, numbering::sectionLabel(nextSection - 1),
                         ImportNoteCode::NestedNumbering, {heading->marker, numbering::sectionLabel(nextSection - 1)});
                    addSection(current, std::move(section));
                    continue;
                }
            }
            if (heading) {
                RawPart part;
                part.number = heading->number;
                part.heading = heading->rest;
                if (damagedPart)
                    note(ImportNoteKind::Repaired, part.id, heading->marker, numbering::partLabel(heading->number - 1),
                         ImportNoteCode::NumeralRepaired, {heading->marker, numbering::partLabel(heading->number - 1)});
                // A heading line that runs on into body text: the heading is its first sentence.
                const qsizetype stop = firstSentenceEnd(part.heading);
                if (stop >= 0) {
                    const QString rest = trimLine(part.heading.mid(stop + 1));
                    if (!rest.isEmpty()) {
                        part.heading = part.heading.left(stop + 1);
                        part.intro.append(rest);
                        note(ImportNoteKind::Warning, part.id, line, part.heading, ImportNoteCode::HeadingRunOn);
                    }
                }
                if (heading->number != rawParts.size() + 1)
                    note(ImportNoteKind::Warning, part.id, numbering::partLabel(heading->number - 1),
                         numbering::partLabel(int(rawParts.size())), ImportNoteCode::PartsOutOfSequence);
                rawParts.append(part);
                continue;
            }
            RawPart &part = rawParts.last();
            std::optional<SectionHeadingLine> section = parseSectionHeading(line);
            if (!section) {
                // "（二加强……": the bracket lost, with the number that comes next.
                if (auto damaged = parseDamagedSectionHeading(line);
                    damaged && damaged->number == part.sections.size() + 1 && damaged->number > 1)
                    section = damaged;
            }
            if (section) {
                RawSection raw = sectionFrom(section->number, section->rest);
                if (splitOff.contains(i))
                    note(ImportNoteKind::Repaired, raw.id, section->marker, numbering::sectionLabel(section->number - 1),
                         ImportNoteCode::SectionsRunTogether, {section->marker});
                if (section->damaged)
                    note(ImportNoteKind::Repaired, raw.id, section->marker, numbering::sectionLabel(section->number - 1),
                         ImportNoteCode::NumeralRepaired, {section->marker, numbering::sectionLabel(section->number - 1)});
                addSection(part, std::move(raw));
                continue;
            }
            if (part.sections.isEmpty())
                part.intro.append(line);
            else
                part.sections.last().lines.append(line);
        }
        for (RawPart &part : rawParts)
            sectionsFromNumberedLines(part);
    }

    // A part without （一） headings whose paragraphs are numbered "1、" "(1)" "①" with other paragraphs
    // between them: those are its work areas (numbered points stand together at a body's end).
    void sectionsFromNumberedLines(RawPart &part)
    {
        if (!part.sections.isEmpty() || part.intro.size() < 2)
            return;
        QList<int> at;
        QString marker;
        for (int k = 0; k < part.intro.size(); ++k) {
            const auto item = parseNumberedLine(part.intro.at(k));
            if (!item)
                continue;
            if (at.isEmpty() && item->number != 1)
                continue;
            if (!at.isEmpty()) {
                const auto first = parseNumberedLine(part.intro.at(at.first()));
                if (item->separator != first->separator)
                    continue;  // another level ("①" points inside a "1、" area)
                if (item->number != at.size() + 1)
                    return;
            }
            if (at.isEmpty())
                marker = item->marker;
            at.append(k);
        }
        if (at.size() < 2)
            return;
        bool interleaved = false;
        for (int j = 1; j < at.size(); ++j)
            interleaved = interleaved || at.at(j) != at.at(j - 1) + 1;
        // The last area has a body of its own too (else the numbers may be the part's closing points).
        interleaved = interleaved && at.last() + 1 < part.intro.size();
        // Or each numbered line opens with a short lead sentence and goes on ("1.加强组织领导。镇党委……"):
        // work areas with run-in leads, not the points of an enumeration.
        bool led = true;
        for (int k : std::as_const(at)) {
            const QString text = parseNumberedLine(part.intro.at(k))->text;
            const qsizetype stop = firstSentenceEnd(text);
            led = led && stop >= 3 && stop <= 30 && !trimLine(text.mid(stop + 1)).isEmpty();
        }
        if (!interleaved && !led)
            return;
        const QStringList intro = part.intro;
        part.intro = intro.mid(0, at.first());
        for (int j = 0; j < at.size(); ++j) {
            const auto item = parseNumberedLine(intro.at(at.at(j)));
            RawSection section = sectionFrom(item->number, item->text);
            const int stop = j + 1 < at.size() ? at.at(j + 1) : int(intro.size());
            section.lines += intro.mid(at.at(j) + 1, stop - at.at(j) - 1);
            if (j == 0)
                note(ImportNoteKind::Repaired, section.id, marker, numbering::sectionLabel(0),
                     ImportNoteCode::SectionsFromNumbered, {marker});
            part.sections.append(std::move(section));
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
                     numbering::numberedPointLabel(0), ImportNoteCode::NumberedNormalised, {irregular.first()});
            return body;
        }

        // Points that each open a paragraph: "一是……" "二是……" as the body's last paragraphs.
        int firstOpening = -1;
        int expected = 0;
        for (int k = count - 1; k >= (runInFirst ? 1 : 0); --k) {
            const auto point = parseOpeningPoint(bodyLines.at(k));
            if (!point || (expected > 0 && point->number != expected - 1) || (expected == 0 && point->number < 2))
                break;
            expected = point->number;
            if (point->number == 1) {
                firstOpening = k;
                break;
            }
        }
        if (firstOpening >= 0) {
            for (int k = 0; k < firstOpening; ++k)
                body.paragraphs.append(Paragraph{newId(), bodyLines.at(k)});
            body.pointStyle = PointStyle::Paragraphs;
            for (int k = firstOpening; k < count; ++k)
                body.points.append(Point{newId(), parseOpeningPoint(bodyLines.at(k))->text});
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
                             ImportNoteCode::NumeralRestored, {label});
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
                     ImportNoteCode::MeasuresByPosition);
            }
        }
        for (int i = 0; i < rawParts.size(); ++i) {
            const RawPart &raw = rawParts.at(i);
            Part part;
            part.id = raw.id;
            part.kind = kinds.at(i);
            part.heading = raw.heading == defaultPartHeading(part.kind, r.details.year) ? QString() : raw.heading;
            if (part.kind != PartKind::Custom && isLeadInSentence(raw.heading))
                note(ImportNoteKind::Inferred, part.id, raw.heading, defaultPartHeading(part.kind, r.details.year),
                     ImportNoteCode::LeadInHeading, {toString(part.kind)});
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
        QString from = QStringLiteral("title");
        // The headings name the year: the work review names it, the plans name the year after.
        for (int i = 0; i < rawParts.size() && year == 0; ++i) {
            const QString &heading = rawParts.at(i).heading;
            if (classifyPartHeading(heading, 0) == PartKind::Measures && yearFromText(heading) > 0) {
                year = yearFromText(heading);
                from = QStringLiteral("review-heading");
            }
        }
        for (int i = 0; i < rawParts.size() && year == 0; ++i) {
            const QString &heading = rawParts.at(i).heading;
            if (classifyPartHeading(heading, 0) == PartKind::Plans && yearFromText(heading) > 0) {
                year = yearFromText(heading) - 1;
                from = QStringLiteral("plans-heading");
            }
        }
        if (year == 0 && r.details.date.isValid()) {
            year = r.details.date.year() - 1;
            from = QStringLiteral("date");
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
            from = QStringLiteral("years-in-text");
        }
        if (year == 0) {
            if (const auto published = parseLooseDate(r.details.publishedOn)) {
                year = published->year() - 1;
                from = QStringLiteral("published-on");
            }
        }
        r.details.year = year;
        if (year > 0)
            note(ImportNoteKind::Inferred, r.id, {}, QString::number(year), ImportNoteCode::FieldInferred,
                 {QStringLiteral("year"), from, QString::number(year)});
        else
            note(ImportNoteKind::Warning, r.id, {}, {}, ImportNoteCode::FieldMissing, {QStringLiteral("year")});
    }

    void inferOrganization(int headerStart, int headerEnd)
    {
        QString org = organizationFromTitle(titleText());
        QString from = QStringLiteral("title");
        // The signature or the page's table name the body in full where the title has a short form
        // ("向阳街道" in the title, "武昌区向阳街道办事处" under the report).
        const QString signed_ = signatureOrganization();
        for (const auto &[full, source] : {std::pair{signed_, QStringLiteral("signature")},
                                           std::pair{metaOrganization, QStringLiteral("metadata")}}) {
            const bool government = (full.endsWith(QStringLiteral("人民政府")) || full.endsWith(QStringLiteral("办事处")))
                && !full.startsWith(QStringLiteral("中共"));
            if (!org.isEmpty() && government && full != org && full.contains(org)) {
                org = full;
                from = source;
                break;
            }
        }
        if (org.isEmpty()) {
            // An organisation line under the title.
            for (int i = headerStart; i < headerEnd; ++i) {
                const QString &line = lines.at(i);
                if (line.isEmpty() || parseDetailLine(line) || isChromeLine(line) || parseChineseDateLine(line, true))
                    continue;
                if (parseBareDetailLabel(line)) {
                    ++i;
                    continue;
                }
                if (isSignatureLine(line, false)) {
                    org = line;
                    from = QStringLiteral("line-under-title");
                }
                break;
            }
        }
        if (org.isEmpty() && !signed_.isEmpty()) {
            org = signed_;
            from = QStringLiteral("signature");
        }
        if (org.isEmpty() && !metaOrganization.isEmpty()) {
            org = metaOrganization;
            from = QStringLiteral("metadata");
        }
        // The 信息来源 when it names a body ("本站", "原创" do not).
        if (org.isEmpty() && !r.details.source.isEmpty() && isSignatureLine(r.details.source, false)) {
            org = r.details.source;
            from = QStringLiteral("page-source");
        }
        if (org.isEmpty()) {
            // The report's own text only: not the banner above the title, not the page's details.
            QStringList text;
            for (int i = headerStart; i < lines.size(); ++i) {
                if (!parseDetailLine(lines.at(i)) && !isChromeLine(lines.at(i)))
                    text.append(lines.at(i));
            }
            org = organizationFromBody(text);
            from = QStringLiteral("body");
        }
        r.details.organization = org;
        if (!org.isEmpty() && from == QLatin1String("metadata") && org == metaOrganization)
            return;  // the table's row has its note already
        if (!org.isEmpty())
            note(ImportNoteKind::Inferred, r.id, {}, org, ImportNoteCode::FieldInferred,
                 {QStringLiteral("organization"), from, org});
        else
            note(ImportNoteKind::Warning, r.id, {}, {}, ImportNoteCode::FieldMissing, {QStringLiteral("organization")});
    }

    // The government among the signatures ("中共××镇委员会 ××镇人民政府" → the last).
    QString signatureOrganization() const
    {
        const QStringList words = signatureLine.split(u' ', Qt::SkipEmptyParts);
        return words.isEmpty() ? QString() : words.last();
    }

    // "2024年，我镇将从以下三个方面持续发力，进一步做好……工作。": a sentence, not a heading.
    static bool isLeadInSentence(const QString &heading)
    {
        if (heading.size() < 16)
            return false;
        const bool pause = heading.contains(u'，') || heading.contains(u',');
        const QChar last = heading.back();
        const bool ends = last == u'。' || last == u'：' || last == u':' || last == u'.';
        return pause && ends;
    }

    void inferTitle()
    {
        if (titleIndex < 0) {
            note(ImportNoteKind::Warning, r.id, {}, defaultTitle(r.details.organization, r.details.year),
                 ImportNoteCode::NoTitle);
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
    QString metaOrganization;  // 发布机构 of the page's table
    QString annotationLine;    // "（此件公开发布）" under the date
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
        ImportNote n{ImportNoteKind::Warning, {}, trimLine(line.text), {}, QString(), ImportNoteCode::ForeignLine,
                     {QString::number(line.number)}};
        n.message = importNoteText(n);
        report->importNotes.append(std::move(n));
    }
    return report;
}

}  // namespace fazhi
