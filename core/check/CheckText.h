#pragma once
// Private to the checks: the texts of a report as the rules see them, character classes, and the
// sink through which every finding is made (offset conversion, quote and context, disabled rules).

#include "Checker.h"
#include "Finding.h"
#include "Messages.h"
#include "model/PartKinds.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace fazhi::check::detail {

// ---- characters -------------------------------------------------------------------------------

inline bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool isAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
// Han characters (all CJK ideograph blocks, including those outside the BMP) and 〇.
bool isIdeograph(char32_t c);
// Full-width and CJK punctuation: 。，、；：？！（）《》〈〉【】「」『』“”‘’…—·
bool isCjkPunctuation(char32_t c);
// A character that makes its neighbourhood Chinese text.
inline bool isChineseContext(char32_t c) { return isIdeograph(c) || isCjkPunctuation(c); }
// ' ', U+3000 ideographic space, NBSP and the other Unicode spaces.
bool isSpace(char32_t c);

// The code point starting at UTF-16 index i (a lone surrogate is returned as is).
char32_t codePointAt(const QString &text, int i);
// The code point ending just before UTF-16 index i (0 at the start).
char32_t codePointBefore(const QString &text, int i);
// UTF-16 width of the code point at i (1 or 2).
int widthAt(const QString &text, int i);

// ---- the texts of a report --------------------------------------------------------------------

enum class UnitKind { Title, Addressee, Signature, PartHeading, SectionLead, Paragraph, Point };
enum class Area { Details, Preamble, Closing, PartIntro, Section };

struct TextUnit {
    UnitKind kind = UnitKind::Paragraph;
    Area area = Area::Details;
    QUuid node;
    QString field;
    QString text;
    const Part *part = nullptr;        // the part the text belongs to
    const Section *section = nullptr;  // the section the text belongs to
    const Body *body = nullptr;        // for paragraphs and points: their body
    int pointIndex = -1;               // for points: index among the body's points
    PartKind partKind = PartKind::Custom;  // the part's kind; Custom parts classified by their heading
    QUuid scope;  // section id, else part id, else report id: the unit of incremental re-checks
    int order = 0;

    bool isFreeText() const { return kind == UnitKind::Paragraph || kind == UnitKind::Point; }
};

// Every text of the report in document order: title, addressee, preamble, parts (heading, intro,
// sections: lead, body), closing, signature. Empty texts are left out.
QList<TextUnit> collectUnits(const Report &report);

// The regulation content a part holds: its kind, or for a Custom part the kind its heading names.
PartKind effectiveKind(const Report &report, const Part &part);
// Whether a heading names one of the regulation's contents: model/PartKinds.h headingNames().

// ---- making findings --------------------------------------------------------------------------

class Sink {
public:
    explicit Sink(const CheckContext &context) : m_context(context) {}

    bool enabled(const QString &rule) const { return m_context.enabled(rule); }
    const CheckContext &context() const { return m_context; }

    // A finding on [u16Start, u16End) of a text (UTF-16 indexes; converted to code points here).
    void add(const QString &rule, Severity severity, const QUuid &node, const QString &field, const QString &text,
             int u16Start, int u16End, const QString &message, const std::optional<QString> &fix = std::nullopt);
    void add(const QString &rule, Severity severity, const TextUnit &unit, int u16Start, int u16End,
             const QString &message, const std::optional<QString> &fix = std::nullopt)
    {
        add(rule, severity, unit.node, unit.field, unit.text, u16Start, u16End, message, fix);
    }
    // A finding about a node as a whole (no field, empty range).
    void addNode(const QString &rule, Severity severity, const QUuid &node, const QString &message);

    QList<Finding> &findings() { return m_findings; }

private:
    const CheckContext &m_context;
    QList<Finding> m_findings;
};

// ---- the rules --------------------------------------------------------------------------------

// Text rules: each looks only at the units given (and, for enumeration state and facts, at the
// units' own body and section).
void checkPunctuation(const QList<TextUnit> &units, Sink &sink);
void checkEnumeration(const Report &report, const QList<TextUnit> &units, bool includeReportNotes, Sink &sink);
void checkWording(const QList<TextUnit> &units, Sink &sink);
void checkFacts(const QList<TextUnit> &units, Sink &sink);
void checkDatesAndYears(const Report &report, const QList<TextUnit> &units, Sink &sink);
void checkReuse(const QList<TextUnit> &units, Sink &sink);
void checkSecrecy(const QList<TextUnit> &units, Sink &sink);
void checkProofreading(const QList<TextUnit> &units, Sink &sink);      // typo, time-expression, repeated-word
void checkFormulations(const QList<TextUnit> &units, Sink &sink);      // standard-term table, fixed-phrase
void checkTitlePunctuation(const QList<TextUnit> &units, Sink &sink);
void checkHeadingNumbering(const QList<TextUnit> &units, Sink &sink);

// Report rules.
void checkCompleteness(const Report &report, Sink &sink);
void checkTitle(const Report &report, Sink &sink);
void checkDeadlines(const Report &report, Sink &sink);
void checkHeadingPunctuation(const Report &report, Sink &sink);

// Shared by the rules.
// The folding of TermList (foldForTermMatch) with, for every folded character, its UTF-16 index in `text`.
QString foldWithMap(const QString &text, QList<int> *map);
QString normaliseSentence(const QString &sentence);  // for repeated-text: no spaces
// Sentences of a text: [start, end) UTF-16 ranges, each ending after 。！？； (or at the text's end).
QList<std::pair<int, int>> splitSentences(const QString &text);

}  // namespace fazhi::check::detail
