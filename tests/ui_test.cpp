// The desktop app driven through its real widgets (offscreen): new report → typing → autosave →
// undo; structure edits renumber the outline and the preview; import; export; restart.
// Dialogs never block: file names and answers come through the Prompts seams.
#include "common/AppSettings.h"
#include "shell/BackupsDialog.h"
#include "shell/Dialogs.h"
#include "output/ExportController.h"
#include "reports/ImportController.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "common/Icons.h"
#include "editor/Forms.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"
#include "editor/OutlineModel.h"
#include "editor/OutlineView.h"
#include "output/PreviewPane.h"
#include "output/Printing.h"
#include "common/Prompts.h"
#include "reports/ReportListPanel.h"
#include "TestSupport.h"
#include "common/Theme.h"
#include "UiTestSupport.h"
#include "export/Exporter.h"
#include "model/ReportJson.h"
#include "render/Layout.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "util/DatabaseFiles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLockFile>
#include <QSemaphore>
#include <QTextBlock>
#include <QThreadPool>
#include <QUrl>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::moveToEnd;
using fazhi::test::selectRange;
using fazhi::test::typeText;

void paste(FieldEdit *edit, const QString &text)
{
    QApplication::clipboard()->setText(text);
    edit->paste();
}

class UiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), NoOpenUrls));
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

    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }

    Report reloaded() const
    {
        auto ws = Workspace::open(path);
        EXPECT_TRUE(ws.ok());
        auto report = ws.value()->loadReport(window->session()->reportId());
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().message.toStdString());
        return report.ok() ? report.value() : Report{};
    }

    void waitForSave()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window->session()->hasPendingChanges(); }, 5000));
    }

    // The labels of a node's children in the outline.
    QStringList childLabels(const QUuid &parent) const
    {
        OutlineModel *m = window->outlineModel();
        const QModelIndex p = m->indexOf(parent);
        QStringList labels;
        for (int r = 0; r < m->rowCount(p); ++r)
            labels << m->label(m->index(r, 0, p));
        return labels;
    }

    // The preview's text as the layout holds it: a long title's lines joined, blocks one per line.
    QString previewText() const
    {
        QStringList blocks;
        for (QTextBlock b = window->preview()->document()->begin(); b.isValid(); b = b.next()) {
            QString text = b.text();
            text.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
            if (blocks.isEmpty())
                text.remove(QChar(QChar::LineSeparator));  // the title, broken into balanced lines
            else
                text.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
            blocks << text;
        }
        return blocks.join(QLatin1Char('\n'));
    }

    QString layoutText() const
    {
        const DocumentLayout layout = buildLayout(window->session()->report(), LayoutTarget::Document);
        QStringList lines;
        for (const Block &b : layout.blocks)
            lines << b.text();
        return lines.join(QLatin1Char('\n'));
    }

    QString path;
    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(UiTest, EmptyWorkspaceShowsWelcome)
{
    open();
    EXPECT_TRUE(window->isShowingWelcome());
    EXPECT_FALSE(action("actionExportWord")->isEnabled());
    EXPECT_TRUE(window->findChild<QWidget *>(QStringLiteral("welcomeExample")) != nullptr);
    // Side panels wait for a report; they come back with the editor.
    const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
    for (QDockWidget *d : docks)
        EXPECT_FALSE(d->isVisible()) << d->objectName().toStdString();
    window->createReport(QStringLiteral("测试镇人民政府"), 2025);
    EXPECT_FALSE(window->isShowingWelcome());
    bool anyVisible = docks.isEmpty();
    for (QDockWidget *d : docks)
        anyVisible = anyVisible || d->isVisible();
    EXPECT_TRUE(anyVisible);
}

TEST_F(UiTest, NewReportTypingIsSavedAndUndone)
{
    open();
    NewReportDialog::setNextAnswer(NewReportDialog::Answer{QStringLiteral("测试镇人民政府"), 2025});
    action("actionNew")->trigger();
    ASSERT_NE(window->session(), nullptr);
    EXPECT_FALSE(window->isShowingWelcome());
    const Report &r = window->session()->report();
    ASSERT_EQ(r.parts.size(), 5);
    ASSERT_EQ(r.parts[0].sections.size(), 5);
    const QUuid sectionId = r.parts[0].sections[0].id;

    // The new report opens on its first work area, with guidance in the empty fields.
    SectionForm *form = window->forms()->sectionForm();
    ASSERT_EQ(window->forms()->currentForm(), form);
    EXPECT_EQ(window->forms()->currentNode(), sectionId);
    EXPECT_FALSE(form->leadEdit()->placeholderText().isEmpty());
    ASSERT_EQ(form->paragraphs()->rowCount(), 1);  // the guidance row
    EXPECT_FALSE(form->paragraphs()->editorAt(0)->placeholderText().isEmpty());

    QSignalSpy saved(window->session(), &ReportSession::saved);
    typeText(form->leadEdit(), QStringLiteral("强化组织领导。"));
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("全年开展普法活动"));
    QTest::keyClicks(form->paragraphs()->editorAt(0), QStringLiteral("36"));
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("场次。"));
    EXPECT_EQ(window->session()->report().parts[0].sections[0].lead, QStringLiteral("强化组织领导。"));

    // Saved within a second of the last keystroke, without anyone asking.
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() > 0 && !window->session()->hasPendingChanges(); }, 3000));
    EXPECT_TRUE(window->saveStatusLabel()->text().startsWith(QStringLiteral("Saved ")));
    Report stored = reloaded();
    ASSERT_EQ(stored.parts.size(), 5);
    EXPECT_EQ(stored.parts[0].sections[0].lead, QStringLiteral("强化组织领导。"));
    ASSERT_EQ(stored.parts[0].sections[0].body.paragraphs.size(), 1);
    EXPECT_EQ(stored.parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("全年开展普法活动36场次。"));
    // The outline and the preview follow.
    EXPECT_TRUE(window->outlineModel()->label(window->outlineModel()->indexOf(sectionId))
                    .startsWith(QStringLiteral("（一）强化组织领导。")));
    window->preview()->flushPending();
    EXPECT_TRUE(window->preview()->toPlainText().contains(QStringLiteral("（一）强化组织领导。全年开展普法活动36场次。")));

    // Undo the paragraph typing (one step), its creation, then the lead (one step).
    action("actionUndo")->trigger();
    EXPECT_EQ(window->session()->report().parts[0].sections[0].body.paragraphs.value(0).text, QStringLiteral("全"));
    action("actionUndo")->trigger();
    EXPECT_TRUE(window->session()->report().parts[0].sections[0].body.paragraphs.isEmpty());
    action("actionUndo")->trigger();
    EXPECT_TRUE(window->session()->report().parts[0].sections[0].lead.isEmpty());
    EXPECT_TRUE(form->leadEdit()->text().isEmpty());
    waitForSave();
    stored = reloaded();
    EXPECT_TRUE(stored.parts[0].sections[0].lead.isEmpty());
    EXPECT_TRUE(stored.parts[0].sections[0].body.paragraphs.isEmpty());
    // Redo brings the lead back.
    action("actionRedo")->trigger();
    EXPECT_EQ(form->leadEdit()->text(), QStringLiteral("强化组织领导。"));
}

