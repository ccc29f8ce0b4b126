#pragma once
// Helpers shared by the tests: temporary workspaces, the real sample, running the CLI.

#include "model/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>
#include <ostream>

QT_BEGIN_NAMESPACE
// Readable QStrings in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
QT_END_NAMESPACE

namespace fazhi::test {

// A paragraph or point with a fresh id, for reports built in code.
inline Paragraph para(const QString &text) { return Paragraph{newId(), text}; }
inline Point point(const QString &text) { return Point{newId(), text}; }

// ../shared/samples/taozhuang-2023.txt, or an empty string when it is absent (tests then skip).
QString samplePath();
QString readUtf8(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// Writes random bytes into every few pages of a workspace file, past the first three pages, so the
// cheap checks (header, schema) still pass and only the integrity scan finds the damage.
// False when the file could not be opened.
bool damagePages(const QString &path);

// Path of a built executable (fazhi-cli, fazhi-report, the test helpers), whatever the generator.
QString binPath(const QString &name);

// A working Python 3 interpreter for the tests' independent readers, or an empty string (the test
// then skips): Debian's /usr/bin/python3, else one on PATH; on Windows never the Microsoft Store's
// python.exe stub. test_main.cpp sets PYTHONUTF8=1, so its output is UTF-8 on every system.
QString pythonInterpreter();

// `text` in GB18030 for tests that need GBK/GB18030 input, or nullopt where this build has no
// encoder (Qt without ICU off Windows; on Windows the system's code page 54936): such tests skip
// (FAZHI_REQUIRE_GB18030_ENCODER) instead of failing on QStringEncoder("GB18030").
std::optional<QByteArray> encodeGb18030(const QString &text);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};
ProcessResult runCli(const QStringList &args, int timeoutMs = 60000);
// A program found on PATH (pdftotext, xmllint, unzip, node …), run to its end with no input.
ProcessResult runTool(const QString &name, const QStringList &args, int timeoutMs = 300000);

}  // namespace fazhi::test

#define FAZHI_REQUIRE_SAMPLE()                                                                    \
    do {                                                                                          \
        if (fazhi::test::samplePath().isEmpty())                                                  \
            GTEST_SKIP() << "../shared/samples/taozhuang-2023.txt is absent; skipping sample test"; \
    } while (0)

#define FAZHI_REQUIRE_GB18030_ENCODER()                                                             \
    do {                                                                                            \
        if (!fazhi::test::encodeGb18030(QString()))                                                 \
            GTEST_SKIP() << "no GB18030 encoder in this build (Qt without ICU, not Windows)";       \
    } while (0)
