#pragma once
// The names the UI gives to model things (part kinds, statuses, node types), in one place.

#include "model/Report.h"
#include "model/ReportJson.h"

#include <QCoreApplication>
#include <QString>

namespace fazhi::ui {

class Names {
    Q_DECLARE_TR_FUNCTIONS(Names)
public:
    static QString partKind(PartKind kind);
    static QString status(ReportStatus status);
    static QString nodeType(NodeType type);
    // What a section of a part of this kind is called: a work area, a plan, or simply a section.
    static QString sectionNoun(PartKind kind);
    static QString importNoteKind(const QString &kind);
};

}  // namespace fazhi::ui
