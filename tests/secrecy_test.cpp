// The secrecy preflight (core/check/SecrecyRules.cpp): every rule finds its planted cases, with the
// quote, severity and fix it claims, and stays silent on report language that merely resembles them;
// the sample, the test reports and the clean corpus give no secrecy finding at all.
#include "TestSupport.h"

#include "check/Checker.h"
#include "check/Finding.h"
#include "check/Rules.h"
#include "import/TextImporter.h"
#include "model/ReportEdit.h"
#include "storage/Workspace.h"
#include "workflow/ReviewWorkflow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fazhi;
using namespace fazhi::check;

namespace {

Report reportWith(const QStringList &paragraphs)
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("示例镇人民政府");
    r.details.year = 2023;
    Part part;
    part.id = newId();
    part.kind = PartKind::Measures;
    Section s;
    s.id = newId();
    s.lead = QStringLiteral("严格规范公正文明执法。");
    for (const QString &p : paragraphs)
        s.body.paragraphs.append(Paragraph{newId(), p});
    part.sections.append(s);
    r.parts.append(part);
    return r;
}

QList<Finding> secrecyOf(const QString &text, const CheckContext &context = CheckContext())
{
    return checkSecrecy(reportWith({text}), context);
}

std::string dump(const QList<Finding> &findings)
{
    QString s;
    for (const Finding &f : findings)
        s += toDisplayLine(f) + QStringLiteral("  «") + f.quote + QStringLiteral("»\n");
    return s.toStdString();
}

// `text` gives exactly the findings `expected` lists: rule, severity and quote each.
struct Expected {
    QString rule;
    Severity severity;
    QString quote;
};

void expectFindings(const QString &text, const QList<Expected> &expected, const CheckContext &context = CheckContext())
{
    SCOPED_TRACE(text.toStdString());
    const QList<Finding> found = secrecyOf(text, context);
    ASSERT_EQ(found.size(), expected.size()) << dump(found);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(found[i].rule, expected[i].rule) << dump(found);
        EXPECT_EQ(found[i].severity, expected[i].severity) << dump(found);
        EXPECT_EQ(found[i].quote, expected[i].quote) << dump(found);
        EXPECT_FALSE(found[i].message.isEmpty());
    }
}

void expectOne(const QString &text, const QString &rule, Severity severity, const QString &quote,
               const CheckContext &context = CheckContext())
{
    expectFindings(text, {Expected{rule, severity, quote}}, context);
}

void expectSilent(const QString &text, const CheckContext &context = CheckContext())
{
    const QList<Finding> found = secrecyOf(text, context);
    EXPECT_TRUE(found.isEmpty()) << text.toStdString() << "\n" << dump(found);
}

