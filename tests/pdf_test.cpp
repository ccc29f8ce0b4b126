// PDF export: GB/T 9704 geometry, fonts and — above all — text that extracts exactly as written.
// Checked with poppler-utils (pdfinfo, pdffonts, pdftotext), as an independent reader would see it.

#include "TestSupport.h"

#include "export/PdfWriter.h"
#include "import/TextImporter.h"
#include "model/Report.h"
#include "render/FontResolver.h"
#include "render/GlyphCoverage.h"
#include "render/Layout.h"
#include "render/PageComposer.h"
#include "render/PageProfile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace fazhi;
using fazhi::test::ProcessResult;
using fazhi::test::runTool;

namespace {

// ---------------------------------------------------------------------------------------------------
// Reports built in code.

Section runInSection(const QString &lead, const QString &paragraph, const QStringList &points)
{
    Section s;
    s.id = newId();
    s.lead = lead;
    s.headingStyle = HeadingStyle::RunIn;
    if (!paragraph.isEmpty())
        s.body.paragraphs.append({newId(), paragraph});
    for (const QString &p : points)
        s.body.points.append({newId(), p});
    s.body.pointStyle = PointStyle::RunIn;
    return s;
}

Section standaloneSection(const QString &heading, const QStringList &paragraphs, const QStringList &numbered)
{
    Section s;
    s.id = newId();
    s.lead = heading;
    s.headingStyle = HeadingStyle::Standalone;
    for (const QString &p : paragraphs)
        s.body.paragraphs.append({newId(), p});
    for (const QString &p : numbered)
        s.body.points.append({newId(), p});
    s.body.pointStyle = PointStyle::Numbered;
    return s;
}

// A realistic township report of several pages: five work areas with run-in leads and 一是/二是
// points, standalone headings with numbered points, digits and Latin text, and the characters that
// Qt's ToUnicode maps to radicals (人 一 工 民 文 长 日 …).
Report realisticReport()
{
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.year = 2023;
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.signature = QStringLiteral("兴化市陶庄镇人民政府");
    r.details.date = QDate(2024, 2, 22);
    r.preamble.append({newId(), QStringLiteral(
        "2023年，我镇在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要"
        "（2021—2025年）》，坚持以人民为中心，扎实推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：")});

    Part measures;
    measures.id = newId();
    measures.kind = PartKind::Measures;
    measures.intro.paragraphs.append({newId(), QStringLiteral(
        "一年来，我镇把法治政府建设摆在全局工作的重要位置，统筹推进各项工作，人民群众的获得感、幸福感、"
        "安全感持续增强。主要做法是：")});
    measures.sections.append(runInSection(
        QStringLiteral("强化组织领导，完善工作机制，全面筑牢法治政府建设工作基础。"), QString(),
        {QStringLiteral("加强党的领导，统筹谋划部署法治政府建设各项工作。镇党委、政府召开党政联席会12次，研究法治政府"
                        "建设工作，印发年度责任清单，明确工作目标和举措，将法治政府建设纳入全镇发展总体规划；"),
         QStringLiteral("落实法治政府建设第一责任人职责。全面落实镇直部门、直属单位主要负责人履行法治政府建设领导职责，"
                        "对职责履行情况进行跟踪问效；"),
         QStringLiteral("强化法治能力建设。镇党委政府通过月度工作例会、“12·4”国家宪法日等载体，强化领导干部带头尊崇"
                        "法治、敬畏法律的自觉性，有效提高了领导干部依法决策、依法管理的能力和水平。")}));
    measures.sections.append(runInSection(
        QStringLiteral("增强学法意识，提高依法行政能力。"),
        QStringLiteral("我镇结合“八五”普法、“省级民主法治示范村创建”等工作，制定领导干部学法用法方案，每季度组织"
                       "镇领导干部进行阶段性考试。镇政府和15个行政村（社区）都配备了法律顾问，每个自然村网格都配备了2名"
                       "法律明白人，共同协助政府依法行政。"),
        {QStringLiteral("健全学法制度，全年开展集中学法24次，参学人员达1200人次；"),
         QStringLiteral("开展旁听庭审活动，组织工作人员旁听行政诉讼案件庭审3次；"),
         QStringLiteral("推进法治文化阵地建设，新建法治文化广场2处、法治长廊1条。")}));
    measures.sections.append(runInSection(
        QStringLiteral("加大宣传力度，营造良好法治氛围。"),
        QStringLiteral("结合“一带一路”倡议提出10周年和发扬新时代“枫桥经验”，对食品药品、公共卫生、生态环境、安全"
                       "生产、劳动保障等关系群众切身利益的重点领域开展执法普法宣传，发放宣传册10000余份、横幅218条、"
                       "标语368处、宣传板160处，群众法治知识知晓率达95.6%。"),
        {QStringLiteral("运用“ABC法治学堂”线上平台推送普法信息360余条，浏览量突破5万人次；"),
         QStringLiteral("组织“法律进乡村”文艺演出16场，受众达8000余人。")}));
    measures.sections.append(runInSection(
        QStringLiteral("提高信访监督实效，确保社会和谐稳定。"),
        QStringLiteral("镇党委、政府努力做好信访矛盾调处化解工作，以解决重点疑难问题为突破口，落实党委班子成员定期"
                       "接访制度，全年受理群众来信来访146件，办结率100%，群众满意率98.2%。"),
        {QStringLiteral("完善人民调解组织网络，镇村两级调解委员会实现全覆盖；"),
         QStringLiteral("建立矛盾纠纷排查台账，每月开展一次集中排查；"),
         QStringLiteral("推行“一站式”矛盾纠纷多元化解机制，调解成功率达97%以上。")}));
    measures.sections.append(runInSection(
        QStringLiteral("规范行政执法行为，提升执法工作水平。"),
        QStringLiteral("全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年办理行政处罚案件37件，"
                       "无一起行政复议纠错和行政诉讼败诉案件。依托ISO 9001质量管理体系优化审批流程，政务服务事项"
                       "网上可办率达到100%，平均办理时长压缩至2.5个工作日。"),
        {QStringLiteral("开展执法人员资格清理，持证上岗率100%；"),
         QStringLiteral("组织执法案卷评查2次，发现问题当场整改；"),
         QStringLiteral("加强文明执法，杜绝简单粗暴执法、选择性执法。")}));
    r.parts.append(measures);

    Part leaders;
    leaders.id = newId();
    leaders.kind = PartKind::LeadersDuty;
    leaders.sections.append(standaloneSection(
        QStringLiteral("履行第一责任人职责情况"),
        {QStringLiteral("镇党委书记、镇长认真履行推进法治建设第一责任人职责，带头学法、模范守法，亲自部署、亲自协调"
                        "法治建设重要工作，切实做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。")},
        {QStringLiteral("主持召开专题会议4次，研究解决法治建设重大问题6个。"),
         QStringLiteral("带头讲授法治专题党课2次，参加人员150余人。"),
         QStringLiteral("年终述职将述法情况作为重要内容，接受党员群众评议。")}));
    leaders.sections.append(standaloneSection(
        QStringLiteral("推进依法决策情况"),
        {QStringLiteral("严格落实重大行政决策程序规定，将公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为"
                        "重大行政决策的必经程序，全年作出重大行政决策5项，均经过合法性审查。")},
        {QStringLiteral("规范性文件“三统一”制度全面落实，备案审查率100%。"),
         QStringLiteral("法律顾问参与重大决策论证23次，提出法律意见41条。")}));
    r.parts.append(leaders);

    Part shortcomings;
    shortcomings.id = newId();
    shortcomings.kind = PartKind::Shortcomings;
    shortcomings.intro.paragraphs.append({newId(), QStringLiteral(
        "一是部分干部法治意识有待进一步增强，运用法治思维和法治方式解决问题的能力不足；二是行政执法人员"
        "力量相对薄弱，专业执法人员紧缺；三是法治宣传教育的针对性、实效性还需提高，群众工作方法有待创新，"
        "长效机制尚不健全。")});
    r.parts.append(shortcomings);

    Part plans;
    plans.id = newId();
    plans.kind = PartKind::Plans;
    plans.sections.append(runInSection(
        QStringLiteral("持续深化法治学习。"),
        QStringLiteral("把习近平法治思想作为党委理论学习中心组学习的重要内容，健全领导干部学法制度，全面提升"
                       "工作人员依法行政能力。"),
        {}));
    plans.sections.append(runInSection(
        QStringLiteral("全面推进严格规范公正文明执法。"),
        QStringLiteral("深化行政执法体制改革，加强执法队伍建设，落实行政执法责任制，让人民群众在每一个执法决定中"
                       "都感受到公平正义。"),
        {}));
    plans.sections.append(runInSection(
        QStringLiteral("扎实做好普法依法治理。"),
        QStringLiteral("深入实施“八五”普法规划，落实“谁执法谁普法”责任制，培育农村“法律明白人”300名，"
                       "推动民主法治示范村创建工作再上新台阶，努力为建设文明、富强、美丽的新陶庄提供坚实法治保障。"),
        {}));
    r.parts.append(plans);
    r.closing.append({newId(), QStringLiteral("特此报告。")});
    return r;
}

// ---------------------------------------------------------------------------------------------------
// Tools.

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}


