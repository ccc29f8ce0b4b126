// The review and the checks in the desktop app, driven through real widgets (offscreen): the clerk
// drafts and submits, a review copy goes to the leader's "PC" (a second window on the copy), the
// leader comments, suggests and returns the report, the clerk imports the opinions, edits, accepts the
// suggestion and resubmits, the leader approves; the history, the revision diff and the exports are
// checked. And the checks panel: findings while typing, going to a finding, fix and undo, ignore.
// Dialogs never block: answers come through the Prompts and ReviewInput seams.
#include "common/AppSettings.h"
#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "review/DiffView.h"
#include "output/ExportController.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "review/HistoryDialog.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "editor/OutlineView.h"
#include "common/Prompts.h"
#include "review/ReviewController.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPanel.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "check/Rules.h"
#include "import/DocxImporter.h"
#include "model/ReportJson.h"
#include "workflow/ReviewWorkflow.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <gtest/gtest.h>
#include <algorithm>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::moveToEnd;
using fazhi::test::selectRange;
using fazhi::test::typeText;

class ReviewUiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), ReviewAnswers | NoOpenUrls));
    }

    void TearDown() override
    {
        leader.reset();
        clerk.reset();
        tearDownUi();
    }

    static void activate(MainWindow *w)
    {
        w->activateWindow();
        w->raise();
        EXPECT_TRUE(QTest::qWaitForWindowActive(w));
    }

    static void setUser(const QString &name) { AppSettings::instance().setValue(AppSettings::UserName, name); }
    static QAction *action(MainWindow *w, const char *name) { return w->findChild<QAction *>(QLatin1String(name)); }
    static ReportStatus status(MainWindow *w) { return w->session()->report().status; }

    static QList<Comment> comments(MainWindow *w)
    {
        auto list = w->workspace()->listComments(w->session()->reportId());
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<Comment>();
    }

    std::unique_ptr<MainWindow> clerk;
    std::unique_ptr<MainWindow> leader;
};

}  // namespace

