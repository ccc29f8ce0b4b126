#pragma once
// Figures across years (issue 16): facts suggested from the text (a number with its unit and the
// phrase before it), statements about the previous year checked against two values, and the table
// of one organization's facts over the years. Pure functions; no storage.

#include "model/Report.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace fazhi {

// "发放宣传资料10000余份" → label 发放宣传资料, value 10000, qualifier 余, unit 份.
struct SuggestedFact {
    QString label;
    double value = 0;    // with 万/千/亿 applied: 1.2万人次 → 12000 人次; 50万元 stays 50 万元
    QString valueText;   // the number as written: "1.2万", "10,000", "三"
    QString qualifier;   // 余, 多, 以上 (after the number), 近, 约, 逾, 超过 (before it); empty when exact
    QString unit;        // 份, 人次, 万元, % …
    int start = 0;       // the span of label to unit in the text
    int length = 0;

    Fact toFact() const;  // a model Fact (fresh id) with the value as a plain number
};

// The facts of a text, in order. A number counts when a unit of the list follows it (场, 次, 场次,
// 件, 份, 人次, 人, 名, 个, 起, 万元, 元, 家, 户, 条, 期, 篇, 处, 项, 批, 轮, 所, 位, 册, 本, 套, 台, 辆,
// 小时, 课时, 平方米, 公里, 亩, %, 个百分点 …); years, dates, ordinals (第六届) and numbers without a unit
// do not. Chinese numerals (三场, 十二期) count only before the units of events (场, 次, 场次, 期, 批,
// 轮, 件): before 个 and 项 they are mostly fixed phrases (四个意识, 三项举措). The label is the phrase
// before the number, cut after the last punctuation or number and after the last of 共, 累计, 合计,
// 开展, 全年, 今年, 全镇 …; a label that ends in 和/与/及 (镇政府和15个行政村) is no fact of its own.
// Where a counting unit stands before the thing's name ("开展12场法治讲座", "配备了2名法律明白人") and the
// name runs to the end of the phrase (at most 10 characters, quotes dropped), the label is the verb and
// the name: 开展法治讲座, 配备法律明白人.
QList<SuggestedFact> suggestFacts(const QString &text);

// The number of a fact's value as stored or written: "10000", "1.2万", "1,200", "三", "十二"; nullopt
// when it is no number.
std::optional<double> parseFactValue(const QString &text);

// A statement about the previous year: "较上年增长20%", "同比下降15%", "比去年增加3件", "与上年基本持平".
struct ChangeStatement {
    enum class Direction { Up, Down, Flat };
    Direction direction = Direction::Up;
    double amount = 0;     // 20 for 20%, 3 for 3件; 100 for 翻一番 / 增长一倍 (a percentage)
    bool percent = false;  // % and 个百分点 read as a percentage of last year's value
    bool atLeast = false;  // 以上, 多, 余: the change is at least the amount
    QString unit;
    int start = 0;
    int length = 0;
};
QList<ChangeStatement> findChangeStatements(const QString &text);

enum class StatementVerdict { NoStatement, Holds, DoesNotHold, CannotTell };
struct StatementCheck {
    StatementVerdict verdict = StatementVerdict::NoStatement;
    double stated = 0;  // the amount the text states (signed: a fall is negative)
    double actual = 0;  // the change the two values give, in the same measure (percent or absolute)
};
// Whether the first statement of `text` holds for this year's and last year's values. A percentage
// holds within `percentTolerance` percentage points (the texts round: 19.6% is written 20%), an
// absolute change within `absoluteTolerance`; "以上" holds when the change is at least the amount.
// CannotTell for a percentage of a last year's value of 0.
StatementCheck compareStatement(const QString &text, double thisYear, double lastYear,
                                double percentTolerance = 0.5, double absoluteTolerance = 0);

// One fact of one year's report.
struct FactObservation {
    QString label;
    QString unit;
    int year = 0;
    double value = 0;
};
// The facts of a report (the sections' facts whose value is a number).
QList<FactObservation> factObservations(const Report &report);

struct FactsRow {
    QString label;               // after the merge map
    QString unit;
    QMap<int, double> values;    // year → value (the sum where a year quotes the label more than once)
    std::optional<double> change;         // the last year with a value minus the one before it
    std::optional<double> changePercent;  // that change as a percentage of the earlier value
};
struct FactsTable {
    QList<int> years;  // ascending
    QList<FactsRow> rows;
};
// Rows = labels (with `merge` mapping a label to the one it is shown as, e.g. 发放宣传资料 →
// 发放宣传册), one row per label and unit; columns = years; rows in the order labels first appear.
FactsTable buildFactsTable(const QList<FactObservation> &observations, const QHash<QString, QString> &merge = {});
// {"years": [...], "rows": [{"label", "unit", "values": {"2023": 10000, ...}, "change", "changePercent"}]}
// (change and changePercent null where there are not two years).
QJsonObject toJson(const FactsTable &table);

}  // namespace fazhi
