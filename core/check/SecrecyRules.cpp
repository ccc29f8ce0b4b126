// Rules secrecy-*: the secrecy preflight (保密审查) a report passes before it is made public
// (主动公开 under the 政府信息公开条例). Enforcement and complaint summaries quote case files; what
// must not reach the website is personal data (ID, phone and card numbers, e-mail addresses,
// licence plates, the names of parties) and text marked as not for publication.
//
// What each rule knows, and how it keeps quiet on ordinary report language:
// - Numbers (secrecy-id-number, -phone, -bank-card) are read from runs of digits, full-width digits
//   folded, groups joined by one space or hyphen (138 1234 5678, 0523-83251234, 6222 0212 …). A run
//   is tried whole, then as consecutive groups, so two numbers side by side are both found. Digits in
//   URLs and e-mail addresses are not numbers. A run followed by a unit (元, 万, 人, 件, 次, % …) is a
//   quantity, not a number of a person; one after "信用代码" is an organization's code.
//   - ID (GB 11643-1999): 18 digits with a valid province code, a real date of birth and the ISO 7064
//     MOD 11-2 check digit is an error; the same with a wrong check digit a warning (a typo of an ID,
//     or another code); 15 digits (the old form) with a province code and a real date an error.
//     Partly masked (*, ＊, ×, ●, x): too little masked when the date of birth (digits 7–14) shows
//     or fewer than 8 digits are hidden (the fix hides digits 7–14).
//   - Phone: mobiles 1[3-9]x + 8 digits (also +86, 3-4-4 groups); landlines with an area code (010,
//     02x, 0[3-9]xx) and a local number of 7–8 digits not starting with 0 or 1; a bare local number
//     only right after 电话/热线/手机/座机/传真/联系方式. Short service numbers (110, 12345, 12348 …)
//     are never a finding; 400/800 numbers neither; nor the office's own numbers the user lists
//     (CheckContext::publicContacts). A masked mobile must hide at least four digits.
//   - Bank card: 16–19 digits passing the Luhn check, starting as card numbers do (3, 4, 5, 6, 9),
//     that are not an ID number.
// - secrecy-email: an address, except government (.gov.cn) ones and those the user lists.
// - secrecy-plate: 省简称 + letter + 5 characters with at least three digits, or the new-energy form
//   (D/F + 5, or 5 digits + D/F); a separator (· or space) may follow the letter.
// - secrecy-marking: the marking words as labels, never as words of a sentence: a clause of their own
//   (密级：秘密, "内部资料，请勿外传", 此件不宜公开, a title ending in " 内部"), in brackets ((内部),
//   【内部资料】), with ★ (机密★1年), and the handling phrases that are markings wherever they stand
//   (内部资料 but not 内部资料性出版物, 仅供内部…, 内部参考, 内部传阅, 内部掌握, 请勿外传, 严禁外传,
//   不宜公开 ending a clause but not 不宜公开的信息 or 以不宜公开为由). 保密工作,
//   内部控制, 内部审计, 人民内部矛盾, 涉密人员, 国家秘密, 保守国家秘密, 商业秘密 and 工作秘密 in a sentence
//   stay silent; so does a word in quotation marks (talked about, not applied), and a sentence that
//   lists two levels (绝密，机密，秘密 explained in training text).
// - secrecy-party (warning): a personal name right after a word that makes a person a party to a case
//   or complaint (当事人, 被申请人, 被处罚人, 涉案人员, 信访人 …), or before "（当事人）". A name is a
//   common surname followed by one or two characters common in given names; 张某, 王某某, 李*, 陈××
//   are masked already. The fix keeps the surname: 张某.

#include "CheckText.h"
#include "Rules.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace fazhi::check {

QStringList builtInPublicNumbers()
{
    // Public service numbers of government and public bodies (the national short numbers).
    return {QStringLiteral("110"),   QStringLiteral("119"),   QStringLiteral("120"),   QStringLiteral("122"),
            QStringLiteral("12345"), QStringLiteral("12348"), QStringLiteral("12315"), QStringLiteral("12333"),
            QStringLiteral("12366"), QStringLiteral("12369"), QStringLiteral("12365"), QStringLiteral("12358"),
            QStringLiteral("12320"), QStringLiteral("12355"), QStringLiteral("12388"), QStringLiteral("12309"),
            QStringLiteral("12368"), QStringLiteral("12319"), QStringLiteral("12328"), QStringLiteral("12338"),
            QStringLiteral("12351"), QStringLiteral("12380"), QStringLiteral("12395"), QStringLiteral("12350"),
            QStringLiteral("12329"), QStringLiteral("12310"), QStringLiteral("12339"), QStringLiteral("12356")};
}

}  // namespace fazhi::check