TEST_F(ReviewUiTest, RoundTripBetweenClerkAndLeader)
{
    // --- The clerk drafts and submits.
    clerk = openWindow(dir.filePath(QStringLiteral("clerk.fazhi")));
    const QUuid reportId = clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    ASSERT_FALSE(reportId.isNull());
    ReviewController *clerkReview = clerk->review();
    ASSERT_NE(clerkReview, nullptr);
    EXPECT_EQ(clerkReview->role(), ReviewRole::Drafter);
    SectionForm *form = clerk->forms()->sectionForm();
    const QUuid sectionId = clerk->session()->report().parts[0].sections[0].id;
    typeText(form->leadEdit(), QStringLiteral("强化组织领导。"));
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("全年开展普法活动"));
    QTest::keyClicks(form->paragraphs()->editorAt(0), QStringLiteral("36"));
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("场次。"));
    const QUuid paragraphId = clerk->session()->report().parts[0].sections[0].body.paragraphs[0].id;

    // No name yet: asked once, then remembered.
    ASSERT_TRUE(AppSettings::instance().string(AppSettings::UserName).isEmpty());
    ReviewInput::queueText(QStringLiteral("王秘书"));
    action(clerk.get(), "actionSubmit")->trigger();
    EXPECT_EQ(AppSettings::instance().string(AppSettings::UserName), QStringLiteral("王秘书"));
    EXPECT_EQ(ReviewInput::pendingAnswers(), 0);
    // The session was reloaded from the workspace: it knows the new state.
    EXPECT_EQ(status(clerk.get()), ReportStatus::Submitted);
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].lead, QStringLiteral("强化组织领导。"));
    EXPECT_TRUE(clerkReview->statusText()->text().contains(QStringLiteral("revision 1")));
    EXPECT_FALSE(action(clerk.get(), "actionSubmit")->isEnabled());

    // --- A review copy for the leader's PC.
    const QString copy = dir.filePath(QStringLiteral("送审副本.fazhi"));
    Prompts::setNextFileName(copy);
    action(clerk.get(), "actionExportReviewCopy")->trigger();
    ASSERT_TRUE(QFileInfo::exists(copy));
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Review Copy Exported"));

    // --- The leader opens the copy and reviews: the text is read-only.
    leader = openWindow(copy);
    setUser(QStringLiteral("李书记"));
    ASSERT_NE(leader->session(), nullptr);
    EXPECT_EQ(leader->session()->reportId(), reportId);
    ReviewInput::queueText(QStringLiteral("李书记"));  // the reviewer's name, asked with the role
    action(leader.get(), "actionRoleReviewer")->trigger();
    ReviewController *leaderReview = leader->review();
    EXPECT_EQ(leaderReview->role(), ReviewRole::Reviewer);
    EXPECT_TRUE(leader->session()->isReadOnly());
    EXPECT_EQ(AppSettings::instance().string(AppSettings::ReviewRole), QStringLiteral("reviewer"));
    leader->selectNode(sectionId);
    SectionForm *leaderForm = leader->forms()->sectionForm();
    EXPECT_TRUE(leaderForm->leadEdit()->isReadOnly());
    EXPECT_FALSE(action(leader.get(), "actionAddSection")->isEnabled());
    EXPECT_FALSE(action(leader.get(), "actionDelete")->isEnabled());
    EXPECT_FALSE(action(leader.get(), "actionSubmit")->isVisible());
    EXPECT_TRUE(action(leader.get(), "actionApprove")->isEnabled());
    EXPECT_TRUE(leaderReview->banner()->isVisible());
    typeText(leaderForm->leadEdit(), QStringLiteral("乱改"));
    EXPECT_EQ(leader->session()->report().parts[0].sections[0].lead, QStringLiteral("强化组织领导。"));

    // Three comments: on the section, on selected characters of the paragraph, on the report details.
    ReviewInput::queueText(QStringLiteral("引领句请再精炼。"));
    action(leader.get(), "actionAddComment")->trigger();
    leader->revealNode(paragraphId);
    FieldEdit *paragraphEdit = leaderForm->paragraphs()->editorAt(0);
    ASSERT_NE(paragraphEdit, nullptr);
    paragraphEdit->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return paragraphEdit->hasFocus(); }));
    selectRange(paragraphEdit, 2, 6);
    ReviewInput::queueText(QStringLiteral("请写明活动名称。"));
    action(leader.get(), "actionAddComment")->trigger();
    leader->selectNode(reportId);
    ReviewInput::queueText(QStringLiteral("成文日期请填写。"));
    action(leader.get(), "actionAddComment")->trigger();
    // A suggestion on the lead sentence.
    leader->selectNode(sectionId);
    ASSERT_TRUE(action(leader.get(), "actionSuggest")->isEnabled());
    ReviewInput::queueText(QStringLiteral("加强党的领导。"));
    action(leader.get(), "actionSuggest")->trigger();

    QList<Comment> list = comments(leader.get());
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].nodeId, sectionId);
    EXPECT_EQ(list[0].author, QStringLiteral("李书记"));
    EXPECT_EQ(list[1].nodeId, paragraphId);
    EXPECT_EQ(list[1].start, 2);
    EXPECT_EQ(list[1].end, 6);
    EXPECT_EQ(list[1].quote, QStringLiteral("开展普法"));
    EXPECT_EQ(list[2].nodeId, reportId);
    EXPECT_EQ(list[3].kind, CommentKind::Suggestion);
    EXPECT_EQ(list[3].nodeId, sectionId);
    EXPECT_EQ(list[3].baseText, QStringLiteral("强化组织领导。"));
    // The panel lists them beside the text: for the section (its lead and its paragraph), or all.
    ReviewPanel *panel = leaderReview->reviewPanel();
    panel->setScope(ReviewPanel::Scope::Selection);
    EXPECT_EQ(panel->shownComments().size(), 3);
    panel->setScope(ReviewPanel::Scope::All);
    EXPECT_EQ(panel->shownComments().size(), 4);
    EXPECT_EQ(panel->openCount(), 4);
    // The reviewer cannot accept a suggestion.
    EXPECT_EQ(panel->card(list[3].id)->findChild<QPushButton *>(QStringLiteral("acceptButton")), nullptr);

    // Returning needs an opinion: an empty one is refused by the dialog (the seam cancels it).
    ReviewInput::queueText(QString());
    action(leader.get(), "actionReturn")->trigger();
    EXPECT_EQ(status(leader.get()), ReportStatus::Submitted);
    ReviewInput::queueText(QStringLiteral("请按批注修改后再报。"));
    action(leader.get(), "actionReturn")->trigger();
    EXPECT_EQ(status(leader.get()), ReportStatus::Returned);
    leader->close();
    leader.reset();

    // --- The clerk imports the opinions.
    setUser(QStringLiteral("王秘书"));
    activate(clerk.get());
    Prompts::clearShown();
    Prompts::setNextFileName(copy);
    action(clerk.get(), "actionImportReview")->trigger();
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Review Opinions Imported"));
    EXPECT_TRUE(Prompts::shown().last().text.contains(QStringLiteral("New comments and suggestions: 4")))
        << Prompts::shown().last().text.toStdString();
    EXPECT_TRUE(Prompts::shown().last().text.contains(QStringLiteral("Returned for changes")));
    EXPECT_EQ(status(clerk.get()), ReportStatus::Returned);
    EXPECT_TRUE(clerkReview->bannerText()->text().contains(QStringLiteral("请按批注修改后再报。")));
    EXPECT_TRUE(clerkReview->bannerText()->text().contains(QStringLiteral("李书记")));
    EXPECT_FALSE(clerk->session()->isLocked());
    panel = clerkReview->reviewPanel();
    EXPECT_EQ(panel->scope(), ReviewPanel::Scope::All);
    ASSERT_EQ(panel->shownComments().size(), 4);

    // The clerk replies to a comment and resolves another.
    list = comments(clerk.get());
    ReviewInput::queueText(QStringLiteral("已补充活动名称。"));
    QTest::mouseClick(panel->card(list[1].id)->findChild<QPushButton *>(QStringLiteral("replyButton")), Qt::LeftButton);
    QTest::mouseClick(panel->card(list[0].id)->findChild<QPushButton *>(QStringLiteral("resolveButton")), Qt::LeftButton);
    list = comments(clerk.get());
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list[0].state, CommentState::Resolved);
    EXPECT_EQ(list[0].closedBy, QStringLiteral("王秘书"));
    EXPECT_EQ(list[4].kind, CommentKind::Reply);
    EXPECT_EQ(list[4].parentId, list[1].id);

    // Edits the paragraph, then accepts the suggestion from its card.
    clerk->revealNode(paragraphId);
    form = clerk->forms()->sectionForm();
    FieldEdit *edit = form->paragraphs()->editorAt(0);
    moveToEnd(edit);
    typeText(edit, QStringLiteral("覆盖群众5000余人次。"));
    const QUuid suggestionId = list[3].id;
    QPushButton *accept = panel->card(suggestionId)->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    ASSERT_NE(accept, nullptr);
    ASSERT_TRUE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    const Report &afterAccept = clerk->session()->report();
    EXPECT_EQ(afterAccept.parts[0].sections[0].lead, QStringLiteral("加强党的领导。"));
    EXPECT_EQ(afterAccept.parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("全年开展普法活动36场次。覆盖群众5000余人次。"));
    // The form shows the applied text.
    clerk->selectNode(sectionId);
    EXPECT_EQ(clerk->forms()->sectionForm()->leadEdit()->text(), QStringLiteral("加强党的领导。"));
    for (const Comment &c : comments(clerk.get())) {
        if (c.id == suggestionId) {
            EXPECT_EQ(c.state, CommentState::Accepted);
        }
    }

    // Resubmits: revision 2.
    action(clerk.get(), "actionSubmit")->trigger();
    EXPECT_EQ(status(clerk.get()), ReportStatus::Submitted);
    auto revisions = clerk->workspace()->listRevisions(reportId);
    ASSERT_TRUE(revisions.ok());
    EXPECT_EQ(revisions->size(), 2);

    // --- The leader approves on a second review copy.
    const QString copy2 = dir.filePath(QStringLiteral("送审副本2.fazhi"));
    Prompts::setNextFileName(copy2);
    action(clerk.get(), "actionExportReviewCopy")->trigger();
    ASSERT_TRUE(QFileInfo::exists(copy2));
    setUser(QStringLiteral("李书记"));
    leader = openWindow(copy2);
    // The role is remembered: the leader's window opens as the reviewer's.
    EXPECT_EQ(leader->review()->role(), ReviewRole::Reviewer);
    EXPECT_TRUE(leader->session()->isReadOnly());
    ReviewInput::queueText(QStringLiteral("同意。"));
    action(leader.get(), "actionApprove")->trigger();
    EXPECT_EQ(status(leader.get()), ReportStatus::Approved);
    leader->close();
    leader.reset();

    setUser(QStringLiteral("王秘书"));
    activate(clerk.get());
    Prompts::setNextFileName(copy2);
    action(clerk.get(), "actionImportReview")->trigger();
    EXPECT_EQ(status(clerk.get()), ReportStatus::Approved)
        << Prompts::shown().last().title.toStdString() << ": " << Prompts::shown().last().text.toStdString() << "\n"
        << Prompts::shown().last().details.toStdString();

    // --- Approved: editing is refused in the GUI, a banner says why and offers to reopen.
    EXPECT_TRUE(clerk->session()->isLocked());
    clerk->selectNode(sectionId);
    form = clerk->forms()->sectionForm();
    EXPECT_TRUE(form->leadEdit()->isReadOnly());
    EXPECT_TRUE(form->paragraphs()->editorAt(0)->isReadOnly());
    typeText(form->leadEdit(), QStringLiteral("再改"));
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].lead, QStringLiteral("加强党的领导。"));
    EXPECT_FALSE(action(clerk.get(), "actionAddSection")->isEnabled());
    EXPECT_FALSE(action(clerk.get(), "actionAddParagraph")->isEnabled());
    clerk->selectNode(reportId);
    auto *organization = clerk->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    EXPECT_TRUE(organization->isReadOnly());
    EXPECT_TRUE(clerkReview->banner()->isVisible());
    EXPECT_TRUE(clerkReview->bannerText()->text().contains(QStringLiteral("approved")));
    EXPECT_TRUE(clerkReview->bannerReopenButton()->isVisible());
    EXPECT_TRUE(action(clerk.get(), "actionPublish")->isEnabled());

    // --- The history shows every step with names.
    action(clerk.get(), "actionHistory")->trigger();
    HistoryDialog *history = clerkReview->historyDialog();
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    QStringList steps;
    for (int i = 0; i < history->rowCount(); ++i) {
        const QStringList row = history->row(i);
        steps << row[HistoryDialog::What] + QLatin1Char('|') + row[HistoryDialog::Who] + QLatin1Char('|')
                     + row[HistoryDialog::RevisionColumn] + QLatin1Char('|') + row[HistoryDialog::Opinion];
        EXPECT_FALSE(row[HistoryDialog::When].isEmpty());
    }
    const QStringList expected = {
        QStringLiteral("Revision frozen|王秘书|No. 1|"),
        QStringLiteral("Submitted for review|王秘书|No. 1|"),
        QStringLiteral("Returned for changes|李书记|No. 1|请按批注修改后再报。"),
        QStringLiteral("Suggestion accepted|王秘书||加强党的领导。"),
        QStringLiteral("Revision frozen|王秘书|No. 2|"),
        QStringLiteral("Submitted for review|王秘书|No. 2|"),
        QStringLiteral("Approved|李书记|No. 2|同意。"),
    };
    EXPECT_EQ(steps, expected) << steps.join(QLatin1Char('\n')).toStdString();

    // --- The diff shows exactly what changed between revisions 1 and 2.
    DiffView *diff = clerkReview->showDiff(1, 2);
    ASSERT_NE(diff, nullptr);
    EXPECT_TRUE(diff->isVisible());
    EXPECT_EQ(diff->fromRevision(), 1);
    EXPECT_EQ(diff->toRevision(), 2);
    QList<UnitDiff> changed;
    for (const UnitDiff &u : diff->units()) {
        if (u.change != UnitDiff::Unchanged)
            changed << u;
    }
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0].nodeId, sectionId);
    EXPECT_EQ(changed[0].change, UnitDiff::Modified);
    QString from, to, deleted, inserted;
    for (const DiffSegment &s : changed[0].segments) {
        if (s.op != DiffSegment::Insert)
            from += s.text;
        if (s.op != DiffSegment::Delete)
            to += s.text;
        if (s.op == DiffSegment::Delete)
            deleted += s.text;
        if (s.op == DiffSegment::Insert)
            inserted += s.text;
    }
    EXPECT_EQ(from, QStringLiteral("（一）强化组织领导。\n全年开展普法活动36场次。")) << from.toStdString();
    EXPECT_EQ(to, QStringLiteral("（一）加强党的领导。\n全年开展普法活动36场次。覆盖群众5000余人次。")) << to.toStdString();
    // Exactly these characters went and came (a diff may align the repeated 次。 either way).
    auto sorted = [](QString t) {
        std::sort(t.begin(), t.end());
        return t;
    };
    EXPECT_EQ(deleted, QStringLiteral("强化组织")) << deleted.toStdString();
    EXPECT_EQ(sorted(inserted), sorted(QStringLiteral("加强党的覆盖群众5000余人次。"))) << inserted.toStdString();
    const QString html = diff->browser()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("line-through")));
    EXPECT_TRUE(html.contains(QStringLiteral("underline")));
    EXPECT_TRUE(diff->browser()->toPlainText().contains(QStringLiteral("覆盖群众5000余人次。")));
    // Switching the pickers compares other revisions: revision 2 against the draft is unchanged.
    EXPECT_TRUE(diff->compare(2, 0));
    for (const UnitDiff &u : diff->units())
        EXPECT_EQ(u.change, UnitDiff::Unchanged) << u.label.toStdString();

    // --- Exported documents contain none of the review material.
    const QStringList reviewWords = {QStringLiteral("李书记"), QStringLiteral("王秘书"), QStringLiteral("引领句请再精炼"),
                                     QStringLiteral("请写明活动名称"), QStringLiteral("成文日期请填写"),
                                     QStringLiteral("请按批注修改后再报"), QStringLiteral("同意。"),
                                     QStringLiteral("已补充活动名称")};
    Prompts::clearShown();
    for (ExportFormat format : {ExportFormat::Text, ExportFormat::Html, ExportFormat::Docx}) {
        const QString path = dir.filePath(QStringLiteral("out.") + ExportController::extension(format));
        ASSERT_TRUE(clerk->exportCurrent(format, path));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !clerk->exporter()->isBusy(); }, 60000));
        QTest::qWait(20);
        ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
        QString content;
        if (format == ExportFormat::Docx) {
            auto imported = importDocxFile(path);
            ASSERT_TRUE(imported.ok());
            content = QString::fromUtf8(QJsonDocument(contentJson(imported.value())).toJson());
        } else {
            content = fazhi::test::readUtf8(path);
        }
        EXPECT_TRUE(content.contains(QStringLiteral("加强党的领导。")));
        for (const QString &w : reviewWords)
            EXPECT_FALSE(content.contains(w)) << w.toStdString() << " in " << path.toStdString();
    }
    // The template's empty parts are errors: every export warned first (the seam answered "export anyway").
    int warnings = 0;
    for (const Prompts::Message &m : Prompts::shown())
        warnings += m.title == QLatin1String("Errors Remain");
    EXPECT_EQ(warnings, 3);

    // --- Reopening is recorded and unlocks the text.
    ReviewInput::queueText(QStringLiteral("补充数据"));
    QTest::mouseClick(clerkReview->bannerReopenButton(), Qt::LeftButton);
    EXPECT_EQ(status(clerk.get()), ReportStatus::Draft);
    EXPECT_FALSE(clerk->session()->isLocked());
    clerk->selectNode(sectionId);
    EXPECT_FALSE(clerk->forms()->sectionForm()->leadEdit()->isReadOnly());
    const QString lastStep = history->row(history->rowCount() - 1).join(QLatin1Char('|'));
    EXPECT_TRUE(lastStep.contains(QStringLiteral("王秘书|Reopened"))) << lastStep.toStdString();
}

