#include "core/AuditChain.h"
#include "core/AuditEvent.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QJsonDocument>

// The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained, each stored
// event carrying the hash of the one before. An event id is stored once, however often the
// console delivers it.

namespace opc::sandbox {

namespace {

QJsonObject storedEvent(const QSqlQuery &query)
{
    QJsonObject event
        = QJsonDocument::fromJson(query.value(QStringLiteral("stored_json")).toByteArray())
              .object();
    event.insert(QStringLiteral("hash"), query.value(QStringLiteral("hash")).toString());
    return event;
}

HttpReply postEvent(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    QString field;
    const auto event = AuditEvent::fromJson(*body, &field);
    if (!event) {
        return validationError(field,
                               Text::tr("The audit event's %1 is missing or invalid.").arg(field));
    }
    if (event->actor != request.user.id) {
        return validationError(
            QStringLiteral("actor"),
            Text::tr("actor must be the id of the signed-in user (%1).").arg(request.user.id));
    }
    QSqlQuery existing(context.db);
    if (!execQuery(existing, QStringLiteral("SELECT * FROM audit_events WHERE id = ?"),
                   { event->id }))
        return databaseError(existing);
    if (existing.next())
        return HttpReply::json(200, storedEvent(existing));

    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery last(context.db);
    if (!execQuery(
            last, QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"))) {
        context.db.rollback();
        return databaseError(last);
    }
    const bool hasLast = last.next();
    const qint64 seq = hasLast ? last.value(0).toLongLong() + 1 : 1;
    const QByteArray prevHash = hasLast ? last.value(1).toByteArray() : chainGenesisHash();
    QJsonObject stored = event->toJson();
    stored.insert(QStringLiteral("seq"), seq);
    stored.insert(QStringLiteral("received_at"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    stored.insert(QStringLiteral("prev_hash"), QString::fromLatin1(prevHash));
    const QByteArray hash = chainHash(prevHash, stored);
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO audit_events (seq, id, actor, action, received_at, "
                                  "prev_hash, hash, stored_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   { seq, event->id, event->actor, event->action,
                     stored.value(QStringLiteral("received_at")).toString(),
                     QString::fromLatin1(prevHash), QString::fromLatin1(hash),
                     QString::fromUtf8(canonicalJson(stored)) })) {
        context.db.rollback();
        return databaseError(insert);
    }
    context.db.commit();
    stored.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return HttpReply::json(201, stored);
}

HttpReply listEvents(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT seq, hash, stored_json FROM audit_events "
                                  "WHERE seq > ? ORDER BY seq LIMIT ?"),
                   { page->after, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next())
        rows.append(storedEvent(query));
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("seq")));
}

} // namespace

std::vector<Route> auditRoutes()
{
    return {
        { "POST", "/api/v1/audit/events", Access::AnyUser, false, &postEvent },
        { "GET", "/api/v1/audit/events", Access::Reviewer, false, &listEvents },
    };
}

} // namespace opc::sandbox
