// The About dialog's "Copy Diagnostics" (shell/Diagnostics.h): what the person on the phone needs,
// with the fonts actually found, and nothing of the reports' text.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "render/FontResolver.h"
#include "shell/Diagnostics.h"
#include "shell/Dialogs.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <gtest/gtest.h>

using namespace fazhi;
using namespace fazhi::test;

namespace {

class Diagnostics : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    const QString secret = QStringLiteral("只在报告正文中出现的一句话");

    void SetUp() override
    {
        useAppStyle();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        ws = std::move(opened.value());
        Report report;
        report.details.organization = QStringLiteral("保密测试镇人民政府");
        report.details.year = 2024;
        report.details.title = QStringLiteral("标题也不外传");
        report.preamble.append(para(secret));
        ASSERT_TRUE(ws->insertReport(report).ok());
        ui::Prompts::clearShown();
    }
    void TearDown() override { QCoreApplication::setApplicationVersion(QString()); }
};

QString valueOf(const QString &text, const QString &name)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    }
    return {};
}

}  // namespace

TEST_F(Diagnostics, NamesVersionsFontsAndTheWorkspaceButNoReportText)
{
    const QString text = ui::diagnosticsText(ws.get());
    EXPECT_EQ(valueOf(text, QStringLiteral("Fazhi Report")), QStringLiteral("9.8.7"));
    EXPECT_TRUE(valueOf(text, QStringLiteral("Qt")).startsWith(QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_FALSE(valueOf(text, QStringLiteral("System")).isEmpty());
    EXPECT_EQ(valueOf(text, QStringLiteral("Workspace")), QDir::toNativeSeparators(ws->path()));
    EXPECT_TRUE(valueOf(text, QStringLiteral("Workspace size")).contains(QStringLiteral(" bytes"))) << text.toStdString();
    EXPECT_EQ(valueOf(text, QStringLiteral("Schema version")), QString::number(storage::schemaVersion()));
    EXPECT_EQ(valueOf(text, QStringLiteral("Reports")), QStringLiteral("1"));
    // Every role of the printed page, with the family the export would use.
    const PageProfile profile = ui::AppSettings::instance().pageProfile();
    for (const ResolvedFont &font : resolveAllFonts(profile)) {
        const QString value = valueOf(text, QStringLiteral("Font ") + fontRoleKey(font.role));
        ASSERT_FALSE(value.isEmpty()) << fontRoleKey(font.role).toStdString();
        EXPECT_TRUE(value.startsWith(font.family.isEmpty() ? QStringLiteral("NOT FOUND") : font.family))
            << value.toStdString();
    }
    for (const QString &word : {secret, QStringLiteral("保密测试镇"), QStringLiteral("标题也不外传")})
        EXPECT_FALSE(text.contains(word)) << word.toStdString();

    EXPECT_EQ(valueOf(ui::diagnosticsText(nullptr), QStringLiteral("Workspace")), QStringLiteral("none open"));
}

TEST_F(Diagnostics, TheAboutDialogCopiesThem)
{
    QGuiApplication::clipboard()->clear();
    ui::Prompts::setNextAnswer(ui::Prompts::CopyDiagnostics);
    ui::showAbout(nullptr, ws.get());
    ASSERT_EQ(ui::Prompts::shown().size(), 1);
    const ui::Prompts::Message &about = ui::Prompts::shown().first();
    EXPECT_TRUE(about.buttons.contains(ui::Prompts::CopyDiagnostics));
    EXPECT_TRUE(about.text.contains(QStringLiteral("9.8.7"))) << about.text.toStdString();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), ui::diagnosticsText(ws.get()));
    EXPECT_EQ(about.details, QGuiApplication::clipboard()->text());

    // Closed with OK: the clipboard is left alone.
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    ui::Prompts::setNextAnswer(ui::Prompts::Ok);
    ui::showAbout(nullptr, ws.get());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
}