// The check digit of GB 11643 (ISO 7064 MOD 11-2), computed here independently of the rule.
QString withCheckDigit(const QString &first17)
{
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * w[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

QString fixed(const QString &text, const Finding &f)
{
    const std::optional<QString> out = applyFix(text, f);
    return out ? *out : QStringLiteral("<no fix>");
}

const QString kId = QStringLiteral("320123199001011234");       // valid check digit
const QString kIdX = QStringLiteral("11010519491231002X");      // the standard's example
const QString kCard = QStringLiteral("6222021200001234561");    // 19 digits, Luhn
const QString kCard16 = QStringLiteral("4367420123456781");     // 16 digits, Luhn

}  // namespace

// ---- ID numbers ----------------------------------------------------------------------------------

TEST(SecrecyId, EighteenDigitsWithTheirCheckDigit)
{
    EXPECT_EQ(withCheckDigit(QStringLiteral("32012319900101123")), kId);
    EXPECT_EQ(withCheckDigit(QStringLiteral("11010519491231002")), kIdX);
    const Severity E = Severity::Error;
    expectFindings(QStringLiteral("当事人张三丰（身份证号") + kId + QStringLiteral("）无证经营。"),
                   {{RuleId::SecrecyParty, Severity::Warning, QStringLiteral("张三丰")}, {RuleId::SecrecyIdNumber, E, kId}});
    expectOne(QStringLiteral("身份证号码：") + kIdX, RuleId::SecrecyIdNumber, E, kIdX);
    expectOne(QStringLiteral("身份证号码：11010519491231002x。"), RuleId::SecrecyIdNumber, E, QStringLiteral("11010519491231002x"));
    expectOne(QStringLiteral("公民身份号码") + withCheckDigit(QStringLiteral("44052418800101001")) + QStringLiteral("的申请人"),
              RuleId::SecrecyIdNumber, E, withCheckDigit(QStringLiteral("44052418800101001")));
    // Full-width digits, and an ID followed by text without a break.
    expectOne(QStringLiteral("身份证３２０１２３１９９００１０１１２３４号码"), RuleId::SecrecyIdNumber, E,
              QStringLiteral("３２０１２３１９９００１０１１２３４"));
    // Grouped as people copy them from a form: 6 8 4.
    expectOne(QStringLiteral("身份证号 320123 19900101 1234，"), RuleId::SecrecyIdNumber, E, QStringLiteral("320123 19900101 1234"));
    // Several in one paragraph.
    const QString second = withCheckDigit(QStringLiteral("32108119781105452"));
    expectFindings(QStringLiteral("申请人") + kId + QStringLiteral("、") + second + QStringLiteral("二人"),
                   {{RuleId::SecrecyIdNumber, E, kId}, {RuleId::SecrecyIdNumber, E, second}});
}

TEST(SecrecyId, TheOldFifteenDigitForm)
{
    expectOne(QStringLiteral("身份证号320123900101123，"), RuleId::SecrecyIdNumber, Severity::Error, QStringLiteral("320123900101123"));
    // No real date of birth, no province: a 15-digit number that is not an ID.
    expectSilent(QStringLiteral("编号320123901301123，"));
    expectSilent(QStringLiteral("编号990123900101123，"));
}

TEST(SecrecyId, AWrongCheckDigitIsAWarning)
{
    // Province and date of birth right, check digit wrong: a mistyped ID or another code.
    expectOne(QStringLiteral("身份证号320123199001011235，"), RuleId::SecrecyIdNumber, Severity::Warning,
              QStringLiteral("320123199001011235"));
    // No such date (2001 is not a leap year), no province 99: not an ID.
    expectSilent(QStringLiteral("编号510107200102290013，"));
    expectSilent(QStringLiteral("编号990107200101010013，"));
}

TEST(SecrecyId, PartlyMaskedNumbers)
{
    const Severity E = Severity::Error;
    // Masked enough: the date of birth is hidden.
    expectSilent(QStringLiteral("当事人王某某（身份证号320123********1234）"));
    expectSilent(QStringLiteral("身份证号3201**********1234"));
    expectSilent(QStringLiteral("身份证号3******************"));
    expectSilent(QStringLiteral("身份证号320123××××××××1234"));
    expectSilent(QStringLiteral("身份证号320123＊＊＊＊＊＊＊＊123X"));
    // Not enough: one to four digits hidden, or the date of birth showing.
    for (const QString &id : {QStringLiteral("32012319900101123*"), QStringLiteral("3201231990010112**"),
                              QStringLiteral("320123199001011***"), QStringLiteral("32012319900101****"),
                              QStringLiteral("3201231990xxxx1234"), QStringLiteral("32****199001011234")}) {
        const QString text = QStringLiteral("身份证号") + id + QStringLiteral("，");
        expectOne(text, RuleId::SecrecyIdNumber, E, id);
        const QList<Finding> f = secrecyOf(text);
        ASSERT_EQ(f.size(), 1);
        ASSERT_TRUE(f.first().hasFix());
        // The fix hides the date of birth, and then the rule is satisfied.
        const QString after = fixed(text, f.first());
        EXPECT_EQ(after.mid(4 + 6, 8), QStringLiteral("********")) << after.toStdString();
        expectSilent(after);
    }
    expectOne(QStringLiteral("身份证号320123900101***，"), RuleId::SecrecyIdNumber, E, QStringLiteral("320123900101***"));
    expectSilent(QStringLiteral("身份证号320123******123，"));
}

// ---- phones --------------------------------------------------------------------------------------

TEST(SecrecyPhone, MobileNumbers)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("联系电话13812345678。"), RuleId::SecrecyPhone, E, QStringLiteral("13812345678"));
    expectOne(QStringLiteral("手机：138-1234-5678"), RuleId::SecrecyPhone, E, QStringLiteral("138-1234-5678"));
    expectOne(QStringLiteral("手机 138 1234 5678，"), RuleId::SecrecyPhone, E, QStringLiteral("138 1234 5678"));
    expectOne(QStringLiteral("电话+86 19912345678"), RuleId::SecrecyPhone, E, QStringLiteral("86 19912345678"));
    expectOne(QStringLiteral("投诉人（电话１５９５２３４５６７８）反映"), RuleId::SecrecyPhone, E, QStringLiteral("１５９５２３４５６７８"));
    expectOne(QStringLiteral("其子17712345678多次来访"), RuleId::SecrecyPhone, E, QStringLiteral("17712345678"));
    // The message offers the masked form.
    EXPECT_TRUE(secrecyOf(QStringLiteral("电话13812345678")).first().message.contains(QStringLiteral("138****5678")));
}

TEST(SecrecyPhone, Landlines)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("联系电话：0523-83251234。"), RuleId::SecrecyPhone, E, QStringLiteral("0523-83251234"));
    expectOne(QStringLiteral("值班电话010-65123456"), RuleId::SecrecyPhone, E, QStringLiteral("010-65123456"));
    expectOne(QStringLiteral("电话（0523）83251234"), RuleId::SecrecyPhone, E, QStringLiteral("（0523）83251234"));
    expectOne(QStringLiteral("电话(025)8325-1234"), RuleId::SecrecyPhone, E, QStringLiteral("(025)8325-1234"));
    expectOne(QStringLiteral("电话0523 8325 1234，"), RuleId::SecrecyPhone, E, QStringLiteral("0523 8325 1234"));
    expectOne(QStringLiteral("拨打052383251234咨询"), RuleId::SecrecyPhone, E, QStringLiteral("052383251234"));
    expectOne(QStringLiteral("座机0523-83251234-801"), RuleId::SecrecyPhone, E, QStringLiteral("0523-83251234-801"));
    expectOne(QStringLiteral("电话0523—83251234，"), RuleId::SecrecyPhone, E, QStringLiteral("0523—83251234"));
    expectOne(QStringLiteral("电话０５２３－８３２５１２３４，"), RuleId::SecrecyPhone, E, QStringLiteral("０５２３－８３２５１２３４"));
    expectSilent(QStringLiteral("《法治政府建设实施纲要（2021—2025年）》"));
    // A local number only after a word that names it a phone number.
    expectOne(QStringLiteral("联系电话：83251234。"), RuleId::SecrecyPhone, E, QStringLiteral("83251234"));
    expectSilent(QStringLiteral("全年累计投入资金83251234元。"));
}

