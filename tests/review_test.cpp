// The review workflow on real workspace files: states, revisions, comments and suggestions, review
// copies merged back, diffs, and clean publication.
#include "TestSupport.h"

#include "export/Exporter.h"
#include "import/DocxImporter.h"
#include "model/ReportJson.h"
#include "workflow/ReviewWorkflow.h"
#include "review/TextDiff.h"
#include "storage/Workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fazhi;

namespace {

Report draft()
{
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024);
    r.parts[0].sections[0].lead = QStringLiteral("强化组织领导。");
    r.parts[0].sections[0].body.paragraphs = {{newId(), QStringLiteral("召开党委会专题研究法治政府建设4次。")}};
    r.parts[0].sections[1].lead = QStringLiteral("推进依法决策。");
    r.parts[0].sections[1].body.points = {{newId(), QStringLiteral("严格合法性审查；")}, {newId(), QStringLiteral("落实法律顾问制度。")}};
    r.parts[1].intro.paragraphs = {{newId(), QStringLiteral("镇党委书记、镇长带头学法，亲自部署推进。")}};
    return r;
}

QString apply(const QList<DiffSegment> &segments, bool target)
{
    QString s;
    for (const DiffSegment &seg : segments) {
        if (seg.op == DiffSegment::Equal || (target ? seg.op == DiffSegment::Insert : seg.op == DiffSegment::Delete))
            s += seg.text;
    }
    return s;
}

class Review : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<Workspace> clerk;
    QUuid id;

    void SetUp() override
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("clerk.fazhi")));
        ASSERT_TRUE(ws.ok());
        clerk = std::move(ws.value());
        auto inserted = clerk->insertReport(draft());
        ASSERT_TRUE(inserted.ok());
        id = inserted.value();
    }

    std::unique_ptr<Workspace> openFile(const QString &name)
    {
        auto ws = Workspace::open(dir.filePath(name));
        EXPECT_TRUE(ws.ok()) << ws.error().message.toStdString();
        return std::move(ws.value());
    }

    Report current(Workspace &ws) { return ws.loadReport(id).value(); }
};

}  // namespace

TEST(TextDiff, CharacterLevelAndReversible)
{
    const auto d = diffText(QStringLiteral("增加学法意识，提高执政能力。"), QStringLiteral("增强学法意识，提高依法行政能力。"));
    EXPECT_EQ(apply(d, false), QStringLiteral("增加学法意识，提高执政能力。"));
    EXPECT_EQ(apply(d, true), QStringLiteral("增强学法意识，提高依法行政能力。"));
    ASSERT_GE(d.size(), 5);
    EXPECT_EQ(d[0], (DiffSegment{DiffSegment::Equal, QStringLiteral("增")}));
    EXPECT_EQ(d[1], (DiffSegment{DiffSegment::Delete, QStringLiteral("加")}));
    EXPECT_EQ(d[2], (DiffSegment{DiffSegment::Insert, QStringLiteral("强")}));

    // Characters outside the BMP are never split.
    const auto astral = diffText(QStringLiteral("甲𠮷乙"), QStringLiteral("甲𠮶乙"));
    EXPECT_EQ(astral.size(), 4);
    EXPECT_EQ(astral[1].text, QStringLiteral("𠮷"));

    // Random edits: the segments always reproduce both sides.
    QRandomGenerator rng(42);
    const QString alphabet = QStringLiteral("法治政府建设年度报告，。一二三是");
    for (int round = 0; round < 200; ++round) {
        QString a, b;
        for (int i = 0, n = int(rng.bounded(60)); i < n; ++i)
            a += alphabet.at(int(rng.bounded(alphabet.size())));
        b = a;
        for (int e = 0, n = int(rng.bounded(6)); e < n && !b.isEmpty(); ++e) {
            const int at = int(rng.bounded(b.size()));
            if (rng.bounded(2))
                b.remove(at, 1);
            else
                b.insert(at, alphabet.at(int(rng.bounded(alphabet.size()))));
        }
        const auto segs = diffText(a, b);
        ASSERT_EQ(apply(segs, false), a);
        ASSERT_EQ(apply(segs, true), b);
    }
    // A whole rewrite of a long text stays bounded and correct.
    const QString longA = QString(5000, QChar(0x7532)), longB = QString(5000, QChar(0x4e59));
    const auto big = diffText(longA, longB);
    EXPECT_EQ(apply(big, false), longA);
    EXPECT_EQ(apply(big, true), longB);
}

