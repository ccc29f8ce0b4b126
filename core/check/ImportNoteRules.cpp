#include "ImportNoteRules.h"

#include "model/ImportNoteText.h"
#include "model/ReportJson.h"

namespace fazhi::check::detail {

namespace {

// Whether a note says import changed or guessed something the user should confirm.
bool isRepairOrGuess(const ImportNote &note)
{
    const QString &c = note.code;
    if (c.isEmpty() || note.kind == ImportNoteKind::RestoredNumeral || note.kind == ImportNoteKind::DroppedChrome
        || note.kind == ImportNoteKind::DroppedBanner)
        return false;
    if (c == ImportNoteCode::FieldInferred) {
        // The title and the page's table state the value; the rest is a guess.
        const QString source = note.args.value(1);
        return source != QLatin1String("title") && source != QLatin1String("metadata");
    }
    return c != ImportNoteCode::DetailEmpty && c != ImportNoteCode::DetailDropped && c != ImportNoteCode::ChromeDropped
        && c != ImportNoteCode::BannerDropped && c != ImportNoteCode::TitleJoined;
}

}  // namespace

void checkImportNotes(const Report &report, Sink &sink)
{
    if (!sink.enabled(RuleId::ImportRepair))
        return;
    for (const ImportNote &note : report.importNotes) {
        if (!isRepairOrGuess(note))
            continue;
        // A note about a node that is gone went with it.
        QUuid node = note.nodeId.isNull() ? report.id : note.nodeId;
        if (node != report.id && !findNode(report, node))
            continue;
        // Hints: import's repairs are likely right; the user confirms them, nothing is wrong yet.
        sink.addNode(RuleId::ImportRepair, Severity::Hint, node, importNoteText(note));
    }
}

}  // namespace fazhi::check::detail
