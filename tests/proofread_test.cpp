// The proofreading rules of issue 15 (typo, time-expression, repeated-word, standard-term's table,
// fixed-phrase, title-punctuation, heading-punctuation, heading-numbering), the grouping of repeated
// findings and the plain-text user lists. The corpus tests/data/checks/cases.txt holds faulty texts,
// one fault each and marked with the rule that must find it, and clean texts that must give no
// warning; the test measures recall and precision over it and asserts the thresholds the issue sets.
#include "TestSupport.h"

#include "check/Checker.h"
#include "check/Finding.h"
#include "check/Rules.h"
#include "check/TermList.h"
#include "import/TextImporter.h"
#include "model/ReportEdit.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdio>

using namespace fazhi;
using namespace fazhi::check;

namespace {

Section makeSection(const QString &lead, const QStringList &paragraphs,
                    HeadingStyle style = HeadingStyle::RunIn)
{
    Section s;
    s.id = newId();
    s.lead = lead;
    s.headingStyle = style;
    for (const QString &p : paragraphs)
        s.body.paragraphs.append(Paragraph{newId(), p});
    return s;
}

Part makePart(PartKind kind, const QStringList &intro)
{
    Part p;
    p.id = newId();
    p.kind = kind;
    for (const QString &text : intro)
        p.intro.paragraphs.append(Paragraph{newId(), text});
    return p;
}

// A complete, correct report for 2023 (as in check_test) into which a case is put.
Report baseReport()
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("示例镇人民政府");
    r.details.year = 2023;
    r.details.date = QDate(2024, 2, 20);
    r.details.publishedOn = QStringLiteral("2024-02-22 10:20");
    Part measures = makePart(PartKind::Measures, {});
    measures.sections.append(makeSection(QStringLiteral("强化组织领导，压实法治建设责任。"),
                                         {QStringLiteral("镇党委、政府把法治政府建设纳入全镇发展总体规划，全年召开专题会议6次。")}));
    measures.sections.append(makeSection(QStringLiteral("加强法治宣传教育，营造浓厚法治氛围。"),
                                         {QStringLiteral("全年开展法治宣传活动56场次，发放宣传资料8600余份。")}));
    r.parts.append(measures);
    r.parts.append(makePart(PartKind::LeadersDuty,
                            {QStringLiteral("镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治政府建设工作4次。")}));
    r.parts.append(makePart(PartKind::Shortcomings,
                            {QStringLiteral("一是部分干部运用法治思维解决问题的能力还不够强，主要是学法用法的长效机制尚未健全；"
                                            "二是基层执法力量相对薄弱，原因在于执法人员数量不足。")}));
    r.parts.append(makePart(PartKind::Plans,
                            {QStringLiteral("2024年，我镇将深入学习贯彻习近平法治思想，健全依法决策机制，推动法治政府建设再上新台阶。")}));
    return r;
}

struct Case {
    QString rule;  // expected rule, or "clean"
    QString text;
    int line = 0;
};

QList<Case> readCases()
{
    QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/checks/cases.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QList<Case> cases;
    int n = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++n;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const int tab = int(line.indexOf(u'\t'));
        EXPECT_GT(tab, 0) << "line " << n;
        if (tab > 0)
            cases.append({line.left(tab), line.mid(tab + 1), n});
    }
    return cases;
}