TEST_F(UiTest, CtrlZInATextFieldUndoesTheReport)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2025);
    SectionForm *form = window->forms()->sectionForm();
    form->leadEdit()->setFocus();
    typeText(form->leadEdit(), QStringLiteral("依法决策。"));
    QTest::keyClick(form->leadEdit(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(window->session()->report().parts[0].sections[0].lead.isEmpty());
    QTest::keyClick(form->leadEdit(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(window->session()->report().parts[0].sections[0].lead, QStringLiteral("依法决策。"));
}

TEST_F(UiTest, EnterSplitsAndPasteNeverCorrupts)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2025);
    SectionForm *form = window->forms()->sectionForm();
    ParagraphListEditor *paragraphs = form->paragraphs();
    typeText(paragraphs->editorAt(0), QStringLiteral("第一句。第二句。"));
    FieldEdit *first = paragraphs->editorAt(0);
    selectRange(first, 4, 4);
    QTest::keyClick(first, Qt::Key_Return);
    const Section *s = &window->session()->report().parts[0].sections[0];
    ASSERT_EQ(s->body.paragraphs.size(), 2);
    EXPECT_EQ(s->body.paragraphs[0].text, QStringLiteral("第一句。"));
    EXPECT_EQ(s->body.paragraphs[1].text, QStringLiteral("第二句。"));
    ASSERT_EQ(paragraphs->rowCount(), 2);
    EXPECT_TRUE(paragraphs->editorAt(1)->hasFocus() || !QApplication::focusWidget());

    // Backspace at the start joins it back.
    FieldEdit *second = paragraphs->editorAt(1);
    selectRange(second, 0, 0);
    QTest::keyClick(second, Qt::Key_Backspace);
    s = &window->session()->report().parts[0].sections[0];
    ASSERT_EQ(s->body.paragraphs.size(), 1);
    EXPECT_EQ(s->body.paragraphs[0].text, QStringLiteral("第一句。第二句。"));

    // Pasting lines with control characters and indentation: one paragraph per line, nothing else.
    FieldEdit *edit = paragraphs->editorAt(0);
    moveToEnd(edit);
    paste(edit, QStringLiteral("粘贴\u0001的文字\r\n\r\n　　第二段\u0007。\u2028第三段\t末尾"));
    s = &window->session()->report().parts[0].sections[0];
    ASSERT_EQ(s->body.paragraphs.size(), 3);
    EXPECT_EQ(s->body.paragraphs[0].text, QStringLiteral("第一句。第二句。粘贴的文字"));
    EXPECT_EQ(s->body.paragraphs[1].text, QStringLiteral("第二段。"));
    EXPECT_EQ(s->body.paragraphs[2].text, QStringLiteral("第三段 末尾"));
    // In a lead (one line), pasted lines are joined.
    paste(form->leadEdit(), QStringLiteral("强化\n领导\u0000。"));
    EXPECT_EQ(window->session()->report().parts[0].sections[0].lead, QStringLiteral("强化领导。"));
    waitForSave();
    const Report stored = reloaded();
    for (const Paragraph &p : stored.parts[0].sections[0].body.paragraphs) {
        for (const QChar ch : p.text)
            EXPECT_GE(ch.unicode(), 0x20) << p.text.toStdString();
    }
}

TEST_F(UiTest, StructureEditsRenumberOutlineAndPreview)
{
    open();
    ASSERT_FALSE(window->openExampleReport().isNull());
    const Report &r = window->session()->report();
    const QUuid measures = r.parts[0].id;
    ASSERT_EQ(r.parts[0].sections.size(), 5);
    const QUuid third = r.parts[0].sections[2].id;
    const QString thirdLead = r.parts[0].sections[2].lead;

    // Move the third work area up with the keyboard: it becomes （二）.
    window->selectNode(third);
    window->outline()->setFocus();
    QTest::keyClick(window->outline(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->session()->report().parts[0].sections[1].id, third);
    EXPECT_EQ(window->outline()->currentNode(), third);
    QStringList labels = childLabels(measures);
    EXPECT_TRUE(labels.contains(QStringLiteral("（二）") + thirdLead.left(20) + QStringLiteral("…"))
                || labels.join(QLatin1Char('|')).contains(QStringLiteral("（二）") + thirdLead.left(10)))
        << labels.join(QLatin1Char('|')).toStdString();
    window->preview()->flushPending();
    EXPECT_TRUE(window->preview()->toPlainText().contains(QStringLiteral("（二）") + thirdLead));
    EXPECT_EQ(previewText(), layoutText());

    // Add a work area after it: the ones below renumber.
    action("actionAddSection")->trigger();
    ASSERT_EQ(window->session()->report().parts[0].sections.size(), 6);
    const QUuid added = window->session()->report().parts[0].sections[2].id;
    EXPECT_EQ(window->forms()->currentNode(), added);
    EXPECT_TRUE(window->forms()->sectionForm()->leadEdit()->hasFocus() || !QApplication::focusWidget());
    typeText(window->forms()->sectionForm()->leadEdit(), QStringLiteral("新增的工作领域。"));
    labels = childLabels(measures);
    EXPECT_TRUE(labels.join(QLatin1Char('|')).contains(QStringLiteral("（三）新增的工作领域。")));
    EXPECT_TRUE(labels.join(QLatin1Char('|')).contains(QStringLiteral("（六）")));
    window->preview()->flushPending();
    EXPECT_TRUE(window->preview()->toPlainText().contains(QStringLiteral("（三）新增的工作领域。")));
    EXPECT_EQ(previewText(), layoutText());

    // Delete it again from the outline with the Delete key.
    window->selectNode(added);
    window->outline()->setFocus();
    QTest::keyClick(window->outline(), Qt::Key_Delete);
    ASSERT_EQ(window->session()->report().parts[0].sections.size(), 5);
    EXPECT_FALSE(childLabels(measures).join(QLatin1Char('|')).contains(QStringLiteral("（六）")));
    window->preview()->flushPending();
    EXPECT_EQ(previewText(), layoutText());

    // Drag and drop among siblings: the first work area dropped below the third.
    OutlineModel *model = window->outlineModel();
    const QUuid firstId = window->session()->report().parts[0].sections[0].id;
    const QModelIndex firstIndex = model->indexOf(firstId);
    std::unique_ptr<QMimeData> data(model->mimeData({firstIndex}));
    const QModelIndex parent = model->indexOf(measures);
    const int thirdRow = model->indexOf(window->session()->report().parts[0].sections[2].id).row();
    // Not into another part.
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model->indexOf(r.parts[1].id)));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, thirdRow + 1, 0, parent));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->session()->report().parts[0].sections[2].id == firstId; }));
    window->preview()->flushPending();
    EXPECT_EQ(previewText(), layoutText());

    // Duplicate.
    window->selectNode(firstId);
    action("actionDuplicate")->trigger();
    EXPECT_EQ(window->session()->report().parts[0].sections.size(), 6);
    EXPECT_EQ(window->session()->report().parts[0].sections[3].lead,
              window->session()->report().parts[0].sections[2].lead);

    // Everything reached the workspace.
    waitForSave();
    const Report stored = reloaded();
    ASSERT_EQ(stored.parts[0].sections.size(), 6);
    EXPECT_EQ(stored.parts[0].sections[0].id, third);
    EXPECT_EQ(stored.parts[0].sections[2].id, firstId);
}