TEST(SecrecyPhone, MaskedMobiles)
{
    expectSilent(QStringLiteral("联系电话138****5678。"));
    expectSilent(QStringLiteral("联系电话138＊＊＊＊5678。"));
    expectOne(QStringLiteral("联系电话1381234567*。"), RuleId::SecrecyPhone, Severity::Error, QStringLiteral("1381234567*"));
    expectOne(QStringLiteral("联系电话13812**5678。"), RuleId::SecrecyPhone, Severity::Error, QStringLiteral("13812**5678"));
    const QString text = QStringLiteral("电话13812**5678");
    EXPECT_EQ(fixed(text, secrecyOf(text).first()), QStringLiteral("电话138****5678"));
}

TEST(SecrecyPhone, PublicServiceNumbersAndTheOfficesOwn)
{
    for (const char *s : {"群众可拨打便民服务热线12345。", "公共法律服务热线12348为群众提供咨询。", "遇到紧急情况请拨打110、119、120。",
                          "开通400-123-4567服务热线。", "拨打12345-1转法律咨询。", "0523-12345政务服务热线",
                          "拨打12348江苏法网热线，或登录www.jsfw.gov.cn。"})
        expectSilent(QString::fromUtf8(s));
    EXPECT_TRUE(builtInPublicNumbers().contains(QStringLiteral("12348")));
    // The office's own published numbers: with or without the area code, any grouping.
    CheckContext context;
    context.publicContacts = {QStringLiteral("0523-83251234"), QStringLiteral("1390000 1111"), QStringLiteral("fzb@qq.com")};
    expectSilent(QStringLiteral("司法所电话：0523-83251234。"), context);
    expectSilent(QStringLiteral("司法所电话：（0523）83251234。"), context);
    expectSilent(QStringLiteral("司法所电话：83251234。"), context);
    expectSilent(QStringLiteral("值班手机13900001111。"), context);
    expectSilent(QStringLiteral("来信请寄FZB@qq.com。"), context);
    expectOne(QStringLiteral("司法所电话：0523-83251235。"), RuleId::SecrecyPhone, Severity::Error, QStringLiteral("0523-83251235"),
              context);
}

// ---- bank cards, e-mail, plates -------------------------------------------------------------------

TEST(SecrecyCard, LuhnNumbers)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("退还至当事人账户") + kCard + QStringLiteral("。"), RuleId::SecrecyBankCard, E, kCard);
    expectOne(QStringLiteral("卡号：4367 4201 2345 6781，"), RuleId::SecrecyBankCard, E, QStringLiteral("4367 4201 2345 6781"));
    expectOne(QStringLiteral("账号6228-4804-0256-4890-018"), RuleId::SecrecyBankCard, E, QStringLiteral("6228-4804-0256-4890-018"));
    expectOne(QStringLiteral("银行卡") + kCard16, RuleId::SecrecyBankCard, E, kCard16);
    // Not Luhn, or not a card's first digit: silent.
    expectSilent(QStringLiteral("账号6222021200001234562。"));
    expectSilent(QStringLiteral("编号1000000000000000000。"));
    expectSilent(QStringLiteral("卡号6222 **** **** 4561。"));
}

TEST(SecrecyEmail, Addresses)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("举报人邮箱zhangsan1990@163.com。"), RuleId::SecrecyEmail, E, QStringLiteral("zhangsan1990@163.com"));
    expectOne(QStringLiteral("邮箱：13812345678@qq.com"), RuleId::SecrecyEmail, E, QStringLiteral("13812345678@qq.com"));
    expectOne(QStringLiteral("邮箱ｌｉｓｉ＠ｇｍａｉｌ．ｃｏｍ，"), RuleId::SecrecyEmail, E, QStringLiteral("ｌｉｓｉ＠ｇｍａｉｌ．ｃｏｍ"));
    expectSilent(QStringLiteral("登录政府网www.example.gov.cn查阅，或发送邮件至fzb@example.gov.cn。"));
    expectSilent(QStringLiteral("意见可发送至xhsfj@taizhou.gov.cn。"));
    expectSilent(QStringLiteral("网址：http://www.example.gov.cn/fzzf?id=13812345678，欢迎查阅。"));
}

TEST(SecrecyPlate, Plates)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("查处苏M12345货车超限运输。"), RuleId::SecrecyPlate, E, QStringLiteral("苏M12345"));
    expectOne(QStringLiteral("车牌号为苏M·8A123的车辆"), RuleId::SecrecyPlate, E, QStringLiteral("苏M·8A123"));
    expectOne(QStringLiteral("新能源车苏AD12345违停"), RuleId::SecrecyPlate, E, QStringLiteral("苏AD12345"));
    expectOne(QStringLiteral("大型新能源车沪A12345F，"), RuleId::SecrecyPlate, E, QStringLiteral("沪A12345F"));
    expectOne(QStringLiteral("京Ａ１２３４５"), RuleId::SecrecyPlate, E, QStringLiteral("京Ａ１２３４５"));
    expectOne(QStringLiteral("教练车粤B1234学"), RuleId::SecrecyPlate, E, QStringLiteral("粤B1234学"));
    expectOne(QStringLiteral("车辆苏M-12345已扣押"), RuleId::SecrecyPlate, E, QStringLiteral("苏M-12345"));
    const QString text = QStringLiteral("查处苏M12345货车");
    EXPECT_EQ(fixed(text, secrecyOf(text).first()), QStringLiteral("查处苏M****5货车"));
    for (const char *s : {"网站备案号苏ICP备05012345号。", "苏M***45", "京津冀协同发展", "新ABCDE", "川A1B2C的型号",
                          "苏ABC12号文件"})
        expectSilent(QString::fromUtf8(s));
}

