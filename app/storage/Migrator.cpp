#include "storage/Migrator.h"

#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace opc::storage {

Migrator::Migrator(std::vector<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (size_t i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations[i].version == int(i) + 1, "Migrator",
                   "versions must be 1, 2, 3, ...");
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
    // The common case, an up-to-date database, needs no write lock at all.
    if (currentVersion(db) == latestVersion())
        return true;
    // BEGIN IMMEDIATE takes the write lock before the version is read: two programs opening a
    // new database at once migrate one after the other instead of both from version 0.
    QString detail;
    if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), &detail)) {
        *error = QCoreApplication::translate("opc::storage", "Cannot start a transaction on %1: %2")
                     .arg(db.databaseName(), detail);
        return false;
    }
    const auto fail = [&db, error](const QString &message) {
        QString ignored;
        execSql(db, QStringLiteral("ROLLBACK"), &ignored);
        *error = message;
        return false;
    };
    const int current = currentVersion(db);
    if (current < 0) {
        return fail(
            QCoreApplication::translate("opc::storage", "Cannot read the schema version of %1.")
                .arg(db.databaseName()));
    }
    if (current > latestVersion()) {
        return fail(
            QCoreApplication::translate(
                "opc::storage",
                "The database %1 has schema version %2, newer than this program knows (%3). "
                "Update the program or use another database.")
                .arg(db.databaseName())
                .arg(current)
                .arg(latestVersion()));
    }
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!execSql(db, statement, &detail)) {
                return fail(
                    QCoreApplication::translate("opc::storage", "Schema migration %1 failed: %2")
                        .arg(migration.version)
                        .arg(detail));
            }
        }
    }
    if (current < latestVersion()
        && !execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()), &detail)) {
        return fail(
            QCoreApplication::translate("opc::storage", "Schema migration failed: %1").arg(detail));
    }
    if (!execSql(db, QStringLiteral("COMMIT"), &detail)) {
        return fail(
            QCoreApplication::translate("opc::storage", "Schema migration failed: %1").arg(detail));
    }
    return true;
}

} // namespace opc::storage
