#pragma once
// The report model: plain value types that hold any real-world layout of a
// 法治政府建设年度报告 (see shared/docs/domain.md for the glossary).
//
// Numbering (一、（一）一是 1.) is never stored: it is generated from position when rendering.
// Every node carries a stable UUID so review comments can anchor to it and so that a report keeps
// its identity wherever it travels.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>
#include <utility>

namespace fazhi {

// The regulation's five contents, plus anything a township adds of its own.
enum class PartKind { Measures, LeadersDuty, Shortcomings, Plans, Other, Custom };
// A run-in lead sentence opens the first body line ("（一）强化组织领导。我镇……");
// a standalone heading stands on a line of its own with the body below it.
enum class HeadingStyle { RunIn, Standalone };
// Run-in points continue one paragraph ("一是……；二是……"); numbered points are one "1." paragraph each;
// paragraph points are one paragraph each that opens with its 一是, 二是 ….
enum class PointStyle { RunIn, Numbered, Paragraphs };
enum class ReportStatus { Draft, Submitted, Returned, Approved, Published };

QString toString(PartKind kind);
QString toString(HeadingStyle style);
QString toString(PointStyle style);
QString toString(ReportStatus status);  // draft, submitted, returned, approved, published
std::optional<PartKind> partKindFromString(const QString &s);
std::optional<HeadingStyle> headingStyleFromString(const QString &s);
std::optional<PointStyle> pointStyleFromString(const QString &s);
std::optional<ReportStatus> reportStatusFromString(const QString &s);

// A statistic quoted in the text: 发放宣传册 10000 余 份.
struct Fact {
    QUuid id;
    QString label;
    QString value;
    QString unit;
    QString qualifier;  // 余, 多, 以上 …
};

struct Paragraph {
    QUuid id;
    QString text;
};

// An enumerated item. Its text excludes the generated numeral ("一是", "1.") and includes its own
// closing punctuation, so "一是A；二是B。" keeps the ； and 。 exactly as written.
struct Point {
    QUuid id;
    QString text;
};

// Body text shared by parts (their intro) and sections: paragraphs, then the enumerated points.
// Run-in points continue the last paragraph (or the run-in lead line when there is no paragraph);
// numbered and paragraph points follow as paragraphs of their own.
struct Body {
    QList<Paragraph> paragraphs;
    QList<Point> points;
    PointStyle pointStyle = PointStyle::RunIn;

    bool isEmpty() const;
};

// A work area, a plan, …: numbered （一）（二）… inside its part.
struct Section {
    QUuid id;
    QString lead;  // lead sentence or heading, as typed (a run-in lead normally ends in 。)
    HeadingStyle headingStyle = HeadingStyle::RunIn;
    Body body;
    QList<Fact> facts;  // data about the section; not printed
};

// A top-level part, numbered 一、二、…. The thematic family (work areas as 一、二、三、) is simply
// several parts of the measures kind.
struct Part {
    QUuid id;
    PartKind kind = PartKind::Custom;
    QString heading;  // empty: the kind's default heading for the report's year
    Body intro;
    QList<Section> sections;
};

struct ReportDetails {
    QString organization;  // 发布机关
    int year = 0;          // the year reported on; plans are for year + 1
    QString title;         // empty: generated from organization and year
    QString addressee;     // 主送机关, e.g. "市委、市政府"
    QString signature;     // 署名; empty: the organization
    QDate date;            // 成文日期, may be null
    QString source;        // 信息来源
    QString publishedOn;   // 发布日期 as the website prints it, e.g. "2024-02-22 10:20"
    QString publicationUrl;
    QString documentNumber;  // 文号 as the page's metadata gives it, e.g. "向办发〔2024〕3号"
};

// What import changed or could not place, kept with the report so the user (and the checks) see it.
// A note is stored as what happened (`code`, one of ImportNoteCode) and its arguments, and worded only
// when shown (model/ImportNoteText.h), so it reads in the language of the moment, not of the import.
struct ImportNote {
    ImportNote() = default;
    ImportNote(QString kind, QUuid nodeId, QString original, QString replacement, QString message,
               QString code = {}, QStringList args = {})
        : kind(std::move(kind)), nodeId(nodeId), original(std::move(original)), replacement(std::move(replacement)),
          message(std::move(message)), code(std::move(code)), args(std::move(args))
    {
    }

