// The checks (core/check): every rule fires on a crafted fault and is silent on the corrected text,
// fixes repair what they claim to, offsets are code points, clean text gives no findings at all,
// the real sample's defects are found, and incremental re-checks equal full ones.
#include "TestSupport.h"

#include "check/Checker.h"
#include "check/Finding.h"
#include "check/IgnoreList.h"
#include "check/Messages.h"
#include "workflow/PreviousYear.h"
#include "check/Rules.h"
#include "check/TermList.h"
#include "import/TextImporter.h"
#include "model/ImportNoteText.h"
#include "model/ReportEdit.h"
#include "model/ReportJson.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>


using namespace fazhi;
using namespace fazhi::check;

namespace {

// ---- building reports ---------------------------------------------------------------------------

Section makeSection(const QString &lead, const QStringList &paragraphs)
{
    Section s;
    s.id = newId();
    s.lead = lead;
    for (const QString &p : paragraphs)
        s.body.paragraphs.append(Paragraph{newId(), p});
    return s;
}

Part makePart(PartKind kind, const QString &heading, const QStringList &intro)
{
    Part p;
    p.id = newId();
    p.kind = kind;
    p.heading = heading;
    for (const QString &text : intro)
        p.intro.paragraphs.append(Paragraph{newId(), text});
    return p;
}

// A complete and correct report for 2023: every content of the regulation, dated and published in time.
Report cleanReport()
{
    Report r;
    r.id = newId();
    r.details.organization = "示例镇人民政府";
    r.details.year = 2023;
    r.details.date = QDate(2024, 2, 20);
    r.details.publishedOn = "2024-02-22 10:20";
    Part measures = makePart(PartKind::Measures, QString(), {});
    measures.sections.append(makeSection("强化组织领导，压实法治建设责任。",
                                         {"镇党委、政府把法治政府建设纳入全镇发展总体规划，全年召开专题会议6次，研究解决重点问题12个。"}));
    measures.sections.append(makeSection("加强法治宣传教育，营造浓厚法治氛围。",
                                         {"全年开展法治宣传活动56场次，发放宣传资料8600余份。"}));
    r.parts.append(measures);
    r.parts.append(makePart(PartKind::LeadersDuty, QString(),
                            {"镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开党委会、政府常务会议专题研究法治政府建设工作4次，"
                             "听取法治建设工作汇报2次。"}));
    r.parts.append(makePart(PartKind::Shortcomings, QString(),
                            {"一是部分干部运用法治思维解决问题的能力还不够强，主要是学法用法的长效机制尚未健全；"
                             "二是基层执法力量相对薄弱，原因在于执法人员数量不足。"}));
    r.parts.append(makePart(PartKind::Plans, QString(),
                            {"2024年，我镇将深入学习贯彻习近平法治思想，健全依法决策机制，加强行政执法队伍建设，推动法治政府建设再上新台阶。"}));
    return r;
}

Section &workArea(Report &r) { return r.parts[0].sections[1]; }

QUuid addParagraph(Report &r, const QString &text)
{
    const QUuid id = newId();
    workArea(r).body.paragraphs.append(Paragraph{id, text});
    return id;
}

QList<Finding> ofRule(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

std::string dump(const QList<Finding> &findings)
{
    QString s;
    for (const Finding &f : findings)
        s += toDisplayLine(f) + "  «" + f.quote + "»\n";
    return s.toStdString();
}

QString paragraphText(const Report &r, const QUuid &id) { return findNode(r, id)->text; }

// `faulty`, added as a paragraph to the clean report, makes `rule` fire; `corrected` leaves the report
// without any finding. When every finding of the rule has a fix, applying them one at a time
// (re-checking in between, as the panel does) silences the rule and gives `corrected`.
void expectRule(const QString &rule, const QString &faulty, const QString &corrected,
                const CheckContext &context = CheckContext())
{
    SCOPED_TRACE(faulty.toStdString());
    Report r = cleanReport();
    const QUuid id = addParagraph(r, faulty);
    const QList<Finding> found = ofRule(checkReport(r, context), rule);
    ASSERT_FALSE(found.isEmpty()) << "no " << rule.toStdString() << " finding";
    for (const Finding &f : found) {
        EXPECT_EQ(f.node, id);
        EXPECT_EQ(f.field, "text");
        EXPECT_FALSE(f.message.isEmpty());
    }
    bool allFixable = true;
    for (const Finding &f : found)
        allFixable = allFixable && f.hasFix();
    if (allFixable) {
        for (int guard = 0; guard < 20; ++guard) {
            const QList<Finding> now = ofRule(checkNode(r, id, context), rule);
            if (now.isEmpty())
                break;
            ASSERT_TRUE(now.first().hasFix()) << dump(now);
            ASSERT_TRUE(applyFix(r, now.first())) << dump(now);
        }
        EXPECT_TRUE(ofRule(checkReport(r, context), rule).isEmpty());
        EXPECT_EQ(paragraphText(r, id), corrected);
    }
    Report fixedByHand = cleanReport();
    addParagraph(fixedByHand, corrected);
    const QList<Finding> after = checkReport(fixedByHand, context);
    EXPECT_TRUE(after.isEmpty()) << corrected.toStdString() << "\n" << dump(after);
}

void expectSilent(const QString &text, const CheckContext &context = CheckContext())
{
    Report r = cleanReport();
    addParagraph(r, text);
    const QList<Finding> findings = checkReport(r, context);
    EXPECT_TRUE(findings.isEmpty()) << text.toStdString() << "\n" << dump(findings);
}

QStringList cleanCorpus()
{
    QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/clean_paragraphs.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

Report importSample()
{
    QFile f(test::samplePath());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const auto text = decodeText(f.readAll());
    EXPECT_TRUE(text.ok());
    return parseReportText(text.value());
}

}  // namespace

// ---- the clean baseline ---------------------------------------------------------------------------

TEST(CheckClean, CleanReportHasNoFindings)
{
    const QList<Finding> findings = checkReport(cleanReport(), CheckContext());
    EXPECT_TRUE(findings.isEmpty()) << dump(findings);
}

TEST(CheckClean, CorpusOfCleanParagraphsHasNoFindings)
{
    const QStringList corpus = cleanCorpus();
    ASSERT_GE(corpus.size(), 40);
    for (const QString &p : corpus)
        expectSilent(p);
    // All of them in one work area, and as the points of a numbered list.
    Report r = cleanReport();
    for (const QString &p : corpus)
        addParagraph(r, p);
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
    Report points = cleanReport();
    workArea(points).body.pointStyle = PointStyle::Numbered;
    for (const QString &p : corpus)
        workArea(points).body.points.append(Point{newId(), p});
    const QList<Finding> findings = checkReport(points, CheckContext());
    EXPECT_TRUE(findings.isEmpty()) << dump(findings);
}

TEST(CheckClean, FalsePositiveSafeguards)
{
    expectSilent("会议于上午10:20召开，共发放资料1,000份。");
    expectSilent("“十四五”时期（2021-2025年），全镇累计投入法治建设经费350万元，年均增长3.5%。");
    expectSilent("围绕“12·4”国家宪法日开展宣传，活动时间为12月1日至12月7日。");
    expectSilent("统一思想是做好工作的前提，其中之一是加强学习。");
    expectSilent("1.5万人次参加了线上学法活动。");
    expectSilent("2、3月份开展专项整治行动2次，查处违法行为15起。");
    expectSilent("群众可拨打便民服务热线12345。");
    expectSilent("2023年1月至12月，全镇共受理案件56件，同比增长12.5%。");
    expectSilent("如今年轻干部占比较高，说明年度培训计划的针对性很强，过去年代的经验需要总结。");
    expectSilent("坚持把法治建设摆在突出位置……推动各项工作落地见效——这是全镇的共识。");
    expectSilent("推行ISO 9001质量管理体系认证，按GB/T 9704—2012《党政机关公文格式》规范公文。");
    expectSilent("印发《关于贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》，明确任务18项。");
    expectSilent("印发《贯彻法治政府建设实施纲要（2021—2025年）实施方案》，明确任务18项。");
    expectSilent("重大执法决定法制审核制度全面落实，审核案件42件。");
    expectSilent("He said “People’s Daily” reported it.");
    expectSilent("一、二季度全镇共受理案件56件，三季度受理案件21件。");
    expectSilent("遇到紧急情况请拨打110。全镇综合考核位列全市前3。");
    expectSilent("网址：http://www.example.gov.cn/fzzf?id=12，欢迎查阅。");
    expectSilent("坚持实事求是，一是一、二是二，不回避问题。");
    expectSilent("登录政府网www.example.gov.cn查阅，或发送邮件至fzb@example.gov.cn。");
}

// ---- punctuation ------------------------------------------------------------------------------------

TEST(CheckRules, PairedPunctuation)
{
    expectRule(RuleId::PairedPunctuation, "奋力谱写幸福陶庄”高质量发展新篇章。", "奋力谱写“幸福陶庄”高质量发展新篇章。");
    expectRule(RuleId::PairedPunctuation, "结合“八五”普法和“省级民主法治示范村创建等工作，制定学法方案。",
               "结合“八五”普法和“省级民主法治示范村创建”等工作，制定学法方案。");
    expectRule(RuleId::PairedPunctuation, "结合兴化市政法系统普法宣传月暨政法护航平安专项行动方案》，开展宣传活动12场。",
               "结合《兴化市政法系统普法宣传月暨政法护航平安专项行动方案》，开展宣传活动12场。");
    expectRule(RuleId::PairedPunctuation, "全镇15个行政村（社区都配备了法律顾问。", "全镇15个行政村（社区）都配备了法律顾问。");
    expectRule(RuleId::PairedPunctuation, "【典型案例全年办理案件12件。", "【典型案例】全年办理案件12件。");
    // A mixed pair is one finding, with the fix to full width, and no half-width finding besides.
    expectRule(RuleId::PairedPunctuation, "全镇15个行政村（社区)都配备了法律顾问。", "全镇15个行政村（社区）都配备了法律顾问。");
    Report r = cleanReport();
    addParagraph(r, "全镇15个行政村（社区)都配备了法律顾问。");
    EXPECT_EQ(checkReport(r, CheckContext()).size(), 1);
}

TEST(CheckRules, PairedPunctuationMessagesNameTheMissingMark)
{
    Report r = cleanReport();
    addParagraph(r, "结合“八五”普法和“省级民主法治示范村创建等工作。");
    const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::PairedPunctuation);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().quote, "“");
    EXPECT_EQ(f.first().severity, Severity::Error);
    EXPECT_TRUE(f.first().message.contains("”")) << f.first().message.toStdString();
}

