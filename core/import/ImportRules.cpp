#include "ImportRules.h"

#include "model/Numbering.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace fazhi::textimport {

namespace {

bool isTrimmable(QChar c)
{
    const char16_t u = c.unicode();
    // isSpace() covers U+3000 and NBSP; the zero-width characters come with text copied from web pages.
    return c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case u'•': case u'·': case u'●': case u'○': case u'■': case u'□': case u'▪': case u'▫':
    case u'◆': case u'◇': case u'★': case u'☆': case u'►': case u'▶': case u'‧': case u'∙':
    case u'・': case u'-': case u'*': case u'>':
        return true;
    default:
        return false;
    }
}

bool isSpaceChar(QChar c) { return isTrimmable(c); }

// Separators between the label/value pairs of one detail line.
bool isDetailSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'|': case u'｜': case u'丨': case u'【': case u'】': case u'[': case u']': case u'/':
        return true;
    default:
        return isSpaceChar(c) || isBullet(c);
    }
}

QString stripSeparators(QString s)
{
    s = trimLine(s);
    while (!s.isEmpty() && isDetailSeparator(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && isDetailSeparator(s.back()))
        s.chop(1);
    return s;
}

bool isColon(QChar c) { return c == u':' || c == u'：'; }

struct DetailLabel {
    QString label;
    DetailField field;
};

// Longest labels first so 信息来源 wins over 来源 and 成文日期 over 日期.
const QList<DetailLabel> &detailLabels()
{
    static const QList<DetailLabel> labels = [] {
        QList<DetailLabel> l{
            {QStringLiteral("信息来源"), DetailField::Source},
            {QStringLiteral("文章来源"), DetailField::Source},
            {QStringLiteral("来源"), DetailField::Source},
            {QStringLiteral("发布日期"), DetailField::PublishedOn},
            {QStringLiteral("发布时间"), DetailField::PublishedOn},
            {QStringLiteral("日期"), DetailField::PublishedOn},
            {QStringLiteral("时间"), DetailField::PublishedOn},
            {QStringLiteral("成文日期"), DetailField::DocumentDate},
            {QStringLiteral("发布机构"), DetailField::Organization},
            {QStringLiteral("发文机关"), DetailField::Organization},
            {QStringLiteral("发文字号"), DetailField::DocumentNumber},
            {QStringLiteral("文号"), DetailField::DocumentNumber},
        };
        const char16_t *chrome[] = {u"浏览次数", u"浏览量", u"阅读次数", u"阅读量", u"访问次数", u"访问量",
                                    u"点击次数", u"点击数", u"点击量", u"点击率", u"点击", u"分享到",
                                    u"分享", u"字体", u"字号", u"作者", u"责任编辑", u"编辑", u"索引号",
                                    u"主题分类", u"上一篇", u"下一篇", u"版权所有", u"网站标识码",
                                    u"ICP备案号", u"备案号", u"主办单位", u"承办单位", u"主办", u"承办",
                                    u"联系电话", u"技术支持", u"公开方式", u"公开范围", u"公开时限", u"有效性",
                                    u"体裁分类", u"组配分类", u"服务对象", u"信息分类", u"所属机构", u"生成日期",
                                    u"效力状态", u"发布人", u"审核人", u"摄影", u"标题", u"名称", u"文件名称",
                                    u"浏览", u"阅读", u"访问", u"点击量", u"所属栏目", u"栏目", u"关键词",
                                    u"打印", u"关闭", u"来源单位", u"上一条", u"下一条", u"上一篇文章",
                                    u"下一篇文章", u"相关链接"};
        for (const char16_t *c : chrome)
            l.append({QString::fromUtf16(c), DetailField::Chrome});
        std::stable_sort(l.begin(), l.end(),
                         [](const DetailLabel &a, const DetailLabel &b) { return a.label.size() > b.label.size(); });
        return l;
    }();
    return labels;
}

// Where `label` ends when it starts `s` at `from`, spaces between its characters allowed ("索 引 号",
// "标　　题"); -1 when it does not.
qsizetype matchLabel(const QString &s, qsizetype from, const QString &label)
{
    qsizetype j = from;
    for (qsizetype k = 0; k < label.size(); ++k) {
        if (k > 0) {
            while (j < s.size() && isSpaceChar(s.at(j)))
                ++j;
        }
        if (j >= s.size() || s.at(j) != label.at(k))
            return -1;
        ++j;
    }
    return j;
}

// The labels of the 政府信息公开 table, which websites also print with spaces instead of a colon.
bool isMetadataLabel(const QString &label)
{
    static const QSet<QString> labels{QStringLiteral("索引号"),   QStringLiteral("发布机构"), QStringLiteral("主题分类"),
                                      QStringLiteral("成文日期"), QStringLiteral("发布日期"), QStringLiteral("发文字号"),
                                      QStringLiteral("文号"),     QStringLiteral("发文机关"), QStringLiteral("信息来源"),
                                      QStringLiteral("发布时间"), QStringLiteral("体裁分类"), QStringLiteral("组配分类"),
                                      QStringLiteral("标题"), QStringLiteral("名称"), QStringLiteral("文件名称"),
                                      QStringLiteral("公开方式"), QStringLiteral("公开范围"), QStringLiteral("信息分类")};
    return labels.contains(label);
}

const QSet<QString> &chromeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char16_t *list[] = {u"分享到", u"分享", u"打印本页", u"打印此页", u"打印", u"关闭窗口", u"关闭本页",
                                  u"关闭", u"返回顶部", u"返回", u"收藏", u"收藏本页", u"加入收藏", u"字体",
                                  u"字号", u"大", u"中", u"小", u"默认", u"浏览次数", u"浏览量", u"阅读次数",
                                  u"阅读量", u"访问量", u"点击", u"点击数", u"点击量", u"点击率", u"次",
                                  u"扫一扫", u"扫一扫在手机打开当前页", u"在手机打开当前页", u"微信", u"微博",
                                  u"QQ", u"QQ空间", u"纠错", u"我要纠错", u"保存本页", u"上一篇", u"下一篇",
                                  u"打印文章", u"关闭文章", u"关闭页面", u"打印页面", u"扫码阅读", u"手机阅读",
                                  u"微信扫一扫", u"朋友圈", u"新浪微博", u"复制链接", u"字号：", u"T", u"A",
                                  u"A+", u"A-", u"大字", u"小字", u"放大", u"缩小", u"【", u"】",
                                  u"用手机扫描二维码", u"扫描二维码", u"在手机上查看", u"视力保护色",
                                  u"背景色", u"朗读", u"听全文", u"收藏本文", u"打印本文", u"关闭本文",
                                  u"QQ好友", u"豆瓣", u"人人网", u"腾讯微博", u"百度", u"更多", u"复制网址",
                                  u"二维码", u"微信好友", u"分享至", u"浏览", u"阅读", u"访问", u"次数",
                                  u"联系我们", u"网站地图", u"隐私声明", u"网站声明", u"使用帮助", u"关于我们",
                                  u"无障碍", u"长者模式", u"适老化", u"无障碍浏览", u"返回首页", u"网站首页"};
        for (const char16_t *w : list)
            s.insert(QString::fromUtf16(w));
        return s;
    }();
    return words;
}

