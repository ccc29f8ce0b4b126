// Rules fact-mismatch and number-unit.
//
// A number is attached to a fact when the fact's label stands right before it ("化解矛盾纠纷946件",
// with at most a few words like 共/达/累计 between) or right after its unit ("946件矛盾纠纷").
// Only attached numbers are compared, so other numbers in the same paragraph never contradict.
//
// A count without a unit is a number followed directly by a clause mark (，。；、：！？) or the end
// of the text, and preceded by a Chinese character. Not counted: years (1900–2100), numbers after
// 第/号/热线/电话/附件 …, lists like 2、3月, zero, and anything followed by 年/月/日/%/a unit.

#include "CheckText.h"
#include "Rules.h"

#include <cmath>

namespace fazhi::check::detail {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

struct Number {
    int start = 0;
    int digitsEnd = 0;  // after the digits (and decimals)
    int end = 0;        // after 万/亿 and 余/多
    double value = 0;
    bool decimal = false;
    bool multiplier = false;
    QString qualifier;
};

QList<Number> scanNumbers(const QString &text)
{
    QList<Number> out;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (digitValue(text.at(i)) < 0)
            continue;
        if (i > 0 && (text.at(i - 1) == u'.' || text.at(i - 1) == u'．' || text.at(i - 1) == u','))
            continue;  // the tail of 1.5 or 10,000 seen from inside: not a number start
        Number num;
        num.start = i;
        QString digits;
        int j = i;
        for (;;) {
            while (j < n && digitValue(text.at(j)) >= 0)
                digits.append(QChar(u'0' + digitValue(text.at(j++))));
            // Thousands separator: 10,000
            if (j + 3 < n && text.at(j) == u',' && digitValue(text.at(j + 1)) >= 0 && digitValue(text.at(j + 2)) >= 0
                && digitValue(text.at(j + 3)) >= 0 && (j + 4 >= n || digitValue(text.at(j + 4)) < 0)) {
                ++j;
                continue;
            }
            break;
        }
        if (j + 1 < n && (text.at(j) == u'.' || text.at(j) == u'．') && digitValue(text.at(j + 1)) >= 0) {
            digits.append(u'.');
            ++j;
            while (j < n && digitValue(text.at(j)) >= 0)
                digits.append(QChar(u'0' + digitValue(text.at(j++))));
            num.decimal = true;
        }
        num.digitsEnd = j;
        num.value = digits.toDouble();
        if (j < n && (text.at(j) == u'万' || text.at(j) == u'亿')) {
            num.value *= text.at(j) == u'万' ? 1e4 : 1e8;
            num.multiplier = true;
            ++j;
        }
        if (j < n && (text.at(j) == u'余' || text.at(j) == u'多')) {
            num.qualifier = text.at(j);
            ++j;
        }
        num.end = j;
        out.append(num);
        i = j - 1;
    }
    return out;
}

std::optional<double> parseValue(const QString &value)
{
    const QList<Number> nums = scanNumbers(value.trimmed());
    if (nums.size() != 1 || nums.first().start != 0)
        return std::nullopt;
    return nums.first().value;
}

// Units as they follow counts in these reports, longest first where one is a prefix of another.
const QStringList &knownUnits()
{
    static const QStringList units = [] {
        QStringList list;
        for (const char16_t *u : {u"个百分点", u"平方米", u"人次", u"场次", u"户次", u"万元", u"亿元", u"课时", u"小时",
                                  u"公里", u"个", u"人", u"次", u"场", u"件", u"项", u"份", u"条", u"处", u"家", u"户",
                                  u"起", u"名", u"期", u"本", u"册", u"张", u"幅", u"块", u"篇", u"批", u"支", u"元", u"天",
                                  u"米", u"台", u"辆", u"所", u"座", u"宗", u"套", u"位", u"%", u"％", u"‰"})
            list.append(QString::fromUtf16(u));
        return list;
    }();
    return units;
}

QString unitAt(const QString &text, int i)
{
    for (const QString &u : knownUnits()) {
        if (QStringView(text).mid(i).startsWith(u))
            return u;
    }
    return {};
}

bool isLinkWord(QChar c) { return QStringView(u"共达约计累总了为逾超近合").contains(c) || isSpace(c.unicode()); }