#define REQUIRE_POPPLER()                                                                                \
    do {                                                                                                 \
        for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext"}) {                                  \
            if (!haveTool(QString::fromLatin1(tool)))                                                    \
                GTEST_SKIP() << tool << " (poppler-utils) is not installed; skipping PDF reader checks"; \
        }                                                                                                \
    } while (0)

// Renders the report into `dir` and returns the file path (empty on failure). With FAZHI_KEEP_PDF
// set to a folder, a copy lands there for looking at.
QString writePdf(const QTemporaryDir &dir, const Report &report, const QString &name, bool pdfA = false)
{
    const Result<QByteArray> pdf = renderPdf(buildLayout(report, LayoutTarget::Document), gbt9704Profile(), pdfA);
    EXPECT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    if (!pdf.ok())
        return {};
    const QString path = dir.filePath(name);
    test::writeBytes(path, pdf.value());
    const QString keep = qEnvironmentVariable("FAZHI_KEEP_PDF");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        test::writeBytes(QDir(keep).filePath(name), pdf.value());
    }
    return path;
}

QString pdfText(const QString &path, const QStringList &mode = {QStringLiteral("-raw")})
{
    const ProcessResult t = runTool(QStringLiteral("pdftotext"), mode + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                                          QStringLiteral("-")});
    EXPECT_EQ(t.exitCode, 0) << t.err.toStdString();
    return QString::fromUtf8(t.out);
}

QMap<QString, QString> pdfInfo(const QString &path)
{
    const ProcessResult t = runTool(QStringLiteral("pdfinfo"), {path});
    EXPECT_EQ(t.exitCode, 0) << t.err.toStdString();
    EXPECT_TRUE(t.err.isEmpty()) << "pdfinfo complained: " << t.err.toStdString();
    QMap<QString, QString> info;
    for (const QString &line : QString::fromUtf8(t.out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

// ---------------------------------------------------------------------------------------------------
// pdftotext -bbox.

constexpr double kMm = 72.0 / 25.4;  // points per millimetre

struct Word {
    double xMin, yMin, xMax, yMax;
    QString text;
};

struct TextLine {
    double baseline = 0;  // see pageWords
    double xMin = 1e9, xMax = -1e9;
    double height = 0;
    QString text;  // words joined without separators
    QStringList words;
};

struct Page {
    double width = 0, height = 0;
    QList<Word> words;
    QList<TextLine> lines;  // body lines, top to bottom (the page number excluded)
    TextLine pageNumber;
};

QString unescapeXml(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// Poppler's word boxes span the font's Ascent and Descent (from the PDF's FontDescriptor) around the
// baseline. The baseline is recovered by finding the font and size whose span matches the box height.
struct FontSpan {
    double ascent = 0, descent = 0;  // per em; descent negative
};

QList<FontSpan> fontSpans(const QByteArray &pdf)
{
    QList<FontSpan> spans;
    static const QRegularExpression ascentRe(QStringLiteral("/Ascent\\s+([-0-9.]+)"));
    static const QRegularExpression descentRe(QStringLiteral("/Descent\\s+([-0-9.]+)"));
    for (qsizetype at = 0; (at = pdf.indexOf("/FontDescriptor", at)) >= 0; at += 15) {
        const QString desc = QString::fromLatin1(pdf.mid(at, 800));
        const auto a = ascentRe.match(desc);
        const auto d = descentRe.match(desc);
        if (a.hasMatch() && d.hasMatch())
            spans.append({a.captured(1).toDouble() / 1000, d.captured(1).toDouble() / 1000});
    }
    return spans;
}

QList<Page> readPages(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<FontSpan> spans = fontSpans(file.readAll());
    EXPECT_FALSE(spans.isEmpty());
    const PageProfile profile = gbt9704Profile();
    const double sizes[] = {profile.bodySizePt, profile.titleSizePt, profile.pageNumberSizePt};
    auto baselineOf = [&](const Word &w) {
        double bestError = 1e9, baseline = w.yMax;
        for (const FontSpan &f : spans) {
            for (double size : sizes) {
                const double error = std::abs((f.ascent - f.descent) * size - (w.yMax - w.yMin));
                if (error < bestError) {
                    bestError = error;
                    baseline = w.yMin + f.ascent * size;
                }
            }
        }
        return baseline;
    };

    const QString xml = pdfText(path, {QStringLiteral("-bbox")});
    QList<Page> pages;
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" yMax=\"([0-9.-]+)\">(.*?)</word>"));
    const QStringList chunks = xml.split(QStringLiteral("</page>"));
    for (const QString &chunk : chunks) {
        const auto pm = pageRe.match(chunk);
        if (!pm.hasMatch())
            continue;
        Page page;
        page.width = pm.captured(1).toDouble();
        page.height = pm.captured(2).toDouble();
        for (auto it = wordRe.globalMatch(chunk); it.hasNext();) {
            const auto m = it.next();
            page.words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                               m.captured(4).toDouble(), unescapeXml(m.captured(5))});
        }
        // Group words into lines by baseline.
        QList<QPair<double, Word>> words;
        for (const Word &w : page.words)
            words.append({baselineOf(w), w});
        std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
            return std::abs(a.first - b.first) > 1.0 ? a.first < b.first : a.second.xMin < b.second.xMin;
        });
        QList<TextLine> lines;
        for (const auto &[baseline, w] : words) {
            if (lines.isEmpty() || std::abs(lines.last().baseline - baseline) > 1.0) {
                TextLine line;
                line.baseline = baseline;
                lines.append(line);
            }
            TextLine &l = lines.last();
            l.xMin = std::min(l.xMin, w.xMin);
            l.xMax = std::max(l.xMax, w.xMax);
            l.height = std::max(l.height, w.yMax - w.yMin);
            l.text += w.text;
            l.words.append(w.text);
        }
        const double blockBottom = (profile.marginTopMm + profile.textHeightMm()) * kMm;
        for (const TextLine &l : lines) {
            if (l.baseline > blockBottom)
                page.pageNumber = l;
            else
                page.lines.append(l);
        }
        pages.append(page);
    }
    return pages;
}