const QSet<QString> &countWords()
{
    static const QSet<QString> words{QStringLiteral("浏览次数"), QStringLiteral("浏览量"), QStringLiteral("阅读次数"),
                                     QStringLiteral("阅读量"), QStringLiteral("访问量"), QStringLiteral("点击"),
                                     QStringLiteral("点击数"), QStringLiteral("点击量")};
    return words;
}

bool isAllDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool containsAny(const QString &s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (s.contains(QStringView(w)))
            return true;
    }
    return false;
}

bool endsWithAny(const QString &s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (s.endsWith(QStringView(w)))
            return true;
    }
    return false;
}

bool hasOrganizationSuffix(const QString &s)
{
    return endsWithAny(s, {u"人民政府", u"政府", u"办事处", u"街道", u"镇", u"乡", u"委员会", u"党委", u"党工委",
                           u"管委会", u"管理委员会", u"局", u"办公室", u"区", u"县", u"市", u"社区"});
}

// Sentence punctuation that a title, signature or addressee never contains.
bool hasSentencePunctuation(const QString &s)
{
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'。': case u'，': case u',': case u'；': case u';': case u'：': case u':': case u'！':
        case u'!': case u'？': case u'?':
            return true;
        default:
            break;
        }
    }
    return false;
}

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'零': case u'○': case u'Ｏ': case u'O': return 0;
    case u'一': return 1;
    case u'二': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

}  // namespace

