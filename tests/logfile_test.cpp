// The support log (util/LogFile): Qt messages with their categories in a file of bounded size that
// rotates, while they still reach the previous handler.
#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <thread>

using fazhi::LogFile;

namespace {

Q_LOGGING_CATEGORY(lcTest, "fazhi.test")

QStringList seen;  // what reached the previous handler
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message) { seen.append(message); }

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class Log : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QtMessageHandler before = nullptr;

    void SetUp() override
    {
        seen.clear();
        before = qInstallMessageHandler(recordingHandler);
    }
    void TearDown() override
    {
        LogFile::uninstall();
        qInstallMessageHandler(before);
    }
    LogFile::Options options(qint64 maxBytes = 1 << 20, int keep = 3)
    {
        LogFile::Options o;
        o.folder = dir.filePath(QStringLiteral("logs"));
        o.name = QStringLiteral("fazhi-test");
        o.maxBytes = maxBytes;
        o.keep = keep;
        o.startLine = QStringLiteral("fazhi-test 0.1.0");
        return o;
    }
};

}  // namespace

TEST_F(Log, WritesMessagesWithTheirCategoryAndPassesThemOn)
{
    const QString path = LogFile::install(options());
    ASSERT_EQ(path, dir.filePath(QStringLiteral("logs/fazhi-test.log")));
    EXPECT_EQ(LogFile::path(), path);
    qWarning("the workspace is locked");
    qCInfo(lcTest) << "opened in" << 12 << "ms";
    std::thread([] { qWarning("from a worker"); }).join();

    const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(" --- fazhi-test 0.1.0"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(" warning: the workspace is locked"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral(" info fazhi.test: opened in 12 ms"))) << lines.at(2).toStdString();
    EXPECT_TRUE(lines.at(3).endsWith(QStringLiteral(" warning: from a worker")));
    // Each line starts with the local time, to the millisecond.
    EXPECT_TRUE(QDateTime::fromString(lines.at(1).section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs).isValid());
    EXPECT_EQ(seen, (QStringList{QStringLiteral("the workspace is locked"), QStringLiteral("opened in 12 ms"),
                                 QStringLiteral("from a worker")}));
}

TEST_F(Log, AMessageIsOneLineOfBoundedLength)
{
    const QString path = LogFile::install(options());
    qWarning("%s", qPrintable(QStringLiteral("第一行\n第二行")));
    qWarning("%s", qPrintable(QString(5000, QLatin1Char('x'))));
    const QStringList lines = readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("第一行 | 第二行")));
    EXPECT_LT(lines.at(2).size(), LogFile::kMaxMessageChars + 60);
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral("…")));
}

TEST_F(Log, RotatesAtTheSizeKeepingTheNewestFiles)
{
    const QString path = LogFile::install(options(2000, 2));
    for (int i = 0; i < 200; ++i)
        qWarning("message number %03d of the rotation test", i);
    const QDir logs(dir.filePath(QStringLiteral("logs")));
    EXPECT_EQ(logs.entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("fazhi-test.log"), QStringLiteral("fazhi-test.log.1"),
                           QStringLiteral("fazhi-test.log.2")}));
    for (const QString &name : logs.entryList(QDir::Files))
        EXPECT_LE(QFileInfo(logs.filePath(name)).size(), 2000) << name.toStdString();
    // The newest message is in the current file, the one before the current file's first in .1.
    const QString current = readAll(path);
    EXPECT_TRUE(current.contains(QStringLiteral("message number 199 "))) << current.toStdString();
    const QString previous = readAll(path + QStringLiteral(".1"));
    const int firstHere = current.section(QStringLiteral("message number "), 1, 1).left(3).toInt();
    EXPECT_TRUE(previous.contains(QStringLiteral("message number %1 ").arg(firstHere - 1, 3, 10, QLatin1Char('0'))));
    EXPECT_FALSE(readAll(path + QStringLiteral(".2")).contains(QStringLiteral("message number 000 ")));
    EXPECT_EQ(seen.size(), 200);
}

TEST_F(Log, AnUnwritableFolderMeansNoLog)
{
    const QString file = dir.filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    LogFile::Options o = options();
    o.folder = file + QStringLiteral("/logs");
    EXPECT_TRUE(LogFile::install(o).isEmpty());
    EXPECT_TRUE(LogFile::path().isEmpty());
    qWarning("still shown");
    EXPECT_EQ(seen, QStringList{QStringLiteral("still shown")});
}