TEST_F(ReviewUiTest, StaleSuggestionNeedsConfirmationAndPublishing)
{
    clerk = openWindow(dir.filePath(QStringLiteral("one.fazhi")));
    clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    SectionForm *form = clerk->forms()->sectionForm();
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("开展培训5期。"));
    const QUuid paragraphId = clerk->session()->report().parts[0].sections[0].body.paragraphs[0].id;
    setUser(QStringLiteral("王秘书"));
    action(clerk.get(), "actionSubmit")->trigger();
    ASSERT_EQ(status(clerk.get()), ReportStatus::Submitted);

    // The same PC: the leader switches the role, suggests, switches back.
    setUser(QStringLiteral("李书记"));
    ReviewInput::queueText(QStringLiteral("李书记"));  // the reviewer's name, asked with the role
    action(clerk.get(), "actionRoleReviewer")->trigger();
    clerk->revealNode(paragraphId);
    ReviewInput::queueText(QStringLiteral("开展执法培训5期。"));
    action(clerk.get(), "actionSuggest")->trigger();
    ASSERT_EQ(comments(clerk.get()).size(), 1);
    const QUuid suggestionId = comments(clerk.get()).first().id;
    setUser(QStringLiteral("王秘书"));
    action(clerk.get(), "actionRoleDrafter")->trigger();
    EXPECT_FALSE(clerk->session()->isReadOnly());

    // The clerk changes the paragraph: the suggestion is now stale and flagged.
    clerk->revealNode(paragraphId);
    FieldEdit *edit = clerk->forms()->sectionForm()->paragraphs()->editorAt(0);
    moveToEnd(edit);
    typeText(edit, QStringLiteral("共120人。"));
    clerk->review()->refresh();
    ReviewPanel *panel = clerk->review()->reviewPanel();
    panel->setScope(ReviewPanel::Scope::All);
    QFrame *card = panel->card(suggestionId);
    ASSERT_NE(card, nullptr);
    EXPECT_NE(card->findChild<QLabel *>(QStringLiteral("cardStale")), nullptr);

    // Accepting asks first; "No" keeps the clerk's text.
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    EXPECT_FALSE(clerk->review()->acceptSuggestion(suggestionId));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Accept the Suggestion"));
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("开展培训5期。共120人。"));
    // "Yes" applies it anyway.
    Prompts::setNextAnswer(Prompts::Yes);
    EXPECT_TRUE(clerk->review()->acceptSuggestion(suggestionId));
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("开展执法培训5期。"));

    // Submit, approve (same PC, reviewer role), publish with date and address.
    action(clerk.get(), "actionSubmit")->trigger();
    setUser(QStringLiteral("李书记"));
    ReviewInput::queueText(QStringLiteral("李书记"));  // the reviewer's name, asked with the role
    action(clerk.get(), "actionRoleReviewer")->trigger();
    ReviewInput::queueText(QString());  // approving needs no opinion
    action(clerk.get(), "actionApprove")->trigger();
    ASSERT_EQ(status(clerk.get()), ReportStatus::Approved);
    setUser(QStringLiteral("王秘书"));
    action(clerk.get(), "actionRoleDrafter")->trigger();
    ReviewInput::queueAnswer(QStringList{QStringLiteral("2026-02-20"), QStringLiteral("https://www.example.gov.cn/1.html")});
    action(clerk.get(), "actionPublish")->trigger();
    EXPECT_EQ(status(clerk.get()), ReportStatus::Published);
    EXPECT_EQ(clerk->session()->report().details.publishedOn, QStringLiteral("2026-02-20"));
    EXPECT_EQ(clerk->session()->report().details.publicationUrl, QStringLiteral("https://www.example.gov.cn/1.html"));
    EXPECT_TRUE(clerk->session()->isLocked());
    EXPECT_TRUE(clerk->review()->bannerText()->text().contains(QStringLiteral("published")));
}

