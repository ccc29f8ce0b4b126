// Rules standard-term (the table of formulations below, beside the TermList matching of
// WordingRules.cpp) and fixed-phrase.
//
// standard-term, from the texts themselves:
//  - Party congresses and plenary sessions: 党的二十大, 党的二十届三中全会, 十九届四中全会 — the
//    congress's ordinal before 届, 党的 before it, 全会 after the session (二十届党的三中全会,
//    党的二十届三中, 党的第二十届…, Arabic numerals are nonstandard). Source: the communiqués
//    (新华社, 中国共产党第二十届中央委员会第三次全体会议公报).
//  - 法治 for 法制 where current usage is 法治 (since 党的十八届四中全会, 2014): 法治政府, 法治思维,
//    法治建设, 法治方式, 法治乡村, 法治宣传 …; 法制 stays in the fixed names of systems and offices
//    (法制审核, 法制机构, 法制办, 法制科, 法制员, 法制讲座, 法制副校长) and inside an older
//    document's own title; conversely 重大执法决定法制审核 is written 法制.
//  - The years of the 纲要, 规划 and 普法 plans: 法治政府建设实施纲要（2021—2025年）/（2015—2020年）,
//    法治中国建设规划（2020—2025年）, 法治社会建设实施纲要（2020—2025年）, “八五”普法 2021—2025,
//    “七五” 2016—2020, “六五” 2011—2015 (the 中共中央、国务院 documents). Dash and bracket
//    widths are the TermList's folding (official-title).
//  - Titles of the listed documents with a character missing, added, changed or two words swapped
//    (《法治政府建设与责任落实督察规定》): compared with the TermList's documents by edit distance;
//    a title that is another listed document is left alone.
// fixed-phrase: the set phrases of the report type (法治政府建设年度报告, 全面依法治县委员会,
// 中央全面依法治国工作会议) with a word missing or garbled, and two township office names run
// together without 、 (司法所综治中心).

#include "PatternTable.h"
#include "Rules.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>

