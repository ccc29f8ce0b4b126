// Rules typo, time-expression and repeated-word: the proofreading of 公文 wording.
//
// typo and time-expression are tables (PatternTable.h): each entry a pattern, the repair and the
// contexts where the look-alike is right, with its source in a comment:
//   [规范] 通用规范汉字表 (2013) and the 国家语委's recommendations;
//   [异形] 第一批异形词整理表 (2001);
//   [现汉] 现代汉语词典 (7th ed.) for senses and collocations;
//   [成语] the idiom's standard form as in 现代汉语词典;
//   [公文] the wording of the statutes and of the 党政机关公文处理工作条例 (作出决定, 截至目前).
// Sense-dependent pairs (渡过/度过, 精简/精减, 制定/制订) match only with an object that decides
// the sense. Uncertain entries are hints.
//
// repeated-word: a run of 2–6 ideographs written twice in a row (进一步进一步, 工作工作). Single
// characters double legitimately (常常, 层层, 人人, 一个个, 扎扎实实), so of them only function words
// that never reduplicate are flagged (的的, 与与 …). Numeral + measure word repeated (一个一个) is
// legitimate; verbs reduplicated as ABAB (研究研究) are informal: a hint.

#include "PatternTable.h"
#include "Rules.h"

namespace fazhi::check::detail {

namespace {

constexpr Severity W = Severity::Warning;
constexpr Severity H = Severity::Hint;

const PatternRow kTypos[] = {
    // fixed wrong forms
    {u"布署", u"布署", u"部署", W, Msg::TypoWrongChar},                         // [现汉] 部署
    {u"部暑", u"部暑", u"部署", W, Msg::TypoWrongChar},
    {u"作责", u"以身作责", u"以身作则", W, Msg::TypoWrongChar},                 // [成语]
    {u"再接再", u"再接再[励砺]", u"再接再厉", W, Msg::TypoWrongChar},           // [成语]
    {u"按排", u"按排(?![名查序放班行列位号期次队])", u"安排", W, Msg::TypoWrongChar},  // [现汉] 安排; 按排名/按排查 are right
    {u"既使", u"既使", u"即使", W, Msg::TypoWrongChar, u"既使[^。；！？]*?又"},  // 既使……又使…… is right
    {u"必竟", u"必竟", u"毕竟", W, Msg::TypoWrongChar},
    {u"贯切", u"(?<!一)贯切", u"贯彻", W, Msg::TypoWrongChar},
    {u"凑效", u"凑效", u"奏效", W, Msg::TypoWrongChar},
    {u"急待", u"迫不急待", u"迫不及待", W, Msg::TypoWrongChar},                 // [成语]
    {u"一愁", u"一愁莫展", u"一筹莫展", W, Msg::TypoWrongChar},
    {u"风声", u"谈笑风声", u"谈笑风生", W, Msg::TypoWrongChar},
    {u"针贬", u"针贬", u"针砭", W, Msg::TypoWrongChar},
    {u"松驰", u"松驰", u"松弛", W, Msg::TypoWrongChar},
    {u"继往", u"一如继往", u"一如既往", W, Msg::TypoWrongChar},
    {u"以付", u"全力以付", u"全力以赴", W, Msg::TypoWrongChar},
    {u"坐阵", u"坐阵", u"坐镇", W, Msg::TypoWrongChar},
    {u"防碍", u"防碍", u"妨碍", W, Msg::TypoWrongChar},
    {u"不究", u"既往不究", u"既往不咎", W, Msg::TypoWrongChar},
    {u"眉捷", u"迫在眉捷", u"迫在眉睫", W, Msg::TypoWrongChar},
    {u"默守", u"默守成规", u"墨守成规", W, Msg::TypoWrongChar},
    {u"按步", u"按步就班", u"按部就班", W, Msg::TypoWrongChar},
    {u"走头", u"走头无路", u"走投无路", W, Msg::TypoWrongChar},
    {u"因地治宜", u"因地治宜", u"因地制宜", W, Msg::TypoWrongChar},
    {u"求事", u"实事求事", u"实事求是", W, Msg::TypoWrongChar},
    {u"相承", u"相辅相承", u"相辅相成", W, Msg::TypoWrongChar},
    {u"减政", u"精兵减政", u"精兵简政", W, Msg::TypoWrongChar},
    {u"融汇贯通", u"融汇贯通", u"融会贯通", W, Msg::TypoWrongChar},
    {u"再所难免", u"再所难免", u"在所难免", W, Msg::TypoWrongChar},
    {u"竞竞", u"竞竞业业", u"兢兢业业", W, Msg::TypoWrongChar},
    {u"惮精", u"惮精竭虑", u"殚精竭虑", W, Msg::TypoWrongChar},
    {u"尽粹", u"鞠躬尽粹", u"鞠躬尽瘁", W, Msg::TypoWrongChar},
    {u"暇不", u"暇不掩瑜", u"瑕不掩瑜", W, Msg::TypoWrongChar},
    {u"不加思索", u"不加思索", u"不假思索", W, Msg::TypoWrongChar},
    {u"一张一驰", u"一张一驰", u"一张一弛", W, Msg::TypoWrongChar},
    {u"倍出", u"人才倍出", u"人才辈出", W, Msg::TypoWrongChar},
    {u"义不容词", u"义不容词", u"义不容辞", W, Msg::TypoWrongChar},
    {u"不记其数", u"不记其数", u"不计其数", W, Msg::TypoWrongChar},
    {u"记忆尤新", u"记忆尤新", u"记忆犹新", W, Msg::TypoWrongChar},
    {u"穿流", u"穿流不息", u"川流不息", W, Msg::TypoWrongChar},
    {u"一股作气", u"一股作气", u"一鼓作气", W, Msg::TypoWrongChar},
    {u"直接了当", u"直接了当", u"直截了当", W, Msg::TypoWrongChar},
    {u"勿庸", u"勿庸置疑", u"毋庸置疑", W, Msg::TypoWrongChar},
    {u"明辩", u"明辩是非", u"明辨是非", W, Msg::TypoWrongChar},
    {u"即然", u"(?<![立随旋当])即然", u"既然", W, Msg::TypoWrongChar},
    {u"宏扬", u"宏扬", u"弘扬", W, Msg::TypoWrongChar},
    {u"励行", u"(?<![鼓激勉奖])励行(节约|法治)", u"厉行\\1", W, Msg::TypoWrongChar},  // [现汉] 厉行
    {u"历行", u"历行(节约|法治)", u"厉行\\1", W, Msg::TypoWrongChar},
    {u"格守", u"(?<![严风])格守", u"恪守", W, Msg::TypoWrongChar},
    {u"克尽职守", u"克尽职守", u"恪尽职守", W, Msg::TypoWrongChar},
    {u"伸诉", u"(?<!延)伸诉", u"申诉", W, Msg::TypoWrongChar},
    {u"脉博", u"脉博", u"脉搏", W, Msg::TypoWrongChar},
    {u"幅射", u"幅射", u"辐射", W, Msg::TypoWrongChar},
    {u"重迭", u"重迭", u"重叠", W, Msg::TypoWrongChar},                          // [异形]
    {u"藉", u"([书国户])藉", u"\\1籍", W, Msg::TypoWrongChar},
    {u"燥", u"([急烦])燥", u"\\1躁", W, Msg::TypoWrongChar},
    {u"气慨", u"气慨", u"气概", W, Msg::TypoWrongChar},
    {u"侯选", u"侯选", u"候选", W, Msg::TypoWrongChar},
    {u"坚苦", u"坚苦", u"艰苦", W, Msg::TypoWrongChar},
    {u"坚巨", u"坚巨", u"艰巨", W, Msg::TypoWrongChar},
    {u"克苦", u"(?<!攻)克苦", u"刻苦", W, Msg::TypoWrongChar},
    {u"峻工", u"峻工", u"竣工", W, Msg::TypoWrongChar},
    {u"按装", u"按装(?![修饰配])", u"安装", W, Msg::TypoWrongChar},
    {u"辩别", u"辩别", u"辨别", W, Msg::TypoWrongChar},
    {u"模底", u"(?<!规)模底", u"摸底", W, Msg::TypoWrongChar},
    {u"坐谈会", u"坐谈会", u"座谈会", W, Msg::TypoWrongChar},
    {u"记要", u"会议记要", u"会议纪要", W, Msg::TypoWrongChar},
    {u"簿", u"(淡|单)簿|簿弱", nullptr, W, Msg::TypoWrongChar, nullptr, true, false,
     [](const QRegularExpressionMatch &m) { QString s = m.captured(0); return s.replace(u'簿', u'薄'); }},
    {u"拦", u"(宣传|公示)拦", u"\\1栏", W, Msg::TypoWrongChar},
    {u"检查院", u"检查院", u"检察院", W, Msg::TypoWrongChar},
    {u"防犯", u"防犯(?!罪)", u"防范", W, Msg::TypoWrongChar},                    // 预防犯罪 is right
    {u"签定", u"签定(?=[^，。；]{0,8}(?:合同|协议|协定|责任书|承诺书))", u"签订", W, Msg::TypoWrongChar},
    {u"付", u"(?<![支交对应偿给托垫预拨兑赔补收清回还])付(主任|书记|镇长|乡长|县长|市长|区长|局长|所长|站长|组长|主席|部长|科长|队长)",
     u"副\\1", W, Msg::TypoWrongChar},
    {u"听政会", u"听政会", u"听证会", W, Msg::TypoWrongChar},
    {u"公证文明", u"规范公证文明", u"规范公正文明", W, Msg::TypoWrongChar},
    {u"调节", u"(矛盾|纠纷|人民)调节", u"\\1调解", W, Msg::TypoWrongChar},          // [现汉] 调解 settles disputes
    {u"权利清单", u"权利清单", u"权力清单", H, Msg::TypoSense},
    {u"帐", u"帐(户|号|目|簿|本|款|务)", u"账\\1", W, Msg::TypoWrongChar},          // [现汉] 账 for accounts
    {u"帐", u"([台报对记查转结])帐", u"\\1账", W, Msg::TypoWrongChar},
    {u"部属", u"(工作|统一|安排|研究|决策|精心|全面|统筹|具体|专题|周密)部属", u"\\1部署", W, Msg::TypoWrongChar},
    {u"严历", u"严历(?=打击|惩处|查处|整治|处罚|追究|批评|制裁)", u"严厉", W, Msg::TypoWrongChar},
    {u"纠份", u"纠份", u"纠纷", W, Msg::TypoWrongChar},
    {u"排察", u"(?<!安)排察", u"排查", W, Msg::TypoWrongChar},
    {u"横副", u"横副", u"横幅", W, Msg::TypoWrongChar},
    {u"规范型文件", u"规范型文件", u"规范性文件", W, Msg::TypoWrongChar},
    {u"复意", u"行政复意", u"行政复议", W, Msg::TypoWrongChar},
    {u"纪录", u"(执法|全过程|会议)纪录", u"\\1记录", W, Msg::TypoWrongChar},      // [公文] 执法全过程记录制度
    {u"遵法学法", u"遵法学法", u"尊法学法", W, Msg::TypoWrongChar},                // [公文] 尊法学法守法用法
    {u"以案施法", u"以案施法", u"以案释法", W, Msg::TypoWrongChar},
    {u"秸杆", u"秸杆", u"秸秆", W, Msg::TypoWrongChar},
    {u"防讯", u"防讯", u"防汛", W, Msg::TypoWrongChar},
    {u"讯期", u"(?<![通资])讯期", u"汛期", W, Msg::TypoWrongChar},
    {u"冶理", u"冶理", u"治理", W, Msg::TypoWrongChar},
    {u"漫延", u"漫延", u"蔓延", W, Msg::TypoWrongChar},
    {u"好象", u"好象", u"好像", W, Msg::TypoWrongChar},                            // [异形]
    {u"含胡", u"含胡", u"含糊", W, Msg::TypoWrongChar},                            // [异形]
    {u"思惟", u"思惟", u"思维", W, Msg::TypoWrongChar},                            // [异形]
    {u"惟一", u"惟一", u"唯一", H, Msg::TypoPreferred},                            // [异形]
    {u"凭藉", u"凭藉", u"凭借", H, Msg::TypoPreferred},                            // [异形]
    {u"成份", u"成份(?!额)", u"成分", H, Msg::TypoPreferred},                            // [异形]
    {u"折衷", u"折衷", u"折中", H, Msg::TypoPreferred},                            // [异形]
    // 截止 (to end, at a deadline) and 截至 (up to a time) [现汉]
    {u"截止到", u"截止到", u"截至", W, Msg::TypoDeadline},
    {u"截止", u"截止(?=[0-9０-９]|[一二三四五六七八九十]{1,2}月|本月|上月|年底|年末|月底|发稿|当日)", u"截至", W, Msg::TypoDeadline},
    {u"截至", u"截至(日期|时间)", u"截止\\1", W, Msg::TypoDeadline},
    // preferred forms of formal text
    {u"其它", u"其它", u"其他", H, Msg::TypoPreferred},                             // [规范]
    {u"做出", u"做出(?=[^，。；、]{0,10}?(?:决定|决策|部署|批示|指示|裁决|判决))", u"作出", W,
     Msg::TypoPreferred},                                                            // [公文] 作出……决定
    {u"做出", u"做出(?=贡献|承诺|安排|回应|答复|解释|表率|规定)", u"作出", H, Msg::TypoPreferred},
    // sense decided by the object [现汉]
    {u"渡过", u"渡过(?=时光|假期|春节|节日|一生|晚年|童年|余生|周末|美好|愉快|难忘)", u"度过", W, Msg::TypoSense},
    {u"度过", u"度过(?=难关|危机|险关|困境|难题)", u"渡过", W, Msg::TypoSense},
    {u"精减", u"精减(?=机构|会议|文件|程序|流程|环节|手续|审批|材料|文风|办事)", u"精简", W, Msg::TypoSense},
    {u"制订", u"制订(?=法律|法规|规章|政策|条例)", u"制定", H, Msg::TypoSense},
    // collocations [现汉]: 增强……意识, 加大……力度, 开展……活动 (召开 is for meetings); hints
    {u"增加", u"增加(?=[^，。；、]{0,12}意识)", u"增强", H, Msg::TypoSense},
    {u"加强", u"加强(?=[^，。；、]{0,12}力度)", u"加大", H, Msg::TypoSense},
    {u"召开", u"召开(?=[^，。；、会]{0,12}活动)", u"开展", H, Msg::TypoSense},
};

QString yearSince(const QRegularExpressionMatch &m) { return m.captured(1) + QStringLiteral("以来"); }

const PatternRow kTimeExpressions[] = {
    // a point in time + 以来; 近年来, 多年来, 三年来 (a span) are right [现汉]
    {u"年来", u"(?<![0-9])((?:19|20)[0-9]{2}年|今年)来(?=[，,、全共累先各已持不始])", nullptr, W,
     Msg::TimeExpressionSince, nullptr, true, false, yearSince},
    {u"年来", u"(?<![0-9])((?:19|20)[0-9]{2}年|今年)来(?![，,、全共累先各已持不始到自看说讲访信电镇村])", nullptr, H,
     Msg::TimeExpressionSince, nullptr, true, false, yearSince},
    {u"截止", u"截止(目前|当前|现在|今年|去年|本年|上年)", u"截至\\1", W, Msg::TimeExpressionSince},
    {u"截至到", u"截至到", u"截至", W, Msg::TimeExpressionRedundant},             // 截至 is 截止到 already
    {u"截止至", u"截止至", u"截至", W, Msg::TimeExpressionRedundant},
    {u"为止", u"截至目前为止", u"截至目前", H, Msg::TimeExpressionRedundant},
    {u"为止", u"至今为止", u"迄今为止", H, Msg::TimeExpressionRedundant},
    {u"年年度", u"((?:19|20)[0-9]{2})年年度", u"\\1年度", W, Msg::TimeExpressionSince},
};

const PatternTable &typoTable()
{
    static const PatternTable table(RuleId::Typo, kTypos, std::size(kTypos));
    return table;
}

const PatternTable &timeTable()
{
    static const PatternTable table(RuleId::TimeExpression, kTimeExpressions, std::size(kTimeExpressions));
    return table;
}

// ---- repeated-word -------------------------------------------------------------------------------

bool allIdeographs(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!isIdeograph(text.at(i).unicode()))
            return false;
    }
    return true;
}