TEST(CheckRules, HalfwidthPunctuation)
{
    expectRule(RuleId::HalfwidthPunctuation, "我镇深入学习习近平法治思想,全面落实市委部署。", "我镇深入学习习近平法治思想，全面落实市委部署。");
    expectRule(RuleId::HalfwidthPunctuation, "落实责任; 强化保障。", "落实责任；强化保障。");
    expectRule(RuleId::HalfwidthPunctuation, "主要做法是:强化组织领导。", "主要做法是：强化组织领导。");
    expectRule(RuleId::HalfwidthPunctuation, "详见方案(一)的具体要求。", "详见方案（一）的具体要求。");
    expectRule(RuleId::HalfwidthPunctuation, "全镇15个行政村(社区)都配备了法律顾问。", "全镇15个行政村（社区）都配备了法律顾问。");
    expectRule(RuleId::HalfwidthPunctuation, "群众满意吗?非常满意!", "群众满意吗？非常满意！");
    expectRule(RuleId::HalfwidthPunctuation, "全面落实市委部署.推进法治建设.", "全面落实市委部署。推进法治建设。");
}

TEST(CheckRules, Spacing)
{
    expectRule(RuleId::Spacing, "镇党委 政府召开党政联席会议3次。", "镇党委政府召开党政联席会议3次。");
    expectRule(RuleId::Spacing, "全年化解矛盾纠纷946 件。", "全年化解矛盾纠纷946件。");
    expectRule(RuleId::Spacing, "全年化解矛盾纠纷　946件。", "全年化解矛盾纠纷946件。");  // ideographic space
}

TEST(CheckRules, RepeatedPunctuation)
{
    expectRule(RuleId::RepeatedPunctuation, "召开党政联席会，，研究部署工作。。", "召开党政联席会，研究部署工作。");
    expectRule(RuleId::RepeatedPunctuation, "完善工作机制，。强化保障。", "完善工作机制，强化保障。");
    expectRule(RuleId::RepeatedPunctuation, "法律进机关、、进乡村。", "法律进机关、进乡村。");
}

// ---- numbering ----------------------------------------------------------------------------------------

TEST(CheckRules, Enumeration)
{
    expectRule(RuleId::Enumeration, "一是加强领导。是完善机制。是强化保障。", "一是加强领导。二是完善机制。三是强化保障。");
    expectRule(RuleId::Enumeration, "一是加强领导；三是完善机制。", "一是加强领导；二是完善机制。");
    expectRule(RuleId::Enumeration, "一是加强领导；二是完善机制；二是强化保障。", "一是加强领导；二是完善机制；三是强化保障。");
    expectRule(RuleId::Enumeration, "二是完善机制。", "一是完善机制。");
    expectRule(RuleId::Enumeration, "主要措施：1、加强领导；2、完善机制。", "主要措施：1.加强领导；2.完善机制。");
    expectRule(RuleId::Enumeration, "主要措施：1.加强领导；3.完善机制。", "主要措施：1.加强领导；2.完善机制。");
    expectRule(RuleId::Enumeration, "（一）加强领导。", "加强领导。");  // a level above the work area's items
    expectRule(RuleId::Enumeration, "一、加强领导。", "加强领导。");
}

TEST(CheckRules, EnumerationCarriesOverParagraphsOfOneBody)
{
    Report r = cleanReport();
    addParagraph(r, "一是加强领导。");
    const QUuid second = addParagraph(r, "三是完善机制。");
    const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Enumeration);
    ASSERT_EQ(f.size(), 1) << dump(f);
    EXPECT_EQ(f.first().node, second);
    EXPECT_EQ(f.first().fix.value_or(QString()), "二是");
}

TEST(CheckRules, TypedNumberingWhereItIsGenerated)
{
    Report r = cleanReport();
    workArea(r).lead = "（二）加强法治宣传教育。";
    r.parts[0].heading = "一、2023年工作回顾";
    Point point{newId(), "二是完善机制。"};
    workArea(r).body.points.append(point);
    QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Enumeration);
    ASSERT_EQ(f.size(), 3) << dump(f);
    for (const Finding &finding : f) {
        EXPECT_EQ(finding.severity, Severity::Error);
        ASSERT_TRUE(applyFix(r, finding));
    }
    EXPECT_EQ(workArea(r).lead, "加强法治宣传教育。");
    EXPECT_EQ(r.parts[0].heading, "2023年工作回顾");
    EXPECT_EQ(workArea(r).body.points.first().text, "完善机制。");
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty()) << dump(checkReport(r, CheckContext()));
}

TEST(CheckRules, EnumerationReportsImportRepairs)
{
    Report r = cleanReport();
    workArea(r).body.points = {Point{newId(), "加强领导。"}, Point{newId(), "完善机制。"}};
    const QUuid restored = workArea(r).body.points.last().id;
    r.importNotes.append(ImportNote{ImportNoteKind::RestoredNumeral, restored, "是完善机制。", "二是完善机制。",
                                    "restored"});
    r.importNotes.append(ImportNote{ImportNoteKind::DroppedChrome, QUuid(), "分享到", QString(), "dropped"});
    const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Enumeration);
    ASSERT_EQ(f.size(), 1) << dump(f);
    EXPECT_EQ(f.first().node, restored);
    EXPECT_EQ(f.first().field, "text");
    EXPECT_EQ(f.first().severity, Severity::Warning);
    EXPECT_TRUE(f.first().message.contains("二是完善机制")) << f.first().message.toStdString();
    // Confirmed by the user: ignored with a reason, and stays ignored.
    CheckContext context;
    context.ignored.add(f.first(), "checked");
    const QList<Finding> again = checkReport(r, context);
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.first().ignored);
    EXPECT_FALSE(hasActiveErrors(again));
}

// ---- wording ----------------------------------------------------------------------------------------

TEST(CheckRules, OfficialTitle)
{
    expectRule(RuleId::OfficialTitle, "根据法治政府建设实施纲要(2021-2025年)和省实施方案，落实年度报告制度。",
               "根据《法治政府建设实施纲要（2021—2025年）》和省实施方案，落实年度报告制度。");
    expectRule(RuleId::OfficialTitle, "严格落实《法治政府建设与责任落实督查工作规定》要求。",
               "严格落实《法治政府建设与责任落实督察工作规定》要求。");
    expectRule(RuleId::OfficialTitle, "认真贯彻法治政府建设与责任落实督察工作规定。",
               "认真贯彻《法治政府建设与责任落实督察工作规定》。");
    expectRule(RuleId::OfficialTitle, "对照《法治政府建设实施纲要（2021——2025年）》逐项落实。",
               "对照《法治政府建设实施纲要（2021—2025年）》逐项落实。");
    expectRule(RuleId::OfficialTitle, "严格执行重大行政决策程序暂行条例，推进科学决策。",
               "严格执行《重大行政决策程序暂行条例》，推进科学决策。");
}

