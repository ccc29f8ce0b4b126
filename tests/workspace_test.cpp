// The SQLite workspace (core/storage): real files in temporary folders, no mocks.

#include "StorageBackends.h"
#include "TestSupport.h"
#include "helpers/DurabilityOrder.h"

#include "model/ImportNoteText.h"
#include "model/Limits.h"
#include "model/Report.h"
#include "model/ReportJson.h"
#include "model/TextSanitize.h"
#include "storage/Backups.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace fazhi;


namespace {

constexpr qint64 kFazhiApplicationId = 0x46415A48;  // 'FAZH', see storage/Schema.h

const char *codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Data: return "Data";
    case Error::Code::State: return "State";
    case Error::Code::Conflict: return "Conflict";
    case Error::Code::Io: return "Io";
    }
    return "?";
}

std::unique_ptr<Workspace> mustOpen(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << ws.error().message.toStdString();
        return nullptr;
    }
    return std::move(ws).value();
}

#define EXPECT_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        EXPECT_TRUE(result_.ok()) << #expr << ": " << result_.error().message.toStdString();                 \
    } while (0)
#define ASSERT_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        ASSERT_TRUE(result_.ok()) << #expr << ": " << result_.error().message.toStdString();                 \
    } while (0)
#define EXPECT_ERROR(expr, expectedCode)                                                                     \
    do {                                                                                                     \
        const auto &result_ = (expr);                                                                        \
        EXPECT_FALSE(result_.ok()) << #expr << " succeeded";                                                 \
        if (!result_.ok()) {                                                                                 \
            EXPECT_STREQ(codeName(result_.error().code), codeName(expectedCode))                             \
                << #expr << ": " << result_.error().message.toStdString();                                   \
            EXPECT_FALSE(result_.error().message.isEmpty());                                                 \
        }                                                                                                    \
    } while (0)

QString jsonText(const Report &r) { return QString::fromUtf8(QJsonDocument(toJson(r)).toJson()); }

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// A direct SQLite connection, for what the Workspace API does not show: pragmas, raw rows.
class RawDb {
public:
    explicit RawDb(const QString &path, const QString &options = QString())
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            ADD_FAILURE() << "raw open failed: " << db.lastError().text().toStdString();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }
    QList<QVariantList> rows(const QString &sql)
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }

private:
    QString m_name;
    bool m_open = false;
};

// Sibling lists whose positions are not exactly 0 … n-1.
qint64 sparseSiblingLists(const QString &path)
{
    RawDb db(path);
    return db
        .scalar(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, MIN(position) AS lo, MAX(position) AS hi, "
            "COUNT(DISTINCT position) AS d FROM nodes GROUP BY report_key, parent_key, slot) "
            "WHERE lo != 0 OR hi != n - 1 OR d != n"))
        .toLongLong();
}

int nodeCount(const Report &r)
{
    int n = int(r.preamble.size() + r.closing.size());
    for (const auto &part : r.parts) {
        n += 1 + int(part.intro.paragraphs.size() + part.intro.points.size());
        for (const auto &s : part.sections)
            n += 1 + int(s.body.paragraphs.size() + s.body.points.size() + s.facts.size());
    }
    return n;
}

using fazhi::test::para;
using fazhi::test::point;

// A report using every feature of the model, with text as real reports have it.
Report richReport(const QString &organization = QStringLiteral("兴化市陶庄镇人民政府"), int year = 2023)
{
    Report r = makeTemplateReport(organization, year);
    r.details.title = QStringLiteral("陶庄镇人民政府2023年度法治政府建设情况报告");
    r.details.addressee = QStringLiteral("市委、市政府");
    r.details.date = QDate(2024, 2, 22);
    r.details.source = QStringLiteral("兴化市人民政府");
    r.details.publishedOn = QStringLiteral("2024-02-22 10:20");
    r.details.publicationUrl = QStringLiteral("http://www.xinghua.gov.cn/col/col123/art/2024/art_1.html");
    r.status = ReportStatus::Submitted;
    r.preamble = {para(QStringLiteral("根据上级要求，现将我镇2023年度法治政府建设情况报告如下："))};

    Part &measures = r.parts[0];
    measures.intro.paragraphs = {
        para(QStringLiteral("2023年，我镇坚持以习近平法治思想为指导，主要做法是："))};
    Section &first = measures.sections[0];
    first.lead = QStringLiteral("强化组织领导。");
    first.body.paragraphs = {para(QStringLiteral("我镇成立法治政府建设领导小组，党委书记任组长。")),
                             para(QStringLiteral("全年召开专题会议4次。"))};
    first.body.points = {point(QStringLiteral("加强领导；")), point(QStringLiteral("压实责任；")),
                         point(QStringLiteral("健全机制。"))};
    first.facts = {
        Fact{newId(), QStringLiteral("发放宣传册"), QStringLiteral("10000"), QStringLiteral("份"),
             QStringLiteral("余")},
        Fact{newId(), QStringLiteral("横幅"), QStringLiteral("218"), QStringLiteral("条"), QString()}};
    Section &second = measures.sections[1];
    second.lead = QStringLiteral("规范行政决策");
    second.headingStyle = HeadingStyle::Standalone;
    second.body.pointStyle = PointStyle::Numbered;
    second.body.points = {point(QStringLiteral("重大决策全部经过合法性审查。")),
                          point(QStringLiteral("聘请法律顾问2名。"))};
    measures.sections[2].lead = QStringLiteral("化解矛盾纠纷946件。");

    r.parts[1].heading = QStringLiteral("党政主要负责人履行推进法治建设第一责任人职责情况");
    r.parts[1].intro.paragraphs = {para(QStringLiteral("镇党委书记认真履行第一责任人职责。"))};
    r.parts[2].intro.points = {point(QStringLiteral("法治宣传形式单一；")),
                               point(QStringLiteral("执法队伍力量不足。"))};
    r.parts[2].intro.pointStyle = PointStyle::Paragraphs;  // "一是……" each opening a paragraph
    r.parts[3].sections = {
        Section{newId(), QStringLiteral("深化法治宣传。"), HeadingStyle::RunIn, Body{}, {}}};
    r.parts[4].kind = PartKind::Custom;
    r.parts[4].heading = QStringLiteral("其他情况");
    r.closing = {para(QStringLiteral("特此报告。"))};
    r.importNotes = {ImportNote{ImportNoteKind::RestoredNumeral, first.body.points[1].id,
                                QStringLiteral("是压实责任"), QStringLiteral("二是压实责任"),
                                QStringLiteral("A missing numeral was restored.")},
                     ImportNote{ImportNoteKind::DroppedChrome, QUuid(), QStringLiteral("浏览次数：1024"),
                                QString(), QStringLiteral("Page chrome was dropped.")},
                     // A note as import makes it since schema 5: what happened and its arguments.
                     ImportNote{ImportNoteKind::Inferred, r.id, QString(), QStringLiteral("2023"), QString(),
                                ImportNoteCode::FieldInferred,
                                {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("2023")}}};
    r.details.documentNumber = QStringLiteral("陶政发〔2024〕5号");
    r.createdAt = QDateTime(QDate(2024, 1, 5), QTime(8, 30, 15, 123), Qt::UTC);
    r.updatedAt = QDateTime(QDate(2024, 2, 20), QTime(17, 1, 2, 456), Qt::UTC);
    assignMissingIds(r);
    return r;
}

// The SQLite workspace as a file: what only a file backend has (its bytes, its journal, its header).
class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString file(const QString &name = QStringLiteral("workspace.fazhi")) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

// What every storage backend promises (storage/ReportStore.h, ReviewStore.h, IgnoreStore.h), run on
// each of tests/StorageBackends.h.
class StoreTest : public ::testing::TestWithParam<fazhi::test::StorageBackend> {
protected:
    void SetUp() override
    {
        if (const std::string why = GetParam().unavailable(); !why.empty())
            GTEST_SKIP() << why;
        ASSERT_TRUE(m_dir.isValid());
    }
    QString file(const QString &name = QStringLiteral("workspace.fazhi")) const { return m_dir.filePath(name); }
    std::unique_ptr<Workspace> mustOpen(const QString &place) const
    {
        auto ws = GetParam().open(place);
        if (!ws) {
            ADD_FAILURE() << "cannot open " << place.toStdString() << ": " << ws.error().message.toStdString();
            return nullptr;
        }
        return std::move(ws).value();
    }

    QTemporaryDir m_dir;
};

}  // namespace

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(fazhi::test::storageBackends()),
                         [](const auto &info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Text sanitiser

TEST(WorkspaceTextSanitize, CleanTextIsUnchanged)
{
    const QString text =
        QStringLiteral("（一）强化组织领导。一是“加强领导”；二是《条例》 1.5% ABC　全角空格 \U0002A6A5");
    EXPECT_EQ(sanitizeFieldText(text), text);
    EXPECT_EQ(sanitizeFieldText(QString()), QString());
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("  两端空格保留  ")), QStringLiteral("  两端空格保留  "));
}

TEST(WorkspaceTextSanitize, LineBreaksJoinCjkWithoutSpaceAndLatinWithSpace)
{
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("强化组织\n领导。")), QStringLiteral("强化组织领导。"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("强化组织\r\n领导。")), QStringLiteral("强化组织领导。"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("共10\n件")), QStringLiteral("共10件"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("rule of\nlaw")), QStringLiteral("rule of law"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("rule of \r\n\r\nlaw")), QStringLiteral("rule of law"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("rule\u2028of\u2029law\u0085now\vand\fthen")),
              QStringLiteral("rule of law now and then"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("\n\n开头和结尾\r\n")), QStringLiteral("开头和结尾"));
    EXPECT_FALSE(sanitizeFieldText(QStringLiteral("a\nb\rc\r\nd")).contains(QLatin1Char('\n')));
}

TEST(WorkspaceTextSanitize, ControlCharactersTabsAndJunkAreHandled)
{
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("一是\t加强")), QStringLiteral("一是 加强"));
    QString withNul = QStringLiteral("前");
    withNul.append(QChar(u'\0'));
    withNul.append(QStringLiteral("后"));
    EXPECT_EQ(sanitizeFieldText(withNul), QStringLiteral("前后"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("a\x01\x1f\x7f\u0080\u009fb")), QStringLiteral("ab"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("\uFEFF报告\uFFFE\uFFFF")), QStringLiteral("报告"));
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("保留\uFFFD替换符")), QStringLiteral("保留\uFFFD替换符"));
}

TEST(WorkspaceTextSanitize, LoneSurrogatesAreDroppedPairsKept)
{
    QString s = QStringLiteral("甲");
    s.append(QChar(char16_t(0xD842)));  // lone high surrogate
    s.append(QStringLiteral("乙"));
    s.append(QChar(char16_t(0xDFB7)));           // lone low surrogate
    s.append(QStringLiteral("丙\U00020BB7丁"));  // 𠮷: a valid pair
    s.append(QChar(char16_t(0xD842)));           // lone at the end
    EXPECT_EQ(sanitizeFieldText(s), QStringLiteral("甲乙丙\U00020BB7丁"));
}

// ---------------------------------------------------------------------------------------------
// Opening and creating