namespace fazhi::check::detail {

namespace {

// ---- folding ------------------------------------------------------------------------------------

// The same text with full-width digits, letters and a few marks as ASCII, every character kept in
// place (all are single UTF-16 units), so indexes in the folded text are indexes in the text.
QString foldAscii(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u >= 0xFF21 && u <= 0xFF3A)
            c = QChar(char16_t(u'A' + (u - 0xFF21)));
        else if (u >= 0xFF41 && u <= 0xFF5A)
            c = QChar(char16_t(u'a' + (u - 0xFF41)));
        else if (u == 0xFF0D || (u >= 0x2010 && u <= 0x2014))  // －, hyphens and dashes: 0523—83251234
            c = QLatin1Char('-');
        else if (u == 0xFF0A || u == 0x00D7 || u == 0x25CF)  // ＊ × ●
            c = QLatin1Char('*');
        else if (u == 0xFF08)
            c = QLatin1Char('(');
        else if (u == 0xFF09)
            c = QLatin1Char(')');
        else if (u == 0xFF0B)
            c = QLatin1Char('+');
        else if (u == 0xFF20)
            c = QLatin1Char('@');
        else if (u == 0xFF0E)
            c = QLatin1Char('.');
        else if (u == 0x3000 || u == 0x00A0)
            c = QLatin1Char(' ');
    }
    return out;
}

struct Span {
    int start = 0;
    int end = 0;
};

bool overlapsAny(const QList<Span> &spans, int start, int end)
{
    return std::any_of(spans.begin(), spans.end(), [&](const Span &s) { return start < s.end && s.start < end; });
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

QString digitsOnly(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (isDigit(c))
            out.append(c);
    }
    return out;
}

// ---- the office's published contacts -----------------------------------------------------------

struct Allowed {
    QStringList numbers;  // digits
    QSet<QString> emails;  // lower case

    explicit Allowed(const CheckContext &context)
    {
        numbers = builtInPublicNumbers();
        for (const QString &entry : context.publicContacts) {
            const QString e = entry.trimmed();
            if (e.contains(QLatin1Char('@'))) {
                emails.insert(foldAscii(e).toLower());
                continue;
            }
            const QString d = digitsOnly(foldAscii(e));
            if (d.size() >= 3)
                numbers.append(d);
        }
    }

    // With or without the area code (or the +86 of a mobile) on either side.
    bool number(const QString &digits) const
    {
        for (const QString &e : numbers) {
            if (digits == e || (e.size() >= 7 && digits.endsWith(e)) || (digits.size() >= 7 && e.endsWith(digits)))
                return true;
        }
        return false;
    }
};

// ---- ID numbers (GB 11643-1999) -----------------------------------------------------------------

bool validProvince(const QString &d)
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const char *c : {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                              "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
                              "63", "64", "65", "71", "81", "82", "83"})
            s.insert(QLatin1String(c));
        return s;
    }();
    return d.size() >= 2 && codes.contains(d.left(2));
}

bool validBirth(int year, int month, int day) { return year >= 1800 && year <= 2099 && QDate(year, month, day).isValid(); }

// ISO 7064 MOD 11-2 over the first 17 digits.
QChar idCheckDigit(const QString &d)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (d.at(i).unicode() - u'0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

// 18 characters (digits, the last may be X): province and date of birth plausible.
bool id18Structure(const QString &d)
{
    return d.size() == 18 && d.at(0) != QLatin1Char('0') && validProvince(d)
        && validBirth(d.mid(6, 4).toInt(), d.mid(10, 2).toInt(), d.mid(12, 2).toInt());
}

bool id15Structure(const QString &d)
{
    return d.size() == 15 && validProvince(d) && validBirth(1900 + d.mid(6, 2).toInt(), d.mid(8, 2).toInt(), d.mid(10, 2).toInt());
}

bool luhn(const QString &d)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        int v = d.at(i).unicode() - u'0';
        if (twice) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// ---- phones -------------------------------------------------------------------------------------

bool isMobile(const QString &d)
{
    return d.size() == 11 && d.at(0) == QLatin1Char('1') && d.at(1) >= QLatin1Char('3');
}

bool validAreaCode(const QString &a)
{
    if (a.size() == 3)
        return a == QLatin1String("010") || a.startsWith(QLatin1String("02"));
    if (a.size() == 4)
        return a.at(0) == QLatin1Char('0') && a.at(1) >= QLatin1Char('3');
    return false;
}

bool validLocal(const QString &l) { return (l.size() == 7 || l.size() == 8) && l.at(0) >= QLatin1Char('2'); }

// A landline from digit groups: area code and local number (split or not), an extension allowed.
bool isLandline(const QStringList &groups)
{
    const QString all = groups.join(QString());
    if (all.isEmpty() || all.at(0) != QLatin1Char('0'))
        return false;
    if (groups.size() == 1) {
        for (int areaLength : {3, 4}) {
            if (validAreaCode(all.left(areaLength)) && validLocal(all.mid(areaLength)))
                return true;
        }
        return false;
    }
    if (!validAreaCode(groups.first()))
        return false;
    QString local;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        local += groups.at(i);
        if (validLocal(local) && (i + 1 == groups.size() || (i + 2 == groups.size() && groups.at(i + 1).size() <= 5)))
            return true;
    }
    return false;
}

// ---- the number runs ----------------------------------------------------------------------------

enum class NumberKind { None, Id18, Id18CheckDigit, Id15, Card, Mobile, Landline, LocalNumber, Public };

