// The report-wide rules: required-content, title, deadline.

#include "CheckText.h"
#include "Rules.h"

#include <QRegularExpression>
#include <algorithm>

namespace fazhi::check::detail {

namespace {

bool blank(const QString &s) { return s.trimmed().isEmpty(); }

bool bodyHasContent(const Body &b)
{
    for (const Paragraph &p : b.paragraphs) {
        if (!blank(p.text))
            return true;
    }
    for (const Point &p : b.points) {
        if (!blank(p.text))
            return true;
    }
    return false;
}

bool sectionHasContent(const Section &s) { return !blank(s.lead) || bodyHasContent(s.body); }

bool partHasContent(const Part &p)
{
    if (bodyHasContent(p.intro))
        return true;
    for (const Section &s : p.sections) {
        if (sectionHasContent(s))
            return true;
    }
    return false;
}

void appendBody(QString &out, const Body &b)
{
    for (const Paragraph &p : b.paragraphs)
        out += p.text + u'\n';
    for (const Point &p : b.points)
        out += p.text + u'\n';
}

QString sectionText(const Section &s)
{
    QString out = s.lead + u'\n';
    appendBody(out, s.body);
    return out;
}

QString partText(const Part &p)
{
    QString out;
    appendBody(out, p.intro);
    for (const Section &s : p.sections)
        out += sectionText(s);
    return out;
}

// Shortcomings come with causes: 原因, 由于, 因为, 导致, 主要是, 受……影响 …
bool statesCauses(const QString &text)
{
    static const QRegularExpression rx(QStringLiteral(
        "原因|由于|因为|导致|主要是|究其|根源|源于|缘于|在于|造成|归因|受[^。；！？\\n]{0,20}(?:影响|制约|限制|所限)"));
    return rx.match(text).hasMatch();
}

bool namesPrincipalLeaders(const QString &text)
{
    static const QRegularExpression rx(QStringLiteral("主要负责人|第一责任人|主要领导|一把手"));
    return rx.match(text).hasMatch();
}

// A sentence in which a principal leader acts: 书记主持召开……, 主要负责人听取……汇报.
bool saysWhatLeadersDid(const QString &text)
{
    static const QRegularExpression leader(
        QStringLiteral("主要负责人|第一责任人|主要领导|一把手|书记|镇长|乡长|主任|区长|县长|市长"));
    static const QRegularExpression action(
        QStringLiteral("主持|带头|亲自|听取|研究|部署|督办|批示|审定|审议|过问|述法|专题"));
    for (const auto &[from, to] : splitSentences(text)) {
        const QString s = text.mid(from, to - from);
        if (leader.match(s).hasMatch() && action.match(s).hasMatch())
            return true;
    }
    return false;
}

QString fullDate(const QDate &d) { return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()); }

}  // namespace

void checkCompleteness(const Report &report, Sink &sink)
{
    const QString &rule = RuleId::RequiredContent;
    if (!sink.enabled(rule))
        return;
    struct Required {
        PartKind kind;
        Msg missing;
    };
    const Required required[] = {{PartKind::Measures, Msg::MissingMeasures},
                                 {PartKind::Shortcomings, Msg::MissingShortcomings},
                                 {PartKind::LeadersDuty, Msg::MissingLeadersDuty},
                                 {PartKind::Plans, Msg::MissingPlans}};
    auto covers = [&](const Part &part, PartKind kind) {
        const PartKind k = effectiveKind(report, part);
        // A Custom part that names none of the contents is a work area of a thematic report.
        if (k == kind || (kind == PartKind::Measures && k == PartKind::Custom))
            return true;
        return headingNames(report.effectiveHeading(part), kind);
    };
    for (const Required &req : required) {
        QList<const Part *> parts;
        for (const Part &p : report.parts) {
            if (covers(p, req.kind))
                parts.append(&p);
        }
        if (parts.isEmpty()) {
            if (req.kind == PartKind::LeadersDuty) {
                // Folded into a work area: the first section naming the principal leaders.
                const Section *folded = nullptr;
                for (const Part &p : report.parts) {
                    for (const Section &s : p.sections) {
                        if (!folded && namesPrincipalLeaders(sectionText(s)))
                            folded = &s;
                    }
                }
                if (folded) {
                    if (!saysWhatLeadersDid(sectionText(*folded)))
                        sink.addNode(rule, Severity::Warning, folded->id, message(Msg::NoLeaderActions));
                    continue;
                }
                // Only in passing ("成立由党工委书记任组长的领导小组……研究解决……"): still missing, but not blank.
                bool inPassing = false;
                for (const Part &p : report.parts)
                    inPassing = inPassing || (effectiveKind(report, p) != PartKind::Plans && saysWhatLeadersDid(partText(p)));
                sink.addNode(rule, inPassing ? Severity::Warning : Severity::Error, report.id, message(req.missing));
                continue;
            }
            sink.addNode(rule, Severity::Error, report.id, message(req.missing));
            continue;
        }
        QString text;
        for (const Part *p : parts)
            text += partText(*p);
        if (blank(text)) {
            sink.addNode(rule, Severity::Error, parts.first()->id, message(Msg::EmptyPart));
            continue;
        }
        if (req.kind == PartKind::Shortcomings && !statesCauses(text))
            sink.addNode(rule, Severity::Warning, parts.first()->id, message(Msg::NoCauses));
        if (req.kind == PartKind::LeadersDuty && !saysWhatLeadersDid(text))
            sink.addNode(rule, Severity::Warning, parts.first()->id, message(Msg::NoLeaderActions));
    }
    for (const Part &p : report.parts) {
        const bool content = partHasContent(p);
        const PartKind kind = effectiveKind(report, p);
        if (!content && kind == PartKind::Other)
            sink.addNode(rule, Severity::Hint, p.id, message(Msg::EmptyOtherPart));
        else if (!content && p.kind == PartKind::Custom && (kind == PartKind::Custom || kind == PartKind::Measures))
            sink.addNode(rule, Severity::Warning, p.id, message(Msg::EmptyPart));
        if (!content)
            continue;
        for (const Section &s : p.sections) {
            if (!sectionHasContent(s))
                sink.addNode(rule, Severity::Warning, s.id, message(Msg::EmptySection));
        }
    }
}

