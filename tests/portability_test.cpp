// What a Windows build, test run and install would hit (issue 22), checked where it can run: the CLI's
// output bytes, file identities, file names safe on Windows, the font chains, the workspace lock,
// decoding without ICU, the workspace's default place.
#include "TestSupport.h"

#include "import/TextImporter.h"
#include "model/Report.h"
#include "render/FontResolver.h"
#include "render/PageProfile.h"
#include "storage/Backups.h"
#include "storage/DefaultWorkspace.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "util/FileIdentity.h"
#include "util/FileNames.h"
#include "util/NetworkPath.h"
#include "util/ReplaceFile.h"
#include "workflow/ReviewWorkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

#include <algorithm>

using namespace fazhi;
using namespace fazhi::test;

namespace {

// ---------------------------------------------------------------------------------------------------
// The CLI writes \n, never \r\n (stdout and stderr in binary mode on Windows)

TEST(CliOutput, StdoutAndStderrEndLinesWithLineFeedOnly)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.fazhi"));
    const auto cli = [&ws](QStringList args) { return runCli(QStringList{QStringLiteral("--workspace"), ws} + args); };
    const ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--organization"),
                                       QStringLiteral("示例镇人民政府"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    EXPECT_TRUE(created.out.endsWith('\n'));

    // Lists, JSON and the help to stdout: many lines each.
    for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("show"), id, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("--help")}}) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = cli(args);
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
        EXPECT_GT(r.out.count('\n'), 0);
        EXPECT_EQ(r.out.count('\r'), 0);
    }
    // An error message to stderr.
    const ProcessResult refused = cli({QStringLiteral("show"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_TRUE(refused.err.endsWith('\n'));
    EXPECT_EQ(refused.err.count('\r'), 0);
}

// ---------------------------------------------------------------------------------------------------
// Same-file checks compare file identities, not spellings

TEST(FileIdentity, DotDotAndRelativeSpellingsNameTheSameFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    const QString file = dir.filePath(QStringLiteral("ws.fazhi"));
    writeBytes(file, "x");
    const QString dotted = dir.path() + QStringLiteral("/sub/../ws.fazhi");
    const QString doubled = dir.path() + QStringLiteral("//sub/./..//ws.fazhi");
    EXPECT_TRUE(isSameFile(file, dotted));
    EXPECT_TRUE(isSameFile(doubled, file));
    EXPECT_EQ(fileIdentity(file), fileIdentity(dotted));
    // A file not yet there: the same clean spelling is the same file, another name is not.
    EXPECT_TRUE(isSameFile(dir.filePath(QStringLiteral("new.fazhi")), dir.path() + QStringLiteral("/sub/../new.fazhi")));
    EXPECT_FALSE(isSameFile(dir.filePath(QStringLiteral("new.fazhi")), dir.filePath(QStringLiteral("other.fazhi"))));
    // One there and one not: never the same.
    EXPECT_FALSE(isSameFile(file, dir.filePath(QStringLiteral("new.fazhi"))));
    // A copy has the same bytes but is another file.
    const QString copy = dir.filePath(QStringLiteral("copy.fazhi"));
    ASSERT_TRUE(QFile::copy(file, copy));
    EXPECT_FALSE(isSameFile(file, copy));
    EXPECT_NE(fileIdentity(file), fileIdentity(copy));
}

TEST(FileIdentity, CaseSpellingsFollowTheFileSystem)
{
    QTemporaryDir dir;
    const QString lower = dir.filePath(QStringLiteral("report.fazhi"));
    const QString upper = dir.filePath(QStringLiteral("REPORT.FAZHI"));
    writeBytes(lower, "x");
    // NTFS and APFS ignore case: the other spelling opens the same file and must count as it. On a
    // case-sensitive file system it is another file, which must not.
    if (QFile::exists(upper)) {
        EXPECT_TRUE(isSameFile(lower, upper));
    } else {
        EXPECT_FALSE(isSameFile(lower, upper));
        writeBytes(upper, "y");
        EXPECT_FALSE(isSameFile(lower, upper));
    }
}

TEST(FileIdentity, SymbolicLinkNamesItsTarget)
{
#ifdef Q_OS_WIN
    GTEST_SKIP() << "QFile::link makes a .lnk shortcut on Windows, which is no file-system link";
#else
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ws.fazhi"));
    writeBytes(file, "x");
    const QString link = dir.filePath(QStringLiteral("link.fazhi"));
    ASSERT_TRUE(QFile::link(file, link));
    EXPECT_TRUE(isSameFile(link, file));
    // A link to the folder: the file through it.
    const QString folderLink = dir.filePath(QStringLiteral("folder"));
    ASSERT_TRUE(QFile::link(dir.path(), folderLink));
    EXPECT_TRUE(isSameFile(folderLink + QStringLiteral("/ws.fazhi"), file));
#endif
}

// The review workflow refuses the open workspace itself under another spelling.
TEST(FileIdentity, ReviewCopyNeverReplacesOrMergesTheOpenWorkspaceByAnotherSpelling)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Workspace &ws = *opened.value();
    auto id = ws.insertReport(makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024));
    ASSERT_TRUE(id.ok());
    const QByteArray before = [&] {
        QFile f(ws.path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QStringList spellings{dir.path() + QStringLiteral("/sub/../ws.fazhi")};
#ifndef Q_OS_WIN
    ASSERT_TRUE(QFile::link(ws.path(), dir.filePath(QStringLiteral("link.fazhi"))));
    spellings << dir.filePath(QStringLiteral("link.fazhi"));
#endif
    for (const QString &other : spellings) {
        SCOPED_TRACE(other.toStdString());
        EXPECT_FALSE(review::exportReviewCopy(ws, id.value(), other).ok());
        EXPECT_FALSE(review::importReviewCopy(ws, other).ok());
    }
    EXPECT_TRUE(ws.loadReport(id.value()).ok());
    QFile f(ws.path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.size(), before.size());
}

// ---------------------------------------------------------------------------------------------------
// Font chains name each Chinese font by its English family name too

TEST(FontChains, EveryChineseNameIsFollowedByItsEnglishName)
{
    // Chinese name → the family name Windows lists on an English UI (and fonts installed by hand carry).
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S")},
        {QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")},
        {QStringLiteral("华文中宋"), QStringLiteral("STZhongsong")},
        {QStringLiteral("宋体"), QStringLiteral("SimSun")},
        {QStringLiteral("黑体"), QStringLiteral("SimHei")},
        {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312")},
        {QStringLiteral("楷体"), QStringLiteral("KaiTi")},
        {QStringLiteral("华文楷体"), QStringLiteral("STKaiti")},
        {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312")},
        {QStringLiteral("仿宋"), QStringLiteral("FangSong")},
        {QStringLiteral("华文仿宋"), QStringLiteral("STFangsong")},
    };
    const PageProfile p = gbt9704Profile();
    int chineseNames = 0;
    for (FontRole role : allFontRoles()) {
        const QStringList &chain = p.chain(role).families;
        SCOPED_TRACE(chain.join(QLatin1Char(',')).toStdString());
        EXPECT_EQ(chain.size(), QSet<QString>(chain.begin(), chain.end()).size()) << "a family listed twice";
        for (int i = 0; i < chain.size(); ++i) {
            const QString &family = chain.at(i);
            const bool ascii = std::all_of(family.begin(), family.end(), [](QChar c) { return c.unicode() < 0x80; });
            if (ascii)
                continue;
            ++chineseNames;
            const auto pair = std::find_if(names.begin(), names.end(), [&](const auto &n) { return n.first == family; });
            ASSERT_NE(pair, names.end()) << "no English name known for " << family.toStdString();
            ASSERT_LT(i + 1, chain.size());
            EXPECT_EQ(chain.at(i + 1), pair->second) << family.toStdString();
        }
    }
    EXPECT_GT(chineseNames, 8);
    // The names the issue found missing, in the role they print.
    EXPECT_TRUE(p.title.families.contains(QStringLiteral("FZXiaoBiaoSong-B05S")));
    EXPECT_TRUE(p.title.families.contains(QStringLiteral("STZhongsong")));
    EXPECT_TRUE(p.heading2.families.contains(QStringLiteral("KaiTi_GB2312")));
    EXPECT_TRUE(p.body.families.contains(QStringLiteral("FangSong_GB2312")));
    // The preferred face stays first (the .docx names it; Word on a Chinese PC knows it by that name),
    // and the English name of the _GB2312 face comes before the plain 仿宋.
    EXPECT_EQ(p.body.families.first(), QStringLiteral("仿宋_GB2312"));
    EXPECT_LT(p.body.families.indexOf(QStringLiteral("FangSong_GB2312")), p.body.families.indexOf(QStringLiteral("仿宋")));
    EXPECT_EQ(p.title.families.first(), QStringLiteral("方正小标宋简体"));
}

// ---------------------------------------------------------------------------------------------------
// Suggested file names are safe on Windows

TEST(FileNames, ReservedCharactersDeviceNamesAndTrailingDots)
{
    const QString fallback = QStringLiteral("report");
    // Nothing to change in an ordinary title.
    EXPECT_EQ(safeFileBaseName(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告"), fallback),
              QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告"));
    EXPECT_EQ(safeFileBaseName(QStringLiteral("关于“法治”建设（2024）"), fallback), QStringLiteral("关于“法治”建设（2024）"));
    // Each character Windows refuses, and control characters.
    EXPECT_EQ(safeFileBaseName(QStringLiteral("a<b>c:d\"e/f\\g|h?i*j"), fallback), QStringLiteral("a_b_c_d_e_f_g_h_i_j"));
    EXPECT_EQ(safeFileBaseName(QStringLiteral("报告\t第一\n稿\x7f"), fallback), QStringLiteral("报告_第一_稿_"));
    EXPECT_EQ(safeFileBaseName(QString(QChar(0)) + QStringLiteral("x"), fallback), QStringLiteral("_x"));
    // Device names, in any case, alone, before a dot or with trailing spaces.
    for (const char *device : {"CON", "con", "PRN", "AUX", "NUL", "nul", "COM1", "com9", "LPT1", "LPT9"}) {
        const QString d = QString::fromLatin1(device);
        SCOPED_TRACE(device);
        EXPECT_EQ(safeFileBaseName(d, fallback), d + QLatin1Char('_'));
        EXPECT_EQ(safeFileBaseName(d + QStringLiteral(".2024"), fallback), d + QStringLiteral("_.2024"));
    }
    // Names that only look like devices are left alone.
    for (const char *name : {"CONSOLE", "COM0", "COM10", "LPT", "NULL", "AUXILIARY", "CON报告"})
        EXPECT_EQ(safeFileBaseName(QString::fromUtf8(name), fallback), QString::fromUtf8(name)) << name;
    // Trailing dots and spaces (Windows drops them), surrounding spaces.
    EXPECT_EQ(safeFileBaseName(QStringLiteral("  报告。. . "), fallback), QStringLiteral("报告。"));
    EXPECT_EQ(safeFileBaseName(QStringLiteral("v1.0"), fallback), QStringLiteral("v1.0"));
    // Nothing left: the fallback.
    EXPECT_EQ(safeFileBaseName(QString(), fallback), fallback);
    EXPECT_EQ(safeFileBaseName(QStringLiteral(" ... "), fallback), fallback);
    // Long titles are cut, never inside a surrogate pair.
    const QString longTitle = QString(99, QChar(0x6CD5)) + QStringLiteral("𠀀𠀀");
    const QString cut = safeFileBaseName(longTitle, fallback);
    EXPECT_LE(cut.size(), 100);
    EXPECT_FALSE(cut.back().isHighSurrogate());
    EXPECT_EQ(safeFileBaseName(QString(300, QLatin1Char('a')), fallback).size(), 100);
}

TEST(FileNames, EverySuggestionCanBeCreated)
{
    QTemporaryDir dir;
    for (const char *title : {"a:b", "CON", "x?y*z", "报告.", "<>|"}) {
        const QString name = safeFileBaseName(QString::fromUtf8(title), QStringLiteral("report")) + QStringLiteral(".txt");
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << name.toStdString();
        f.close();
        EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).contains(name)) << name.toStdString();
    }
}

// ---------------------------------------------------------------------------------------------------
// GB18030 decoding: the same text and the same errors with or without ICU. Fixtures are bytes
// (encoded once with Python's gb18030 codec), never QStringEncoder("GB18030"), which Qt builds
// without ICU do not have.

#define FAZHI_REQUIRE_GB18030()                                                                  \
    do {                                                                                         \
        if (!canDecodeGb18030())                                                                 \
            GTEST_SKIP() << "this Qt has no GB18030 converter (no ICU) and this is not Windows"; \
    } while (0)

TEST(Gb18030, DecodesTwoAndFourByteSequencesFromFixedBytes)
{
    FAZHI_REQUIRE_GB18030();
    // 示例镇人民政府报告 (two bytes each), then 㐀 U+3400 and U+0080 (four bytes, BMP), 𠀀 U+20000 (four
    // bytes, supplementary), € and an encoded U+FFFD (which is text, not an error).
    const QByteArray bytes = QByteArray::fromHex("cabec0fdd5f2c8cbc3f1d5feb8aeb1a8b8e6" "0a" "8139ee39" "81308130"
                                                 "95328236" "a2e3" "8431a437" "0a");
    const Result<QString> decoded = decodeText(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), QStringLiteral("示例镇人民政府报告\n㐀") + QChar(0x80) + QStringLiteral("𠀀€")
                                   + QChar(QChar::ReplacementCharacter) + QLatin1Char('\n'));
}

TEST(Gb18030, EachMalformedByteIsOneReplacementWhateverTheConverter)
{
    FAZHI_REQUIRE_GB18030();
    // 法治 = b7a8 d6ce; bad: a lone 0x80, 0xFF, a lead byte before a newline, a four-byte form outside
    // the assigned ranges (8431a530 is past U+FFFF in the BMP range), a truncated four-byte form.
    const QByteArray fa = QByteArray::fromHex("b7a8d6ce");
    struct Case {
        QByteArray bytes;
        QString text;
    };
    const QString r(QChar(QChar::ReplacementCharacter));
    const QList<Case> cases{
        {fa + QByteArray::fromHex("80") + fa, QStringLiteral("法治") + r + QStringLiteral("法治")},
        {fa + QByteArray::fromHex("ff") + fa, QStringLiteral("法治") + r + QStringLiteral("法治")},
        {fa + QByteArray::fromHex("b70a") + fa, QStringLiteral("法治") + r + QStringLiteral("\n法治")},
        // Not assigned: each of its bytes that starts no sequence is one error; 0x31 and 0x30 are ASCII.
        {fa + QByteArray::fromHex("8431a530") + fa, QStringLiteral("法治") + r + QStringLiteral("1") + QChar(0xFFFD) + QStringLiteral("0法治")},
        {fa + QByteArray::fromHex("8130"), QStringLiteral("法治") + r + QStringLiteral("0")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.bytes.toHex().toStdString());
        const Result<QString> decoded = decodeText(c.bytes);
        ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
        EXPECT_EQ(decoded.value(), c.text);
    }
}

TEST(Gb18030, GbkLineInAUtf8FileIsFoundFromFixedBytes)
{
    FAZHI_REQUIRE_GB18030();
    // Line 2 is GBK (一、工作回顾), lines 1 and 3 UTF-8.
    const QByteArray bytes = QStringLiteral("示例镇2023年度报告\r\n").toUtf8() + QByteArray::fromHex("d2bba1a2b9a4d7f7bbd8b9cb")
                             + "\r\n" + QStringLiteral("（一）强化组织领导。\r\n").toUtf8();
    const Result<DecodedText> decoded = decodeTextAndLines(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded->text, QStringLiteral("示例镇2023年度报告\n一、工作回顾\n（一）强化组织领导。\n"));
    ASSERT_EQ(decoded->foreignLines.size(), 1);
    EXPECT_EQ(decoded->foreignLines.first().number, 2);
}

TEST(Gb18030, WithoutAConverterTheFileIsRefusedClearly)
{
    if (canDecodeGb18030())
        GTEST_SKIP() << "this build has a GB18030 converter";
    const Result<QString> decoded = decodeText(QByteArray::fromHex("cabec0fdd5f2c8cbc3f1d5feb8aeb1a8b8e60a"));
    ASSERT_FALSE(decoded.ok());
    EXPECT_TRUE(decoded.error().message.contains(QStringLiteral("UTF-8"))) << decoded.error().message.toStdString();
}

// ---------------------------------------------------------------------------------------------------
// Replacing a file in one step, with retries while another program holds it

TEST(ReplaceFile, ReplacesInOneStepAndLeavesTheTargetOnFailure)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.fazhi"));
    const QString partial = target + QStringLiteral(".partial");
    writeBytes(target, "old");
    writeBytes(partial, "new");
    ASSERT_TRUE(replaceFile(partial, target, target).ok());
    EXPECT_EQ(readUtf8(target), QStringLiteral("new"));
    EXPECT_FALSE(QFile::exists(partial));
    // A target not there yet.
    const QString fresh = dir.filePath(QStringLiteral("fresh.fazhi"));
    writeBytes(partial, "first");
    ASSERT_TRUE(replaceFile(partial, fresh, fresh).ok());
    EXPECT_EQ(readUtf8(fresh), QStringLiteral("first"));
    // Nothing to move: an error naming the file, the target untouched.
    const Status missing = replaceFile(partial, target, target);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QDir::toNativeSeparators(target)));
    EXPECT_EQ(readUtf8(target), QStringLiteral("new"));
    // A folder in the way is never replaced.
    const QString folder = dir.filePath(QStringLiteral("folder.fazhi"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.fazhi")));
    writeBytes(dir.filePath(QStringLiteral("folder.fazhi/inside")), "kept");
    writeBytes(partial, "new");
    EXPECT_FALSE(replaceFile(partial, folder, folder).ok());
    EXPECT_EQ(readUtf8(dir.filePath(QStringLiteral("folder.fazhi/inside"))), QStringLiteral("kept"));
    EXPECT_TRUE(QFile::exists(partial));  // left for the caller to remove
}

TEST(ReplaceFile, RetriesWhileBusyThenGivesUp)
{
    int calls = 0;
    // Busy twice (a scanner reading the new file), then done.
    EXPECT_EQ(retryWhileBusy([&] { return ++calls < 3 ? MoveOutcome::Busy : MoveOutcome::Done; }, 6, 1), MoveOutcome::Done);
    EXPECT_EQ(calls, 3);
    // Busy for good: a few attempts, then busy is the answer.
    calls = 0;
    EXPECT_EQ(retryWhileBusy([&] { ++calls; return MoveOutcome::Busy; }, 4, 1), MoveOutcome::Busy);
    EXPECT_EQ(calls, 4);
    // Any other failure is not retried.
    calls = 0;
    EXPECT_EQ(retryWhileBusy([&] { ++calls; return MoveOutcome::Failed; }, 6, 1), MoveOutcome::Failed);
    EXPECT_EQ(calls, 1);
}

TEST(ReplaceFile, ReviewCopyExportReplacesAnEarlierCopyOfTheSameReport)
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Workspace &ws = *opened.value();
    Report report = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024);
    auto id = ws.insertReport(report);
    ASSERT_TRUE(id.ok());
    const QString copy = dir.filePath(QStringLiteral("copy.fazhi"));
    ASSERT_TRUE(review::exportReviewCopy(ws, id.value(), copy).ok());
    const auto first = fileIdentity(copy);
    ASSERT_TRUE(review::exportReviewCopy(ws, id.value(), copy).ok());
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
    auto reopened = Workspace::openReceived(copy);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_TRUE(reopened.value()->loadReport(id.value()).ok());
    EXPECT_NE(fileIdentity(copy), first);  // a new file moved in place, not the old one rewritten
}