bool isBlank(QChar c) { return isTrimmable(c); }

QString trimLine(const QString &line)
{
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && isTrimmable(line.at(start)))
        ++start;
    while (end > start && isTrimmable(line.at(end - 1)))
        --end;
    return line.mid(start, end - start);
}

QString stripBullets(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (isBullet(line.at(i)) || isTrimmable(line.at(i))))
        ++i;
    return trimLine(line.mid(i));
}

std::optional<PartHeadingLine> parsePartHeading(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^([一二三四五六七八九十]{1,3})[ \\t\\x{3000}]*[、．.][ \\t\\x{3000}]*(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = numbering::parseChineseNumeral(m.captured(1));
    if (n <= 0)
        return std::nullopt;
    return PartHeadingLine{n, trimLine(m.captured(2)), line.left(m.capturedStart(2)).trimmed()};
}

std::optional<PartHeadingLine> parseDamagedPartHeading(const QString &line)
{
    // "二，……" / "二,……" / "二 ……", or the numeral run into the heading: "二党政主要负责人……".
    static const QRegularExpression re(QStringLiteral(
        "^([一二三四五六七八九十]{1,2})(?!是|[一二三四五六七八九十])([ \\t\\x{3000}]*[，,：:]|[ \\t\\x{3000}]+|)[ \\t\\x{3000}]*(.+)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = numbering::parseChineseNumeral(m.captured(1));
    if (n <= 0)
        return std::nullopt;
    return PartHeadingLine{n, trimLine(m.captured(3)), m.captured(1) + trimLine(m.captured(2))};
}

std::optional<SectionHeadingLine> parseSectionHeading(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^([（(]?)[ \\t\\x{3000}]*([一二三四五六七八九十]{1,3})[ \\t\\x{3000}]*[)）][ \\t\\x{3000}]*(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = numbering::parseChineseNumeral(m.captured(2));
    if (n <= 0)
        return std::nullopt;
    const QString marker = line.left(m.capturedStart(3)).trimmed();
    return SectionHeadingLine{n, m.captured(3), marker, m.capturedLength(1) == 0};
}

std::optional<SectionHeadingLine> parseDamagedSectionHeading(const QString &line)
{
    // "（二加强……", "（二、加强……": the closing bracket lost (or a 、 in its place).
    static const QRegularExpression re(QStringLiteral(
        "^([（(][ \\t\\x{3000}]*([一二三四五六七八九十]{1,2})[ \\t\\x{3000}]*[、．.]?)[ \\t\\x{3000}]*"
        "(?![一二三四五六七八九十〇零年月日届次号期批个项条是)）])(.+)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = numbering::parseChineseNumeral(m.captured(2));
    if (n <= 0)
        return std::nullopt;
    return SectionHeadingLine{n, m.captured(3), trimLine(m.captured(1)), true};
}

std::optional<OpeningPoint> parseOpeningPoint(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^([一二三四五六七八九十]{1,3})是(?![否的])(.+)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = numbering::parseChineseNumeral(m.captured(1));
    if (n <= 0)
        return std::nullopt;
    return OpeningPoint{n, m.captured(2)};
}

qsizetype firstSentenceEnd(const QString &text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'“': case u'‘': case u'《': case u'（': case u'(': case u'「': case u'『': case u'【':
            ++depth;
            break;
        case u'”': case u'’': case u'》': case u'）': case u')': case u'」': case u'』': case u'】':
            depth = std::max(0, depth - 1);
            break;
        case u'。': case u'！': case u'？':
            if (depth == 0)
                return i;
            break;
        case u'.': {
            // A half-width full stop from text pasted with ASCII punctuation; not "1.2万", not "…", not a URL.
            if (depth > 0 || i == 0)
                break;
            const QChar before = text.at(i - 1);
            const bool digitAfter = i + 1 < text.size() && text.at(i + 1).isDigit();
            const bool dots = before == u'.' || (i + 1 < text.size() && text.at(i + 1) == u'.');
            if (dots || (before.isDigit() && digitAfter))
                break;
            if (before.script() == QChar::Script_Han || before.isDigit() || QStringLiteral("”’）)》%").contains(before))
                return i;
            break;
        }
        default:
            break;
        }
    }
    return -1;
}

// The value of one or two ASCII or full-width digits (the regular expressions have matched them).
static int digitsValue(QStringView digits)
{
    int n = 0;
    for (QChar c : digits)
        n = n * 10 + c.digitValue();
    return n;
}

std::optional<NumberedLine> parseNumberedLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9０-９]{1,2})[ \\t\\x{3000}]*([.．、])(?![0-9０-９])[ \\t\\x{3000}]*(.+)$"));
    if (const auto m = re.match(line); m.hasMatch()) {
        const int n = digitsValue(m.capturedView(1));
        if (n <= 0)
            return std::nullopt;
        return NumberedLine{n, m.capturedView(2).at(0), m.captured(3), line.left(m.capturedStart(3)).trimmed()};
    }
    static const QRegularExpression bracketed(
        QStringLiteral("^[（(][ \\t\\x{3000}]*([0-9０-９]{1,2})[ \\t\\x{3000}]*[)）][ \\t\\x{3000}]*(.+)$"));
    if (const auto m = bracketed.match(line); m.hasMatch()) {
        const int n = digitsValue(m.capturedView(1));
        if (n <= 0)
            return std::nullopt;
        return NumberedLine{n, u')', m.captured(2), line.left(m.capturedStart(2)).trimmed()};
    }
    // ① … ⑳
    if (line.size() > 1 && line.at(0).unicode() >= 0x2460 && line.at(0).unicode() <= 0x2473) {
        const QString text = trimLine(line.mid(1));
        if (text.isEmpty())
            return std::nullopt;
        return NumberedLine{line.at(0).unicode() - 0x2460 + 1, u'①', text, line.left(1)};
    }
    return std::nullopt;
}

std::optional<QList<DetailItem>> parseDetailLine(const QString &line)
{
    QString s = stripBullets(line);
    while (!s.isEmpty() && (s.front() == u'【' || s.front() == u'['))
        s = trimLine(s.mid(1));
    // "（责任编辑：张三）"
    if (s.size() > 2 && (s.front() == u'（' || s.front() == u'(') && (s.back() == u'）' || s.back() == u')'))
        s = trimLine(s.mid(1, s.size() - 2));
    if (s.isEmpty() || s.size() > 200)
        return std::nullopt;

    struct Hit {
        qsizetype start;      // label start
        qsizetype valueStart; // after the colon
        const DetailLabel *label;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && !isDetailSeparator(s.at(i - 1)))
            continue;
        for (const DetailLabel &dl : detailLabels()) {
            const qsizetype labelEnd = matchLabel(s, i, dl.label);
            if (labelEnd < 0)
                continue;
            qsizetype j = labelEnd;
            while (j < s.size() && isSpaceChar(s.at(j)))
                ++j;
            if (j < s.size() && isColon(s.at(j))) {
                hits.append({i, j + 1, &dl});
                i = j;  // continue after the colon
                break;
            }
            // "索引号  0123/2024-00017", "发布机构 | 某某镇人民政府": the table's cells without a colon.
            while (j < s.size() && isDetailSeparator(s.at(j)))
                ++j;
            if (j > labelEnd && j < s.size() && isMetadataLabel(dl.label)) {
                hits.append({i, j, &dl});
                i = j - 1;
                break;
            }
        }
    }
    if (hits.isEmpty() || hits.first().start != 0)
        return std::nullopt;
    QList<DetailItem> items;
    for (qsizetype k = 0; k < hits.size(); ++k) {
        const qsizetype end = k + 1 < hits.size() ? hits.at(k + 1).start : s.size();
        DetailItem item;
        item.field = hits.at(k).label->field;
        item.label = hits.at(k).label->label;
        item.value = stripSeparators(s.mid(hits.at(k).valueStart, end - hits.at(k).valueStart));
        item.original = stripSeparators(s.mid(hits.at(k).start, end - hits.at(k).start));
        items.append(item);
    }
    return items;
}