TEST_F(WorkspaceTest, CreatesNewFileWithParentFoldersAndReopens)
{
    const QString path = file(QStringLiteral("a/b/c/工作区.fazhi"));
    QUuid id;
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        EXPECT_EQ(ws->path(), QDir::cleanPath(path));
        EXPECT_TRUE(QFileInfo::exists(path));
        EXPECT_TRUE(ws->listReports().value().isEmpty());
        auto inserted = ws->insertReport(richReport());
        ASSERT_OK(inserted);
        id = inserted.value();
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")))
        << "closing should checkpoint and remove the WAL";
    {
        RawDb db(path);
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), kFazhiApplicationId);
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), storage::schemaVersion());
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }
    auto ws = mustOpen(path);
    ASSERT_TRUE(ws);
    auto list = ws->listReports();
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().id, id);
}

TEST_F(WorkspaceTest, ReportListReadInTheBackgroundHoldsUntilTheReportsChange)
{
    const QString path = file();
    QUuid first;
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        for (int i = 0; i < 3; ++i)
            ASSERT_OK(ws->insertReport(richReport(QStringLiteral("镇%1").arg(i), 2020 + i)));
        first = ws->listReports()->first().id;
    }
    auto ws = mustOpen(path);
    ASSERT_TRUE(ws);
    auto read = [&] {
        Result<Workspace::ReportList> list = Workspace::readReportListInBackground(path).result();
        EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message.toStdString());
        return list.ok() ? list.value() : Workspace::ReportList{};
    };
    const Workspace::ReportList list = read();
    EXPECT_EQ(list.path, ws->path());
    auto ids = [](const QList<ReportSummary> &reports) {
        QList<QUuid> out;
        for (const ReportSummary &r : reports)
            out << r.id;
        return out;
    };
    EXPECT_EQ(ids(list.reports), ids(ws->listReports().value()));
    EXPECT_EQ(list.reports.first().title, ws->listReports()->first().title);
    EXPECT_EQ(ws->reportsFingerprint().value(), list.fingerprint);

    // Any change to the reports changes the fingerprint: an edit, a new report, a deletion.
    ASSERT_OK(ws->setDetail(first, QStringLiteral("addressee"), QStringLiteral("区委")));
    const QString edited = ws->reportsFingerprint().value();
    EXPECT_NE(edited, list.fingerprint);
    EXPECT_EQ(read().fingerprint, edited);
    auto added = ws->insertReport(richReport(QStringLiteral("新镇"), 2024));
    ASSERT_OK(added);
    const QString grown = ws->reportsFingerprint().value();
    EXPECT_NE(grown, edited);
    ASSERT_OK(ws->deleteReport(added.value()));
    EXPECT_NE(ws->reportsFingerprint().value(), grown);
}

TEST_F(WorkspaceTest, ReportListInTheBackgroundLeavesOtherFilesAlone)
{
    const QString absent = file(QStringLiteral("none/absent.fazhi"));
    EXPECT_FALSE(Workspace::readReportListInBackground(absent).result().ok());
    EXPECT_FALSE(QFileInfo::exists(absent));
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(absent).absolutePath()));

    const QString other = file(QStringLiteral("other.db"));
    {
        RawDb db(other);
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.exec(QStringLiteral("CREATE TABLE reports (a)"));
    }
    const QByteArray before = fileHash(other);
    EXPECT_FALSE(Workspace::readReportListInBackground(other).result().ok());
    EXPECT_EQ(fileHash(other), before);
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-shm")));
}

TEST_F(WorkspaceTest, ZeroByteFileBecomesWorkspace)
{
    const QString path = file();
    fazhi::test::writeBytes(path, QByteArray());
    ASSERT_TRUE(QFileInfo::exists(path));
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        ASSERT_OK(ws->insertReport(richReport()));
    }
    RawDb db(path);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), kFazhiApplicationId);
}

TEST_F(WorkspaceTest, NewWorkspaceIsRecognisableWithoutItsWal)
{
    // The header of the main file already carries the application id while the workspace is open.
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    QFile f(file());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    ASSERT_EQ(header.size(), 100);
    EXPECT_EQ(header.mid(68, 4), QByteArray::fromHex("46415A48"));
}

TEST_P(StoreTest, SeveralObjectsOnOneFile)
{
    auto a = mustOpen(file());
    auto b = mustOpen(file());
    ASSERT_TRUE(a && b);
    auto id = a->insertReport(richReport());
    ASSERT_OK(id);
    auto loaded = b->loadReport(id.value());
    ASSERT_OK(loaded);
    EXPECT_EQ(loaded->details.organization, QStringLiteral("兴化市陶庄镇人民政府"));
    ASSERT_OK(b->insertReport(richReport(QStringLiteral("戴南镇人民政府"), 2022)));
    EXPECT_EQ(a->listReports().value().size(), 2);
}

TEST_F(WorkspaceTest, DefaultPath)
{
    const QByteArray saved = qgetenv("FAZHI_WORKSPACE");
    qputenv("FAZHI_WORKSPACE", QByteArray("/somewhere/else.fazhi"));
    EXPECT_EQ(Workspace::defaultPath(), QStringLiteral("/somewhere/else.fazhi"));
    qunsetenv("FAZHI_WORKSPACE");
    const QString path = Workspace::defaultPath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/workspace.fazhi"))) << path.toStdString();
    EXPECT_TRUE(QFileInfo(path).isAbsolute()) << path.toStdString();
    if (!saved.isEmpty())
        qputenv("FAZHI_WORKSPACE", saved);
}

// ---------------------------------------------------------------------------------------------
// Content round trip

TEST_P(StoreTest, InsertAndLoadGiveTheSameReport)
{
    const Report original = richReport();
    {
        auto ws = mustOpen(file());
        ASSERT_TRUE(ws);
        auto id = ws->insertReport(original);
        ASSERT_OK(id);
        EXPECT_EQ(id.value(), original.id);
        EXPECT_EQ(ws->knownChangeCounter(original.id), 1);
    }
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->knownChangeCounter(original.id), 0);
    auto loaded = ws->loadReport(original.id);
    ASSERT_OK(loaded);
    EXPECT_EQ(jsonText(loaded.value()), jsonText(original));
    EXPECT_EQ(ws->knownChangeCounter(original.id), 1);
    EXPECT_EQ(loaded->details.date, QDate(2024, 2, 22));
    EXPECT_EQ(loaded->createdAt, original.createdAt);
}

TEST_P(StoreTest, TemplateAndEmptyReportsRoundTrip)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report tpl = makeTemplateReport(QStringLiteral("示例街道办事处"), 2022);
    ASSERT_OK(ws->insertReport(tpl));
    EXPECT_EQ(jsonText(ws->loadReport(tpl.id).value()), jsonText(tpl));

    Report empty;  // no id, no timestamps: both are filled in
    auto id = ws->insertReport(empty);
    ASSERT_OK(id);
    EXPECT_FALSE(id->isNull());
    auto loaded = ws->loadReport(id.value());
    ASSERT_OK(loaded);
    EXPECT_TRUE(loaded->createdAt.isValid());
    EXPECT_EQ(loaded->createdAt, loaded->updatedAt);
    EXPECT_TRUE(loaded->parts.isEmpty());
    EXPECT_FALSE(loaded->details.date.isValid());
}

TEST_P(StoreTest, InsertSanitisesText)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    Report r = richReport();
    r.parts[0].sections[0].body.paragraphs[0].text = QStringLiteral("第一行\n第二行\t结束");
    r.details.organization = QStringLiteral("陶庄镇\r\n人民政府");
    ASSERT_OK(ws->insertReport(r));
    auto loaded = ws->loadReport(r.id);
    ASSERT_OK(loaded);
    EXPECT_EQ(loaded->parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("第一行第二行 结束"));
    EXPECT_EQ(loaded->details.organization, QStringLiteral("陶庄镇人民政府"));
}

TEST_F(WorkspaceTest, InsertRefusesDuplicateIds)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));
    EXPECT_ERROR(ws->insertReport(r), Error::Code::Data);  // same report id

    Report twice = richReport();
    twice.parts[1].id = twice.parts[0].id;
    EXPECT_ERROR(ws->insertReport(twice), Error::Code::Data);
    Report nodeIsReport = richReport();
    nodeIsReport.closing[0].id = nodeIsReport.id;
    EXPECT_ERROR(ws->insertReport(nodeIsReport), Error::Code::Data);
    Report badYear = richReport();
    badYear.details.year = -3;
    EXPECT_ERROR(ws->insertReport(badYear), Error::Code::Data);
    EXPECT_EQ(ws->listReports().value().size(), 1);
    RawDb db(file());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM nodes")).toInt(), nodeCount(r));
}

TEST_P(StoreTest, ReviewCopyWithSameNodeIdsCanLiveBesideItsOriginal)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report original = richReport();
    ASSERT_OK(ws->insertReport(original));
    Report copy = original;
    copy.id = newId();  // node ids stay: they anchor review comments
    ASSERT_OK(ws->insertReport(copy));
    const QUuid node = original.parts[0].sections[0].body.paragraphs[0].id;
    ASSERT_OK(
        ws->setNodeField(copy.id, node, QStringLiteral("text"), QStringLiteral("审阅意见修改后的文字。")));
    EXPECT_EQ(ws->loadReport(original.id)->parts[0].sections[0].body.paragraphs[0].text,
              original.parts[0].sections[0].body.paragraphs[0].text);
    EXPECT_EQ(ws->loadReport(copy.id)->parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("审阅意见修改后的文字。"));
}

// ---------------------------------------------------------------------------------------------
// Field-granular saving

TEST_P(StoreTest, EveryNodeFieldIsSavedAndReloaded)
{
    Report expected = richReport();
    const QUuid id = expected.id;
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    ASSERT_OK(ws->insertReport(expected));

    Part &part = expected.parts[0];
    Section &section = part.sections[0];
    struct Edit {
        QUuid node;
        const char *field;
        QVariant value;
        std::function<void()> mirror;
    };
    const QList<Edit> edits = {
        {part.id, "heading", QStringLiteral("一年来的主要做法"),
         [&] { part.heading = QStringLiteral("一年来的主要做法"); }},
        {part.id, "partKind", QStringLiteral("other"), [&] { part.kind = PartKind::Other; }},
        {part.id, "partKind", QVariant::fromValue(PartKind::Measures),
         [&] { part.kind = PartKind::Measures; }},
        {part.id, "pointStyle", QStringLiteral("numbered"),
         [&] { part.intro.pointStyle = PointStyle::Numbered; }},
        {section.id, "lead", QStringLiteral("加强党的领导。"),
         [&] { section.lead = QStringLiteral("加强党的领导。"); }},
        {section.id, "headingStyle", QStringLiteral("standalone"),
         [&] { section.headingStyle = HeadingStyle::Standalone; }},
        {section.id, "pointStyle", QVariant::fromValue(PointStyle::Numbered),
         [&] { section.body.pointStyle = PointStyle::Numbered; }},
        {section.body.paragraphs[1].id, "text", QStringLiteral("全年召开专题会议6次。"),
         [&] { section.body.paragraphs[1].text = QStringLiteral("全年召开专题会议6次。"); }},
        {section.body.points[2].id, "text", QStringLiteral("完善制度。"),
         [&] { section.body.points[2].text = QStringLiteral("完善制度。"); }},
        {section.facts[0].id, "label", QStringLiteral("发放宣传资料"),
         [&] { section.facts[0].label = QStringLiteral("发放宣传资料"); }},
        {section.facts[0].id, "value", QStringLiteral("12000"),
         [&] { section.facts[0].value = QStringLiteral("12000"); }},
        {section.facts[0].id, "unit", QStringLiteral("册"),
         [&] { section.facts[0].unit = QStringLiteral("册"); }},
        {section.facts[0].id, "qualifier", QStringLiteral("多"),
         [&] { section.facts[0].qualifier = QStringLiteral("多"); }},
        {expected.preamble[0].id, "text", QStringLiteral("现将有关情况报告如下："),
         [&] { expected.preamble[0].text = QStringLiteral("现将有关情况报告如下："); }},
        {expected.closing[0].id, "text", QString(), [&] { expected.closing[0].text.clear(); }},
        {expected.parts[2].intro.points[0].id, "text", QStringLiteral("宣传\n形式单一；"),
         [&] { expected.parts[2].intro.points[0].text = QStringLiteral("宣传形式单一；"); }},
    };
    qint64 counter = ws->knownChangeCounter(id);
    QDateTime lastUpdate = expected.updatedAt;
    for (const Edit &e : edits) {
        SCOPED_TRACE(e.field);
        ASSERT_OK(ws->setNodeField(id, e.node, QLatin1String(e.field), e.value));
        e.mirror();
        EXPECT_EQ(ws->knownChangeCounter(id), ++counter);
        auto other = mustOpen(file());  // a fresh object reads what is in the file
        ASSERT_TRUE(other);
        auto loaded = other->loadReport(id);
        ASSERT_OK(loaded);
        EXPECT_GE(loaded->updatedAt, lastUpdate);
        lastUpdate = loaded->updatedAt;
        expected.updatedAt = loaded->updatedAt;
        EXPECT_EQ(jsonText(loaded.value()), jsonText(expected));
        EXPECT_EQ(other->knownChangeCounter(id), counter);
    }
}

