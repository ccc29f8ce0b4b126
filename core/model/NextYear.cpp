#include "NextYear.h"

#include <QDateTime>

namespace fazhi {

namespace {

const QString kChineseDigits = QStringLiteral("〇一二三四五六七八九");

int chineseDigit(QChar c)
{
    if (c == QChar(0x25CB) || c == QChar(0x96F6))  // ○ (white circle, often typed for 〇) and 零
        return 0;
    return int(kChineseDigits.indexOf(c));
}

bool isArabicDigit(QChar c) { return c.isDigit() && c.digitValue() >= 0; }
bool isAnyYearDigit(QChar c) { return isArabicDigit(c) || chineseDigit(c) >= 0; }

bool isRangeMark(QChar c)
{
    static const QString marks = QStringLiteral("—–-―~～至到");
    return marks.contains(c);
}

// Characters that, right after a bare four-digit number, make it a count and not a year.
bool isCountUnit(QChar c)
{
    static const QString units = QStringLiteral("件份人个元万千亿次场家户条期篇起名处项余多米套台辆位册");
    return units.contains(c);
}

// Writes `value` with the digit forms of `original` (ASCII, full-width or Chinese numerals).
QString writeLike(const QString &original, int value)
{
    const QString digits = QString::number(value);
    if (digits.size() != original.size())
        return original;
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        const int d = digits.at(i).digitValue();
        const QChar o = original.at(i);
        if (chineseDigit(o) >= 0) {
            if (d == 0)
                out += (o == QChar(0x25CB) || o == QChar(0x96F6)) ? o : QChar(0x3007);
            else
                out += kChineseDigits.at(d);
        } else if (o.unicode() >= 0xFF10 && o.unicode() <= 0xFF19) {
            out += QChar(0xFF10 + d);
        } else {
            out += QChar(u'0' + d);
        }
    }
    return out;
}

// Whether the year token at [start, end) is one end of a range of years.
bool partOfRange(const QString &text, int start, int end)
{
    int j = end;
    if (j < text.size() && text.at(j) == QChar(u'年'))
        ++j;
    if (j < text.size() && text.at(j) == QChar(u'度'))
        ++j;
    if (j < text.size() && isRangeMark(text.at(j))) {
        int k = j + 1;
        while (k < text.size() && text.at(k).isSpace())
            ++k;
        if (k < text.size() && isAnyYearDigit(text.at(k)))
            return true;
    }
    int k = start - 1;
    while (k >= 0 && text.at(k).isSpace())
        --k;
    if (k >= 0 && isRangeMark(text.at(k))) {
        --k;
        while (k >= 0 && text.at(k).isSpace())
            --k;
        if (k >= 0 && text.at(k) == QChar(u'度'))
            --k;
        if (k >= 0 && text.at(k) == QChar(u'年'))
            --k;
        if (k >= 0 && isAnyYearDigit(text.at(k)))
            return true;
    }
    return false;
}

}  // namespace

QString shiftReportYears(const QString &text, int sourceYear, int targetYear)
{
    const int delta = targetYear - sourceYear;
    if (delta == 0 || text.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    int titleDepth = 0;  // inside 《》
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QChar(u'《'))
            ++titleDepth;
        else if (c == QChar(u'》') && titleDepth > 0)
            --titleDepth;
        const bool arabic = isArabicDigit(c);
        const bool chinese = chineseDigit(c) >= 0;
        if (!arabic && !chinese) {
            out += c;
            ++i;
            continue;
        }
        // The run of digits of this form.
        int end = i;
        while (end < text.size() && (arabic ? isArabicDigit(text.at(end)) : chineseDigit(text.at(end)) >= 0))
            ++end;
        const QString token = text.mid(i, end - i);
        const bool before = i > 0 && (arabic ? text.at(i - 1) == QChar(u'.') : false);
        const QChar next = end < text.size() ? text.at(end) : QChar();
        bool isYear = token.size() == 4 && !before;
        if (isYear && chinese)
            isYear = next == QChar(u'年');  // 二〇二三 without 年 is not a year we can be sure of
        if (isYear && arabic)
            isYear = next != QChar(u'.') && !isCountUnit(next) && next != QChar(u'%') && next != QChar(0xFF05);
        int value = 0;
        if (isYear) {
            for (QChar d : token)
                value = value * 10 + (arabic ? d.digitValue() : chineseDigit(d));
            isYear = value >= sourceYear - 1 && value <= sourceYear + 1;
        }
        if (isYear && titleDepth > 0)
            isYear = false;
        if (isYear && partOfRange(text, i, end))
            isYear = false;
        if (isYear && value != sourceYear) {
            int j = end;
            if (j < text.size() && text.at(j) == QChar(u'年'))
                ++j;
            if (text.mid(j, 2) == QStringLiteral("以来"))
                isYear = false;
        }
        out += isYear ? writeLike(token, value + delta) : token;
        i = end;
    }
    return out;
}

NextYear nextYearReport(const Report &source, int year)
{
    const int sourceYear = source.details.year;
    const int targetYear = year != 0 ? year : sourceYear + 1;
    const auto shift = [&](const QString &s) { return shiftReportYears(s, sourceYear, targetYear); };

    NextYear next;
    next.sourceId = source.id;
    Report &r = next.report;
    r.id = newId();
    r.status = ReportStatus::Draft;
    r.details.organization = source.details.organization;
    r.details.year = targetYear;
    r.details.title = shift(source.details.title);
    r.details.addressee = source.details.addressee;
    r.details.signature = source.details.signature;
    r.details.source = source.details.source;
    for (const Part &from : source.parts) {
        Part part;
        part.id = newId();
        next.sourceNodes.insert(part.id, from.id);
        part.kind = from.kind;
        part.heading = shift(from.heading);
        part.intro.pointStyle = from.intro.pointStyle;
        const bool carrySections = from.kind != PartKind::Plans && from.kind != PartKind::Shortcomings;
        if (carrySections) {
            for (const Section &s : from.sections) {
                Section section;
                section.id = newId();
                next.sourceNodes.insert(section.id, s.id);
                section.lead = shift(s.lead);
                section.headingStyle = s.headingStyle;
                section.body.pointStyle = s.body.pointStyle;
                part.sections.append(section);
            }
        }
        r.parts.append(part);
    }
    return next;
}

}  // namespace fazhi