TEST(CheckRules, OfficialTitleMissingClosingMarkIsOneRepair)
{
    Report r = cleanReport();
    const QUuid id = addParagraph(r, "落实《法治政府建设实施纲要（2021—2025年），推动工作。");
    const QList<Finding> all = checkReport(r, CheckContext());
    const QList<Finding> title = ofRule(all, RuleId::OfficialTitle);
    ASSERT_EQ(title.size(), 1) << dump(all);
    EXPECT_EQ(ofRule(all, RuleId::PairedPunctuation).size(), 1);  // the error stays visible
    ASSERT_TRUE(applyFix(r, title.first()));
    EXPECT_EQ(paragraphText(r, id), "落实《法治政府建设实施纲要（2021—2025年）》，推动工作。");
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
}

TEST(CheckRules, StandardTerm)
{
    expectRule(RuleId::StandardTerm, "深入开展八五普法工作。", "深入开展“八五”普法工作。");
    expectRule(RuleId::StandardTerm, "结合“八五普法”工作。", "结合“八五”普法工作。");
    expectRule(RuleId::StandardTerm, "深入学习习近平法制思想。", "深入学习习近平法治思想。");
    expectRule(RuleId::StandardTerm, "坚持和发展新时代枫桥经验。", "坚持和发展新时代“枫桥经验”。");
    expectRule(RuleId::StandardTerm, "增强四个意识。", "增强“四个意识”。");
    expectRule(RuleId::StandardTerm, "推进法制政府建设。", "推进法治政府建设。");
    expectRule(RuleId::StandardTerm, "落实谁执法谁普法普法责任制。", "落实“谁执法谁普法”普法责任制。");
    expectRule(RuleId::StandardTerm, "围绕12.4国家宪法日开展宣传。", "围绕“12·4”国家宪法日开展宣传。");
}

TEST(CheckRules, UserTerms)
{
    CheckContext context;
    context.terms.add(TermEntry{TermKind::Term, "“援法议事”", {"援法议事活动"}, Severity::Hint, "本市规范提法"});
    expectRule(RuleId::StandardTerm, "推行援法议事机制。", "推行“援法议事”机制。", context);
    Report r = cleanReport();
    addParagraph(r, "推行援法议事机制。");
    const QList<Finding> f = checkReport(r, context);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().severity, Severity::Hint);
    EXPECT_TRUE(f.first().message.endsWith("本市规范提法"));
    // JSON round trip of the list (for storage).
    const TermList copy = TermList::fromJson(context.terms.toJson());
    EXPECT_EQ(copy.entries(), context.terms.entries());
    EXPECT_EQ(copy.patterns().size(), context.terms.patterns().size());
    EXPECT_EQ(context.terms.remove("“援法议事”"), 1);
    EXPECT_TRUE(checkReport(r, context).isEmpty());
}

// ---- facts ------------------------------------------------------------------------------------------

TEST(CheckRules, FactMismatch)
{
    Report r = cleanReport();
    workArea(r).facts = {Fact{newId(), "化解矛盾纠纷", "946", "件", QString()},
                         Fact{newId(), "横幅", "218", "条", QString()},
                         Fact{newId(), "宣传册", "1", "万", "余"}};
    const QUuid a = addParagraph(r, "全镇全年化解矛盾纠纷964件，悬挂横幅218处。");
    const QUuid b = addParagraph(r, "成功调处2000件化解矛盾纠纷的疑难案件。");
    const QList<Finding> f = ofRule(checkNode(r, a, CheckContext()), RuleId::FactMismatch);
    ASSERT_EQ(f.size(), 2) << dump(f);
    EXPECT_EQ(f.at(0).quote, "964");
    EXPECT_EQ(f.at(0).fix.value_or(QString()), "946");
    EXPECT_EQ(f.at(1).quote, "218处");
    EXPECT_EQ(f.at(1).fix.value_or(QString()), "218条");
    EXPECT_EQ(f.at(0).severity, Severity::Error);
    const QList<Finding> after = ofRule(checkNode(r, b, CheckContext()), RuleId::FactMismatch);  // number, unit, label
    ASSERT_EQ(after.size(), 1) << dump(after);
    EXPECT_EQ(after.first().quote, "2000");
    EXPECT_EQ(after.first().fix.value_or(QString()), "946");
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(applyFix(r, ofRule(checkNode(r, a, CheckContext()), RuleId::FactMismatch).value(0)));
    EXPECT_EQ(paragraphText(r, a), "全镇全年化解矛盾纠纷946件，悬挂横幅218条。");
    EXPECT_TRUE(checkNode(r, a, CheckContext()).isEmpty());
    // Other numbers in the same paragraph never contradict: only numbers attached to a label count.
    Report ok = cleanReport();
    workArea(ok).facts = {Fact{newId(), "化解矛盾纠纷", "946", "件", QString()}};
    addParagraph(ok, "全镇12个调委会全年化解矛盾纠纷946件，调解成功率98.5%，其中疑难纠纷35件。");
    EXPECT_TRUE(checkReport(ok, CheckContext()).isEmpty()) << dump(checkReport(ok, CheckContext()));
}

TEST(CheckRules, NumberUnit)
{
    expectRule(RuleId::NumberUnit, "全镇各类调解组织全年化解矛盾纠纷946。", "全镇各类调解组织全年化解矛盾纠纷946件。");
    expectRule(RuleId::NumberUnit, "全年发放宣传册10000余，悬挂横幅218条。", "全年发放宣传册10000余份，悬挂横幅218条。");
    // With the section's facts the unit is known: a one-click fix.
    Report r = cleanReport();
    workArea(r).facts = {Fact{newId(), "化解矛盾纠纷", "946", "件", QString()}};
    const QUuid id = addParagraph(r, "全年化解矛盾纠纷946。");
    const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::NumberUnit);
    ASSERT_EQ(f.size(), 1);
    ASSERT_TRUE(applyFix(r, f.first()));
    EXPECT_EQ(paragraphText(r, id), "全年化解矛盾纠纷946件。");
}

// ---- report details -----------------------------------------------------------------------------------

TEST(CheckRules, DateFormat)
{
    expectRule(RuleId::DateFormat, "于2024年02月22日召开推进会。", "于2024年2月22日召开推进会。");
    expectRule(RuleId::DateFormat, "于2024.2.22召开推进会。", "于2024年2月22日召开推进会。");
    expectRule(RuleId::DateFormat, "于2024-02-22召开推进会。", "于2024年2月22日召开推进会。");
    expectRule(RuleId::DateFormat, "于2024/2/22召开推进会。", "于2024年2月22日召开推进会。");
    expectRule(RuleId::DateFormat, "于24年2月22日召开推进会。", "于2024年2月22日召开推进会。");
    expectRule(RuleId::DateFormat, "于2023年09月召开推进会。", "于2023年9月召开推进会。");
    // The 成文日期 written in the closing.
    Report r = cleanReport();
    r.closing = {Paragraph{newId(), "示例镇人民政府"}, Paragraph{newId(), "二〇二四年二月二十二日"}};
    QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::DateFormat);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().severity, Severity::Hint);
    ASSERT_TRUE(applyFix(r, f.first()));
    EXPECT_EQ(r.closing.last().text, "2024年2月22日");
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
    // The website's own 发布日期 format is not the report's text.
    Report site = cleanReport();
    site.details.publishedOn = "2024-02-22 10:20";
    EXPECT_TRUE(ofRule(checkReport(site, CheckContext()), RuleId::DateFormat).isEmpty());
}

TEST(CheckRules, YearConsistencyVagueWords)
{
    expectRule(RuleId::YearConsistency, "今年以来，我镇全年化解矛盾纠纷946件。", "2023年以来，我镇全年化解矛盾纠纷946件。");
    expectRule(RuleId::YearConsistency, "与去年相比，行政复议案件减少3件。", "与2022年相比，行政复议案件减少3件。");
    expectRule(RuleId::YearConsistency, "本年度共办理行政处罚案件136件。", "2023年度共办理行政处罚案件136件。");
    // In the plans (written in the following year) the meaning is ambiguous: flagged without a fix.
    Report r = cleanReport();
    r.parts[3].intro.paragraphs.append(Paragraph{newId(), "明年将继续深化“八五”普法。"});
    const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::YearConsistency);
    ASSERT_EQ(f.size(), 1);
    EXPECT_FALSE(f.first().hasFix());
}