// The fact whose label stands right before the number, or right after its unit.
const Fact *attachedFact(const QString &text, const Number &num, const QList<Fact> &facts)
{
    for (const Fact &fact : facts) {
        if (fact.label.isEmpty())
            continue;
        // Label, a few link words, number.
        int gapStart = num.start;
        while (gapStart > 0 && num.start - gapStart < 4 && isLinkWord(text.at(gapStart - 1)))
            --gapStart;
        for (int g = gapStart; g <= num.start; ++g) {
            if (g >= fact.label.size() && QStringView(text).mid(g - fact.label.size(), fact.label.size()) == fact.label)
                return &fact;
        }
        // Number, unit, (的), label.
        int i = num.end;
        if (!fact.unit.isEmpty()) {
            if (!QStringView(text).mid(i).startsWith(fact.unit))
                continue;
            i += int(fact.unit.size());
        }
        if (i < text.size() && text.at(i) == u'的')
            ++i;
        if (QStringView(text).mid(i).startsWith(fact.label))
            return &fact;
    }
    return nullptr;
}

bool isClauseEnd(const QString &text, int i)
{
    if (i >= text.size())
        return true;
    return QStringView(u"，。；、：！？,;").contains(text.at(i));
}

bool excludedBefore(const QString &text, int start)
{
    static const char16_t *const words[] = {u"第", u"号", u"热线", u"电话", u"号码", u"编号", u"代码", u"邮编", u"文号",
                                            u"传真", u"手机", u"附件", u"表", u"图", u"版", u"专线", u"信箱", u"邮箱", u"网址",
                                            u"拨打", u"致电", u"前", u"门牌", u"室"};
    for (const char16_t *w : words) {
        const QString word = QString::fromUtf16(w);
        if (start >= word.size() && QStringView(text).mid(start - word.size(), word.size()) == word)
            return true;
    }
    return false;
}

void checkUnit(const TextUnit &unit, bool mismatch, bool noUnit, Sink &sink)
{
    const QString &text = unit.text;
    const QList<Fact> noFacts;
    const QList<Fact> &facts = unit.section ? unit.section->facts : noFacts;
    for (const Number &num : scanNumbers(text)) {
        const Fact *fact = facts.isEmpty() ? nullptr : attachedFact(text, num, facts);
        const QString textUnit = unitAt(text, num.end);
        if (mismatch && fact) {
            const auto expected = parseValue(fact->value);
            const bool valueDiffers = expected && std::fabs(*expected - num.value) > 1e-9;
            const bool unitDiffers = !fact->unit.isEmpty() && !textUnit.isEmpty() && textUnit != fact->unit;
            if (valueDiffers || unitDiffers) {
                // The number alone when only the number is wrong; with its unit when the unit is.
                const QString should = fact->value + fact->qualifier + fact->unit;
                const int end = num.end + (unitDiffers ? int(textUnit.size()) : 0);
                sink.add(RuleId::FactMismatch, Severity::Error, unit, num.start, end,
                         message(Msg::FactMismatch).arg(fact->label, should),
                         unitDiffers ? should : fact->value + fact->qualifier);
                continue;
            }
        }
        if (!noUnit)
            continue;
        if (!isClauseEnd(text, num.end) || num.value == 0)
            continue;
        if (num.start == 0 || !isIdeograph(codePointBefore(text, num.start)) || excludedBefore(text, num.start))
            continue;
        // 2、3月: a list of numbers.
        if (num.end + 1 < text.size() && text.at(num.end) == u'、' && digitValue(text.at(num.end + 1)) >= 0)
            continue;
        // A year on its own (截至2023，) is not a count.
        if (!num.decimal && !num.multiplier && num.qualifier.isEmpty() && num.digitsEnd - num.start == 4
            && num.value >= 1900 && num.value <= 2100)
            continue;
        const QString number = text.mid(num.start, num.end - num.start);
        std::optional<QString> fix;
        if (fact && !fact->unit.isEmpty())
            fix = number + fact->unit;
        sink.add(RuleId::NumberUnit, Severity::Warning, unit, num.start, num.end,
                 message(Msg::NumberNoUnit).arg(number), fix);
    }
}

}  // namespace

void checkFacts(const QList<TextUnit> &units, Sink &sink)
{
    const bool mismatch = sink.enabled(RuleId::FactMismatch);
    const bool noUnit = sink.enabled(RuleId::NumberUnit);
    if (!mismatch && !noUnit)
        return;
    for (const TextUnit &unit : units) {
        if (unit.isFreeText() || unit.kind == UnitKind::SectionLead)
            checkUnit(unit, mismatch, noUnit, sink);
    }
}

}  // namespace fazhi::check::detail
