// One shared main: the Qt application object exists before any test runs (offscreen without a display).
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A UTF-8 locale whatever the machine's, before Qt reads it; the programs the tests start inherit it.
    if (qEnvironmentVariableIsEmpty("LC_ALL"))
        qputenv("LC_ALL", "C.UTF-8");
    // Python (the tests' independent readers) reads and writes UTF-8, not the ANSI code page.
    qputenv("PYTHONUTF8", "1");
    qputenv("PYTHONIOENCODING", "utf-8");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FazhiReportTests"));
    QApplication::setApplicationName(QStringLiteral("fazhi-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