// ---- markings ------------------------------------------------------------------------------------

TEST(SecrecyMarking, LabelsWhereverTheyStand)
{
    const Severity E = Severity::Error;
    expectOne(QStringLiteral("（内部）全镇执法情况通报如下。"), RuleId::SecrecyMarking, E, QStringLiteral("（内部）"));
    expectOne(QStringLiteral("全镇执法情况通报如下（内部）"), RuleId::SecrecyMarking, E, QStringLiteral("（内部）"));
    expectOne(QStringLiteral("【内部资料，请勿外传】"), RuleId::SecrecyMarking, E, QStringLiteral("【内部资料，请勿外传】"));
    expectOne(QStringLiteral("内部资料，注意保存。"), RuleId::SecrecyMarking, E, QStringLiteral("内部资料"));
    expectOne(QStringLiteral("编印法治简报12期（内部资料）。"), RuleId::SecrecyMarking, E, QStringLiteral("（内部资料）"));
    expectOne(QStringLiteral("密级：秘密"), RuleId::SecrecyMarking, E, QStringLiteral("秘密"));
    expectOne(QStringLiteral("机密★1年"), RuleId::SecrecyMarking, E, QStringLiteral("机密★1年"));
    expectOne(QStringLiteral("绝密★长期 示例镇人民政府"), RuleId::SecrecyMarking, E, QStringLiteral("绝密★长期"));
    expectOne(QStringLiteral("秘密★6个月"), RuleId::SecrecyMarking, E, QStringLiteral("秘密★6个月"));
    expectOne(QStringLiteral("此件不宜公开。"), RuleId::SecrecyMarking, E, QStringLiteral("此件不宜公开"));
    expectOne(QStringLiteral("（此件不宜公开）"), RuleId::SecrecyMarking, E, QStringLiteral("（此件不宜公开）"));
    expectOne(QStringLiteral("（涉密）"), RuleId::SecrecyMarking, E, QStringLiteral("（涉密）"));
    expectOne(QStringLiteral("[工作秘密]"), RuleId::SecrecyMarking, E, QStringLiteral("[工作秘密]"));
    expectOne(QStringLiteral("〔内部参考〕"), RuleId::SecrecyMarking, E, QStringLiteral("〔内部参考〕"));
    expectOne(QStringLiteral("工作秘密，不得外传。"), RuleId::SecrecyMarking, E, QStringLiteral("工作秘密"));
    expectOne(QStringLiteral("示例镇2023年度法治政府建设情况报告 内部"), RuleId::SecrecyMarking, E, QStringLiteral("内部"));
    expectOne(QStringLiteral("本材料仅供内部参考，有关数据以统计部门公布为准。"), RuleId::SecrecyMarking, E, QStringLiteral("仅供内部参考"));
    expectOne(QStringLiteral("以下案件情况请勿外传：……"), RuleId::SecrecyMarking, E, QStringLiteral("请勿外传"));
    expectOne(QStringLiteral("（内部讨论稿）"), RuleId::SecrecyMarking, E, QStringLiteral("（内部讨论稿）"));
    expectOne(QStringLiteral("以下内容不宜公开。"), RuleId::SecrecyMarking, E, QStringLiteral("不宜公开"));
    expectOne(QStringLiteral("本节数据仅限内部使用。"), RuleId::SecrecyMarking, E, QStringLiteral("仅限内部使用"));
    expectOne(QStringLiteral("此件内部掌握"), RuleId::SecrecyMarking, E, QStringLiteral("此件内部掌握"));
    // Full-width and half-width brackets, a space before the marking.
    expectOne(QStringLiteral("情况报告(内部)"), RuleId::SecrecyMarking, E, QStringLiteral("(内部)"));
}

TEST(SecrecyMarking, ReportLanguageStaysSilent)
{
    for (const char *s : {
             "加强保密工作，组织开展保密教育培训2次，全体干部签订保密承诺书。",
             "健全内部控制制度，开展内部审计3次，规范内部管理。",
             "正确处理人民内部矛盾，把矛盾纠纷化解在基层。",
             "坚持全面从严治党，严肃党内政治生活，落实党内监督。",
             "组织学习《中华人民共和国保守国家秘密法》，增强保守国家秘密意识。",
             "严格落实涉密人员管理制度，对涉密载体实行登记管理，未发生失泄密事件。",
             "政府信息公开坚持以公开为常态、不公开为例外，除涉及国家秘密、商业秘密、个人隐私外全部公开。",
             "对依法不宜公开的信息，严格审查把关，全年未发生泄露国家秘密和工作秘密的情况。",
             "依法保护当事人的商业秘密和个人隐私。",
             "讲解“绝密”“机密”“秘密”三个密级的区别。",
             "国家秘密的密级分为绝密、机密、秘密三级。",
             "国家秘密的密级分为三级：绝密，机密，秘密。",
             "标注“内部资料”字样的文件不得对外提供。",
             "审核内部资料性出版物2种。",
             "加强机关内部协调，完善内部审批流程，推进部门内部层级监督。",
             "健全行政执法内部监督制约机制，开展内部执法案卷评查。",
             "落实重大执法决定法制审核制度，实行内部审核和外部监督相结合。",
             "完善党委（党组）理论学习中心组学法制度。",
             "对政府信息公开申请，依法作出不予公开答复1件。",
             "推动保密法治宣传，开展“保密宣传月”活动。",
             "妥善保管涉密文件，严格执行秘密载体管理规定。",
             "从内部、外部两个方面查找问题。",
             "对属于不宜公开范围的信息，以涉及个人隐私不宜公开为由依法不予公开。",
             "确属不宜公开的，向申请人说明理由。",
         })
        expectSilent(QString::fromUtf8(s));
}