std::optional<DetailField> parseBareDetailLabel(const QString &line)
{
    QString s = stripBullets(line);
    while (!s.isEmpty() && (s.front() == u'【' || s.front() == u'[' || s.back() == u'】' || s.back() == u']'
                            || isColon(s.back()))) {
        if (s.front() == u'【' || s.front() == u'[')
            s.remove(0, 1);
        else
            s.chop(1);
        s = trimLine(s);
    }
    for (const DetailLabel &dl : detailLabels()) {
        if (s == dl.label && isMetadataLabel(dl.label))
            return dl.field;
    }
    return std::nullopt;
}

QString organizationFromBody(const QStringList &lines)
{
    // A named office of the town: "东平镇人民政府", "新河街道办事处".
    static const QRegularExpression named(QStringLiteral(
        "(?:^|[“《（(，,、。；;：:\\s])((?:[^\\x{0000}-\\x{2FFF}“”《》（）()，,、。；;：:\\s]){2,8}?(?:镇|乡|街道))(人民政府|办事处|党委、政府|党工委、办事处)"));
    QHash<QString, int> counts;
    QString best;
    for (const QString &line : lines) {
        auto it = named.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            // "城东镇党委、政府" names the town; the report is its government's.
            const QString office = m.captured(2) == QStringLiteral("人民政府") || m.captured(2) == QStringLiteral("办事处")
                ? m.captured(2)
                : (m.captured(1).endsWith(QStringLiteral("街道")) ? QStringLiteral("办事处") : QStringLiteral("人民政府"));
            QString name = m.captured(1) + office;
            if (name.startsWith(u'我') || name.startsWith(u'全') || name.startsWith(u'本') || name.startsWith(u'各'))
                continue;
            const int c = ++counts[name];
            if (best.isEmpty() || c > counts.value(best))
                best = name;
        }
    }
    if (!best.isEmpty())
        return best;
    // "我镇……东平镇法治政府建设……": the town's own name where the report says 我镇/我乡/我街道.
    static const QRegularExpression self(QStringLiteral("我(镇|乡|街道)"));
    QString suffix;
    for (const QString &line : lines) {
        if (const auto m = self.match(line); m.hasMatch()) {
            suffix = m.captured(1);
            break;
        }
    }
    if (suffix.isEmpty())
        return {};
    const QRegularExpression place(QStringLiteral("([\\x{4E00}-\\x{9FFF}]{2,3}?)%1(?=法治|依法|党委|党工委|政府|坚持|深入|在|认真|全面|扎实)")
                                       .arg(suffix));
    for (const QString &line : lines) {
        auto it = place.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            QString name = m.captured(1);
            // The longest tail of the match that is a name: drop leading words like "年，" "全".
            static const QString notNames = QStringLiteral("我全本各该乡镇村城年月日的和及在");
            while (!name.isEmpty() && notNames.contains(name.front()))
                name.remove(0, 1);
            if (name.size() >= 2) {
                const QString full = name + suffix;
                return full + (suffix == QStringLiteral("街道") ? QStringLiteral("办事处") : QStringLiteral("人民政府"));
            }
        }
    }
    return {};
}