TEST(CheckRules, YearConsistencyHeadings)
{
    Report r = cleanReport();
    r.parts[0].heading = "2022年工作回顾";
    r.parts[3].heading = "2023年工作安排";
    QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::YearConsistency);
    ASSERT_EQ(f.size(), 2) << dump(f);
    for (const Finding &finding : f) {
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_EQ(finding.field, "heading");
        ASSERT_TRUE(applyFix(r, finding));
    }
    EXPECT_EQ(r.parts[0].heading, "2023年工作回顾");
    EXPECT_EQ(r.parts[3].heading, "2024年工作安排");
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
    r.parts[3].heading = "下一步工作打算";
    f = ofRule(checkReport(r, CheckContext()), RuleId::YearConsistency);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().severity, Severity::Hint);
    r.parts[3].heading = "2024年度，我镇将从以下三个方面持续发力。";
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
}

TEST(CheckRules, Title)
{
    auto titleFindings = [](const QString &title) {
        Report r = cleanReport();
        r.details.title = title;
        return ofRule(checkReport(r, CheckContext()), RuleId::Title);
    };
    EXPECT_TRUE(titleFindings(QString()).isEmpty());  // generated
    EXPECT_TRUE(titleFindings("示例镇人民政府关于2023年度法治政府建设情况的报告").isEmpty());
    EXPECT_TRUE(titleFindings("示例镇2023年法治政府建设工作情况报告").isEmpty());

    for (const auto &[faulty, corrected] : QList<std::pair<QString, QString>>{
             {"示例镇人民政府2023年度2023年法治政府建设情况报告", "示例镇人民政府2023年度法治政府建设情况报告"},
             {"示例镇人民政府示例镇人民政府2023年度法治政府建设情况报告", "示例镇人民政府2023年度法治政府建设情况报告"},
             {"示例镇人民政府2022年度法治政府建设情况报告", "示例镇人民政府2023年度法治政府建设情况报告"},
             {"示例镇人民政府2023年度法治政府建设情况报告报告", "示例镇人民政府2023年度法治政府建设情况报告"}}) {
        SCOPED_TRACE(faulty.toStdString());
        Report r = cleanReport();
        r.details.title = faulty;
        const QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Title);
        ASSERT_EQ(f.size(), 1) << dump(f);
        EXPECT_EQ(f.first().severity, Severity::Error);
        EXPECT_EQ(f.first().node, r.id);
        EXPECT_EQ(f.first().field, "title");
        ASSERT_TRUE(applyFix(r, f.first()));
        EXPECT_EQ(r.details.title, corrected);
        EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
    }
    EXPECT_EQ(titleFindings("2023年度法治政府建设情况报告").size(), 1);    // no organization
    EXPECT_EQ(titleFindings("示例镇人民政府法治政府建设情况报告").size(), 1);  // no year
    EXPECT_EQ(titleFindings("示例镇人民政府2023年度工作总结").size(), 1);      // unusual form
}

TEST(CheckRules, Deadline)
{
    Report r = cleanReport();
    r.details.publishedOn = "2024-04-15 09:00";
    QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Deadline);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().field, "publishedOn");
    r.details.publishedOn = "2024-03-31 09:00";
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());

    r.details.date = QDate(2024, 3, 5);
    f = ofRule(checkReport(r, CheckContext()), RuleId::Deadline);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().field, "date");
    CheckContext later;
    later.reportUpDeadline = QDate(2024, 3, 10);  // configurable
    EXPECT_TRUE(checkReport(r, later).isEmpty());

    CheckContext today;
    today.today = QDate(2024, 3, 2);
    Report draft = cleanReport();
    draft.details.publishedOn.clear();
    EXPECT_EQ(ofRule(checkReport(draft, today), RuleId::Deadline).size(), 1);
    draft.status = ReportStatus::Submitted;
    EXPECT_TRUE(checkReport(draft, today).isEmpty());

    // An imported report the website already published: a draft here, but it was sent long ago.
    Report published = cleanReport();
    published.details.publishedOn = "2024-02-22 10:20";
    EXPECT_TRUE(ofRule(checkReport(published, today), RuleId::Deadline).isEmpty());
    published.details.publishedOn = "见网站";  // no date in it: nothing known, the draft is flagged
    EXPECT_EQ(ofRule(checkReport(published, today), RuleId::Deadline).size(), 1);
    published.details.publishedOn = "2024-03-20";  // a date still to come is a plan, not a publication
    EXPECT_EQ(ofRule(checkReport(published, today), RuleId::Deadline).size(), 1);
}

// An empty 成文日期: the signature block would go out undated. A warning while drafting, an error
// once the report is with the reviewer for 审定 (and after).
TEST(CheckRules, DateWrittenNotSet)
{
    Report r = cleanReport();
    EXPECT_TRUE(checkReport(r, CheckContext()).isEmpty());
    r.details.date = QDate();
    QList<Finding> f = ofRule(checkReport(r, CheckContext()), RuleId::Deadline);
    ASSERT_EQ(f.size(), 1) << dump(f);
    EXPECT_EQ(f.first().severity, Severity::Warning);
    EXPECT_EQ(f.first().node, r.id);
    EXPECT_EQ(f.first().field, "date");
    EXPECT_TRUE(f.first().message.contains("成文日期")) << f.first().message.toStdString();
    r.status = ReportStatus::Returned;
    EXPECT_EQ(ofRule(checkReport(r, CheckContext()), RuleId::Deadline).value(0).severity, Severity::Warning);
    for (ReportStatus review : {ReportStatus::Submitted, ReportStatus::Approved, ReportStatus::Published}) {
        r.status = review;
        f = ofRule(checkReport(r, CheckContext()), RuleId::Deadline);
        ASSERT_EQ(f.size(), 1) << dump(f);
        EXPECT_EQ(f.first().severity, Severity::Error);
        EXPECT_EQ(f.first().field, "date");
    }
    // Re-checking after the date is set drops it, as a full check does.
    r.status = ReportStatus::Draft;
    QList<Finding> findings = checkReport(r, CheckContext());
    r.details.date = QDate(2024, 2, 20);
    recheckNode(findings, r, r.id, CheckContext());
    EXPECT_TRUE(ofRule(findings, RuleId::Deadline).isEmpty()) << dump(findings);
    // Ignoring it leaves the rule's other finding on the report (a deadline passed) alone.
    r.details.date = QDate();
    r.details.publishedOn.clear();
    CheckContext late;
    late.today = QDate(2024, 3, 20);
    f = ofRule(checkReport(r, late), RuleId::Deadline);
    ASSERT_EQ(f.size(), 2) << dump(f);
    const auto notSet = std::find_if(f.begin(), f.end(), [](const Finding &x) { return x.field == "date"; });
    ASSERT_NE(notSet, f.end());
    late.ignored.add(*notSet, "成文日期待定");
    f = ofRule(checkReport(r, late), RuleId::Deadline);
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(std::count_if(f.begin(), f.end(), [](const Finding &x) { return x.ignored; }), 1);
    // Switched off with its rule.
    CheckContext off;
    off.disabledRules.insert(RuleId::Deadline);
    EXPECT_TRUE(ofRule(checkReport(r, off), RuleId::Deadline).isEmpty());
}

// ---- completeness -------------------------------------------------------------------------------------