// ---------------------------------------------------------------------------------------------------
// The workspace lock: who holds it, and when it may be taken over

// A lock file as QLockFile writes it (process id, program, host), made as another computer would.
void writeLockFile(const QString &path, qint64 pid, const QString &host, const QDateTime &time)
{
    writeBytes(path, QByteArray::number(pid) + "\nfazhi-report\n" + host.toUtf8() + "\n");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(f.setFileTime(time, QFileDevice::FileModificationTime));
}

// The id of a process that has ended.
qint64 endedProcessId()
{
    QProcess p;
    p.start(binPath(QStringLiteral("fazhi-cli")), {QStringLiteral("--version")});
    p.waitForFinished(30000);
    return p.processId() ? p.processId() : 999999;  // processId() is 0 once it ended on some systems
}

TEST(WorkspaceLock, JudgedByHostProcessAndAge)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString here = QStringLiteral("pc-here");
    auto alive = [](qint64 pid) { return pid == 42; };
    using storage::LockState;
    const auto judge = [&](qint64 pid, const QString &host, qint64 ageSeconds) {
        return storage::judgeLock(storage::LockHolder{pid, host, QStringLiteral("fazhi-report"), now.addSecs(-ageSeconds)},
                                  now, here, alive);
    };
    EXPECT_EQ(judge(42, here, 0), LockState::HeldHere);
    EXPECT_EQ(judge(42, here, 24 * 3600), LockState::HeldHere);  // running here: however old
    EXPECT_EQ(judge(7, here, 0), LockState::AbandonedHere);
    EXPECT_EQ(judge(7, QStringLiteral("PC-HERE"), 0), LockState::AbandonedHere);  // host names ignore case
    EXPECT_EQ(judge(7, QString(), 0), LockState::AbandonedHere);
    EXPECT_EQ(judge(42, QStringLiteral("pc-other"), 0), LockState::HeldElsewhere);
    EXPECT_EQ(judge(42, QStringLiteral("pc-other"), storage::kLockStaleSeconds), LockState::HeldElsewhere);
    EXPECT_EQ(judge(42, QStringLiteral("pc-other"), storage::kLockStaleSeconds + 1), LockState::StaleElsewhere);
    EXPECT_EQ(judge(42, QStringLiteral("pc-other"), -3600), LockState::HeldElsewhere);  // a clock ahead
    // Refreshed often enough, a live holder never looks stale.
    EXPECT_LT(storage::kLockRefreshSeconds * 3, storage::kLockStaleSeconds);
}