// Function words that never reduplicate (的的, 与与 …), unless the first one ends a word: 目的的,
// 参与与, 以及及时, 合并并, 平和和 (and 为了了解 is why 了 is not among them).
bool isDoubledFunctionWord(QChar c, QChar before)
{
    struct Entry {
        char16_t c;
        const char16_t *wordEnds;  // characters before c that make c the end of a word
    };
    static const Entry entries[] = {
        {u'的', u"目有别端标"}, {u'与', u"参给赋授干相"}, {u'和', u"平温祥缓暖总柔谐调随附共饱中人亲"},
        {u'及', u"以涉危顾普波来企论惠触提不遍殃推"}, {u'并', u"合归吞兼一"}, {u'被', u"棉"},
    };
    for (const Entry &e : entries) {
        if (e.c == c.unicode())
            return !QStringView(e.wordEnds).contains(before);
    }
    return false;
}

bool isMeasureWord(QChar c)
{
    return QStringView(u"个件项次场批条户名位家起份本块座所处步年天月").contains(c);
}

bool isInformalVerb(QStringView w)
{
    static const char16_t *const verbs[] = {u"研究", u"讨论", u"商量", u"学习", u"考虑", u"了解", u"分析",
                                            u"总结", u"检查", u"交流", u"整理", u"琢磨", u"思考", u"看看"};
    for (const char16_t *v : verbs) {
        if (w == QStringView(v))
            return true;
    }
    return false;
}

