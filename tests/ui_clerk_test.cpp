// A clerk's day without traps (issue 21, items 1–6), driven through the real widgets (offscreen): the
// mouse wheel over a form's spin boxes scrolls the form; the signature block prints the organization;
// keyboard focus stays in the document; the form does not jump when the first point is typed; the
// reviewer works under a name of their own; submitting warns while errors or comments remain, and a
// suggestion starts from the selected words.
// Dialogs never block: answers come through the Prompts and ReviewInput seams.
#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "editor/OutlineView.h"
#include "output/ExportController.h"
#include "output/PreviewPane.h"
#include "reports/ReportListPanel.h"
#include "review/ReviewController.h"
#include "review/ReviewDialogs.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "storage/Workspace.h"
#include "workflow/ReviewWorkflow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QWheelEvent>
#include <gtest/gtest.h>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::typeText;

class ClerkUiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), ReviewAnswers | NoOpenUrls));
        path = dir.filePath(QStringLiteral("workspace.fazhi"));
    }

    void TearDown() override
    {
        window.reset();
        tearDownUi();
    }

    MainWindow *open()
    {
        window = openWindow(path);
        return window.get();
    }

    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }

    static QScrollArea *scrollAreaOf(QWidget *w)
    {
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p))
                return area;
        }
        return nullptr;
    }

    // A turn of the mouse wheel (one notch, down) over the middle of `w`, as the window system
    // delivers it: to the widget under the pointer, from where QApplication passes it on.
    static void wheelOver(QWidget *w, int notches = -1)
    {
        const QPointF pos = QRectF(w->rect()).center();
        QWheelEvent e(pos, QPointF(w->mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        // QApplication passes on only the window system's wheel (sendEvent would mark it as sent).
        QSpontaneKeyEvent::setSpontaneous(&e);
        qApp->notify(w, &e);
    }

    QString path;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

// Item 1: passing the wheel over 年度, 成文日期 or a combo box scrolls the form and changes nothing.
TEST_F(ClerkUiTest, WheelOverFormFieldsScrollsTheFormAndChangesNothing)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    const Report &r = window->session()->report();
    window->selectNode(r.id);
    DetailsForm *form = window->forms()->detailsForm();
    ASSERT_EQ(window->forms()->currentForm(), form);
    auto *year = form->findChild<QSpinBox *>(QStringLiteral("year"));
    auto *date = form->findChild<QDateEdit *>(QStringLiteral("date"));
    ASSERT_NE(year, nullptr);
    ASSERT_NE(date, nullptr);
    QScrollArea *area = scrollAreaOf(form);
    ASSERT_NE(area, nullptr);
    QApplication::processEvents();
    ASSERT_GT(area->verticalScrollBar()->maximum(), 0) << "the details form must scroll at 1366×768";
    ASSERT_EQ(area->verticalScrollBar()->value(), 0);

    // The pointer passes over the year while the organization has the keyboard.
    form->findChild<QLineEdit *>(QStringLiteral("organization"))->setFocus();
    const QString title = r.effectiveTitle();
    const QString heading = r.effectiveHeading(r.parts[0]);
    ASSERT_TRUE(heading.contains(QStringLiteral("2023"))) << heading.toStdString();
    EXPECT_EQ(year->focusPolicy(), Qt::StrongFocus);
    wheelOver(year);
    EXPECT_EQ(year->value(), 2023);
    EXPECT_EQ(window->session()->report().details.year, 2023);
    EXPECT_EQ(window->session()->report().effectiveTitle(), title);
    EXPECT_EQ(window->session()->report().effectiveHeading(window->session()->report().parts[0]), heading);
    EXPECT_FALSE(year->hasFocus());
    const int scrolled = area->verticalScrollBar()->value();
    EXPECT_GT(scrolled, 0) << "the form scrolls instead";

    // The same over the date and (further down the section form) a combo box.
    const QDate before = date->date();
    wheelOver(date);
    EXPECT_EQ(date->date(), before);
    EXPECT_FALSE(window->session()->report().details.date.isValid());
    EXPECT_GE(area->verticalScrollBar()->value(), scrolled);
    for (QComboBox *combo : window->forms()->partForm()->findChildren<QComboBox *>())
        EXPECT_EQ(combo->focusPolicy(), Qt::StrongFocus) << combo->objectName().toStdString();

    // Once the user clicks into the year, the wheel is theirs to use there.
    year->setFocus();
    ASSERT_TRUE(year->hasFocus());
    wheelOver(year, 1);
    EXPECT_EQ(year->value(), 2024);
    EXPECT_EQ(window->session()->report().details.year, 2024);
}

// Item 3: the keyboard stays in the document: at start, after undo and after a role switch the focus
// is in the form, never in the report list's search box (where the next Ctrl+Z or typing would go).
TEST_F(ClerkUiTest, FocusStaysInTheDocument)
{
    auto focusInForm = [this] {
        QWidget *f = QApplication::focusWidget();
        return f && window->forms()->isAncestorOf(f);
    };
    auto focusName = [] {
        QWidget *f = QApplication::focusWidget();
        return f ? (f->objectName().isEmpty() ? QString::fromLatin1(f->metaObject()->className()) : f->objectName())
                       .toStdString()
                 : std::string("(none)");
    };
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    window.reset();

    // At start: the last report opens with the keyboard in its form.
    open();
    ASSERT_NE(window->session(), nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(focusInForm()) << focusName();
    EXPECT_FALSE(window->reportList()->searchBox()->hasFocus());

    // After undo: the first paragraph typed, then its creation undone (its field goes away).
    window->selectNode(window->session()->report().parts[0].sections[0].id);
    SectionForm *form = window->forms()->sectionForm();
    FieldEdit *first = form->paragraphs()->editorAt(0);
    first->setFocus();
    typeText(first, QStringLiteral("全年开展普法活动。"));
    ASSERT_EQ(window->session()->report().parts[0].sections[0].body.paragraphs.size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_TRUE(window->session()->report().parts[0].sections[0].body.paragraphs.isEmpty());
    EXPECT_TRUE(focusInForm()) << focusName();
    EXPECT_FALSE(window->reportList()->searchBox()->hasFocus());
    // … and the next Ctrl+Z still reaches the report, not a search box.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(window->session()->report().parts[0].sections[0].body.paragraphs.size(), 1);

    // After a role switch, both ways.
    ReviewInput::queueText(QStringLiteral("李书记"));
    action("actionRoleReviewer")->trigger();
    ASSERT_EQ(window->review()->role(), ReviewRole::Reviewer);
    QApplication::processEvents();
    EXPECT_TRUE(focusInForm()) << focusName();
    EXPECT_FALSE(window->reportList()->searchBox()->hasFocus());
    action("actionRoleDrafter")->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(focusInForm()) << focusName();
    EXPECT_FALSE(window->reportList()->searchBox()->hasFocus());
}

// Item 4: typing the first point (its guidance row becomes a real point) moves nothing: the field
// under the pointer, what lies below it and the form's scroll position stay where they were.
TEST_F(ClerkUiTest, FirstPointTypedMovesNothing)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    const QUuid sectionId = window->session()->report().parts[0].sections[0].id;
    window->selectNode(sectionId);
    SectionForm *form = window->forms()->sectionForm();
    ASSERT_EQ(window->forms()->currentForm(), form);
    auto *points = form->findChild<ParagraphListEditor *>(QStringLiteral("sectionPoints"));
    ASSERT_NE(points, nullptr);
    ASSERT_EQ(points->rowCount(), 1);  // the guidance row
    FieldEdit *edit = points->editorAt(0);
    QScrollArea *area = scrollAreaOf(form);
    ASSERT_NE(area, nullptr);
    QApplication::processEvents();
    // Scrolled part of the way down (not to the end, where the status bar's own height would decide),
    // the points' field in view and clicked into, as a clerk working down the form.
    QScrollBar *bar = area->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 1);
    bar->setValue(qMin(bar->maximum() / 2, qMax(1, edit->mapTo(form, QPoint(0, 0)).y() - 200)));
    edit->setFocus();
    QApplication::processEvents();
    const int scroll = bar->value();
    auto *facts = form->findChild<QWidget *>(QStringLiteral("sectionFacts"));
    ASSERT_NE(facts, nullptr);
    const QRect editBefore(edit->mapTo(area->viewport(), QPoint(0, 0)), edit->size());
    const QRect factsBefore(facts->mapTo(area->viewport(), QPoint(0, 0)), facts->size());
    QCursor::setPos(edit->mapToGlobal(edit->rect().center()));

    typeText(edit, QStringLiteral("加强领导"));
    QApplication::processEvents();
    QTest::qWait(50);  // any deferred relayout
    ASSERT_EQ(window->session()->report().parts[0].sections[0].body.points.size(), 1);
    EXPECT_EQ(window->session()->report().parts[0].sections[0].body.points[0].text, QStringLiteral("加强领导"));
    ASSERT_EQ(points->rowCount(), 1);
    EXPECT_EQ(points->editorAt(0), edit) << "the field typed into stays the same widget";
    EXPECT_TRUE(edit->hasFocus());
    EXPECT_EQ(window->forms()->currentForm(), form);
    EXPECT_EQ(bar->value(), scroll);
    EXPECT_EQ(QRect(edit->mapTo(area->viewport(), QPoint(0, 0)), edit->size()), editBefore);
    EXPECT_EQ(QRect(facts->mapTo(area->viewport(), QPoint(0, 0)), facts->size()).topLeft(), factsBefore.topLeft());
    EXPECT_EQ(QApplication::widgetAt(QCursor::pos()), edit->viewport());
    // The next keystroke lands in the same point.
    typeText(edit, QStringLiteral("。"));
    EXPECT_EQ(window->session()->report().parts[0].sections[0].body.points[0].text, QStringLiteral("加强领导。"));
}

namespace {

QList<Comment> commentsOf(MainWindow *w)
{
    auto list = w->workspace()->listComments(w->session()->reportId());
    EXPECT_TRUE(list.ok());
    return list.ok() ? list.value() : QList<Comment>();
}

QList<ReviewEvent> eventsOf(MainWindow *w)
{
    auto list = w->workspace()->listEvents(w->session()->reportId());
    EXPECT_TRUE(list.ok());
    return list.ok() ? list.value() : QList<ReviewEvent>();
}

}  // namespace

// Item 5: the reviewer works under a name of their own, asked when the role is taken and kept apart
// from the drafter's; a decision under the drafter's name is warned about; the reviewer's read-only
// fields look read-only.
TEST_F(ClerkUiTest, ReviewerWorksUnderTheirOwnName)
{
    AppSettings::instance().setValue(AppSettings::UserName, QStringLiteral("王秘书"));
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    ReviewController *review = window->review();
    auto *organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    const QColor editableBase = organization->palette().color(QPalette::Base);
    EXPECT_NE(editableBase, organization->palette().color(QPalette::Window));
    ASSERT_TRUE(review->submit());
    EXPECT_EQ(eventsOf(window.get()).last().by, QStringLiteral("王秘书"));

    // Taking the reviewer's role asks who is reviewing; cancelled, the role stays the drafter's.
    action("actionRoleReviewer")->trigger();
    EXPECT_EQ(review->role(), ReviewRole::Drafter);
    EXPECT_TRUE(action("actionRoleDrafter")->isChecked());
    ASSERT_FALSE(ReviewInput::asked().isEmpty());
    EXPECT_EQ(ReviewInput::asked().last(), QStringLiteral("Reviewer"));
    ReviewInput::queueText(QStringLiteral("李书记"));
    action("actionRoleReviewer")->trigger();
    ASSERT_EQ(review->role(), ReviewRole::Reviewer);
    EXPECT_EQ(AppSettings::instance().string(AppSettings::ReviewerName), QStringLiteral("李书记"));
    EXPECT_EQ(AppSettings::instance().string(AppSettings::UserName), QStringLiteral("王秘书"));
    EXPECT_EQ(review->userName(), QStringLiteral("李书记"));

    // The reviewer's fields are read-only and look it: the window's grey, not a field's white.
    window->selectNode(window->session()->report().id);
    organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    EXPECT_TRUE(organization->isReadOnly());
    EXPECT_EQ(organization->palette().color(QPalette::Base), organization->palette().color(QPalette::Window));
    EXPECT_NE(organization->palette().color(QPalette::Base), editableBase);
    ASSERT_NE(organization->findChild<QAction *>(QStringLiteral("clearAction")), nullptr);
    EXPECT_FALSE(organization->findChild<QAction *>(QStringLiteral("clearAction"))->isVisible())
        << "no clear button on a field that cannot be changed";

    // Comments, suggestions and the return are the reviewer's.
    const QUuid sectionId = window->session()->report().parts[0].sections[0].id;
    window->selectNode(sectionId);
    ReviewInput::queueText(QStringLiteral("请补充具体数据。"));
    ASSERT_TRUE(review->addComment());
    ReviewInput::queueText(QStringLiteral("强化组织领导。"));
    ASSERT_TRUE(review->addSuggestion());
    ReviewInput::queueText(QStringLiteral("请按意见修改。"));
    ASSERT_TRUE(review->returnForChanges());
    for (const Comment &c : commentsOf(window.get()))
        EXPECT_EQ(c.author, QStringLiteral("李书记")) << c.text.toStdString();
    EXPECT_EQ(eventsOf(window.get()).last().action, ReviewAction::Return);
    EXPECT_EQ(eventsOf(window.get()).last().by, QStringLiteral("李书记"));

    // Back as the drafter: the drafter's own name again, and the fields white.
    action("actionRoleDrafter")->trigger();
    ASSERT_EQ(review->role(), ReviewRole::Drafter);
    window->selectNode(window->session()->report().id);
    organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    EXPECT_FALSE(organization->isReadOnly());
    EXPECT_EQ(organization->palette().color(QPalette::Base), editableBase);
    EXPECT_TRUE(organization->findChild<QAction *>(QStringLiteral("clearAction"))->isVisible());
    ASSERT_TRUE(review->submit());
    EXPECT_EQ(eventsOf(window.get()).last().by, QStringLiteral("王秘书"));

    // The clerk takes the reviewer's role under their own name: approving is warned about.
    ReviewInput::queueText(QStringLiteral("王秘书"));
    action("actionRoleReviewer")->trigger();
    ASSERT_EQ(review->role(), ReviewRole::Reviewer);
    Prompts::clearShown();
    EXPECT_FALSE(review->approve());  // the warning's default: do not go on
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Review Under the Drafter's Name"));
    EXPECT_TRUE(Prompts::shown().last().text.contains(QStringLiteral("王秘书")));
    EXPECT_EQ(Prompts::shown().last().buttons, (QList<Prompts::Button>{Prompts::DecideAnyway, Prompts::Cancel}));
    EXPECT_EQ(window->session()->report().status, ReportStatus::Submitted);
    Prompts::setNextAnswer(Prompts::DecideAnyway);
    ReviewInput::queueText(QStringLiteral("同意。"));
    ASSERT_TRUE(review->approve());
    EXPECT_EQ(window->session()->report().status, ReportStatus::Approved);
    EXPECT_EQ(eventsOf(window.get()).last().by, QStringLiteral("王秘书"));
}

// Item 6: 提交审核 warns while errors or open comments remain, with buttons that say what they do.
TEST_F(ClerkUiTest, SubmitWarnsWhileErrorsOrCommentsRemain)
{
    AppSettings::instance().setValue(AppSettings::UserName, QStringLiteral("王秘书"));
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);  // empty parts: the checks find errors
    ReviewController *review = window->review();
    window->selectNode(window->session()->report().parts[0].sections[0].id);
    ReviewInput::queueText(QStringLiteral("这一段还要补充。"));
    ASSERT_TRUE(review->addComment());
    const int errors = window->checks()->panel()->counts().errors;
    ASSERT_GT(errors, 0);

    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::BackToEditing);
    EXPECT_FALSE(review->submit());
    EXPECT_EQ(window->session()->report().status, ReportStatus::Draft);
    ASSERT_EQ(Prompts::shown().size(), 1);
    const Prompts::Message m = Prompts::shown().last();
    EXPECT_EQ(m.buttons, (QList<Prompts::Button>{Prompts::SubmitAnyway, Prompts::BackToEditing}));
    EXPECT_TRUE(m.text.contains(QStringLiteral("%1 errors").arg(errors))) << m.text.toStdString();
    EXPECT_TRUE(m.text.contains(QStringLiteral("and 1 comment."))) << m.text.toStdString();
    EXPECT_TRUE(m.informative.contains(QStringLiteral("Checks panel"))) << m.informative.toStdString();
    EXPECT_TRUE(m.informative.contains(QStringLiteral("Review panel"))) << m.informative.toStdString();
    EXPECT_TRUE(window->checks()->dock()->isVisible());

    // In Chinese, as the clerk reads it.
    installTranslators(QStringLiteral("zh_CN"));
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::BackToEditing);
    EXPECT_FALSE(review->submit());
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().last().text,
              QStringLiteral("还有 %1 个错误、1 条批注未处理，仍要提交吗？").arg(errors));
    EXPECT_EQ(Prompts::buttonText(Prompts::SubmitAnyway), QStringLiteral("仍然提交"));
    EXPECT_EQ(Prompts::buttonText(Prompts::BackToEditing), QStringLiteral("返回修改"));
    installTranslators(QStringLiteral("en"));

    // Submitted anyway when the clerk says so.
    Prompts::setNextAnswer(Prompts::SubmitAnyway);
    EXPECT_TRUE(review->submit());
    EXPECT_EQ(window->session()->report().status, ReportStatus::Submitted);
}