    QString kind;         // the family, see ImportNoteKind below
    QUuid nodeId;         // the node concerned, if any
    QString original;     // the text as it was in the source
    QString replacement;  // what import made of it (empty when dropped)
    QString message;      // a sentence stored by versions before `code`; empty for notes that have a code
    QString code;         // what happened, see ImportNoteCode
    QStringList args;     // the code's arguments (a field, where it came from, a value, a numeral …)
};

namespace ImportNoteKind {
inline const QString RestoredNumeral = QStringLiteral("restored-numeral");  // "……。是……" → 二是
inline const QString DroppedChrome = QStringLiteral("dropped-chrome");      // 浏览次数, 分享到 …
inline const QString DroppedBanner = QStringLiteral("dropped-banner");      // lines above the title
inline const QString Inferred = QStringLiteral("inferred");                 // a detail that was guessed
inline const QString Repaired = QStringLiteral("repaired");                 // structure read against its numbering
inline const QString Warning = QStringLiteral("warning");                   // anything else worth saying
}  // namespace ImportNoteKind

// What happened; the arguments each takes are listed in model/ImportNoteText.cpp, which words them.
namespace ImportNoteCode {
inline const QString FieldInferred = QStringLiteral("field-inferred");        // field, source, value
inline const QString FieldMissing = QStringLiteral("field-missing");          // field
inline const QString TitleJoined = QStringLiteral("title-joined");
inline const QString NoTitle = QStringLiteral("no-title");
inline const QString NoParts = QStringLiteral("no-parts");
inline const QString BannerDropped = QStringLiteral("banner-dropped");
inline const QString ChromeDropped = QStringLiteral("chrome-dropped");
inline const QString DetailDropped = QStringLiteral("detail-dropped");        // a view count, author …
inline const QString DetailEmpty = QStringLiteral("detail-empty");
inline const QString DetailTwice = QStringLiteral("detail-twice");            // field
inline const QString DateUnreadable = QStringLiteral("date-unreadable");
inline const QString DateUnderTitle = QStringLiteral("date-under-title");
inline const QString LongParagraphSplit = QStringLiteral("long-paragraph-split");  // length, limit, pieces
inline const QString HeadingRunOn = QStringLiteral("heading-run-on");
inline const QString PartsOutOfSequence = QStringLiteral("parts-out-of-sequence");
inline const QString SectionsOutOfSequence = QStringLiteral("sections-out-of-sequence");
inline const QString NumberedNormalised = QStringLiteral("numbered-normalised");   // markers as typed
inline const QString NumeralRestored = QStringLiteral("numeral-restored");         // label
inline const QString MeasuresByPosition = QStringLiteral("measures-by-position");
inline const QString NestedNumbering = QStringLiteral("nested-numbering");         // typed, printed
inline const QString NumeralRepaired = QStringLiteral("numeral-repaired");         // typed, printed
inline const QString SectionsFromNumbered = QStringLiteral("sections-from-numbered");  // typed markers
inline const QString LeadInHeading = QStringLiteral("lead-in-heading");            // part kind
inline const QString SectionsRunTogether = QStringLiteral("sections-run-together");  // the marker split off
inline const QString SectionsAsParts = QStringLiteral("sections-as-parts");          // typed, printed
inline const QString AnnotationMoved = QStringLiteral("annotation-moved");           // the annotation
inline const QString ForeignLine = QStringLiteral("foreign-line");                 // line number
}  // namespace ImportNoteCode

struct Report {
    QUuid id;
    ReportDetails details;
    ReportStatus status = ReportStatus::Draft;
    QList<Paragraph> preamble;  // paragraphs before the first part (after the addressee line)
    QList<Part> parts;
    QList<Paragraph> closing;   // paragraphs after the last part, before the signature
    QList<ImportNote> importNotes;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString effectiveTitle() const;
    QString effectiveSignature() const;
    QString effectiveHeading(const Part &part) const;
};

QString defaultTitle(const QString &organization, int year);

// New nodes get fresh ids; use this rather than QUuid() so an id is never null.
QUuid newId();

// Gives every node of the report (and the report itself) a fresh id where it has none.
void assignMissingIds(Report &report);

// The regulation template: the five contents as parts with their default headings, and five empty
// work areas in the measures part.
Report makeTemplateReport(const QString &organization, int year);

}  // namespace fazhi