// ---- parties -------------------------------------------------------------------------------------

TEST(SecrecyParty, NamesOfPartiesAreWarningsWithTheMaskedForm)
{
    const Severity W = Severity::Warning;
    expectOne(QStringLiteral("对当事人张三丰作出罚款处罚。"), RuleId::SecrecyParty, W, QStringLiteral("张三丰"));
    expectOne(QStringLiteral("被申请人李四未在规定期限内答复。"), RuleId::SecrecyParty, W, QStringLiteral("李四"));
    expectOne(QStringLiteral("被处罚人王建国已缴纳罚款。"), RuleId::SecrecyParty, W, QStringLiteral("王建国"));
    expectOne(QStringLiteral("信访人刘秀英多次到镇反映宅基地问题。"), RuleId::SecrecyParty, W, QStringLiteral("刘秀英"));
    expectOne(QStringLiteral("申请人：陈志强，男。"), RuleId::SecrecyParty, W, QStringLiteral("陈志强"));
    expectOne(QStringLiteral("涉案人员周海涛因非法采砂被立案查处。"), RuleId::SecrecyParty, W, QStringLiteral("周海涛"));
    expectOne(QStringLiteral("当事人为欧阳明辉。"), RuleId::SecrecyParty, W, QStringLiteral("欧阳明辉"));
    expectOne(QStringLiteral("孙丽（当事人）对处罚决定无异议。"), RuleId::SecrecyParty, W, QStringLiteral("孙丽"));
    expectOne(QStringLiteral("社区矫正对象赵磊按时报到。"), RuleId::SecrecyParty, W, QStringLiteral("赵磊"));
    expectOne(QStringLiteral("村民黄桂兰与邻居发生纠纷。"), RuleId::SecrecyParty, W, QStringLiteral("黄桂兰"));
    expectOne(QStringLiteral("当事人陈奕迅因噪声扰民被警告。"), RuleId::SecrecyParty, W, QStringLiteral("陈奕迅"));
    expectOne(QStringLiteral("举报人：林晓燕。"), RuleId::SecrecyParty, W, QStringLiteral("林晓燕"));
    expectOne(QStringLiteral("投诉人高明反映物业问题。"), RuleId::SecrecyParty, W, QStringLiteral("高明"));
    expectFindings(QStringLiteral("纠纷当事人张伟、李娜经调解达成协议。"),
                   {{RuleId::SecrecyParty, W, QStringLiteral("张伟")}, {RuleId::SecrecyParty, W, QStringLiteral("李娜")}});
    // The fix keeps the surname.
    const QString text = QStringLiteral("对当事人张三丰作出罚款处罚。");
    EXPECT_EQ(fixed(text, secrecyOf(text).first()), QStringLiteral("对当事人张某作出罚款处罚。"));
    const QString two = QStringLiteral("申请人欧阳明辉");
    EXPECT_EQ(fixed(two, secrecyOf(two).first()), QStringLiteral("申请人欧阳某"));
}

TEST(SecrecyParty, MaskedNamesAndCaseLanguageStaySilent)
{
    for (const char *s : {
             "对当事人王某某作出罚款处罚。",
             "对当事人张某作出警告处罚，当事人李某某主动缴纳罚款。",
             "当事人刘*、陈××、赵XX均表示服从处理。",
             "当事人陈述申辩权利得到充分保障，依法告知当事人申请行政复议的权利。",
             "当事人于规定期限内履行了处罚决定。",
             "当事人向镇政府提出书面申请。",
             "申请人数较上年增长12%。",
             "接待信访人员152批次，信访人次同比下降。",
             "涉案金额5万元，涉案车辆3台，已依法处置涉案财物。",
             "当事人双方达成调解协议，当事人满意度100%。",
             "村民代表大会审议通过村规民约，村民小组长参加培训。",
             "居民群众安全感和满意度持续提升。",
             "告知当事人享有陈述、申辩和要求听证的权利。",
             "申请人符合法律援助条件的，及时指派律师。",
             "当事人尚未履行的，依法申请人民法院强制执行。",
             "被申请人依法履行行政复议决定。",
             "当事人自行整改到位。",
             "对当事人进行批评教育。",
             "依法保护申请人合法权益。",
             "涉案企业合规改革稳步推进。",
             "镇长张建国主持召开专题会议。",
         })
        expectSilent(QString::fromUtf8(s));
}

// ---- the clean texts ------------------------------------------------------------------------------