TEST(CheckRules, RequiredContent)
{
    auto required = [](const Report &r) { return ofRule(checkReport(r, CheckContext()), RuleId::RequiredContent); };
    for (int i = 0; i < 4; ++i) {
        Report r = cleanReport();
        r.parts.removeAt(i);
        const QList<Finding> f = required(r);
        ASSERT_EQ(f.size(), 1) << i << dump(f);
        EXPECT_EQ(f.first().severity, Severity::Error);
        EXPECT_EQ(f.first().node, r.id);
        EXPECT_TRUE(f.first().field.isEmpty());
    }
    Report emptyPlans = cleanReport();
    emptyPlans.parts[3].intro.paragraphs.clear();
    QList<Finding> f = required(emptyPlans);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().node, emptyPlans.parts[3].id);

    Report noCauses = cleanReport();
    noCauses.parts[2].intro.paragraphs = {Paragraph{newId(), "一是部分干部的法治意识还不够强；二是基层执法力量相对薄弱。"}};
    f = required(noCauses);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().severity, Severity::Warning);
    noCauses.parts[2].intro.paragraphs.append(Paragraph{newId(), "受编制和经费所限，执法人员培训还不够系统。"});
    EXPECT_TRUE(required(noCauses).isEmpty());

    Report noActions = cleanReport();
    noActions.parts[1].intro.paragraphs = {Paragraph{newId(), "镇党委、政府高度重视法治建设，全面落实各项工作要求。"}};
    f = required(noActions);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().severity, Severity::Warning);

    // Folded into a work area: no part of its own, but a work area says what the leaders did.
    Report folded = cleanReport();
    folded.parts.removeAt(1);
    folded.parts[0].sections[0].body.paragraphs.append(
        Paragraph{newId(), "镇党政主要负责人认真履行第一责任人职责，亲自部署重大法治工作，主持召开专题会议4次。"});
    EXPECT_TRUE(required(folded).isEmpty()) << dump(required(folded));
    folded.parts[0].sections[0].body.paragraphs.last().text = "镇党政主要负责人认真履行第一责任人职责。";
    f = required(folded);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().node, folded.parts[0].sections[0].id);

    // A combined part ("存在的问题及下一步打算") covers both contents.
    Report combined = cleanReport();
    combined.parts.removeAt(3);
    combined.parts[2].kind = PartKind::Custom;
    combined.parts[2].heading = "存在的问题及下一步打算";
    EXPECT_TRUE(required(combined).isEmpty()) << dump(required(combined));

    // The template: every required content empty, the work areas not reported one by one.
    const QList<Finding> tf = required(makeTemplateReport("示例镇人民政府", 2023));
    EXPECT_EQ(tf.size(), 5) << dump(tf);  // four empty parts + the empty "other" part (a hint)
}

// ---- reuse -------------------------------------------------------------------------------------------

TEST(CheckRules, RepeatedText)
{
    Report previous;
    previous.id = newId();
    previous.details.organization = "示例镇人民政府";
    previous.details.year = 2022;
    Part part = makePart(PartKind::Measures, QString(), {});
    part.sections.append(makeSection("强化组织领导。", {"全面推行行政执法公示制度，执法信息公开透明。"
                                                      "全年办理行政处罚案件136件，未发生行政诉讼败诉案件。"}));
    previous.parts.append(part);
    CheckContext context;
    context.setPreviousYear(previous);
    EXPECT_EQ(context.previousYear->year(), 2022);
    // The clean report shares its short sentences and standard wording with last year's: no finding.
    EXPECT_TRUE(checkReport(cleanReport(), context).isEmpty()) << dump(checkReport(cleanReport(), context));

    Report r = cleanReport();
    const QUuid id = addParagraph(r, "全年办理行政处罚案件136件，未发生行政诉讼败诉案件。全面推行行政执法公示制度，执法信息公开透明。");
    const QList<Finding> f = ofRule(checkReport(r, context), RuleId::RepeatedText);
    ASSERT_EQ(f.size(), 2) << dump(f);
    EXPECT_EQ(f.at(0).severity, Severity::Warning);  // with figures
    EXPECT_EQ(f.at(1).severity, Severity::Hint);
    EXPECT_EQ(f.at(0).start, 0);
    EXPECT_EQ(f.at(0).quote, "全年办理行政处罚案件136件，未发生行政诉讼败诉案件。");
    EXPECT_EQ(f.at(0).node, id);
    expectSilent("全年办理行政处罚案件152件，未发生行政诉讼败诉案件。", context);
}

TEST(CheckRules, PreviousYearReportIsFoundByOrganizationAndYear)
{
    const Report r = cleanReport();
    QList<ReportSummary> list;
    const QUuid older = newId(), newer = newId();
    list.append(ReportSummary{r.id, 2023, "示例镇人民政府", ReportStatus::Draft, "", QDateTime()});
    list.append(ReportSummary{newId(), 2022, "别的镇人民政府", ReportStatus::Draft, "", QDateTime()});
    list.append(ReportSummary{older, 2022, "示例镇人民政府", ReportStatus::Draft, "", QDateTime(QDate(2023, 1, 1), QTime(0, 0))});
    list.append(ReportSummary{newer, 2022, "示例镇人民政府", ReportStatus::Draft, "", QDateTime(QDate(2023, 2, 1), QTime(0, 0))});
    list.append(ReportSummary{newId(), 2021, "示例镇人民政府", ReportStatus::Draft, "", QDateTime()});
    EXPECT_EQ(findPreviousYearReport(list, r), newer);
    list.removeLast();
    list.removeLast();
    list.removeLast();
    EXPECT_FALSE(findPreviousYearReport(list, r).has_value());
}

TEST(CheckRules, PreviousYearIsReadFromTheWorkspace)
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath("ws.fazhi"));
    ASSERT_TRUE(ws.ok());
    auto report = [](const QString &organization, int year, int sections) {
        Report r = cleanReport();
        r.id = QUuid();
        r.details.organization = organization;
        r.details.year = year;
        while (r.parts.first().sections.size() > sections)
            r.parts.first().sections.removeLast();
        return r;
    };
    const Report lastYear = report("示例镇人民政府", 2022, 1);
    ASSERT_TRUE(ws.value()->insertReport(lastYear).ok());
    ASSERT_TRUE(ws.value()->insertReport(report("别的镇人民政府", 2022, 2)).ok());
    ASSERT_TRUE(ws.value()->insertReport(report("示例镇人民政府", 2021, 2)).ok());
    const Report current = report("示例镇人民政府", 2023, 2);
    ASSERT_TRUE(ws.value()->insertReport(current).ok());

    EXPECT_EQ(ws.value()->listReportsOfYear(2022)->size(), 2);
    CheckContext context;
    addPreviousYear(*ws.value(), current, context);
    ASSERT_TRUE(context.previousYear);
    EXPECT_EQ(context.previousYear->year(), 2022);
    EXPECT_EQ(context.previousYear->size(), PreviousYearIndex(lastYear).size());
    EXPECT_NE(context.previousYear->size(), PreviousYearIndex(report("别的镇人民政府", 2022, 2)).size());
}

// ---- offsets, fixes, ignoring ---------------------------------------------------------------------------

TEST(CheckApi, OffsetsAreCodePoints)
{
    Report r = cleanReport();
    const QString text = "𠮷𠮷镇党委,政府召开“会议。";
    const QUuid id = addParagraph(r, text);
    const QList<Finding> f = checkNode(r, id, CheckContext());
    const QList<Finding> half = ofRule(f, RuleId::HalfwidthPunctuation);
    const QList<Finding> paired = ofRule(f, RuleId::PairedPunctuation);
    ASSERT_EQ(half.size(), 1);
    ASSERT_EQ(paired.size(), 1);
    EXPECT_EQ(half.first().start, 5);  // 𠮷 𠮷 镇 党 委: five code points, seven UTF-16 units
    EXPECT_EQ(half.first().end, 6);
    EXPECT_EQ(half.first().quote, ",");
    EXPECT_EQ(paired.first().start, 10);
    EXPECT_EQ(paired.first().end, 11);
    EXPECT_EQ(toUtf16Offset(text, 5), 7);
    EXPECT_EQ(toCodePointOffset(text, 7), 5);
    EXPECT_EQ(codePointLength(text), int(text.size()) - 2);
    EXPECT_EQ(applyFix(text, half.first()).value_or(QString()), "𠮷𠮷镇党委，政府召开“会议。");
    // JSON carries the same code-point offsets.
    const QJsonObject json = toJson(half.first());
    EXPECT_EQ(json.value("start").toInt(), 5);
    EXPECT_EQ(json.value("end").toInt(), 6);
    for (const char *key : {"rule", "severity", "node", "field", "start", "end", "message", "fix"})
        EXPECT_TRUE(json.contains(key)) << key;
    EXPECT_EQ(json.value("severity").toString(), "warning");
    EXPECT_EQ(json.value("node").toString(), id.toString(QUuid::WithoutBraces));
}

