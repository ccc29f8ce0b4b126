// Whole-process timing of fazhi-cli: import of the sample report followed by its text export, as a
// user or script runs them (process start, workspace open, parse, save, render, atomic write).

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace bench = fazhi::bench;

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

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/fazhi-cli");
    QString sample = argc > 1 ? QCoreApplication::arguments().at(1)
                              : QStringLiteral(FAZHI_SOURCE_DIR "/../shared/samples/taozhuang-2023.txt");
    if (!QFileInfo::exists(sample)) {
        std::fprintf(stderr, "sample not found: %s (pass a path)\n", qPrintable(sample));
        return 1;
    }
    QTemporaryDir dir;
    const int runs = 20;
    std::vector<double> importMs, exportMs, totalMs;
    for (int i = 0; i < runs; ++i) {
        const QString ws = dir.filePath(QStringLiteral("ws%1.fazhi").arg(i));
        QByteArray id;
        const double a = runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("import"), sample}, &id);
        const double b = runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("export"),
                                     QString::fromUtf8(id.trimmed()), QStringLiteral("--format"), QStringLiteral("txt"),
                                     QStringLiteral("--output"), dir.filePath(QStringLiteral("out%1.txt").arg(i))});
        importMs.push_back(a);
        exportMs.push_back(b);
        totalMs.push_back(a + b);
    }
    std::printf("fazhi-cli whole process, sample report, %d runs (median)\n", runs);
    std::printf("  import (new workspace)   %8.1f ms\n", bench::median(importMs));
    std::printf("  export --format txt      %8.1f ms\n", bench::median(exportMs));
    std::printf("  import + export          %8.1f ms\n", bench::median(totalMs));

    // Side by side with the independent tools a clerk would otherwise use, on the same report.
    const QString ws = dir.filePath(QStringLiteral("ws0.fazhi"));
    QByteArray idBytes;
    runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("list")}, &idBytes);
    const QString id = QString::fromUtf8(idBytes).section(QLatin1Char('\t'), 0, 0);
    const QString txt = dir.filePath(QStringLiteral("out0.txt"));
    const QString docx = dir.filePath(QStringLiteral("ours.docx"));
    auto timeExport = [&](const QString &format, const QString &out) {
        std::vector<double> t;
        for (int i = 0; i < 7; ++i)
            t.push_back(runMs(cli, {QStringLiteral("--workspace"), ws, QStringLiteral("export"), id, QStringLiteral("--format"), format,
                             QStringLiteral("--output"), out}));
        return bench::median(t);
    };
    const double oursDocx = timeExport(QStringLiteral("docx"), docx);
    const double oursPdf = timeExport(QStringLiteral("pdf"), dir.filePath(QStringLiteral("ours.pdf")));
    std::printf("\nsample report, whole processes (median of 7 for ours)\n");
    std::printf("  fazhi-cli export docx    %8.1f ms\n", oursDocx);
    if (!QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty()) {
        std::vector<double> t;
        for (int i = 0; i < 7; ++i)
            t.push_back(runMs(QStringLiteral("pandoc"), {txt, QStringLiteral("-o"), dir.filePath(QStringLiteral("pandoc.docx"))}));
        std::printf("  pandoc txt -> docx       %8.1f ms   (ours %.1fx faster)\n", bench::median(t), bench::median(t) / oursDocx);
    } else {
        std::printf("  pandoc not installed\n");
    }
    std::printf("  fazhi-cli export pdf     %8.1f ms\n", oursPdf);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty()) {
        const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
        const QStringList args{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                               QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                               dir.filePath(QStringLiteral("lo")), docx};
        runMs(soffice, args);  // first run creates the profile
        std::vector<double> t;
        for (int i = 0; i < 3; ++i)
            t.push_back(runMs(soffice, args));
        std::printf("  LibreOffice docx -> pdf  %8.1f ms   (ours %.1fx faster)\n", bench::median(t), bench::median(t) / oursPdf);
    } else {
        std::printf("  LibreOffice not installed\n");
    }
    return 0;
}