bool isCjkCell(char32_t c)
{
    // Ideographs and full-width punctuation, plus the quotes and dashes a Chinese face sets full width.
    return c >= 0x2E80 || (c >= 0x2010 && c <= 0x2027);
}

bool allCjk(const QString &s)
{
    for (const char32_t c : s.toUcs4()) {
        if (!isCjkCell(c))
            return false;
    }
    return !s.isEmpty();
}

// The test's own statement of the line-breaking rules (GB/T 15834): marks that never start a line,
// marks that never end one, and —— / …… / Latin words that are never split.
bool breakForbidden(char32_t before, char32_t after)
{
    static const QString noStart = QStringLiteral("，。、；：？！）》」』】〕”’…%.,;:?!)");
    static const QString noEnd = QStringLiteral("（《「『【〔“‘([");
    if (noStart.contains(QString::fromUcs4(&after, 1)) || noEnd.contains(QString::fromUcs4(&before, 1)))
        return true;
    if (before == after && (before == 0x2014 || before == 0x2026))
        return true;
    auto latin = [](char32_t c) { return c < 0x2000 && c != U' '; };
    return latin(before) && latin(after);
}

// ---------------------------------------------------------------------------------------------------
// Expected text.

QString withoutWhitespace(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// The text of every page minus the page numbers, as one string without white space.
QString extractedBody(const QString &raw)
{
    static const QRegularExpression pageNumber(QStringLiteral("^—\\s*\\d+\\s*—$"));
    QString body;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed().remove(QLatin1Char('\f'));
        if (pageNumber.match(l).hasMatch())
            continue;
        body += withoutWhitespace(l);
    }
    return body;
}

QList<char32_t> radicalsIn(const QString &s)
{
    QList<char32_t> found;
    for (const char32_t c : s.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            found.append(c);
    }
    return found;
}

// Walks the blocks through the extracted text in order: each block must appear exactly where the
// previous one ended. Reports the first block that differs.
void expectBlocksExtracted(const DocumentLayout &layout, const QString &raw)
{
    const QString body = extractedBody(raw);
    qsizetype at = 0;
    for (qsizetype i = 0; i < layout.blocks.size(); ++i) {
        const QString expected = withoutWhitespace(layout.blocks.at(i).text());
        const QString actual = body.mid(at, expected.size());
        if (actual != expected) {
            qsizetype k = 0;
            while (k < expected.size() && k < actual.size() && expected.at(k) == actual.at(k))
                ++k;
            ADD_FAILURE() << "block " << i << " differs at character " << k << "\n  expected: "
                          << expected.mid(std::max<qsizetype>(0, k - 10), 40).toStdString()
                          << "\n  extracted: " << actual.mid(std::max<qsizetype>(0, k - 10), 40).toStdString();
            return;
        }
        at += expected.size();
    }
    EXPECT_EQ(at, body.size()) << "extra text after the last block: " << body.mid(at, 80).toStdString();
}

// Every object the xref table names starts where it says, and startxref points at the table.
void expectConsistentXref(const QByteArray &pdf)
{
    const qsizetype sx = pdf.lastIndexOf("startxref");
    ASSERT_GT(sx, 0);
    const qsizetype xref = pdf.mid(sx + 9, 32).trimmed().split('\n').first().trimmed().toLongLong();
    ASSERT_TRUE(pdf.mid(xref, 4) == "xref") << "startxref does not point at the xref table";
    const QList<QByteArray> lines = pdf.mid(xref, sx - xref).split('\n');
    int number = 0;
    int remaining = 0;
    int checked = 0;
    for (const QByteArray &rawLine : lines.mid(1)) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("trailer"))
            break;
        const QList<QByteArray> f = line.split(' ');
        if (remaining == 0 && f.size() == 2) {
            number = f.at(0).toInt();
            remaining = f.at(1).toInt();
            continue;
        }
        ASSERT_EQ(f.size(), 3) << line.toStdString();
        if (f.at(2) == "n") {
            const qint64 offset = f.at(0).toLongLong();
            const QByteArray header = QByteArray::number(number) + ' ' + QByteArray::number(f.at(1).toInt()) + " obj";
            EXPECT_TRUE(pdf.mid(offset, 32).startsWith(header)) << "object " << number << " is not at offset " << offset;
            ++checked;
        }
        ++number;
        --remaining;
    }
    EXPECT_GT(checked, 5);
}

}  // namespace

// ===================================================================================================