bool isBreadcrumbLine(const QString &line)
{
    // "当前位置：首页 > 政务公开 > …", "您现在的位置：首页 >> 信息公开".
    static const QRegularExpression breadcrumb(QStringLiteral(
        "^(?:(?:您(?:现在|当前)?的?|当前)?(?:所在)?位置[：:]?[ \\t\\x{3000}]*)?(?:网站)?首页[ \\t\\x{3000}]*(?:>|＞|›|»|→|/|-)"));
    const QString s = stripBullets(line);
    return s.size() <= 120 && breadcrumb.match(s).hasMatch();
}

bool isChromeLine(const QString &line)
{
    const QString s = stripBullets(line);
    if (s.isEmpty())
        return !trimLine(line).isEmpty();  // a lone bullet
    if (isBreadcrumbLine(s))
        return true;
    // The site's footer, its QR code line in their many wordings, and links to the files for download.
    static const QRegularExpression footer(QStringLiteral(
        "版权所有|Copyright|copyright|ICP备|公网安备|网站标识码|^(?:微信|手机)?扫一扫|^用手机扫|^扫描二维码|^手机扫码"
        "|^(?:相关)?附件(?:下载)?[：:].*\\.(?:docx?|pdf|wps|xlsx?|ofd|zip|rar)$|^附件下载[：:]?$"));
    if (s.size() <= 150 && footer.match(s).hasMatch())
        return true;
    if (s.size() > 60)
        return false;
    QString spaced = s;
    for (QChar &c : spaced) {
        switch (c.unicode()) {
        case u'【': case u'】': case u'[': case u']': case u'<': case u'>': case u'(': case u')':
        case u'（': case u'）': case u'|': case u'｜': case u'丨': case u'/': case u'•': case u'·':
            c = u' ';
            break;
        default:
            if (isSpaceChar(c))
                c = u' ';
            break;
        }
    }
    const QStringList tokens = spaced.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return true;
    bool counted = false;
    QStringList numbers;
    for (QString token : tokens) {
        while (!token.isEmpty() && isColon(token.back()))
            token.chop(1);
        if (token.isEmpty())
            continue;
        if (chromeWords().contains(token)) {
            counted = counted || countWords().contains(token);
            continue;
        }
        // 浏览次数：123 as one token
        const qsizetype colon = [&] {
            for (qsizetype i = 0; i < token.size(); ++i) {
                if (isColon(token.at(i)))
                    return i;
            }
            return qsizetype(-1);
        }();
        if (colon > 0) {
            const QString label = token.left(colon);
            QString value = token.mid(colon + 1);
            if (value.endsWith(u'次'))
                value.chop(1);
            if (chromeWords().contains(label) && (value.isEmpty() || isAllDigits(value) || chromeWords().contains(value)))
                continue;
            return false;
        }
        QString number = token;
        if (number.endsWith(u'次'))
            number.chop(1);
        if (isAllDigits(number)) {
            numbers.append(number);
            continue;
        }
        return false;
    }
    return numbers.isEmpty() || counted;
}

