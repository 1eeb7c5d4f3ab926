#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace opc::storage {

// One numbered schema step. Versions start at 1 and follow each other without gaps.
struct Migration {
    int version;
    QStringList statements;
};

// Brings a database from whatever numbered version it is at (PRAGMA user_version) to the
// newest one, all pending steps inside one transaction: a failure leaves the database exactly
// as it was. A database newer than this build knows is refused rather than guessed at.
class Migrator final {
public:
    explicit Migrator(std::vector<Migration> migrations);

    int latestVersion() const;
    static int currentVersion(QSqlDatabase &db);

    // Returns false and sets `error` on failure.
    bool migrate(QSqlDatabase &db, QString *error) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace opc::storage
