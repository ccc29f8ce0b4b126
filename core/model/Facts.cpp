#include "Facts.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace fazhi {

namespace {

// Longest first, so 人次 wins over 人 and 个百分点 over 个.
const QStringList &units()
{
    static const QStringList list = [] {
        QStringList l{QStringLiteral("个百分点"), QStringLiteral("平方米"), QStringLiteral("人次"), QStringLiteral("场次"),
                      QStringLiteral("万元"), QStringLiteral("亿元"), QStringLiteral("小时"), QStringLiteral("课时"),
                      QStringLiteral("公里"), QStringLiteral("余人"), QStringLiteral("场"), QStringLiteral("次"),
                      QStringLiteral("件"), QStringLiteral("份"), QStringLiteral("人"), QStringLiteral("名"),
                      QStringLiteral("个"), QStringLiteral("起"), QStringLiteral("元"), QStringLiteral("家"),
                      QStringLiteral("户"), QStringLiteral("条"), QStringLiteral("期"), QStringLiteral("篇"),
                      QStringLiteral("处"), QStringLiteral("项"), QStringLiteral("批"), QStringLiteral("轮"),
                      QStringLiteral("所"), QStringLiteral("位"), QStringLiteral("册"), QStringLiteral("本"),
                      QStringLiteral("套"), QStringLiteral("台"), QStringLiteral("辆"), QStringLiteral("亩"),
                      QStringLiteral("%"), QStringLiteral("％")};
        l.removeAll(QStringLiteral("余人"));  // 余 is read as a qualifier before the unit
        return l;
    }();
    return list;
}

bool isEventUnit(const QString &unit)
{
    static const QStringList events{QStringLiteral("场"), QStringLiteral("次"), QStringLiteral("场次"), QStringLiteral("期"),
                                    QStringLiteral("批"), QStringLiteral("轮"), QStringLiteral("件")};
    return events.contains(unit);
}

const QString kChineseNumerals = QStringLiteral("零〇一二两三四五六七八九十百千");

int chineseDigitValue(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == QChar(0x3007))
        return 0;
    if (c == QChar(u'两'))
        return 2;
    return int(digits.indexOf(c));
}

