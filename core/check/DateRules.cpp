// Rules date-format and year-consistency (the text rules of the report details).
//
// date-format: in every text (body, headings, title, signature — not the website's 发布日期, which is
// the site's own format): zero-padded months and days (2024年02月22日), numeric dates (2024.2.22,
// 2024-02-22, 2024/2/22), two-digit years (24年2月22日), and 成文日期 in Chinese numerals
// (二〇二四年二月二十二日, the pre-2012 form). Each has its full form as the fix.
//
// year-consistency: a measures / leaders' duty / shortcomings heading naming another year than the
// report's, a plans heading not naming the following year, and vague time words (今年, 明年, 去年,
// 本年度, 本年). The vague words are recognised only after a boundary or a word that governs a time
// (在, 于, 比, 较 …), so that 如今年轻, 说明年度, 过去年代 are left alone. They are hints: in a report
// about the year just ended 今年 and 本年度 mean the year reported on. Outside the plans part the fix
// names the year; inside it (written in the following year) the meaning is ambiguous: no fix.

#include "CheckText.h"
#include "Rules.h"
#include "model/Numbering.h"

#include <QRegularExpression>

namespace fazhi::check::detail {

namespace {

QString fullDate(int y, int m, int d)
{
    return d > 0 ? QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(d) : QStringLiteral("%1年%2月").arg(y).arg(m);
}

int chineseDigitsYear(const QString &s)
{
    int year = 0;
    for (const QChar c : s) {
        const int d = int(QStringView(u"〇一二三四五六七八九").indexOf(c));
        const int z = c == u'零' ? 0 : d;
        if (z < 0)
            return 0;
        year = year * 10 + z;
    }
    return year;
}

void checkDateFormat(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    // Quick reject: every date form below contains a digit or 〇/零 and 年, or a separator between digits.
    static const QRegularExpression chinese(QStringLiteral("(?<![0-9])(?:([0-9]{2}|[0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})日)?"));
    static const QRegularExpression numeric(
        QStringLiteral("(?<![0-9.\\-/．－])((?:19|20)[0-9]{2})([.\\-/．－])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9]|[.\\-/．－][0-9])"));
    static const QRegularExpression hanzi(
        QStringLiteral("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"));

    if (text.contains(u'月')) {
        for (auto it = chinese.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString ys = m.captured(1), ms = m.captured(2), ds = m.captured(3);
            const int month = ms.toInt(), day = ds.isEmpty() ? 0 : ds.toInt();
            if (month < 1 || month > 12 || (!ds.isEmpty() && (day < 1 || day > 31)))
                continue;
            const bool padded = (ms.size() == 2 && ms.startsWith(u'0')) || (ds.size() == 2 && ds.startsWith(u'0'));
            const bool shortYear = ys.size() == 2 && !ds.isEmpty();
            if (!padded && !shortYear)
                continue;
            const int from = int(ys.isEmpty() ? m.capturedStart(2) : m.capturedStart(1));
            const int to = int(m.capturedEnd(0));
            QString fixed;
            if (ys.isEmpty())
                fixed = ds.isEmpty() ? QStringLiteral("%1月").arg(month) : QStringLiteral("%1月%2日").arg(month).arg(day);
            else
                fixed = fullDate(ys.size() == 2 ? 2000 + ys.toInt() : ys.toInt(), month, day);
            sink.add(RuleId::DateFormat, Severity::Warning, unit, from, to,
                     message(shortYear ? Msg::DateShortYear : Msg::DateZeroPadding).arg(fixed), fixed);
        }
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int year = m.captured(1).toInt(), month = m.captured(3).toInt(), day = m.captured(4).toInt();
        if (month < 1 || month > 12 || day < 1 || day > 31)
            continue;
        const QString fixed = fullDate(year, month, day);
        sink.add(RuleId::DateFormat, Severity::Warning, unit, int(m.capturedStart(0)), int(m.capturedEnd(0)),
                 message(Msg::DateNumeric).arg(fixed), fixed);
    }
    if (text.contains(u'〇') || text.contains(u'零')) {
        for (auto it = hanzi.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int year = chineseDigitsYear(m.captured(1));
            const int month = numbering::parseChineseNumeral(m.captured(2));
            const int day = numbering::parseChineseNumeral(m.captured(3));
            if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31)
                continue;
            const QString fixed = fullDate(year, month, day);
            sink.add(RuleId::DateFormat, Severity::Hint, unit, int(m.capturedStart(0)), int(m.capturedEnd(0)),
                     message(Msg::DateChineseNumerals).arg(fixed), fixed);
        }
    }
}

void checkHeadingYears(const Report &report, const TextUnit &unit, Sink &sink)
{
    const int year = report.details.year;
    if (year <= 0)
        return;
    static const QRegularExpression yearRx(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?=年)"));
    QList<std::pair<int, int>> years;  // (position, year)
    for (auto it = yearRx.globalMatch(unit.text); it.hasNext();) {
        const auto m = it.next();
        years.append({int(m.capturedStart(1)), m.captured(1).toInt()});
    }
    switch (unit.partKind) {
    case PartKind::Measures:
    case PartKind::LeadersDuty:
    case PartKind::Shortcomings:
        for (const auto &[pos, y] : years) {
            if (y != year)
                sink.add(RuleId::YearConsistency, Severity::Error, unit, pos, pos + 4,
                         message(Msg::HeadingOtherYear).arg(y).arg(year), QString::number(year));
        }
        break;
    case PartKind::Plans: {
        bool named = false;
        for (const auto &[pos, y] : years)
            named = named || y == year + 1;
        if (named)
            break;
        for (const auto &[pos, y] : years)
            sink.add(RuleId::YearConsistency, Severity::Error, unit, pos, pos + 4,
                     message(Msg::PlansOtherYear).arg(y).arg(year + 1), QString::number(year + 1));
        if (years.isEmpty())
            sink.add(RuleId::YearConsistency, Severity::Hint, unit, 0, 0, message(Msg::PlansNoYear).arg(year + 1));
        break;
    }
    default:
        break;
    }
}

// Characters after which a vague time word really is one: 在今年, 比去年, 于明年.
bool governsTime(char32_t c)
{
    if (c == 0 || !isIdeograph(c))
        return true;  // text start, punctuation, digits
    return QStringView(u"在于至到从自比较与和及同是将为止对了的前后内底待争划即").contains(QChar(char16_t(c)));
}

void checkVagueWords(const Report &report, const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    if (!text.contains(u'年'))
        return;
    const int year = report.details.year;
    const bool fixable = year > 0 && unit.partKind != PartKind::Plans;
    struct Word {
        const char16_t *word;
        int offset;           // year the fix names, relative to the report's year
        const char16_t *suffix;
    };
    static const Word words[] = {{u"本年度", 0, u"年度"}, {u"今年", 0, u"年"}, {u"本年", 0, u"年"},
                                 {u"去年", -1, u"年"}, {u"明年", 1, u"年"}};
    QList<std::pair<int, int>> taken;
    for (const Word &w : words) {
        const QString word = QString::fromUtf16(w.word);
        for (int pos = int(text.indexOf(word)); pos >= 0; pos = int(text.indexOf(word, pos + 1))) {
            bool overlaps = false;
            for (const auto &[from, to] : taken)
                overlaps = overlaps || (pos < to && from < pos + word.size());
            if (overlaps || !governsTime(codePointBefore(text, pos)))
                continue;
            taken.append({pos, pos + int(word.size())});
            // A hint only: in a report about the year just ended 今年 and 本年度 are what the clerk
            // means (the year reported on), and the published reports use them throughout.
            if (fixable) {
                const QString fixed = QString::number(year + w.offset) + QString::fromUtf16(w.suffix);
                sink.add(RuleId::YearConsistency, Severity::Hint, unit, pos, pos + int(word.size()),
                         message(Msg::VagueYearFix).arg(word, fixed), fixed);
            } else {
                sink.add(RuleId::YearConsistency, Severity::Hint, unit, pos, pos + int(word.size()),
                         message(Msg::VagueYear).arg(word));
            }
        }
    }
}

}  // namespace

void checkDatesAndYears(const Report &report, const QList<TextUnit> &units, Sink &sink)
{
    const bool dates = sink.enabled(RuleId::DateFormat);
    const bool years = sink.enabled(RuleId::YearConsistency);
    for (const TextUnit &unit : units) {
        if (dates)
            checkDateFormat(unit, sink);
        if (!years)
            continue;
        if (unit.kind == UnitKind::PartHeading)
            checkHeadingYears(report, unit, sink);
        if (unit.kind != UnitKind::Title && unit.kind != UnitKind::Signature && unit.kind != UnitKind::Addressee)
            checkVagueWords(report, unit, sink);
    }
}

}  // namespace fazhi::check::detail