TEST_F(WorkspaceTest, FieldSaveUpdatesOneRowAndKeepsTheRest)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));
    const QString rowsSql =
        QStringLiteral("SELECT key, uuid, position, text, lead, heading FROM nodes ORDER BY key");
    QList<QVariantList> before;
    {
        RawDb db(file());
        before = db.rows(rowsSql);
    }
    const QUuid target = r.parts[0].sections[0].body.paragraphs[0].id;
    ASSERT_OK(ws->setNodeField(r.id, target, QStringLiteral("text"), QStringLiteral("新的文字。")));
    RawDb db(file());
    const QList<QVariantList> after = db.rows(rowsSql);
    ASSERT_EQ(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i][0], before[i][0]) << "row keys must survive a field save";
        if (after[i] != before[i]) {
            ++changed;
            EXPECT_EQ(QUuid::fromString(after[i][1].toString()), target);
        }
    }
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT change_counter FROM reports")).toLongLong(), 2);
}

TEST_P(StoreTest, EveryDetailAndStatusIsSaved)
{
    Report expected = richReport();
    const QUuid id = expected.id;
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    ASSERT_OK(ws->insertReport(expected));
    struct Edit {
        const char *field;
        QVariant value;
        std::function<void()> mirror;
    };
    ReportDetails &d = expected.details;
    const QList<Edit> edits = {
        {"organization", QStringLiteral("兴化市戴南镇人民政府"),
         [&] { d.organization = QStringLiteral("兴化市戴南镇人民政府"); }},
        {"year", 2024, [&] { d.year = 2024; }},
        {"year", QStringLiteral("2025"), [&] { d.year = 2025; }},
        {"title", QString(), [&] { d.title.clear(); }},
        {"addressee", QStringLiteral("县委、县政府"), [&] { d.addressee = QStringLiteral("县委、县政府"); }},
        {"signature", QStringLiteral("戴南镇人民政府"),
         [&] { d.signature = QStringLiteral("戴南镇人民政府"); }},
        {"date", QDate(2025, 3, 1), [&] { d.date = QDate(2025, 3, 1); }},
        {"date", QStringLiteral("2025-02-28"), [&] { d.date = QDate(2025, 2, 28); }},
        {"date", QString(), [&] { d.date = QDate(); }},
        {"date", QDate(2025, 1, 9), [&] { d.date = QDate(2025, 1, 9); }},
        {"date", QVariant(), [&] { d.date = QDate(); }},
        {"source", QStringLiteral("戴南镇"), [&] { d.source = QStringLiteral("戴南镇"); }},
        {"publishedOn", QStringLiteral("2025-03-01 09:00"),
         [&] { d.publishedOn = QStringLiteral("2025-03-01 09:00"); }},
        {"publicationUrl", QStringLiteral("http://example.gov.cn/a"),
         [&] { d.publicationUrl = QStringLiteral("http://example.gov.cn/a"); }},
    };
    for (const Edit &e : edits) {
        SCOPED_TRACE(e.field);
        ASSERT_OK(ws->setDetail(id, QLatin1String(e.field), e.value));
        e.mirror();
    }
    ASSERT_OK(ws->setStatus(id, ReportStatus::Approved));
    expected.status = ReportStatus::Approved;
    auto other = mustOpen(file());
    ASSERT_TRUE(other);
    auto loaded = other->loadReport(id);
    ASSERT_OK(loaded);
    expected.updatedAt = loaded->updatedAt;
    EXPECT_EQ(jsonText(loaded.value()), jsonText(expected));
    EXPECT_EQ(ws->knownChangeCounter(id), 1 + edits.size() + 1);
    auto list = other->listReports();
    ASSERT_OK(list);
    EXPECT_EQ(list->first().title, QStringLiteral("兴化市戴南镇人民政府2025年度法治政府建设情况报告"));
    EXPECT_EQ(list->first().status, ReportStatus::Approved);
}

TEST_P(StoreTest, WrongIdsFieldsAndValuesAreRefusedWithoutWriting)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));
    const QUuid paragraph = r.parts[0].sections[0].body.paragraphs[0].id;
    const QUuid part = r.parts[0].id;
    const QUuid fact = r.parts[0].sections[0].facts[0].id;
    const QString text = QStringLiteral("text");

    EXPECT_ERROR(ws->setNodeField(newId(), paragraph, text, QStringLiteral("x")), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, newId(), text, QStringLiteral("x")), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, r.id, QStringLiteral("title"), QStringLiteral("x")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, paragraph, QStringLiteral("lead"), QStringLiteral("x")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, paragraph, QStringLiteral("bogus"), QStringLiteral("x")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, part, text, QStringLiteral("x")), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, fact, QStringLiteral("heading"), QStringLiteral("x")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, paragraph, text, 42), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, paragraph, text, QVariant()), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, paragraph, text, QByteArray("bytes")), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, part, QStringLiteral("partKind"), QStringLiteral("bogus")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, part, QStringLiteral("partKind"), 1), Error::Code::Data);
    EXPECT_ERROR(
        ws->setNodeField(r.id, part, QStringLiteral("pointStyle"), QVariant::fromValue(HeadingStyle::RunIn)),
        Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(r.id, part, QStringLiteral("headingStyle"), QStringLiteral("run-in")),
                 Error::Code::Data);

    EXPECT_ERROR(ws->setDetail(newId(), QStringLiteral("title"), QStringLiteral("x")), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("bogus"), QStringLiteral("x")), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("title"), 5), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("year"), QStringLiteral("二〇二三")), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("year"), 100000), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("year"), QDate(2024, 1, 1)), Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("date"), QStringLiteral("2024-13-01")),
                 Error::Code::Data);
    EXPECT_ERROR(ws->setDetail(r.id, QStringLiteral("date"), 20240101), Error::Code::Data);
    EXPECT_ERROR(ws->setStatus(newId(), ReportStatus::Approved), Error::Code::Data);
    EXPECT_ERROR(ws->loadReport(newId()), Error::Code::Data);
    EXPECT_ERROR(ws->deleteReport(newId()), Error::Code::Data);

    EXPECT_EQ(ws->knownChangeCounter(r.id), 1);
    auto other = mustOpen(file());
    ASSERT_TRUE(other);
    EXPECT_EQ(jsonText(other->loadReport(r.id).value()), jsonText(r));
}

// ---------------------------------------------------------------------------------------------
// Structure

