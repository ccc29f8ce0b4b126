#pragma once
// The storage backends the store tests run against (workspace_test.cpp, StoreTest): every behaviour a
// ReportStore, ReviewStore and IgnoreStore promise is tested on each. SQLite today; a server backend
// adds one entry here, opening a workspace at a place of its own for each test.

#include "storage/Workspace.h"

#include <QString>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace fazhi::test {

struct StorageBackend {
    std::string name;
    // Opens the workspace at `place` (a file name in the test's own folder), creating it when absent.
    std::function<Result<std::unique_ptr<Workspace>>(const QString &place)> open;
};

// The backend's name in test output, instead of its bytes.
inline void PrintTo(const StorageBackend &backend, std::ostream *os) { *os << backend.name; }

inline std::vector<StorageBackend> storageBackends()
{
    return {{"SQLite", [](const QString &place) { return Workspace::open(place); }}};
}

}  // namespace fazhi::test