void checkRepeatedWords(const TextUnit &unit, Sink &sink)
{
    const QString &text = unit.text;
    const int n = int(text.size());
    for (int i = 0; i + 1 < n; ++i) {
        if (!isIdeograph(text.at(i).unicode()))
            continue;
        for (int len = std::min(6, (n - i) / 2); len >= 1; --len) {
            if (QStringView(text).mid(i, len) != QStringView(text).mid(i + len, len) || !allIdeographs(text, i, i + len))
                continue;
            const QString word = text.mid(i, len);
            if (len == 1) {
                const QChar c = word.at(0);
                // 的的确确, 和和美美 are AABB words.
                const QChar before = i > 0 ? text.at(i - 1) : QChar();
                if (!isDoubledFunctionWord(c, before) || (i + 3 < n && text.at(i + 2) == text.at(i + 3)))
                    break;
                sink.add(RuleId::RepeatedWord, Severity::Warning, unit, i + 1, i + 2,
                         message(Msg::RepeatedWordDoubled).arg(word), QString());
                i += 1;
                break;
            }
            // 一个一个, 一步一步: numeral + measure word.
            if (len == 2 && word.at(0) == u'一' && isMeasureWord(word.at(1)))
                break;
            // 三三两两-like and AABB splits: a word made of one doubled character (常常常常 is still a fault).
            if (isInformalVerb(word)) {
                sink.add(RuleId::RepeatedWord, Severity::Hint, unit, i, i + 2 * len,
                         message(Msg::RepeatedWordInformal).arg(text.mid(i, 2 * len)));
            } else {
                sink.add(RuleId::RepeatedWord, Severity::Warning, unit, i + len, i + 2 * len,
                         message(Msg::RepeatedWordDoubled).arg(word), QString());
            }
            i += 2 * len - 1;
            break;
        }
    }
}

}  // namespace

void checkProofreading(const QList<TextUnit> &units, Sink &sink)
{
    const bool typos = sink.enabled(RuleId::Typo);
    const bool times = sink.enabled(RuleId::TimeExpression);
    const bool repeated = sink.enabled(RuleId::RepeatedWord);
    for (const TextUnit &unit : units) {
        if (typos)
            typoTable().run(unit, sink);
        if (times)
            timeTable().run(unit, sink);
        if (repeated)
            checkRepeatedWords(unit, sink);
    }
}

}  // namespace fazhi::check::detail