TEST(WorkspaceLock, AnotherComputersStaleLockIsTakenOverOnlyWhenStale)
{
    QTemporaryDir dir;
    const QString lockPath = storage::workspaceLockPath(dir.filePath(QStringLiteral("ws.fazhi")));
    const QString other = QSysInfo::machineHostName() + QStringLiteral("-elsewhere");
    // Refreshed ten minutes ago on another computer: in use there; QLockFile itself cannot tell.
    writeLockFile(lockPath, 4242, other, QDateTime::currentDateTime().addSecs(-600));
    EXPECT_EQ(storage::judgeLock(lockPath), storage::LockState::HeldElsewhere);
    const std::optional<storage::LockHolder> holder = storage::readLockHolder(lockPath);
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->host, other);
    EXPECT_EQ(holder->pid, 4242);
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    EXPECT_FALSE(lock.tryLock(0));
    EXPECT_FALSE(storage::takeOverLock(lock));
    EXPECT_EQ(storage::readLockHolder(lockPath)->host, other);  // untouched

    // Not refreshed for two hours: stale, and taken over.
    writeLockFile(lockPath, 4242, other, QDateTime::currentDateTime().addSecs(-7200));
    EXPECT_EQ(storage::judgeLock(lockPath), storage::LockState::StaleElsewhere);
    EXPECT_FALSE(lock.tryLock(0));  // what the app met before: locked for good
    ASSERT_TRUE(storage::takeOverLock(lock));
    EXPECT_TRUE(lock.isLocked());
    const std::optional<storage::LockHolder> now = storage::readLockHolder(lockPath);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(storage::judgeLock(lockPath), storage::LockState::HeldHere);
    // And a second taker here finds it held.
    QLockFile second(lockPath);
    second.setStaleLockTime(0);
    EXPECT_FALSE(second.tryLock(0));
    EXPECT_FALSE(storage::takeOverLock(second));
    lock.unlock();
    EXPECT_FALSE(QFile::exists(lockPath));
}

