#pragma once
// The storage backends the store tests run against (workspace_test.cpp, StoreTest): every behaviour a
// ReportStore, ReviewStore and IgnoreStore promise is tested on each: a SQLite file, and a database
// on the test suite's own PostgreSQL cluster (tests/PgTestServer.h), a fresh one for each place.

#include "PgTestServer.h"
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
    // Why the backend cannot be tested here (the test skips, saying so), or empty.
    std::function<std::string()> unavailable = [] { return std::string(); };
};

// The backend's name in test output, instead of its bytes.
inline void PrintTo(const StorageBackend &backend, std::ostream *os) { *os << backend.name; }

inline std::vector<StorageBackend> storageBackends()
{
    return {{"SQLite", [](const QString &place) { return Workspace::open(place); }},
            {"PostgreSQL",
             [](const QString &place) -> Result<std::unique_ptr<Workspace>> {
                 Result<QString> address = pg::databaseFor(place);
                 if (!address)
                     return address.error();
                 return Workspace::open(address.value());
             },
             [] { return pg::skipReason(); }}};
}

}  // namespace fazhi::test