TEST(CheckApi, FixAllInOneField)
{
    Report r = cleanReport();
    const QUuid id = addParagraph(r, "𠮷我镇深入学习,全面落实市委部署;召开会议 ，，研究部署(一)项工作.");
    const QList<Finding> findings = checkNode(r, id, CheckContext());
    int applied = 0;
    const QString fixed = applyFixes(paragraphText(r, id), findings, &applied);
    EXPECT_EQ(fixed, "𠮷我镇深入学习，全面落实市委部署；召开会议，研究部署（一）项工作。") << dump(findings);
    EXPECT_EQ(applied, int(findings.size()));
    ASSERT_TRUE(setNodeField(r, id, "text", fixed));
    EXPECT_TRUE(checkNode(r, id, CheckContext()).isEmpty()) << dump(checkNode(r, id, CheckContext()));
    // Overlapping ranges: the later one wins, the other waits for the next check.
    Finding a, b;
    a.node = b.node = id;
    a.field = b.field = "text";
    a.start = 1, a.end = 3, a.quote = "bc", a.fix = "X";
    b.start = 2, b.end = 4, b.quote = "cd", b.fix = "Y";
    EXPECT_EQ(applyFixes("abcdef", {a, b}, &applied), "abYef");
    EXPECT_EQ(applied, 1);
}

TEST(CheckApi, StaleFixIsRefused)
{
    Report r = cleanReport();
    const QUuid id = addParagraph(r, "我镇深入学习,全面落实。");
    const Finding f = ofRule(checkReport(r, CheckContext()), RuleId::HalfwidthPunctuation).first();
    workArea(r).body.paragraphs.last().text = "我镇深入学习全面落实。";
    EXPECT_FALSE(applyFix(r, f));
    EXPECT_EQ(paragraphText(r, id), "我镇深入学习全面落实。");
}

TEST(CheckApi, IgnoreListSurvivesEditsElsewhere)
{
    Report r = cleanReport();
    const QUuid id = addParagraph(r, "我镇深入学习,全面落实市委部署。");
    const Finding f = ofRule(checkReport(r, CheckContext()), RuleId::HalfwidthPunctuation).first();
    CheckContext context;
    context.ignored.add(f, "原文如此");
    // Round trip through JSON, as the workspace will store it.
    context.ignored = IgnoreList::fromJson(context.ignored.toJson());
    ASSERT_EQ(context.ignored.size(), 1);
    EXPECT_EQ(context.ignored.entries().first().reason, "原文如此");

    // An edit before the finding (offsets move) and one in another paragraph: still ignored.
    workArea(r).body.paragraphs.last().text = "2023年，我镇深入学习,全面落实市委部署，推进法治建设。";
    r.parts[0].sections[0].lead = "强化组织领导，压实法治建设主体责任。";
    QList<Finding> again = ofRule(checkReport(r, context), RuleId::HalfwidthPunctuation);
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.first().ignored);
    EXPECT_EQ(again.first().ignoreReason, "原文如此");
    EXPECT_FALSE(hasActiveErrors(again));
    EXPECT_TRUE(activeFindings(again).isEmpty());
    EXPECT_EQ(countFindings(again).ignored, 1);

    // The quoted text itself changes: the finding comes back.
    workArea(r).body.paragraphs.last().text = "我镇认真学习,全面落实市委部署。";
    again = ofRule(checkReport(r, context), RuleId::HalfwidthPunctuation);
    ASSERT_EQ(again.size(), 1);
    EXPECT_FALSE(again.first().ignored);

    // Un-ignoring, pruning deleted nodes.
    EXPECT_TRUE(context.ignored.remove(f));
    context.ignored.add(f, QString());
    workArea(r).body.paragraphs.removeLast();
    EXPECT_EQ(context.ignored.prune(r), 1);
    EXPECT_TRUE(context.ignored.isEmpty());
    Q_UNUSED(id);
}

TEST(CheckApi, DisabledRules)
{
    Report r = cleanReport();
    addParagraph(r, "我镇深入学习,全面落实市委部署。");
    CheckContext context;
    context.disabledRules.insert(RuleId::HalfwidthPunctuation);
    EXPECT_TRUE(checkReport(r, context).isEmpty());
}

TEST(CheckApi, RulesMetadata)
{
    const QList<RuleInfo> rules = allRules();
    EXPECT_EQ(rules.size(), 31);
    QSet<QString> ids;
    for (const RuleInfo &info : rules) {
        ids.insert(info.id);
        EXPECT_FALSE(info.title.isEmpty());
        EXPECT_FALSE(info.description.isEmpty());
        EXPECT_FALSE(displayName(info.category).isEmpty());
    }
    EXPECT_EQ(ids.size(), rules.size());
    for (const QString &id : {RuleId::RequiredContent, RuleId::Title, RuleId::DateFormat, RuleId::YearConsistency,
                              RuleId::Deadline, RuleId::PairedPunctuation, RuleId::HalfwidthPunctuation, RuleId::Spacing,
                              RuleId::RepeatedPunctuation, RuleId::Enumeration, RuleId::OfficialTitle,
                              RuleId::StandardTerm, RuleId::FactMismatch, RuleId::NumberUnit, RuleId::RepeatedText,
                              RuleId::SecrecyIdNumber, RuleId::SecrecyPhone, RuleId::SecrecyBankCard, RuleId::SecrecyEmail,
                              RuleId::SecrecyPlate, RuleId::SecrecyMarking, RuleId::SecrecyParty, RuleId::Typo,
                              RuleId::RepeatedWord, RuleId::TimeExpression, RuleId::TitlePunctuation,
                              RuleId::FixedPhrase, RuleId::HeadingPunctuation, RuleId::HeadingNumbering,
                              RuleId::UndrawableCharacter})
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("import-repair")));  // import's repairs and guesses (ImportNoteRules.cpp)
    EXPECT_EQ(severityFromString("error"), Severity::Error);
    EXPECT_EQ(toString(Severity::Hint), "hint");
}

// ---- incremental ---------------------------------------------------------------------------------------

namespace {

// A report with findings of many rules everywhere.
Report faultyReport()
{
    Report r = cleanReport();
    r.details.title = "示例镇人民政府2023年度2023年法治政府建设情况报告";
    r.preamble.append(Paragraph{newId(), "市委 市政府："});
    r.parts[0].heading = "2022年工作回顾";
    r.parts[0].intro.paragraphs.append(Paragraph{newId(), "主要做法是:"});
    workArea(r).facts = {Fact{newId(), "化解矛盾纠纷", "946", "件", QString()}};
    addParagraph(r, "一是加强领导,完善机制。是强化保障。");
    addParagraph(r, "三是化解矛盾纠纷964件，结合“八五普法开展宣传。");
    workArea(r).body.points.append(Point{newId(), "落实谁执法谁普法责任。"});
    r.parts[2].intro.paragraphs.append(Paragraph{newId(), "今年以来，执法力量不足。。"});
    r.closing.append(Paragraph{newId(), "2024年02月20日"});
    return r;
}

QList<QUuid> allNodes(const Report &r)
{
    QList<QUuid> ids{r.id};
    for (const Paragraph &p : r.preamble + r.closing)
        ids.append(p.id);
    for (const Part &part : r.parts) {
        ids.append(part.id);
        for (const Paragraph &p : part.intro.paragraphs)
            ids.append(p.id);
        for (const Section &s : part.sections) {
            ids.append(s.id);
            for (const Paragraph &p : s.body.paragraphs)
                ids.append(p.id);
            for (const Point &p : s.body.points)
                ids.append(p.id);
            for (const Fact &f : s.facts)
                ids.append(f.id);
        }
    }
    return ids;
}

// What checkNode(id) speaks for: a part or section with everything in it; a fact's section.
QSet<QUuid> subtreeOf(const Report &r, const QUuid &id)
{
    for (const Part &part : r.parts) {
        QSet<QUuid> partNodes{part.id};
        for (const Paragraph &p : part.intro.paragraphs)
            partNodes.insert(p.id);
        for (const Section &s : part.sections) {
            QSet<QUuid> sectionNodes{s.id};
            for (const Paragraph &p : s.body.paragraphs)
                sectionNodes.insert(p.id);
            for (const Point &p : s.body.points)
                sectionNodes.insert(p.id);
            for (const Fact &f : s.facts)
                sectionNodes.insert(f.id);
            if (s.id == id || std::any_of(s.facts.begin(), s.facts.end(), [&](const Fact &f) { return f.id == id; }))
                return sectionNodes;
            partNodes += sectionNodes;
        }
        if (part.id == id)
            return partNodes;
    }
    return {id};
}

bool isReportRule(const QString &rule)
{
    return rule == RuleId::RequiredContent || rule == RuleId::Title || rule == RuleId::Deadline
        || rule == RuleId::HeadingPunctuation;
}

}  // namespace