namespace {

QStringList cleanTexts()
{
    QStringList files = QDir(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data")).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QStringList paths;
    for (const QString &f : files)
        paths.append(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/") + f);
    if (!test::samplePath().isEmpty())
        paths.append(test::samplePath());
    return paths;
}

}  // namespace

TEST(SecrecyClean, SampleTestReportsAndCleanCorpusGiveNoSecrecyFinding)
{
    const QStringList paths = cleanTexts();
    ASSERT_GE(paths.size(), 5);
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const auto text = decodeText(f.readAll());
        ASSERT_TRUE(text.ok());
        // As a report, imported the way the app imports it …
        const Report report = parseReportText(text.value());
        const QList<Finding> findings = checkSecrecy(report, CheckContext());
        EXPECT_TRUE(findings.isEmpty()) << dump(findings);
        // … and line by line, in case import set some text aside.
        for (const QString &line : text.value().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                expectSilent(line.trimmed());
        }
    }
    // The full check includes the secrecy rules: the sample's findings hold none of them.
    if (!test::samplePath().isEmpty()) {
        QFile f(test::samplePath());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        for (const Finding &finding : checkReport(parseReportText(decodeText(f.readAll()).value()), CheckContext()))
            EXPECT_FALSE(isSecrecyRule(finding.rule)) << toDisplayLine(finding).toStdString();
    }
}

// Enforcement and complaint summaries as reports write them: planted data found, masked text silent.
TEST(SecrecyClean, EnforcementSummaries)
{
    const QString planted = QStringLiteral(
        "4月12日，执法队员在巡查中发现当事人张三丰（身份证号") + kId + QStringLiteral("，联系电话13912345678）"
        "在苏M12345货车上违规运输建筑垃圾，依法对其作出罚款2000元的行政处罚，罚款已汇入账户") + kCard + QStringLiteral("。");
    const QList<Finding> f = secrecyOf(planted);
    QStringList rules;
    for (const Finding &x : f)
        rules.append(x.rule);
    EXPECT_EQ(rules, (QStringList{RuleId::SecrecyParty, RuleId::SecrecyIdNumber, RuleId::SecrecyPhone, RuleId::SecrecyPlate,
                                  RuleId::SecrecyBankCard}))
        << dump(f);
    expectSilent(QStringLiteral("4月12日，执法队员在巡查中发现当事人张某某驾驶货车违规运输建筑垃圾，依法对其作出罚款2000元的行政处罚，"
                                "全年共查处此类案件36起，罚没款合计12.6万元。"));
    expectSilent(QStringLiteral("2023年共受理行政复议申请15件，其中申请人撤回3件，维持原行政行为9件，责令履行2件，确认违法1件，"
                                "行政诉讼一审案件8件，行政机关负责人出庭应诉率100%。"));
    expectSilent(QStringLiteral("全年办理法律援助案件129件，受援人满意度达98.6%，挽回经济损失1386.5万元，"
                                "开通“12348”法律服务热线，解答群众咨询2315人次。"));
    expectSilent(QStringLiteral("接待群众来访152批次386人次，办理网上信访件73件，按期受理率、按期办结率均为100%，"
                                "信访人李某反映的土地征收补偿问题已依法化解。"));
    expectSilent(QStringLiteral("统一社会信用代码：11321281014123456T。"));
    expectSilent(QStringLiteral("依据《中华人民共和国行政处罚法》第三十二条，对首次违法且危害后果轻微并及时改正的当事人不予处罚。"));
    expectSilent(QStringLiteral("2021年至2023年，全镇GDP年均增长6.5%，2023年达到138.2亿元，一般公共预算收入13812.4万元。"));
    expectSilent(QStringLiteral("时间：2024年1月15日-2024年2月20日，地点：镇政府三楼会议室，参会人员52人。"));
    expectSilent(QStringLiteral("按照GB/T 9704-2012和GB 11643-1999的规定执行，文号为兴政发〔2023〕18号。"));
    expectSilent(QStringLiteral("全年投入资金13812345678元。"));
}

TEST(SecrecyApi, RulesAndCategory)
{
    int secrecy = 0;
    for (const RuleInfo &info : allRules()) {
        if (info.category == RuleCategory::Secrecy) {
            ++secrecy;
            EXPECT_TRUE(isSecrecyRule(info.id));
            EXPECT_TRUE(info.id.startsWith(QStringLiteral("secrecy-")));
        } else {
            EXPECT_FALSE(isSecrecyRule(info.id));
        }
    }
    EXPECT_EQ(secrecy, 7);
    EXPECT_EQ(toString(RuleCategory::Secrecy), QStringLiteral("secrecy"));
    // Disabled rules stay silent; the full check and checkSecrecy agree.
    CheckContext off;
    off.disabledRules = {RuleId::SecrecyPhone};
    expectSilent(QStringLiteral("电话13812345678"), off);
    Report r = reportWith({QStringLiteral("当事人张三丰（身份证号") + kId + QStringLiteral("）"), QStringLiteral("（内部）")});
    QList<Finding> all;
    for (const Finding &f : checkReport(r, CheckContext())) {
        if (isSecrecyRule(f.rule))
            all.append(f);
    }
    EXPECT_EQ(all, checkSecrecy(r, CheckContext()));
    EXPECT_EQ(all.size(), 3);
    // Details too: a marking in the title.
    r.details.title = QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告（内部）");
    const QList<Finding> titled = checkSecrecy(r, CheckContext());
    ASSERT_EQ(titled.size(), 4);
    EXPECT_EQ(titled.first().field, QStringLiteral("title"));
}

// ---- the gate: publishing ----------------------------------------------------------------------------

namespace {

class SecrecyGate : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QUuid id;
    QUuid paragraph;

    void SetUp() override
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_TRUE(opened.ok());
        ws = std::move(opened.value());
        Report r = reportWith({QStringLiteral("对当事人张三丰（联系电话13812345678）作出罚款处罚。")});
        paragraph = r.parts[0].sections[0].body.paragraphs[0].id;
        auto inserted = ws->insertReport(r);
        ASSERT_TRUE(inserted.ok());
        id = inserted.value();
        ASSERT_TRUE(review::submit(*ws, id, QStringLiteral("李文书")).ok());
        ASSERT_TRUE(review::approve(*ws, id, QStringLiteral("同意"), QStringLiteral("王书记")).ok());
    }

