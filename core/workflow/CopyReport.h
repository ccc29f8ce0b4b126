#pragma once
// Moving a report between workspaces with everything that belongs to it (issue 17): a town drafts in
// a file offline and submits on the county's server, or the county keeps a copy in a file. The
// report, its revisions, its review steps, its comments and its ignored findings go across; the report
// keeps its id and node ids. `fazhi-cli copy ID --from WORKSPACE --to WORKSPACE`.

#include "storage/Workspace.h"
#include "util/Result.h"

#include <QUuid>

namespace fazhi::workflow {

// Copies report `id` from `from` into `to`, where it must not exist yet (Data). The report goes in as
// a draft and then takes its state, so that a server's row-level security judges the step as it
// would a clerk's own (a clerk may bring a draft, or submit one, but not bring an approved report).
// On a server the records name the login that copies (its triggers); the file keeps the names given.
// When a step is refused, the report is removed from `to` again where that is allowed, and the
// error says which step failed.
Status copyReport(Workspace &from, Workspace &to, const QUuid &id);

}  // namespace fazhi::workflow