TEST_F(ReviewUiTest, OpenWorkspaceSwitchesFiles)
{
    clerk = openWindow(dir.filePath(QStringLiteral("a.fazhi")));
    clerk->createReport(QStringLiteral("甲镇人民政府"), 2025);
    {
        auto other = Workspace::open(dir.filePath(QStringLiteral("b.fazhi")));
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(other.value()->insertReport(makeTemplateReport(QStringLiteral("乙镇人民政府"), 2025)).ok());
    }
    Prompts::setNextFileName(dir.filePath(QStringLiteral("b.fazhi")));
    action(clerk.get(), "actionOpenWorkspace")->trigger();
    ASSERT_NE(clerk->workspace(), nullptr);
    EXPECT_EQ(QFileInfo(clerk->workspace()->path()).fileName(), QStringLiteral("b.fazhi"));
    ASSERT_NE(clerk->session(), nullptr);
    EXPECT_EQ(clerk->session()->report().details.organization, QStringLiteral("乙镇人民政府"));
    // The first workspace is free again.
    leader = openWindow(dir.filePath(QStringLiteral("a.fazhi")));
    EXPECT_NE(leader->session(), nullptr);
}

TEST_F(ReviewUiTest, ChecksRunOnceTheOpenedReportIsShown)
{
    clerk = openWindow(dir.filePath(QStringLiteral("deferred.fazhi")));
    clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    typeText(clerk->forms()->sectionForm()->paragraphs()->editorAt(0), QStringLiteral("开展“法律进村活动。"));
    ChecksPanel *checks = clerk->checks()->panel();
    QToolButton *status = clerk->checks()->status();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !checks->isPending(); }, 3000));
    const QString counted = status->text();
    ASSERT_TRUE(counted.startsWith(QStringLiteral("Errors: "))) << counted.toStdString();

    // Opening a report shows it first; the status says the checks are on their way, then their counts.
    ASSERT_TRUE(clerk->reloadReport());
    EXPECT_TRUE(checks->isPending());
    EXPECT_EQ(status->text(), QStringLiteral("Checking…"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text() == counted; }, 3000)) << status->text().toStdString();
    EXPECT_FALSE(checks->isPending());
}

