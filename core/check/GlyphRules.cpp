#include "GlyphRules.h"

#include "CheckText.h"
#include "Rules.h"
#include "util/Translation.h"

#include <QHash>

#include <algorithm>

namespace fazhi::check {

QString undrawableCharacterMessage(char32_t c, int count)
{
    const QString character = QString::fromUcs4(&c, 1);
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    QString message = Tr::tr("No installed font has the character “%1” (%2): the PDF and the OFD would show an "
                             "empty box and lose it from their text. Install a font that has it, or write it "
                             "another way.")
                          .arg(character, code);
    if (count > 1)
        message += QLatin1Char(' ') + Tr::tr("It stands %1 times in this text.").arg(count);
    return message;
}

void detail::checkUndrawable(const QList<TextUnit> &units, const std::function<bool(char32_t)> &canDraw, Sink &sink)
{
    if (!canDraw || !sink.enabled(RuleId::UndrawableCharacter))
        return;
    QHash<char32_t, bool> known;
    for (const TextUnit &unit : units) {
        struct Place {
            int start = 0, end = 0, count = 0;
        };
        QList<std::pair<char32_t, Place>> places;  // in order of first appearance
        const QString &text = unit.text;
        for (int i = 0; i < text.size();) {
            const int width = widthAt(text, i);
            const char32_t c = codePointAt(text, i);
            auto it = known.constFind(c);
            if (it == known.constEnd())
                it = known.insert(c, canDraw(c));
            if (!*it) {
                auto found = std::find_if(places.begin(), places.end(), [c](const auto &p) { return p.first == c; });
                if (found == places.end())
                    places.append({c, Place{i, i + width, 1}});
                else
                    ++found->second.count;
            }
            i += width;
        }
        for (const auto &[c, place] : places)
            sink.add(RuleId::UndrawableCharacter, Severity::Error, unit, place.start, place.end,
                     undrawableCharacterMessage(c, place.count));
    }
}

QList<Finding> undrawableCharacterFindings(const Report &report, const std::function<bool(char32_t)> &canDraw)
{
    CheckContext context;
    detail::Sink sink(context);
    detail::checkUndrawable(detail::collectUnits(report), canDraw, sink);
    return sink.findings();
}

}  // namespace fazhi::check