TEST_F(WorkspaceTest, StructuralEditsKeepOrderAndDensePositions)
{
    Report expected = richReport();
    const QUuid id = expected.id;
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    ASSERT_OK(ws->insertReport(expected));

    auto check = [&](const char *step) {
        SCOPED_TRACE(step);
        auto other = mustOpen(file());
        ASSERT_TRUE(other);
        auto loaded = other->loadReport(id);
        ASSERT_OK(loaded);
        expected.updatedAt = loaded->updatedAt;
        EXPECT_EQ(jsonText(loaded.value()), jsonText(expected));
        EXPECT_EQ(sparseSiblingLists(file()), 0);
        RawDb db(file());
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM nodes")).toInt(), nodeCount(expected));
    };

    // Parts: front, middle, end (negative and too large both append).
    Part first;
    first.id = newId();
    first.kind = PartKind::Custom;
    first.heading = QStringLiteral("前言");
    first.intro.paragraphs = {para(QStringLiteral("前言正文。"))};
    ASSERT_OK(ws->insertPart(id, 0, first));
    expected.parts.insert(0, first);
    check("insert part at 0");
    Part middle;
    middle.id = newId();
    middle.sections = {Section{
        newId(),
        QStringLiteral("新增工作领域。"),
        HeadingStyle::RunIn,
        Body{{para(QStringLiteral("正文。"))}, {point(QStringLiteral("一项；"))}, PointStyle::RunIn},
        {Fact{newId(), QStringLiteral("场次"), QStringLiteral("3"), QStringLiteral("场"), QString()}}}};
    ASSERT_OK(ws->insertPart(id, 2, middle));
    expected.parts.insert(2, middle);
    check("insert part at 2");
    Part last;
    last.id = newId();
    ASSERT_OK(ws->insertPart(id, -1, last));
    expected.parts.append(last);
    Part beyond;
    beyond.id = newId();
    ASSERT_OK(ws->insertPart(id, 999, beyond));
    expected.parts.append(beyond);
    check("append parts");

    // Sections, paragraphs, points, facts in every container.
    Part &measures = expected.parts[1];
    Section added{newId(), QStringLiteral("推进严格执法。"), HeadingStyle::Standalone, Body{}, {}};
    ASSERT_OK(ws->insertSection(id, measures.id, 1, added));
    measures.sections.insert(1, added);
    const Paragraph pre = para(QStringLiteral("市委、市政府："));
    ASSERT_OK(ws->insertParagraph(id, id, 0, pre, QStringLiteral("preamble")));
    expected.preamble.insert(0, pre);
    const Paragraph close = para(QStringLiteral("以上报告，请审阅。"));
    ASSERT_OK(ws->insertParagraph(id, id, -1, close, QStringLiteral("closing")));
    expected.closing.append(close);
    const Paragraph intro = para(QStringLiteral("工作回顾引言。"));
    ASSERT_OK(ws->insertParagraph(id, measures.id, 0, intro));
    measures.intro.paragraphs.insert(0, intro);
    const Paragraph body = para(QStringLiteral("第二段正文。"));
    ASSERT_OK(ws->insertParagraph(id, measures.sections[0].id, 1, body));
    measures.sections[0].body.paragraphs.insert(1, body);
    const Point partPoint = point(QStringLiteral("部分要点；"));
    ASSERT_OK(ws->insertPoint(id, measures.id, 0, partPoint));
    measures.intro.points.insert(0, partPoint);
    const Point sectionPoint = point(QStringLiteral("新的一点；"));
    ASSERT_OK(ws->insertPoint(id, measures.sections[0].id, 1, sectionPoint));
    measures.sections[0].body.points.insert(1, sectionPoint);
    const Fact fact{newId(), QStringLiteral("培训"), QStringLiteral("12"), QStringLiteral("场"),
                    QStringLiteral("次")};
    ASSERT_OK(ws->insertFact(id, measures.sections[0].id, 0, fact));
    measures.sections[0].facts.insert(0, fact);
    Paragraph noId{QUuid(), QStringLiteral("没有编号的段落。")};
    ASSERT_OK(ws->insertParagraph(id, measures.sections[2].id, 0, noId));
    {
        auto loaded = ws->loadReport(id);
        ASSERT_OK(loaded);
        noId.id = loaded->parts[1].sections[2].body.paragraphs[0].id;
        EXPECT_FALSE(noId.id.isNull());
    }
    measures.sections[2].body.paragraphs.insert(0, noId);
    check("inserts");

    // Wrong containers and reused ids.
    EXPECT_ERROR(ws->insertParagraph(id, id, 0, para(QStringLiteral("x"))), Error::Code::Data);
    EXPECT_ERROR(ws->insertParagraph(id, id, 0, para(QStringLiteral("x")), QStringLiteral("parts")),
                 Error::Code::Data);
    EXPECT_ERROR(
        ws->insertParagraph(id, measures.id, 0, para(QStringLiteral("x")), QStringLiteral("preamble")),
        Error::Code::Data);
    EXPECT_ERROR(ws->insertParagraph(id, fact.id, 0, para(QStringLiteral("x"))), Error::Code::Data);
    EXPECT_ERROR(ws->insertParagraph(id, newId(), 0, para(QStringLiteral("x"))), Error::Code::Data);
    EXPECT_ERROR(ws->insertPoint(id, body.id, 0, point(QStringLiteral("x"))), Error::Code::Data);
    EXPECT_ERROR(ws->insertFact(id, measures.id, 0, Fact{newId(), QStringLiteral("x"), {}, {}, {}}),
                 Error::Code::Data);
    EXPECT_ERROR(ws->insertFact(id, measures.sections[1].id, 0, fact), Error::Code::Data);  // id already used
    EXPECT_ERROR(ws->insertSection(id, measures.sections[0].id, 0, added), Error::Code::Data);
    EXPECT_ERROR(ws->insertParagraph(id, measures.id, 0, body), Error::Code::Data);  // id already used
    EXPECT_ERROR(ws->insertPart(id, 0, first), Error::Code::Data);
    EXPECT_ERROR(ws->insertParagraph(newId(), id, 0, para(QStringLiteral("x")), QStringLiteral("preamble")),
                 Error::Code::Data);
    check("refused inserts change nothing");

    // Moves: back, forward, to the end, onto itself.
    ASSERT_OK(ws->moveNode(id, expected.parts[4].id, 0));
    expected.parts.move(4, 0);
    check("move part back");
    ASSERT_OK(ws->moveNode(id, expected.parts[0].id, 3));
    expected.parts.move(0, 3);
    check("move part forward");
    ASSERT_OK(ws->moveNode(id, expected.parts[1].id, -1));  // the measures part, to the end
    expected.parts.move(1, expected.parts.size() - 1);
    ASSERT_EQ(expected.parts.last().kind, PartKind::Measures);
    QList<Point> &points = expected.parts.last().sections[0].body.points;
    ASSERT_OK(ws->moveNode(id, points[3].id, 0));
    points.move(3, 0);
    ASSERT_OK(ws->moveNode(id, points[1].id, 1));
    check("more moves");

    // Removals: a paragraph in the middle, a point, a fact, and a whole part with its subtree.
    const int measuresIndex = int(expected.parts.size()) - 1;
    Section &s0 = expected.parts[measuresIndex].sections[0];
    const QUuid s0Id = s0.id;
    ASSERT_OK(ws->removeNode(id, s0.body.paragraphs[1].id));
    s0.body.paragraphs.removeAt(1);
    ASSERT_OK(ws->removeNode(id, s0.body.points[0].id));
    s0.body.points.removeAt(0);
    ASSERT_OK(ws->removeNode(id, s0.facts[0].id));
    s0.facts.removeAt(0);
    ASSERT_OK(ws->removeNode(id, expected.preamble[0].id));
    expected.preamble.removeAt(0);
    check("remove leaves");
    ASSERT_OK(ws->removeNode(id, expected.parts[measuresIndex].id));
    expected.parts.removeAt(measuresIndex);
    check("remove a part with its subtree");
    EXPECT_ERROR(ws->removeNode(id, s0Id), Error::Code::Data);  // went with its part
    EXPECT_ERROR(ws->moveNode(id, newId(), 0), Error::Code::Data);
    EXPECT_ERROR(ws->removeNode(id, id), Error::Code::Data);
}

TEST_F(WorkspaceTest, ReplaceReportKeepsIdStatusAndCreationTime)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report original = richReport();
    ASSERT_OK(ws->insertReport(original));
    Report other = richReport();
    ASSERT_OK(ws->insertReport(other));

    Report replacement = makeTemplateReport(QStringLiteral("陶庄镇"), 2024);
    replacement.id = original.id;
    replacement.status = ReportStatus::Published;  // not taken: status goes through setStatus
    replacement.parts[0].sections[0].lead = QStringLiteral("审阅后的引领句。");
    replacement.importNotes = {
        ImportNote{ImportNoteKind::Warning, QUuid(), QString(), QString(), QStringLiteral("note")}};
    ASSERT_OK(ws->replaceReport(replacement));

    auto loaded = ws->loadReport(original.id);
    ASSERT_OK(loaded);
    Report expected = replacement;
    expected.status = original.status;
    expected.createdAt = original.createdAt;
    expected.updatedAt = loaded->updatedAt;
    EXPECT_EQ(jsonText(loaded.value()), jsonText(expected));
    EXPECT_EQ(ws->knownChangeCounter(original.id), 2);
    EXPECT_EQ(sparseSiblingLists(file()), 0);
    // The other report is untouched and nothing of the old content is left.
    EXPECT_EQ(jsonText(ws->loadReport(other.id).value()), jsonText(other));
    RawDb db(file());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM nodes")).toInt(),
              nodeCount(expected) + nodeCount(other));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM import_notes")).toInt(),
              1 + other.importNotes.size());

    Report unknown = replacement;
    unknown.id = newId();
    EXPECT_ERROR(ws->replaceReport(unknown), Error::Code::Data);
    Report duplicated = replacement;
    duplicated.parts[1].id = duplicated.parts[0].id;
    EXPECT_ERROR(ws->replaceReport(duplicated), Error::Code::Data);
    EXPECT_EQ(ws->knownChangeCounter(original.id), 2);
}

TEST_F(WorkspaceTest, DeleteReportCascades)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report gone = richReport();
    const Report kept = richReport(QStringLiteral("戴南镇人民政府"), 2022);
    ASSERT_OK(ws->insertReport(gone));
    ASSERT_OK(ws->insertReport(kept));
    ASSERT_OK(ws->deleteReport(gone.id));
    EXPECT_EQ(ws->knownChangeCounter(gone.id), 0);
    EXPECT_ERROR(ws->loadReport(gone.id), Error::Code::Data);
    EXPECT_ERROR(ws->deleteReport(gone.id), Error::Code::Data);
    EXPECT_ERROR(ws->setNodeField(gone.id, gone.closing[0].id, QStringLiteral("text"), QStringLiteral("x")),
                 Error::Code::Data);
    EXPECT_EQ(jsonText(ws->loadReport(kept.id).value()), jsonText(kept));
    RawDb db(file());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM nodes")).toInt(), nodeCount(kept));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM import_notes")).toInt(),
              kept.importNotes.size());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reports")).toInt(), 1);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

TEST_F(WorkspaceTest, IgnoredFindingsAreKeptBesideTheReport)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));
    EXPECT_TRUE(ws->ignoredFindings(r.id).value().isEmpty());
    const QDateTime updated = ws->loadReport(r.id)->updatedAt;
    const qint64 counter = ws->knownChangeCounter(r.id);

    check::Finding f;
    f.rule = QStringLiteral("paired-punctuation");
    f.node = r.closing[0].id;
    f.context = QStringLiteral("开展“法律进村活动");
    check::Finding whole;
    whole.rule = QStringLiteral("required-part");
    whole.node = r.id;
    check::IgnoreList list;
    list.add(f, QStringLiteral("原文如此"), QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
    list.add(whole, QString(), QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC));
    ASSERT_OK(ws->setIgnoredFindings(r.id, list));
    EXPECT_EQ(ws->ignoredFindings(r.id).value(), list);
    auto other = mustOpen(file());
    EXPECT_EQ(other->ignoredFindings(r.id).value(), list) << "stored, not only remembered";

    // Not a change to the report: its counter and time stay, so no other window sees a conflict.
    EXPECT_EQ(ws->loadReport(r.id)->updatedAt, updated);
    EXPECT_EQ(ws->knownChangeCounter(r.id), counter);

    ASSERT_OK(ws->setIgnoredFindings(r.id, check::IgnoreList()));
    EXPECT_TRUE(ws->ignoredFindings(r.id).value().isEmpty());
    RawDb db(file());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM check_ignores")).toInt(), 0);
    ASSERT_OK(ws->setIgnoredFindings(r.id, list));
    ASSERT_OK(ws->deleteReport(r.id));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM check_ignores")).toInt(), 0) << "deleted with the report";
    EXPECT_ERROR(ws->setIgnoredFindings(r.id, list), Error::Code::Data);
    EXPECT_ERROR(ws->ignoredFindings(r.id), Error::Code::Data);
}

// Schema 5 keeps import notes as a code and its arguments; a note stored before (its sentence only)
// opens as it was, and shows that sentence.
TEST_F(WorkspaceTest, AVersion4WorkspaceKeepsItsImportNotesAsSentences)
{
    Report r = richReport();
    r.details.documentNumber.clear();
    r.importNotes.removeLast();  // the one with a code
    {
        auto ws = mustOpen(file());
        ASSERT_TRUE(ws);
        ASSERT_OK(ws->insertReport(r));
    }
    {
        RawDb db(file());
        db.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN document_number"));
        db.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN code"));
        db.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN args"));
        db.exec(QStringLiteral("PRAGMA user_version = 4"));
    }
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report back = ws->loadReport(r.id).value();
    EXPECT_EQ(jsonText(back), jsonText(r));
    ASSERT_EQ(back.importNotes.size(), 2);
    EXPECT_TRUE(back.importNotes.first().code.isEmpty());
    EXPECT_EQ(importNoteText(back.importNotes.first()), QStringLiteral("A missing numeral was restored."));
    // And the file is at the new version: a note with a code and a 文号 are kept from now on.
    Report updated = back;
    updated.id = newId();
    updated.details.documentNumber = QStringLiteral("陶政发〔2024〕5号");
    updated.importNotes.append(ImportNote{ImportNoteKind::Inferred, QUuid(), QString(), QStringLiteral("2023"),
                                          QString(), ImportNoteCode::FieldInferred,
                                          {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("2023")}});
    ASSERT_OK(ws->insertReport(updated));
    const Report again = ws->loadReport(updated.id).value();
    EXPECT_EQ(again.details.documentNumber, updated.details.documentNumber);
    EXPECT_EQ(again.importNotes.last().code, ImportNoteCode::FieldInferred);
    EXPECT_EQ(again.importNotes.last().args, updated.importNotes.last().args);
}

