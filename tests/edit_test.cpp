// Model edits by node id, and the edit session: undo, merging of typing, debounced saving to a real
// workspace file.
#include "edit/ReportSession.h"
#include "model/ReportEdit.h"
#include "model/ReportJson.h"
#include "storage/Workspace.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <functional>
#include <gtest/gtest.h>
#include <thread>

using namespace fazhi;

namespace {
Report sampleReport()
{
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2024);
    r.parts[0].sections[0].lead = QStringLiteral("强化组织领导。");
    r.parts[0].sections[0].body.paragraphs = {{newId(), QStringLiteral("召开会议12次。")}};
    r.parts[0].sections[0].body.points = {{newId(), QStringLiteral("加强领导；")}, {newId(), QStringLiteral("压实责任。")}};
    r.parts[0].sections[0].facts = {{newId(), QStringLiteral("召开会议"), QStringLiteral("12"), QStringLiteral("次"), {}}};
    return r;
}
}  // namespace

TEST(ReportEdit, SetFieldsByName)
{
    Report r = sampleReport();
    const QUuid section = r.parts[0].sections[0].id;
    QVariant previous;
    EXPECT_TRUE(setNodeField(r, section, QStringLiteral("lead"), QStringLiteral("新的引领句。"), &previous));
    EXPECT_EQ(previous.toString(), QStringLiteral("强化组织领导。"));
    EXPECT_EQ(r.parts[0].sections[0].lead, QStringLiteral("新的引领句。"));
    EXPECT_TRUE(setNodeField(r, section, QStringLiteral("headingStyle"), QStringLiteral("standalone")));
    EXPECT_EQ(r.parts[0].sections[0].headingStyle, HeadingStyle::Standalone);
    EXPECT_FALSE(setNodeField(r, section, QStringLiteral("headingStyle"), QStringLiteral("sideways")));
    EXPECT_FALSE(setNodeField(r, section, QStringLiteral("text"), QStringLiteral("x")));
    EXPECT_FALSE(setNodeField(r, newId(), QStringLiteral("text"), QStringLiteral("x")));
    EXPECT_TRUE(setNodeField(r, r.parts[0].sections[0].facts[0].id, QStringLiteral("value"), QStringLiteral("13")));
    EXPECT_EQ(r.parts[0].sections[0].facts[0].value, QStringLiteral("13"));

    EXPECT_TRUE(setDetailField(r, QStringLiteral("year"), 2025));
    EXPECT_EQ(r.details.year, 2025);
    EXPECT_EQ(r.effectiveHeading(r.parts[3]), QStringLiteral("2026年度工作安排"));
    EXPECT_TRUE(setDetailField(r, QStringLiteral("date"), QStringLiteral("2026-02-03")));
    EXPECT_EQ(r.details.date, QDate(2026, 2, 3));
    EXPECT_FALSE(setDetailField(r, QStringLiteral("date"), QStringLiteral("yesterday")));
    EXPECT_FALSE(setDetailField(r, QStringLiteral("colour"), QStringLiteral("red")));
}

TEST(ReportEdit, TakeAndInsertRestoreExactly)
{
    Report r = sampleReport();
    const QJsonObject before = toJson(r);
    const QUuid section = r.parts[0].sections[0].id;
    auto snap = takeNode(r, section);
    ASSERT_TRUE(snap.has_value());
    EXPECT_EQ(snap->type, NodeType::Section);
    EXPECT_EQ(snap->containerId, r.parts[0].id);
    EXPECT_EQ(snap->index, 0);
    EXPECT_EQ(r.parts[0].sections.size(), 4);
    EXPECT_NE(toJson(r), before);
    ASSERT_TRUE(insertNode(r, *snap));
    EXPECT_EQ(toJson(r), before);

    const NodeSnapshot copy = withFreshIds(*snap);
    EXPECT_NE(copy.id(), snap->id());
    EXPECT_NE(std::get<Section>(copy.node).body.points[0].id, std::get<Section>(snap->node).body.points[0].id);
    EXPECT_EQ(std::get<Section>(copy.node).lead, std::get<Section>(snap->node).lead);
}

class SessionTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QUuid reportId;

    void SetUp() override
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        ws = std::move(opened.value());
        auto id = ws->insertReport(sampleReport());
        ASSERT_TRUE(id.ok());
        reportId = id.value();
    }

    Report reloadFromFile()
    {
        auto other = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")));
        EXPECT_TRUE(other.ok());
        auto r = other.value()->loadReport(reportId);
        EXPECT_TRUE(r.ok());
        return r.value();
    }
};

