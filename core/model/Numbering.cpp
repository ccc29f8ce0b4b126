#include "Numbering.h"

namespace fazhi::numbering {

namespace {
const QString kDigits = QStringLiteral("〇一二三四五六七八九");
}

QString chineseNumeral(int n)
{
    if (n <= 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return kDigits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(kDigits.at(tens));
    s += QChar(0x5341);  // 十
    if (ones)
        s += kDigits.at(ones);
    return s;
}

int parseChineseNumeral(const QString &text)
{
    for (int n = 1; n <= 99; ++n) {
        if (chineseNumeral(n) == text)
            return n;
    }
    return 0;
}

QString partLabel(int index) { return chineseNumeral(index + 1) + QStringLiteral("、"); }
QString sectionLabel(int index) { return QStringLiteral("（") + chineseNumeral(index + 1) + QStringLiteral("）"); }
QString runInPointLabel(int index) { return chineseNumeral(index + 1) + QStringLiteral("是"); }
QString numberedPointLabel(int index) { return QString::number(index + 1) + QLatin1Char('.'); }

}  // namespace fazhi::numbering