// What follows a quantity (a count, an amount), never a number of a person.
bool isUnitAfter(QChar c)
{
    static const QString units = QStringLiteral("元万亿千百人件次个户份条项场名起宗余多%％平米亩吨斤台辆家册篇期批天年月日岁笔位处例");
    return units.contains(c);
}

bool hasWordBefore(const QString &text, int pos, int within, const QStringList &words)
{
    const QString before = text.mid(std::max(0, pos - within), std::min(pos, within));
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return before.contains(w); });
}

struct Group {
    int start = 0;
    int end = 0;
    QString digits;
};

NumberKind classify(const QString &text, const QList<Group> &groups, int from, int to, bool withX, const Allowed &allowed)
{
    QStringList parts;
    for (int i = from; i <= to; ++i)
        parts.append(groups.at(i).digits);
    const QString d = parts.join(QString());
    const int start = groups.at(from).start;
    const int end = groups.at(to).end;
    if (withX) {
        if (d.size() != 17)
            return NumberKind::None;
        const QString id = d + QLatin1Char('X');
        if (!id18Structure(id))
            return NumberKind::None;
        return idCheckDigit(id) == QLatin1Char('X') ? NumberKind::Id18 : NumberKind::Id18CheckDigit;
    }
    if (d.size() == 18 && id18Structure(d) && idCheckDigit(d) == d.at(17))
        return NumberKind::Id18;  // so certain that no unit after it makes it a quantity
    const QChar after = end < text.size() ? text.at(end) : QChar();
    const QChar before = start > 0 ? text.at(start - 1) : QChar();
    // 余 and 多 after a count make it approximate; after a mobile number they begin the next words.
    const bool approximate = after == u'余' || after == u'多';
    if ((isUnitAfter(after) && !(approximate && (isMobile(d) || d.size() == 13))) || before == u'¥' || before == u'￥'
        || before == QLatin1Char('$'))
        return NumberKind::None;
    const bool code = hasWordBefore(text, start, 12, {QStringLiteral("代码"), QStringLiteral("编码"), QStringLiteral("文号"),
                                                       QStringLiteral("批准号"), QStringLiteral("许可证号")});
    const QChar first = d.at(0);
    const bool cardPrefix = first == QLatin1Char('3') || first == QLatin1Char('4') || first == QLatin1Char('5')
        || first == QLatin1Char('6') || first == QLatin1Char('9');
    if (d.size() == 18) {
        if (!code && cardPrefix && luhn(d))
            return NumberKind::Card;
        if (!code && id18Structure(d))
            return NumberKind::Id18CheckDigit;
        return NumberKind::None;
    }
    if (d.size() == 15 && !code && id15Structure(d))
        return NumberKind::Id15;
    if (d.size() >= 16 && d.size() <= 19)
        return !code && cardPrefix && luhn(d) ? NumberKind::Card : NumberKind::None;
    const bool with86 = d.size() == 13 && d.startsWith(QLatin1String("86")) && isMobile(d.mid(2));
    if (isMobile(d) || with86)
        return allowed.number(with86 ? d.mid(2) : d) ? NumberKind::Public : NumberKind::Mobile;
    if (d.size() == 10 && (d.startsWith(QLatin1String("400")) || d.startsWith(QLatin1String("800"))))
        return NumberKind::Public;
    if (isLandline(parts))
        return allowed.number(d) ? NumberKind::Public : NumberKind::Landline;
    if (validLocal(d) && parts.size() <= 2
        && hasWordBefore(text, start, 6, {QStringLiteral("电话"), QStringLiteral("热线"), QStringLiteral("手机"),
                                          QStringLiteral("座机"), QStringLiteral("传真"), QStringLiteral("联系方式"),
                                          QStringLiteral("Tel"), QStringLiteral("TEL"), QStringLiteral("tel")}))
        return allowed.number(d) ? NumberKind::Public : NumberKind::LocalNumber;
    return NumberKind::None;
}

QString maskedMobile(const QString &d) { return d.left(3) + QStringLiteral("****") + d.right(4); }

void reportNumber(Sink &sink, const TextUnit &unit, NumberKind kind, int start, int end, const QString &digits)
{
    switch (kind) {
    case NumberKind::Id18:
    case NumberKind::Id15:
        sink.add(RuleId::SecrecyIdNumber, Severity::Error, unit, start, end, message(Msg::SecrecyIdNumber));
        break;
    case NumberKind::Id18CheckDigit:
        sink.add(RuleId::SecrecyIdNumber, Severity::Warning, unit, start, end, message(Msg::SecrecyIdNumberCheckDigit));
        break;
    case NumberKind::Card:
        sink.add(RuleId::SecrecyBankCard, Severity::Error, unit, start, end, message(Msg::SecrecyBankCard));
        break;
    case NumberKind::Mobile: {
        const QString mobile = digits.size() == 13 ? digits.mid(2) : digits;
        sink.add(RuleId::SecrecyPhone, Severity::Error, unit, start, end,
                 message(Msg::SecrecyMobile).arg(maskedMobile(mobile)));
        break;
    }
    case NumberKind::Landline:
    case NumberKind::LocalNumber:
        sink.add(RuleId::SecrecyPhone, Severity::Error, unit, start, end, message(Msg::SecrecyLandline));
        break;
    case NumberKind::None:
    case NumberKind::Public:
        break;
    }
}

