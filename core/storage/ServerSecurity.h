#pragma once
// Security of a workspace on a PostgreSQL server, in the database itself (not in the app): who may
// read and change which report is decided by row-level security, so that a town's clerk connecting
// with psql and writing SQL by hand is held to the same rules as the app.
//
// - Three group roles, NOLOGIN: fazhi_clerk, fazhi_leader, fazhi_county. Each login (addServerUser)
//   is a member of one, and a row of the table `users` (name → organization, role), which no login
//   may read; the policies ask it through fazhi_organization() / fazhi_role() (SECURITY DEFINER) for
//   session_user, the authenticated login, which SET ROLE does not change.
// - A clerk reads and writes the reports of the clerk's organization, and changes them only while they
//   are drafts or returned (a submission is the last change); a leader reads them and decides
//   submitted ones (approve, return), comments on them; the county reads all, comments, returns,
//   approves and publishes. Nodes, notes, revisions, records, comments and ignored findings follow
//   their report's visibility.
// - Sign-off records (review_events) and revisions are append-only: no UPDATE or DELETE grant, and a
//   trigger refuses both for everyone, the owner too. The name in a record, a revision or a comment is
//   the login's (a trigger sets it), not what the program sent.
// initServer() is idempotent: run again after an upgrade, it puts the same rules on the tables.

#include "util/Result.h"

#include <QString>
#include <optional>

namespace fazhi::storage {

enum class ServerRole { Clerk, Leader, County };
QString toString(ServerRole role);  // clerk, leader, county
std::optional<ServerRole> serverRoleFromString(const QString &s);

// Creates or upgrades the schema at `address` (as Workspace::open does), then the roles, the users
// table, the grants, the policies and the triggers. Needs the database's owner (or a superuser
// with CREATEROLE). Not a server address → Data.
Status initServer(const QString &address);

// A new login NAME with `password`, a member of the role's group, of `organization` (the county's
// users read every organization; theirs names the office). Refused: an empty or over-long name,
// an empty password or organization, a name already taken (Data).
Status addServerUser(const QString &address, const QString &name, const QString &organization, ServerRole role,
                     const QString &password);

}  // namespace fazhi::storage