TEST_F(ReviewUiTest, IgnoredFindingsLeftInTheSettingsMoveIntoTheWorkspace)
{
    clerk = openWindow(dir.filePath(QStringLiteral("moved.fazhi")));
    const QUuid id = clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    ChecksPanel *checks = clerk->checks()->panel();
    ASSERT_FALSE(checks->findings().isEmpty());
    const check::Finding first = checks->findings().first();
    ASSERT_FALSE(first.ignored);

    // An earlier version kept the list in the per-user settings.
    check::IgnoreList old;
    old.add(first, QStringLiteral("按上级要求"));
    QJsonObject lists;
    lists.insert(id.toString(QUuid::WithoutBraces), old.toJson());
    AppSettings::instance().setValue(AppSettings::IgnoredFindings,
                                     QString::fromUtf8(QJsonDocument(lists).toJson(QJsonDocument::Compact)));

    ASSERT_TRUE(clerk->reloadReport());
    checks = clerk->checks()->panel();
    EXPECT_EQ(checks->counts().ignored, 1);
    EXPECT_EQ(clerk->workspace()->ignoredFindings(id).value(), old);
    EXPECT_FALSE(AppSettings::instance().string(AppSettings::IgnoredFindings).contains(id.toString(QUuid::WithoutBraces)))
        << "moved, not copied";
}

