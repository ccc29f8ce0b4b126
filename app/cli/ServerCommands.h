#pragma once
// fazhi-cli server init | add-user: setting up a county's PostgreSQL server (storage/ServerSecurity.h);
// fazhi-cli copy: a report between a file and a server.

#include <QStringList>
#include <QTextStream>

namespace fazhi::cli {

// `args` after "server"; `workspace` the --workspace value (a postgresql:// address). The password of
// add-user is one line of `in` (standard input; on a terminal it is asked for without echo).
int runServer(const QStringList &args, const QString &workspace, QTextStream &in, QTextStream &out, QTextStream &err);

// fazhi-cli copy ID --from WORKSPACE --to WORKSPACE: the report with its records (workflow/CopyReport.h),
// between a file and a server either way; prints the id.
int runCopy(const QStringList &args, QTextStream &out, QTextStream &err);

// fazhi-cli dashboard [--year Y] [--json]: one line (or JSON object) per organization
// (workflow/Dashboard.h), for the workspace `workspace` (a file or a server).
int runDashboard(const QStringList &args, const QString &workspace, QTextStream &out, QTextStream &err);

}  // namespace fazhi::cli
