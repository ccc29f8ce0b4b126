#pragma once
// The one place where the numbering rules live (GB/T 9704: 一、 （一） 1. （1）).

#include <QString>

namespace fazhi::numbering {

// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; beyond 99 falls back to Arabic digits.
QString chineseNumeral(int n);
// Inverse of chineseNumeral for 1..99; returns 0 when the text is not such a numeral.
int parseChineseNumeral(const QString &text);

QString partLabel(int index);            // 0 → "一、"
QString sectionLabel(int index);         // 0 → "（一）"
QString runInPointLabel(int index);      // 0 → "一是"
QString numberedPointLabel(int index);   // 0 → "1."

}  // namespace fazhi::numbering