namespace {

// Whether the title names the organization in a shorter form: its name without the county or city
// before it and without the kind of body after it (兴化市陶庄镇人民政府 → 陶庄镇), anywhere in the
// title ("中共陶庄镇委员会 陶庄镇人民政府关于……", "关于陶庄镇2023年度……的报告").
bool titleNamesOrganization(const QString &title, const QString &organization)
{
    static const QRegularExpression suffix(
        QStringLiteral("(?:人民政府|政府|街道办事处|办事处|党委|党工委|委员会|管理委员会|管委会)$"));
    QString core = organization;
    core.remove(QRegularExpression(QStringLiteral("\\s")));
    core.remove(suffix);
    if (core.endsWith(QStringLiteral("街道")) || core.endsWith(u'镇') || core.endsWith(u'乡')) {
        // Drop the levels above the township: 江苏省兴化市陶庄镇 → 陶庄镇.
        static const QRegularExpression above(QStringLiteral("^.*?(?:省|自治区|市|州|盟|县|区|旗)(?=.{2,})"));
        QString township = core;
        for (int guard = 0; guard < 4; ++guard) {
            const auto m = above.match(township);
            if (!m.hasMatch() || township.size() - m.capturedLength() < 2)
                break;
            township = township.mid(m.capturedLength());
            if (title.contains(township))
                return true;
        }
    }
    return core.size() >= 2 && title.contains(core);
}

// The organization is unset, but the title names a township, a sub-district or a county body: the
// import missed it (a hint, the user sets it); a title naming none is a warning.
bool titleNamesSomeOrganization(const QString &title)
{
    static const QRegularExpression named(QStringLiteral("[\\x{4e00}-\\x{9fff}]{2,}(?:镇|乡|街道|县|区|市)"));
    return named.match(title).hasMatch();
}

}  // namespace

