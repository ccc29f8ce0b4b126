// Every item model of the window under QAbstractItemModelTester (Fatal: a broken promise of the model
// API aborts the test) while the real window changes what they show: nodes inserted, removed, moved,
// dragged, duplicated, undone and redone, typed into, reports created, renamed, filtered, deleted and
// switched, the report reloaded, the workspace opened again.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "editor/OutlineModel.h"
#include "editor/OutlineView.h"
#include "output/ExportController.h"
#include "reports/ReportListPanel.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::typeText;

using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class ModelsUiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), NoOpenUrls));
        path = dir.filePath(QStringLiteral("workspace.fazhi"));
        window = openWindow(path);
        ASSERT_FALSE(HasFailure());
    }

    void TearDown() override
    {
        testers.clear();  // before the models go
        window.reset();
        tearDownUi();
    }

    void watch(QAbstractItemModel *model) { testers.push_back(std::make_unique<Tester>(model, kFatal)); }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }
    void trigger(const char *name)
    {
        QAction *a = action(name);
        ASSERT_NE(a, nullptr) << name;
        ASSERT_TRUE(a->isEnabled()) << name;
        a->trigger();
        QCoreApplication::processEvents();
    }
    // Lets queued work run (a drop's move, the selection falling back to the parent).
    static void settle() { QTest::qWait(50); }

    QString path;
    std::unique_ptr<MainWindow> window;
    std::vector<std::unique_ptr<Tester>> testers;
};

}  // namespace

TEST_F(ModelsUiTest, OutlineModelKeepsItsPromisesThroughEdits)
{
    OutlineModel *model = window->outlineModel();
    watch(model);
    ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
    const Report &r = window->session()->report();
    const QUuid firstSection = r.parts[0].sections[0].id;

    // Insert each kind of node where the selection says.
    window->selectNode(firstSection);
    trigger("actionAddSection");
    trigger("actionAddParagraph");
    trigger("actionAddPoint");
    trigger("actionAddPoint");
    window->selectNode(firstSection);
    trigger("actionAddFact");
    window->selectNode(r.parts[1].id);
    trigger("actionAddPart");
    EXPECT_EQ(window->session()->report().parts.size(), 6);

    // Text typed into a lead: the label changes in place.
    window->revealNode(firstSection);
    typeText(window->forms()->sectionForm()->leadEdit(), QStringLiteral("强化组织领导。"));
    EXPECT_TRUE(model->label(model->indexOf(firstSection)).endsWith(QStringLiteral("强化组织领导。")));

    // Move, duplicate, delete, undo, redo.
    window->selectNode(firstSection);
    trigger("actionMoveDown");
    trigger("actionMoveUp");
    trigger("actionDuplicate");
    trigger("actionDelete");
    settle();
    for (int i = 0; i < 4; ++i) {
        trigger("actionUndo");
        settle();
    }
    trigger("actionRedo");
    settle();

    // Dragged among its siblings, as the view does it.
    const QModelIndex first = model->indexOf(firstSection);
    ASSERT_TRUE(first.isValid());
    std::unique_ptr<QMimeData> data(model->mimeData({first}));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, first.row() + 3, 0, first.parent()));
    settle();

    // Another report, the report reloaded, the workspace opened again.
    const QUuid other = window->openExampleReport();
    ASSERT_FALSE(other.isNull());
    EXPECT_GT(model->rowCount(), 1);  // the details and the parts
    ASSERT_TRUE(window->reloadReport());
    ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("other.fazhi"))));
    EXPECT_EQ(window->session(), nullptr);
    ASSERT_TRUE(window->openWorkspace(path));
    ASSERT_NE(window->session(), nullptr);
}

TEST_F(ModelsUiTest, ReportListAndItsFilterKeepTheirPromises)
{
    ReportListPanel *list = window->reportList();
    watch(list->model());
    watch(list->view()->model());  // the search filter over it

    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(window->createReport(QStringLiteral("测试%1镇人民政府").arg(i), 2020 + i).isNull());
    ASSERT_FALSE(window->openExampleReport().isNull());
    EXPECT_EQ(list->model()->rowCount(), 5);

    // Renamed in the details form: the row changes, and moves in the order.
    window->selectNode(window->session()->reportId());
    auto *organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    organization->selectAll();
    typeText(organization, QStringLiteral("甲镇"));
    QCoreApplication::processEvents();

    // Filtered, then not.
    typeText(list->searchBox(), QStringLiteral("测试2"));
    EXPECT_EQ(list->view()->model()->rowCount(), 1);
    list->searchBox()->clear();
    EXPECT_EQ(list->view()->model()->rowCount(), 5);

    // Deleted (the list is read again), and the workspace reopened.
    Prompts::setNextAnswer(Prompts::Delete);
    trigger("actionDeleteReport");
    EXPECT_EQ(list->model()->rowCount(), 4);
    ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("other.fazhi"))));
    EXPECT_EQ(list->model()->rowCount(), 0);
    ASSERT_TRUE(window->openWorkspace(path));
    EXPECT_EQ(list->model()->rowCount(), 4);
}

TEST_F(ModelsUiTest, FiguresTableKeepsItsPromises)
{
    ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
    const QUuid first = window->session()->report().parts[0].sections[0].id;
    const QUuid second = window->session()->report().parts[0].sections[1].id;
    window->selectNode(first);
    FactsEditor *facts = window->forms()->sectionForm()->facts();
    watch(facts->model());

    const QUuid fact = facts->addFact();
    ASSERT_FALSE(fact.isNull());
    facts->addFact();
    FactsModel *model = facts->model();
    ASSERT_TRUE(model->setData(model->index(0, FactsModel::Label), QStringLiteral("发放宣传册"), Qt::EditRole));
    ASSERT_TRUE(model->setData(model->index(0, FactsModel::Value), QStringLiteral("10000"), Qt::EditRole));
    EXPECT_EQ(model->rowCount(), 2);
    // Added from the Insert menu, undone, redone.
    trigger("actionAddFact");
    window->selectNode(first);
    EXPECT_EQ(model->rowCount(), 3);
    trigger("actionUndo");
    trigger("actionUndo");
    trigger("actionRedo");
    // Another section in the same form: the table shows its (empty) figures.
    window->selectNode(second);
    EXPECT_EQ(model->rowCount(), 0);
    window->selectNode(first);
    EXPECT_GE(model->rowCount(), 1);
    // The report reloaded.
    ASSERT_TRUE(window->reloadReport());
    window->selectNode(first);
}

TEST_F(ModelsUiTest, ChecksListKeepsItsPromises)
{
    ChecksPanel *checks = window->checks()->panel();
    watch(checks->tree()->model());
    ASSERT_FALSE(window->openExampleReport().isNull());
    checks->recheckNow();
    const QUuid section = window->session()->report().parts[0].sections[0].id;
    window->revealNode(section);
    // A half-width comma inside Chinese text: a finding more, then fewer when it goes.
    FieldEdit *lead = window->forms()->sectionForm()->leadEdit();
    fazhi::test::moveToEnd(lead);
    typeText(lead, QStringLiteral("加强,领导"));
    checks->recheckNow();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(lead, Qt::Key_Backspace);
    checks->recheckNow();
    // Ignored findings shown and hidden; another report; none.
    if (auto *showIgnored = checks->findChild<QCheckBox *>())
        showIgnored->click();
    ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
    checks->recheckNow();
    ASSERT_TRUE(window->openWorkspace(dir.filePath(QStringLiteral("other.fazhi"))));
    EXPECT_EQ(checks->tree()->topLevelItemCount(), 0);
}