TEST_F(ReviewUiTest, ChecksPanelFindsGoesToFixesAndIgnores)
{
    clerk = openWindow(dir.filePath(QStringLiteral("checks.fazhi")));
    clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    ChecksPanel *checks = clerk->checks()->panel();
    clerk->checks()->dock()->show();
    clerk->checks()->dock()->raise();
    SectionForm *form = clerk->forms()->sectionForm();
    FieldEdit *edit = form->paragraphs()->editorAt(0);
    const QString text = QStringLiteral("开展“法律进村活动,覆盖12个村。");
    typeText(edit, text);
    const QUuid paragraphId = clerk->session()->report().parts[0].sections[0].body.paragraphs[0].id;

    // The findings follow the typing (debounced).
    auto findingOf = [&](const QString &rule) -> std::optional<check::Finding> {
        for (const check::Finding &f : checks->findings()) {
            if (f.rule == rule && f.node == paragraphId && !f.ignored)
                return f;
        }
        return std::nullopt;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return findingOf(check::RuleId::PairedPunctuation).has_value(); }, 3000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return findingOf(check::RuleId::HalfwidthPunctuation).has_value(); }, 3000));
    const check::Finding quote = *findingOf(check::RuleId::PairedPunctuation);
    EXPECT_EQ(quote.severity, check::Severity::Error);
    EXPECT_EQ(quote.field, QStringLiteral("text"));
    EXPECT_EQ(quote.start, 2);
    EXPECT_EQ(quote.end, 3);
    EXPECT_TRUE(clerk->checks()->status()->text().contains(QStringLiteral("Errors:")));

    // Clicking the finding goes to the paragraph and selects the unbalanced mark.
    clerk->selectNode(clerk->session()->reportId());
    QTreeWidgetItem *item = checks->itemFor(quote);
    ASSERT_NE(item, nullptr);
    // Grouped: severity → part → finding.
    ASSERT_NE(item->parent(), nullptr);
    ASSERT_NE(item->parent()->parent(), nullptr);
    EXPECT_TRUE(item->parent()->parent()->text(0).startsWith(QStringLiteral("Error")));
    checks->tree()->scrollToItem(item);
    QTest::mouseClick(checks->tree()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      checks->tree()->visualItemRect(item).center());
    EXPECT_EQ(clerk->forms()->currentNode(), clerk->session()->report().parts[0].sections[0].id);
    FieldEdit *shown = clerk->forms()->sectionForm()->paragraphs()->editorAt(0);
    EXPECT_EQ(shown->textCursor().selectedText(), QStringLiteral("“"));
    EXPECT_EQ(shown->textCursor().selectionStart(), 2);
    EXPECT_EQ(clerk->outline()->currentNode(), clerk->session()->report().parts[0].sections[0].id);

    // One-click fix of the half-width comma, undone by Undo.
    const check::Finding comma = *findingOf(check::RuleId::HalfwidthPunctuation);
    ASSERT_TRUE(comma.hasFix());
    checks->selectFinding(comma);
    QPushButton *fix = checks->findChild<QPushButton *>(QStringLiteral("checksFix"));
    ASSERT_TRUE(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("开展“法律进村活动，覆盖12个村。"));
    EXPECT_FALSE(findingOf(check::RuleId::HalfwidthPunctuation).has_value());
    action(clerk.get(), "actionUndo")->trigger();
    EXPECT_EQ(clerk->session()->report().parts[0].sections[0].body.paragraphs[0].text, text);
    checks->recheckNow();
    EXPECT_TRUE(findingOf(check::RuleId::HalfwidthPunctuation).has_value());

    // Ignoring with a reason: gone from the counts, remembered for the report.
    const int errorsBefore = checks->counts().errors;
    checks->selectFinding(quote);
    ReviewInput::queueText(QStringLiteral("原文如此"));
    QTest::mouseClick(checks->findChild<QPushButton *>(QStringLiteral("checksIgnore")), Qt::LeftButton);
    EXPECT_EQ(checks->counts().errors, errorsBefore - 1);
    EXPECT_FALSE(findingOf(check::RuleId::PairedPunctuation).has_value());
    const check::IgnoreList stored = clerk->workspace()->ignoredFindings(clerk->session()->reportId()).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.entries().first().reason, QStringLiteral("原文如此"));
    ASSERT_TRUE(clerk->reloadReport());
    checks = clerk->checks()->panel();
    EXPECT_FALSE(findingOf(check::RuleId::PairedPunctuation).has_value());
    EXPECT_EQ(checks->counts().ignored, 1);

    // With errors left, an export asks first; "No" exports nothing.
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    const QString out = dir.filePath(QStringLiteral("x.txt"));
    EXPECT_FALSE(clerk->exportCurrent(ExportFormat::Text, out));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Errors Remain"));
    EXPECT_TRUE(Prompts::shown().first().informative.endsWith(QStringLiteral("Export the Plain text anyway?")))
        << Prompts::shown().first().informative.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    // Printing asks the same ("No": no print dialog opens).
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    clerk->findChild<QAction *>(QStringLiteral("actionPrint"))->trigger();
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Errors Remain"));
    EXPECT_TRUE(Prompts::shown().first().informative.endsWith(QStringLiteral("Print it anyway?")));
}

