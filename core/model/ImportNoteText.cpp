#include "ImportNoteText.h"

#include "model/PartKinds.h"
#include "util/Translation.h"

#include <QCoreApplication>

namespace fazhi {

namespace {

QString arg(const ImportNote &note, int i) { return note.args.value(i); }

// Where an inferred value came from, as the importer names it in the note's second argument.
QString sourceName(const QString &source)
{
    if (source == QLatin1String("title")) return Tr::tr("the title");
    if (source == QLatin1String("review-heading")) return Tr::tr("the heading of the work review");
    if (source == QLatin1String("plans-heading")) return Tr::tr("the heading of the plans");
    if (source == QLatin1String("date")) return Tr::tr("the report's date");
    if (source == QLatin1String("years-in-text")) return Tr::tr("the years named in the text");
    if (source == QLatin1String("published-on")) return Tr::tr("the publication date");
    if (source == QLatin1String("line-under-title")) return Tr::tr("the line under the title");
    if (source == QLatin1String("signature")) return Tr::tr("the signature");
    if (source == QLatin1String("page-source")) return Tr::tr("the page's 信息来源");
    if (source == QLatin1String("metadata")) return Tr::tr("the page's 政府信息公开 table");
    if (source == QLatin1String("body")) return Tr::tr("the body text");
    return source;
}

}  // namespace

QString detailFieldName(const QString &field)
{
    if (field == QLatin1String("year")) return Tr::tr("Year");
    if (field == QLatin1String("organization")) return Tr::tr("Organization");
    if (field == QLatin1String("date")) return Tr::tr("Date written");
    if (field == QLatin1String("publishedOn")) return Tr::tr("Published on");
    if (field == QLatin1String("documentNumber")) return Tr::tr("Document number");
    if (field == QLatin1String("source")) return Tr::tr("Source");
    if (field == QLatin1String("title")) return Tr::tr("Title");
    return field;
}

QString importNoteText(const ImportNote &note)
{
    const QString &c = note.code;
    if (c.isEmpty()) {
        // Stored before notes had codes: the sentence in the language of the import; translated when
        // the catalogue has its English source.
        const QByteArray source = note.message.toUtf8();
        const QString translated = QCoreApplication::translate("fazhi", source.constData());
        if (translated != note.message)
            return translated;
        // An English sentence the catalogue no longer has, shown in a translated UI: say what kind of
        // note it is in the UI's language (the sentence stays in the note's original column).
        bool han = false;
        for (const QChar ch : note.message)
            han = han || ch.script() == QChar::Script_Han;
        const bool translatedUi = Tr::tr("Year") != QLatin1String("Year");
        if (han || !translatedUi || note.message.isEmpty())
            return note.message;
        if (note.kind == ImportNoteKind::RestoredNumeral)
            return Tr::tr("The enumeration lost its numeral here; it was restored as “%1”.").arg(note.replacement.left(3));
        if (note.kind == ImportNoteKind::DroppedChrome)
            return Tr::tr("A line of web page furniture (sharing, printing, view counts …) was left out.");
        if (note.kind == ImportNoteKind::DroppedBanner)
            return Tr::tr("A line above the title (site banner or navigation) was left out of the report.");
        if (note.kind == ImportNoteKind::Inferred)
            return Tr::tr("A detail of the report was inferred from the text.");
        return note.message;
    }
    if (c == ImportNoteCode::FieldInferred)
        return Tr::tr("%1: inferred from %2 as %3").arg(detailFieldName(arg(note, 0)), sourceName(arg(note, 1)), arg(note, 2));
    if (c == ImportNoteCode::FieldMissing)
        return Tr::tr("%1: not found in the text; enter it by hand.").arg(detailFieldName(arg(note, 0)));
    if (c == ImportNoteCode::TitleJoined)
        return Tr::tr("The title was set on two lines; they were joined.");
    if (c == ImportNoteCode::NoTitle)
        return Tr::tr("No title line was found; the title is generated from the organization and year.");
    if (c == ImportNoteCode::NoParts)
        return Tr::tr("No part headings (一、二、…) were found; the text is kept as the report's preamble.");
    if (c == ImportNoteCode::BannerDropped)
        return Tr::tr("A line above the title (site banner or navigation) was left out of the report.");
    if (c == ImportNoteCode::ChromeDropped)
        return Tr::tr("A line of web page furniture (sharing, printing, view counts …) was left out.");
    if (c == ImportNoteCode::DetailDropped)
        return Tr::tr("A detail of the web page (view count, sharing, author …) was left out.");
    if (c == ImportNoteCode::DetailEmpty)
        return Tr::tr("An empty detail line of the web page was left out.");
    if (c == ImportNoteCode::DetailTwice)
        return Tr::tr("%1: the page gives it twice; the first value was kept.").arg(detailFieldName(arg(note, 0)));
    if (c == ImportNoteCode::DateUnreadable)
        return Tr::tr("The 成文日期 on the page is not a date that could be read; enter the date by hand.");
    if (c == ImportNoteCode::DateUnderTitle)
        return Tr::tr("The date under the title was taken as the report's date; it is printed under the signature.");
    if (c == ImportNoteCode::LongParagraphSplit)
        return Tr::tr("A paragraph of %1 characters is longer than a paragraph may be (%2 characters); it was "
                      "split into %3 paragraphs at sentence ends. No text was lost.")
            .arg(arg(note, 0), arg(note, 1), arg(note, 2));
    if (c == ImportNoteCode::HeadingRunOn)
        return Tr::tr("The part heading ran on into body text; the text after its first sentence became the part's "
                      "first paragraph.");
    if (c == ImportNoteCode::PartsOutOfSequence)
        return Tr::tr("The parts were not numbered in sequence; the numbering is regenerated.");
    if (c == ImportNoteCode::SectionsOutOfSequence)
        return Tr::tr("The work areas were not numbered in sequence; the numbering is regenerated.");
    if (c == ImportNoteCode::NumberedNormalised)
        return Tr::tr("Numbered items written as “%1” are printed as “1.” (GB/T 9704).").arg(arg(note, 0));
    if (c == ImportNoteCode::NumeralRestored)
        return Tr::tr("The enumeration lost its numeral here (“……。是……”); it was restored as “%1”.").arg(arg(note, 0));
    if (c == ImportNoteCode::MeasuresByPosition)
        return Tr::tr("This part comes before the shortcomings and plans; it was taken as a work area (measures).");
    if (c == ImportNoteCode::NestedNumbering)
        return Tr::tr("“%1” numbers the parts, but here it numbers again inside a part; it was taken as the work "
                      "area “%2”.")
            .arg(arg(note, 0), arg(note, 1));
    if (c == ImportNoteCode::NumeralRepaired)
        return Tr::tr("The numeral “%1” was damaged (a bracket or 、 lost); it was read as “%2”.").arg(arg(note, 0), arg(note, 1));
    if (c == ImportNoteCode::SectionsFromNumbered)
        return Tr::tr("Headings numbered “%1” between the paragraphs of a part were taken as its work areas "
                      "（一）（二）….")
            .arg(arg(note, 0));
    if (c == ImportNoteCode::LeadInHeading) {
        const std::optional<PartKind> kind = partKindFromString(arg(note, 0));
        return Tr::tr("The heading is a lead-in sentence; the part was taken as “%1”. It can be split into the "
                      "part's heading and an opening paragraph that keeps the sentence.")
            .arg(kind ? partKindName(*kind) : arg(note, 0));
    }
    if (c == ImportNoteCode::AnnotationMoved)
        return Tr::tr("The annotation “%1” under the date is kept before the signature: the report has no place "
                      "after its date.")
            .arg(arg(note, 0));
    if (c == ImportNoteCode::SectionsAsParts)
        return Tr::tr("The report numbers its parts （一）（二）… with no 一、 above them; “%1” was taken as the part “%2”.")
            .arg(arg(note, 0), arg(note, 1));
    if (c == ImportNoteCode::SectionsRunTogether)
        return Tr::tr("The work area “%1” was run on in the line of the one before; it was made a work area of its "
                      "own.")
            .arg(arg(note, 0));
    if (c == ImportNoteCode::ForeignLine)
        return Tr::tr("Line %1 of the file was not in UTF-8 like the rest of it; it was read as GB18030 (GBK). "
                      "Check that its text is right.")
            .arg(arg(note, 0));
    return note.message.isEmpty() ? c : note.message;
}

}  // namespace fazhi
