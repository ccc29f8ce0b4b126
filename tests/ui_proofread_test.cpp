// The checks panel with text pasted from a website (issue 15): the half-width punctuation of a
// paragraph is one finding (共 N 处), "Fix All" repairs every place of that kind in the report as one
// Undo step, and the office's wording list is imported from a text file and used at once. Through
// the real window (offscreen), answers through the seams.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "check/Rules.h"
#include "check/TermList.h"
#include "checks/ChecksController.h"
#include "checks/ChecksPanel.h"
#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "editor/FieldEdit.h"
#include "editor/FormWidgets.h"
#include "editor/Forms.h"
#include "review/ReviewDialogs.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace fazhi;
using namespace fazhi::ui;

namespace {

using fazhi::test::typeText;

class ProofreadUiTest : public test::UiFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(setUpUi(QStringLiteral("en"), 0));
        window = openWindow(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_FALSE(HasFailure());
        ASSERT_FALSE(window->createReport(QStringLiteral("测试镇人民政府"), 2025).isNull());
    }

    void TearDown() override
    {
        window.reset();
        tearDownUi();
    }

    ChecksPanel *panel() { return window->checks()->panel(); }
    QPushButton *button(const char *name) { return panel()->findChild<QPushButton *>(QLatin1String(name)); }

    QList<check::Finding> ofRule(const QString &rule)
    {
        QList<check::Finding> out;
        for (const check::Finding &f : panel()->findings()) {
            if (f.rule == rule)
                out.append(f);
        }
        return out;
    }

    QString paragraphText() { return window->session()->report().parts.at(0).sections.at(0).body.paragraphs.at(0).text; }

    std::unique_ptr<MainWindow> window;
};

}  // namespace

TEST_F(ProofreadUiTest, PastedHalfwidthPunctuationIsOneFindingAndFixAllRepairsIt)
{
    typeText(window->forms()->sectionForm()->paragraphs()->editorAt(0),
             QStringLiteral("全年开展宣传活动56场次,发放资料8600余份,受教育群众1.2万人次;化解矛盾纠纷946件,调解成功率98%。"));
    const QList<check::Finding> grouped = ofRule(check::RuleId::HalfwidthPunctuation);
    ASSERT_EQ(grouped.size(), 1);
    EXPECT_EQ(grouped.first().count, 4);
    panel()->selectFinding(grouped.first());
    QPushButton *fixAll = button("checksFixAll");
    ASSERT_TRUE(fixAll);
    EXPECT_TRUE(fixAll->isEnabled());
    EXPECT_TRUE(fixAll->text().contains(QStringLiteral("4"))) << fixAll->text().toStdString();
    const int undoBefore = window->session()->undoStack()->index();
    QTest::mouseClick(fixAll, Qt::LeftButton);
    EXPECT_EQ(paragraphText(), QStringLiteral("全年开展宣传活动56场次，发放资料8600余份，受教育群众1.2万人次；化解矛盾纠纷946件，调解成功率98%。"));
    EXPECT_TRUE(ofRule(check::RuleId::HalfwidthPunctuation).isEmpty());
    // One step back brings all four back.
    EXPECT_EQ(window->session()->undoStack()->index(), undoBefore + 1);
    window->session()->undoStack()->undo();
    EXPECT_TRUE(paragraphText().contains(u','));
    EXPECT_EQ(ofRule(check::RuleId::HalfwidthPunctuation).size(), 1);
}

TEST_F(ProofreadUiTest, AnOfficesWordListIsImportedFromATextFile)
{
    typeText(window->forms()->sectionForm()->paragraphs()->editorAt(0), QStringLiteral("推行三治结合，落实援法议事活动。"));
    EXPECT_TRUE(ofRule(check::RuleId::StandardTerm).isEmpty());
    const QString path = dir.filePath(QStringLiteral("词表.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("# 本县规范提法\n三治结合 => “三治融合”\n援法议事活动\t“援法议事”活动\n不是词条 => \n").toUtf8());
    file.close();
    QPushButton *import = button("checksImportTerms");
    ASSERT_TRUE(import);
    Prompts::clearShown();
    Prompts::setNextFileName(path);
    QTest::mouseClick(import, Qt::LeftButton);
    // The bad line is named; the two entries are kept in the settings fazhi-cli reads and used at once.
    ASSERT_FALSE(Prompts::shown().isEmpty());
    EXPECT_TRUE(Prompts::shown().last().text.contains(QStringLiteral("4"))) << Prompts::shown().last().text.toStdString();
    const QString stored = AppSettings::instance().string(AppSettings::UserTerms);
    EXPECT_TRUE(stored.contains(QStringLiteral("三治结合 => “三治融合”"))) << stored.toStdString();
    const QList<check::Finding> terms = ofRule(check::RuleId::StandardTerm);
    ASSERT_EQ(terms.size(), 2);
    EXPECT_EQ(*terms.at(0).fix, QStringLiteral("“三治融合”"));
    // Importing the same file again adds nothing.
    EXPECT_EQ(panel()->importUserTerms(path), 0);
    // Exported to share it: the same entries, read back.
    QPushButton *exportButton = button("checksExportTerms");
    ASSERT_TRUE(exportButton);
    EXPECT_TRUE(exportButton->isEnabled());
    const QString out = dir.filePath(QStringLiteral("shared.txt"));
    Prompts::setNextFileName(out);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFile shared(out);
    ASSERT_TRUE(shared.open(QIODevice::ReadOnly));
    const check::TermList::PlainText back = check::TermList::parsePlainText(QString::fromUtf8(shared.readAll()));
    EXPECT_TRUE(back.errors.isEmpty());
    EXPECT_EQ(back.entries.size(), 2);
}