TEST_F(ReviewUiTest, ReviewInterfaceHasNoEnglishInChinese)
{
    ASSERT_TRUE(installTranslators(QStringLiteral("zh_CN")));
    clerk = openWindow(dir.filePath(QStringLiteral("zh.fazhi")));
    clerk->createReport(QStringLiteral("测试镇人民政府"), 2025);
    typeText(clerk->forms()->sectionForm()->paragraphs()->editorAt(0), QStringLiteral("开展“普法活动,12场。"));
    setUser(QStringLiteral("王秘书"));
    action(clerk.get(), "actionSubmit")->trigger();
    setUser(QStringLiteral("李书记"));
    ReviewInput::queueText(QStringLiteral("李书记"));  // the reviewer's name, asked with the role
    action(clerk.get(), "actionRoleReviewer")->trigger();
    const QUuid sectionId = clerk->session()->report().parts[0].sections[0].id;
    clerk->selectNode(sectionId);
    ReviewInput::queueText(QStringLiteral("请精简。"));
    action(clerk.get(), "actionAddComment")->trigger();
    ReviewInput::queueText(QStringLiteral("加强领导。"));
    action(clerk.get(), "actionSuggest")->trigger();
    ReviewInput::queueText(QStringLiteral("请修改。"));
    action(clerk.get(), "actionReturn")->trigger();
    ReviewPanel *panel = clerk->review()->reviewPanel();
    panel->setScope(ReviewPanel::Scope::All);
    clerk->checks()->panel()->recheckNow();
    clerk->review()->showHistory();
    clerk->review()->showDiff(1, 0);

    static const QRegularExpression allowed(QStringLiteral(
        "Word|PDF|OFD|Ctrl|Shift|Alt|Del|GB/T|\\.txt|\\.docx|\\.ofd|\\.html?|\\.fazhi|F\\d+|PgUp|PgDown|https?://\\S+"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    QStringList offenders;
    auto check = [&](const QString &where, QString text) {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.remove(QLatin1Char('&'));
        if (text.contains(QLatin1Char('/')) && text.contains(QStringLiteral("fazhi")))
            return;  // a file path
        text.remove(allowed);
        if (text.contains(latin))
            offenders << where + QStringLiteral(": ") + text;
    };
    auto sweep = [&](QWidget *root) {
        for (QAction *a : root->findChildren<QAction *>()) {
            check(QStringLiteral("action ") + a->objectName(), a->text());
            check(QStringLiteral("action tip ") + a->objectName(), a->statusTip());
        }
        for (QLabel *l : root->findChildren<QLabel *>())
            check(QStringLiteral("label ") + l->objectName(), l->text());
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            check(QStringLiteral("button ") + b->objectName(), b->text());
        for (QComboBox *c : root->findChildren<QComboBox *>()) {
            for (int i = 0; i < c->count(); ++i)
                check(QStringLiteral("combo ") + c->objectName(), c->itemText(i));
        }
        for (QTreeWidget *t : root->findChildren<QTreeWidget *>()) {
            for (int c = 0; c < t->columnCount(); ++c)
                check(QStringLiteral("header ") + t->objectName(), t->headerItem()->text(c));
            for (QTreeWidgetItemIterator it(t); *it; ++it) {
                for (int c = 0; c < t->columnCount(); ++c)
                    check(QStringLiteral("item ") + t->objectName(), (*it)->text(c));
            }
        }
        for (QDockWidget *d : root->findChildren<QDockWidget *>())
            check(QStringLiteral("dock"), d->windowTitle());
        for (QTextBrowser *b : root->findChildren<QTextBrowser *>())
            check(QStringLiteral("browser ") + b->objectName(), b->toPlainText());
        check(QStringLiteral("title ") + root->objectName(), root->windowTitle());
    };
    auto sweepAll = [&] {
        sweep(clerk.get());
        for (QMenu *m : clerk->menuBar()->findChildren<QMenu *>())
            check(QStringLiteral("menu"), m->title());
        sweep(clerk->review()->historyDialog());
        sweep(clerk->review()->diffView());
    };
    sweepAll();
    // The drafter's side, with the opinion in the banner and the suggestion to accept.
    setUser(QStringLiteral("王秘书"));
    action(clerk.get(), "actionRoleDrafter")->trigger();
    clerk->review()->reviewPanel()->setScope(ReviewPanel::Scope::All);
    sweepAll();
    offenders.removeDuplicates();
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QLatin1Char('\n')).toStdString();
    installTranslators(QStringLiteral("en"));
}
