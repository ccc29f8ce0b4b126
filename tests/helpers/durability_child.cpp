// Child process of the durability test (tests/workspace_test.cpp, Durability.*).
//
// Usage: fazhi-durability-child <workspace> <report-id> <first-counter> [--like-app]
// Opens the workspace (with --like-app as the desktop app does: the integrity scan on a worker while
// the connection is open, waited for before the first save), loads the report, then sets paragraph (counter mod n) to "edit <counter>"
// for counter = first, first+1, … and, only after each save has returned ok, prints
// "saved <paragraph id> <counter>" and flushes stdout. It runs until it is killed (or for at most
// one minute, so a crashed test never leaves it behind).

#include "DurabilityOrder.h"
#include "model/Report.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    return 2;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool likeApp = args.size() == 5 && args.at(4) == QLatin1String("--like-app");
    if (args.size() != 4 && !likeApp)
        return fail(QStringLiteral("usage: fazhi-durability-child <workspace> <report-id> <first-counter> [--like-app]"));
    const QUuid reportId = QUuid::fromString(args.at(2));
    bool ok = false;
    qint64 counter = args.at(3).toLongLong(&ok);
    if (reportId.isNull() || !ok)
        return fail(QStringLiteral("bad report id or counter"));

    auto workspace = fazhi::Workspace::open(
        args.at(1), likeApp ? fazhi::Workspace::Integrity::InBackground : fazhi::Workspace::Integrity::BeforeOpening);
    if (!workspace)
        return fail(workspace.error().message);
    if (const fazhi::Status scanned = workspace.value()->integrityCheck().result(); !scanned)
        return fail(scanned.error().message);
    auto report = workspace.value()->loadReport(reportId);
    if (!report)
        return fail(report.error().message);
    const QList<QUuid> ids = fazhi::test::durabilityParagraphs(report.value());
    if (ids.isEmpty())
        return fail(QStringLiteral("the report has no paragraphs"));

    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        const QUuid id = ids.at(int(counter % ids.size()));
        const fazhi::Status saved = workspace.value()->setNodeField(reportId, id, QStringLiteral("text"),
                                                                    QStringLiteral("edit %1").arg(counter));
        if (!saved)
            return fail(saved.error().message);
        const QByteArray line = "saved " + id.toString(QUuid::WithoutBraces).toLatin1() + ' ' +
                                QByteArray::number(counter) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        ++counter;
    }
    return 0;
}
