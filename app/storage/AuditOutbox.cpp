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
        // A refusal is kept on disk, so the events it refused are not offered again and again
        // (and never hold up the ones behind them), also after a restart.
        { 2,
          { QStringLiteral("ALTER TABLE audit_outbox ADD COLUMN refused_at TEXT"),
            QStringLiteral("CREATE INDEX audit_outbox_deliverable"
                           " ON audit_outbox (refused_at, created_at)") } },
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

// Runs a listing: `where` selects the rows (its values bound first), then the cursor and limit.
AuditOutbox::Listing listEvents(QSqlDatabase &db, const QString &where, const QVariantList &values,
                                const AuditOutbox::Cursor &after, int limit)
{
    AuditOutbox::Listing listing;
    listing.end = after;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, payload, created_at, attempts, last_error, refused_at,"
                                 " rowid FROM audit_outbox WHERE (%1)"
                                 " AND (created_at > ? OR (created_at = ? AND rowid > ?))"
                                 " ORDER BY created_at, rowid LIMIT ?")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    // Not a null string: that would bind as NULL, and nothing compares greater than NULL.
    const QString createdAfter = after.createdAt.isNull() ? QStringLiteral("") : after.createdAt;
    query.addBindValue(createdAfter);
    query.addBindValue(createdAfter);
    query.addBindValue(after.rowid);
    query.addBindValue(limit);
    if (!query.exec()) {
        listing.error = queryError(query);
        return listing;
    }
    while (query.next()) {
        PendingAuditEvent event;
        event.id = query.value(0).toString();
        event.payload = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const QString createdAt = query.value(2).toString();
        event.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
        event.attempts = query.value(3).toInt();
        event.lastError = query.value(4).toString();
        if (!query.isNull(5))
            event.refusedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        listing.end = { createdAt, query.value(6).toLongLong() };
        listing.events.append(event);
    }
    return listing;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
    const QString createdAt = now();
    m_db.run(
        [id, text, createdAt](QSqlDatabase &db) {
            return execPrepared(db,
                                QStringLiteral("INSERT OR IGNORE INTO audit_outbox"
                                               " (id, payload, created_at) VALUES (?, ?, ?)"),
                                { id, text, createdAt });
        },
        context, std::move(done));
}

void AuditOutbox::listPending(int limit, QObject *context,
                              std::function<void(const Listing &)> done)
{
    listPending(limit, Cursor {}, context, std::move(done));
}

void AuditOutbox::listPending(int limit, const Cursor &after, QObject *context,
                              std::function<void(const Listing &)> done)
{
    m_db.run(
        [limit, after](QSqlDatabase &db) {
            return listEvents(db, QStringLiteral("refused_at IS NULL"), {}, after, limit);
        },
        context, std::move(done));
}

void AuditOutbox::listRefused(int limit, const QDateTime &refusedBefore, const Cursor &after,
                              QObject *context, std::function<void(const Listing &)> done)
{
    const QString before = refusedBefore.toUTC().toString(Qt::ISODateWithMs);
    m_db.run(
        [limit, before, after](QSqlDatabase &db) {
            return listEvents(db, QStringLiteral("refused_at IS NOT NULL AND refused_at < ?"),
                              { before }, after, limit);
        },
        context, std::move(done));
}

void AuditOutbox::count(QObject *context, std::function<void(const Count &)> done)
{
    m_db.run(
        [](QSqlDatabase &db) {
            Count result;
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) - COUNT(refused_at), COUNT(refused_at)"
                                          " FROM audit_outbox"))
                && query.next()) {
                result.pending = query.value(0).toInt();
                result.refused = query.value(1).toInt();
            } else {
                result.error = queryError(query);
            }
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

void AuditOutbox::markRefused(const QString &id, const QString &error, QObject *context,
                              ErrorCallback done)
{
    const QString refusedAt = now();
    m_db.run(
        [id, error, refusedAt](QSqlDatabase &db) {
            return execPrepared(db,
                                QStringLiteral("UPDATE audit_outbox SET attempts = attempts + 1,"
                                               " last_error = ?, refused_at = ? WHERE id = ?"),
                                { error, refusedAt, id });
        },
        context, std::move(done));
}

} // namespace opc::storage
