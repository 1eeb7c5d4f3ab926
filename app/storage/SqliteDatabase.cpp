#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace opc::storage {

std::optional<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName,
                                       QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QCoreApplication::translate(
            "opc::storage",
            "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        return std::nullopt;
    }
    if (path != QLatin1String(":memory:")) {
        // A first start on a new machine: the data folder does not exist yet.
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = QCoreApplication::translate("opc::storage",
                                                 "Cannot create the folder %1 for the database %2.")
                         .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(path));
            return std::nullopt;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("opc::storage", "Cannot open the database %1: %2")
                     .arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::nullopt;
    }
    QString ignored;
    if (path != QLatin1String(":memory:")) {
        QSqlQuery mode(db);
        // Read the mode back: some filesystems (network shares) refuse WAL and keep "delete".
        if (mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qWarning("SQLite database %s is not in WAL mode (filesystem refused it); using %s",
                     qPrintable(path), qPrintable(mode.value(0).toString()));
        }
        execSql(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &ignored);
    }
    if (!execSql(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return std::nullopt;
    }
    return db;
}

void closeSqlite(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), sql.left(200));
    return false;
}

} // namespace opc::storage