namespace fazhi::check::detail {

namespace {

constexpr Severity W = Severity::Warning;
constexpr Severity H = Severity::Hint;

// The ordinal of a congress: 十一 … 十九, 二十 … 二十三.
#define FZ_CONGRESS u"(十[一二三四五六七八九]|二十[一二三]?)"
#define FZ_SESSION u"([一二三四五六七八九])"

int arabic(const QString &s) { return s.toInt(); }

QString congressFromArabic(const QRegularExpressionMatch &m)
{
    const int congress = arabic(m.captured(2));
    if (congress < 11 || congress > 23)
        return QString();
    QString out = m.captured(1) + chineseNumeral(congress);
    if (!m.captured(3).isEmpty()) {
        const QString session = m.captured(3);
        const int n = session.at(0).isDigit() ? session.toInt() : 0;
        out += QStringLiteral("届") + (n > 0 ? chineseNumeral(n) : session) + QStringLiteral("中全会");
    } else {
        out += u'大';
    }
    return out;
}

// The years a document is for, by its name; the match has the name in 1 and the years in 2, 3.
QString documentYears(const QRegularExpressionMatch &m)
{
    const QString name = m.captured(1);
    const int from = m.captured(2).toInt(), to = m.captured(3).toInt();
    QList<std::pair<int, int>> valid;
    if (name.contains(QStringLiteral("法治政府建设实施纲要")))
        valid = {{2021, 2025}, {2015, 2020}};
    else
        valid = {{2020, 2025}};
    for (const auto &[a, b] : valid) {
        if (a == from && b == to)
            return QString();
    }
    // The plan meant: the one whose first year is nearest.
    auto best = valid.first();
    for (const auto &v : valid) {
        if (std::abs(v.first - from) < std::abs(best.first - from))
            best = v;
    }
    return name + QStringLiteral("（%1—%2年）").arg(best.first).arg(best.second);
}

const PatternRow kFormulations[] = {
    // congresses and plenary sessions
    {u"届党的", FZ_CONGRESS u"届党的" FZ_SESSION u"中全会", u"党的\\1届\\2中全会", W, Msg::StandardTermSession},
    {u"届", FZ_CONGRESS u"届" FZ_SESSION u"中(?!全|[、和与至—－-]|央)", u"\\1届\\2中全会", W, Msg::StandardTermSession},
    {u"党的第", u"党的第" FZ_CONGRESS u"(届|大)", u"党的\\1\\2", W, Msg::StandardTermSession},
    {u"届", u"(?<!党的|[0-9])第" FZ_CONGRESS u"届" FZ_SESSION u"中全会", u"党的\\1届\\2中全会", W, Msg::StandardTermSession},
    {u"大", u"(?<![的共政入全])党" FZ_CONGRESS u"大(?![会队学])", u"党的\\1大", W, Msg::StandardTermSession},
    {u"党的", u"党的" FZ_CONGRESS u"次(?:全国)?代表大会", u"党的第\\1次全国代表大会", W, Msg::StandardTermSession},
    {u"代表大会", u"党的第" FZ_CONGRESS u"次代表大会", u"党的第\\1次全国代表大会", W, Msg::StandardTermSession},
    {u"大", u"(党的)([12][0-9])()大", nullptr, W, Msg::StandardTermSession, nullptr, true, false, congressFromArabic},
    {u"中全会", u"()(?<![0-9])([12][0-9])届([1-9一二三四五六七八九])中全会", nullptr, W, Msg::StandardTermSession, nullptr,
     true, false, congressFromArabic},
    // 法制 → 法治 (current usage), outside the fixed names of systems and offices
    {u"法制", u"法制(政府|思维|方式|乡村|中国|社会|国家|轨道|道路|体系|文化|建设|宣传|理念|素养|精神|示范)", u"法治\\1", W,
     Msg::StandardTermLegal, u"法制(建设|宣传)(科|股|室|办|员)", true, true},
    {u"法制", u"法制(意识|观念|环境|化)", u"法治\\1", H, Msg::StandardTermLegal, nullptr, true, true},
    {u"法治审核", u"法治审核", u"法制审核", W, Msg::StandardTermLegalSystem},
    // the plans' years
    {u"纲要", u"(法治政府建设实施纲要|法治社会建设实施纲要)[（(]\\s*([0-9]{4})\\s*[-—–－~～至]+\\s*([0-9]{4})\\s*年?\\s*[）)]",
     nullptr, W, Msg::StandardTermYears, nullptr, true, false, documentYears},
    // Cited without their years: which plan is meant is the reader's guess (a hint).
    {u"纲要》", u"(?<=《)法治政府建设实施纲要(?=》)", u"法治政府建设实施纲要（2021—2025年）", H, Msg::StandardTermYears, nullptr,
     false},
    {u"纲要》", u"(?<=《)法治社会建设实施纲要(?=》)", u"法治社会建设实施纲要（2020—2025年）", H, Msg::StandardTermYears},
    {u"规划》", u"(?<=《)法治中国建设规划(?=》)", u"法治中国建设规划（2020—2025年）", H, Msg::StandardTermYears},
    {u"习近平", u"习近平总书记新时代中国特色社会主义思想", u"习近平新时代中国特色社会主义思想", W, Msg::StandardTermWording},
    {u"习近平新时代", u"习近平新时代中国特色社会主义(?!思想)", u"习近平新时代中国特色社会主义思想", W, Msg::StandardTermWording},
    {u"规划", u"(法治中国建设规划)[（(]\\s*([0-9]{4})\\s*[-—–－~～至]+\\s*([0-9]{4})\\s*年?\\s*[）)]", nullptr, W,
     Msg::StandardTermYears, nullptr, true, false, documentYears},
};

const PatternTable &formulationTable()
{
    static const PatternTable table(RuleId::StandardTerm, kFormulations, std::size(kFormulations));
    return table;
}

// “八五”普法规划（2021—2025年）: the years inside the brackets after the plan.
void checkPufaYears(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    if (!text.contains(QStringLiteral("普法")))
        return;
    static const QRegularExpression rx(QStringLiteral(
        "([六七八])五[”\"’]?普法[^（(。；，]{0,8}[（(]\\s*(?<years>([0-9]{4})\\s*[-—–－~～至]+\\s*([0-9]{4})\\s*年?)\\s*[）)]"));
    for (auto it = rx.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QChar plan = m.captured(1).at(0);
        const int from = m.captured(3).toInt(), to = m.captured(4).toInt();
        const int a = plan == u'六' ? 2011 : plan == u'七' ? 2016 : 2021;
        if (from == a && to == a + 4)
            continue;
        const QString fixed = QStringLiteral("%1—%2年").arg(a).arg(a + 4);
        sink.add(RuleId::StandardTerm, Severity::Warning, unit, int(m.capturedStart(QStringLiteral("years"))),
                 int(m.capturedEnd(QStringLiteral("years"))),
                 message(Msg::StandardTermYears).arg(m.captured(QStringLiteral("years")), fixed), fixed);
    }
}

// ---- titles near a listed document ----------------------------------------------------------------

int editDistance(QStringView a, QStringView b, int limit)
{
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVarLengthArray<int, 64> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[m];
}

bool sameCharacters(QString a, QString b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

bool hasDigit(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

void checkNearTitles(const TextUnit &unit, const TermList &terms, Sink &sink)
{
    const QString &text = unit.text;
    if (!text.contains(u'《'))
        return;
    struct Known {
        QString inner;   // without 《》
        QString folded;
    };
    QList<Known> known;
    QSet<QString> allFolded;
    for (const TermEntry &e : terms.entries()) {
        if (e.kind != TermKind::Document)
            continue;
        QString inner = e.canonical;
        if (inner.startsWith(u'《') && inner.endsWith(u'》'))
            inner = inner.mid(1, inner.size() - 2);
        const QString folded = foldForTermMatch(inner);
        allFolded.insert(folded);
        for (const QString &v : e.variants)
            allFolded.insert(foldForTermMatch(v));
        if (inner.size() >= 10 && !hasDigit(inner))
            known.append({inner, folded});
    }
    for (int open = int(text.indexOf(u'《')); open >= 0; open = int(text.indexOf(u'《', open + 1))) {
        const int close = int(text.indexOf(u'》', open + 1));
        if (close < 0)
            break;
        const QString inner = text.mid(open + 1, close - open - 1);
        if (inner.size() < 10 || inner.contains(u'《') || inner.contains(u'〈'))
            continue;
        const QString folded = foldForTermMatch(inner);
        if (allFolded.contains(folded))
            continue;  // a listed document (or a variant the TermList reports itself)
        for (const Known &k : std::as_const(known)) {
            const int limit = k.folded.size() >= 16 ? 2 : 1;
            const int d = editDistance(folded, k.folded, limit);
            bool near = false;
            if (d <= limit)
                near = folded.size() != k.folded.size() || d == 1;  // two changed characters: another document
            else if (folded.size() == k.folded.size() && sameCharacters(folded, k.folded))
                near = true;  // two words swapped
            if (!near)
                continue;
            sink.add(RuleId::StandardTerm, Severity::Warning, unit, open + 1, close,
                     message(Msg::StandardTermTitle).arg(inner, k.inner), k.inner);
            break;
        }
    }
}

// ---- fixed phrases -----------------------------------------------------------------------------------

const PatternRow kFixedPhrases[] = {
    {u"法治政府", u"法治政府(?!建设)(?=年度报告|情况报告|工作报告|工作情况报告|年度情况报告)", u"法治政府建设", W,
     Msg::FixedPhraseIncomplete},
    {u"法治政府示范", u"法治政府示范(?=创建|地区|市县|项目)", u"法治政府建设示范", W, Msg::FixedPhraseIncomplete},
    {u"依法治", u"(?<!全面)依法治(国|省|市|县|区)委员会", u"全面依法治\\1委员会", W, Msg::FixedPhraseIncomplete},
    {u"依法治", u"全面依法治(国|省|市|县|区|镇|乡)委员(?!会)", u"全面依法治\\1委员会", W, Msg::FixedPhraseIncomplete},
    {u"委员会议", u"全面依法治(国|省|市|县|区|镇|乡)委员会议", u"全面依法治\\1委员会会议", W, Msg::FixedPhraseIncomplete},
    {u"工作委员会", u"全面依法治(国|省|市|县|区)工作委员会", u"全面依法治\\1委员会", W, Msg::FixedPhraseGarbled},
    {u"依法治国工作会议", u"(?<!全面)依法治国工作会议", u"全面依法治国工作会议", W, Msg::FixedPhraseIncomplete},
    {u"第一责任人", u"法治政府建设第一责任人", u"法治建设第一责任人", H, Msg::FixedPhraseGarbled},
    {u"第一责任人", u"(?<=履行)法治建设第一责任人职责", u"推进法治建设第一责任人职责", H,
     Msg::FixedPhraseIncomplete},
    {u"重大行政决定", u"重大行政决定(?=程序)", u"重大行政决策", W, Msg::FixedPhraseGarbled},
};

const PatternTable &fixedPhraseTable()
{
    static const PatternTable table(RuleId::FixedPhrase, kFixedPhrases, std::size(kFixedPhrases));
    return table;
}

// The offices of a township government, as they are named in reports (longest first where one
// contains another).
const QStringList &officeNames()
{
    static const QStringList names = [] {
        QStringList list{
            QStringLiteral("综合行政执法大队"), QStringLiteral("综合行政执法局"), QStringLiteral("综合执法大队"),
            QStringLiteral("综合执法中队"), QStringLiteral("综合执法队"), QStringLiteral("市场监督管理所"),
            QStringLiteral("市场监管所"), QStringLiteral("自然资源和规划所"), QStringLiteral("自然资源所"),
            QStringLiteral("司法所"), QStringLiteral("派出所"), QStringLiteral("综治中心"), QStringLiteral("综治办"),
            QStringLiteral("财政所"), QStringLiteral("财政分局"), QStringLiteral("农业农村办"),
            QStringLiteral("农业服务中心"), QStringLiteral("农经站"), QStringLiteral("应急管理办公室"),
            QStringLiteral("应急办"), QStringLiteral("信访办"), QStringLiteral("党政办公室"), QStringLiteral("党政办"),
            QStringLiteral("社会事务办"), QStringLiteral("社事办"), QStringLiteral("经济发展办"), QStringLiteral("经发办"),
            QStringLiteral("便民服务中心"), QStringLiteral("为民服务中心"), QStringLiteral("政务服务中心"),
            QStringLiteral("人社所"), QStringLiteral("劳动保障所"), QStringLiteral("水利站"), QStringLiteral("林业站"),
            QStringLiteral("卫生院"), QStringLiteral("税务分局"), QStringLiteral("供电所"), QStringLiteral("城建办"),
            QStringLiteral("规划建设办"), QStringLiteral("村镇建设办"), QStringLiteral("退役军人服务站"),
            QStringLiteral("国土所"), QStringLiteral("交管所"), QStringLiteral("安监站"), QStringLiteral("环保所"),
            QStringLiteral("武装部"), QStringLiteral("人民法庭"), QStringLiteral("矛调中心"),
            QStringLiteral("网格中心"), QStringLiteral("文化站"), QStringLiteral("畜牧兽医站"),
        };
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return names;
}

// The length of the office name starting at i, if any (the longest).
int officeAt(const QString &text, int i)
{
    static const QHash<QChar, QStringList> byFirst = [] {
        QHash<QChar, QStringList> h;
        for (const QString &name : officeNames())
            h[name.at(0)].append(name);  // longest first, as officeNames()
        return h;
    }();
    if (i >= text.size())
        return 0;
    const auto it = byFirst.constFind(text.at(i));
    if (it == byFirst.constEnd())
        return 0;
    for (const QString &name : it.value()) {
        if (QStringView(text).mid(i).startsWith(name))
            return int(name.size());
    }
    return 0;
}

void checkOfficesRunTogether(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const int first = officeAt(text, i);
        if (first == 0)
            continue;
        const int second = officeAt(text, i + first);
        if (second == 0) {
            i += first - 1;
            continue;
        }
        const QString run = text.mid(i, first + second);
        const QString fixed = text.mid(i, first) + u'、' + text.mid(i + first, second);
        sink.add(RuleId::FixedPhrase, Severity::Warning, unit, i, i + first + second,
                 message(Msg::OfficesRunTogether).arg(run, fixed), fixed);
        i += first - 1;  // the second may run into a third
    }
}

}  // namespace

void checkFormulations(const QList<TextUnit> &units, Sink &sink)
{
    const bool terms = sink.enabled(RuleId::StandardTerm);
    const bool phrases = sink.enabled(RuleId::FixedPhrase);
    for (const TextUnit &unit : units) {
        if (terms) {
            formulationTable().run(unit, sink);
            checkPufaYears(unit, sink);
            checkNearTitles(unit, sink.context().terms, sink);
        }
        if (phrases) {
            fixedPhraseTable().run(unit, sink);
            checkOfficesRunTogether(unit, sink);
        }
    }
}

}  // namespace fazhi::check::detail
