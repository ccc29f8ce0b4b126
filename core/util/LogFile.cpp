#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

namespace fazhi {

namespace {

struct State {
    QMutex mutex;
    LogFile::Options options;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

// Never destroyed: a message may come from a destructor after main() returned.
State &state()
{
    static State *s = new State;
    return *s;
}

QString logPath(const LogFile::Options &o, int index)
{
    const QString base = QDir(o.folder).filePath(o.name + QStringLiteral(".log"));
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "message";
}

// Renames name.log → name.log.1 → … → name.log.<keep>, dropping the oldest. Called with the mutex held.
void rotate(State &s)
{
    s.file.close();
    QFile::remove(logPath(s.options, s.options.keep));
    for (int i = s.options.keep - 1; i >= 0; --i) {
        if (QFile::exists(logPath(s.options, i)))
            QFile::rename(logPath(s.options, i), logPath(s.options, i + 1));
    }
    s.file.setFileName(logPath(s.options, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void writeLine(State &s, const QByteArray &line)
{
    if (!s.file.isOpen())
        return;
    if (s.file.size() > 0 && s.file.size() + line.size() > s.options.maxBytes)
        rotate(s);
    s.file.write(line);
    s.file.flush();  // a crash right after keeps the line
}

// The local time with its offset from UTC, to the millisecond: 2026-03-03T09:15:30.123+08:00.
QByteArray now()
{
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString text = message.left(LogFile::kMaxMessageChars);
    if (message.size() > LogFile::kMaxMessageChars)
        text += QStringLiteral("…");
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QStringLiteral(" | "));
    QByteArray line = now();
    line += ' ';
    line += typeName(type);
    if (context.category && qstrcmp(context.category, "default") != 0) {
        line += ' ';
        line += context.category;
    }
    line += ": ";
    line += text.toUtf8();
    line += '\n';
    return line;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        writeLine(s, formatLine(type, context, message));
    }
    if (s.previous)
        s.previous(type, context, message);
}

}  // namespace

QString LogFile::install(const Options &options)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.installed)
            return s.file.fileName();
        s.options = options;
        s.options.keep = qMax(1, options.keep);
        if (!QDir().mkpath(options.folder))
            return {};
        s.file.setFileName(logPath(s.options, 0));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return {};
        s.installed = true;
        if (!options.startLine.isEmpty()) {
            writeLine(s, now() + " --- "
                             + options.startLine.toUtf8() + '\n');
        }
    }
    s.previous = qInstallMessageHandler(handler);
    return path();
}

QString LogFile::path()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

void LogFile::uninstall()
{
    State &s = state();
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.previous = nullptr;
    s.file.close();
    s.installed = false;
}

QString defaultLogFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs"));
}

}  // namespace fazhi
