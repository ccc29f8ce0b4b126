#pragma once
// fazhi-cli: the core operations for scripts, tests and batch work (like keepassxc-cli).
// Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.

#include <QStringList>
#include <QTextStream>

namespace fazhi::cli {

enum ExitCode { Ok = 0, UsageError = 2, DataError = 3, WriteError = 4 };

// Whether `args` (without the program name) need a QGuiApplication (fonts for PDF).
bool needsGui(const QStringList &args);

// Runs one command. `out` receives results (UTF-8), `err` notes, warnings and errors.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace fazhi::cli
