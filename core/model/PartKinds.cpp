#include "PartKinds.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QStringView>

#include <initializer_list>

namespace fazhi {

namespace {

using Words = std::initializer_list<const char16_t *>;

struct KindSpec {
    PartKind kind;
    bool required;
    const char *name;  // translated in the context "fazhi"
    // A heading names the kind when it contains one of `words`, or one of `weakWords` together with
    // one of `companions` (a weak word alone is too common in work areas).
    Words words;
    Words weakWords;
    Words companions;
};

// In the order a heading is tried: the narrower kinds first ("2024年工作计划" is a plan, not measures).
const KindSpec kKinds[] = {
    {PartKind::LeadersDuty, true, QT_TRANSLATE_NOOP("fazhi", "Leaders' duty as first responsible persons"),
     {u"主要负责人", u"第一责任人", u"履责"}, {u"履职"}, {u"负责人", u"领导", u"书记", u"党政", u"情况"}},
    {PartKind::Shortcomings, true, QT_TRANSLATE_NOOP("fazhi", "Shortcomings and their causes"),
     {u"不足", u"差距", u"短板"}, {u"问题", u"困难"}, {u"存在", u"原因", u"主要问题"}},
    {PartKind::Plans, true, QT_TRANSLATE_NOOP("fazhi", "Plans for next year"),
     {u"下一年度", u"下一步", u"下步", u"明年", u"工作安排", u"主要安排", u"工作计划", u"打算", u"思路", u"今后",
      u"展望"},
     {}, {}},
    {PartKind::Other, false, QT_TRANSLATE_NOOP("fazhi", "Other matters to report"), {u"其他需要报告"}, {}, {}},
    {PartKind::Measures, true, QT_TRANSLATE_NOOP("fazhi", "Measures and results"),
     {u"工作回顾", u"主要举措", u"成效", u"主要做法", u"工作开展情况", u"开展情况", u"主要工作", u"工作情况",
      u"基本情况", u"建设情况"},
     {}, {}},
};

const KindSpec *spec(PartKind kind)
{
    for (const KindSpec &k : kKinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

bool containsAny(const QString &text, Words words)
{
    for (const char16_t *w : words) {
        if (text.contains(QStringView(w)))
            return true;
    }
    return false;
}

}  // namespace

const QList<PartKind> &regulationPartKinds()
{
    static const QList<PartKind> kinds{PartKind::Measures, PartKind::Shortcomings, PartKind::LeadersDuty,
                                       PartKind::Plans, PartKind::Other};
    return kinds;
}

bool isRequiredPartKind(PartKind kind)
{
    const KindSpec *k = spec(kind);
    return k && k->required;
}

QString defaultPartHeading(PartKind kind, int year)
{
    switch (kind) {
    case PartKind::Measures:
        return QStringLiteral("%1年工作回顾").arg(year);
    case PartKind::LeadersDuty:
        return QStringLiteral("党政主要负责人履行推进法治建设第一责任人职责情况");
    case PartKind::Shortcomings:
        return QStringLiteral("存在的不足和原因");
    case PartKind::Plans:
        return QStringLiteral("%1年度工作安排").arg(year + 1);
    case PartKind::Other:
        return QStringLiteral("其他需要报告的情况");
    case PartKind::Custom:
        break;
    }
    return {};
}

bool headingNames(const QString &heading, PartKind kind, int year)
{
    const KindSpec *k = spec(kind);
    if (!k)
        return false;
    if (containsAny(heading, k->words) || (containsAny(heading, k->weakWords) && containsAny(heading, k->companions)))
        return true;
    switch (kind) {
    case PartKind::Plans:  // next year named: "2024年工作计划" in the 2023 report
        return year > 0 && heading.contains(QString::number(year + 1) + u'年');
    case PartKind::Other:
        return heading.startsWith(u"其他");
    case PartKind::Measures:  // this year named: "2023年法治政府建设情况"
        return year > 0 && heading.contains(QString::number(year) + u'年');
    default:
        return false;
    }
}

PartKind classifyPartHeading(const QString &heading, int year)
{
    for (const KindSpec &k : kKinds) {
        if (headingNames(heading, k.kind, year))
            return k.kind;
    }
    return PartKind::Custom;
}

QString partKindName(PartKind kind)
{
    if (const KindSpec *k = spec(kind))
        return QCoreApplication::translate("fazhi", k->name);
    return Tr::tr("Part of its own");
}

}  // namespace fazhi