TEST_F(UiTest, PreviewFollowsTypingInPlaceAndSelection)
{
    open();
    window->openExampleReport();
    const Report &r = window->session()->report();
    const QUuid paragraph = r.parts[1].intro.paragraphs[0].id;
    window->revealNode(paragraph);
    PreviewPane *preview = window->preview();
    preview->flushPending();
    EXPECT_EQ(preview->activeNode(), paragraph);
    const int fullBefore = preview->fullRenderCount();
    ParagraphListEditor *list = window->forms()->partForm()->findChild<ParagraphListEditor *>(QStringLiteral("partParagraphs"));
    ASSERT_NE(list, nullptr);
    FieldEdit *edit = list->editorAt(0);
    moveToEnd(edit);
    typeText(edit, QStringLiteral("补充一句。"));
    preview->flushPending();
    // Typing changed only the characters of that paragraph: no full re-render.
    EXPECT_EQ(preview->fullRenderCount(), fullBefore);
    EXPECT_GT(preview->partialRenderCount(), 0);
    EXPECT_EQ(previewText(), layoutText());
    // Clicking text in the preview selects what it belongs to.
    QSignalSpy clicked(preview, &PreviewPane::nodeClicked);
    const int pos = preview->positionOf(r.parts[0].sections[1].id);
    ASSERT_GE(pos, 0);
    QTextCursor at(preview->document());
    at.setPosition(pos + 3);
    const QPoint point = preview->cursorRect(at).center();
    preview->setActiveNode(r.parts[0].sections[1].id);
    QTest::mouseClick(preview->viewport(), Qt::LeftButton, Qt::NoModifier, preview->cursorRect(at).center());
    Q_UNUSED(point);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().first().toUuid(), r.parts[0].sections[1].id);
    EXPECT_EQ(window->outline()->currentNode(), r.parts[0].sections[1].id);
}

TEST_F(UiTest, ImportTheSample)
{
    FAZHI_REQUIRE_SAMPLE();
    open();
    Prompts::setNextFileName(fazhi::test::samplePath());
    action("actionImport")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy(); }, 30000));
    ASSERT_NE(window->session(), nullptr);
    const Report &r = window->session()->report();
    EXPECT_TRUE(r.effectiveTitle().contains(QStringLiteral("陶庄镇"))) << r.effectiveTitle().toStdString();
    EXPECT_GE(r.parts.size(), 3);
    // The sample has defects that import repairs; the notes are shown beside the report.
    ASSERT_NE(window->importNotesDialog(), nullptr);
    EXPECT_TRUE(window->importNotesDialog()->isVisible());
    EXPECT_EQ(window->importNotesDialog()->noteCount(), r.importNotes.size());
    EXPECT_GT(window->importNotesDialog()->noteCount(), 0);
    EXPECT_EQ(window->reportList()->model()->rowCount(), 1);
    EXPECT_FALSE(window->isShowingWelcome());
}

// Issue 15, item 8: the plans heading of the sample is a lead-in sentence; its import note offers to
// split it into the kind's heading and a first paragraph, as one undo step.
TEST_F(UiTest, ImportNoteSplitsALeadInHeading)
{
    FAZHI_REQUIRE_SAMPLE();
    open();
    Prompts::setNextFileName(fazhi::test::samplePath());
    action("actionImport")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy(); }, 30000));
    ASSERT_NE(window->session(), nullptr);
    ImportNotesDialog *notes = window->importNotesDialog();
    ASSERT_NE(notes, nullptr);
    auto *split = notes->findChild<QPushButton *>(QStringLiteral("splitHeading"));
    ASSERT_NE(split, nullptr);
    EXPECT_FALSE(split->isEnabled());  // nothing selected yet
    const Part plans = window->session()->report().parts.at(3);
    const QString sentence = plans.heading;
    ASSERT_TRUE(sentence.startsWith(QStringLiteral("2024年度")));
    QTreeWidget *view = notes->notesView();
    QTreeWidgetItem *offer = nullptr;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == plans.id)
            offer = view->topLevelItem(i);
    }
    ASSERT_NE(offer, nullptr);
    view->setCurrentItem(view->topLevelItem(0));
    EXPECT_FALSE(split->isEnabled());
    view->setCurrentItem(offer);
    ASSERT_TRUE(split->isEnabled());
    QTest::mouseClick(split, Qt::LeftButton);
    const Part after = window->session()->report().parts.at(3);
    EXPECT_TRUE(after.heading.isEmpty());
    ASSERT_FALSE(after.intro.paragraphs.isEmpty());
    EXPECT_EQ(after.intro.paragraphs.first().text, sentence);
    EXPECT_FALSE(split->isEnabled());  // split once
    // One undo step puts the heading back.
    window->session()->undoStack()->undo();
    EXPECT_EQ(window->session()->report().parts.at(3).heading, sentence);
    EXPECT_EQ(window->session()->report().parts.at(3).intro.paragraphs.size(), plans.intro.paragraphs.size());
    // Notes kept by an older version (their sentence only, no code) offer the split too.
    Report older = window->session()->report();
    for (ImportNote &n : older.importNotes) {
        n.code.clear();
        n.args.clear();
    }
    notes->setReport(older);
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == plans.id)
            view->setCurrentItem(view->topLevelItem(i));
    }
    EXPECT_TRUE(split->isEnabled());
}

// The 文号 from the page's 政府信息公开 table is a detail of the form: shown, edited, kept.
TEST_F(UiTest, TheDocumentNumberFromThePageIsADetailOfTheForm)
{
    open();
    Prompts::setNextFileName(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/import/xiangyang-2023.txt"));
    action("actionImport")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy(); }, 30000));
    ASSERT_NE(window->session(), nullptr);
    const QUuid id = window->session()->reportId();
    window->selectNode(id);
    auto *number = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("documentNumber"));
    ASSERT_NE(number, nullptr);
    EXPECT_EQ(number->text(), QStringLiteral("向办发〔2024〕3号"));
    number->selectAll();
    typeText(number, QStringLiteral("向办发〔2024〕4号"));
    window->close();
    window.reset();
    open();
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(window->session()->reportId(), id);
    EXPECT_EQ(window->session()->report().details.documentNumber, QStringLiteral("向办发〔2024〕4号"));
}