TEST_F(SessionTest, TypingMergesIntoOneUndoStepAndIsSavedAfterTheDelay)
{
    auto loaded = ws->loadReport(reportId);
    ASSERT_TRUE(loaded.ok());
    ReportSession session(*ws, loaded.value());
    const QUuid para = session.report().parts[0].sections[0].body.paragraphs[0].id;
    QSignalSpy savedSpy(&session, &ReportSession::saved);

    QString text = session.report().parts[0].sections[0].body.paragraphs[0].text;
    for (const QChar c : QStringLiteral("另开展培训3场。")) {
        text += c;
        ASSERT_TRUE(session.setNodeField(para, QStringLiteral("text"), text));
    }
    EXPECT_EQ(session.undoStack()->count(), 1);
    EXPECT_TRUE(session.hasPendingChanges());
    // Not yet on disk: typing does not write.
    EXPECT_EQ(reloadFromFile().parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开会议12次。"));
    ASSERT_TRUE(savedSpy.wait(5000));
    EXPECT_FALSE(session.hasPendingChanges());
    EXPECT_EQ(reloadFromFile().parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开会议12次。另开展培训3场。"));

    session.undoStack()->undo();
    EXPECT_EQ(session.report().parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开会议12次。"));
    ASSERT_TRUE(session.flush().ok());
    EXPECT_EQ(reloadFromFile().parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开会议12次。"));
}

TEST_F(SessionTest, AQueuedSaveWaitsForTheIntegrityScanBesideTheTyping)
{
    // The workspace opened as the desktop app opens it, its scan held back behind another task.
    ws.reset();
    QSemaphore gate;
    std::atomic<bool> released{false};
    auto release = [&] {
        if (!released.exchange(true))
            gate.release();
    };
    Workspace::integrityScanThreads()->start([&gate] { gate.acquire(); });
    // Should the save wait for the scan in the GUI thread after all, this lets the test end (and fail).
    QSemaphore finished;
    std::thread safetyNet([&] {
        if (!finished.tryAcquire(1, 10000))
            release();
    });
    // However the test ends (an ASSERT returns early): the held task ends and the safety net is joined.
    struct Cleanup {
        std::function<void()> run;
        ~Cleanup() { run(); }
    } cleanup{[&] {
        release();
        finished.release();
        safetyNet.join();
    }};
    auto opened = Workspace::open(dir.filePath(QStringLiteral("ws.fazhi")), Workspace::Integrity::InBackground);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ws = std::move(opened.value());
    EXPECT_FALSE(ws->integrityCheck().isFinished());
    auto loaded = ws->loadReport(reportId);
    ASSERT_TRUE(loaded.ok());
    ReportSession session(*ws, loaded.value());
    QSignalSpy savedSpy(&session, &ReportSession::saved);
    const QUuid para = session.report().parts[0].sections[0].body.paragraphs[0].id;
    ASSERT_TRUE(session.setNodeField(para, QStringLiteral("text"), QStringLiteral("召开会议13次。")));

    // Well after the save's time, the GUI thread is free, the edit still queued.
    bool queuedWhileScanning = false;
    QTimer::singleShot(ReportSession::kSaveDelayMs * 2, &session, [&] {
        queuedWhileScanning = session.hasPendingChanges() && savedSpy.isEmpty();
        release();
    });
    // Then the scan gives its verdict and the edit is written.
    ASSERT_TRUE(savedSpy.wait(15000));
    EXPECT_TRUE(queuedWhileScanning);
    EXPECT_FALSE(session.hasPendingChanges());
    EXPECT_EQ(reloadFromFile().parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("召开会议13次。"));
}

TEST_F(SessionTest, StructuralEditsAreSavedAndUndoable)
{
    auto loaded = ws->loadReport(reportId);
    ASSERT_TRUE(loaded.ok());
    ReportSession session(*ws, loaded.value());
    const QJsonObject original = contentJson(session.report());
    const QUuid first = session.report().parts[0].sections[0].id;

    const QUuid copy = session.duplicateNode(first);
    ASSERT_FALSE(copy.isNull());
    EXPECT_EQ(session.report().parts[0].sections.size(), 6);
    EXPECT_EQ(session.report().parts[0].sections[1].id, copy);
    EXPECT_EQ(contentJson(reloadFromFile()), contentJson(session.report()));

    ASSERT_TRUE(session.moveNode(first, 3));
    EXPECT_EQ(session.report().parts[0].sections[3].id, first);
    EXPECT_EQ(contentJson(reloadFromFile()), contentJson(session.report()));

    ASSERT_TRUE(session.removeNode(session.report().parts[1].id));
    EXPECT_EQ(session.report().parts.size(), 4);
    EXPECT_EQ(contentJson(reloadFromFile()), contentJson(session.report()));

    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    EXPECT_EQ(contentJson(session.report()), original);
    EXPECT_EQ(contentJson(reloadFromFile()), original);
    EXPECT_EQ(toJson(reloadFromFile()).value(QStringLiteral("parts")), toJson(session.report()).value(QStringLiteral("parts")));
}

TEST_F(SessionTest, LockedReportRefusesEdits)
{
    ASSERT_TRUE(ws->setStatus(reportId, ReportStatus::Approved).ok());
    auto loaded = ws->loadReport(reportId);
    ASSERT_TRUE(loaded.ok());
    ReportSession session(*ws, loaded.value());
    EXPECT_TRUE(session.isLocked());
    EXPECT_FALSE(session.setDetail(QStringLiteral("organization"), QStringLiteral("别的镇")));
    EXPECT_FALSE(session.removeNode(session.report().parts[0].id));
    EXPECT_EQ(session.undoStack()->count(), 0);
}