TEST_F(Review, StatesRevisionsAndLocking)
{
    auto rev = review::submit(*clerk, id, QStringLiteral("李文书"));
    ASSERT_TRUE(rev.ok()) << rev.error().message.toStdString();
    EXPECT_EQ(rev.value(), 1);
    EXPECT_EQ(current(*clerk).status, ReportStatus::Submitted);
    // Submitting again is refused; the draft stays editable while the leader reads.
    EXPECT_EQ(review::submit(*clerk, id, QStringLiteral("李文书")).error().code, Error::Code::State);
    EXPECT_FALSE(review::isLocked(ReportStatus::Submitted));

    EXPECT_EQ(review::returnForChanges(*clerk, id, QString(), QStringLiteral("王书记")).error().code, Error::Code::Data);
    ASSERT_TRUE(review::returnForChanges(*clerk, id, QStringLiteral("请补充数据"), QStringLiteral("王书记")).ok());
    EXPECT_EQ(current(*clerk).status, ReportStatus::Returned);
    const QUuid para = current(*clerk).parts[0].sections[0].body.paragraphs[0].id;
    ASSERT_TRUE(clerk->setNodeField(id, para, QStringLiteral("text"), QStringLiteral("召开党委会专题研究法治政府建设6次。")).ok());
    auto rev2 = review::submit(*clerk, id, QStringLiteral("李文书"));
    ASSERT_TRUE(rev2.ok());
    EXPECT_EQ(rev2.value(), 2);
    ASSERT_TRUE(review::approve(*clerk, id, QStringLiteral("同意"), QStringLiteral("王书记")).ok());
    EXPECT_TRUE(review::isLocked(current(*clerk).status));
    EXPECT_EQ(review::submit(*clerk, id, QStringLiteral("李文书")).error().code, Error::Code::State);

    ASSERT_TRUE(review::publish(*clerk, id, QDate(2025, 2, 20), QStringLiteral("https://example.gov.cn/1"),
                                QStringLiteral("李文书")).ok());
    const Report published = current(*clerk);
    EXPECT_EQ(published.status, ReportStatus::Published);
    EXPECT_EQ(published.details.publishedOn, QStringLiteral("2025-02-20"));
    EXPECT_EQ(published.details.publicationUrl, QStringLiteral("https://example.gov.cn/1"));

    ASSERT_TRUE(review::reopen(*clerk, id, QStringLiteral("李文书")).ok());
    EXPECT_EQ(current(*clerk).status, ReportStatus::Draft);

    // Revisions are immutable snapshots of what was submitted.
    auto r1 = clerk->loadRevision(id, 1);
    auto r2 = clerk->loadRevision(id, 2);
    ASSERT_TRUE(r1.ok());
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r1->content.parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开党委会专题研究法治政府建设4次。"));
    EXPECT_EQ(r2->content.parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开党委会专题研究法治政府建设6次。"));
    EXPECT_EQ(r1->createdBy, QStringLiteral("李文书"));

    auto h = review::history(*clerk, id);
    ASSERT_TRUE(h.ok());
    QStringList steps;
    for (const auto &e : h.value())
        steps << e.what;
    EXPECT_EQ(steps, (QStringList{QStringLiteral("revision"), QStringLiteral("submit"), QStringLiteral("return"),
                                  QStringLiteral("revision"), QStringLiteral("submit"), QStringLiteral("approve"),
                                  QStringLiteral("publish"), QStringLiteral("reopen")}));
    EXPECT_EQ(h->at(2).by, QStringLiteral("王书记"));
    EXPECT_EQ(h->at(2).opinion, QStringLiteral("请补充数据"));

    // The diff between the rounds shows exactly the change.
    auto d = review::diff(*clerk, id, 1, 2);
    ASSERT_TRUE(d.ok());
    int changed = 0;
    for (const UnitDiff &u : d.value()) {
        if (u.change == UnitDiff::Unchanged)
            continue;
        ++changed;
        EXPECT_EQ(u.nodeId, r1->content.parts[0].sections[0].id);
        QStringList deleted, inserted;
        for (const DiffSegment &seg : u.segments) {
            if (seg.op == DiffSegment::Delete) deleted << seg.text;
            if (seg.op == DiffSegment::Insert) inserted << seg.text;
        }
        EXPECT_EQ(deleted, QStringList{QStringLiteral("4")});
        EXPECT_EQ(inserted, QStringList{QStringLiteral("6")});
    }
    EXPECT_EQ(changed, 1);
}

TEST_F(Review, RoundTripThroughAReviewCopyLosesNothing)
{
    ASSERT_TRUE(review::submit(*clerk, id, QStringLiteral("李文书")).ok());
    // A finding the clerk chose to ignore, with the reason.
    check::Finding mark;
    mark.rule = QStringLiteral("halfwidth-punctuation");
    mark.node = id;
    mark.context = QStringLiteral("原文,如此");
    check::IgnoreList clerkIgnored;
    clerkIgnored.add(mark, QStringLiteral("引用原文"));
    ASSERT_TRUE(clerk->setIgnoredFindings(id, clerkIgnored).ok());
    const QString copyPath = dir.filePath(QStringLiteral("送审.fazhi"));
    ASSERT_TRUE(review::exportReviewCopy(*clerk, id, copyPath).ok());

    // The leader opens the copy directly as a workspace, and sees what was ignored and why.
    auto leader = openFile(QStringLiteral("送审.fazhi"));
    EXPECT_EQ(leader->ignoredFindings(id).value(), clerkIgnored);
    check::Finding whole;
    whole.rule = QStringLiteral("required-part");
    whole.node = id;
    check::IgnoreList leaderIgnored = clerkIgnored;
    leaderIgnored.add(whole, QStringLiteral("另行报送"));
    ASSERT_TRUE(leader->setIgnoredFindings(id, leaderIgnored).ok());
    const Report seen = current(*leader);
    EXPECT_EQ(contentJson(seen), contentJson(current(*clerk)));
    EXPECT_EQ(seen.status, ReportStatus::Submitted);
    const QUuid lead1 = seen.parts[0].sections[0].id;
    const QUuid lead2 = seen.parts[0].sections[1].id;
    const QUuid duty = seen.parts[1].intro.paragraphs[0].id;
    auto c1 = review::addComment(*leader, id, lead1, QStringLiteral("请补充会议数据"), QStringLiteral("王书记"));
    auto c2 = review::addComment(*leader, id, duty, QStringLiteral("“亲自”二字请具体化"), QStringLiteral("王书记"), 13, 15);
    auto c3 = review::addComment(*leader, id, id, QStringLiteral("标题无误"), QStringLiteral("王书记"));
    auto s1 = review::addSuggestion(*leader, id, lead2, QStringLiteral("坚持依法科学民主决策。"), QStringLiteral("王书记"));
    auto s2 = review::addSuggestion(*leader, id, lead1, QStringLiteral("加强党的领导。"), QStringLiteral("王书记"));
    ASSERT_TRUE(c1.ok() && c2.ok() && c3.ok() && s1.ok() && s2.ok());
    auto comments = leader->listComments(id);
    ASSERT_TRUE(comments.ok());
    EXPECT_EQ(comments->at(1).quote, QStringLiteral("亲自"));
    ASSERT_TRUE(review::returnForChanges(*leader, id, QStringLiteral("按批注修改"), QStringLiteral("王书记")).ok());
    leader.reset();

    // Meanwhile the clerk kept writing, including the lead the second suggestion was made on.
    const QUuid para = current(*clerk).parts[0].sections[0].body.paragraphs[0].id;
    ASSERT_TRUE(clerk->setNodeField(id, para, QStringLiteral("text"), QStringLiteral("召开专题会议6次。")).ok());
    ASSERT_TRUE(clerk->setNodeField(id, lead1, QStringLiteral("lead"), QStringLiteral("强化党的领导。")).ok());
    auto own = review::addComment(*clerk, id, para, QStringLiteral("自查：数字已核对"), QStringLiteral("李文书"));
    ASSERT_TRUE(own.ok());

    auto merged = review::importReviewCopy(*clerk, copyPath);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    EXPECT_EQ(merged->newComments, 5);
    EXPECT_EQ(merged->newEvents, 1);
    EXPECT_EQ(merged->staleSuggestions, QList<QUuid>{s2.value()});
    const Report after = current(*clerk);
    EXPECT_EQ(after.status, ReportStatus::Returned);
    EXPECT_EQ(after.parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开专题会议6次。"));  // the clerk's writing stays
    auto all = clerk->listComments(id);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 6);
    EXPECT_EQ(clerk->ignoredFindings(id).value(), leaderIgnored) << "both sides' ignored findings";

    // Importing the same copy again changes nothing.
    auto again = review::importReviewCopy(*clerk, copyPath);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->newComments, 0);
    EXPECT_EQ(again->newEvents, 0);

    // The stale suggestion is not applied blindly; the fresh one is.
    auto stale = review::acceptSuggestion(*clerk, id, s2.value(), QStringLiteral("李文书"));
    EXPECT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, Error::Code::State);
    EXPECT_EQ(current(*clerk).parts[0].sections[0].lead, QStringLiteral("强化党的领导。"));
    ASSERT_TRUE(review::acceptSuggestion(*clerk, id, s1.value(), QStringLiteral("李文书")).ok());
    EXPECT_EQ(current(*clerk).parts[0].sections[1].lead, QStringLiteral("坚持依法科学民主决策。"));
    ASSERT_TRUE(review::rejectSuggestion(*clerk, id, s2.value(), QStringLiteral("李文书")).ok());
    auto replyId = review::reply(*clerk, id, c1.value(), QStringLiteral("已补充"), QStringLiteral("李文书"));
    ASSERT_TRUE(replyId.ok());
    ASSERT_TRUE(review::resolve(*clerk, id, c1.value(), QStringLiteral("李文书")).ok());

    // Second round: resubmit, the leader approves on a fresh copy, the clerk merges the decision.
    ASSERT_TRUE(review::submit(*clerk, id, QStringLiteral("李文书")).ok());
    ASSERT_TRUE(review::exportReviewCopy(*clerk, id, copyPath).ok());
    {
        auto leader2 = openFile(QStringLiteral("送审.fazhi"));
        ASSERT_TRUE(review::approve(*leader2, id, QStringLiteral("同意发布"), QStringLiteral("王书记")).ok());
    }
    ASSERT_TRUE(review::importReviewCopy(*clerk, copyPath).ok());
    EXPECT_EQ(current(*clerk).status, ReportStatus::Approved);
    auto resolved = clerk->listComments(id);
    for (const Comment &c : resolved.value()) {
        if (c.id == c1.value()) {
            EXPECT_EQ(c.state, CommentState::Resolved);
        }
        if (c.id == s1.value()) {
            EXPECT_EQ(c.state, CommentState::Accepted);
        }
    }

    // A leader's own workspace can import the copy too (a report it did not have).
    auto elsewhere = openFile(QStringLiteral("leader-own.fazhi"));
    auto into = review::importReviewCopy(*elsewhere, copyPath);
    ASSERT_TRUE(into.ok());
    EXPECT_EQ(into->newReports, 1);
    EXPECT_EQ(elsewhere->listComments(id)->size(), all->size() + 1);
}