TEST_F(WorkspaceTest, AVersion2WorkspaceIsUpgradedWithItsReports)
{
    Report r = richReport();
    // What a version 2 file could not hold (schema 5): the 文号 and notes kept as a code.
    r.details.documentNumber.clear();
    r.importNotes.removeLast();
    {
        auto ws = mustOpen(file());
        ASSERT_TRUE(ws);
        ASSERT_OK(ws->insertReport(r));
    }
    {
        RawDb db(file());
        db.exec(QStringLiteral("DROP TABLE check_ignores"));
        db.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN received"));
        db.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN document_number"));
        db.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN code"));
        db.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN args"));
        db.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    EXPECT_EQ(jsonText(ws->loadReport(r.id).value()), jsonText(r));

    // The file as it was is kept in its backups (storage/Backups.h), as a workspace of that version.
    const QList<BackupInfo> backups = listBackups(file());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupReason::BeforeUpgrade);
    const QString backup = backups.first().path;
    {
        RawDb old(backup);
        EXPECT_EQ(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        EXPECT_EQ(old.scalar(QStringLiteral("SELECT COUNT(*) FROM reports")).toInt(), 1);
        EXPECT_EQ(old.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'check_ignores'")).toInt(), 0);
    }

    check::IgnoreList list;
    check::Finding f;
    f.rule = QStringLiteral("required-part");
    f.node = r.id;
    list.add(f, QStringLiteral("另行报送"));
    ASSERT_OK(ws->setIgnoredFindings(r.id, list));
    RawDb db(file());
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), storage::schemaVersion());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM check_ignores")).toInt(), 1);
    ws.reset();

    // A second upgrade of the same name does not overwrite the first copy.
    {
        RawDb again(file());
        again.exec(QStringLiteral("DROP TABLE check_ignores"));
        again.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN received"));
        again.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN document_number"));
        again.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN code"));
        again.exec(QStringLiteral("ALTER TABLE import_notes DROP COLUMN args"));
        again.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    const QByteArray firstCopy = fileHash(backup);
    ASSERT_TRUE(mustOpen(file()));
    EXPECT_EQ(fileHash(backup), firstCopy);
    EXPECT_EQ(listBackups(file()).size(), 2);
}

// ---------------------------------------------------------------------------------------------
// Listing

TEST_P(StoreTest, ListIsOrderedByYearDescendingThenOrganization)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const QList<QPair<int, QString>> entries = {
        {2022, QStringLiteral("B镇")}, {2023, QStringLiteral("A镇")}, {2023, QStringLiteral("C镇")},
        {2021, QStringLiteral("A镇")}, {2023, QStringLiteral("B镇")}, {2024, QStringLiteral("Z街道")}};
    for (const auto &[year, org] : entries) {
        Report r = makeTemplateReport(org, year);
        if (year == 2021)
            r.details.title = QStringLiteral("自定标题");
        ASSERT_OK(ws->insertReport(r));
    }
    auto list = ws->listReports();
    ASSERT_OK(list);
    QStringList order;
    for (const ReportSummary &s : list.value())
        order.append(QStringLiteral("%1 %2").arg(s.year).arg(s.organization));
    EXPECT_EQ(order.join(QStringLiteral(", ")),
              QStringLiteral("2024 Z街道, 2023 A镇, 2023 B镇, 2023 C镇, 2022 B镇, 2021 A镇"));
    EXPECT_EQ(list->at(1).title, QStringLiteral("A镇2023年度法治政府建设情况报告"));
    EXPECT_EQ(list->last().title, QStringLiteral("自定标题"));
    EXPECT_TRUE(list->first().updatedAt.isValid());
    EXPECT_EQ(ws->knownChangeCounter(list->first().id), 1);  // inserted here
    auto fresh = mustOpen(file());
    ASSERT_TRUE(fresh);
    ASSERT_OK(fresh->listReports());
    EXPECT_EQ(fresh->knownChangeCounter(list->first().id), 0);  // listing is not "seeing"
}

// ---------------------------------------------------------------------------------------------
// Concurrency

TEST_P(StoreTest, ConflictBetweenTwoObjectsOnTheSameFile)
{
    auto first = mustOpen(file());
    auto second = mustOpen(file());
    ASSERT_TRUE(first && second);
    const Report r = richReport();
    ASSERT_OK(first->insertReport(r));
    ASSERT_OK(second->loadReport(r.id));
    const QUuid paragraph = r.parts[0].sections[0].body.paragraphs[0].id;
    const QString text = QStringLiteral("text");

    ASSERT_OK(first->setNodeField(r.id, paragraph, text, QStringLiteral("第一个窗口的修改。")));
    EXPECT_ERROR(second->setNodeField(r.id, paragraph, text, QStringLiteral("第二个窗口的修改。")),
                 Error::Code::Conflict);

    // Every kind of change is refused the same way, and nothing is written.
    const Report afterFirst = first->loadReport(r.id).value();
    EXPECT_ERROR(second->setDetail(r.id, QStringLiteral("title"), QStringLiteral("x")),
                 Error::Code::Conflict);
    EXPECT_ERROR(second->setStatus(r.id, ReportStatus::Approved), Error::Code::Conflict);
    EXPECT_ERROR(second->insertParagraph(r.id, r.id, 0, para(QStringLiteral("x")), QStringLiteral("closing")),
                 Error::Code::Conflict);
    EXPECT_ERROR(second->insertPart(r.id, 0, Part{}), Error::Code::Conflict);
    EXPECT_ERROR(second->removeNode(r.id, r.parts[1].id), Error::Code::Conflict);
    EXPECT_ERROR(second->moveNode(r.id, r.parts[1].id, 0), Error::Code::Conflict);
    EXPECT_ERROR(second->replaceReport(r), Error::Code::Conflict);
    EXPECT_ERROR(second->deleteReport(r.id), Error::Code::Conflict);
    {
        auto third = mustOpen(file());
        ASSERT_TRUE(third);
        auto seen = third->loadReport(r.id);
        ASSERT_OK(seen);
        EXPECT_EQ(seen->parts[0].sections[0].body.paragraphs[0].text, QStringLiteral("第一个窗口的修改。"));
        EXPECT_EQ(jsonText(seen.value()), jsonText(afterFirst));
        EXPECT_EQ(third->knownChangeCounter(r.id), first->knownChangeCounter(r.id));
    }

    // After reloading, the second object's edit goes through; now the first one is stale.
    ASSERT_OK(second->loadReport(r.id));
    ASSERT_OK(second->setNodeField(r.id, paragraph, text, QStringLiteral("第二个窗口的修改。")));
    EXPECT_ERROR(first->setNodeField(r.id, paragraph, text, QStringLiteral("又一次修改。")),
                 Error::Code::Conflict);
    ASSERT_OK(first->loadReport(r.id));
    ASSERT_OK(first->setNodeField(r.id, paragraph, text, QStringLiteral("又一次修改。")));
    EXPECT_EQ(first->loadReport(r.id)->parts[0].sections[0].body.paragraphs[0].text,
              QStringLiteral("又一次修改。"));

    // A report deleted elsewhere is gone for the stale object too.
    ASSERT_OK(first->deleteReport(r.id));
    EXPECT_ERROR(second->setNodeField(r.id, paragraph, text, QStringLiteral("x")), Error::Code::Data);
}

TEST_F(WorkspaceTest, AReportNeverSeenMayBeEditedAndIsCheckedFromThenOn)
{
    auto first = mustOpen(file());
    ASSERT_TRUE(first);
    const Report r = richReport();
    ASSERT_OK(first->insertReport(r));
    ASSERT_OK(first->setStatus(r.id, ReportStatus::Returned));

    auto cli = mustOpen(file());  // like `fazhi-cli set …`: opens, edits by id, exits
    ASSERT_TRUE(cli);
    EXPECT_EQ(cli->knownChangeCounter(r.id), 0);
    ASSERT_OK(cli->setDetail(r.id, QStringLiteral("addressee"), QStringLiteral("县委、县政府")));
    EXPECT_EQ(cli->knownChangeCounter(r.id), 3);
    EXPECT_ERROR(first->setDetail(r.id, QStringLiteral("addressee"), QStringLiteral("市委")),
                 Error::Code::Conflict);
    EXPECT_EQ(cli->loadReport(r.id)->details.addressee, QStringLiteral("县委、县政府"));

    // Once seen (here through its own write), the report is checked for that object too.
    ASSERT_OK(first->loadReport(r.id));
    ASSERT_OK(first->setDetail(r.id, QStringLiteral("addressee"), QStringLiteral("市委")));
    EXPECT_ERROR(cli->setDetail(r.id, QStringLiteral("addressee"), QStringLiteral("县委")),
                 Error::Code::Conflict);
    EXPECT_EQ(first->loadReport(r.id)->details.addressee, QStringLiteral("市委"));
}

// ---------------------------------------------------------------------------------------------
// Files that are not (healthy, current) workspaces

class WorkspaceForeignFile : public WorkspaceTest {
protected:
    // Opens `path`, expects `code`, and checks the file is byte-for-byte what it was.
    void expectRefused(const QString &path, Error::Code code, bool noSidecars,
                       Workspace::Integrity integrity = Workspace::Integrity::BeforeOpening)
    {
        const QByteArray before = fileHash(path);
        ASSERT_FALSE(before.isEmpty());
        const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
        auto ws = Workspace::open(path, integrity);
        ASSERT_FALSE(ws.ok()) << path.toStdString() << " was opened";
        EXPECT_STREQ(codeName(ws.error().code), codeName(code)) << ws.error().message.toStdString();
        EXPECT_TRUE(ws.error().message.contains(QFileInfo(path).fileName()))
            << ws.error().message.toStdString();
        EXPECT_EQ(fileHash(path), before) << "the file was modified";
        if (noSidecars) {
            EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore);
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
        }
    }

    // A closed workspace with enough reports to span many pages.
    void makeWorkspace(const QString &path, int reports)
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        for (int i = 0; i < reports; ++i)
            ASSERT_OK(ws->insertReport(richReport(QStringLiteral("镇%1").arg(i), 2000 + i)));
    }
};

TEST_F(WorkspaceForeignFile, TextFile)
{
    const QString path = file(QStringLiteral("notes.txt"));
    fazhi::test::writeBytes(path, QStringLiteral("这不是工作区。\r\nJust text.\r\n").toUtf8());
    expectRefused(path, Error::Code::Data, true);
}

TEST_F(WorkspaceForeignFile, RandomBinary)
{
    QByteArray bytes(64 * 1024, '\0');
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString path = file(QStringLiteral("random.bin"));
    fazhi::test::writeBytes(path, bytes);
    expectRefused(path, Error::Code::Data, true);

    const QString shortPath = file(QStringLiteral("short.fazhi"));
    fazhi::test::writeBytes(shortPath, QByteArray("SQLite format 3\0garbage", 23));
    expectRefused(shortPath, Error::Code::Data, true);
}