TEST(CheckIncremental, CheckNodeEqualsTheMatchingPartOfTheFullCheck)
{
    const Report r = faultyReport();
    const QList<Finding> full = checkReport(r, CheckContext());
    EXPECT_GE(full.size(), 12) << dump(full);
    for (const QUuid &id : allNodes(r)) {
        const QSet<QUuid> subtree = subtreeOf(r, id);
        QList<Finding> expected;
        for (const Finding &f : full) {
            if (id == r.id ? (f.node == id || isReportRule(f.rule)) : (subtree.contains(f.node) && !isReportRule(f.rule)))
                expected.append(f);
        }
        const QList<Finding> got = checkNode(r, id, CheckContext());
        EXPECT_EQ(got, expected) << id.toString().toStdString() << "\n" << dump(got) << "---\n" << dump(expected);
    }
}

TEST(CheckIncremental, RecheckAfterEditsEqualsFullCheck)
{
    Report r = faultyReport();
    QList<Finding> findings = checkReport(r, CheckContext());
    auto edit = [&](const QUuid &id, const QString &field, const QString &value) {
        if (id == r.id)
            ASSERT_TRUE(setDetailField(r, field, value));
        else
            ASSERT_TRUE(setNodeField(r, id, field, value));
        recheckNode(findings, r, id, CheckContext());
        EXPECT_EQ(findings, checkReport(r, CheckContext())) << dump(findings) << "---\n"
                                                            << dump(checkReport(r, CheckContext()));
    };
    const QUuid first = workArea(r).body.paragraphs.at(1).id;
    const QUuid second = workArea(r).body.paragraphs.at(2).id;
    edit(first, "text", "一是加强领导，完善机制。二是强化保障。");          // fixes a paragraph; the next one's "三是" is now right
    edit(second, "text", "四是化解矛盾纠纷946件。");                       // a new gap
    edit(r.parts[0].id, "heading", QString());                           // default heading
    edit(r.id, "title", QString());                                       // generated title
    edit(r.parts[2].intro.paragraphs.first().id, "text", QString());      // causes gone (report rule)
    edit(workArea(r).facts.first().id, "value", "950");                   // a fact: its section is re-checked
    edit(r.preamble.first().id, "text", "市委、市政府：");
    // Structural: a paragraph removed, then its section re-checked.
    workArea(r).body.paragraphs.removeAt(2);
    recheckNode(findings, r, workArea(r).id, CheckContext());
    EXPECT_EQ(findings, checkReport(r, CheckContext()));
}

// ---- the real sample -----------------------------------------------------------------------------------

TEST(CheckSample, FindsTheSamplesDefects)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report r = importSample();
    const QList<Finding> findings = checkReport(r, CheckContext());
    auto has = [&](const QString &rule, const QString &quote, const QString &context) {
        for (const Finding &f : findings) {
            if (f.rule == rule && f.quote == quote && f.context.contains(context))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(RuleId::PairedPunctuation, "”", "幸福陶庄")) << dump(findings);
    EXPECT_TRUE(has(RuleId::PairedPunctuation, "“", "八五普法"));
    EXPECT_TRUE(has(RuleId::PairedPunctuation, "”", "12·4"));
    EXPECT_TRUE(has(RuleId::PairedPunctuation, "》", "行动方案"));
    EXPECT_TRUE(has(RuleId::HalfwidthPunctuation, "(社区)", "行政村"));
    EXPECT_TRUE(has(RuleId::HalfwidthPunctuation, ",", "法治化"));
    EXPECT_GE(ofRule(findings, RuleId::HalfwidthPunctuation).size(), 50);
    EXPECT_TRUE(has(RuleId::StandardTerm, "“八五普法", "结合"));
    EXPECT_TRUE(has(RuleId::OfficialTitle, "法治政府建设实施纲要(2021-2025年)", "发布的"));

    // One finding per repair import made.
    int restored = 0;
    for (const ImportNote &n : r.importNotes)
        restored += n.kind == ImportNoteKind::RestoredNumeral;
    EXPECT_GE(restored, 3);
    int reported = 0;
    for (const Finding &f : ofRule(findings, RuleId::Enumeration))
        reported += f.message.contains("是加大") || f.message.contains("是有些");
    EXPECT_EQ(reported, restored);

    // The shortcomings give no causes.
    bool causes = false;
    for (const Finding &f : ofRule(findings, RuleId::RequiredContent))
        causes = causes || f.message == message(Msg::NoCauses);
    EXPECT_TRUE(causes);

    // Every quote is the field's text at the finding's code-point range.
    for (const Finding &f : findings) {
        const auto text = fieldText(r, f.node, f.field);
        if (f.field.isEmpty() || f.field == "date")
            continue;
        ASSERT_TRUE(text.has_value()) << toDisplayLine(f).toStdString();
        const int from = toUtf16Offset(*text, f.start), to = toUtf16Offset(*text, f.end);
        EXPECT_EQ(text->mid(from, to - from), f.quote) << toDisplayLine(f).toStdString();
    }
}

TEST(CheckSample, FixingEverythingFixableLeavesOnlyJudgement)
{
    FAZHI_REQUIRE_SAMPLE();
    Report r = importSample();
    const int before = int(checkReport(r, CheckContext()).size());
    for (int round = 0; round < 400; ++round) {
        const QList<Finding> findings = checkReport(r, CheckContext());
        auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) { return f.hasFix(); });
        if (it == findings.end())
            break;
        ASSERT_TRUE(applyFix(r, *it)) << toDisplayLine(*it).toStdString();
    }
    const QList<Finding> left = checkReport(r, CheckContext());
    EXPECT_LT(left.size(), before / 5) << dump(left);
    for (const Finding &f : left)
        EXPECT_FALSE(f.hasFix());
    EXPECT_TRUE(ofRule(left, RuleId::HalfwidthPunctuation).isEmpty());
}

// How fast checking is, is measured by scripts/bench (bench-check), not here: timings flake on shared
// machines. What is tested is that checking again gives the same findings.
TEST(CheckSample, CheckingTheSampleAgainGivesTheSameFindings)
{
    FAZHI_REQUIRE_SAMPLE();
    const Report r = importSample();
    const QList<Finding> first = checkReport(r, CheckContext());
    ASSERT_FALSE(first.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const QList<Finding> again = checkReport(r, CheckContext());
        ASSERT_EQ(again.size(), first.size());
        for (qsizetype k = 0; k < first.size(); ++k) {
            EXPECT_EQ(again[k].rule, first[k].rule);
            EXPECT_EQ(again[k].node, first[k].node);
            EXPECT_EQ(again[k].start, first[k].start);
        }
    }
}

// ---- the command line ----------------------------------------------------------------------------------

namespace {

// A short report as published, whose work review is `review` (paragraphs separated by blank lines).
QByteArray publishedText(const QString &review)
{
    return (QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告\n\n一、2023年工作回顾\n\n") + review
            + QStringLiteral("\n\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
                             "镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治政府建设工作4次。\n\n"
                             "三、存在的不足和原因\n\n"
                             "部分干部运用法治思维解决问题的能力还不够强，主要是学法用法的长效机制尚未健全。\n\n"
                             "四、2024年度工作安排\n\n"
                             "2024年，我镇将健全依法决策机制，加强行政执法队伍建设。\n\n"
                             "示例镇人民政府\n2024年2月20日\n"))
        .toUtf8();
}

}  // namespace

TEST(CheckCli, CheckCommand)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.fazhi");
    auto cli = [&](QStringList args) { return test::runCli(QStringList{"--workspace", ws} + args); };
    EXPECT_EQ(cli({"check"}).exitCode, 2);
    EXPECT_EQ(cli({"check", "not-a-uuid"}).exitCode, 2);
    EXPECT_EQ(cli({"check", QUuid::createUuid().toString(QUuid::WithoutBraces), "--bogus"}).exitCode, 2);
    EXPECT_EQ(cli({"check", QUuid::createUuid().toString(QUuid::WithoutBraces)}).exitCode, 3);

    // A clean report, as a published text: no errors, exit status 0.
    const QString clean = dir.filePath("clean.txt");
    test::writeBytes(clean, publishedText(QStringLiteral(
        "（一）强化组织领导，压实法治建设责任。镇党委、政府把法治政府建设纳入全镇发展总体规划，全年召开专题会议6次。\n\n"
        "（二）加强法治宣传教育。全年开展法治宣传活动56场次，发放宣传资料8600余份。")));
    const test::ProcessResult imported = cli({"import", clean});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString cleanId = imported.outText().trimmed();
    const test::ProcessResult ok = cli({"check", cleanId});
    EXPECT_EQ(ok.exitCode, 0) << ok.outText().toStdString();
}

