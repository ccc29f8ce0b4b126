#pragma once
// Shared set-up of the libFuzzer harnesses: one Qt application object per process, made in
// LLVMFuzzerInitialize, and Qt's warnings dropped (printing them would dominate each iteration;
// FAZHI_FUZZ_VERBOSE=1 keeps them). Linux only, as libFuzzer is.

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fazhi::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)  // Qt aborts after this returns: say why
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
}

inline void initQt(int *argc, char ***argv)
{
    if (!qEnvironmentVariableIsSet("FAZHI_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessages);
    // The same names the CLI sets; nothing here touches the user's default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReportFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("fazhi-fuzz"));
    // Never destroyed: libFuzzer exits from inside its loop.
    new QCoreApplication(*argc, *argv);
}

}  // namespace fazhi::fuzz