TEST_F(UiTest, DroppedFilesAreReadInAWorkerOneAfterAnother)
{
    open();
    auto write = [&](const QString &name, const QString &text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    };
    const QString first = write(QStringLiteral("甲镇.txt"),
                                QStringLiteral("甲镇人民政府2024年度法治政府建设情况报告\n一、2024年工作回顾\n（一）规范执法。\n"
                                               "开展执法培训5期。\n"));
    const QString second = write(QStringLiteral("乙镇.txt"),
                                 QStringLiteral("乙镇人民政府2024年度法治政府建设情况报告\n一、2024年工作回顾\n（一）普法宣传。\n"
                                                "开展宣传活动8场。\n"));
    const QString third = write(QStringLiteral("丙镇.txt"),
                                QStringLiteral("丙镇人民政府2024年度法治政府建设情况报告\n一、2024年工作回顾\n（一）依法决策。\n"
                                               "审查合同12份。\n"));
    const QString broken = write(QStringLiteral("坏.docx"), QStringLiteral("这不是 Word 文档"));
    QStringList readInTurn;
    QObject::connect(window->importer(), &ImportController::fileRead, window.get(),
            [&](const QString &path) { readInTurn << QFileInfo(path).fileName(); });
    // importFile returns before the file is read: a worker thread reads it, the window stores it later.
    window->importFile(first);
    EXPECT_TRUE(window->importer()->isBusy());
    EXPECT_EQ(window->reportList()->model()->rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy(); }, 30000));
    EXPECT_EQ(window->reportList()->model()->rowCount(), 1);
    // Files dropped together are read in turn.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second), QUrl::fromLocalFile(broken), QUrl::fromLocalFile(third)});
    // Qt delivers a drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    ASSERT_TRUE(drop.isAccepted());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->reportList()->model()->rowCount() == 3 && !window->importer()->isBusy(); }, 30000));
    // In the order dropped; the broken file was reported and did not stop the one after it, which is
    // the report open now.
    EXPECT_EQ(readInTurn, (QStringList{QStringLiteral("甲镇.txt"), QStringLiteral("乙镇.txt"), QStringLiteral("坏.docx"),
                                       QStringLiteral("丙镇.txt")}));
    ASSERT_NE(window->session(), nullptr);
    EXPECT_TRUE(window->session()->report().effectiveTitle().contains(QStringLiteral("丙镇")));
    bool toldFailure = false;
    for (const auto &m : Prompts::shown())
        toldFailure = toldFailure || (m.title == QStringLiteral("Import Failed") && m.text.contains(QStringLiteral("坏.docx")));
    EXPECT_TRUE(toldFailure);

    // Not beneath a dialog the user is in (the report it is about would change): stored once it closes.
    const QString fourth = write(QStringLiteral("丁镇.txt"),
                                 QStringLiteral("丁镇人民政府2024年度法治政府建设情况报告\n一、2024年工作回顾\n（一）普法。\n"
                                                "开展讲座3场。\n"));
    QDialog dialog(window.get());
    dialog.setModal(true);
    dialog.show();
    window->importFile(fourth);
    QTest::qWait(600);
    EXPECT_EQ(window->reportList()->model()->rowCount(), 3);
    EXPECT_TRUE(window->session()->report().effectiveTitle().contains(QStringLiteral("丙镇")));
    dialog.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->importer()->isBusy(); }, 30000));
    EXPECT_EQ(window->reportList()->model()->rowCount(), 4);
    EXPECT_TRUE(window->session()->report().effectiveTitle().contains(QStringLiteral("丁镇")));
}

TEST_F(UiTest, ExportWordAndPdfThroughTheDialogs)
{
    open();
    window->openExampleReport();
    const QString docx = dir.filePath(QStringLiteral("导出/报告.docx"));
    QDir().mkpath(QFileInfo(docx).absolutePath());
    Prompts::setNextFileName(docx);
    action("actionExportWord")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    QTest::qWait(50);
    ASSERT_TRUE(QFileInfo::exists(docx));
    EXPECT_GT(QFileInfo(docx).size(), 4000);
    QFile f(docx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(2), QByteArray("PK"));
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Export Finished"));
    EXPECT_EQ(AppSettings::instance().string(AppSettings::LastExportFolder), QFileInfo(docx).absolutePath());

    const QString pdf = dir.filePath(QStringLiteral("导出/报告.pdf"));
    Prompts::setNextFileName(pdf);
    action("actionExportPdf")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    QTest::qWait(50);
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 10000);
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_EQ(p.read(5), QByteArray("%PDF-"));

    // An export that cannot be written says so and leaves nothing behind.
    Prompts::clearShown();
    const QString bad = dir.filePath(QStringLiteral("no-such-folder/报告.docx"));
    Prompts::setNextFileName(bad);
    action("actionExportWord")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    QTest::qWait(50);
    EXPECT_FALSE(QFileInfo::exists(bad));
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_EQ(Prompts::shown().last().title, QStringLiteral("Export Failed"));
    EXPECT_FALSE(Prompts::shown().last().text.isEmpty());
}

TEST_F(UiTest, PrintsTheLayoutPageByPage)
{
    open();
    window->openExampleReport();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    const QString out = dir.filePath(QStringLiteral("printed.pdf"));
    printer->setOutputFileName(out);
    preparePrinter(*printer, AppSettings::instance().pageProfile());
    // What the print dialog's OK starts: the pages are painted in a worker thread.
    Prompts::clearShown();
    ASSERT_TRUE(window->exporter()->printTo(printer, window->session()->report()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->exporter()->isBusy(); }, 60000));
    QTest::qWait(50);
    EXPECT_TRUE(Prompts::shown().isEmpty());  // no error
    EXPECT_GT(QFileInfo(out).size(), 10000);
    // The printed pages are the exported PDF's pages.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {out});
    if (info.waitForFinished(20000) && info.exitCode() == 0) {
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const QString pdf = dir.filePath(QStringLiteral("exported.pdf"));
        ASSERT_TRUE(exportReport(window->session()->report(), ExportFormat::Pdf, pdf).ok());
        QProcess info2;
        info2.start(QStringLiteral("pdfinfo"), {pdf});
        ASSERT_TRUE(info2.waitForFinished(20000));
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const auto printed = pages.match(text);
        const auto exported = pages.match(QString::fromUtf8(info2.readAllStandardOutput()));
        ASSERT_TRUE(printed.hasMatch() && exported.hasMatch());
        EXPECT_GE(printed.captured(1).toInt(), 3);
        EXPECT_EQ(printed.captured(1), exported.captured(1));
        EXPECT_TRUE(text.contains(QStringLiteral("595.")) || text.contains(QStringLiteral("A4"))) << text.toStdString();
    }
}