void checkTitle(const Report &report, Sink &sink)
{
    const QString &rule = RuleId::Title;
    if (!sink.enabled(rule))
        return;
    const QString title = report.effectiveTitle();
    const QString field = QStringLiteral("title");
    const QString organization = report.details.organization.trimmed();
    const int year = report.details.year;
    if (organization.isEmpty())
        sink.add(rule, titleNamesSomeOrganization(title) ? Severity::Hint : Severity::Warning, report.id,
                 QStringLiteral("organization"), QString(), 0, 0, message(Msg::NoOrganization));
    if (year <= 0)
        sink.add(rule, Severity::Error, report.id, QStringLiteral("year"), QString(), 0, 0, message(Msg::NoYear));

    QList<std::pair<int, int>> flagged;  // ranges already reported as duplicates

    // Years.
    static const QRegularExpression yearRx(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])(年度|年)?"));
    bool named = false, otherYear = false;
    for (auto it = yearRx.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(1).toInt();
        const int from = int(m.capturedStart(0)), to = int(m.capturedEnd(0));
        if (year > 0 && y != year) {
            sink.add(rule, Severity::Error, report.id, field, title, from, from + 4,
                     message(Msg::TitleOtherYear).arg(y).arg(year), QString::number(year));
            otherYear = true;
        } else if (year > 0 && named) {
            sink.add(rule, Severity::Error, report.id, field, title, from, to,
                     message(Msg::TitleDuplicate).arg(title.mid(from, to - from)), QString());
            flagged.append({from, to});
        }
        named = named || y == year;
    }
    if (year > 0 && !named && !otherYear)
        sink.add(rule, Severity::Warning, report.id, field, title, 0, 0, message(Msg::TitleNoYear).arg(year));

    // Organization.
    if (!organization.isEmpty()) {
        const int first = int(title.indexOf(organization));
        if (first < 0) {
            // "陶庄镇人民政府2023年度……" for 兴化市陶庄镇人民政府 names it too.
            static const QRegularExpression prefixEnd(QStringLiteral("(?:19|20)[0-9]{2}|关于"));
            const auto m = prefixEnd.match(title);
            const QString prefix = title.left(m.hasMatch() ? m.capturedStart() : 0).trimmed();
            if ((prefix.size() < 2 || !organization.contains(prefix)) && !titleNamesOrganization(title, organization))
                sink.add(rule, Severity::Warning, report.id, field, title, 0, 0,
                         message(Msg::TitleNoOrganization).arg(organization));
        } else {
            const int second = int(title.indexOf(organization, first + organization.size()));
            if (second >= 0) {
                sink.add(rule, Severity::Error, report.id, field, title, second, second + int(organization.size()),
                         message(Msg::TitleDuplicate).arg(organization), QString());
                flagged.append({second, second + int(organization.size())});
            }
        }
    }

    // Any other immediate repetition: 人民政府人民政府, 情况情况, 报告报告.
    const int n = int(title.size());
    for (int i = 0; i < n; ++i) {
        for (int len = std::min(12, (n - i) / 2); len >= 2; --len) {
            const QStringView a = QStringView(title).mid(i, len), b = QStringView(title).mid(i + len, len);
            if (a != b)
                continue;
            bool digits = true;
            for (const QChar c : a)
                digits = digits && c.isDigit();
            bool covered = false;
            for (const auto &[from, to] : flagged)
                covered = covered || (i + len < to && from < i + 2 * len);
            if (!digits && !covered) {
                sink.add(rule, Severity::Error, report.id, field, title, i + len, i + 2 * len,
                         message(Msg::TitleDuplicate).arg(a.toString()), QString());
                flagged.append({i + len, i + 2 * len});
                i += 2 * len - 1;
            }
            break;
        }
    }

    if (!title.contains(QStringLiteral("法治政府建设")) || !title.endsWith(QStringLiteral("报告")))
        sink.add(rule, Severity::Hint, report.id, field, title, 0, 0, message(Msg::TitleForm));
}

void checkDeadlines(const Report &report, Sink &sink)
{
    const QString &rule = RuleId::Deadline;
    const int year = report.details.year;
    if (!sink.enabled(rule) || year <= 0)
        return;
    const ReportDetails &d = report.details;
    static const QRegularExpression dateRx(
        QStringLiteral("((?:19|20)[0-9]{2})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})"));
    const auto m = dateRx.match(d.publishedOn);
    QDate published;
    if (m.hasMatch()) {
        published = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        // The regulation: public "before 1 April" of the following year.
        if (published.isValid() && published >= QDate(year + 1, 4, 1)) {
            sink.add(rule, Severity::Warning, report.id, QStringLiteral("publishedOn"), d.publishedOn,
                     int(m.capturedStart(0)), int(m.capturedEnd(0)),
                     message(Msg::PublishedLate).arg(fullDate(published)).arg(year + 1));
        }
    }
    // No 成文日期: the signature block goes out undated. Drafting, that is for later (a warning); once
    // the report is with the reviewer for 审定, or approved, it is an error.
    // (The field's name as the finding's context: ignoring it must not also ignore the rule's other
    // findings on the report, which have none.)
    if (!d.date.isValid()) {
        const bool drafting = report.status == ReportStatus::Draft || report.status == ReportStatus::Returned;
        sink.add(rule, drafting ? Severity::Warning : Severity::Error, report.id, QStringLiteral("date"),
                 QStringLiteral("成文日期"), 0, 0, message(drafting ? Msg::DateNotSet : Msg::DateNotSetAtReview));
    }
    const QDate deadline = sink.context().effectiveReportUpDeadline(report);
    if (d.date.isValid() && d.date >= deadline) {
        sink.add(rule, Severity::Warning, report.id, QStringLiteral("date"), QString(), 0, 0,
                 message(Msg::ReportedLate).arg(fullDate(d.date), fullDate(deadline)));
    }
    const QDate today = sink.context().today;
    // A report the website already published (an imported one: its 发布日期 is known and past) was
    // sent long ago, whatever its status in this workspace.
    const bool alreadyPublished = published.isValid() && published <= today;
    if (today.isValid() && today >= deadline && !alreadyPublished
        && (report.status == ReportStatus::Draft || report.status == ReportStatus::Returned)) {
        sink.addNode(rule, Severity::Warning, report.id, message(Msg::DeadlinePassed).arg(fullDate(deadline)));
    }
}

}  // namespace fazhi::check::detail