TEST_F(WorkspaceForeignFile, OtherSqliteDatabases)
{
    const QString plain = file(QStringLiteral("other.db"));
    {
        RawDb db(plain);
        db.exec(QStringLiteral("CREATE TABLE things (a, b)"));
        db.exec(QStringLiteral("INSERT INTO things VALUES (1, 'x')"));
    }
    expectRefused(plain, Error::Code::Data, true);

    const QString wal = file(QStringLiteral("other-wal.db"));
    {
        RawDb db(wal);
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.exec(QStringLiteral("CREATE TABLE things (a, b)"));
        db.exec(QStringLiteral("INSERT INTO things VALUES (1, 'x')"));
    }
    ASSERT_FALSE(QFileInfo::exists(wal + QStringLiteral("-wal")));
    expectRefused(wal, Error::Code::Data, true);

    const QString otherApp = file(QStringLiteral("other-app.db"));
    {
        RawDb db(otherApp);
        db.exec(QStringLiteral("PRAGMA application_id = 1234"));
        db.exec(QStringLiteral("CREATE TABLE reports (a)"));
    }
    expectRefused(otherApp, Error::Code::Data, true);

    const QString empty = file(QStringLiteral("empty-schema.db"));
    {
        RawDb db(empty);
        db.exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    expectRefused(empty, Error::Code::Data, true);

    // Refused from the header alone, also when the deep scan is left for later.
    for (const QString &path : {plain, wal, otherApp, empty})
        expectRefused(path, Error::Code::Data, true, Workspace::Integrity::InBackground);
}

TEST_F(WorkspaceForeignFile, OursWithoutASchema)
{
    const QString path = file();
    {
        RawDb db(path);
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kFazhiApplicationId));
        db.exec(QStringLiteral("CREATE TABLE reports (a)"));
    }
    expectRefused(path, Error::Code::Data, true);
    expectRefused(path, Error::Code::Data, true, Workspace::Integrity::InBackground);
}

TEST_F(WorkspaceForeignFile, TruncatedWorkspace)
{
    const QString path = file();
    makeWorkspace(path, 30);
    QFile f(path);
    ASSERT_GT(f.size(), 64 * 1024);
    ASSERT_TRUE(f.resize(f.size() / 2));
    expectRefused(path, Error::Code::Data, false);
}

TEST_F(WorkspaceForeignFile, CorruptedWorkspace)
{
    const QString path = file();
    makeWorkspace(path, 30);
    ASSERT_TRUE(fazhi::test::damagePages(path));
    expectRefused(path, Error::Code::Data, false);
}

TEST_F(WorkspaceForeignFile, BackgroundScanOfAHealthyFileAllowsWrites)
{
    const QString path = file();
    makeWorkspace(path, 5);
    auto ws = Workspace::open(path, Workspace::Integrity::InBackground);
    ASSERT_OK(ws);
    ASSERT_OK(ws.value()->integrityCheck().result());
    const QUuid id = ws.value()->listReports()->first().id;
    ASSERT_OK(ws.value()->setDetail(id, QStringLiteral("addressee"), QStringLiteral("区委")));
    EXPECT_EQ(ws.value()->loadReport(id)->details.addressee, QStringLiteral("区委"));
}

TEST_F(WorkspaceForeignFile, DamageFoundInTheBackgroundRefusesEveryWrite)
{
    const QString path = file();
    makeWorkspace(path, 30);
    ASSERT_TRUE(fazhi::test::damagePages(path));
    const QByteArray before = fileHash(path);
    {
        auto ws = Workspace::open(path, Workspace::Integrity::InBackground);
        ASSERT_OK(ws);  // the cheap checks pass; the scan runs on
        const Status verdict = ws.value()->integrityCheck().result();
        ASSERT_FALSE(verdict.ok());
        EXPECT_STREQ(codeName(verdict.error().code), codeName(Error::Code::Data));
        EXPECT_TRUE(verdict.error().message.contains(QFileInfo(path).fileName()));
        // Every write gives the same error and writes nothing.
        const auto inserted = ws.value()->insertReport(richReport(QStringLiteral("新镇"), 2030));
        ASSERT_FALSE(inserted.ok());
        EXPECT_EQ(inserted.error().message, verdict.error().message);
        EXPECT_FALSE(ws.value()->deleteReport(QUuid::createUuid()).ok());
    }
    EXPECT_EQ(fileHash(path), before) << "the file was modified";
}

TEST_F(WorkspaceForeignFile, AWalLeftByACrashIsScannedBeforeOpening)
{
    const QString path = file();
    makeWorkspace(path, 30);
    ASSERT_TRUE(fazhi::test::damagePages(path));
    fazhi::test::writeBytes(path + QStringLiteral("-wal"), QByteArray(4096, 'x'));
    const QByteArray before = fileHash(path);
    auto ws = Workspace::open(path, Workspace::Integrity::InBackground);
    ASSERT_FALSE(ws.ok());
    EXPECT_STREQ(codeName(ws.error().code), codeName(Error::Code::Data));
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(WorkspaceForeignFile, WorkspaceFromANewerVersion)
{
    const QString path = file();
    makeWorkspace(path, 2);
    {
        RawDb db(path);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    expectRefused(path, Error::Code::State, true);  // refused from the header alone
    expectRefused(path, Error::Code::State, true, Workspace::Integrity::InBackground);
}

TEST_F(WorkspaceForeignFile, NewerVersionStillInTheWal)
{
    // The main file's header still says version 1; only the WAL knows better. The read-only SQLite
    // check must catch it, and must not checkpoint into the main file.
    const QString path = file();
    makeWorkspace(path, 2);
    RawDb holder(path);  // keeps the WAL from being checkpointed at close
    holder.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    holder.exec(QStringLiteral("PRAGMA user_version = 7"));
    ASSERT_TRUE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    expectRefused(path, Error::Code::State, false);
}

TEST_F(WorkspaceForeignFile, FolderAndUnreadablePaths)
{
    auto ws = Workspace::open(m_dir.path());
    ASSERT_FALSE(ws.ok());
    EXPECT_STREQ(codeName(ws.error().code), "Io");
    EXPECT_ERROR(Workspace::open(QString()), Error::Code::Io);
}

// ---------------------------------------------------------------------------------------------
// Durability: a writer killed at random moments loses nothing it reported as saved.

namespace {

qint64 editCounter(const QString &text)
{
    if (!text.startsWith(QStringLiteral("edit ")))
        return 0;  // still the original text
    return text.mid(5).toLongLong();
}

// What the durability child reported: the last complete "saved" line per paragraph.
struct ReportedSaves {
    QHash<QUuid, qint64> last;
    qint64 lastCounter = 0;
    qint64 count = 0;
};

ReportedSaves reportedSaves(const QByteArray &out)
{
    ReportedSaves saves;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() != 3 || words[0] != "saved" || !out.contains(line + '\n'))
            continue;
        const qint64 counter = words[2].toLongLong();
        saves.last[QUuid::fromString(QString::fromLatin1(words[1]))] = counter;
        saves.lastCounter = std::max(saves.lastCounter, counter);
        ++saves.count;
    }
    return saves;
}

// The text of every paragraph the child may edit, by id.
QHash<QUuid, QString> paragraphTexts(const Report &report)
{
    QHash<QUuid, QString> texts;
    for (const auto &p : report.preamble)
        texts[p.id] = p.text;
    for (const auto &part : report.parts) {
        for (const auto &p : part.intro.paragraphs)
            texts[p.id] = p.text;
        for (const auto &s : part.sections)
            for (const auto &p : s.body.paragraphs)
                texts[p.id] = p.text;
    }
    return texts;
}

// Reads the child's output until it has reported `count` more saves (or stopped, or 20 s passed).
void waitForSaves(QProcess &process, QByteArray &out, int count)
{
    const qint64 before = reportedSaves(out).count;
    QElapsedTimer t;
    t.start();
    while (reportedSaves(out).count < before + count && t.elapsed() < 20000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(20);
        out += process.readAllStandardOutput();
    }
}

}  // namespace

TEST_F(WorkspaceTest, DurabilityKilledWriterLosesNoReportedSave)
{
    const QString child = fazhi::test::binPath(QStringLiteral("fazhi-durability-child"));
    ASSERT_TRUE(QFileInfo::exists(child)) << child.toStdString() << " is not built";
    const QString path = file();
    Report report = richReport();
    QList<QUuid> ids;
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        ASSERT_OK(ws->insertReport(report));
        ids = fazhi::test::durabilityParagraphs(report);
    }
    ASSERT_GE(ids.size(), 5);

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(::testing::Message() << "random seed " << seed);
    QRandomGenerator rng(seed);
    QHash<QUuid, qint64> inFile;  // the counter each paragraph holds (0: original text)
    qint64 firstCounter = 1;
    qint64 totalReported = 0;
    QElapsedTimer clock;
    clock.start();
    constexpr int kKills = 24;
    for (int run = 0; run < kKills; ++run) {
        SCOPED_TRACE(::testing::Message() << "run " << run);
        QProcess process;
        process.start(child, {path, report.id.toString(QUuid::WithoutBraces), QString::number(firstCounter)});
        ASSERT_TRUE(process.waitForStarted(10000)) << process.errorString().toStdString();
        QByteArray out;
        // Every fourth run is killed early (maybe before it opened the file); the others once they are
        // saving, after a random delay, so kills land in commits and in WAL checkpoints.
        QElapsedTimer t;
        t.start();
        if (run % 4 != 0) {
            while (!out.contains("saved") && t.elapsed() < 10000 && process.state() == QProcess::Running) {
                process.waitForReadyRead(20);
                out += process.readAllStandardOutput();
            }
            ASSERT_TRUE(out.contains("saved"))
                << "child did not save: " << process.readAllStandardError().toStdString();
        }
        const int delay = int(rng.bounded(run % 4 == 0 ? 40 : 300));
        t.restart();
        while (t.elapsed() < delay && process.state() == QProcess::Running) {
            process.waitForReadyRead(5);
            out += process.readAllStandardOutput();
        }
        ASSERT_EQ(process.state(), QProcess::Running)
            << "child stopped: " << process.readAllStandardError().toStdString();
        process.kill();
        ASSERT_TRUE(process.waitForFinished(10000));
        out += process.readAllStandardOutput();
        EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);

        const ReportedSaves saves = reportedSaves(out);
        const QHash<QUuid, qint64> &reported = saves.last;
        const qint64 lastReported = saves.lastCounter;
        totalReported += saves.count;
        // At most one save may have completed without being reported: the one after the last report.
        const qint64 unreported = lastReported ? lastReported + 1 : firstCounter;
        const QUuid unreportedNode = ids.at(int(unreported % ids.size()));

        {
            RawDb db(path);  // the file as the kill left it (with its WAL)
            EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        auto loaded = ws->loadReport(report.id);
        ASSERT_OK(loaded);
        const QList<QUuid> loadedIds = fazhi::test::durabilityParagraphs(loaded.value());
        ASSERT_EQ(loadedIds, ids);
        const QHash<QUuid, QString> texts = paragraphTexts(loaded.value());
        for (const QUuid &id : ids) {
            const qint64 expected = reported.value(id, inFile.value(id, 0));
            const qint64 actual = editCounter(texts.value(id));
            if (actual != expected) {
                EXPECT_TRUE(id == unreportedNode && actual == unreported)
                    << "paragraph " << id.toString().toStdString() << " holds edit " << actual
                    << ", expected " << expected << " (or the unreported " << unreported << ")";
            }
            inFile[id] = actual;
        }
        firstCounter = unreported + 1;
    }
    EXPECT_GT(totalReported, kKills) << "the child hardly saved anything";
    RecordProperty("saves_reported", int(totalReported));
    RecordProperty("elapsed_ms", int(clock.elapsed()));
}