TEST_F(UiTest, DetailsFormWritesTheOpeningAndTheClosing)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2024);
    window->selectNode(window->session()->reportId());
    DetailsForm *details = window->forms()->detailsForm();
    auto *preamble = details->findChild<ParagraphListEditor *>(QStringLiteral("preambleParagraphs"));
    auto *closing = details->findChild<ParagraphListEditor *>(QStringLiteral("closingParagraphs"));
    ASSERT_NE(preamble, nullptr);
    ASSERT_NE(closing, nullptr);
    // Empty lists: one guidance row each, which typing turns into the first paragraph.
    ASSERT_EQ(closing->rowCount(), 1);
    ASSERT_EQ(preamble->rowCount(), 1);
    EXPECT_TRUE(closing->editorAt(0)->placeholderText().contains(QStringLiteral("特此报告")));
    EXPECT_TRUE(preamble->editorAt(0)->placeholderText().contains(QStringLiteral("现将有关情况报告如下")));
    typeText(closing->editorAt(0), QStringLiteral("特此报告。"));
    typeText(preamble->editorAt(0), QStringLiteral("2024年，我镇扎实推进法治政府建设。"));
    const Report &r = window->session()->report();
    ASSERT_EQ(r.closing.size(), 1);
    EXPECT_EQ(r.closing[0].text, QStringLiteral("特此报告。"));
    ASSERT_EQ(r.preamble.size(), 1);
    EXPECT_EQ(r.preamble[0].text, QStringLiteral("2024年，我镇扎实推进法治政府建设。"));
    // The preview puts them around the parts: the opening before 一、, the closing after the last part.
    window->preview()->flushPending();
    EXPECT_EQ(previewText(), layoutText());
    const QString text = window->preview()->toPlainText();
    const int opening = text.indexOf(QStringLiteral("扎实推进法治政府建设"));
    const int firstPart = text.indexOf(QStringLiteral("一、"));
    const int lastPart = text.indexOf(QStringLiteral("五、"));
    const int end = text.indexOf(QStringLiteral("特此报告。"));
    ASSERT_GE(opening, 0);
    ASSERT_GE(lastPart, 0);
    EXPECT_LT(opening, firstPart);
    EXPECT_GT(end, lastPart);
    // Found from elsewhere (the preview, the checks), a paragraph of the report's own opens in this form.
    window->selectNode(r.parts[0].id);
    window->revealNode(r.closing[0].id);
    EXPECT_EQ(window->forms()->currentForm(), details);
    // Enter splits the closing into two paragraphs; undo takes the steps back.
    closing->focusNode(r.closing[0].id, 0);
    QTest::keyClick(closing->editorAt(0), Qt::Key_Return);
    EXPECT_EQ(window->session()->report().closing.size(), 2);
    action("actionUndo")->trigger();
    EXPECT_EQ(window->session()->report().closing.size(), 1);
    waitForSave();
    const Report stored = reloaded();
    ASSERT_EQ(stored.closing.size(), 1);
    EXPECT_EQ(stored.closing[0].text, QStringLiteral("特此报告。"));
    ASSERT_EQ(stored.preamble.size(), 1);
    // Undo all the way removes them again, in the form too.
    for (int i = 0; i < 20 && action("actionUndo")->isEnabled(); ++i)
        action("actionUndo")->trigger();
    EXPECT_TRUE(window->session()->report().preamble.isEmpty());
    EXPECT_TRUE(window->session()->report().closing.isEmpty());
    EXPECT_EQ(closing->rowCount(), 1);
    EXPECT_TRUE(closing->editorAt(0)->toPlainText().isEmpty());
}

TEST_F(UiTest, RestartFindsEverything)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2024);
    const QUuid id = window->session()->reportId();
    SectionForm *form = window->forms()->sectionForm();
    typeText(form->leadEdit(), QStringLiteral("规范执法行为。"));
    typeText(form->paragraphs()->editorAt(0), QStringLiteral("开展执法培训5期。"));
    window->selectNode(window->session()->reportId());
    auto *organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    organization->selectAll();
    typeText(organization, QStringLiteral("测试街道办事处"));
    // Quit at once: closing flushes what is queued; nothing asks "save changes?".
    Prompts::clearShown();
    window->close();
    window.reset();
    EXPECT_TRUE(Prompts::shown().isEmpty());

    open();
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(window->session()->reportId(), id);
    const Report &r = window->session()->report();
    EXPECT_EQ(r.details.organization, QStringLiteral("测试街道办事处"));
    EXPECT_EQ(r.parts[0].sections[0].lead, QStringLiteral("规范执法行为。"));
    ASSERT_EQ(r.parts[0].sections[0].body.paragraphs.size(), 1);
    EXPECT_EQ(r.parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("开展执法培训5期。"));
    EXPECT_TRUE(window->reportList()->model()->reports().first().title.contains(QStringLiteral("测试街道办事处")));
}

TEST_F(UiTest, AtStartTheWindowPaintsBeforeTheLastReportOpens)
{
    open();
    window->createReport(QStringLiteral("甲镇人民政府"), 2023);
    const QUuid last = window->createReport(QStringLiteral("乙镇人民政府"), 2024);
    window->close();
    window.reset();

    // As fazhi-report starts: the report list first, the last report right after the first paint.
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openWorkspace(path, MainWindow::LastReport::AfterFirstPaint));
    EXPECT_EQ(window->session(), nullptr);
    EXPECT_TRUE(window->isOpeningReport());
    EXPECT_EQ(window->reportList()->model()->reports().size(), 2);
    EXPECT_FALSE(window->isShowingWelcome());
    window->resize(1366, 768);
    window->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->session() != nullptr; }, 5000));
    EXPECT_EQ(window->session()->reportId(), last);
    EXPECT_FALSE(window->isOpeningReport());
    EXPECT_EQ(window->outline()->currentNode(), last);
    // The app's icon, drawn for the window system at five sizes, also comes after the first paint.
    EXPECT_EQ(QGuiApplication::windowIcon().cacheKey(), icon(IconKind::App).cacheKey());
}

TEST_F(UiTest, DamageFoundAfterOpeningClosesTheWorkspaceUntouched)
{
    open();
    for (int i = 0; i < 30; ++i)
        window->createReport(QStringLiteral("测试%1镇人民政府").arg(i), 2000 + i);
    window->close();
    window.reset();
    ASSERT_TRUE(fazhi::test::damagePages(path));
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    Prompts::clearShown();
    window = std::make_unique<MainWindow>();
    EXPECT_TRUE(window->openWorkspace(path));  // the cheap checks pass: the background scan finds it
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->workspace() == nullptr; }, 10000));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Cannot Open the Workspace"));
    EXPECT_TRUE(Prompts::shown().first().text.contains(QFileInfo(path).fileName()));
    EXPECT_EQ(window->session(), nullptr);
    window.reset();
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_TRUE(after.readAll() == bytes) << "the damaged file was changed";
}

TEST_F(UiTest, ClearButtonEmptiesTheFieldAndSaves)
{
    open();
    window->createReport(QStringLiteral("测试镇人民政府"), 2024);
    window->selectNode(window->session()->reportId());
    auto *organization = window->forms()->detailsForm()->findChild<QLineEdit *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    auto *clear = organization->findChild<QAction *>(QStringLiteral("clearAction"));
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isVisible());
    clear->trigger();
    EXPECT_TRUE(organization->text().isEmpty());
    EXPECT_FALSE(clear->isVisible());
    waitForSave();
    EXPECT_TRUE(reloaded().details.organization.isEmpty());
    action("actionUndo")->trigger();
    EXPECT_EQ(window->session()->report().details.organization, QStringLiteral("测试镇人民政府"));
}

TEST_F(UiTest, SecondWindowOnTheSameWorkspaceIsRefused)
{
    open();
    MainWindow second;
    Prompts::clearShown();
    EXPECT_FALSE(second.openWorkspace(path));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Workspace Already Open"));
    EXPECT_TRUE(Prompts::shown().first().text.contains(QFileInfo(path).fileName()));
    // The first window is unaffected.
    window->createReport(QStringLiteral("测试镇人民政府"), 2025);
    EXPECT_NE(window->session(), nullptr);
}