    Report current() { return ws->loadReport(id).value(); }
    QString lastOpinion() { return ws->listEvents(id).value().last().opinion; }
};

}  // namespace

TEST_F(SecrecyGate, AnOpenSecrecyErrorRefusesPublishing)
{
    const auto blockers = review::secrecyBlockers(current(), CheckContext());
    ASSERT_EQ(blockers.size(), 1) << dump(blockers);  // the phone; the name is a warning and does not block
    EXPECT_EQ(blockers.first().rule, RuleId::SecrecyPhone);
    const Status refused = review::publish(*ws, id, QDate(2024, 2, 22), QString(), QStringLiteral("王书记"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::State);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1"))) << refused.error().message.toStdString();
    EXPECT_EQ(current().status, ReportStatus::Approved);
    EXPECT_TRUE(current().details.publishedOn.isEmpty()) << "nothing of the publication is recorded";

    // Ignoring the finding in the checks panel, or switching the rule off, does not open the gate.
    review::PublishOptions options;
    options.checks.ignored.add(blockers.first(), QStringLiteral("不是个人电话"));
    options.checks.disabledRules = {RuleId::SecrecyPhone};
    EXPECT_FALSE(review::publish(*ws, id, QDate(2024, 2, 22), QString(), QStringLiteral("王书记"), options).ok());
    // A blank reason is no override; an override needs a name.
    options.secrecyOverride = QStringLiteral("  \n ");
    EXPECT_FALSE(review::publish(*ws, id, QDate(2024, 2, 22), QString(), QStringLiteral("王书记"), options).ok());
    options.secrecyOverride = QStringLiteral("号码为镇综合执法局公开的举报电话");
    EXPECT_EQ(review::publish(*ws, id, QDate(2024, 2, 22), QString(), QString(), options).error().code, Error::Code::Data);
    EXPECT_EQ(current().status, ReportStatus::Approved);
}

TEST_F(SecrecyGate, TheApproversOverrideIsWrittenIntoTheSignOffRecord)
{
    review::PublishOptions options;
    options.secrecyOverride = QStringLiteral("号码为镇综合执法局\n公开的举报电话");
    ASSERT_TRUE(review::publish(*ws, id, QDate(2024, 2, 22), QStringLiteral("https://example.gov.cn/1"),
                                QStringLiteral("王书记"), options)
                    .ok());
    EXPECT_EQ(current().status, ReportStatus::Published);
    const ReviewEvent event = ws->listEvents(id).value().last();
    EXPECT_EQ(event.action, ReviewAction::Publish);
    EXPECT_EQ(event.by, QStringLiteral("王书记"));
    EXPECT_EQ(event.opinion, QStringLiteral("2024-02-22 https://example.gov.cn/1; secrecy-override: 号码为镇综合执法局 公开的举报电话 "
                                            "[secrecy-phone \u00d71]"));
    EXPECT_EQ(review::secrecyOverrideOf(event.opinion), QStringLiteral("号码为镇综合执法局 公开的举报电话"));
    // History shows it, and it survives reopening the workspace.
    ws.reset();
    auto again = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
    ASSERT_TRUE(again.ok());
    const auto h = review::history(*again.value(), id);
    ASSERT_TRUE(h.ok());
    EXPECT_TRUE(review::secrecyOverrideOf(h->last().opinion).has_value());
}

TEST_F(SecrecyGate, CleanReportsAndAllowedNumbersPublishWithoutOverride)
{
    // The office's own number in the settings' list: nothing blocks, no override is recorded.
    review::PublishOptions options;
    options.checks.publicContacts = {QStringLiteral("138 1234 5678")};
    options.secrecyOverride = QStringLiteral("不需要");
    ASSERT_TRUE(review::publish(*ws, id, QDate(2024, 2, 22), QString(), QStringLiteral("王书记"), options).ok());
    EXPECT_EQ(lastOpinion(), QStringLiteral("2024-02-22"));
    EXPECT_FALSE(review::secrecyOverrideOf(lastOpinion()).has_value());
}

TEST_F(SecrecyGate, AReportMaskedBeforePublishingNeedsNoOverride)
{
    ASSERT_TRUE(review::reopen(*ws, id, QStringLiteral("李文书")).ok());
    ASSERT_TRUE(ws->setNodeField(id, paragraph, QStringLiteral("text"), QStringLiteral("对当事人张某作出罚款处罚。")).ok());
    ASSERT_TRUE(review::submit(*ws, id, QStringLiteral("李文书")).ok());
    ASSERT_TRUE(review::approve(*ws, id, QStringLiteral("同意"), QStringLiteral("王书记")).ok());
    EXPECT_TRUE(review::secrecyBlockers(current(), CheckContext()).isEmpty());
    ASSERT_TRUE(review::publish(*ws, id, QDate(2024, 2, 22), QString(), QStringLiteral("王书记")).ok());
}

// ---- the gate and the warnings through the command line ------------------------------------------

namespace {

// fazhi-cli with its own settings file (XDG_CONFIG_HOME), as the desktop app would have written it.
struct CliWithSettings {
    QTemporaryDir home;
    QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    QString ws = home.filePath(QStringLiteral("ws.fazhi"));

    explicit CliWithSettings(const QByteArray &conf = QByteArray())
    {
        QDir(home.path()).mkpath(QStringLiteral("config/FazhiReport"));
        test::writeBytes(home.filePath(QStringLiteral("config/FazhiReport/FazhiReport.conf")), conf);
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FAZHI_LANGUAGE", "en");
    }
    ~CliWithSettings()
    {
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
        qunsetenv("FAZHI_LANGUAGE");
    }
    test::ProcessResult operator()(const QStringList &args) const { return test::runCli(QStringList{"--workspace", ws} + args); }

    // An approved report of `review` (the work review's text).
    QString approvedReport(const QString &review) const
    {
        const QString text = home.filePath(QStringLiteral("report.txt"));
        test::writeBytes(text, (QStringLiteral("示例镇人民政府2023年度法治政府建设情况报告\n\n一、2023年工作回顾\n\n") + review
                                + QStringLiteral("\n\n二、存在的不足和原因\n\n执法力量不足，主要是人员编制有限。\n\n示例镇人民政府\n2024年2月20日\n"))
                                   .toUtf8());
        const test::ProcessResult imported = (*this)({"import", text});
        EXPECT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
        const QString id = imported.outText().trimmed();
        EXPECT_EQ((*this)({"review", "submit", id, "--by", "李文书"}).exitCode, 0);
        EXPECT_EQ((*this)({"review", "decide", id, "--approve", "--opinion", "同意", "--by", "王书记"}).exitCode, 0);
        return id;
    }
};

}  // namespace

TEST(SecrecyCli, PublishIsRefusedUntilTheApproverOverridesWithAReason)
{
    CliWithSettings cli;
    const QString id = cli.approvedReport(QStringLiteral("（一）规范执法。当事人王某某（身份证号") + kId
                                          + QStringLiteral("）违法建设，依法责令拆除。"));
    const test::ProcessResult refused = cli({"review", "publish", id, "--date", "2024-02-22", "--by", "王书记"});
    EXPECT_EQ(refused.exitCode, 3) << refused.errText().toStdString();
    EXPECT_TRUE(refused.errText().contains(RuleId::SecrecyIdNumber)) << refused.errText().toStdString();
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("--override-secrecy"))) << refused.errText().toStdString();
    EXPECT_TRUE(refused.outText().isEmpty());
    EXPECT_TRUE(cli({"list"}).outText().contains(QStringLiteral("\tapproved\t"))) << cli({"list"}).outText().toStdString();

    // An empty reason is a usage error.
    EXPECT_EQ(cli({"review", "publish", id, "--date", "2024-02-22", "--override-secrecy", " "}).exitCode, 2);

    const test::ProcessResult published = cli({"review", "publish", id, "--date", "2024-02-22", "--by", "王书记",
                                               "--override-secrecy", "经保密审查，该号码已在政府网站公示"});
    EXPECT_EQ(published.exitCode, 0) << published.errText().toStdString();
    EXPECT_TRUE(cli({"list"}).outText().contains(QStringLiteral("\tpublished\t")));
    const QString history = cli({"history", id}).outText();
    EXPECT_TRUE(history.contains(QStringLiteral("王书记\tpublish\t")) && history.contains(QStringLiteral(
                    "secrecy-override: 经保密审查，该号码已在政府网站公示 [secrecy-id-number \u00d71]")))
        << history.toStdString();
}