// The report a case describes; `nodes` receives the nodes the case's text went into.
Report reportFor(const Case &c, QSet<QUuid> &nodes)
{
    Report r = baseReport();
    const QString text = c.text;
    auto list = [&](const QString &prefix) { return text.mid(prefix.size()).split(u'|'); };
    if (text.startsWith(QStringLiteral("§parts:"))) {
        const QStringList headings = list(QStringLiteral("§parts:"));
        for (int i = 0; i < headings.size() && i < r.parts.size(); ++i) {
            r.parts[i].heading = headings.at(i);
            nodes.insert(r.parts[i].id);
        }
    } else if (text.startsWith(QStringLiteral("§leads:"))) {
        r.parts[0].sections.clear();
        for (const QString &lead : list(QStringLiteral("§leads:"))) {
            r.parts[0].sections.append(makeSection(lead, {QStringLiteral("全年开展专项活动12次，取得良好成效。")},
                                                   HeadingStyle::Standalone));
            nodes.insert(r.parts[0].sections.last().id);
        }
    } else if (text.startsWith(QStringLiteral("§runin:"))) {
        r.parts[0].sections.append(makeSection(text.mid(7), {QStringLiteral("全年开展专项活动12次，取得良好成效。")}));
        nodes.insert(r.parts[0].sections.last().id);
    } else if (text.startsWith(QStringLiteral("§body:"))) {
        for (const QString &p : list(QStringLiteral("§body:"))) {
            r.parts[1].intro.paragraphs.append(Paragraph{newId(), p});
            nodes.insert(r.parts[1].intro.paragraphs.last().id);
        }
    } else if (text.startsWith(QStringLiteral("§sbody:"))) {
        for (const QString &p : list(QStringLiteral("§sbody:"))) {
            r.parts[0].sections[1].body.paragraphs.append(Paragraph{newId(), p});
            nodes.insert(r.parts[0].sections[1].body.paragraphs.last().id);
        }
    } else {
        r.parts[0].sections[1].body.paragraphs.append(Paragraph{newId(), text});
        nodes.insert(r.parts[0].sections[1].body.paragraphs.last().id);
    }
    return r;
}

// The rules this corpus measures (the wording rules of the TermList count as standard-term).
const QSet<QString> &measuredRules()
{
    static const QSet<QString> rules{QStringLiteral("typo"), QStringLiteral("time-expression"), QStringLiteral("repeated-word"), RuleId::StandardTerm,
                                     RuleId::OfficialTitle, QStringLiteral("fixed-phrase"), QStringLiteral("title-punctuation"),
                                     QStringLiteral("heading-punctuation"), QStringLiteral("heading-numbering")};
    return rules;
}

bool sameKind(const QString &expected, const QString &rule)
{
    return rule == expected || (expected == RuleId::StandardTerm && rule == RuleId::OfficialTitle);
}

bool atWarning(const Finding &f) { return f.severity != Severity::Hint; }

std::string dump(const QList<Finding> &findings)
{
    QString s;
    for (const Finding &f : findings)
        s += toDisplayLine(f) + QStringLiteral("  «") + f.quote + QStringLiteral("»\n");
    return s.toStdString();
}

QList<Finding> findingsOf(const Case &c, QSet<QUuid> *outNodes = nullptr)
{
    QSet<QUuid> nodes;
    const Report r = reportFor(c, nodes);
    QList<Finding> out;
    for (const Finding &f : checkReport(r, CheckContext())) {
        if (nodes.contains(f.node))
            out.append(f);
    }
    if (outNodes)
        *outNodes = nodes;
    return out;
}

}  // namespace

TEST(ProofreadCorpus, TheBaseReportIsClean)
{
    const QList<Finding> f = checkReport(baseReport(), CheckContext());
    EXPECT_TRUE(f.isEmpty()) << dump(f);
}