TEST(FontResolver, EveryRoleResolvesToAnInstalledFamilyWithChineseGlyphs)
{
    const PageProfile profile = gbt9704Profile();
    // A stock Windows without the optional Chinese Supplemental Fonts (SimHei, KaiTi, FangSong) has
    // no font of some chains: that is the machine's, not the program's, so the test skips.
    QStringList missing;
    for (FontRole role : allFontRoles()) {
        const QStringList &chain = profile.chain(role).families;
        if (std::none_of(chain.begin(), chain.end(), [](const QString &f) { return QFontDatabase::hasFamily(f); }))
            missing << fontRoleKey(role);
    }
    if (!missing.isEmpty())
        GTEST_SKIP() << "no font of the chain is installed for " << missing.join(QStringLiteral(", ")).toStdString()
                     << " (on Windows: Settings > Apps > Optional features > Chinese (Simplified) Supplemental Fonts)";
    const QList<ResolvedFont> fonts = resolveAllFonts(profile);
    ASSERT_EQ(fonts.size(), allFontRoles().size());
    for (const ResolvedFont &f : fonts) {
        SCOPED_TRACE(fontRoleKey(f.role).toStdString());
        ASSERT_FALSE(f.family.isEmpty()) << "no font for the role";
        EXPECT_TRUE(QFontDatabase::families().contains(f.family, Qt::CaseInsensitive) || QFontDatabase::hasFamily(f.family));
        if (f.role != FontRole::Latin) {
            EXPECT_TRUE(QFontDatabase::writingSystems(f.family).contains(QFontDatabase::SimplifiedChinese));
            EXPECT_TRUE(profile.chain(f.role).families.contains(f.family)) << "fell back outside the chain: "
                                                                           << f.family.toStdString();
        }
    }
}

TEST(FontResolver, DebianStandInsAreChosen)
{
    // fonts-noto-cjk and fonts-arphic-ukai are what this machine (and Linux users) have.
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC")))
        GTEST_SKIP() << "Noto Serif CJK SC is not installed";
    const PageProfile p = gbt9704Profile();
    const bool windowsFonts = QFontDatabase::families().contains(QStringLiteral("FangSong"))
        || QFontDatabase::families().contains(QStringLiteral("仿宋"));
    if (windowsFonts)
        GTEST_SKIP() << "Windows Chinese fonts are installed here";
    EXPECT_EQ(resolveFont(p, FontRole::Body).family, QStringLiteral("Noto Serif CJK SC"));
    EXPECT_EQ(resolveFont(p, FontRole::Heading1).family, QStringLiteral("Noto Sans CJK SC"));
    if (QFontDatabase::families().contains(QStringLiteral("AR PL UKai CN"))) {
        EXPECT_EQ(resolveFont(p, FontRole::Heading2).family, QStringLiteral("AR PL UKai CN"));
    }
}

TEST(FontResolver, UnknownFamiliesAreNeverTrusted)
{
    PageProfile p = gbt9704Profile();
    // Names fontconfig would "match" with some Latin font must not be taken for Chinese faces.
    p.body.families = {QStringLiteral("FangSong_NotInstalled"), QStringLiteral("DejaVu Sans"),
                       QStringLiteral("Noto Serif CJK SC")};
    clearFontCache();
    const ResolvedFont body = resolveFont(p, FontRole::Body);
    if (QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC"))) {
        EXPECT_EQ(body.family, QStringLiteral("Noto Serif CJK SC"));
    }
    EXPECT_NE(body.family, QStringLiteral("DejaVu Sans"));
    EXPECT_NE(body.family, QStringLiteral("FangSong_NotInstalled"));

    p.body.families = {QStringLiteral("No Such Font 1"), QStringLiteral("No Such Font 2")};
    const ResolvedFont fallback = resolveFont(p, FontRole::Body);
    EXPECT_FALSE(fallback.fromChain);
    if (!fallback.family.isEmpty()) {
        EXPECT_TRUE(QFontDatabase::writingSystems(fallback.family).contains(QFontDatabase::SimplifiedChinese));
    }
    clearFontCache();
}

TEST(FontResolver, MakeFontPutsTheLatinFamilyFirst)
{
    const PageProfile p = gbt9704Profile();
    const QFont body = makeFont(p, FontRole::Body, 16);
    ASSERT_EQ(body.families().size(), 2);
    EXPECT_EQ(body.families().at(0), resolveFont(p, FontRole::Latin).family);
    EXPECT_EQ(body.families().at(1), resolveFont(p, FontRole::Body).family);
    EXPECT_DOUBLE_EQ(body.pointSizeF(), 16.0);
    const QFont number = makeFont(p, FontRole::PageNumber, 14, FamilyOrder::CjkFirst);
    EXPECT_EQ(number.families().at(0), resolveFont(p, FontRole::PageNumber).family);
}

TEST(PdfExport, DocumentPropertiesPageSizeAndEmbeddedFonts)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const Report report = realisticReport();
    const QString path = writePdf(dir, report, QStringLiteral("report.pdf"));
    ASSERT_FALSE(path.isEmpty());

    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_EQ(info.value(QStringLiteral("Title")), report.effectiveTitle());
    EXPECT_EQ(info.value(QStringLiteral("Creator")), QStringLiteral("Fazhi Report"));
    static const QRegularExpression size(QStringLiteral("^([0-9.]+) x ([0-9.]+) pts"));
    const auto m = size.match(info.value(QStringLiteral("Page size")));
    ASSERT_TRUE(m.hasMatch()) << info.value(QStringLiteral("Page size")).toStdString();
    EXPECT_NEAR(m.captured(1).toDouble(), 210 * kMm, 1.0);
    EXPECT_NEAR(m.captured(2).toDouble(), 297 * kMm, 1.0);
    EXPECT_GE(info.value(QStringLiteral("Pages")).toInt(), 4);

    const ProcessResult fonts = runTool(QStringLiteral("pdffonts"), {path});
    ASSERT_EQ(fonts.exitCode, 0);
    const QStringList rows = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_GE(rows.size(), 3) << "body, heading and Latin faces expected";
    for (const QString &row : rows) {
        // name type encoding emb sub uni object ID — emb is the fourth column from the right.
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 7) << row.toStdString();
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << "not embedded: " << row.toStdString();
        EXPECT_EQ(cols.at(cols.size() - 3), QStringLiteral("yes")) << "no ToUnicode: " << row.toStdString();
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    expectConsistentXref(f.readAll());
}

