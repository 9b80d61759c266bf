#pragma once

#include "storage/database.h"
#include "util/result.h"

namespace kontor {

// An open, migrated database and the user working in it. Repositories take one of these.
struct Session
{
    DatabasePtr db;
    qint64 userId = 0;

    // Opens `url`, upgrades the schema (refusing a newer one) and resolves the current user:
    // the built-in local user on SQLite; on PostgreSQL the user whose login is the server
    // role name, created on first sign-in.
    static Result<Session> open(const DatabaseUrl &url, const QString &password = {});
};

} // namespace kontor
