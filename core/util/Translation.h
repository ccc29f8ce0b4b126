#pragma once
// The one way core marks text for translation: fazhi::Tr::tr("…"), in the context "fazhi", which
// lupdate reads as it reads any class's tr(); a table marks its texts with QT_TRANSLATE_NOOP("fazhi", …)
// and translates them where they are shown. (ui classes use their own tr(); the checks' table its
// context "check"; fazhi-cli its own Tr in the context "cli".)

#include <QCoreApplication>

namespace fazhi {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fazhi)
};

}  // namespace fazhi