// The sample's findings through the command line; skipped (and said so) where the sample is absent.
TEST(CheckCli, CheckCommandOnTheSample)
{
    FAZHI_REQUIRE_SAMPLE();
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.fazhi");
    auto cli = [&](QStringList args) { return test::runCli(QStringList{"--workspace", ws} + args); };
    const test::ProcessResult sample = cli({"import", test::samplePath()});
    ASSERT_EQ(sample.exitCode, 0) << sample.errText().toStdString();
    const QString id = sample.outText().trimmed();
    const test::ProcessResult human = cli({"check", id});
    EXPECT_EQ(human.exitCode, 1);
    EXPECT_TRUE(human.outText().contains("paired-punctuation")) << human.outText().toStdString();
    const test::ProcessResult json = cli({"check", id, "--json"});
    EXPECT_EQ(json.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.outText().toStdString();
    ASSERT_TRUE(doc.isArray());
    ASSERT_FALSE(doc.array().isEmpty());
    bool anyError = false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"rule", "severity", "node", "field", "start", "end", "message"})
            EXPECT_TRUE(o.contains(key)) << key;
        EXPECT_TRUE(ruleInfo(o.value("rule").toString()).has_value());
        EXPECT_TRUE(severityFromString(o.value("severity").toString()).has_value());
        EXPECT_FALSE(QUuid::fromString(o.value("node").toString()).isNull());
        EXPECT_LE(o.value("start").toInt(), o.value("end").toInt());
        anyError = anyError || o.value("severity").toString() == "error";
    }
    EXPECT_TRUE(anyError);

    // The organization's report of the previous year in the same workspace: sentences copied from it.
    const QString lastYear = dir.filePath("last-year.txt");
    test::writeBytes(lastYear, test::readUtf8(test::samplePath()).replace("人民政府2023年度", "人民政府2022年度").toUtf8());
    ASSERT_EQ(cli({"import", lastYear}).exitCode, 0);
    const test::ProcessResult reused = cli({"check", id, "--json"});
    int repeated = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(reused.out).array())
        repeated += v.toObject().value("rule").toString() == RuleId::RepeatedText;
    EXPECT_GE(repeated, 20);
}

TEST(CheckCli, FindingsIgnoredInTheWorkspaceStayIgnored)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.fazhi");
    auto cli = [&](QStringList args) { return test::runCli(QStringList{"--workspace", ws} + args); };
    const QString text = dir.filePath("quote.txt");
    test::writeBytes(text, publishedText(QStringLiteral("（一）强化组织领导。全年开展“法律进村活动56场次。")));
    const test::ProcessResult imported = cli({"import", text});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QUuid id = QUuid::fromString(imported.outText().trimmed());
    const test::ProcessResult before = cli({"check", id.toString(QUuid::WithoutBraces), "--json"});
    ASSERT_EQ(before.exitCode, 1) << "the unbalanced quote is an error";

    // The user ignores every error in the app, with a reason: the command line agrees.
    IgnoreList ignored;
    {
        auto workspace = Workspace::open(ws);
        ASSERT_TRUE(workspace.ok());
        const auto report = workspace.value()->loadReport(id);
        ASSERT_TRUE(report.ok());
        for (const Finding &f : checkReport(report.value(), CheckContext())) {
            if (f.severity == Severity::Error)
                ignored.add(f, QStringLiteral("原文如此"));
        }
        ASSERT_FALSE(ignored.isEmpty());
        ASSERT_TRUE(workspace.value()->setIgnoredFindings(id, ignored).ok());
    }
    const test::ProcessResult after = cli({"check", id.toString(QUuid::WithoutBraces), "--json"});
    EXPECT_EQ(after.exitCode, 0) << after.outText().toStdString();
    int marked = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(after.out).array())
        marked += v.toObject().value("ignored").toBool();
    EXPECT_EQ(marked, ignored.size());
}

// ---- messages and their translation ---------------------------------------------------------------------

namespace {

// The Chinese translation as the programs load it (resources/translations/fazhi_zh_CN.ts, compiled
// into the core library): the one place the checks' texts are translated.
bool loadChinese(QTranslator &translator)
{
    return translator.load(QStringLiteral(":/i18n/fazhi_zh_CN.qm"));
}

}  // namespace

TEST(CheckMessages, EveryMessageHasItsChineseTranslation)
{
    QTranslator chinese;
    ASSERT_TRUE(loadChinese(chinese));
    const QList<const char *> sources = allMessageSources();
    ASSERT_GT(sources.size(), 50);
    static const QRegularExpression placeholder("%[0-9]");
    for (const char *s : sources) {
        const QString source = QString::fromUtf8(s);
        const QString translated = chinese.translate("check", s);
        ASSERT_FALSE(translated.isEmpty()) << "no Chinese for: " << s;
        EXPECT_NE(translated, source) << s;
        QStringList a, b;
        for (auto it = placeholder.globalMatch(source); it.hasNext();)
            a << it.next().captured();
        for (auto it = placeholder.globalMatch(translated); it.hasNext();)
            b << it.next().captured();
        a.sort();
        b.sort();
        a.removeDuplicates();
        b.removeDuplicates();
        EXPECT_EQ(a, b) << s;
    }
}

TEST(CheckMessages, MessagesAreTranslatedInTheCheckContext)
{
    QTranslator chinese;
    ASSERT_TRUE(loadChinese(chinese));
    QCoreApplication::installTranslator(&chinese);
    Report r = cleanReport();
    addParagraph(r, "奋力谱写“幸福陶庄高质量发展新篇章。");
    const QList<Finding> f = checkReport(r, CheckContext());
    QCoreApplication::removeTranslator(&chinese);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().message, "引号不成对：缺少右引号（”），请补上。");
    EXPECT_EQ(message(Msg::QuoteNoClose), "Unpaired quotation marks: the closing %1 is missing.");
}

// ---- import's repairs and guesses (ImportNoteRules.cpp) -------------------------------------------

TEST(CheckImportNotes, RepairsAndGuessesAreHintsOnTheirNodes)
{
    const Report r = parseReportText(QStringLiteral(
        "2023年度法治政府建设工作报告\n时间：2024-02-05 09:12　浏览量：128\n"
        "一、主要工作开展情况\n一）加强组织领导。成立领导小组。\n（二依法科学决策。审查合同32份。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n镇长带头学法。\n三、存在的问题\n执法力量不足。\n"
        "四、下一步工作打算\n加强队伍建设。\n和丰镇人民政府\n2024年1月26日"));
    const QList<Finding> findings = checkReport(r, CheckContext{});
    QList<Finding> repairs;
    for (const Finding &f : findings) {
        if (f.rule == QStringLiteral("import-repair"))
            repairs.append(f);
    }
    // 一） and （二 repaired, the organization taken from the signature; the view count dropped from the
    // page and the year the title states are no findings.
    ASSERT_EQ(repairs.size(), 3);
    for (const Finding &f : repairs)
        EXPECT_EQ(f.severity, Severity::Hint) << f.message.toStdString();
    // In document order: the report's details first, then the two work areas.
    EXPECT_EQ(repairs.at(0).node, r.id);
    EXPECT_TRUE(repairs.at(0).message.contains(QStringLiteral("和丰镇人民政府")));
    EXPECT_EQ(repairs.at(1).node, r.parts.at(0).sections.at(0).id);
    EXPECT_EQ(repairs.at(2).node, r.parts.at(0).sections.at(1).id);
    // A repair of a node since deleted goes with it.
    Report edited = r;
    edited.parts[0].sections.removeFirst();
    int left = 0;
    for (const Finding &f : checkReport(edited, CheckContext{}))
        left += f.rule == QStringLiteral("import-repair") ? 1 : 0;
    EXPECT_EQ(left, 2);
}

TEST(CheckImportNotes, NotesFollowTheLanguageAndNameTheField)
{
    const Report r = parseReportText(QStringLiteral("梅林镇人民政府2023年度法治政府建设情况报告\n一、主要举措\n正文。"));
    const ImportNote *year = nullptr;
    for (const ImportNote &n : r.importNotes) {
        if (n.code == ImportNoteCode::FieldInferred && n.args.value(0) == QStringLiteral("year"))
            year = &n;
    }
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(importNoteText(*year), QStringLiteral("Year: inferred from the title as 2023"));
    QTranslator chinese;
    ASSERT_TRUE(loadChinese(chinese));
    QCoreApplication::installTranslator(&chinese);
    const QString worded = importNoteText(*year);
    QCoreApplication::removeTranslator(&chinese);
    EXPECT_EQ(worded, QStringLiteral("年度：根据标题推断为 2023"));
}
