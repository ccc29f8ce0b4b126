// Rule title-punctuation, after GB/T 15834-2011:
//  - 4.5.3.5: between coordinate items in 书名号 or in quotation marks no 顿号 is used (《A》《B》,
//    “A”“B”); with other text between them (《A》（试行）、《B》) it is, so only adjacent marks count;
//  - 4.9 / 5.1: a full stop or comma does not stand inside a title (《……通知。》);
//  - 4.1: one shape of quotation marks in a text: “ ” with ‘ ’ inside; 「」『』 mixed with them, or
//    a straight " paired with a curly one, is a fault. A straight " is repaired to the curly mark
//    its position calls for (opening unless a quotation is open).

#include "CheckText.h"
#include "Rules.h"

namespace fazhi::check::detail {

namespace {

void checkAdjacentMarks(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 1; i + 1 < n; ++i) {
        if (text.at(i) != u'、')
            continue;
        const QChar before = text.at(i - 1), after = text.at(i + 1);
        if ((before == u'》' && after == u'《') || (before == u'”' && after == u'“'))
            sink.add(RuleId::TitlePunctuation, Severity::Warning, unit, i, i + 1, message(Msg::TitleMarksSeparated),
                     QString());
    }
    for (int i = 1; i < n; ++i) {
        if (text.at(i) != u'》')
            continue;
        const QChar before = text.at(i - 1);
        if (before == u'。' || before == u'，' || before == u'；')
            sink.add(RuleId::TitlePunctuation, Severity::Warning, unit, i - 1, i, message(Msg::TitleMarksStop), QString());
    }
}

void checkQuoteShapes(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const bool curly = text.contains(u'“') || text.contains(u'”');
    const bool corner = text.contains(u'「') || text.contains(u'」') || text.contains(u'『') || text.contains(u'』');
    const bool straight = text.contains(u'"');
    if (!straight && !(curly && corner))
        return;
    const int n = int(text.size());
    bool open = false;  // a “ is open
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'“') {
            open = true;
        } else if (c == u'”') {
            open = false;
        } else if (c == u'"') {
            const bool chinese = isChineseContext(codePointBefore(text, i)) || isChineseContext(codePointAt(text, i + 1));
            const QString fixed = open ? QStringLiteral("”") : QStringLiteral("“");
            if (chinese)
                sink.add(RuleId::TitlePunctuation, Severity::Warning, unit, i, i + 1,
                         message(Msg::QuoteStraight).arg(fixed), fixed);
            open = !open;
        } else if (curly && (c == u'「' || c == u'」' || c == u'『' || c == u'』')) {
            const QChar fixed = c == u'「' ? QChar(u'“') : c == u'」' ? QChar(u'”') : c == u'『' ? QChar(u'‘') : QChar(u'’');
            sink.add(RuleId::TitlePunctuation, Severity::Warning, unit, i, i + 1,
                     message(Msg::QuoteMixedShapes).arg(QStringLiteral("“” %1").arg(c)), QString(fixed));
        }
    }
}

}  // namespace

void checkTitlePunctuation(const QList<TextUnit> &units, Sink &sink)
{
    if (!sink.enabled(RuleId::TitlePunctuation))
        return;
    for (const TextUnit &unit : units) {
        checkAdjacentMarks(unit, sink);
        checkQuoteShapes(unit, sink);
    }
}

}  // namespace fazhi::check::detail