TEST(ProofreadCorpus, RecallAndPrecisionMeetTheIssuesThresholds)
{
    const QList<Case> cases = readCases();
    int faulty = 0, clean = 0;
    for (const Case &c : cases)
        (c.rule == QLatin1String("clean") ? clean : faulty)++;
    ASSERT_GE(faulty, 150);
    ASSERT_GE(clean, 40);

    QHash<QString, std::pair<int, int>> perRule;  // found, total
    int found = 0, foundAtWarning = 0, truePositives = 0, warnings = 0, cleanAlarms = 0, cleanHints = 0;
    for (const Case &c : cases) {
        SCOPED_TRACE(QStringLiteral("line %1: %2").arg(c.line).arg(c.text).toStdString());
        const QList<Finding> findings = findingsOf(c);
        if (c.rule == QLatin1String("clean")) {
            // Headings typed into a part's text are an enumeration finding of their own, however well numbered.
            const bool typedHeadings = c.text.startsWith(QStringLiteral("§body:")) || c.text.startsWith(QStringLiteral("§sbody:"));
            for (const Finding &f : findings) {
                if (typedHeadings && f.rule == RuleId::Enumeration)
                    continue;
                if (atWarning(f)) {
                    ++cleanAlarms;
                    ADD_FAILURE() << "false alarm on a clean text:\n" << dump({f});
                } else {
                    ++cleanHints;
                }
                if (atWarning(f) && measuredRules().contains(f.rule))
                    ++warnings;
            }
            continue;
        }
        EXPECT_TRUE(ruleInfo(c.rule).has_value()) << "unknown rule " << c.rule.toStdString();
        bool hit = false, hitAtWarning = false;
        for (const Finding &f : findings) {
            const bool right = sameKind(c.rule, f.rule);
            hit = hit || right;
            hitAtWarning = hitAtWarning || (right && atWarning(f));
            if (atWarning(f) && measuredRules().contains(f.rule)) {
                ++warnings;
                if (right)
                    ++truePositives;
                else
                    ADD_FAILURE() << "finding of another kind than marked:\n" << dump({f});
            }
        }
        if (!hit)
            ADD_FAILURE() << "missed (" << c.rule.toStdString() << "):\n" << dump(findings);
        found += hit;
        foundAtWarning += hitAtWarning;
        auto &[ruleFound, ruleTotal] = perRule[c.rule];
        ruleFound += hit;
        ++ruleTotal;
    }
    const double recall = double(found) / faulty;
    const double precision = warnings ? double(truePositives) / warnings : 1.0;
    std::printf("proofreading corpus: %d faulty, %d clean texts\n", faulty, clean);
    std::printf("  recall %.1f %% (%d/%d; at warning level %d), precision at warning level %.1f %% (%d/%d)\n",
                100 * recall, found, faulty, foundAtWarning, 100 * precision, truePositives, warnings);
    std::printf("  clean texts: %d false alarms, %d hints\n", cleanAlarms, cleanHints);
    QStringList rules = perRule.keys();
    rules.sort();
    for (const QString &rule : std::as_const(rules)) {
        const auto [ruleFound, ruleTotal] = perRule.value(rule);
        std::printf("  %-20s %3d/%3d\n", qPrintable(rule), ruleFound, ruleTotal);
        EXPECT_GE(double(ruleFound) / ruleTotal, 0.70) << rule.toStdString();
    }
    EXPECT_GE(recall, 0.70);
    EXPECT_GE(precision, 0.90);
    EXPECT_EQ(cleanAlarms, 0);
}

