#include "PatternTable.h"

namespace fazhi::check::detail {

PatternTable::PatternTable(const QString &rule, const PatternRow *rows, std::size_t count) : m_rule(rule)
{
    m_rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const PatternRow &r = rows[i];
        Compiled c{&r, QString::fromUtf16(r.trigger),
                   QRegularExpression(QString::fromUtf16(r.pattern)),
                   r.except ? QRegularExpression(QString::fromUtf16(r.except)) : QRegularExpression()};
        Q_ASSERT_X(c.rx.isValid(), "PatternTable", qPrintable(c.rx.errorString()));
        c.rx.optimize();
        if (r.except)
            c.except.optimize();
        m_rows.push_back(std::move(c));
    }
}

void PatternTable::run(const TextUnit &unit, Sink &sink) const
{
    if (!sink.enabled(m_rule))
        return;
    const QString &text = unit.text;
    // The characters of the text, hashed into 1024 bits: a row whose trigger has a character the text
    // lacks is skipped without a search (most rows for most texts).
    quint64 present[16] = {};
    for (const QChar ch : text)
        present[(ch.unicode() >> 6) & 15] |= quint64(1) << (ch.unicode() & 63);
    for (const Compiled &c : m_rows) {
        bool possible = true;
        for (const QChar ch : c.trigger)
            possible = possible && (present[(ch.unicode() >> 6) & 15] & (quint64(1) << (ch.unicode() & 63)));
        if (!possible || !text.contains(c.trigger))
            continue;
        for (auto it = c.rx.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int s = int(m.capturedStart(0)), e = int(m.capturedEnd(0));
            if (e <= s)
                continue;
            if (c.row->outsideTitles && insideTitleMarks(text, s, e))
                continue;
            if (c.row->except) {
                bool cancelled = false;
                for (auto ex = c.except.globalMatch(text); ex.hasNext() && !cancelled;) {
                    const QRegularExpressionMatch x = ex.next();
                    cancelled = x.capturedStart(0) < e && s < x.capturedEnd(0);
                }
                if (cancelled)
                    continue;
            }
            const QString fixed = c.row->compute ? c.row->compute(m) : expandTemplate(QString::fromUtf16(c.row->fix), m);
            if (fixed.isEmpty() && c.row->compute)
                continue;
            if (fixed == m.captured(0))
                continue;
            sink.add(m_rule, c.row->severity, unit, s, e, message(c.row->msg).arg(m.captured(0), fixed),
                     c.row->offerFix ? std::optional<QString>(fixed) : std::nullopt);
        }
    }
}

bool insideTitleMarks(const QString &text, int from, int to)
{
    const int open = int(text.lastIndexOf(u'《', from));
    if (open < 0)
        return false;
    const int closeBefore = int(text.indexOf(u'》', open));
    if (closeBefore >= 0 && closeBefore < from)
        return false;
    return text.indexOf(u'》', to) >= 0;
}

QString expandTemplate(const QString &tmpl, const QRegularExpressionMatch &m)
{
    QString out;
    out.reserve(tmpl.size() + 8);
    for (int i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c == u'\\' && i + 1 < tmpl.size() && tmpl.at(i + 1).isDigit()) {
            out += m.captured(tmpl.at(i + 1).digitValue());
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += u'十';
    if (ones)
        out += digits.at(ones);
    return out;
}

}  // namespace fazhi::check::detail