TEST(WorkspaceLock, ThisComputersLockOfAnEndedProgramIsFree)
{
    QTemporaryDir dir;
    const QString lockPath = storage::workspaceLockPath(dir.filePath(QStringLiteral("ws.fazhi")));
    writeLockFile(lockPath, endedProcessId(), QSysInfo::machineHostName(), QDateTime::currentDateTime());
    EXPECT_EQ(storage::judgeLock(lockPath), storage::LockState::AbandonedHere);
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    EXPECT_TRUE(lock.tryLock(0));  // QLockFile clears it by itself
}

TEST(WorkspaceLock, TheHolderRefreshesTheLockFilesTime)
{
    QTemporaryDir dir;
    const QString lockPath = storage::workspaceLockPath(dir.filePath(QStringLiteral("ws.fazhi")));
    QLockFile lock(lockPath);
    ASSERT_TRUE(lock.tryLock(0));
    {
        QFile f(lockPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
    }
    ASSERT_LT(QFileInfo(lockPath).lastModified().secsTo(QDateTime::currentDateTime()), 7300);
    ASSERT_GT(QFileInfo(lockPath).lastModified().secsTo(QDateTime::currentDateTime()), 7100);
    ASSERT_TRUE(storage::refreshWorkspaceLock(lockPath));
    EXPECT_LT(std::abs(QFileInfo(lockPath).lastModified().secsTo(QDateTime::currentDateTime())), 60);
    EXPECT_TRUE(lock.isLocked());
    EXPECT_EQ(storage::readLockHolder(lockPath)->pid, QCoreApplication::applicationPid());  // content kept
}

// ---------------------------------------------------------------------------------------------------
// The default workspace in the local data folder, moved from the roaming one

TEST(DefaultWorkspace, LivesInTheLocalDataFolder)
{
    {
        // What both programs open when nothing names a workspace.
        const QByteArray named = qgetenv("FAZHI_WORKSPACE");
        qunsetenv("FAZHI_WORKSPACE");
        EXPECT_EQ(Workspace::defaultPath(), storage::localDefaultWorkspacePath());
        if (!named.isNull())
            qputenv("FAZHI_WORKSPACE", named);
    }
#ifdef Q_OS_WIN
    EXPECT_TRUE(storage::localDefaultWorkspacePath().contains(QLatin1String("/AppData/Local/"), Qt::CaseInsensitive))
        << storage::localDefaultWorkspacePath().toStdString();
    EXPECT_TRUE(storage::roamingDefaultWorkspacePath().contains(QLatin1String("/AppData/Roaming/"), Qt::CaseInsensitive));
#else
    // XDG_DATA_HOME names the local data folder on Linux; roaming and local are one folder here.
    QTemporaryDir home;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    const QString local = storage::localDefaultWorkspacePath();
    EXPECT_TRUE(local.startsWith(home.path() + QLatin1Char('/'))) << local.toStdString();
    EXPECT_TRUE(local.endsWith(QLatin1String("/workspace.fazhi")));
    EXPECT_EQ(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/workspace.fazhi"), local);
    qputenv("FAZHI_WORKSPACE", "");
    EXPECT_EQ(storage::migrateDefaultWorkspace().value(), false);  // the same folder: nothing moves
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
#endif
}

class MoveWorkspace : public ::testing::Test {
protected:
    QTemporaryDir roaming, local;
    QString from() const { return roaming.filePath(QStringLiteral("FazhiReport/workspace.fazhi")); }
    QString to() const { return local.filePath(QStringLiteral("FazhiReport/workspace.fazhi")); }

    // A workspace whose last report is only in its -wal: copied while it was open, as a crash leaves it.
    QList<QUuid> makeCrashedWorkspace()
    {
        QDir().mkpath(QFileInfo(from()).absolutePath());
        QTemporaryDir live;
        const QString path = live.filePath(QStringLiteral("workspace.fazhi"));
        QList<QUuid> ids;
        {
            auto ws = Workspace::open(path);
            EXPECT_TRUE(ws.ok());
            ids << ws.value()->insertReport(makeTemplateReport(QStringLiteral("示例镇人民政府"), 2023)).value();
        }
        auto ws = Workspace::open(path);
        EXPECT_TRUE(ws.ok());
        ids << ws.value()->insertReport(makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024)).value();
        EXPECT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        EXPECT_TRUE(QFile::copy(path, from()));
        EXPECT_TRUE(QFile::copy(path + QStringLiteral("-wal"), from() + QStringLiteral("-wal")));
        return ids;
    }
};

TEST_F(MoveWorkspace, MovesTheFileWithItsLogAndBackups)
{
    const QList<QUuid> ids = makeCrashedWorkspace();
    const QString backups = backupFolder(from());
    ASSERT_TRUE(QDir().mkpath(backups));
    writeBytes(backups + QStringLiteral("/workspace-20240101-090000-daily.fazhi"), "backup");
    const Result<bool> moved = storage::moveWorkspaceFile(from(), to());
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_TRUE(moved.value());
    EXPECT_FALSE(QFile::exists(from()));
    EXPECT_FALSE(QFile::exists(from() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(local.filePath(QStringLiteral("FazhiReport/.moving"))));
    EXPECT_TRUE(QFile::exists(backupFolder(to()) + QStringLiteral("/workspace-20240101-090000-daily.fazhi")));
    EXPECT_FALSE(QFileInfo::exists(backups));
    auto ws = Workspace::open(to());
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    for (const QUuid &id : ids)
        EXPECT_TRUE(ws.value()->loadReport(id).ok());  // also the one that was only in the log
}

TEST_F(MoveWorkspace, NothingMovesWhileItIsOpenOrWhenTheTargetExists)
{
    makeCrashedWorkspace();
    const QByteArray original = [&] {
        QFile f(from());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    {
        // An earlier version still running here holds its lock.
        QLockFile held(storage::workspaceLockPath(from()));
        ASSERT_TRUE(held.tryLock(0));
        EXPECT_EQ(storage::moveWorkspaceFile(from(), to()).value(), false);
        EXPECT_FALSE(QFile::exists(to()));
    }
    // Already a workspace in the local folder: both stay as they are.
    QDir().mkpath(QFileInfo(to()).absolutePath());
    writeBytes(to(), "the local one");
    EXPECT_EQ(storage::moveWorkspaceFile(from(), to()).value(), false);
    EXPECT_EQ(readUtf8(to()), QStringLiteral("the local one"));
    QFile f(from());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), original);
    EXPECT_TRUE(QFile::exists(from() + QStringLiteral("-wal")));
}

TEST_F(MoveWorkspace, ADamagedOriginalStaysWhereItWas)
{
    QDir().mkpath(QFileInfo(from()).absolutePath());
    writeBytes(from(), QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
    const Result<bool> moved = storage::moveWorkspaceFile(from(), to());
    EXPECT_FALSE(moved.ok() && moved.value());
    EXPECT_TRUE(QFile::exists(from()));
    EXPECT_FALSE(QFile::exists(to()));
    EXPECT_FALSE(QFileInfo::exists(local.filePath(QStringLiteral("FazhiReport/.moving"))));
}

// A workspace of the version before (schema 4) is upgraded by the copy's first open, which backs it
// up first: that backup is among the moved workspace's own, and nothing is left beside it.
TEST_F(MoveWorkspace, TheBackupBeforeAnUpgradeMovesWithTheWorkspace)
{
    QDir().mkpath(QFileInfo(from()).absolutePath());
    QUuid id;
    {
        auto ws = Workspace::open(from());
        ASSERT_TRUE(ws.ok());
        id = ws.value()->insertReport(makeTemplateReport(QStringLiteral("示例镇人民政府"), 2023)).value();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-v4"));
        db.setDatabaseName(from());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const char *sql : {"ALTER TABLE reports DROP COLUMN document_number", "ALTER TABLE import_notes DROP COLUMN code",
                                "ALTER TABLE import_notes DROP COLUMN args", "PRAGMA user_version = 4"})
            EXPECT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make-v4"));
    ASSERT_TRUE(listBackups(from()).isEmpty());

    const Result<bool> moved = storage::moveWorkspaceFile(from(), to());
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    ASSERT_TRUE(moved.value());
    const QList<BackupInfo> backups = listBackups(to());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(backups.first().schemaVersion, 4);
    EXPECT_EQ(QDir(QFileInfo(to()).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList({QStringLiteral("workspace.backups"), QStringLiteral("workspace.fazhi")}));
    auto ws = Workspace::open(to());
    ASSERT_TRUE(ws.ok()) << ws.error().message.toStdString();
    EXPECT_TRUE(ws.value()->loadReport(id).ok());
}

// ---------------------------------------------------------------------------------------------------
// Network shares

TEST(NetworkPath, NetworkFileSystemsAreRecognised)
{
    for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "CIFS", "fuse.sshfs"})
        EXPECT_TRUE(isNetworkFileSystemType(type)) << type;
    for (const char *type : {"ext4", "btrfs", "xfs", "tmpfs", "NTFS", "vfat", "overlay", "fuse.portal", ""})
        EXPECT_FALSE(isNetworkFileSystemType(type)) << type;
    QTemporaryDir dir;
    const QByteArray type = QStorageInfo(dir.path()).fileSystemType();
    EXPECT_EQ(isOnNetworkShare(dir.filePath(QStringLiteral("ws.fazhi"))), isNetworkFileSystemType(type)) << type.toStdString();
    EXPECT_EQ(isOnNetworkShare(dir.filePath(QStringLiteral("not/yet/there.fazhi"))), isNetworkFileSystemType(type));
#ifdef Q_OS_WIN
    EXPECT_TRUE(isOnNetworkShare(QStringLiteral("\\\\server\\share\\workspace.fazhi")));
    EXPECT_TRUE(isOnNetworkShare(QStringLiteral("//server/share/workspace.fazhi")));
#endif
}

// ---------------------------------------------------------------------------------------------------
// The .txt export starts with a UTF-8 byte order mark (Notepad before Windows 10 1903 guesses ANSI)

TEST(TextExport, TxtFilesCarryAByteOrderMarkThatImportReadsBack)
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.fazhi"));
    const auto cli = [&ws](QStringList args) { return runCli(QStringList{QStringLiteral("--workspace"), ws} + args); };
    const ProcessResult created = cli({QStringLiteral("new"), QStringLiteral("--organization"),
                                       QStringLiteral("示例镇人民政府"), QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(created.exitCode, 0) << created.errText().toStdString();
    const QString id = created.outText().trimmed();
    const QString txt = dir.filePath(QStringLiteral("report.txt"));
    const ProcessResult exported = cli({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt"),
                                        QStringLiteral("--output"), txt});
    ASSERT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
    QFile f(txt);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\xEF\xBB\xBF"), 1);
    EXPECT_EQ(bytes.mid(3, QByteArray("示例镇").size()), QByteArray("示例镇"));
    // Read back, the mark is gone and the title is the first line.
    const Result<QString> decoded = decodeText(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_FALSE(decoded.value().contains(QChar(0xFEFF)));
    EXPECT_TRUE(decoded.value().startsWith(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告\n")));
    const ProcessResult imported = cli({QStringLiteral("import"), txt});
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    const ProcessResult listed = cli({QStringLiteral("list")});
    EXPECT_EQ(listed.outText().count(QStringLiteral("示例镇人民政府2024年度法治政府建设情况报告")), 2);
}

}  // namespace
