#pragma once
// Putting a finished file in place of another in one step, also on Windows, where a virus scanner, the
// search indexer or a sync client often holds a file open for a moment just after it was written.

#include "util/Result.h"

#include <QString>
#include <functional>

namespace fazhi {

// Moves `from` to `to`, replacing `to` if it exists: afterwards `to` is the old file or the complete
// new one, never absent (POSIX rename(); MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows). When
// another program holds either file (a sharing or lock violation, access denied while a scanner has
// it), tries again a few times over about two seconds. On failure `from` is left for the caller to
// remove and `to` is untouched; the error names `displayPath`.
Status replaceFile(const QString &from, const QString &to, const QString &displayPath);

// The retry loop of replaceFile, a seam for tests: calls `attempt` until it returns Done or Failed,
// or `attempts` times while it returns Busy, sleeping `pauseMs`, then twice that, ... in between.
enum class MoveOutcome { Done, Busy, Failed };
MoveOutcome retryWhileBusy(const std::function<MoveOutcome()> &attempt, int attempts = 6, int pauseMs = 60);

}  // namespace fazhi
