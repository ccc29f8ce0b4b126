#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

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
#ifdef Q_OS_WIN
    return QStringLiteral(FAZHI_BIN_DIR "/") + name + QStringLiteral(".exe");
#else
    return QStringLiteral(FAZHI_BIN_DIR "/") + name;
#endif
}

ProcessResult runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(binPath(QStringLiteral("fazhi-cli")), args);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = "failed to start fazhi-cli";
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace fazhi::test