QList<Span> emailAndUrlSpans(const QString &folded, QList<Span> *emails)
{
    static const QRegularExpression url(QStringLiteral("(?:https?://|www\\.)[A-Za-z0-9._~:/?#\\[\\]@!$&'*+,;=%-]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(
        QStringLiteral("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    QList<Span> spans;
    for (auto it = url.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        spans.append(Span{int(m.capturedStart()), int(m.capturedEnd())});
    }
    for (auto it = email.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        spans.append(Span{int(m.capturedStart()), int(m.capturedEnd())});
        emails->append(spans.last());
    }
    return spans;
}

void checkNumbers(const TextUnit &unit, const QString &folded, const QList<Span> &excluded, const Allowed &allowed,
                  Sink &sink)
{
    const QString &text = unit.text;
    QList<Span> done = excluded;
    // (0523)83251234, （0523）8325-1234: the area code in brackets.
    static const QRegularExpression bracketed(
        QStringLiteral("\\((0[0-9]{2,3})\\) ?([0-9]{7,8}|[0-9]{3,4}[ -][0-9]{4})(?:-([0-9]{1,5}))?(?![0-9])"));
    for (auto it = bracketed.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart()), end = int(m.capturedEnd());
        if (overlapsAny(done, start, end))
            continue;
        QStringList groups{m.captured(1), digitsOnly(m.captured(2))};
        if (!m.captured(3).isEmpty())
            groups.append(m.captured(3));
        if (!isLandline(groups) || isUnitAfter(end < text.size() ? folded.at(end) : QChar()))
            continue;
        done.append(Span{start, end});
        if (!allowed.number(groups.at(0) + groups.at(1)))
            sink.add(RuleId::SecrecyPhone, Severity::Error, unit, start, end, message(Msg::SecrecyLandline));
    }
    // Digit groups joined by one space or hyphen; an ID's final X.
    static const QRegularExpression run(
        QStringLiteral("(?<![0-9A-Za-z.*@_])[0-9]+(?:[ -][0-9]+)*(?:[Xx](?![0-9A-Za-z*@_]))?(?![0-9A-Za-z*@_])"));
    for (auto it = run.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int runStart = int(m.capturedStart());
        const int runEnd = int(m.capturedEnd());
        if (overlapsAny(done, runStart, runEnd))
            continue;
        const QString token = m.captured();
        const bool withX = token.endsWith(QLatin1Char('X')) || token.endsWith(QLatin1Char('x'));
        QList<Group> groups;
        for (int i = runStart; i < runEnd;) {
            if (!isDigit(folded.at(i))) {
                ++i;
                continue;
            }
            Group g{i, i, QString()};
            while (i < runEnd && isDigit(folded.at(i)))
                g.digits.append(folded.at(i++));
            g.end = i;
            groups.append(g);
        }
        const int last = int(groups.size()) - 1;
        for (int from = 0; from <= last;) {
            bool found = false;
            for (int to = last; to >= from && !found; --to) {
                // The final X belongs to an ID; a mobile or card before a stray x is still one.
                bool x = withX && to == last;
                NumberKind kind = x ? classify(folded, groups, from, to, true, allowed) : NumberKind::None;
                if (kind == NumberKind::None) {
                    x = false;
                    kind = classify(folded, groups, from, to, false, allowed);
                }
                if (kind == NumberKind::None)
                    continue;
                found = true;
                QString digits;
                for (int i = from; i <= to; ++i)
                    digits += groups.at(i).digits;
                reportNumber(sink, unit, kind, groups.at(from).start, x ? runEnd : groups.at(to).end, digits);
                from = to + 1;
            }
            if (!found)
                ++from;
        }
    }

    // Partly masked numbers: too little hidden to protect the person.
    static const QRegularExpression masked(
        QStringLiteral("(?<![0-9A-Za-z*@_])[0-9](?:[ -]?[0-9*Xx])+(?![0-9A-Za-z*@_])"));
    for (auto it = masked.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (overlapsAny(excluded, start, end))
            continue;
        const QString token = m.captured();
        QString chars;
        for (const QChar c : token) {
            if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
                chars.append(c);
        }
        auto isMask = [&](int i) {
            const QChar c = chars.at(i);
            // A final X of an ID is its check digit, not a mask.
            return c == QLatin1Char('*') || ((c == QLatin1Char('x') || c == QLatin1Char('X')) && i + 1 < chars.size());
        };
        int hidden = 0;
        for (int i = 0; i < chars.size(); ++i)
            hidden += isMask(i);
        if (hidden == 0)
            continue;  // a plain number: above
        const bool plainSeparators = token.size() == chars.size();
        auto maskRange = [&](int from, int to) {
            QString fixed = text.mid(start, end - start);
            for (int i = from; i < to; ++i)
                fixed[i] = QLatin1Char('*');
            return fixed;
        };
        if (chars.size() == 18 || chars.size() == 15) {
            const bool long18 = chars.size() == 18;
            if (isDigit(chars.at(1)) && !validProvince(chars))
                continue;
            const int birthFrom = 6, birthTo = long18 ? 14 : 12;
            bool birthHidden = true;
            for (int i = birthFrom; i < birthTo; ++i)
                birthHidden = birthHidden && isMask(i);
            if (birthHidden && hidden >= birthTo - birthFrom)
                continue;
            const int shown = int(chars.size()) - hidden;
            sink.add(RuleId::SecrecyIdNumber, Severity::Error, unit, start, end,
                     message(Msg::SecrecyIdNumberMasked).arg(shown),
                     plainSeparators ? std::optional<QString>(maskRange(birthFrom, birthTo)) : std::nullopt);
        } else if (chars.size() == 11 && chars.at(0) == QLatin1Char('1')) {
            if (hidden >= 4)
                continue;
            sink.add(RuleId::SecrecyPhone, Severity::Error, unit, start, end,
                     message(Msg::SecrecyPhoneMasked).arg(11 - hidden),
                     plainSeparators ? std::optional<QString>(maskRange(3, 7)) : std::nullopt);
        }
    }
}

// ---- e-mail addresses and plates ----------------------------------------------------------------

void checkEmails(const TextUnit &unit, const QString &folded, const QList<Span> &emails, const Allowed &allowed, Sink &sink)
{
    for (const Span &s : emails) {
        const QString address = folded.mid(s.start, s.end - s.start).toLower();
        const QString domain = address.mid(address.indexOf(QLatin1Char('@')) + 1);
        if (domain == QLatin1String("gov.cn") || domain.endsWith(QLatin1String(".gov.cn")) || allowed.emails.contains(address))
            continue;
        sink.add(RuleId::SecrecyEmail, Severity::Error, unit, s.start, s.end, message(Msg::SecrecyEmail));
    }
}

void checkPlates(const TextUnit &unit, const QString &folded, Sink &sink)
{
    static const QRegularExpression plate(QStringLiteral(
        "(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]([A-HJ-NP-Z])([ ·•・.-]?)"
        "([A-HJ-NP-Z0-9]{6}|[A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])(?![A-Za-z0-9])"));
    for (auto it = plate.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString tail = m.captured(3);
        int digits = 0;
        for (const QChar c : tail)
            digits += isDigit(c);
        bool ok = false;
        if (tail.size() == 6) {
            auto allDigits = [&](int from, int to) {
                for (int i = from; i < to; ++i) {
                    if (!isDigit(tail.at(i)))
                        return false;
                }
                return true;
            };
            const bool frontDF = tail.at(0) == QLatin1Char('D') || tail.at(0) == QLatin1Char('F');
            const bool backDF = tail.at(5) == QLatin1Char('D') || tail.at(5) == QLatin1Char('F');
            ok = (frontDF && allDigits(2, 6)) || (backDF && allDigits(0, 5));
        } else {
            ok = digits >= 3;
        }
        if (!ok)
            continue;
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        const QString original = unit.text.mid(start, end - start);
        const int keep = int(m.capturedStart(3) - start);
        const QString masked = original.left(keep) + QString(tail.size() - 1, QLatin1Char('*')) + original.right(1);
        sink.add(RuleId::SecrecyPlate, Severity::Error, unit, start, end, message(Msg::SecrecyPlate).arg(masked), masked);
    }
}

// ---- markings -----------------------------------------------------------------------------------

bool isQuoteMark(QChar c)
{
    return c == u'“' || c == u'”' || c == u'‘' || c == u'’' || c == QLatin1Char('"') || c == QLatin1Char('\'')
        || c == u'「' || c == u'」' || c == u'『' || c == u'』';
}

bool quoted(const QString &text, int start, int end)
{
    return start > 0 && end < text.size() && isQuoteMark(text.at(start - 1)) && isQuoteMark(text.at(end));
}

// The classification levels (GB/T 9704 密级).
int levelOf(const QString &label)
{
    if (label.contains(QStringLiteral("绝密")))
        return 3;
    if (label.contains(QStringLiteral("机密")))
        return 2;
    if (label.contains(QStringLiteral("秘密")) && !label.contains(QStringLiteral("工作秘密")))
        return 1;
    return 0;
}

// Whether a clause, as a whole, is a marking: the word with the decorations markings carry.
bool isMarkingLabel(QString s)
{
    s = s.trimmed();
    const int star = int(s.indexOf(u'★'));
    if (star >= 0)
        s = s.left(star).trimmed();
    static const QStringList prefixes{QStringLiteral("此件"), QStringLiteral("本件"), QStringLiteral("此文"),
                                      QStringLiteral("本文件"), QStringLiteral("本文"), QStringLiteral("本报告"),
                                      QStringLiteral("该件"), QStringLiteral("密级"), QStringLiteral("仅供"),
                                      QStringLiteral("仅限"), QStringLiteral("限")};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &p : prefixes) {
            if (s.startsWith(p) && s.size() > p.size()) {
                s = s.mid(p.size()).trimmed();
                stripped = true;
            }
        }
    }
    static const QSet<QString> labels{
        QStringLiteral("绝密"), QStringLiteral("机密"), QStringLiteral("秘密"), QStringLiteral("工作秘密"),
        QStringLiteral("涉密"), QStringLiteral("内部"), QStringLiteral("不宜公开"), QStringLiteral("内部资料"),
        QStringLiteral("内部文件"), QStringLiteral("内部参考"), QStringLiteral("内部使用"), QStringLiteral("内部传阅"),
        QStringLiteral("内部发行"), QStringLiteral("内部材料"), QStringLiteral("内部刊物"), QStringLiteral("内部讨论稿"),
        QStringLiteral("内部征求意见稿"), QStringLiteral("绝密件"), QStringLiteral("机密件"), QStringLiteral("秘密件"),
        QStringLiteral("涉密件"), QStringLiteral("绝密文件"), QStringLiteral("机密文件"), QStringLiteral("秘密文件"),
        QStringLiteral("涉密文件"), QStringLiteral("内部★"), QStringLiteral("请勿外传"), QStringLiteral("严禁外传"),
        QStringLiteral("涉密资料"), QStringLiteral("内部掌握")};
    return labels.contains(s);
}

