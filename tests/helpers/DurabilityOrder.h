#pragma once
// The paragraphs the durability child edits, in the order it picks them (counter mod n). One
// definition for the child (tests/helpers/durability_child.cpp) and the test that checks its saves
// (tests/workspace_test.cpp): both sides must agree on it.

#include "model/Report.h"

#include <QList>
#include <QUuid>

namespace fazhi::test {

inline QList<QUuid> durabilityParagraphs(const Report &report)
{
    QList<QUuid> ids;
    for (const auto &p : report.preamble)
        ids.append(p.id);
    for (const auto &part : report.parts) {
        for (const auto &p : part.intro.paragraphs)
            ids.append(p.id);
        for (const auto &section : part.sections) {
            for (const auto &p : section.body.paragraphs)
                ids.append(p.id);
        }
    }
    return ids;
}

}  // namespace fazhi::test