std::optional<double> parseChinese(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    double total = 0;
    double digit = -1;
    for (QChar c : s) {
        const int d = chineseDigitValue(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        double scale = 0;
        if (c == QChar(u'十'))
            scale = 10;
        else if (c == QChar(u'百'))
            scale = 100;
        else if (c == QChar(u'千'))
            scale = 1000;
        else
            return std::nullopt;
        total += (digit < 0 ? 1 : digit) * scale;
        digit = -1;
    }
    if (digit > 0)
        total += digit;
    return total;
}

bool isPunctuationBoundary(QChar c)
{
    static const QString marks = QStringLiteral("，。；：、,;:！？!?（）()“”\"《》【】「」…—");
    return marks.contains(c) || c.isSpace() || c.isDigit();
}

// Words after which a label starts: totals and the frame of the sentence, not the thing counted.
const QStringList &labelStarts()
{
    static const QStringList words{QStringLiteral("共计"), QStringLiteral("累计"), QStringLiteral("合计"),
                                   QStringLiteral("总计"), QStringLiteral("开展"), QStringLiteral("全年"),
                                   QStringLiteral("今年"), QStringLiteral("本年度"), QStringLiteral("年内"),
                                   QStringLiteral("全镇"), QStringLiteral("全乡"), QStringLiteral("全街道"),
                                   QStringLiteral("先后"), QStringLiteral("其中"), QStringLiteral("共")};
    return words;
}

// Words right before the number: a qualifier (kept) or a total (dropped).
const QList<std::pair<QString, bool>> &preWords()
{
    static const QList<std::pair<QString, bool>> words{
        {QStringLiteral("超过"), true}, {QStringLiteral("多达"), false}, {QStringLiteral("达到"), false},
        {QStringLiteral("共计"), false}, {QStringLiteral("累计"), false}, {QStringLiteral("合计"), false},
        {QStringLiteral("总计"), false}, {QStringLiteral("近"), true}, {QStringLiteral("约"), true},
        {QStringLiteral("逾"), true}, {QStringLiteral("超"), true}, {QStringLiteral("达"), false},
        {QStringLiteral("共"), false}, {QStringLiteral("计"), false}, {QStringLiteral("了"), false}};
    return words;
}

// "10,000": a comma followed by exactly three digits groups thousands; any other comma is punctuation.
bool isThousands(const QString &text, int comma)
{
    const int n = int(text.size());
    for (int k = 1; k <= 3; ++k)
        if (comma + k >= n || !text.at(comma + k).isDigit())
            return false;
    return comma + 4 >= n || !text.at(comma + 4).isDigit();
}

QString unitAt(const QString &text, int pos)
{
    for (const QString &u : units())
        if (QStringView(text).mid(pos).startsWith(u))
            return u;
    return {};
}

// Units that count things and may stand before the thing's name (12场讲座); not money, time, area or %.
bool isClassifier(const QString &unit)
{
    static const QString one = QStringLiteral("场次件份人名个期批轮家户条篇处项所位册本套台辆");
    return unit == QStringLiteral("场次") || (unit.size() == 1 && one.contains(unit.at(0)));
}
constexpr int kMaxNounAfter = 10;
bool isQuote(QChar c) { return c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(u'"'); }

QString trimLabel(QString label)
{
    int cut = -1;
    for (const QString &w : labelStarts()) {
        const int at = int(label.lastIndexOf(w));
        if (at >= 0 && at + w.size() < label.size())
            cut = std::max(cut, int(at + w.size()));
    }
    if (cut > 0)
        label = label.mid(cut);
    while (label.endsWith(QChar(u'了')))
        label.chop(1);
    constexpr int kMaxLabel = 20;
    if (label.size() > kMaxLabel)
        label = label.right(kMaxLabel);
    return label;
}

}  // namespace

Fact SuggestedFact::toFact() const
{
    return Fact{newId(), label, QString::number(value, 'g', 15), unit, qualifier};
}

std::optional<double> parseFactValue(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(u','));
    double scale = 1;
    if (t.endsWith(QChar(u'万'))) {
        scale = 10000;
        t.chop(1);
    } else if (t.endsWith(QChar(u'亿'))) {
        scale = 1e8;
        t.chop(1);
    } else if (t.endsWith(QChar(u'千')) && !t.isEmpty() && t.at(0).isDigit()) {
        scale = 1000;
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok)
        return v * scale;
    if (const auto c = parseChinese(t))
        return *c * scale;
    return std::nullopt;
}