// Item 6: a suggestion on selected words starts from those words and changes only them.
TEST_F(ClerkUiTest, SuggestionStartsFromTheSelectedWords)
{
    AppSettings::instance().setValue(AppSettings::UserName, QStringLiteral("王秘书"));
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    const QUuid sectionId = window->session()->report().parts[0].sections[0].id;
    window->selectNode(sectionId);
    typeText(window->forms()->sectionForm()->paragraphs()->editorAt(0), QStringLiteral("全年开展普法活动36场次。"));
    ReviewInput::queueText(QStringLiteral("李书记"));
    action("actionRoleReviewer")->trigger();
    ASSERT_EQ(window->review()->role(), ReviewRole::Reviewer);

    window->selectNode(sectionId);
    FieldEdit *edit = window->forms()->sectionForm()->paragraphs()->editorAt(0);
    ASSERT_EQ(edit->text(), QStringLiteral("全年开展普法活动36场次。"));
    edit->setFocus();
    fazhi::test::selectRange(edit, 4, 8);  // 普法活动
    ReviewInput::queueText(QStringLiteral("法治宣传活动"));
    ASSERT_TRUE(window->review()->addSuggestion());
    const QList<Comment> comments = commentsOf(window.get());
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments[0].kind, CommentKind::Suggestion);
    EXPECT_EQ(comments[0].text, QStringLiteral("全年开展法治宣传活动36场次。"));
    EXPECT_EQ(comments[0].author, QStringLiteral("李书记"));

    // Without a selection the whole paragraph is the starting point, as before.
    fazhi::test::selectRange(edit, 2, 2);
    ReviewInput::queueText(QStringLiteral("全年开展普法活动40场次。"));
    ASSERT_TRUE(window->review()->addSuggestion());
    EXPECT_EQ(commentsOf(window.get()).last().text, QStringLiteral("全年开展普法活动40场次。"));
}

// Item 2: with 署名 left empty the exported report signs with the organization, as the field's
// placeholder promises, and so does the preview.
TEST_F(ClerkUiTest, EmptySignatureExportsTheOrganization)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2023);
    window->selectNode(window->session()->report().id);
    auto *signature = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("signature"));
    ASSERT_NE(signature, nullptr);
    EXPECT_TRUE(signature->text().isEmpty());
    EXPECT_TRUE(signature->placeholderText().contains(QStringLiteral("测试镇人民政府")));

    const QString path = dir.filePath(QStringLiteral("报告.txt"));
    ASSERT_TRUE(window->exportCurrent(ExportFormat::Text, path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last(), QStringLiteral("测试镇人民政府"));
    window->preview()->flushPending();
    EXPECT_TRUE(window->preview()->toPlainText().trimmed().endsWith(QStringLiteral("测试镇人民政府")))
        << window->preview()->toPlainText().right(80).toStdString();

    // A 署名 of its own replaces it.
    typeText(signature, QStringLiteral("测试镇法治政府建设领导小组"));
    ASSERT_TRUE(window->exportCurrent(ExportFormat::Text, path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll()).trimmed().endsWith(QStringLiteral("测试镇法治政府建设领导小组")));
}
