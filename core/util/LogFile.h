#pragma once
// The program's log for support: every Qt message (qDebug … qFatal, with its category, e.g.
// qt.qpa.xcb) goes to <folder>/<name>.log as one line with the time, beside going where it went
// before (stderr). At `maxBytes` the file is renamed <name>.log.1 (the older ones move up to
// <name>.log.<keep>, the oldest is dropped), so the log never grows without bound.
//
// What is logged are the messages Qt and this program emit: they say what happened and where (files,
// plug-ins, fonts, the database), never what a report says; the program never logs field text. A
// message is cut at kMaxMessageChars and put on one line, so a stray long text cannot fill the log.

#include <QString>
#include <QtGlobal>

namespace fazhi {

class LogFile {
public:
    static constexpr int kMaxMessageChars = 400;

    struct Options {
        QString folder;             // created when missing
        QString name;               // "fazhi-report" → fazhi-report.log
        qint64 maxBytes = 1 << 20;  // one file at most this size, then the next
        int keep = 3;               // rotated files kept beside the current one
        QString startLine;          // written first, e.g. the program and its version
    };

    // Opens the log and installs the message handler (chained to the previous one). Returns the log's
    // path, or an empty string when the folder cannot be written: the program then runs without a log.
    static QString install(const Options &options);
    // The current log's path (empty when none is installed).
    static QString path();
    // Restores the previous handler and closes the file (tests; the program keeps its log to the end).
    static void uninstall();
};

// <the user's local data folder>/logs: %LOCALAPPDATA%\FazhiReport\FazhiReport\logs on Windows,
// ~/.local/share/FazhiReport/FazhiReport/logs on Linux. Needs the organization and application names set.
QString defaultLogFolder();

}  // namespace fazhi