bool isClauseBreak(QChar c)
{
    static const QString marks = QStringLiteral("，。；：！？,;:!?\n\r\t （）()【】[]〔〕〈〉<>—…");
    return marks.contains(c) || isSpace(c.unicode());
}

bool isOpenBracket(QChar c)
{
    return c == u'（' || c == QLatin1Char('(') || c == u'【' || c == QLatin1Char('[') || c == u'〔' || c == u'〈';
}

bool isCloseBracket(QChar c)
{
    return c == u'）' || c == QLatin1Char(')') || c == u'】' || c == QLatin1Char(']') || c == u'〕' || c == u'〉';
}

void checkMarkings(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    struct Hit {
        int start, end;
        int level;
    };
    QList<Hit> hits;
    auto covered = [&](int s, int e) {
        return std::any_of(hits.begin(), hits.end(), [&](const Hit &h) { return s < h.end && h.start < e; });
    };

    // Clauses of their own, the whole of a bracket's content taken with its brackets.
    for (int i = 0; i < n;) {
        while (i < n && isClauseBreak(text.at(i)))
            ++i;
        int j = i;
        while (j < n && !isClauseBreak(text.at(j)))
            ++j;
        if (j > i && !quoted(text, i, j) && isMarkingLabel(text.mid(i, j - i))) {
            int s = i, e = j;
            // In brackets: the whole bracket, e.g. （内部资料，请勿外传）.
            int open = s - 1;
            while (open >= 0 && s - open <= 20 && !isOpenBracket(text.at(open)) && !isCloseBracket(text.at(open)))
                --open;
            if (open >= 0 && s - open <= 20 && isOpenBracket(text.at(open))) {
                int close = e;
                while (close < n && close - e <= 20 && !isCloseBracket(text.at(close)) && !isOpenBracket(text.at(close)))
                    ++close;
                if (close < n && close - e <= 20 && isCloseBracket(text.at(close))) {
                    s = open;
                    e = close + 1;
                }
            }
            if (!covered(s, e))
                hits.append(Hit{s, e, levelOf(text.mid(i, j - i))});
        }
        i = j;
    }

    // The phrases that are markings wherever they stand, and levels with ★.
    static const QRegularExpression phrase(QStringLiteral(
        "(?:绝密|机密|秘密|内部)\\s*★\\s*(?:[0-9一二三四五六七八九十]+\\s*(?:年|个月)|长期)?"
        "|内部资料(?!性)|仅(?:供|限)内部[\\p{Han}]{0,4}?(?:参考|使用|传阅|阅|掌握)|内部参考(?!价值)|内部传阅|内部掌握"
        "|请勿外传|严禁外传"
        // 不宜公开 ending a clause says so of the text (以下内容不宜公开。); before 的, 为由, 范围 … it
        // describes information the office handles.
        "|不宜(?:对外)?公开(?=$|[。，；！？）)】\\s])"));
    for (auto it = phrase.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int s = int(m.capturedStart()), e = int(m.capturedEnd());
        if (quoted(text, s, e) || covered(s, e))
            continue;
        hits.append(Hit{s, e, levelOf(m.captured())});
    }

    // Training text explains the levels (绝密，机密，秘密): two levels in one sentence are talked about.
    const QList<std::pair<int, int>> sentences = splitSentences(text);
    for (const Hit &h : std::as_const(hits)) {
        if (h.level > 0) {
            QSet<int> levels;
            for (const auto &[from, to] : sentences) {
                if (h.start < from || h.start >= to)
                    continue;
                for (const Hit &other : std::as_const(hits)) {
                    if (other.level > 0 && other.start >= from && other.start < to)
                        levels.insert(other.level);
                }
            }
            if (levels.size() >= 2)
                continue;
        }
        sink.add(RuleId::SecrecyMarking, Severity::Error, unit, h.start, h.end,
                 message(Msg::SecrecyMarking).arg(text.mid(h.start, h.end - h.start)));
    }
}