QList<SuggestedFact> suggestFacts(const QString &text)
{
    QList<SuggestedFact> out;
    int lastEnd = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        const bool arabic = c.isDigit();
        const bool chinese = !arabic && kChineseNumerals.contains(c);
        if (!arabic && !chinese) {
            ++i;
            continue;
        }
        const int start = i;
        int end = i;
        if (arabic) {
            while (end < n && (text.at(end).isDigit()
                               || (text.at(end) == QChar(u',') && isThousands(text, end))
                               || (text.at(end) == QChar(u'.') && end + 1 < n && text.at(end + 1).isDigit())))
                ++end;
        } else {
            while (end < n && kChineseNumerals.contains(text.at(end)))
                ++end;
        }
        i = end;
        // Ordinals, decimals of something else, and numbers glued to other numbers are no counts.
        if (start > 0 && (text.at(start - 1) == QChar(u'第') || text.at(start - 1) == QChar(u'.')))
            continue;
        QString valueText = text.mid(start, end - start);
        double scale = 1;
        int pos = end;
        if (pos < n && (text.at(pos) == QChar(u'万') || text.at(pos) == QChar(u'亿'))
            && !(pos + 1 < n && text.at(pos + 1) == QChar(u'元'))) {
            scale = text.at(pos) == QChar(u'万') ? 1e4 : 1e8;
            valueText += text.at(pos);
            ++pos;
        } else if (arabic && pos < n && text.at(pos) == QChar(u'千') && !unitAt(text, pos + 1).isEmpty()) {
            scale = 1e3;
            valueText += text.at(pos);
            ++pos;
        }
        QString qualifier;
        if (pos < n && (text.at(pos) == QChar(u'余') || text.at(pos) == QChar(u'多'))) {
            qualifier = text.at(pos);
            ++pos;
        }
        const QString unit = unitAt(text, pos);
        if (unit.isEmpty())
            continue;
        if (chinese && !isEventUnit(unit))
            continue;
        pos += int(unit.size());
        if (pos < n && text.at(pos) == QChar(u'性'))  // 一次性
            continue;
        if (text.mid(pos, 2) == QStringLiteral("以上")) {
            qualifier += QStringLiteral("以上");
            pos += 2;
        }
        std::optional<double> number = arabic ? std::optional<double>(QString(text.mid(start, end - start)).remove(QChar(u',')).toDouble())
                                              : parseChinese(text.mid(start, end - start));
        if (!number)
            continue;

        // The phrase before: back to the last boundary, the word right before the number set apart.
        int labelEnd = start;
        QString pre;
        for (const auto &[word, keep] : preWords()) {
            if (labelEnd - int(word.size()) >= lastEnd && QStringView(text).mid(labelEnd - word.size(), word.size()) == word) {
                labelEnd -= int(word.size());
                if (keep)
                    pre = word;
                break;
            }
        }
        int labelStart = labelEnd;
        while (labelStart > lastEnd && !isPunctuationBoundary(text.at(labelStart - 1)))
            --labelStart;
        const QString raw = text.mid(labelStart, labelEnd - labelStart);
        QString label = trimLabel(raw);
        if (label.isEmpty() || label.endsWith(QChar(u'和')) || label.endsWith(QChar(u'与')) || label.endsWith(QChar(u'及'))) {
            lastEnd = pos;
            i = pos;
            continue;
        }
        // The number before its noun ("开展12场法治讲座", "配备了2名法律明白人"): a classifier followed by a
        // short noun that runs to the end of the phrase. The label is then the verb and the noun.
        int labelFrom = int(labelStart + (raw.size() - label.size()));
        if (isClassifier(unit)) {
            int j = pos;
            const auto inNoun = [&](QChar c) { return !isPunctuationBoundary(c) || isQuote(c); };  // 3期“法律明白人”培训班
            while (j < n && j - pos <= kMaxNounAfter && inNoun(text.at(j)))
                ++j;
            if (j > pos && j - pos <= kMaxNounAfter && (j == n || !inNoun(text.at(j)))) {
                if (label.size() > 4) {
                    labelFrom += int(label.size()) - 2;
                    label = label.right(2);
                }
                QString noun = text.mid(pos, j - pos);
                noun.removeIf([](QChar c) { return isQuote(c); });
                label += noun;
                pos = j;
            }
        }
        lastEnd = pos;
        i = pos;

        SuggestedFact f;
        f.label = label;
        f.value = *number * scale;
        f.valueText = valueText;
        f.qualifier = pre + qualifier;
        f.unit = unit == QStringLiteral("％") ? QStringLiteral("%") : unit;
        f.start = labelFrom;
        f.length = pos - f.start;
        out.append(f);
    }
    return out;
}

