#pragma once
// Finds the best installed font for each role from the page profile's fallback chains, and says
// which one was used (the settings dialog and `fazhi-cli fonts` show it).

#include "render/PageProfile.h"

#include <QFont>
#include <QString>

namespace fazhi {

struct ResolvedFont {
    FontRole role;
    QString family;    // the installed family chosen; empty when nothing in the chain is installed
    bool fromChain = true;  // false when a generic fallback had to be used
};

// Needs a QGuiApplication. Results are cached per profile chain.
ResolvedFont resolveFont(const PageProfile &profile, FontRole role);

// A font for the role at `pointSize`: Latin family first (so digits and Latin letters use Times New
// Roman or its stand-in), then the resolved CJK family.
QFont makeFont(const PageProfile &profile, FontRole role, double pointSize);

}  // namespace fazhi
