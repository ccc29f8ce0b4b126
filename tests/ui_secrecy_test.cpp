// The secrecy preflight in the desktop app, through the real window (offscreen): publishing a report
// with a secrecy error asks the approver for a reason first (cancelling keeps the report approved;
// a reason is written into the sign-off record), the office's published numbers from the settings
// dialog are allowed by the checks panel and by publishing. Answers come through the seams.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "check/Rules.h"
#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "output/ExportController.h"
#include "review/ReviewController.h"
#include "review/ReviewDialogs.h"
#include "shell/Dialogs.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::typeText;

class SecrecyUiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), ReviewAnswers | NoOpenUrls));
    }

    void TearDown() override
    {
        window.reset();
        tearDownUi();
    }

    static QAction *action(MainWindow *w, const char *name) { return w->findChild<QAction *>(QLatin1String(name)); }
    static void setUser(const QString &name) { AppSettings::instance().setValue(AppSettings::UserName, name); }
    ReportStatus status() const { return window->session()->report().status; }

    // A report whose work area says `text`, submitted and approved in the window.
    void approvedReport(const QString &text)
    {
        window = openWindow(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
        typeText(window->forms()->sectionForm()->paragraphs()->editorAt(0), text);
        setUser(QStringLiteral("王秘书"));
        action(window.get(), "actionSubmit")->trigger();
        ASSERT_EQ(status(), ReportStatus::Submitted);
        ReviewInput::queueText(QStringLiteral("李书记"));  // the reviewer's name, asked with the role
        action(window.get(), "actionRoleReviewer")->trigger();
        ReviewInput::queueText(QString());
        action(window.get(), "actionApprove")->trigger();
        ASSERT_EQ(status(), ReportStatus::Approved);
        Prompts::clearShown();  // submitting with the checks' errors asked first
    }

    QList<check::Finding> secrecyInPanel()
    {
        QList<check::Finding> out;
        for (const check::Finding &f : window->checks()->panel()->findings()) {
            if (check::isSecrecyRule(f.rule))
                out.append(f);
        }
        return out;
    }

    QString lastOpinion() const
    {
        return window->workspace()->listEvents(window->session()->reportId()).value().last().opinion;
    }

    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(SecrecyUiTest, PublishingWithASecrecyErrorNeedsTheApproversReason)
{
    approvedReport(QStringLiteral("当事人张三丰（电话13812345678）拒不整改。"));
    // The panel shows the findings as the drafter types.
    const QList<check::Finding> shown = secrecyInPanel();
    ASSERT_EQ(shown.size(), 2);
    EXPECT_EQ(shown[0].rule, check::RuleId::SecrecyParty);
    EXPECT_EQ(shown[1].rule, check::RuleId::SecrecyPhone);

    // Cancelled (no answer): nothing is published, and the date is not even asked.
    ReviewInput::clearAsked();
    action(window.get(), "actionPublish")->trigger();
    EXPECT_EQ(ReviewInput::asked(), QStringList{QStringLiteral("Secrecy Check")});
    EXPECT_EQ(status(), ReportStatus::Approved);
    EXPECT_TRUE(window->session()->report().details.publishedOn.isEmpty());

    // A reason, then the date: published, and the record keeps the reason.
    ReviewInput::clearAsked();
    ReviewInput::queueText(QStringLiteral("该号码为镇综合执法局公开的举报电话"));
    ReviewInput::queueAnswer(QStringList{QStringLiteral("2026-02-20"), QString()});
    action(window.get(), "actionPublish")->trigger();
    EXPECT_EQ(ReviewInput::asked(), (QStringList{QStringLiteral("Secrecy Check"), QStringLiteral("Publish the Report")}));
    EXPECT_EQ(status(), ReportStatus::Published);
    EXPECT_EQ(review::secrecyOverrideOf(lastOpinion()), QStringLiteral("该号码为镇综合执法局公开的举报电话"));
    EXPECT_TRUE(lastOpinion().contains(QStringLiteral("[secrecy-phone \u00d71]"))) << lastOpinion().toStdString();
    EXPECT_TRUE(Prompts::shown().isEmpty()) << "no refusal was shown";
}

TEST_F(SecrecyUiTest, TheOfficesNumbersFromTheSettingsDialogAreAllowed)
{
    // The settings dialog keeps the list, one a line, blank lines dropped.
    {
        SettingsDialog dialog(dir.filePath(QStringLiteral("ws.fazhi")));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("settingsPublicContacts"));
        ASSERT_NE(edit, nullptr);
        edit->setPlainText(QStringLiteral("0523-83251234\n\n  sfs@163.com  \n"));
        dialog.apply();
    }
    EXPECT_EQ(AppSettings::instance().value(AppSettings::PublicContacts).toStringList(),
              (QStringList{QStringLiteral("0523-83251234"), QStringLiteral("sfs@163.com")}));
    {
        SettingsDialog dialog(dir.filePath(QStringLiteral("ws.fazhi")));
        EXPECT_EQ(dialog.findChild<QPlainTextEdit *>(QStringLiteral("settingsPublicContacts"))->toPlainText(),
                  QStringLiteral("0523-83251234\nsfs@163.com"));
    }

    approvedReport(QStringLiteral("司法所咨询电话：0523-83251234，邮箱sfs@163.com。"));
    EXPECT_TRUE(secrecyInPanel().isEmpty());
    ReviewInput::clearAsked();
    ReviewInput::queueAnswer(QStringList{QStringLiteral("2026-02-20"), QString()});
    action(window.get(), "actionPublish")->trigger();
    EXPECT_EQ(ReviewInput::asked(), QStringList{QStringLiteral("Publish the Report")});
    EXPECT_EQ(status(), ReportStatus::Published);
    EXPECT_EQ(lastOpinion(), QStringLiteral("2026-02-20"));
}