QList<ChangeStatement> findChangeStatements(const QString &text)
{
    static const QStringList bases{QStringLiteral("与上年相比"), QStringLiteral("与去年相比"), QStringLiteral("较上一年"),
                                   QStringLiteral("较上年度"), QStringLiteral("比上年度"), QStringLiteral("较上年"),
                                   QStringLiteral("较去年"), QStringLiteral("比上年"), QStringLiteral("比去年"),
                                   QStringLiteral("与上年"), QStringLiteral("与去年"), QStringLiteral("同比")};
    static const QList<std::pair<QString, ChangeStatement::Direction>> verbs{
        {QStringLiteral("增长"), ChangeStatement::Direction::Up}, {QStringLiteral("增加"), ChangeStatement::Direction::Up},
        {QStringLiteral("提高"), ChangeStatement::Direction::Up}, {QStringLiteral("上升"), ChangeStatement::Direction::Up},
        {QStringLiteral("提升"), ChangeStatement::Direction::Up}, {QStringLiteral("多"), ChangeStatement::Direction::Up},
        {QStringLiteral("下降"), ChangeStatement::Direction::Down}, {QStringLiteral("减少"), ChangeStatement::Direction::Down},
        {QStringLiteral("降低"), ChangeStatement::Direction::Down}, {QStringLiteral("回落"), ChangeStatement::Direction::Down},
        {QStringLiteral("少"), ChangeStatement::Direction::Down}};
    QList<ChangeStatement> out;
    int from = 0;
    while (from < text.size()) {
        int at = -1;
        QString base;
        for (const QString &b : bases) {
            const int k = int(text.indexOf(b, from));
            if (k >= 0 && (at < 0 || k < at || (k == at && b.size() > base.size()))) {
                at = k;
                base = b;
            }
        }
        if (at < 0)
            break;
        int pos = at + int(base.size());
        while (pos < text.size() && (text.at(pos) == QChar(0xFF0C) || text.at(pos) == QChar(u',')))
            ++pos;
        from = at + 1;  // 合同比去年: the 同比 inside 合同 gives nothing, the 比去年 after it does
        ChangeStatement s;
        s.start = at;
        const QStringView rest = QStringView(text).mid(pos);
        if (rest.startsWith(QStringLiteral("基本持平")) || rest.startsWith(QStringLiteral("持平"))) {
            s.direction = ChangeStatement::Direction::Flat;
            s.percent = true;
            s.length = pos + (rest.startsWith(QStringLiteral("基本")) ? 4 : 2) - at;
            out.append(s);
            continue;
        }
        bool matched = false;
        for (const auto &[verb, dir] : verbs) {
            if (!rest.startsWith(verb))
                continue;
            int p = pos + int(verb.size());
            if (p < text.size() && text.at(p) == QChar(u'了'))
                ++p;
            s.direction = dir;
            const QStringView after = QStringView(text).mid(p);
            if (after.startsWith(QStringLiteral("一倍")) || (dir == ChangeStatement::Direction::Up && verb == QStringLiteral("增长") && after.startsWith(QStringLiteral("1倍")))) {
                s.amount = 100;
                s.percent = true;
                s.unit = QStringLiteral("%");
                s.length = p + 2 - at;
                out.append(s);
                matched = true;
                break;
            }
            // The amount: a fact-like number and unit right after the verb.
            const QList<SuggestedFact> facts = suggestFacts(QStringLiteral("变化") + text.mid(p, 24));
            if (facts.isEmpty() || facts.first().start != 0)
                break;
            const SuggestedFact &f = facts.first();
            s.amount = f.value;
            s.unit = f.unit;
            s.percent = f.unit == QStringLiteral("%") || f.unit == QStringLiteral("个百分点");
            s.atLeast = f.qualifier.contains(QStringLiteral("以上")) || f.qualifier == QStringLiteral("余")
                || f.qualifier == QStringLiteral("多");
            s.length = p + f.length - 2 - at;
            out.append(s);
            matched = true;
            break;
        }
        if (!matched && (rest.startsWith(QStringLiteral("翻一番")) || rest.startsWith(QStringLiteral("翻番")))) {
            s.amount = 100;
            s.percent = true;
            s.unit = QStringLiteral("%");
            s.length = pos + (rest.startsWith(QStringLiteral("翻番")) ? 2 : 3) - at;
            out.append(s);
        }
    }
    return out;
}