TEST_F(UiTest, DamagedWorkspaceIsReportedAndLeftAlone)
{
    const QByteArray junk("this is not a workspace, just some text\n");
    fazhi::test::writeBytes(path, junk);
    MainWindow w;
    Prompts::clearShown();
    EXPECT_FALSE(w.openWorkspace(path));
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Cannot Open the Workspace"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), junk);
}

TEST_F(UiTest, ChineseInterfaceHasNoEnglishLeft)
{
    ASSERT_TRUE(installTranslators(QStringLiteral("zh_CN")));
    open();
    window->openExampleReport();
    // Words that stay as they are in a Chinese interface, and the Latin words the export formats'
    // Chinese names keep (export/Formats.cpp; "OFD 版式文档"), so a new format needs no entry here. A
    // name still in English adds nothing: the sweep reports it.
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    QString kept = QStringLiteral("Word|PDF|Ctrl|Shift|Alt|Del|GB/T|\\.txt|\\.docx|\\.html?|\\.fazhi|F\\d+|PgUp|PgDown");
    for (const ExportFormat format : exportFormats()) {
        if (format.name() == QString::fromUtf8(format.spec()->name))
            continue;
        for (auto words = latin.globalMatch(format.name()); words.hasNext();)
            kept += QLatin1Char('|') + QRegularExpression::escape(words.next().captured());
    }
    const QRegularExpression allowed(kept);
    QStringList offenders;
    auto check = [&](const QString &where, QString text) {
        text.remove(QLatin1Char('&'));
        if (text.contains(QLatin1Char('/')) && text.contains(QStringLiteral("fazhi")))
            return;  // a file path
        text.remove(allowed);
        if (text.contains(latin))
            offenders << where + QStringLiteral(": ") + text;
    };
    auto sweep = [&] {
        for (QAction *a : window->findChildren<QAction *>()) {
            check(QStringLiteral("action ") + a->objectName(), a->text());
            check(QStringLiteral("action tip ") + a->objectName(), a->statusTip());
        }
        for (QLabel *l : window->findChildren<QLabel *>())
            check(QStringLiteral("label ") + l->objectName(), l->text());
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
            check(QStringLiteral("button ") + b->objectName(), b->text());
        for (QLineEdit *e : window->findChildren<QLineEdit *>())
            check(QStringLiteral("placeholder ") + e->objectName(), e->placeholderText());
        for (QPlainTextEdit *e : window->findChildren<QPlainTextEdit *>())
            check(QStringLiteral("placeholder ") + e->objectName(), e->placeholderText());
        for (QComboBox *c : window->findChildren<QComboBox *>()) {
            for (int i = 0; i < c->count(); ++i)
                check(QStringLiteral("combo ") + c->objectName(), c->itemText(i));
        }
        for (QMenu *m : window->menuBar()->findChildren<QMenu *>())
            check(QStringLiteral("menu"), m->title());
        check(QStringLiteral("window title"), window->windowTitle());
        check(QStringLiteral("save status"), window->saveStatusLabel()->text());
    };
    // Every kind of form, and an empty report with its guidance.
    const Report &r = window->session()->report();
    for (const QUuid &id : {r.id, r.parts[0].id, r.parts[0].sections[0].id, r.parts[0].sections[0].body.points[0].id,
                            r.parts[0].sections[1].body.paragraphs[0].id, r.parts[0].sections[0].facts[0].id}) {
        window->selectNode(id);
        sweep();
    }
    window->createReport(QStringLiteral("测试镇人民政府"), 2025);
    for (const Part &p : window->session()->report().parts) {
        window->selectNode(p.id);
        sweep();
    }
    window->selectNode(window->session()->report().parts[0].sections[0].id);
    sweep();
    offenders.removeDuplicates();
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QLatin1Char('\n')).toStdString();
    installTranslators(QStringLiteral("en"));
}

TEST_F(UiTest, ApprovedReportIsReadOnly)
{
    QUuid id;
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        Report r = makeTemplateReport(QStringLiteral("测试镇人民政府"), 2025);
        r.parts[0].sections[0].lead = QStringLiteral("已审定的引领句。");
        id = ws.value()->insertReport(r).value();
        ASSERT_TRUE(ws.value()->setStatus(id, ReportStatus::Approved).ok());
    }
    open();
    ASSERT_NE(window->session(), nullptr);
    EXPECT_TRUE(window->session()->isLocked());
    window->revealNode(window->session()->report().parts[0].sections[0].id);
    SectionForm *form = window->forms()->sectionForm();
    EXPECT_TRUE(form->leadEdit()->isReadOnly());
    typeText(form->leadEdit(), QStringLiteral("改"));
    EXPECT_EQ(window->session()->report().parts[0].sections[0].lead, QStringLiteral("已审定的引领句。"));
    EXPECT_FALSE(action("actionAddSection")->isEnabled());
    EXPECT_FALSE(action("actionDelete")->isEnabled());
    // Export stays possible.
    EXPECT_TRUE(action("actionExportWord")->isEnabled());
}

TEST_F(UiTest, ReportListOrdersByYearOrganizationAndLastChange)
{
    auto summary = [](int year, const QString &organization, int minute) {
        ReportSummary s;
        s.id = QUuid::createUuid();
        s.year = year;
        s.organization = organization;
        s.title = QStringLiteral("%1 %2 %3").arg(year).arg(organization).arg(minute);
        s.updatedAt = QDateTime(QDate(2025, 3, 1), QTime(9, minute), Qt::UTC);
        return s;
    };
    const QList<ReportSummary> given{
        summary(2023, QStringLiteral("B镇"), 5), summary(2024, QStringLiteral("B镇"), 1),
        summary(2023, QStringLiteral("A镇"), 2), summary(2024, QStringLiteral("A镇"), 3),
        summary(2023, QStringLiteral("B镇"), 9), summary(2024, QStringLiteral("A镇"), 7),
    };
    auto titles = [](const ReportListModel &model) {
        QStringList list;
        for (const ReportSummary &s : model.reports())
            list << s.title;
        return list;
    };
    const QStringList expected{
        QStringLiteral("2024 A镇 7"), QStringLiteral("2024 A镇 3"), QStringLiteral("2024 B镇 1"),
        QStringLiteral("2023 A镇 2"), QStringLiteral("2023 B镇 9"), QStringLiteral("2023 B镇 5"),
    };
    ReportListModel listed;
    listed.setReports(given);
    EXPECT_EQ(titles(listed), expected);
    // Reports added one by one land where the whole list puts them.
    ReportListModel added;
    for (const ReportSummary &s : given)
        added.updateReport(s);
    EXPECT_EQ(titles(added), expected);
}

TEST_F(UiTest, IconLabelsAreDrawnFromTheApplicationFont)
{
    // White letters inside a coloured badge: "PDF" on the red box of the PDF icon, "法" on the red seal
    // of the app icon (in the icons' 24-unit grid, scaled here to 48 px).
    auto whiteAndColoured = [](IconKind kind, const QRectF &grid) {
        const QImage image = icon(kind).pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
        const QRect area = QRectF(grid.topLeft() * 2, grid.size() * 2).toRect();
        int white = 0, coloured = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = QColor::fromRgba(image.pixel(x, y));
                white += c.alpha() == 255 && c.red() > 220 && c.green() > 220 && c.blue() > 220;
                coloured += c.alpha() == 255 && c.red() > 150 && c.green() < 100;
            }
        }
        return std::make_pair(white, coloured);
    };
    const auto pdf = whiteAndColoured(IconKind::ExportPdf, QRectF(2.5, 11, 11, 6.5));
    EXPECT_GT(pdf.first, 25);
    EXPECT_GT(pdf.second, 25);
    const auto seal = whiteAndColoured(IconKind::App, QRectF(13.5, 14, 6, 6));
    EXPECT_GT(seal.first, 12);
    EXPECT_GT(seal.second, 12);
}

