#include "storage/Migrator.h"

#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace opc::storage {

Migrator::Migrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (size_t i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations[i].version == int(i) + 1, "Migrator", "versions must be 1, 2, 3, ...");
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int Migrator::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Migrator::migrate(QSqlDatabase &db, QString *error) const
{
    const int current = currentVersion(db);
    if (current < 0) {
        *error = QCoreApplication::translate("opc::storage", "Cannot read the schema version of %1.")
                     .arg(db.databaseName());
        return false;
    }
    if (current > latestVersion()) {
        *error = QCoreApplication::translate(
                     "opc::storage",
                     "The database %1 has schema version %2, newer than this program knows (%3). "
                     "Update the program or use another database.")
                     .arg(db.databaseName())
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    if (current == latestVersion())
        return true;
    if (!db.transaction()) {
        *error = QCoreApplication::translate("opc::storage", "Cannot start a transaction on %1.")
                     .arg(db.databaseName());
        return false;
    }
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            QString detail;
            if (!execSql(db, statement, &detail)) {
                db.rollback();
                *error = QCoreApplication::translate("opc::storage",
                                                     "Schema migration %1 failed: %2")
                             .arg(migration.version)
                             .arg(detail);
                return false;
            }
        }
    }
    QString detail;
    if (!execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()), &detail)
        || !db.commit()) {
        db.rollback();
        *error = QCoreApplication::translate("opc::storage", "Schema migration failed: %1").arg(detail);
        return false;
    }
    return true;
}

} // namespace opc::storage