std::optional<QDate> parseChineseDateLine(const QString &line, bool allowParentheses)
{
    QString s = trimLine(line);
    if (allowParentheses && s.size() > 2 && (s.front() == u'（' || s.front() == u'(')
        && (s.back() == u'）' || s.back() == u')'))
        s = trimLine(s.mid(1, s.size() - 2));
    static const QRegularExpression arabic(
        QStringLiteral("^(\\d{4})[ \\x{3000}]*年[ \\x{3000}]*(\\d{1,2})[ \\x{3000}]*月[ \\x{3000}]*(\\d{1,2})[ \\x{3000}]*日$"));
    if (const auto m = arabic.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    static const QRegularExpression chinese(QStringLiteral(
        "^([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"));
    if (const auto m = chinese.match(s); m.hasMatch()) {
        int year = 0;
        for (QChar c : m.capturedView(1))
            year = year * 10 + chineseDigit(c);
        const QDate d(year, numbering::parseChineseNumeral(m.captured(2)), numbering::parseChineseNumeral(m.captured(3)));
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QDate> parseLooseDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d{4})[ \\x{3000}]*[-/.年][ \\x{3000}]*(\\d{1,2})[ \\x{3000}]*[-/.月][ \\x{3000}]*(\\d{1,2})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int titleStrength(const QString &line)
{
    if (line.isEmpty() || line.size() > 80 || hasSentencePunctuation(line))
        return 0;
    if (containsAny(line, {u">", u"＞", u"›", u"»", u"→", u"当前位置", u"首页"}))
        return 0;
    if (!line.contains(u"报告")) {
        // "城西镇2023年法治政府建设工作总结", "……法治政府建设情况": a title without 报告, the weakest kind.
        return line.contains(u"法治政府建设") && containsAny(line, {u"总结", u"情况", u"汇报", u"工作"})
                && line.size() <= 50 && !line.contains(u'、')
            ? 1
            : 0;
    }
    if (line.contains(u"法治政府建设"))
        return 3;
    if (containsAny(line, {u"法治", u"依法行政"}))
        return 2;
    return line.size() <= 60 ? 1 : 0;
}

QString organizationFromTitle(const QString &title)
{
    static const QRegularExpression yearRe(QStringLiteral("(?<!\\d)(?:19|20)\\d{2}(?!\\d)"));
    qsizetype cut = title.size();
    if (const auto m = yearRe.match(title); m.hasMatch())
        cut = std::min(cut, m.capturedStart());
    for (const char16_t *w : {u"关于", u"法治", u"依法行政"}) {
        const qsizetype at = title.indexOf(QStringView(w));
        if (at >= 0)
            cut = std::min(cut, at);
    }
    // "关于城西镇2023年度法治政府建设情况的报告": the body named after 关于.
    static const QRegularExpression afterAbout(
        QStringLiteral("^关于(.+?)(?:(?:19|20)\\d{2}|法治|依法行政)"));
    if (const auto m = afterAbout.match(title); m.hasMatch()) {
        const QString candidate = trimLine(m.captured(1));
        if (hasOrganizationSuffix(candidate))
            return candidate;
    }
    QString org = title.left(cut);
    static const QRegularExpression trailingYear(QStringLiteral("[0-9０-９]+[ \\x{3000}]*年度?$"));
    org.remove(trailingYear);  // "…0年度" when the year itself was unknown
    org = trimLine(org);
    while (!org.isEmpty() && (org.back() == u'的' || org.back() == u'、'))
        org.chop(1);
    if (!org.isEmpty())
        return org;
    // "2023年度陶庄镇法治政府建设情况报告": the body named between the year and the subject.
    static const QRegularExpression afterYear(
        QStringLiteral("^(?:19|20)\\d{2}[ \\x{3000}]*年度?(.+?)(?:关于|法治|依法行政)"));
    if (const auto m = afterYear.match(title); m.hasMatch()) {
        const QString candidate = trimLine(m.captured(1));
        if (hasOrganizationSuffix(candidate))
            return candidate;
    }
    return {};
}

int yearFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(?!\\d)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool isAddresseeLine(const QString &line)
{
    if (line.size() < 2 || line.size() > 30 || !isColon(line.back()))
        return false;
    const QString body = line.left(line.size() - 1);
    if (trimLine(body).isEmpty() || hasSentencePunctuation(body))
        return false;
    return !containsAny(body, {u"如下", u"现将", u"报告", u"情况", u"是"});
}

bool isSignatureLine(const QString &line, bool followedByDate)
{
    if (line.size() < 2 || line.size() > 40 || hasSentencePunctuation(line))
        return false;
    for (QChar c : line) {
        if (c.isDigit())
            return false;
        switch (c.unicode()) {
        case u'“': case u'”': case u'"': case u'《': case u'》': case u'、':
            return false;
        default:
            break;
        }
    }
    if (parsePartHeading(line) || parseSectionHeading(line) || parseNumberedLine(line) || isClosingLine(line))
        return false;
    if (containsAny(line, {u">", u"＞", u"›", u"»", u"/", u"|"}))
        return false;
    // It names an organisation: "东湖街道办事处", "中共示例镇委员会 示例镇人民政府". Without a date
    // under it, only a short line.
    const QStringList words = trimLine(line).split(QRegularExpression(QStringLiteral("[ \\x{3000}]+")), Qt::SkipEmptyParts);
    return !words.isEmpty() && hasOrganizationSuffix(words.last()) && (followedByDate || line.size() <= 30);
}

bool isClosingLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^(?:特此|专此)(?:报告|汇报)[。.！!]?$"));
    return re.match(line).hasMatch();
}

int announcedCount(const QString &text)
{
    // Only the sentence that introduces the enumeration.
    const qsizetype lastStop = std::max(text.lastIndexOf(u'。'), text.lastIndexOf(u'；'));
    const QString sentence = lastStop >= 0 ? text.mid(lastStop + 1) : text;
    static const QRegularExpression re(
        QStringLiteral("([两二三四五六七八九十]{1,3}|\\d{1,2})[ \\x{3000}]*(?:项|个方面|方面|点|条|大)"));
    int count = 0;
    auto it = re.globalMatch(sentence);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString n = m.captured(1);
        count = n.front().isDigit() ? n.toInt()
                                    : numbering::parseChineseNumeral(QString(n).replace(u'两', u'二'));
    }
    return count;
}

}  // namespace fazhi::textimport
