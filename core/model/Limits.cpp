#include "Limits.h"
#include "util/Translation.h"

#include <QCoreApplication>

namespace fazhi::limits {

namespace {


// Whole megabytes, rounded up, so a file just over the limit never reads as equal to it.
qint64 megabytes(qint64 bytes) { return (bytes + 1024 * 1024 - 1) / (1024 * 1024); }

Status checkBody(const Body &body)
{
    if (body.points.size() > kMaxPointsPerContainer)
        return tooManyPoints(body.points.size());
    for (const Paragraph &p : body.paragraphs) {
        if (Status s = checkFieldLength(p.text); !s)
            return s;
    }
    for (const Point &p : body.points) {
        if (Status s = checkFieldLength(p.text); !s)
            return s;
    }
    return {};
}

int nodeCount(const Body &body) { return int(body.paragraphs.size() + body.points.size()); }

}  // namespace

Error fieldTooLong(qsizetype length)
{
    return Error::data(Tr::tr("A text of %1 characters is too long: a paragraph or other field may hold at most "
                          "%2 characters. Split it into several paragraphs.")
                           .arg(length)
                           .arg(kMaxFieldLength));
}

Error commentTooLong(qsizetype length)
{
    return Error::data(Tr::tr("A comment of %1 characters is too long: a comment may hold at most %2 characters.")
                           .arg(length)
                           .arg(kMaxCommentLength));
}

Error tooManyNodes(qsizetype count)
{
    return Error::data(Tr::tr("The report would have %1 paragraphs, headings and points: a report may hold at most %2.")
                           .arg(count)
                           .arg(kMaxNodesPerReport));
}

Error tooManyParagraphsToImport()
{
    return Error::data(Tr::tr("The file has more than %1 paragraphs: a report may hold at most %1 paragraphs, "
                          "headings and points. Nothing was imported.")
                           .arg(kMaxNodesPerReport));
}

Error tooManyParts(qsizetype count)
{
    return Error::data(Tr::tr("The report has %1 parts (一、二、…): a report may have at most %2 parts.")
                           .arg(count)
                           .arg(kMaxPartsPerReport));
}

Error tooManySections(qsizetype count)
{
    return Error::data(Tr::tr("A part has %1 work areas (（一）（二）…): a part may have at most %2.")
                           .arg(count)
                           .arg(kMaxSectionsPerPart));
}

Error tooManyPoints(qsizetype count)
{
    return Error::data(Tr::tr("A part or work area has %1 points (一是… or 1. …): at most %2 points may follow one "
                          "another.")
                           .arg(count)
                           .arg(kMaxPointsPerContainer));
}

Error importTextTooLong()
{
    return Error::data(Tr::tr("The file holds more than %1 characters of text: at most %1 characters can be imported "
                          "as one report. Nothing was imported.")
                           .arg(kMaxImportTextLength));
}

Error docxPartTooLarge(const QString &part, qint64 size)
{
    return Error::data(Tr::tr("The Word document's part %1 is %2 MB uncompressed: at most %3 MB are read from one "
                          "part. The file is damaged or not a report.")
                           .arg(part)
                           .arg(megabytes(size))
                           .arg(megabytes(kMaxDocxPartSize)));
}

int nodeCount(const Section &section)
{
    return 1 + nodeCount(section.body) + int(section.facts.size());
}

int nodeCount(const Part &part)
{
    int count = 1 + nodeCount(part.intro);
    for (const Section &s : part.sections)
        count += nodeCount(s);
    return count;
}

int nodeCount(const Report &report)
{
    int count = int(report.preamble.size() + report.closing.size());
    for (const Part &p : report.parts)
        count += nodeCount(p);
    return count;
}

Status checkFieldLength(const QString &text)
{
    if (text.size() > kMaxFieldLength)
        return fieldTooLong(text.size());
    return {};
}

Status check(const Section &section)
{
    if (Status s = checkFieldLength(section.lead); !s)
        return s;
    if (Status s = checkBody(section.body); !s)
        return s;
    for (const Fact &f : section.facts) {
        for (const QString *text : {&f.label, &f.value, &f.unit, &f.qualifier}) {
            if (Status s = checkFieldLength(*text); !s)
                return s;
        }
    }
    return {};
}

Status check(const Part &part)
{
    if (part.sections.size() > kMaxSectionsPerPart)
        return tooManySections(part.sections.size());
    if (Status s = checkFieldLength(part.heading); !s)
        return s;
    if (Status s = checkBody(part.intro); !s)
        return s;
    for (const Section &section : part.sections) {
        if (Status s = check(section); !s)
            return s;
    }
    return {};
}

Status check(const Report &report)
{
    // Counts first: they are cheap and name what is wrong with a hostile file best.
    if (const int nodes = nodeCount(report); nodes > kMaxNodesPerReport)
        return tooManyNodes(nodes);
    if (report.parts.size() > kMaxPartsPerReport)
        return tooManyParts(report.parts.size());
    const ReportDetails &d = report.details;
    for (const QString *text : {&d.organization, &d.title, &d.addressee, &d.signature, &d.source, &d.publishedOn,
                                &d.publicationUrl, &d.documentNumber}) {
        if (Status s = checkFieldLength(*text); !s)
            return s;
    }
    for (const QList<Paragraph> *list : {&report.preamble, &report.closing}) {
        for (const Paragraph &p : *list) {
            if (Status s = checkFieldLength(p.text); !s)
                return s;
        }
    }
    for (const Part &part : report.parts) {
        if (Status s = check(part); !s)
            return s;
    }
    return {};
}

}  // namespace fazhi::limits