// Issue 20, finding 0: the CLI run beside the desktop app must not delete the app's -wal and -shm
// (the app's integrity scan used to read the file's header with QFile while its connection was open,
// which drops the process's POSIX locks). Then a kill loses no acknowledged edit.
TEST_F(WorkspaceTest, CliBesideTheOpenAppDeletesNothingAndAKillLosesNoSave)
{
    const QString child = fazhi::test::binPath(QStringLiteral("fazhi-durability-child"));
    ASSERT_TRUE(QFileInfo::exists(child)) << child.toStdString() << " is not built";
    const QString path = file();
    Report report = richReport();
    {
        auto ws = mustOpen(path);
        ASSERT_TRUE(ws);
        ASSERT_OK(ws->insertReport(report));
    }
    const QList<QUuid> ids = fazhi::test::durabilityParagraphs(report);
    const QString id = report.id.toString(QUuid::WithoutBraces);

    QProcess app;
    app.start(child, {path, id, QStringLiteral("1"), QStringLiteral("--like-app")});
    ASSERT_TRUE(app.waitForStarted(10000)) << app.errorString().toStdString();
    QByteArray out;
    waitForSaves(app, out, 5);
    ASSERT_GE(reportedSaves(out).count, 5) << app.readAllStandardError().toStdString();

    for (const QStringList &command : {QStringList{QStringLiteral("show"), id}, QStringList{QStringLiteral("list")},
                                       QStringList{QStringLiteral("history"), id}}) {
        const auto cli = fazhi::test::runCli(QStringList{QStringLiteral("--workspace"), path} + command);
        EXPECT_EQ(cli.exitCode, 0) << command.join(u' ').toStdString() << ": " << cli.errText().toStdString();
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")))
            << "fazhi-cli " << command.join(u' ').toStdString() << " deleted the open workspace's -wal";
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-shm")));
        waitForSaves(app, out, 20);
    }
    // The CLI reads what the app has saved, not a stale file.
    const ReportedSaves seen = reportedSaves(out);
    const auto shown = fazhi::test::runCli({QStringLiteral("--workspace"), path, QStringLiteral("show"), id,
                                            QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.errText().toStdString();
    qint64 newestShown = 0;
    const QRegularExpression edit(QStringLiteral("\"edit (\\d+)\""));
    for (auto m = edit.globalMatch(shown.outText()); m.hasNext();)
        newestShown = std::max(newestShown, m.next().captured(1).toLongLong());
    EXPECT_GE(newestShown, seen.lastCounter) << "the CLI read an older file than the app had saved";

    ASSERT_EQ(app.state(), QProcess::Running) << app.readAllStandardError().toStdString();
    app.kill();
    ASSERT_TRUE(app.waitForFinished(10000));
    out += app.readAllStandardOutput();
    const ReportedSaves saves = reportedSaves(out);
    ASSERT_GT(saves.count, 50);

    auto ws = mustOpen(path);
    ASSERT_TRUE(ws);
    auto loaded = ws->loadReport(report.id);
    ASSERT_OK(loaded);
    const QHash<QUuid, QString> texts = paragraphTexts(loaded.value());
    const qint64 unreported = saves.lastCounter + 1;
    for (const QUuid &node : ids) {
        const qint64 actual = editCounter(texts.value(node));
        const qint64 expected = saves.last.value(node, 0);
        if (actual != expected) {
            EXPECT_TRUE(node == ids.at(int(unreported % ids.size())) && actual == unreported)
                << "paragraph " << node.toString().toStdString() << " holds edit " << actual << ", expected "
                << expected;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bidirectional controls, which could make displayed text lie

TEST(WorkspaceTextSanitize, BidiControlsAreDropped)
{
    // "txt.exe" shown as "exe.txt", an isolate, the marks: all invisible reordering.
    const QString lying = QStringLiteral("报告\u202Eexe.txt\u202C结束\u2066甲\u2069\u200E乙\u200F\u061C丙\u202A\u202B\u202D\u2067\u2068");
    EXPECT_EQ(sanitizeFieldText(lying), QStringLiteral("报告exe.txt结束甲乙丙"));
    EXPECT_EQ(removeUnencodable(lying), QStringLiteral("报告exe.txt结束甲乙丙"));
    // Around a line break they are junk like the other controls: the break still joins as before.
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("rule of\u202E\nlaw")), QStringLiteral("rule of law"));
    // Arabic and Hebrew letters themselves stay.
    EXPECT_EQ(sanitizeFieldText(QStringLiteral("\u0627\u05D0")), QStringLiteral("\u0627\u05D0"));
}

TEST_P(StoreTest, BidiControlsNeverReachTheFile)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    Report r = makeTemplateReport(QStringLiteral("示例镇\u202E人民政府"), 2023);
    r.preamble.append(test::para(QStringLiteral("前言\u2066甲\u2069")));
    const Result<QUuid> id = ws->insertReport(r);
    ASSERT_OK(id);
    ASSERT_OK(ws->setNodeField(id.value(), r.preamble.first().id, QStringLiteral("text"), QStringLiteral("改\u202D后")));
    const Result<Report> back = ws->loadReport(id.value());
    ASSERT_OK(back);
    EXPECT_EQ(back->details.organization, QStringLiteral("示例镇人民政府"));
    EXPECT_EQ(back->preamble.first().text, QStringLiteral("改后"));
}

// ---------------------------------------------------------------------------------------------
// Limits (model/Limits.h) on every write: the CLI's edit and review copies write too

TEST_P(StoreTest, FieldLengthLimitIsEnforcedOnEveryWrite)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2023);
    r.preamble.append(test::para(QStringLiteral("前言。")));
    const Result<QUuid> id = ws->insertReport(r);
    ASSERT_OK(id);
    const QUuid paragraph = r.preamble.first().id;
    const QString limit = QString::number(limits::kMaxFieldLength);
    const QString longest(limits::kMaxFieldLength, QChar(u'字'));
    const QString tooLong = longest + QStringLiteral("多");

    auto expectRefused = [&](const Status &s, const char *what) {
        ASSERT_FALSE(s.ok()) << what;
        EXPECT_EQ(s.error().code, Error::Code::Data) << what;
        EXPECT_TRUE(s.error().message.contains(limit)) << what << ": " << s.error().message.toStdString();
        EXPECT_TRUE(s.error().message.contains(QString::number(tooLong.size()))) << what;
    };
    expectRefused(ws->setNodeField(id.value(), paragraph, QStringLiteral("text"), tooLong), "setNodeField");
    expectRefused(ws->setNodeField(id.value(), r.parts.first().id, QStringLiteral("heading"), tooLong), "heading");
    expectRefused(ws->setDetail(id.value(), QStringLiteral("title"), tooLong), "setDetail");
    expectRefused(ws->insertParagraph(id.value(), id.value(), -1, test::para(tooLong), QStringLiteral("closing")), "insertParagraph");
    expectRefused(ws->insertPoint(id.value(), r.parts.first().id, -1, test::point(tooLong)), "insertPoint");
    Part part;
    part.kind = PartKind::Custom;
    part.intro.paragraphs.append(test::para(tooLong));
    expectRefused(ws->insertPart(id.value(), -1, part), "insertPart");
    Section section;
    section.lead = tooLong;
    expectRefused(ws->insertSection(id.value(), r.parts.first().id, -1, section), "insertSection");
    Fact fact{newId(), QStringLiteral("案件"), tooLong, QStringLiteral("件"), QString()};
    expectRefused(ws->insertFact(id.value(), r.parts.first().sections.first().id, -1, fact), "insertFact");

    // Nothing of it was written.
    const Result<Report> unchanged = ws->loadReport(id.value());
    ASSERT_OK(unchanged);
    EXPECT_EQ(unchanged->preamble.first().text, QStringLiteral("前言。"));
    EXPECT_TRUE(unchanged->closing.isEmpty());
    EXPECT_EQ(unchanged->parts.size(), r.parts.size());

    // A whole report with one overlong paragraph is refused, and not stored.
    Report whole = makeTemplateReport(QStringLiteral("另一镇人民政府"), 2023);
    whole.closing.append(test::para(tooLong));
    const Result<QUuid> wholeId = ws->insertReport(whole);
    ASSERT_FALSE(wholeId.ok());
    expectRefused(Status(wholeId.error()), "insertReport");
    EXPECT_EQ(ws->listReports()->size(), 1);
    expectRefused(ws->replaceReport([&] {
        Report copy = unchanged.value();
        copy.preamble.first().text = tooLong;
        return copy;
    }()),
                  "replaceReport");

    // Exactly at the limit: stored whole.
    ASSERT_OK(ws->setNodeField(id.value(), paragraph, QStringLiteral("text"), longest));
    EXPECT_EQ(ws->loadReport(id.value())->preamble.first().text, longest);
}

TEST_P(StoreTest, NodePartAndPointLimitsAreEnforcedOnWrites)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const QString nodeLimit = QString::number(limits::kMaxNodesPerReport);

    // One node too many: refused, nothing stored.
    Report big = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2023);
    while (limits::nodeCount(big) <= limits::kMaxNodesPerReport)
        big.preamble.append(test::para(QStringLiteral("段。")));
    const Result<QUuid> refused = ws->insertReport(big);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(nodeLimit)) << refused.error().message.toStdString();
    EXPECT_TRUE(ws->listReports()->isEmpty());

    // At the limit: stored; then no insert may add a node.
    big.preamble.removeLast();
    const Result<QUuid> id = ws->insertReport(big);
    ASSERT_OK(id);
    const Status paragraph = ws->insertParagraph(id.value(), id.value(), -1, test::para(QStringLiteral("再一段。")), QStringLiteral("closing"));
    ASSERT_FALSE(paragraph.ok());
    EXPECT_TRUE(paragraph.error().message.contains(nodeLimit)) << paragraph.error().message.toStdString();
    EXPECT_FALSE(ws->insertPoint(id.value(), big.parts.first().id, -1, test::point(QStringLiteral("一点。"))).ok());
    EXPECT_EQ(ws->loadReport(id.value())->closing.size(), 0);
    // Removing one makes room for one.
    ASSERT_OK(ws->removeNode(id.value(), big.preamble.last().id));
    EXPECT_OK(ws->insertParagraph(id.value(), id.value(), -1, test::para(QStringLiteral("再一段。")), QStringLiteral("closing")));

    // Parts and points per list.
    Report r = makeTemplateReport(QStringLiteral("另一镇人民政府"), 2023);
    while (r.parts.size() < limits::kMaxPartsPerReport)
        r.parts.append(Part{newId(), PartKind::Custom, QStringLiteral("部分"), {}, {}});
    for (int i = 0; i < limits::kMaxPointsPerContainer; ++i)
        r.parts.first().sections.first().body.points.append(test::point(QStringLiteral("一点；")));
    const Result<QUuid> other = ws->insertReport(r);
    ASSERT_OK(other);
    const Status part = ws->insertPart(other.value(), -1, Part{newId(), PartKind::Custom, QStringLiteral("多一部分"), {}, {}});
    ASSERT_FALSE(part.ok());
    EXPECT_TRUE(part.error().message.contains(QString::number(limits::kMaxPartsPerReport))) << part.error().message.toStdString();
    const Status point = ws->insertPoint(other.value(), r.parts.first().sections.first().id, 0, test::point(QStringLiteral("多一点；")));
    ASSERT_FALSE(point.ok());
    EXPECT_TRUE(point.error().message.contains(QString::number(limits::kMaxPointsPerContainer)))
        << point.error().message.toStdString();
    // A whole report past a list limit is refused too.
    r.id = newId();
    r.parts.append(Part{newId(), PartKind::Custom, QStringLiteral("多一部分"), {}, {}});
    const Result<QUuid> tooManyParts = ws->insertReport(r);
    ASSERT_FALSE(tooManyParts.ok());
    EXPECT_TRUE(tooManyParts.error().message.contains(QString::number(limits::kMaxPartsPerReport)));
    EXPECT_EQ(ws->listReports()->size(), 2);
}