TEST(SecrecyCli, TheOfficesNumbersFromTheSettingsDoNotBlock)
{
    CliWithSettings cli("[checks]\npublicContacts=0523-83251234, fzb@163.com\n");
    const QString id = cli.approvedReport(QStringLiteral("（一）公共法律服务。法律援助咨询电话：0523-83251234，邮箱fzb@163.com。"));
    const test::ProcessResult checked = cli({"check", id});
    EXPECT_FALSE(checked.outText().contains(QStringLiteral("secrecy-"))) << checked.outText().toStdString();
    const test::ProcessResult published = cli({"review", "publish", id, "--date", "2024-02-22", "--by", "王书记"});
    EXPECT_EQ(published.exitCode, 0) << published.errText().toStdString();
    EXPECT_TRUE(published.errText().isEmpty()) << published.errText().toStdString();
}

TEST(SecrecyCli, ExportsWarnOnStderrWithTheSameFindings)
{
    CliWithSettings cli;
    const QString id = cli.approvedReport(QStringLiteral("（一）规范执法。对当事人张三丰作出罚款处罚，联系电话13812345678。（内部）"));
    const test::ProcessResult check = cli({"check", id});
    EXPECT_EQ(check.exitCode, 1);
    for (const char *format : {"html", "txt"}) {
        const QString out = cli.home.filePath(QStringLiteral("out.") + QLatin1String(format));
        const test::ProcessResult exported = cli({"export", id, "--format", format, "--output", out});
        EXPECT_EQ(exported.exitCode, 0) << exported.errText().toStdString();  // exit status unchanged: the file is written
        EXPECT_TRUE(QFile::exists(out));
        EXPECT_TRUE(exported.outText().isEmpty());
        const QString err = exported.errText();
        EXPECT_TRUE(err.contains(QStringLiteral("2 error(s) and 1 warning(s)"))) << err.toStdString();
        for (const QString &rule : {RuleId::SecrecyPhone, RuleId::SecrecyMarking, RuleId::SecrecyParty})
            EXPECT_TRUE(err.contains(rule)) << format << ": " << err.toStdString();
    }
    // A clean report exports silently.
    const QString clean = cli.approvedReport(QStringLiteral("（一）规范执法。对当事人张某作出罚款处罚。"));
    const test::ProcessResult exported = cli({"export", clean, "--format", "html", "--output", cli.home.filePath("clean.html")});
    EXPECT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.errText().isEmpty()) << exported.errText().toStdString();
}