// PDF 32000-1 9.6.4: the fonts are subsets, so their names carry a six-letter tag (ABCDEF+Name) in the
// font dictionaries as in the descriptors; pdffonts reports them as subsets.
TEST(PdfExport, SubsetFontsCarryTheTagPrefix)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const QString path = writePdf(dir, realisticReport(), QStringLiteral("tags.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const ProcessResult t = runTool(QStringLiteral("pdffonts"), {path});
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 3);
    static const QRegularExpression row(QStringLiteral("^([A-Z]{6})\\+(\\S+)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s"));
    QSet<QString> tags;
    for (const QString &line : lines.mid(2)) {
        const QRegularExpressionMatch m = row.match(line);
        EXPECT_TRUE(m.hasMatch()) << "not an embedded, tagged subset with ToUnicode: " << line.toStdString();
        tags.insert(m.captured(1));
    }
    EXPECT_EQ(tags.size(), lines.size() - 2) << "each font its own tag";
    // The file is still whole: the names moved the objects after them.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    expectConsistentXref(file.readAll());
    EXPECT_TRUE(pdfInfo(path).contains(QStringLiteral("Pages")));
}

// A character the role's font lacks comes from another installed font that has it: 𡈽 (U+2123D) is
// not in AR PL UKai (the 楷体 stand-in of a run-in lead) but in the Noto CJK faces. It is drawn and
// extracts; nothing becomes an empty box.
TEST(PdfExport, CharactersTheRolesFontLacksComeFromAnotherInstalledFont)
{
    REQUIRE_POPPLER();
    const char32_t rare = 0x2123D;
    const QString rareText = QString::fromUcs4(&rare, 1);
    const QString kai = resolveFont(gbt9704Profile(), FontRole::Heading2).family;
    if (fallbackFamilyFor(rare).isEmpty() || familyHasCharacter(kai, rare))
        GTEST_SKIP() << "needs a 楷体 face without U+2123D and another font with it";
    Report r = realisticReport();
    r.parts[0].sections[0].lead = QStringLiteral("表彰王") + rareText + QStringLiteral("同志等先进典型。");
    r.closing.prepend({newId(), QStringLiteral("村民王") + rareText + QStringLiteral("获评“法治带头人”。")});
    QTemporaryDir dir;
    const QString path = writePdf(dir, r, QStringLiteral("fallback.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QString raw = pdfText(path);
    EXPECT_EQ(raw.count(rareText), 2) << "both places extract";
    EXPECT_TRUE(raw.contains(QStringLiteral("表彰王") + rareText + QStringLiteral("同志")));
    // Every glyph drawn is a real one: the fonts' glyph 0 (the empty box) is never used.
    const Result<PageModel> model = composePages(buildLayout(r, LayoutTarget::Document), gbt9704Profile());
    ASSERT_TRUE(model.ok());
    int rareGlyphs = 0;
    for (const ComposedPage &page : model.value().pages) {
        for (const ComposedLine &line : page.lines) {
            for (const ComposedRun &run : line.runs) {
                for (const quint32 g : run.glyphs.glyphIndexes())
                    EXPECT_NE(g, 0u) << line.text.toStdString();
                for (const QString &c : run.chars) {
                    if (c == rareText) {
                        ++rareGlyphs;
                        EXPECT_TRUE(run.glyphs.rawFont().supportsCharacter(uint(rare))) << run.glyphs.rawFont().familyName().toStdString();
                    }
                }
            }
        }
    }
    EXPECT_EQ(rareGlyphs, 2);
}

TEST(PdfExport, ExtractedTextIsTheReportCharacterForCharacter)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const Report report = realisticReport();
    const DocumentLayout layout = buildLayout(report, LayoutTarget::Document);
    const QString path = writePdf(dir, report, QStringLiteral("text.pdf"));
    ASSERT_FALSE(path.isEmpty());

    const QString raw = pdfText(path);
    EXPECT_TRUE(radicalsIn(raw).isEmpty()) << "Kangxi/CJK radicals in the extracted text, e.g. U+"
                                           << QString::number(radicalsIn(raw).value(0), 16).toStdString();
    for (const char *s : {"人民", "一是", "工作", "文化", "长效", "日", "12·4", "10000余份", "95.6%", "ABC", "2.5个", "1200人次"})
        EXPECT_TRUE(raw.contains(QString::fromUtf8(s))) << "missing: " << s;
    // Spaces inside Latin text survive too (Qt maps the space glyph to TAB).
    EXPECT_TRUE(raw.contains(QStringLiteral("ISO 9001"))) << "the space in \"ISO 9001\" was lost";
    EXPECT_FALSE(raw.contains(QLatin1Char('\t')));
    expectBlocksExtracted(layout, raw);

    // The layout mode agrees (another extraction path of poppler).
    const QString layoutText = pdfText(path, {QStringLiteral("-layout")});
    EXPECT_TRUE(radicalsIn(layoutText).isEmpty());
    expectBlocksExtracted(layout, layoutText);
}

TEST(PdfExport, RadicalsTypedOnPurposeSurvive)
{
    REQUIRE_POPPLER();
    // A document that really contains a radical keeps it: only values absent from the document are
    // replaced.
    Report r = realisticReport();
    r.closing.prepend({newId(), QStringLiteral("部首⼈字与人字同形。")});
    QTemporaryDir dir;
    const QString path = writePdf(dir, r, QStringLiteral("radical.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QString raw = pdfText(path);
    EXPECT_TRUE(raw.contains(QStringLiteral("部首"))) << raw.right(200).toStdString();
    EXPECT_TRUE(raw.contains(QStringLiteral("民")));
}

TEST(PdfExport, GridGeometryOnFullPages)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const Report report = realisticReport();
    const PageProfile profile = gbt9704Profile();
    const QString path = writePdf(dir, report, QStringLiteral("grid.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QList<Page> pages = readPages(path);
    ASSERT_GE(pages.size(), 4);

    const double pitch = profile.linePitchPt();
    const double top = profile.marginTopMm * kMm;
    const double left = profile.marginLeftMm * kMm;
    const double right = (profile.paperWidthMm - profile.marginRightMm) * kMm;
    const double charPitch = profile.charPitchPt();
    double minTop = 1e9, maxTop = -1e9, minLeft = 1e9, maxLeft = -1e9, minRight = 1e9, maxRight = -1e9;
    for (int p = 1; p + 1 < pages.size(); ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        const Page &page = pages.at(p);
        const QList<TextLine> &lines = page.lines;
        ASSERT_FALSE(lines.isEmpty());
        // 22 lines; fewer only when a standalone heading moved to the next page with its first line,
        // or the signature block took the body's last line with it (it never stands alone).
        static const QRegularExpression heading(QStringLiteral("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
        if (lines.size() != profile.linesPerPage) {
            const QList<TextLine> &next = pages.at(p + 1).lines;
            const bool headingMoved = heading.match(next.value(0).text).hasMatch();
            const bool signatureMoved = next.size() >= 3 && next.at(1).text == report.details.signature;
            // Widow and orphan control: a paragraph moved whole (the next page starts indented), or
            // its last two lines carried over.
            const auto indented = [&](int k) { return k < next.size() && next.at(k).xMin > left + 1.0 * kMm; };
            const bool paragraphMoved = indented(0) || (!indented(0) && !indented(1) && indented(2));
            EXPECT_GE(lines.size(), profile.linesPerPage - 3);
            EXPECT_TRUE(headingMoved || signatureMoved || paragraphMoved)
                << lines.size() << " lines, and the next page starts with neither a heading, a paragraph nor the "
                                   "signature block";
        }
        // The first row starts at the top of the text block (37 mm); its baseline at 4/5 of the row,
        // where Word and LibreOffice put a line of exact height.
        const double emTop = lines.first().baseline - 0.8 * pitch;
        EXPECT_NEAR(emTop, top, 1.0 * kMm);
        minTop = std::min(minTop, emTop / kMm);
        maxTop = std::max(maxTop, emTop / kMm);
        for (int i = 1; i < lines.size(); ++i)
            EXPECT_NEAR(lines.at(i).baseline - lines.at(i - 1).baseline, pitch, 0.2) << "line " << i + 1;
        double pageLeft = 1e9;
        for (const TextLine &l : lines)
            pageLeft = std::min(pageLeft, l.xMin);
        EXPECT_NEAR(pageLeft, left, 1.0 * kMm);
        minLeft = std::min(minLeft, pageLeft / kMm);
        maxLeft = std::max(maxLeft, pageLeft / kMm);

        // Lines followed by a line at the left margin are inside a paragraph: justified to the right
        // margin, 28 characters (26 after the indent) unless a line-breaking rule pushed some over.
        for (int i = 0; i < lines.size(); ++i) {
            const TextLine &line = lines.at(i);
            const TextLine *next = i + 1 < lines.size() ? &lines.at(i + 1)
                                                        : (pages.at(p + 1).lines.isEmpty() ? nullptr : &pages.at(p + 1).lines.first());
            if (!next || std::abs(next->xMin - left) > 0.5 * kMm)
                continue;
            SCOPED_TRACE("line " + std::to_string(i + 1) + ": " + line.text.toStdString());
            EXPECT_NEAR(line.xMax, right, 1.0 * kMm);
            minRight = std::min(minRight, line.xMax / kMm);
            maxRight = std::max(maxRight, line.xMax / kMm);
            if (!allCjk(line.text))
                continue;
            const bool indented = line.xMin > left + 1.0 * kMm;
            const int capacity = profile.charsPerLine - (indented ? profile.firstLineIndentChars : 0);
            const QList<uint> chars = line.text.toUcs4();
            const QList<uint> following = next->text.toUcs4();
            if (chars.size() == capacity)
                continue;
            const int pushed = capacity - int(chars.size());
            ASSERT_GT(pushed, 0) << "more characters than the grid holds";
            ASSERT_LT(pushed, following.size());
            EXPECT_TRUE(breakForbidden(following.at(pushed - 1), following.at(pushed)))
                << chars.size() << " characters, but a full line could have ended before "
                << QString::fromUcs4(reinterpret_cast<const char32_t *>(&following.at(pushed)), 1).toStdString();
        }
        // Character pitch: a full line of 28 cells spans exactly the 156 mm line.
        for (const TextLine &l : lines) {
            if (allCjk(l.text) && l.text.toUcs4().size() == profile.charsPerLine) {
                EXPECT_NEAR((l.xMax - l.xMin) / profile.charsPerLine, charPitch, 0.05);
            }
        }
    }
    std::printf("[ measured ] text block top %.2f–%.2f mm, left %.2f–%.2f mm, justified right edge %.2f–%.2f mm\n",
                minTop, maxTop, minLeft, maxLeft, minRight, maxRight);
}

// Word's and LibreOffice's widow control: no paragraph leaves a single line at the foot of a page or
// carries a single line to the next; paragraphs of two or three lines are never split.
TEST(PdfExport, NoWidowsOrOrphans)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const PageProfile profile = gbt9704Profile();
    Report r = realisticReport();
    r.parts.clear();
    r.closing.clear();
    r.preamble.clear();
    r.details.signature.clear();  // the signature block takes lines along; tested elsewhere
    r.details.date = QDate();
    // Paragraphs of known line counts: no punctuation, so the first line holds 26 characters and
    // every other 28.
    const int lineCounts[] = {4, 3, 2, 5, 1, 3, 6, 2, 3, 4, 2, 3, 5, 3, 2, 7, 3, 2, 3, 4, 3, 2, 5, 3};
    const QString words = QStringLiteral("依法行政建设法治政府推进严格规范公正文明执法");
    int expectedLines = 0;
    for (int k : lineCounts) {
        const int chars = 26 + 28 * (k - 1) - 5;
        QString text;
        while (text.size() < chars)
            text += words;
        r.preamble.append({newId(), text.left(chars)});
        expectedLines += k;
    }
    const QString path = writePdf(dir, r, QStringLiteral("widows.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QList<Page> pages = readPages(path);
    ASSERT_GE(pages.size(), 4);
    const double left = profile.marginLeftMm * kMm;
    const auto starts = [&](const TextLine &l) { return l.xMin > left + 1.0 * kMm; };
    int bodyLines = 0, shortPages = 0;
    for (int p = 0; p < pages.size(); ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        const QList<TextLine> &lines = pages.at(p).lines;
        for (const TextLine &l : lines)
            bodyLines += allCjk(l.text) && l.text.size() >= 21 ? 1 : 0;
        if (p + 1 == pages.size())
            break;
        const QList<TextLine> &next = pages.at(p + 1).lines;
        ASSERT_FALSE(next.isEmpty());
        int foot = 0;
        while (foot < lines.size() && !starts(lines.at(lines.size() - 1 - foot)))
            ++foot;
        ++foot;  // the paragraph's first line
        int head = 0;
        while (head < next.size() && !starts(next.at(head)))
            ++head;
        if (head > 0) {
            EXPECT_GE(foot, 2) << "orphan: a paragraph's first line alone at the foot";
            EXPECT_GE(head, 2) << "widow: a paragraph's last line alone at the head";
        }
        if (p > 0 && lines.size() < profile.linesPerPage) {
            ++shortPages;
            EXPECT_GE(lines.size(), profile.linesPerPage - 2) << "only a moved paragraph leaves rows empty";
        }
    }
    EXPECT_EQ(bodyLines, expectedLines) << "every paragraph has the lines it was made with";
    EXPECT_GT(shortPages, 0) << "the lengths are chosen so that the rules move lines";
}

// GB/T 9704 counts the title on the 22-line grid: a two-line title and the blank line after it take
// three rows, so the addressee stands in the fourth.
TEST(PdfExport, TitleLinesTakeOneGridRowEach)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const PageProfile profile = gbt9704Profile();
    Report r = realisticReport();
    r.details.title = QStringLiteral("兴化市陶庄镇人民政府关于2023年度法治政府建设工作情况的报告");
    const QString path = writePdf(dir, r, QStringLiteral("title-rows.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const Page first = readPages(path).value(0);
    ASSERT_GE(first.lines.size(), 4);
    EXPECT_GT(first.lines.at(1).height, 1.2 * profile.bodySizePt) << "two title lines";
    EXPECT_EQ(first.lines.at(2).text, QStringLiteral("市委、市政府："));
    const double pitch = profile.linePitchPt();
    const double top = profile.marginTopMm * kMm;
    EXPECT_NEAR(first.lines.at(2).baseline - 0.8 * pitch, top + 3 * pitch, 0.3) << "fourth row";
    EXPECT_NEAR(first.lines.at(1).baseline - first.lines.at(0).baseline, pitch, 0.3) << "one row a title line";
    // The baseline at 4/5 of the row, as the body's (and Word's for a line of exact height).
    EXPECT_NEAR(first.lines.at(0).baseline, top + 0.8 * pitch, 0.3);
}

TEST(PdfExport, NoLineStartsWithClosingPunctuation)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    Report r = realisticReport();
    // Punctuation-dense text so the breaker meets every rule somewhere.
    QString dense;
    for (int i = 0; i < 40; ++i)
        dense += QStringLiteral("增强“四个意识”、坚定“四个自信”、做到“两个维护”，《条例》（试行）——落实……");
    r.closing.prepend({newId(), dense});
    const QString path = writePdf(dir, r, QStringLiteral("kinsoku.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QString noStart = QStringLiteral("，。、；：？！）》」』】〕”’");
    const QString noEnd = QStringLiteral("（《「『【〔“‘");
    int lines = 0;
    for (const Page &page : readPages(path)) {
        for (const TextLine &line : page.lines) {
            ++lines;
            ASSERT_FALSE(line.text.isEmpty());
            EXPECT_FALSE(noStart.contains(line.text.front())) << "line starts with " << line.text.toStdString();
            EXPECT_FALSE(noEnd.contains(line.text.back())) << "line ends with " << line.text.toStdString();
        }
    }
    EXPECT_GT(lines, 60);
    expectBlocksExtracted(buildLayout(r, LayoutTarget::Document), pdfText(path));
}

TEST(PdfExport, PageNumbersAlternateSidesSevenMillimetresBelowTheTextBlock)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const PageProfile profile = gbt9704Profile();
    const QString path = writePdf(dir, realisticReport(), QStringLiteral("numbers.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QList<Page> pages = readPages(path);
    ASSERT_GE(pages.size(), 2);
    const double inset = profile.pageNumberSizePt;  // one character of the page number's size
    const double left = profile.marginLeftMm * kMm;
    const double right = (profile.paperWidthMm - profile.marginRightMm) * kMm;
    const double dashLine = (profile.marginTopMm + profile.textHeightMm() + profile.pageNumberBelowTextMm) * kMm;
    for (int p = 0; p < pages.size(); ++p) {
        SCOPED_TRACE("page " + std::to_string(p + 1));
        const TextLine &n = pages.at(p).pageNumber;
        EXPECT_EQ(n.words.join(QLatin1Char(' ')), QStringLiteral("— %1 —").arg(p + 1));
        // The 一字线 sits at the middle of the 14 pt em box.
        EXPECT_NEAR(n.baseline - 0.38 * profile.pageNumberSizePt, dashLine, 1.0 * kMm);
        if ((p + 1) % 2 == 1)
            EXPECT_NEAR(n.xMax, right - inset, 1.0 * kMm);
        else
            EXPECT_NEAR(n.xMin, left + inset, 1.0 * kMm);
    }
}

TEST(PdfExport, TitleCentredAndSignatureBlockPlacedAsGbt9704Says)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const PageProfile profile = gbt9704Profile();
    const Report report = realisticReport();
    const QString path = writePdf(dir, report, QStringLiteral("signature.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QList<Page> pages = readPages(path);
    ASSERT_FALSE(pages.isEmpty());
    const double left = profile.marginLeftMm * kMm;
    const double right = (profile.paperWidthMm - profile.marginRightMm) * kMm;
    const double centre = (left + right) / 2;
    const double cell = profile.charPitchPt();

    // Title: its lines are the first lines of page 1, centred, joined they are the title.
    const Page &first = pages.first();
    QString title;
    int titleLines = 0;
    while (titleLines < first.lines.size() && title.size() < report.effectiveTitle().size()) {
        const TextLine &l = first.lines.at(titleLines++);
        title += l.text;
        EXPECT_NEAR((l.xMin + l.xMax) / 2, centre, 1.0 * kMm) << l.text.toStdString();
        EXPECT_GT(l.height, 1.2 * profile.bodySizePt) << "title in a larger size";
    }
    EXPECT_EQ(title, report.effectiveTitle());
    // Addressee flush left, one blank line under the title, then the body on the page grid.
    ASSERT_GT(first.lines.size(), titleLines + 2);
    const TextLine &addressee = first.lines.at(titleLines);
    EXPECT_EQ(addressee.text, QStringLiteral("市委、市政府："));
    EXPECT_NEAR(addressee.xMin, left, 0.5 * kMm);
    EXPECT_GT(addressee.baseline - first.lines.at(titleLines - 1).baseline, 1.5 * profile.linePitchPt());
    const double slot = (addressee.baseline - profile.marginTopMm * kMm) / profile.linePitchPt() - 0.8;
    EXPECT_NEAR(slot, std::round(slot), 0.02) << "body on page 1 is off the grid";
    EXPECT_NEAR(first.lines.at(titleLines + 1).xMin, left + 2 * cell, 0.5 * kMm) << "two-character indent";

    // Signature and date on the last page.
    const Page &last = pages.last();
    const auto find = [&](const QString &text) -> int {
        for (int i = 0; i < last.lines.size(); ++i) {
            if (last.lines.at(i).text == text)
                return i;
        }
        return -1;
    };
    const int sig = find(report.details.signature);
    const int date = find(QStringLiteral("2024年2月22日"));
    ASSERT_GE(sig, 1);
    ASSERT_EQ(date, sig + 1);
    const TextLine &s = last.lines.at(sig);
    const TextLine &d = last.lines.at(date);
    EXPECT_NEAR(s.xMax, right - 2 * cell, 0.5 * kMm) << "signature: right-aligned with two characters to spare";
    EXPECT_NEAR(d.xMin, s.xMin + 2 * cell, 0.5 * kMm) << "date: starts two characters right of the signature";
    EXPECT_NEAR(d.baseline - s.baseline, profile.linePitchPt(), 0.2);
    EXPECT_NEAR(s.baseline - last.lines.at(sig - 1).baseline, 2 * profile.linePitchPt(), 0.2) << "one blank line";
    EXPECT_EQ(last.lines.at(sig - 1).text, QStringLiteral("特此报告。"));
}

TEST(PdfExport, LongTitleWrapsOntoBalancedLines)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    Report r = realisticReport();
    r.details.organization = QStringLiteral("江苏省泰州市兴化市陶庄镇人民政府");
    r.details.title = QStringLiteral("江苏省泰州市兴化市陶庄镇人民政府关于2023年度法治政府建设工作情况和2024年工作安排的报告");
    const QString path = writePdf(dir, r, QStringLiteral("long-title.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const Page first = readPages(path).value(0);
    QList<TextLine> titleLines;
    QString title;
    for (const TextLine &l : first.lines) {
        if (title.size() >= r.details.title.size())
            break;
        titleLines.append(l);
        title += l.text;
    }
    EXPECT_EQ(title, r.details.title);
    ASSERT_GE(titleLines.size(), 2);
    EXPECT_EQ(titleLines.first().text, r.details.organization) << "breaks after the organization's name";
    // Words stay whole (not 建设工|作情况): the break comes before the conjunction.
    QStringList texts;
    for (const TextLine &l : titleLines)
        texts.append(l.text);
    EXPECT_EQ(texts.join(QLatin1Char('|')),
              QStringLiteral("江苏省泰州市兴化市陶庄镇人民政府|关于2023年度法治政府建设工作情况|和2024年工作安排的报告"));
    double shortest = 1e9, longest = 0;
    for (int i = 1; i < titleLines.size(); ++i) {
        shortest = std::min(shortest, titleLines.at(i).xMax - titleLines.at(i).xMin);
        longest = std::max(longest, titleLines.at(i).xMax - titleLines.at(i).xMin);
    }
    EXPECT_LT(longest - shortest, 6 * 22.0) << "lines after the organization are roughly balanced";
}

TEST(PdfExport, HostileTextGivesAValidPdf)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    Report r = realisticReport();
    QString lone;
    lone += QChar(0xD800);
    lone += QStringLiteral("孤");
    lone += QChar(0xDC00);
    const QString controls = QString::fromUtf16(u"控\u0001制\u0002字\u001F\u007F符\u0085\uFFFE\uFEFF\u000B");
    r.details.title = QStringLiteral("<script>alert(1)</script> & ]]> 标题") + controls + lone;
    r.details.addressee = QStringLiteral("<b>&amp;</b>");
    r.details.signature = QStringLiteral("]]><!--") + lone;
    r.preamble.append({newId(), QStringLiteral("<script>alert('x')</script> & ]]> \"引号\" 'quote'\t制表\r\n换行\n") + controls + lone});
    r.preamble.append({newId(), QString()});
    r.preamble.append({newId(), QStringLiteral("😀 𠀀 emoji and supplementary ideographs, עברית, العربية, ไทย")});
    QString huge;
    const QString chunk = QStringLiteral("法治政府建设ABC 123，“引号”……");
    while (huge.toUtf8().size() < 1024 * 1024)
        huge += chunk.repeated(1000);
    r.closing.append({newId(), huge});
    r.closing.append({newId(), QString(5000, QLatin1Char('x'))});  // one word longer than many lines

    const QString path = writePdf(dir, r, QStringLiteral("hostile.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_GT(info.value(QStringLiteral("Pages")).toInt(), 100);
    EXPECT_TRUE(info.value(QStringLiteral("Title")).contains(QStringLiteral("<script>")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    expectConsistentXref(f.readAll());
    const QString raw = pdfText(path);
    EXPECT_TRUE(raw.contains(QStringLiteral("<script>alert('x')</script>")));
    EXPECT_TRUE(raw.contains(QStringLiteral("控制字符")));
    EXPECT_TRUE(radicalsIn(raw).isEmpty());
}

TEST(PdfExport, PdfAOptionSetsTheVersionAndKeepsTheTextFix)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    const Report report = realisticReport();
    const QString plainPath = writePdf(dir, report, QStringLiteral("plain.pdf"), false);
    const QString path = writePdf(dir, report, QStringLiteral("pdfa.pdf"), true);
    ASSERT_FALSE(path.isEmpty());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-1.4"));
    EXPECT_TRUE(bytes.contains("pdfaid:part=\"1\""));
    EXPECT_TRUE(bytes.contains("pdfaid:conformance=\"B\""));
    EXPECT_TRUE(bytes.contains("/OutputIntents"));
    expectConsistentXref(bytes);
    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_EQ(info.value(QStringLiteral("Metadata Stream")), QStringLiteral("yes"));
    EXPECT_EQ(info.value(QStringLiteral("Title")), report.effectiveTitle());
    const QString raw = pdfText(path);
    EXPECT_TRUE(radicalsIn(raw).isEmpty());
    expectBlocksExtracted(buildLayout(report, LayoutTarget::Document), raw);

    QFile plain(plainPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_FALSE(plain.readAll().contains("pdfaid:part"));
}

TEST(PdfExport, ReportWithoutSignatureOrTitleStillRenders)
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    Report r;
    r.details.organization = QStringLiteral("示例镇人民政府");
    r.details.year = 2023;
    r.details.title = QStringLiteral(" ");
    const QString path = writePdf(dir, r, QStringLiteral("empty.pdf"));
    ASSERT_FALSE(path.isEmpty());
    EXPECT_EQ(pdfInfo(path).value(QStringLiteral("Pages")), QStringLiteral("1"));
}

TEST(PdfExport, SampleReportExtractsParagraphByParagraph)
{
    FAZHI_REQUIRE_SAMPLE();
    REQUIRE_POPPLER();
    QFile sample(test::samplePath());
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const Result<QString> text = decodeText(sample.readAll());
    ASSERT_TRUE(text.ok());
    const Report report = parseReportText(text.value());
    const DocumentLayout layout = buildLayout(report, LayoutTarget::Document);
    ASSERT_GT(layout.blocks.size(), 10);
    QTemporaryDir dir;
    const QString path = writePdf(dir, report, QStringLiteral("taozhuang-2023.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QString raw = pdfText(path);
    EXPECT_TRUE(radicalsIn(raw).isEmpty());
    expectBlocksExtracted(layout, raw);
}