TEST_F(UiTest, StandardIconsAreTheStylesLookedUpWhenDrawn)
{
    AppStyle style;
    auto image = [](const QIcon &icon) { return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32); };
    auto drawnPixels = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += qAlpha(image.pixel(x, y)) > 0;
        return n;
    };
    // Handed out without looking anything up, drawn as the platform style draws it.
    for (QStyle::StandardPixmap which : {QStyle::SP_CommandLink, QStyle::SP_ToolBarHorizontalExtensionButton,
                                         QStyle::SP_MessageBoxWarning, QStyle::SP_TitleBarNormalButton}) {
        const QIcon deferred = style.standardIcon(which);
        EXPECT_FALSE(deferred.isNull());
        const QImage own = image(deferred);
        EXPECT_GT(drawnPixels(own), 0) << which;
        EXPECT_EQ(own, image(style.baseStyle()->standardIcon(which))) << which;
    }
    // A dock's close button is the app's own line art.
    const QImage close = image(style.standardIcon(QStyle::SP_DockWidgetCloseButton));
    EXPECT_EQ(close, image(icon(IconKind::Close)));
    EXPECT_GT(drawnPixels(close), 20);
}

TEST_F(UiTest, ReportListReadAheadIsUsedOnlyWhileItHolds)
{
    const QString other = dir.filePath(QStringLiteral("other.fazhi"));
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("甲镇人民政府"), 2024)).ok());
        auto second = Workspace::open(other);
        ASSERT_TRUE(second.ok());
        ASSERT_TRUE(second.value()->insertReport(makeTemplateReport(QStringLiteral("乙镇人民政府"), 2024)).ok());
    }
    auto organizations = [this] {
        QStringList list;
        for (const ReportSummary &s : window->reportList()->model()->reports())
            list << s.organization;
        return list;
    };

    // Read ahead, then another program adds a report before the window opens the workspace.
    auto readAhead = MainWindow::readReportListAhead(path);
    readAhead.waitForFinished();
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("丙镇人民政府"), 2023)).ok());
    }
    window = std::make_unique<MainWindow>();
    window->useReadAheadList(readAhead);
    ASSERT_TRUE(window->openWorkspace(path));
    EXPECT_FALSE(window->wasReportListReadAhead());
    EXPECT_EQ(organizations(), (QStringList{QStringLiteral("甲镇人民政府"), QStringLiteral("丙镇人民政府")}));
    window.reset();

    // A list read ahead of one file is not shown for another.
    window = std::make_unique<MainWindow>();
    window->useReadAheadList(MainWindow::readReportListAhead(path));
    ASSERT_TRUE(window->openWorkspace(other));
    EXPECT_FALSE(window->wasReportListReadAhead());
    EXPECT_EQ(organizations(), QStringList{QStringLiteral("乙镇人民政府")});
    window.reset();

    // Unchanged, it is the list.
    window = std::make_unique<MainWindow>();
    window->useReadAheadList(MainWindow::readReportListAhead(path));
    ASSERT_TRUE(window->openWorkspace(path));
    EXPECT_TRUE(window->wasReportListReadAhead());
    EXPECT_EQ(organizations(), (QStringList{QStringLiteral("甲镇人民政府"), QStringLiteral("丙镇人民政府")}));
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("reportCount"))->text(), QStringLiteral("2 reports"));
    window.reset();
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openWorkspace(other));
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("reportCount"))->text(), QStringLiteral("1 report"));
}

TEST_F(UiTest, ReportListReadAheadComesInTheListsOrder)
{
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        // The file lists them by bytes ('B' before 'a'); the list collates ("an" before "Bei").
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("Bei镇"), 2024)).ok());
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("an镇"), 2024)).ok());
    }
    // Sorted on the worker that read it: the window shows it as it comes.
    window = std::make_unique<MainWindow>();
    window->useReadAheadList(MainWindow::readReportListAhead(path));
    ASSERT_TRUE(window->openWorkspace(path));
    ASSERT_TRUE(window->wasReportListReadAhead());
    QStringList organizations;
    for (const ReportSummary &s : window->reportList()->model()->reports())
        organizations << s.organization;
    EXPECT_EQ(organizations, (QStringList{QStringLiteral("an镇"), QStringLiteral("Bei镇")}));
}

TEST_F(UiTest, WorkspaceChoiceOrder)
{
    const QByteArray saved = qgetenv("FAZHI_WORKSPACE");
    qunsetenv("FAZHI_WORKSPACE");
    AppSettings::instance().setValue(AppSettings::WorkspacePath, QStringLiteral("/from/settings.fazhi"));
    EXPECT_EQ(MainWindow::chooseWorkspacePath(QStringLiteral("/from/argument.fazhi")), QStringLiteral("/from/argument.fazhi"));
    EXPECT_EQ(MainWindow::chooseWorkspacePath(QString()), QStringLiteral("/from/settings.fazhi"));
    qputenv("FAZHI_WORKSPACE", "/from/environment.fazhi");
    EXPECT_EQ(MainWindow::chooseWorkspacePath(QString()), QStringLiteral("/from/environment.fazhi"));
    EXPECT_EQ(MainWindow::chooseWorkspacePath(QStringLiteral("/from/argument.fazhi")), QStringLiteral("/from/argument.fazhi"));
    if (saved.isEmpty())
        qunsetenv("FAZHI_WORKSPACE");
    else
        qputenv("FAZHI_WORKSPACE", saved);
}

TEST_F(UiTest, WindowLayoutIsRestored)
{
    open();
    window->openExampleReport();
    window->findChild<QAction *>(QStringLiteral("actionShowPreview"))->setChecked(false);
    window->close();
    window.reset();
    open();
    EXPECT_FALSE(window->preview()->isVisible());
    EXPECT_FALSE(action("actionShowPreview")->isChecked());
    action("actionShowPreview")->setChecked(true);
    EXPECT_TRUE(window->preview()->isVisible());
}

