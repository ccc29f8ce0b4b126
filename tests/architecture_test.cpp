// The layering of core (core/CMakeLists.txt, cmake/CheckLayering.cmake): the include graph of core
// has no cycle and every include is one the table allows; the build's own check refuses a forbidden one.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// "util:;model:util;…" as the build wrote it: each core folder and the folders it may use.
QHash<QString, QSet<QString>> allowedTable()
{
    QHash<QString, QSet<QString>> table;
    for (const QString &entry : QStringLiteral(FAZHI_LAYERING_TABLE).split(u';', Qt::SkipEmptyParts)) {
        const QString folder = entry.section(u':', 0, 0);
        QSet<QString> uses;
        for (const QString &dep : entry.section(u':', 1).split(u',', Qt::SkipEmptyParts))
            uses.insert(dep);
        table.insert(folder, uses);
    }
    return table;
}

// folder → the core folders its files include (other than itself).
QHash<QString, QSet<QString>> includeGraph(const QStringList &folders)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([a-z]+)/"),
                                            QRegularExpression::MultilineOption);
    QHash<QString, QSet<QString>> graph;
    const QDir core(QStringLiteral(FAZHI_SOURCE_DIR "/core"));
    for (const QString &folder : folders) {
        QDirIterator files(core.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const QString used = m.next().captured(1);
                if (used != folder && folders.contains(used))
                    graph[folder].insert(used);
            }
        }
    }
    return graph;
}

bool reaches(const QHash<QString, QSet<QString>> &graph, const QString &from, const QString &to, QSet<QString> &seen)
{
    for (const QString &next : graph.value(from)) {
        if (next == to)
            return true;
        if (!seen.contains(next)) {
            seen.insert(next);
            if (reaches(graph, next, to, seen))
                return true;
        }
    }
    return false;
}

}  // namespace

TEST(Architecture, EveryCoreFolderIsALibraryOfTheTable)
{
    const QHash<QString, QSet<QString>> table = allowedTable();
    ASSERT_GE(table.size(), 8);
    const QDir core(QStringLiteral(FAZHI_SOURCE_DIR "/core"));
    for (const QString &folder : core.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        EXPECT_TRUE(table.contains(folder)) << "core/" << folder.toStdString() << " is not in core/CMakeLists.txt";
}

TEST(Architecture, CoreIncludesMatchTheTableAndHaveNoCycle)
{
    const QHash<QString, QSet<QString>> table = allowedTable();
    const QHash<QString, QSet<QString>> graph = includeGraph(table.keys());
    int edges = 0;
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        for (const QString &used : it.value()) {
            ++edges;
            EXPECT_TRUE(table.value(it.key()).contains(used))
                << "core/" << it.key().toStdString() << " includes core/" << used.toStdString();
        }
    }
    EXPECT_GT(edges, 10) << "the scan found hardly any includes";
    for (const QString &folder : table.keys()) {
        QSet<QString> seen;
        EXPECT_FALSE(reaches(graph, folder, folder, seen)) << "a cycle through core/" << folder.toStdString();
        QSet<QString> seenInTable;
        EXPECT_FALSE(reaches(table, folder, folder, seenInTable)) << "the table has a cycle through " << folder.toStdString();
    }
    // The arrows the design rests on.
    EXPECT_FALSE(table.value(QStringLiteral("storage")).contains(QStringLiteral("workflow")));
    EXPECT_FALSE(table.value(QStringLiteral("check")).contains(QStringLiteral("storage")));
    EXPECT_FALSE(table.value(QStringLiteral("review")).contains(QStringLiteral("storage")));
    EXPECT_FALSE(table.value(QStringLiteral("model")).contains(QStringLiteral("render")));
}

// The build's check (run before each core library compiles) fails on a forbidden include.
TEST(Architecture, TheBuildRefusesAForbiddenInclude)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("model")));
    fazhi::test::writeBytes(dir.filePath(QStringLiteral("model/Bad.cpp")),
                            "#include \"model/Report.h\"\n#include \"util/Result.h\"\n#include \"storage/Workspace.h\"\n");
    const auto run = [&](const QString &allowed) {
        QProcess cmake;
        cmake.start(QStringLiteral(FAZHI_CMAKE_COMMAND),
                    {QStringLiteral("-DCORE_DIR=") + dir.path(), QStringLiteral("-DFOLDER=model"),
                     QStringLiteral("-DALLOWED=") + allowed, QStringLiteral("-DSTAMP=") + dir.filePath(QStringLiteral("stamp")),
                     QStringLiteral("-P"), QStringLiteral(FAZHI_SOURCE_DIR "/cmake/CheckLayering.cmake")});
        EXPECT_TRUE(cmake.waitForFinished(60000));
        return std::make_pair(cmake.exitCode(), QString::fromUtf8(cmake.readAllStandardError()));
    };
    const auto refused = run(QStringLiteral("util"));
    EXPECT_NE(refused.first, 0);
    EXPECT_TRUE(refused.second.contains(QStringLiteral("core/model may not use core/storage"))) << refused.second.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("stamp"))));
    const auto allowed = run(QStringLiteral("util,storage"));
    EXPECT_EQ(allowed.first, 0) << allowed.second.toStdString();
}