StatementCheck compareStatement(const QString &text, double thisYear, double lastYear, double percentTolerance,
                                double absoluteTolerance)
{
    StatementCheck check;
    const QList<ChangeStatement> statements = findChangeStatements(text);
    if (statements.isEmpty())
        return check;
    const ChangeStatement &s = statements.first();
    const double sign = s.direction == ChangeStatement::Direction::Down ? -1 : 1;
    check.stated = s.direction == ChangeStatement::Direction::Flat ? 0 : sign * s.amount;
    const double tolerance = s.percent ? percentTolerance : absoluteTolerance;
    if (s.percent) {
        if (lastYear == 0) {
            check.verdict = StatementVerdict::CannotTell;
            return check;
        }
        check.actual = (thisYear - lastYear) / std::abs(lastYear) * 100;
    } else {
        check.actual = thisYear - lastYear;
    }
    bool holds = false;
    if (s.direction == ChangeStatement::Direction::Flat)
        holds = std::abs(check.actual) <= std::max(tolerance, 1.0);  // 持平: within about a percent
    else if (s.atLeast)
        holds = sign * check.actual >= s.amount - tolerance;
    else
        holds = std::abs(check.actual - check.stated) <= tolerance + 1e-9;
    check.verdict = holds ? StatementVerdict::Holds : StatementVerdict::DoesNotHold;
    return check;
}

QList<FactObservation> factObservations(const Report &report)
{
    QList<FactObservation> out;
    for (const Part &part : report.parts)
        for (const Section &section : part.sections)
            for (const Fact &f : section.facts) {
                const auto v = parseFactValue(f.value);
                if (v && !f.label.trimmed().isEmpty())
                    out.append(FactObservation{f.label.trimmed(), f.unit.trimmed(), report.details.year, *v});
            }
    return out;
}

FactsTable buildFactsTable(const QList<FactObservation> &observations, const QHash<QString, QString> &merge)
{
    FactsTable table;
    QHash<QString, int> rowOf;  // label + unit → row
    for (const FactObservation &o : observations) {
        QString label = o.label;
        for (int hops = 0; hops < 8 && merge.contains(label) && merge.value(label) != label; ++hops)
            label = merge.value(label);  // a chain of merges ends where a label maps to nothing
        const QString key = label + QChar(0x1F) + o.unit;
        auto it = rowOf.find(key);
        if (it == rowOf.end()) {
            it = rowOf.insert(key, int(table.rows.size()));
            table.rows.append(FactsRow{label, o.unit, {}, std::nullopt, std::nullopt});
        }
        table.rows[*it].values[o.year] += o.value;
        if (!table.years.contains(o.year))
            table.years.append(o.year);
    }
    std::sort(table.years.begin(), table.years.end());
    for (FactsRow &row : table.rows) {
        if (row.values.size() < 2)
            continue;
        auto last = std::prev(row.values.end());
        auto before = std::prev(last);
        row.change = last.value() - before.value();
        if (before.value() != 0)
            row.changePercent = *row.change / std::abs(before.value()) * 100;
    }
    return table;
}

QJsonObject toJson(const FactsTable &table)
{
    QJsonArray years;
    for (int y : table.years)
        years.append(y);
    QJsonArray rows;
    for (const FactsRow &row : table.rows) {
        QJsonObject values;
        for (auto it = row.values.begin(); it != row.values.end(); ++it)
            values.insert(QString::number(it.key()), it.value());
        QJsonObject r;
        r.insert(QStringLiteral("label"), row.label);
        r.insert(QStringLiteral("unit"), row.unit);
        r.insert(QStringLiteral("values"), values);
        r.insert(QStringLiteral("change"), row.change ? QJsonValue(*row.change) : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("changePercent"),
                 row.changePercent ? QJsonValue(*row.changePercent) : QJsonValue(QJsonValue::Null));
        rows.append(r);
    }
    QJsonObject o;
    o.insert(QStringLiteral("years"), years);
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

}  // namespace fazhi