TEST_F(UiTest, ChangedElsewhereIsToldAndReloaded)
{
    open();
    window->openExampleReport();
    const QUuid reportId = window->session()->reportId();
    const QUuid section = window->session()->report().parts[0].sections[1].id;
    // Another program (the command-line tool, say) changes the same report.
    {
        auto other = Workspace::open(path);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(other.value()->loadReport(reportId).ok());
        ASSERT_TRUE(other.value()->setNodeField(reportId, section, QStringLiteral("lead"), QStringLiteral("别处改过的引领句。")).ok());
    }
    window->revealNode(section);
    SectionForm *form = window->forms()->sectionForm();
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::Reload);
    typeText(form->leadEdit(), QStringLiteral("本窗口"));
    // The save is refused; the user is told, and reloading shows the other change.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !Prompts::shown().isEmpty(); }, 3000));
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Cannot Save"));
    EXPECT_TRUE(Prompts::shown().first().details.contains(QStringLiteral("本窗口")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->session() && window->session()->reportId() == reportId
                                 && !window->session()->hasPendingChanges(); }, 3000));
    const Section *s = nullptr;
    for (const Part &p : window->session()->report().parts) {
        for (const Section &x : p.sections) {
            if (x.id == section)
                s = &x;
        }
    }
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->lead, QStringLiteral("别处改过的引领句。"));
    // Editing goes on normally after the reload.
    window->revealNode(section);
    typeText(window->forms()->sectionForm()->leadEdit(), QStringLiteral("再改"));
    waitForSave();
    EXPECT_EQ(reloaded().parts[0].sections[1].lead, QStringLiteral("别处改过的引领句。再改"));
}

// ---------------------------------------------------------------------------------------------------
// Backups: the day's snapshot after the integrity scan, and File ▸ Restore from Backup…

TEST_F(UiTest, TheDailyBackupIsTakenOnceTheWorkspaceIsKnownHealthy)
{
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("备份镇人民政府"), 2024)).ok());
    }
    open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->dailyBackup().isFinished() && !listBackups(path).isEmpty(); }, 10000));
    const QList<BackupInfo> backups = listBackups(path);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupReason::Daily);
    EXPECT_EQ(backups.first().takenAt.date(), QDate::currentDate());
    EXPECT_EQ(backups.first().reportCount, 1);
}

// The window is gone only once its day's backup is over: that backup reads the file on a connection of
// its own, and must not go on after the lock that keeps a second window away has been let go.
TEST_F(UiTest, ClosingTheWindowWaitsForTheDailyBackup)
{
    {
        auto ws = Workspace::open(path);
        ASSERT_TRUE(ws.ok());
        ASSERT_TRUE(ws.value()->insertReport(makeTemplateReport(QStringLiteral("备份镇人民政府"), 2024)).ok());
    }
    // The scan thread is held up twice: before the window's integrity scan, and after it, so the day's
    // backup queued behind the second hold is still to run when the window goes. The holds are let go
    // however the test ends, and outlive it: the pool may reach them only later.
    auto beforeScan = std::make_shared<QSemaphore>();
    auto afterScan = std::make_shared<QSemaphore>();
    struct Release {
        std::shared_ptr<QSemaphore> a, b;
        ~Release()
        {
            a->release();
            b->release();
        }
    } releaseOnExit{beforeScan, afterScan};
    QThreadPool *scans = Workspace::integrityScanThreads();
    scans->start([beforeScan] { beforeScan->acquire(); });
    open();
    scans->start([afterScan] { afterScan->acquire(); });
    beforeScan->release();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const auto backup = window->dailyBackup();
        return backup.isStarted() && !backup.isFinished();
    }, 30000));
    const auto backup = window->dailyBackup();
    std::thread later([afterScan] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        afterScan->release();
    });
    window->close();
    window.reset();
    later.join();
    EXPECT_TRUE(backup.isFinished());
    EXPECT_FALSE(databasefiles::isConnected(path));
    QLockFile lock(path + QStringLiteral(".lock"));
    EXPECT_TRUE(lock.tryLock(0));
    EXPECT_EQ(listBackups(path).size(), 1);
}

TEST_F(UiTest, RestoreFromBackupBringsTheWorkspaceBack)
{
    open();
    // The day's backup is decided once the scan has found the file healthy: on the empty workspace
    // there is none (a slow scan would otherwise take one of the example, beside the test's own).
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->workspaces()->isKnownHealthy(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->dailyBackup().isFinished(); }, 10000));
    window->openExampleReport();
    const QUuid reportId = window->session()->reportId();
    const QUuid section = window->session()->report().parts[0].sections[1].id;
    const QString leadBefore = window->session()->report().parts[0].sections[1].lead;

    QAction *restore = action("actionRestoreBackup");
    ASSERT_TRUE(restore);
    ASSERT_TRUE(restore->isEnabled());
    const QMenu *fileMenu = window->menuBar()->actions().first()->menu();
    EXPECT_TRUE(fileMenu->actions().contains(restore)) << "in the File menu";
    restore->trigger();
    auto *dialog = window->findChild<BackupsDialog *>(QStringLiteral("backupsDialog"));
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
    auto *restoreButton = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
    auto *now = dialog->findChild<QPushButton *>(QStringLiteral("backUpNowButton"));
    ASSERT_TRUE(list && restoreButton && now);
    EXPECT_FALSE(restoreButton->isEnabled()) << "nothing to restore yet";

    QTest::mouseClick(now, Qt::LeftButton);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Made by hand"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("1"));
    EXPECT_TRUE(restoreButton->isEnabled()) << "the newest is chosen";
    dialog->close();

    // Work after the backup: typed into a lead, and a second report.
    window->revealNode(section);
    typeText(window->forms()->sectionForm()->leadEdit(), QStringLiteral("备份后输入"));
    waitForSave();
    ASSERT_FALSE(window->createReport(QStringLiteral("另一镇人民政府"), 2025).isNull());
    ASSERT_EQ(window->reportList()->model()->reports().size(), 2);

    restore->trigger();
    dialog = window->findChild<BackupsDialog *>(QStringLiteral("backupsDialog"));
    ASSERT_TRUE(dialog);
    list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
    restoreButton = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));

    // Cancelled: nothing happens.
    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::Cancel);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    ASSERT_EQ(Prompts::shown().size(), 1);
    EXPECT_EQ(Prompts::shown().first().title, QStringLiteral("Restore from Backup"));
    EXPECT_EQ(window->reportList()->model()->reports().size(), 2);
    EXPECT_TRUE(dialog->isVisible());

    Prompts::clearShown();
    Prompts::setNextAnswer(Prompts::Restore);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<BackupsDialog *>(QStringLiteral("backupsDialog")); }, 3000))
        << "the dialog closes once restored";
    ASSERT_TRUE(window->workspace());
    EXPECT_EQ(window->reportList()->model()->reports().size(), 1);
    ASSERT_TRUE(window->session());
    EXPECT_EQ(window->session()->reportId(), reportId) << "the report worked on is open again";
    EXPECT_EQ(window->session()->report().parts[0].sections[1].lead, leadBefore);
    ASSERT_GE(Prompts::shown().size(), 2);
    EXPECT_EQ(Prompts::shown().last().text, QStringLiteral("The backup %1 was restored.")
                                                  .arg(QFileInfo(listBackups(path).last().path).fileName()));
    // The workspace as it was is a backup now, and editing goes on in the restored one.
    const QList<BackupInfo> backups = listBackups(path);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups.first().reason, BackupReason::BeforeRestore);
    EXPECT_EQ(backups.first().reportCount, 2);
    window->revealNode(section);
    typeText(window->forms()->sectionForm()->leadEdit(), QStringLiteral("再改"));
    waitForSave();
    EXPECT_EQ(reloaded().parts[0].sections[1].lead, leadBefore + QStringLiteral("再改"));
}