TEST_P(StoreTest, OverlongCommentsAreRefused)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = makeTemplateReport(QStringLiteral("示例镇人民政府"), 2023);
    const Result<QUuid> id = ws->insertReport(r);
    ASSERT_OK(id);
    Comment c;
    c.id = newId();
    c.nodeId = r.parts.first().id;
    c.field = QStringLiteral("heading");
    c.author = QStringLiteral("审核人");
    c.text = QString(limits::kMaxCommentLength + 1, QChar(u'评'));
    const Status s = ws->saveComment(id.value(), c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Data);
    EXPECT_TRUE(s.error().message.contains(QString::number(limits::kMaxCommentLength))) << s.error().message.toStdString();
    EXPECT_TRUE(ws->listComments(id.value())->isEmpty());
    c.text = QStringLiteral("请核实数据。");
    EXPECT_OK(ws->saveComment(id.value(), c));
}

// ---------------------------------------------------------------------------------------------
// On every backend: the review record, ignored findings, structural edits and deleting

TEST_P(StoreTest, ReviewRecordRevisionsEventsAndCommentsAreKept)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));

    ReviewEvent submit;
    submit.by = QStringLiteral("王拟稿");
    submit.action = ReviewAction::Submit;
    submit.statusAfter = ReportStatus::Submitted;
    auto number = ws->recordTransition(r.id, submit, true);
    ASSERT_TRUE(number.ok()) << number.error().message.toStdString();
    EXPECT_EQ(number.value(), 1);
    ASSERT_OK(ws->setNodeField(r.id, r.closing[0].id, QStringLiteral("text"), QStringLiteral("特此报告，请审阅。")));
    ReviewEvent back;
    back.by = QStringLiteral("李审核");
    back.action = ReviewAction::Return;
    back.opinion = QStringLiteral("请补充数据。");
    back.statusAfter = ReportStatus::Returned;
    EXPECT_EQ(ws->recordTransition(r.id, back, false).value(), 0);
    EXPECT_EQ(ws->recordTransition(r.id, submit, true).value(), 2);

    Comment c;
    c.id = newId();
    c.nodeId = r.closing[0].id;
    c.field = QStringLiteral("text");
    c.text = QStringLiteral("“特此报告”后加句号。");
    c.author = QStringLiteral("李审核");
    c.createdAt = QDateTime(QDate(2025, 2, 3), QTime(9, 0, 0, 5), Qt::UTC);
    ASSERT_OK(ws->saveComment(r.id, c));
    c.state = CommentState::Resolved;
    c.closedBy = QStringLiteral("王拟稿");
    c.closedAt = QDateTime(QDate(2025, 2, 4), QTime(10, 0), Qt::UTC);
    ASSERT_OK(ws->saveComment(r.id, c));  // the same id: updated, not added

    // Read back by another object: stored, not only remembered.
    auto other = mustOpen(file());
    ASSERT_TRUE(other);
    auto revisions = other->listRevisions(r.id, true);
    ASSERT_TRUE(revisions.ok());
    ASSERT_EQ(revisions->size(), 2);
    EXPECT_EQ(revisions->at(0).content.closing[0].text, r.closing[0].text) << "revision 1 as submitted";
    EXPECT_EQ(revisions->at(1).content.closing[0].text, QStringLiteral("特此报告，请审阅。"));
    EXPECT_EQ(revisions->at(1).content.status, ReportStatus::Submitted);
    auto second = other->loadRevision(r.id, 2);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->content.closing[0].text, QStringLiteral("特此报告，请审阅。"));
    EXPECT_ERROR(other->loadRevision(r.id, 3), Error::Code::Data);

    auto events = other->listEvents(r.id);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 3);
    EXPECT_EQ(events->at(0).action, ReviewAction::Submit);
    EXPECT_EQ(events->at(0).revision, 1);
    EXPECT_EQ(events->at(1).by, QStringLiteral("李审核"));
    EXPECT_EQ(events->at(1).opinion, QStringLiteral("请补充数据。"));
    EXPECT_EQ(events->at(1).statusAfter, ReportStatus::Returned);
    EXPECT_EQ(other->loadReport(r.id)->status, ReportStatus::Submitted);

    auto comments = other->listComments(r.id);
    ASSERT_TRUE(comments.ok());
    ASSERT_EQ(comments->size(), 1);
    EXPECT_EQ(comments->at(0).state, CommentState::Resolved);
    EXPECT_EQ(comments->at(0).closedBy, QStringLiteral("王拟稿"));
    EXPECT_EQ(comments->at(0).createdAt, c.createdAt);

    // Merging a review copy: what is there already is not added twice.
    ASSERT_OK(other->addEventIfAbsent(r.id, events->at(1)));
    ASSERT_OK(other->addRevisionIfAbsent(r.id, revisions->at(0)));
    EXPECT_EQ(other->listEvents(r.id)->size(), 3);
    EXPECT_EQ(other->listRevisions(r.id)->size(), 2);
    ReviewEvent merged = back;
    merged.id = newId();
    merged.opinion = QStringLiteral("县里的意见。");
    ASSERT_OK(other->addEventIfAbsent(r.id, merged));
    EXPECT_EQ(other->listEvents(r.id)->size(), 4);

    // A transition is a change of the report: an object that has not seen the latest is refused.
    ReviewEvent approve;
    approve.by = QStringLiteral("李审核");
    approve.action = ReviewAction::Approve;
    approve.statusAfter = ReportStatus::Approved;
    ASSERT_TRUE(ws->loadReport(r.id).ok());
    ASSERT_OK(other->setDetail(r.id, QStringLiteral("addressee"), QStringLiteral("县人民政府")));
    EXPECT_ERROR(ws->recordTransition(r.id, approve, false), Error::Code::Conflict);
    EXPECT_EQ(other->loadReport(r.id)->status, ReportStatus::Submitted) << "nothing written";
    EXPECT_EQ(other->listEvents(r.id)->size(), 4);
}

TEST_P(StoreTest, IgnoredFindingsAreKeptAndAreNoChangeOfTheReport)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    const Report r = richReport();
    ASSERT_OK(ws->insertReport(r));
    const qint64 counter = ws->knownChangeCounter(r.id);
    check::Finding f;
    f.rule = QStringLiteral("paired-punctuation");
    f.node = r.closing[0].id;
    f.context = QStringLiteral("开展“法律进村活动");
    check::IgnoreList list;
    list.add(f, QStringLiteral("原文如此"), QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
    ASSERT_OK(ws->setIgnoredFindings(r.id, list));
    auto other = mustOpen(file());
    ASSERT_TRUE(other);
    EXPECT_EQ(other->ignoredFindings(r.id).value(), list);
    EXPECT_EQ(ws->knownChangeCounter(r.id), counter);
    // Ignoring was no change of the report: the same object still saves without a conflict.
    ASSERT_OK(ws->setNodeField(r.id, r.closing[0].id, QStringLiteral("text"), QStringLiteral("特此报告。")));
    list.add(f, QStringLiteral("第二次"), QDateTime(QDate(2025, 3, 2), QTime(9, 30), Qt::UTC));
    ASSERT_OK(other->setIgnoredFindings(r.id, list));  // replaced, not added
    EXPECT_EQ(ws->ignoredFindings(r.id).value(), list);
    ASSERT_OK(ws->setIgnoredFindings(r.id, check::IgnoreList()));
    EXPECT_TRUE(other->ignoredFindings(r.id).value().isEmpty());
    ASSERT_OK(ws->setIgnoredFindings(r.id, list));
    ASSERT_OK(ws->deleteReport(r.id));
    EXPECT_ERROR(other->ignoredFindings(r.id), Error::Code::Data);
    EXPECT_ERROR(other->setIgnoredFindings(r.id, list), Error::Code::Data);
}

// The node tree of a report (parts, preamble, closing) as JSON, to compare trees.
QString treeText(const Report &r)
{
    Report tree;
    tree.id = r.id;
    tree.parts = r.parts;
    tree.preamble = r.preamble;
    tree.closing = r.closing;
    return jsonText(tree);
}

TEST_P(StoreTest, StructuralEditsAndDeletingKeepTheTreeInOrder)
{
    auto ws = mustOpen(file());
    ASSERT_TRUE(ws);
    Report expected = richReport();
    const QUuid id = expected.id;
    ASSERT_OK(ws->insertReport(expected));
    const Report kept = richReport(QStringLiteral("戴南镇人民政府"), 2022);
    ASSERT_OK(ws->insertReport(kept));

    auto reloaded = [&] {
        auto other = mustOpen(file());
        return other ? other->loadReport(id).value() : Report();
    };
    Part part;
    part.id = newId();
    part.heading = QStringLiteral("新增部分");
    part.kind = PartKind::Custom;
    ASSERT_OK(ws->insertPart(id, 1, part));
    expected.parts.insert(1, part);
    Section section;
    section.id = newId();
    section.lead = QStringLiteral("新的引领句。");
    ASSERT_OK(ws->insertSection(id, part.id, -1, section));
    expected.parts[1].sections.append(section);
    const Point first = point(QStringLiteral("一是第一点"));
    const Point second = point(QStringLiteral("二是第二点"));
    ASSERT_OK(ws->insertPoint(id, section.id, 0, second));
    ASSERT_OK(ws->insertPoint(id, section.id, 0, first));
    expected.parts[1].sections[0].body.points = {first, second};
    const Paragraph opening = para(QStringLiteral("开头一段。"));
    ASSERT_OK(ws->insertParagraph(id, id, 0, opening, QStringLiteral("preamble")));
    expected.preamble.insert(0, opening);
    Fact fact;
    fact.id = newId();
    fact.label = QStringLiteral("案件");
    fact.value = QStringLiteral("12");
    fact.unit = QStringLiteral("件");
    ASSERT_OK(ws->insertFact(id, section.id, 0, fact));
    expected.parts[1].sections[0].facts = {fact};
    {
        const Report got = reloaded();
        EXPECT_EQ(treeText(got), treeText(expected));
    }

    ASSERT_OK(ws->moveNode(id, second.id, 0));
    expected.parts[1].sections[0].body.points = {second, first};
    ASSERT_OK(ws->moveNode(id, part.id, 99));
    expected.parts.move(1, expected.parts.size() - 1);
    ASSERT_OK(ws->removeNode(id, expected.parts[0].id));
    expected.parts.removeFirst();
    {
        const Report got = reloaded();
        EXPECT_EQ(treeText(got), treeText(expected));
    }
    ASSERT_OK(ws->removeNode(id, part.id));  // with its section, points and fact
    expected.parts.removeLast();
    EXPECT_EQ(treeText(reloaded()), treeText(expected));
    EXPECT_ERROR(ws->setNodeField(id, first.id, QStringLiteral("text"), QStringLiteral("x")), Error::Code::Data);

    ASSERT_OK(ws->deleteReport(id));
    EXPECT_ERROR(ws->loadReport(id), Error::Code::Data);
    auto list = ws->listReports();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().id, kept.id);
    EXPECT_EQ(treeText(ws->loadReport(kept.id).value()), treeText(kept)) << "the other report is untouched";
}
