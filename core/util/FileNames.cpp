#include "FileNames.h"

#include <QRegularExpression>

namespace fazhi {

namespace {

bool isReservedDeviceName(const QString &name)
{
    // Windows opens the device for these whatever follows a dot ("NUL.txt") or trails in spaces.
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]) *$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name.section(QLatin1Char('.'), 0, 0)).hasMatch();
}

}  // namespace

QString safeFileBaseName(const QString &text, const QString &fallback)
{
    QString name;
    name.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool forbidden = u < 0x20 || u == 0x7F || QStringView(u"<>:\"/\\|?*").contains(c);
        name.append(forbidden ? QLatin1Char('_') : c);
    }
    // Long enough for any report title; the folder's path and the suffix still fit in Windows' 260.
    constexpr qsizetype kMaxLength = 100;
    if (name.size() > kMaxLength) {
        qsizetype cut = kMaxLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
    }
    // Windows drops trailing dots and spaces ("报告." and "报告" are one file); leading spaces hide it.
    name = name.trimmed();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty())
        return fallback;
    if (isReservedDeviceName(name)) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        name.insert(dot < 0 ? name.size() : dot, QLatin1Char('_'));
    }
    return name;
}

}  // namespace fazhi
