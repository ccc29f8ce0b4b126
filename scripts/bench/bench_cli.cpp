// Whole-process timing of fazhi-cli: import of the sample report followed by its text export, as a
// user or script runs them (process start, workspace open, parse, save, render, atomic write).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {
double runMs(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
    if (out)
        *out = p.readAllStandardOutput();
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/fazhi-cli");
    QString sample = argc > 1 ? QString::fromLocal8Bit(argv[1])
                              : QStringLiteral(FAZHI_SOURCE_DIR "/../shared/samples/taozhuang-2023.txt");
    if (!QFileInfo::exists(sample)) {
        std::fprintf(stderr, "sample not found: %s (pass a path)\n", qPrintable(sample));
        return 1;
    }
    QTemporaryDir dir;
    const int runs = 20;
    QList<double> importMs, exportMs, totalMs;
    for (int i = 0; i < runs; ++i) {
        const QString ws = dir.filePath(QStringLiteral("ws%1.fazhi").arg(i));
        QByteArray id;
        const double a = runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("import"), sample}, &id);
        const double b = runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("export"),
                                     QString::fromUtf8(id.trimmed()), QStringLiteral("--format"), QStringLiteral("txt"),
                                     QStringLiteral("--output"), dir.filePath(QStringLiteral("out%1.txt").arg(i))});
        importMs << a;
        exportMs << b;
        totalMs << a + b;
    }
    std::printf("fazhi-cli whole process, sample report, %d runs (median)\n", runs);
    std::printf("  import (new workspace)   %8.1f ms\n", median(importMs));
    std::printf("  export --format txt      %8.1f ms\n", median(exportMs));
    std::printf("  import + export          %8.1f ms\n", median(totalMs));
    return 0;
}