TEST_F(SecrecyUiTest, ExportsAskWhileTheSecrecyCheckFindsSomething)
{
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("ws.fazhi"))));
    window->show();
    ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
    // Only a warning (a party's name): still not fit for publication, so the export asks.
    typeText(window->forms()->sectionForm()->paragraphs()->editorAt(0), QStringLiteral("对当事人张三丰作出罚款处罚。"));
    ASSERT_EQ(secrecyInPanel().size(), 1);
    const QString out = dir.filePath(QStringLiteral("web.html"));
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    EXPECT_FALSE(window->exportCurrent(ExportFormat::Html, out));
    ASSERT_EQ(Prompts::shown().size(), 1);
    // (The new report's empty parts are errors of their own, so the title is the general one.)
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Errors Remain"));
    EXPECT_TRUE(Prompts::shown().first().text.contains(QStringLiteral("secrecy check finds 1 problem")))
        << Prompts::shown().first().text.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    // Masked, the question no longer speaks of secrecy.
    auto *edit = window->forms()->sectionForm()->paragraphs()->editorAt(0);
    edit->selectAll();
    typeText(edit, QStringLiteral("对当事人张某作出罚款处罚。"));
    EXPECT_TRUE(secrecyInPanel().isEmpty());
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    EXPECT_FALSE(window->exportCurrent(ExportFormat::Html, out));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_FALSE(Prompts::shown().first().text.contains(QStringLiteral("secrecy"))) << Prompts::shown().first().text.toStdString();
}

TEST_F(SecrecyUiTest, ASecrecyWarningAloneAsksBeforeExport)
{
    // A complete report (no other finding) whose only fault is a party's name.
    Report r;
    r.id = newId();
    r.details.organization = QStringLiteral("测试镇人民政府");
    r.details.year = 2023;
    r.details.date = QDate(2024, 2, 20);
    auto part = [](PartKind kind, const QString &text) {
        Part p;
        p.id = newId();
        p.kind = kind;
        p.intro.paragraphs.append(Paragraph{newId(), text});
        return p;
    };
    Part measures = part(PartKind::Measures, QStringLiteral("全年开展法治宣传活动56场次。"));
    Section s;
    s.id = newId();
    s.lead = QStringLiteral("严格规范执法。");
    s.body.paragraphs.append(Paragraph{newId(), QStringLiteral("对当事人张三丰作出罚款处罚。")});
    measures.sections.append(s);
    r.parts = {measures,
               part(PartKind::LeadersDuty, QStringLiteral("镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开专题会议4次。")),
               part(PartKind::Shortcomings, QStringLiteral("执法力量不足，主要是人员编制有限。")),
               part(PartKind::Plans, QStringLiteral("2024年，我镇将健全依法决策机制。"))};
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(ws.value()->insertReport(r).ok());
    }
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("ws.fazhi"))));
    window->show();
    ASSERT_TRUE(window->openReport(r.id));
    ASSERT_EQ(secrecyInPanel().size(), 1);
    ASSERT_EQ(window->checks()->panel()->counts().errors, 0) << "an otherwise clean report";
    const QString out = dir.filePath(QStringLiteral("web.html"));
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::No);
    EXPECT_FALSE(window->exportCurrent(ExportFormat::Html, out));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Not Fit for Publication"));
    EXPECT_FALSE(QFileInfo::exists(out));
}