// Clean reports written in the style of published ones: imported as text, no warning at all.
TEST(ProofreadCorpus, CleanReportsGiveNoWarnings)
{
    const QDir dir(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/checks"));
    const QStringList files = dir.entryList({QStringLiteral("clean-*.txt")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 2);
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const auto text = decodeText(f.readAll());
        ASSERT_TRUE(text.ok());
        const Report r = parseReportText(text.value());
        ASSERT_GE(r.parts.size(), 4);
        QList<Finding> warnings;
        for (const Finding &f : checkReport(r, CheckContext())) {
            if (atWarning(f))
                warnings.append(f);
        }
        EXPECT_TRUE(warnings.isEmpty()) << dump(warnings);
    }
}

// The real sample (published with faults) gets no warning from these rules that it did not get before:
// its inconsistent part headings and 法治政府建设第一责任人 are hints.
TEST(ProofreadCorpus, TheSampleGetsNoNewWarnings)
{
    FAZHI_REQUIRE_SAMPLE();
    QFile f(test::samplePath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const Report r = parseReportText(decodeText(f.readAll()).value());
    static const QSet<QString> added{QStringLiteral("typo"), QStringLiteral("time-expression"), QStringLiteral("repeated-word"), QStringLiteral("fixed-phrase"),
                                     QStringLiteral("title-punctuation"), QStringLiteral("heading-punctuation"), QStringLiteral("heading-numbering")};
    QList<Finding> warnings;
    for (const Finding &finding : checkReport(r, CheckContext())) {
        if (atWarning(finding) && added.contains(finding.rule))
            warnings.append(finding);
    }
    EXPECT_TRUE(warnings.isEmpty()) << dump(warnings);
}

// ---- single rules: what the fix makes of the text ------------------------------------------------------

namespace {

// Applies the first fix of `rule` until none is left; returns the paragraph's text.
QString fixed(const QString &rule, const QString &text)
{
    Case c{rule, text, 0};
    QSet<QUuid> nodes;
    Report r = reportFor(c, nodes);
    const QUuid id = *nodes.begin();
    for (int guard = 0; guard < 10; ++guard) {
        bool any = false;
        for (const Finding &f : checkNode(r, id, CheckContext())) {
            if (f.rule == rule && f.hasFix()) {
                EXPECT_TRUE(applyFix(r, f)) << toDisplayLine(f).toStdString();
                any = true;
                break;
            }
        }
        if (!any)
            break;
    }
    return *fieldText(r, id, QStringLiteral("text"));
}

}  // namespace

TEST(ProofreadRules, FixesRepairTheText)
{
    EXPECT_EQ(fixed(QStringLiteral("typo"), "认真布署，以身作责，再接再励。"), "认真部署，以身作则，再接再厉。");
    EXPECT_EQ(fixed(QStringLiteral("typo"), "截止2023年底，建立台帐12本。"), "截至2023年底，建立台账12本。");
    EXPECT_EQ(fixed(QStringLiteral("time-expression"), "2023年来，截止目前已完成。"), "2023年以来，截至目前已完成。");
    EXPECT_EQ(fixed(QStringLiteral("repeated-word"), "进一步进一步加强的的工作。"), "进一步加强的工作。");
    EXPECT_EQ(fixed(RuleId::StandardTerm, "学习二十届党的三中全会和党的20大精神。"), "学习党的二十届三中全会和党的二十大精神。");
    EXPECT_EQ(fixed(RuleId::StandardTerm, "运用法制思维推进法制乡村建设。"), "运用法治思维推进法治乡村建设。");
    EXPECT_EQ(fixed(RuleId::StandardTerm, "实施“八五”普法规划（2020—2025年）。"), "实施“八五”普法规划（2021—2025年）。");
    EXPECT_EQ(fixed(QStringLiteral("fixed-phrase"), "司法所综治中心派出所联合排查。"), "司法所、综治中心、派出所联合排查。");
    EXPECT_EQ(fixed(QStringLiteral("fixed-phrase"), "向县委全面依法治县委员报告法治政府年度报告。"),
              "向县委全面依法治县委员会报告法治政府建设年度报告。");
    EXPECT_EQ(fixed(QStringLiteral("title-punctuation"), "学习《宪法》、《民法典》和\"以案释法\"。"), "学习《宪法》《民法典》和“以案释法”。");
}

TEST(ProofreadRules, DisabledRulesAreSilent)
{
    CheckContext context;
    for (const QString &rule : {QStringLiteral("typo"), QStringLiteral("repeated-word"), QStringLiteral("fixed-phrase")})
        context.disabledRules.insert(rule);
    Report r = baseReport();
    r.parts[0].sections[1].body.paragraphs.append(Paragraph{newId(), QStringLiteral("认真布署工作工作，司法所派出所联合排查。")});
    const QList<Finding> f = checkReport(r, context);
    EXPECT_TRUE(f.isEmpty()) << dump(f);
}

TEST(ProofreadRules, EveryNewRuleIsListedWithItsTexts)
{
    for (const QString &id : {QStringLiteral("typo"), QStringLiteral("time-expression"), QStringLiteral("repeated-word"), QStringLiteral("fixed-phrase"),
                              QStringLiteral("title-punctuation"), QStringLiteral("heading-punctuation"), QStringLiteral("heading-numbering")}) {
        const auto info = ruleInfo(id);
        ASSERT_TRUE(info.has_value()) << id.toStdString();
        EXPECT_FALSE(info->title.isEmpty());
        EXPECT_FALSE(info->description.isEmpty());
    }
    EXPECT_EQ(ruleInfo(QStringLiteral("heading-punctuation"))->scope, RuleScope::Report);
}

// Headings compared across the report: a re-check after editing one heading equals a full check.
TEST(ProofreadRules, HeadingPunctuationFollowsEdits)
{
    Report r = baseReport();
    const QStringList headings{"2023年工作回顾", "党政主要负责人履职情况", "存在的不足和原因", "2024年度工作安排"};
    for (int i = 0; i < 4; ++i)
        r.parts[i].heading = headings.at(i);
    QList<Finding> findings = checkReport(r, CheckContext());
    EXPECT_TRUE(findings.isEmpty()) << dump(findings);
    ASSERT_TRUE(setNodeField(r, r.parts[1].id, "heading", "党政主要负责人履职情况。"));
    recheckNode(findings, r, r.parts[1].id, CheckContext());
    EXPECT_EQ(findings, checkReport(r, CheckContext()));
    ASSERT_EQ(findings.size(), 1) << dump(findings);
    EXPECT_EQ(findings.first().rule, QStringLiteral("heading-punctuation"));
    EXPECT_EQ(findings.first().severity, Severity::Hint);  // a part may open with a run-in lead sentence
    ASSERT_TRUE(applyFix(r, findings.first()));
    EXPECT_EQ(r.parts[1].heading, "党政主要负责人履职情况");
    recheckNode(findings, r, r.parts[1].id, CheckContext());
    EXPECT_TRUE(findings.isEmpty()) << dump(findings);
}

// ---- grouping of repeated findings -----------------------------------------------------------------------

TEST(ProofreadGrouping, RepeatedHalfwidthMarksAreOneFindingWithOneFix)
{
    Report r = baseReport();
    const QUuid id = newId();
    const QString pasted = QStringLiteral("全年开展宣传活动56场次,发放资料8600余份,受教育群众1.2万人次;"
                                          "化解矛盾纠纷946件,调解成功率98%。");
    r.parts[0].sections[1].body.paragraphs.append(Paragraph{id, pasted});
    const QList<Finding> single = checkReport(r, CheckContext());
    ASSERT_EQ(single.size(), 4) << dump(single);

    CheckContext grouped;
    grouped.groupRepeated = true;
    const QList<Finding> g = checkReport(r, grouped);
    ASSERT_EQ(g.size(), 1) << dump(g);
    EXPECT_EQ(g.first().count, 4);
    EXPECT_EQ(g.first().places.size(), 4);
    EXPECT_EQ(g.first().rule, RuleId::HalfwidthPunctuation);
    EXPECT_TRUE(g.first().message.contains(QStringLiteral("4"))) << g.first().message.toStdString();
    EXPECT_EQ(countFindings(g).warnings, 1);
    EXPECT_EQ(groupedCount(g.first()), 4);
    // One fix repairs all four.
    ASSERT_TRUE(applyFix(r, g.first()));
    EXPECT_EQ(*fieldText(r, id, "text"), QStringLiteral("全年开展宣传活动56场次，发放资料8600余份，受教育群众1.2万人次；"
                                                        "化解矛盾纠纷946件，调解成功率98%。"));
    EXPECT_TRUE(checkReport(r, grouped).isEmpty());
    // JSON names the count and the places.
    const QJsonObject o = toJson(g.first());
    EXPECT_EQ(o.value("count").toInt(), 4);
    EXPECT_EQ(o.value("places").toArray().size(), 4);
}

TEST(ProofreadGrouping, TwoOfAKindStaySingleAndIncrementalEqualsFull)
{
    Report r = baseReport();
    const QUuid a = newId(), b = newId();
    r.parts[0].sections[1].body.paragraphs.append(Paragraph{a, QStringLiteral("开展活动5场,发放资料600份。")});
    r.parts[0].sections[1].body.paragraphs.append(Paragraph{b, QStringLiteral("开展活动5场,发放资料600份,受众1000人;满意率98%。")});
    CheckContext grouped;
    grouped.groupRepeated = true;
    QList<Finding> findings = checkReport(r, grouped);
    ASSERT_EQ(findings.size(), 2) << dump(findings);
    EXPECT_EQ(findings.at(0).count, 1);
    EXPECT_EQ(findings.at(1).count, 3);
    ASSERT_TRUE(setNodeField(r, a, "text", QStringLiteral("开展活动5场,发放资料600份,受众1000人,满意率98%。")));
    recheckNode(findings, r, a, grouped);
    EXPECT_EQ(findings, checkReport(r, grouped));
    EXPECT_EQ(findings.at(0).count, 3);
}

// ---- user lists in plain text ----------------------------------------------------------------------------

TEST(ProofreadUserLists, PlainTextListsAreReadWithTheirErrors)
{
    const QString text = QStringLiteral(
        "# 某县司法局 规范提法\n"
        "\n"
        "援法议事活动 => “援法议事”  # 本县规范提法\n"
        "三治合一，三治结合\t“三治融合”\n"
        "《某县矛盾纠纷多元化解条例》\n"
        "=> 缺错词\n"
        "司法所长 => 司法所所长\n"
        "只有一个普通词\n");
    const TermList::PlainText list = TermList::parsePlainText(text);
    ASSERT_EQ(list.entries.size(), 4);
    ASSERT_EQ(list.errors.size(), 2);
    EXPECT_TRUE(list.errors.first().contains(QStringLiteral("6"))) << list.errors.first().toStdString();
    EXPECT_TRUE(list.errors.last().contains(QStringLiteral("只有一个普通词")));
    EXPECT_EQ(list.entries.at(0).canonical, QStringLiteral("“援法议事”"));
    EXPECT_EQ(list.entries.at(0).variants, QStringList{QStringLiteral("援法议事活动")});
    EXPECT_EQ(list.entries.at(0).note, QStringLiteral("本县规范提法"));
    EXPECT_EQ(list.entries.at(1).variants, (QStringList{QStringLiteral("三治合一"), QStringLiteral("三治结合")}));
    EXPECT_EQ(list.entries.at(2).kind, TermKind::Document);

    CheckContext context;
    for (const TermEntry &e : list.entries)
        context.terms.add(e);
    Report r = baseReport();
    r.parts[0].sections[1].body.paragraphs.append(Paragraph{newId(), QStringLiteral("推行三治结合，落实司法所长例会制度。")});
    const QList<Finding> f = checkReport(r, context);
    ASSERT_EQ(f.size(), 2) << dump(f);
    EXPECT_EQ(*f.at(0).fix, QStringLiteral("“三治融合”"));
    EXPECT_EQ(*f.at(1).fix, QStringLiteral("司法所所长"));

    // Written out and read back: the same entries.
    const TermList::PlainText again = TermList::parsePlainText(TermList::toPlainText(list.entries));
    EXPECT_TRUE(again.errors.isEmpty());
    EXPECT_EQ(again.entries, list.entries);
    // A file without entries says so.
    EXPECT_EQ(TermList::parsePlainText(QStringLiteral("# 只有注释\n\n")).errors.size(), 1);
}

// ---- the false alarms of published reports ---------------------------------------------------------------

TEST(ProofreadFalseAlarms, VagueYearWordsAreHints)
{
    Report r = baseReport();
    r.parts[0].sections[1].body.paragraphs.append(
        Paragraph{newId(), QStringLiteral("今年以来，全镇共办理行政复议案件3件，本年度与去年相比减少2件。")});
    const QList<Finding> f = checkReport(r, CheckContext());
    ASSERT_EQ(f.size(), 3) << dump(f);
    for (const Finding &finding : f) {
        EXPECT_EQ(finding.rule, RuleId::YearConsistency);
        EXPECT_EQ(finding.severity, Severity::Hint);
    }
}

TEST(ProofreadFalseAlarms, TheTitleNamesTheOrganizationInItsShortForm)
{
    auto titleFindings = [](const QString &organization, const QString &title) {
        Report r = baseReport();
        r.details.organization = organization;
        r.details.title = title;
        QList<Finding> out;
        for (const Finding &f : checkReport(r, CheckContext())) {
            if (f.rule == RuleId::Title && f.severity != Severity::Hint)
                out.append(f);
        }
        return out;
    };
    EXPECT_TRUE(titleFindings("兴化市陶庄镇人民政府", "陶庄镇2023年度法治政府建设情况报告").isEmpty());
    EXPECT_TRUE(titleFindings("江苏省兴化市陶庄镇人民政府", "中共陶庄镇委员会 陶庄镇人民政府2023年度法治政府建设情况报告").isEmpty());
    EXPECT_TRUE(titleFindings("兴化市陶庄镇人民政府", "关于陶庄镇2023年度法治政府建设情况的报告").isEmpty());
    EXPECT_TRUE(titleFindings("南山街道办事处", "南山街道2023年度法治政府建设情况报告").isEmpty());
    // Another township is still another organization.
    EXPECT_EQ(titleFindings("兴化市陶庄镇人民政府", "戴南镇2023年度法治政府建设情况报告").size(), 1);
    // No organization set, but the title names one: a hint (import missed it), not a warning.
    EXPECT_TRUE(titleFindings(QString(), "陶庄镇2023年度法治政府建设情况报告").isEmpty());
    EXPECT_EQ(titleFindings(QString(), "2023年度法治政府建设情况报告").size(), 1);
}

// ---- the command line: grouped findings, --fix-all, the office's list ---------------------------------

TEST(ProofreadCli, FixAllAndTheOfficesWordList)
{
#ifdef Q_OS_WIN
    GTEST_SKIP() << "fazhi-cli keeps the list in the settings: the registry on Windows, which the test may not touch";
#else
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath("config")));
    const QString ws = dir.filePath("ws.fazhi");
    auto cli = [&](const QStringList &args) { return test::runCli(QStringList{"--workspace", ws} + args); };

    const QString report = dir.filePath("report.txt");
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告\n\n一、2023年工作回顾\n\n"
                           "（一）强化组织领导。全年开展宣传活动56场次,发放资料8600余份,受教育群众1.2万人次;推行三治结合。\n\n"
                           "二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n镇党委书记、镇长主持召开专题会议4次。\n\n"
                           "三、存在的不足和原因\n\n部分干部法治意识不强，主要是学法制度落实不够。\n\n"
                           "四、2024年度工作安排\n\n2024年，我镇将健全依法决策机制。\n\n示例镇人民政府\n2024年2月20日\n")
                .toUtf8());
    f.close();
    const test::ProcessResult imported = cli({"import", report});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const QString id = imported.outText().trimmed();

    // The three half-width marks are one finding, and the total line names the command that fixes them.
    const test::ProcessResult checked = cli({"check", id});
    EXPECT_EQ(checked.outText().count(QStringLiteral("\thalfwidth-punctuation\t")), 1) << checked.outText().toStdString();
    EXPECT_TRUE(checked.outText().contains(QStringLiteral("--fix-all halfwidth-punctuation")));
    EXPECT_EQ(cli({"check", id, "--each"}).outText().count(QStringLiteral("\thalfwidth-punctuation\t")), 3);

    // The office's list from a text file: the bad line is named, the entry is used by check.
    const QString list = dir.filePath("list.txt");
    QFile l(list);
    ASSERT_TRUE(l.open(QIODevice::WriteOnly));
    l.write(QStringLiteral("# 本县\n三治结合 => “三治融合”\n不是词条 =>\n").toUtf8());
    l.close();
    const test::ProcessResult importedList = cli({"terms", "import", list});
    EXPECT_EQ(importedList.exitCode, 0) << importedList.errText().toStdString();
    EXPECT_TRUE(importedList.errText().contains(QStringLiteral("3"))) << importedList.errText().toStdString();
    EXPECT_TRUE(cli({"terms", "list"}).outText().contains(QStringLiteral("三治结合 => “三治融合”")));
    EXPECT_TRUE(cli({"check", id}).outText().contains(QStringLiteral("“三治融合”")));

    // --fix-all repairs every place of the rule and checks again.
    const test::ProcessResult fixed = cli({"check", id, "--fix-all", "halfwidth-punctuation"});
    EXPECT_TRUE(fixed.errText().contains(QStringLiteral("3"))) << fixed.errText().toStdString();
    EXPECT_FALSE(fixed.outText().contains(QStringLiteral("halfwidth-punctuation")));
    EXPECT_TRUE(cli({"show", id}).outText().contains(QStringLiteral("56场次，发放资料8600余份，受教育群众1.2万人次；")));
    EXPECT_EQ(cli({"check", id, "--fix-all", "no-such-rule"}).exitCode, 2);

    EXPECT_EQ(cli({"terms", "clear"}).exitCode, 0);
    EXPECT_FALSE(cli({"check", id}).outText().contains(QStringLiteral("“三治融合”")));
    const test::ProcessResult missing = cli({"terms", "import", dir.filePath("missing.txt")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_FALSE(missing.errText().isEmpty());
    if (oldConfig.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
#endif
}
