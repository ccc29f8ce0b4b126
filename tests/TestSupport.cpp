#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringEncoder>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace fazhi::test {

QString samplePath()
{
    const QString path = QStringLiteral(FAZHI_SHARED_DIR "/samples/taozhuang-2023.txt");
    return QFileInfo::exists(path) ? path : QString();
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

bool damagePages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = f.size();
    QRandomGenerator rng(11);
    for (qint64 offset = 3 * 4096; offset < size; offset += 3 * 4096) {
        QByteArray junk(64, '\0');
        rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), 16);
        f.seek(offset + 100);
        f.write(junk);
    }
    return true;
}

QString binPath(const QString &name)
{
    // The build passes each program's own path ($<TARGET_FILE:...>, tests/CMakeLists.txt): a
    // multi-config generator puts them in bin/Release, bin/Debug, ...
    if (name == QLatin1String("fazhi-cli"))
        return QStringLiteral(FAZHI_CLI_PATH);
#ifdef FAZHI_APP_PATH
    if (name == QLatin1String("fazhi-report"))
        return QStringLiteral(FAZHI_APP_PATH);
#endif
#ifdef FAZHI_DURABILITY_CHILD_PATH
    if (name == QLatin1String("fazhi-durability-child"))
        return QStringLiteral(FAZHI_DURABILITY_CHILD_PATH);
#endif
    // Any other program of the build lands beside the CLI.
    const QString dir = QFileInfo(QStringLiteral(FAZHI_CLI_PATH)).absolutePath();
#ifdef Q_OS_WIN
    return dir + QLatin1Char('/') + name + QStringLiteral(".exe");
#else
    return dir + QLatin1Char('/') + name;
#endif
}

QString pythonInterpreter()
{
    static const QString found = [] {
        QStringList candidates;
#ifdef Q_OS_WIN
        // python.org's installer puts python.exe (and the py launcher) on PATH; "python3.exe" and
        // "python.exe" under WindowsApps are the Store's stubs, which only offer to install Python.
        for (const char *name : {"python", "python3", "py"}) {
            const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (!path.isEmpty() && !path.contains(QLatin1String("\\WindowsApps\\"), Qt::CaseInsensitive)
                && !QDir::fromNativeSeparators(path).contains(QLatin1String("/WindowsApps/"), Qt::CaseInsensitive))
                candidates << path;
        }
#else
        candidates << QStringLiteral("/usr/bin/python3")  // Debian's, with python3-docx
                   << QStandardPaths::findExecutable(QStringLiteral("python3"));
#endif
        for (const QString &candidate : candidates) {
            if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
                continue;
            // A real Python 3 answers at once; anything else (a stub, Python 2) is not used.
            QProcess p;
            p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import sys; sys.exit(0 if sys.version_info[0] == 3 else 1)")});
            if (p.waitForFinished(15000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                return candidate;
            p.kill();
            p.waitForFinished(1000);
        }
        return QString();
    }();
    return found;
}

std::optional<QByteArray> encodeGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (encoder.isValid())
        return QByteArray(encoder.encode(text));
#ifdef Q_OS_WIN
    if (text.isEmpty())
        return QByteArray();
    const auto *wide = reinterpret_cast<const wchar_t *>(text.utf16());
    const int length = WideCharToMultiByte(54936, 0, wide, int(text.size()), nullptr, 0, nullptr, nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray bytes(length, Qt::Uninitialized);
    WideCharToMultiByte(54936, 0, wide, int(text.size()), bytes.data(), length, nullptr, nullptr);
    return bytes;
#else
    return std::nullopt;
#endif
}

namespace {

ProcessResult runProgram(const QString &program, const QString &name, const QStringList &args, int startMs, int finishMs)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(startMs)) {
        r.err = "failed to start " + name.toUtf8();
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(finishMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

ProcessResult runCli(const QStringList &args, int timeoutMs)
{
    return runProgram(binPath(QStringLiteral("fazhi-cli")), QStringLiteral("fazhi-cli"), args, timeoutMs, timeoutMs);
}

ProcessResult runTool(const QString &name, const QStringList &args, int timeoutMs)
{
    return runProgram(QStandardPaths::findExecutable(name), name, args, 30000, timeoutMs);
}

}  // namespace fazhi::test
