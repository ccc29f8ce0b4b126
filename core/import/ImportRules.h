#pragma once
// Private to the text importer: how one line of a published report is recognised (headings, the
// web page's detail lines and chrome, dates, signatures) and how part headings map to part kinds.
// Pure functions of their input, so each rule can be tested and reasoned about on its own.

#include "model/PartKinds.h"  // classifyPartHeading
#include "model/Report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace fazhi::textimport {

// Leading/trailing whitespace of a line, including U+3000 (ideographic space), NBSP and zero-width
// characters; inner spaces are content and stay.
QString trimLine(const QString &line);
bool isBlank(QChar c);  // what trimLine removes

// The line without leading list bullets (• · ● ▪ …) and the spaces around them.
QString stripBullets(const QString &line);

// "一、……" / "一．……" / "一.……" at line start.
struct PartHeadingLine {
    int number = 0;
    QString rest;    // trimmed
    QString marker;  // the numeral as typed, with its separator ("一、", "二，", "三")
};
std::optional<PartHeadingLine> parsePartHeading(const QString &line);
// A part numeral typed wrong: "二，……" or "二党政主要负责人……" (the 、 lost). Only the caller knows
// from the numbers before it whether this is a heading.
std::optional<PartHeadingLine> parseDamagedPartHeading(const QString &line);

// "（一）……" or "(一)……" at line start; also "一）……", whose opening bracket was lost.
struct SectionHeadingLine {
    int number = 0;
    QString rest;     // everything after the closing parenthesis, leading spaces removed
    QString marker;   // the numeral as typed ("（一）", "一）", "(三）")
    bool damaged = false;  // a bracket was lost
};
std::optional<SectionHeadingLine> parseSectionHeading(const QString &line);
// "（二……" or "（二、……": the closing bracket lost. Only the caller knows from the numbers before it
// whether this is a heading (it may be "（二〇二三年）" …).
std::optional<SectionHeadingLine> parseDamagedSectionHeading(const QString &line);

// "1.……", "1．……", "1、……", "(1)……", "（1）……", "①……" at line start (not "1.5万元").
struct NumberedLine {
    int number = 0;
    QChar separator;  // '.', '．' or '、' as typed; ')' for "(1)", '①' for circled numbers
    QString text;     // without the number, separator and the spaces after it
    QString marker;   // the number as typed ("1、", "(1)", "①")
};
std::optional<NumberedLine> parseNumberedLine(const QString &line);

// "一是……" at the start of a paragraph: the number (1 for 一是) and the text after it; nullopt otherwise.
struct OpeningPoint {
    int number = 0;
    QString text;
};
std::optional<OpeningPoint> parseOpeningPoint(const QString &line);

// Where the first sentence of `text` ends (the index of its 。 ！ ？, or of a half-width "." that is no
// decimal point), outside quotation marks and brackets; -1 when it has none.
qsizetype firstSentenceEnd(const QString &text);

// A web page's detail line: "• 信息来源:兴化市陶庄镇", "发布时间：2023-05-11 10:20 来源：东湖街道 浏览次数：12".
enum class DetailField { Source, PublishedOn, DocumentDate, Organization, DocumentNumber, Chrome };
struct DetailItem {
    DetailField field = DetailField::Chrome;
    QString label;     // as printed
    QString value;     // trimmed
    QString original;  // "label:value" as printed
};
// The items of a line made only of detail label/value pairs; nullopt when the line is anything else.
std::optional<QList<DetailItem>> parseDetailLine(const QString &line);

// A line that is only a detail label ("索引号", "发布机构："): the 政府信息公开 table copied from a page
// with each value on the line after its label.
std::optional<DetailField> parseBareDetailLabel(const QString &line);

// The issuing body written in the body text: "……人民政府", "……办事处" named with a town's name, or
// the name a report calls itself by ("我镇" with "东平镇" elsewhere). Empty when none.
QString organizationFromBody(const QStringList &lines);

// A breadcrumb of the site: "当前位置：首页 > 政务公开 > …".
bool isBreadcrumbLine(const QString &line);

// Bare page chrome (breadcrumbs included): 分享到, 打印本页, 关闭窗口, 字体 大 中 小, 浏览次数, a lone bullet …
bool isChromeLine(const QString &line);

// "2024年2月22日", "二〇二四年二月二十二日", optionally in parentheses.
std::optional<QDate> parseChineseDateLine(const QString &line, bool allowParentheses);
// Dates as websites print them: 2024-02-22, 2024/2/22, 2024.02.22, 2024年02月22日 (time ignored).
std::optional<QDate> parseLooseDate(const QString &text);

// A title: short, no sentence punctuation, no breadcrumb separators. `strength` 3: names
// 法治政府建设 and 报告; 2: 报告 with 法治/依法行政; 1: 报告; 0: not a title.
int titleStrength(const QString &line);

// The issuing body and year written in a title ("兴化市陶庄镇人民政府2023年度……报告").
QString organizationFromTitle(const QString &title);
int yearFromText(const QString &text);  // first 19xx/20xx; 0 when none

// "市委、市政府：" — a short line ending in a colon, naming the recipients.
bool isAddresseeLine(const QString &line);
// A short line naming an organisation, without sentence punctuation (a signature).
bool isSignatureLine(const QString &line, bool followedByDate);
// "特此报告。" and the like.
bool isClosingLine(const QString &line);


// A count announced before an enumeration: "……落实三项举措：" → 3; 0 when none.
int announcedCount(const QString &text);

}  // namespace fazhi::textimport
