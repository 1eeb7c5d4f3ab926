#include "storage/AuditOutbox.h"

#include "storage/SqliteDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace opc::storage {

namespace {

std::vector<Migration> outboxMigrations()
{
    return {
        { 1,
          { QStringLiteral("CREATE TABLE audit_outbox ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_outbox_by_age ON audit_outbox (created_at)") } },
    };
}

QString queryError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Runs one prepared statement with positional values; returns the driver's error or empty.
QString execPrepared(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return {};
}

} // namespace

AuditOutbox::AuditOutbox(const QString &path, QObject *parent)
    : QObject(parent), m_db(path, outboxMigrations())
{
}

void AuditOutbox::open(QObject *context, ErrorCallback done)
{
    m_db.open(context, std::move(done));
    // Queued right behind the opening, so it is in force before any event is added. An event
    // the agent was told is recorded must survive a power cut too, not only a crash of the
    // program: the outbox is small and written rarely, so FULL costs little.
    m_db.run(
        [](QSqlDatabase &db) {
            QString ignored;
            return db.isOpen() && execSql(db, QStringLiteral("PRAGMA synchronous=FULL"), &ignored);
        },
        this, [](bool) {});
}

void AuditOutbox::add(const QString &id, const QJsonObject &payload, QObject *context,
                      ErrorCallback done)
{
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.run(
        [id, text, now](QSqlDatabase &db) {
            return execPrepared(db,
                                QStringLiteral("INSERT OR IGNORE INTO audit_outbox"
                                               " (id, payload, created_at) VALUES (?, ?, ?)"),
                                { id, text, now });
        },
        context, std::move(done));
}

void AuditOutbox::listPending(int limit, QObject *context,
                              std::function<void(const Listing &)> done)
{
    m_db.run(
        [limit](QSqlDatabase &db) {
            Listing listing;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id, payload, created_at, attempts, last_error"
                                         " FROM audit_outbox ORDER BY created_at, rowid LIMIT ?"));
            query.addBindValue(limit);
            if (!query.exec()) {
                listing.error = queryError(query);
                return listing;
            }
            while (query.next()) {
                PendingAuditEvent event;
                event.id = query.value(0).toString();
                event.payload
                    = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
                event.createdAt
                    = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
                event.attempts = query.value(3).toInt();
                event.lastError = query.value(4).toString();
                listing.events.append(event);
            }
            return listing;
        },
        context, std::move(done));
}

void AuditOutbox::count(QObject *context, std::function<void(const Count &)> done)
{
    m_db.run(
        [](QSqlDatabase &db) {
            Count result;
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_outbox")) && query.next())
                result.pending = query.value(0).toInt();
            else
                result.error = queryError(query);
            return result;
        },
        context, std::move(done));
}

void AuditOutbox::remove(const QString &id, QObject *context, ErrorCallback done)
{
    m_db.run(
        [id](QSqlDatabase &db) {
            return execPrepared(db, QStringLiteral("DELETE FROM audit_outbox WHERE id = ?"),
                                { id });
        },
        context, std::move(done));
}

void AuditOutbox::markAttempt(const QString &id, const QString &error, QObject *context,
                              ErrorCallback done)
{
    m_db.run(
        [id, error](QSqlDatabase &db) {
            return execPrepared(db,
                                QStringLiteral("UPDATE audit_outbox SET attempts = attempts + 1,"
                                               " last_error = ? WHERE id = ?"),
                                { error, id });
        },
        context, std::move(done));
}

} // namespace opc::storage