// ---- parties ------------------------------------------------------------------------------------

// Common surnames (the most frequent ones, ~90% of the population), without those that are also
// everyday words after a party word (全, 成, 国, 公, 和, 原, 司, 盖, 付 stays: see kNotNames).
const QString &surnames()
{
    static const QString s = QStringLiteral(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚舒阮柯纪梅童凌毕季裴霍"
        "涂苗谷盛曲翁冉骆蓝路游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏"
        "席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝匡鞠惠荆冀郁胥班储栗燕"
        "楚鄢谌奚粟冼蔺楼闻厉伊仝郜阚帅屠朴廉禹扈晁芮阙浦戈邸雍辜裘亓邰赫逯嵇");
    return s;
}

const QStringList &compoundSurnames()
{
    static const QStringList s{QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
                               QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("令狐"), QStringLiteral("慕容"),
                               QStringLiteral("尉迟"), QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
                               QStringLiteral("夏侯"), QStringLiteral("公孙"), QStringLiteral("端木"), QStringLiteral("南宫"),
                               QStringLiteral("西门"), QStringLiteral("独孤"), QStringLiteral("呼延")};
    return s;
}

// Characters common in given names; words of a sentence rarely continue a surname with them.
const QString &givenNameChars()
{
    static const QString s = QStringLiteral(
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂英华玉兰萍红建国志辉力林斌波宇浩凯健俊帆帅旭宁龙飞鹏峰亮云"
        "海鑫晨欣晓燕琳莉雪慧婷倩颖洁梅琴兵春荣德胜山东清祥民永宏江松柏竹菊凤彬博骏骁轩涵梓萱怡诗雨睿泽皓铭"
        "瑞嘉佳思雅琪婧妍悦彤璐瑶蕾薇莹婉露霖琦瑜璇珊珍珠玲琼秋冬岚晶晴昊晟昕晗曦毅坚威雄豪翔彪虎鹤鸿鹰腾远"
        "航川河湖泉源溪淼沛润洪滨福禄寿喜贵祥庆丰升宝家子紫三四五六七九小新立成生长天正兴旺光耀忠诚义礼仁智"
        "勤俭锋锐钢铁银美彩虹梦婕媛娇娥姗婵妮伦仪振卫南根森峻岩星青翠莲芬香娣桃杏柳樱枫楠彦翰墨书琴棋霏冰"
        "凡舒畅逸豪杉晋鲁湘粤闽赣沪渝蓉黎巧霓娴淑贤惠菲芸芝蓓蕊茜莎丹艾珂璟琰瑾瑛琬璞炜烨焕煜熙然朗骞骥驰"
        "勋昌隆达宜瑗卿钧锦铮锴奕迅宸昱煊楷哲翊卓瀚泓澄沐雯嫣柔蓉恒晖坤乾奎鸣闯浪潇恩爱玮珏琛璋瑄"
        "萌蕾茹莺鹃婷妤姝婧娅");
    return s;
}