TEST_F(Review, PublicationContainsNoReviewMaterial)
{
    ASSERT_TRUE(review::submit(*clerk, id, QStringLiteral("李文书")).ok());
    const QUuid lead = current(*clerk).parts[0].sections[0].id;
    ASSERT_TRUE(review::addComment(*clerk, id, lead, QStringLiteral("批注内容甲乙丙"), QStringLiteral("审核人赵六")).ok());
    ASSERT_TRUE(review::addSuggestion(*clerk, id, lead, QStringLiteral("建议文本丁戊己"), QStringLiteral("审核人赵六")).ok());
    ASSERT_TRUE(review::approve(*clerk, id, QStringLiteral("意见庚辛壬"), QStringLiteral("审核人赵六")).ok());
    const Report r = current(*clerk);
    for (ExportFormat f : {ExportFormat::Text, ExportFormat::Html}) {
        auto bytes = renderReport(r, f);
        ASSERT_TRUE(bytes.ok());
        const QString text = QString::fromUtf8(bytes.value());
        EXPECT_TRUE(text.contains(QStringLiteral("强化组织领导")));
        for (const char *secret : {"批注内容甲乙丙", "建议文本丁戊己", "审核人赵六", "意见庚辛壬"})
            EXPECT_FALSE(text.contains(QString::fromUtf8(secret))) << secret;
    }
    // The .docx, read back through its importer (all of its paragraphs) and as raw package bytes.
    auto docx = renderReport(r, ExportFormat::Docx);
    ASSERT_TRUE(docx.ok());
    auto readBack = importDocxBytes(docx.value());
    ASSERT_TRUE(readBack.ok());
    const QString docxText = QString::fromUtf8(renderReport(readBack.value(), ExportFormat::Text).value());
    EXPECT_TRUE(docxText.contains(QStringLiteral("强化组织领导")));
    for (const char *secret : {"批注内容甲乙丙", "建议文本丁戊己", "审核人赵六", "意见庚辛壬"}) {
        EXPECT_FALSE(docxText.contains(QString::fromUtf8(secret))) << secret;
        EXPECT_FALSE(docx.value().contains(QByteArray(secret))) << secret;
    }
}

TEST_F(Review, RefusalsAreClear)
{
    EXPECT_EQ(review::approve(*clerk, id, QStringLiteral("x"), QStringLiteral("王书记")).error().code, Error::Code::State);
    EXPECT_EQ(review::reopen(*clerk, id, QStringLiteral("王书记")).error().code, Error::Code::State);
    EXPECT_EQ(review::submit(*clerk, id, QString()).error().code, Error::Code::Data);
    EXPECT_EQ(review::addComment(*clerk, id, newId(), QStringLiteral("x"), QStringLiteral("王")).error().code, Error::Code::Data);
    EXPECT_EQ(review::submit(*clerk, newId(), QStringLiteral("王")).error().code, Error::Code::Data);
    EXPECT_EQ(review::diff(*clerk, id).error().code, Error::Code::State);  // no revision yet
    EXPECT_EQ(review::importReviewCopy(*clerk, clerk->path()).error().code, Error::Code::Data);
}
