#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace opc::storage {

// Opens (creating if needed) a SQLite database under a connection name that is unique to the
// calling thread's use of it. `path` may be ":memory:". Turns on WAL (reading back that it
// really is on; filesystems that cannot hold WAL fall back to the rollback journal),
// foreign keys and a busy timeout. On failure returns nullopt and sets `error` to a sentence a
// person can act on.
std::optional<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName,
                                       QString *error);

// Closes and removes the named connection (QSqlDatabase keeps connections in a global registry).
void closeSqlite(const QString &connectionName);

// Runs one statement; on failure sets `error` to the driver's text with the statement.
bool execSql(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace opc::storage