// Two characters that begin a word, not a name, though the first is a surname and the second a
// given-name character.
const QSet<QString> &notNames()
{
    static const QSet<QString> s{QStringLiteral("陈明"), QStringLiteral("申明"), QStringLiteral("高兴"), QStringLiteral("黄金"),
                                 QStringLiteral("韩国"), QStringLiteral("文明"), QStringLiteral("安宁"), QStringLiteral("安康"),
                                 QStringLiteral("金华"), QStringLiteral("江山"), QStringLiteral("向阳"), QStringLiteral("方正"),
                                 QStringLiteral("严明"), QStringLiteral("马力"), QStringLiteral("付清"), QStringLiteral("常青"),
                                 QStringLiteral("于小"), QStringLiteral("万元"), QStringLiteral("安生"), QStringLiteral("和平"),
                                 QStringLiteral("白天"), QStringLiteral("连续"), QStringLiteral("包子"), QStringLiteral("房子"),
                                 QStringLiteral("车子"), QStringLiteral("东方"), QStringLiteral("华南"), QStringLiteral("毕生"),
                                 QStringLiteral("关山"), QStringLiteral("曾经"), QStringLiteral("尚未"), QStringLiteral("向东"),
                                 QStringLiteral("向南"), QStringLiteral("向新"), QStringLiteral("申报")};
    return s;
}

