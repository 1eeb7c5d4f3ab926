#pragma once

#include "storage/Migrator.h"

#include <QStringList>

#include <vector>

namespace opc::sandbox {

// Every schema version of the sandbox database, oldest first. Feature issues append
// migrations 2, 3, ... here; a released migration is never edited.
std::vector<storage::Migration> sandboxMigrations();

// Tables a fixture may fill, parents before children (the loader inserts in this order).
// Internal tables (idempotency keys, the hash-chained audit log) are not among them.
QStringList fixtureTables();

} // namespace opc::sandbox