// The words that make the person after them a party to a case or complaint, longest first.
const QStringList &partyWords()
{
    static const QStringList words = [] {
        QStringList w{QStringLiteral("当事人"), QStringLiteral("申请人"), QStringLiteral("被申请人"), QStringLiteral("第三人"),
                      QStringLiteral("被处罚人"), QStringLiteral("被执行人"), QStringLiteral("申诉人"), QStringLiteral("被申诉人"),
                      QStringLiteral("原告"), QStringLiteral("被告"), QStringLiteral("被告人"), QStringLiteral("上诉人"),
                      QStringLiteral("被上诉人"), QStringLiteral("信访人"), QStringLiteral("来访人"), QStringLiteral("上访人"),
                      QStringLiteral("举报人"), QStringLiteral("被举报人"), QStringLiteral("投诉人"), QStringLiteral("被投诉人"),
                      QStringLiteral("违法行为人"), QStringLiteral("行为人"), QStringLiteral("嫌疑人"), QStringLiteral("犯罪嫌疑人"),
                      QStringLiteral("受害人"), QStringLiteral("被害人"), QStringLiteral("受援人"), QStringLiteral("求助人"),
                      QStringLiteral("反映人"), QStringLiteral("涉案人员"), QStringLiteral("涉案人"), QStringLiteral("涉案"),
                      QStringLiteral("纠纷双方"), QStringLiteral("矫正对象"), QStringLiteral("社区矫正人员"),
                      QStringLiteral("刑满释放人员"), QStringLiteral("安置帮教对象"), QStringLiteral("帮教对象"),
                      QStringLiteral("吸毒人员"), QStringLiteral("戒毒人员"), QStringLiteral("服刑人员"),
                      QStringLiteral("村民"), QStringLiteral("居民")};
        std::sort(w.begin(), w.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

struct Name {
    int start = 0;
    int end = 0;
    int surname = 1;  // characters of the surname
};

std::optional<Name> nameAt(const QString &text, int i)
{
    const int n = int(text.size());
    if (i >= n)
        return std::nullopt;
    int surname = 0;
    if (i + 1 < n && compoundSurnames().contains(text.mid(i, 2)))
        surname = 2;
    else if (surnames().contains(text.at(i)))
        surname = 1;
    if (surname == 0)
        return std::nullopt;
    const int g = i + surname;
    if (g >= n || !givenNameChars().contains(text.at(g)) || notNames().contains(text.mid(i, 2)))
        return std::nullopt;
    int end = g + 1;
    if (end < n && givenNameChars().contains(text.at(end)))
        ++end;
    return Name{i, end, surname};
}

void checkParties(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    QList<Name> names;
    auto add = [&](const Name &name) {
        if (std::none_of(names.begin(), names.end(), [&](const Name &o) { return o.start == name.start; }))
            names.append(name);
    };
    for (const QString &word : partyWords()) {
        for (int p = int(text.indexOf(word)); p >= 0; p = int(text.indexOf(word, p + 1))) {
            const int wordEnd = p + int(word.size());
            // Backwards: 张三（当事人）.
            if (p > 0 && (text.at(p - 1) == u'（' || text.at(p - 1) == QLatin1Char('(')) && wordEnd < n
                && (text.at(wordEnd) == u'）' || text.at(wordEnd) == QLatin1Char(')'))) {
                for (int length : {3, 2}) {
                    const int s = p - 1 - length;
                    if (s < 0)
                        continue;
                    const std::optional<Name> name = nameAt(text, s);
                    if (name && name->end == p - 1) {
                        add(*name);
                        break;
                    }
                }
            }
            // Forwards: 当事人张三, 当事人：张三, 当事人为张三, 当事人张三、李四.
            int i = wordEnd;
            if (i < n && (text.at(i) == u'：' || text.at(i) == QLatin1Char(':')))
                ++i;
            while (i < n && isSpace(text.at(i).unicode()))
                ++i;
            if (i < n && (text.at(i) == u'为' || text.at(i) == u'系') && nameAt(text, i + 1))
                ++i;
            for (int k = 0; k < 8; ++k) {
                const std::optional<Name> name = nameAt(text, i);
                if (!name)
                    break;
                add(*name);
                i = name->end;
                if (i < n && (text.at(i) == u'、' || text.at(i) == u'与' || text.at(i) == u'和' || text.at(i) == u'及'
                              || text.at(i) == u'，'))
                    ++i;
                else
                    break;
            }
        }
    }
    std::sort(names.begin(), names.end(), [](const Name &a, const Name &b) { return a.start < b.start; });
    for (const Name &name : std::as_const(names)) {
        const QString masked = text.mid(name.start, name.surname) + QStringLiteral("某");
        sink.add(RuleId::SecrecyParty, Severity::Warning, unit, name.start, name.end,
                 message(Msg::SecrecyParty).arg(text.mid(name.start, name.end - name.start), masked), masked);
    }
}

}  // namespace

void checkSecrecy(const QList<TextUnit> &units, Sink &sink)
{
    const bool numbers = sink.enabled(RuleId::SecrecyIdNumber) || sink.enabled(RuleId::SecrecyPhone)
        || sink.enabled(RuleId::SecrecyBankCard) || sink.enabled(RuleId::SecrecyEmail);
    const Allowed allowed(sink.context());
    for (const TextUnit &unit : units) {
        if (numbers) {
            const QString folded = foldAscii(unit.text);
            QList<Span> emails;
            const QList<Span> excluded = emailAndUrlSpans(folded, &emails);
            checkNumbers(unit, folded, excluded, allowed, sink);
            checkEmails(unit, folded, emails, allowed, sink);
        }
        if (sink.enabled(RuleId::SecrecyPlate))
            checkPlates(unit, foldAscii(unit.text), sink);
        if (sink.enabled(RuleId::SecrecyMarking))
            checkMarkings(unit, sink);
        if (sink.enabled(RuleId::SecrecyParty))
            checkParties(unit, sink);
    }
}

}  // namespace fazhi::check::detail
