#include "core/JsonNumbers.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerSupport.h"

#include <QSqlError>

// The partner's bell (seed 003 §4): a notice 7 days before a line expires, when it has expired
// (both sent by the sweep, PartnerSweep.cpp) and when a channel of a line connects or
// disconnects (reported by the platform here). Each names the client's cabinet id and e-mail,
// the line, the organisation and the project, as they were when it was sent. The bell is the
// partner cabinet's, so read/unread is shared by everyone who works in it.

namespace opc::sandbox {

namespace {

constexpr int kMaxIdsPerRead = 1000;

qint64 unreadCount(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT COUNT(*) FROM partner_notifications WHERE read = 0"))
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QJsonObject notificationJson(const QSqlQuery &query)
{
    QJsonObject item
        = rowToJson(query,
                    { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("created_at"),
                      QStringLiteral("client_id"), QStringLiteral("client_account_id"),
                      QStringLiteral("client_email"), QStringLiteral("organisation"),
                      QStringLiteral("project") });
    item.insert(QStringLiteral("read"), query.value(QStringLiteral("read")).toBool());
    // "line_id" is the platform's line id as the lines list shows it ("L-20001"); the record's
    // id, for GET /api/v1/partner/lines/{id}, is "partner_line_id".
    item.insert(QStringLiteral("line_id"), query.value(QStringLiteral("line_code")).toString());
    item.insert(QStringLiteral("partner_line_id"),
                query.value(QStringLiteral("line_id")).toLongLong());
    const QVariant channel = query.value(QStringLiteral("channel"));
    if (!channel.isNull())
        item.insert(QStringLiteral("channel"), channel.toString());
    const QVariant expires = query.value(QStringLiteral("expires_at"));
    if (!expires.isNull())
        item.insert(QStringLiteral("expires_at"), expires.toString());
    return item;
}

// GET: newest first; the cursor carries the id of the last notification shown.
HttpReply listNotifications(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QString detail;
    if (!sweepPartner(context, &detail))
        return internalError(detail);
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT * FROM partner_notifications WHERE (? = 0 OR id < ?) "
                                  "ORDER BY id DESC LIMIT ?"),
                   { page->after, page->after, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next())
        rows.append(notificationJson(query));
    const qint64 unread = unreadCount(context.db, &detail);
    if (unread < 0)
        return internalError(detail);
    QJsonObject body = pageBody(rows, *page, QStringLiteral("id"));
    body.insert(QStringLiteral("unread_count"), unread);
    return HttpReply::json(200, body);
}

// POST /read {"ids":[…]} or {"all":true}. No sweep first: "all" means all the partner has seen.
HttpReply markRead(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("ids"), QStringLiteral("all") }))
        return *unknown;
    const bool hasIds = body->contains(QStringLiteral("ids"));
    const bool hasAll = body->contains(QStringLiteral("all"));
    if (hasIds == hasAll) {
        return validationError(hasIds ? QStringLiteral("all") : QStringLiteral("ids"),
                               Text::tr("Send either ids (the notifications to mark read) or "
                                        "\"all\": true, not both."));
    }
    QList<qint64> ids;
    if (hasAll) {
        if (body->value(QStringLiteral("all")) != QJsonValue(true)) {
            return validationError(QStringLiteral("all"),
                                   Text::tr("all must be true; to mark some notifications read, "
                                            "send their ids."));
        }
    } else {
        const QJsonValue list = body->value(QStringLiteral("ids"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxIdsPerRead) {
            return validationError(
                QStringLiteral("ids"),
                Text::tr("ids must list 1 to %1 notification ids.").arg(kMaxIdsPerRead));
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("ids[%1]").arg(i);
            const auto id = wholeNumber(array.at(i), 1, kJsonExactLimit);
            QSqlQuery exists(context.db);
            if (id
                && !execQuery(exists,
                              QStringLiteral("SELECT 1 FROM partner_notifications WHERE id = ?"),
                              { *id }))
                return databaseError(exists);
            if (!id || !exists.next()) {
                return validationError(field,
                                       Text::tr("%1 is not the id of a notification (GET "
                                                "/api/v1/partner/notifications).")
                                           .arg(field));
            }
            ids.append(*id);
        }
    }
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery write(context.db);
    bool ok = true;
    if (hasAll) {
        ok = execQuery(write, QStringLiteral("UPDATE partner_notifications SET read = 1"));
    } else {
        for (qint64 id : ids) {
            ok = ok
                && execQuery(
                     write,
                     QStringLiteral("UPDATE partner_notifications SET read = 1 WHERE id = ?"),
                     { id });
        }
    }
    if (!ok || !context.db.commit()) {
        const QString detail = write.lastError().text();
        context.db.rollback();
        return internalError(detail);
    }
    QString detail;
    const qint64 unread = unreadCount(context.db, &detail);
    if (unread < 0)
        return internalError(detail);
    return HttpReply::json(200, QJsonObject { { QStringLiteral("unread_count"), unread } });
}

// POST /partner/lines/{id}/channels/{channel} {"connected": bool}: the platform reports that a
// channel of the line connected or disconnected. One channel of that kind changes (the first one
// not already in that state) and the bell gets a notice; a report of the state the channels
// already have changes nothing and sends nothing.
HttpReply channelState(ApiContext &context, const ApiRequest &request)
{
    const auto lineId = parseId(request.params.value(0));
    if (!lineId)
        return notFound();
    QSqlQuery line(context.db);
    if (!execQuery(line, QStringLiteral("SELECT line_id FROM partner_lines WHERE id = ?"),
                   { *lineId }))
        return databaseError(line);
    if (!line.next())
        return notFound();
    const QString channel = request.params.value(1);
    QSqlQuery rows(context.db);
    if (!execQuery(rows,
                   QStringLiteral("SELECT id, channel, connected FROM line_channels WHERE "
                                  "line_id = ? ORDER BY id"),
                   { *lineId }))
        return databaseError(rows);
    QStringList has;
    QList<std::pair<qint64, bool>> matching;
    while (rows.next()) {
        if (!has.contains(rows.value(1).toString()))
            has.append(rows.value(1).toString());
        if (rows.value(1).toString() == channel)
            matching.append({ rows.value(0).toLongLong(), rows.value(2).toBool() });
    }
    if (matching.isEmpty()) {
        return HttpReply::error(
            404, QStringLiteral("not_found"),
            Text::tr("Line %1 has no “%2” channel. Its channels: %3.")
                .arg(line.value(0).toString(), channel.left(50),
                     has.isEmpty() ? Text::tr("none") : has.join(QStringLiteral(", "))),
            QStringLiteral("channel"));
    }
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("connected") }))
        return *unknown;
    const QJsonValue connected = body->value(QStringLiteral("connected"));
    if (!connected.isBool()) {
        return validationError(QStringLiteral("connected"),
                               Text::tr("connected must be true or false."));
    }
    qint64 changing = 0;
    for (const auto &[id, state] : matching) {
        if (state != connected.toBool()) {
            changing = id;
            break;
        }
    }
    if (changing == 0)
        return lineReply(context, *lineId);
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery write(context.db);
    const bool ok
        = execQuery(write, QStringLiteral("UPDATE line_channels SET connected = ? WHERE id = ?"),
                    { connected.toBool() ? 1 : 0, changing })
        && execQuery(write,
                     QStringLiteral("UPDATE partner_lines SET version = version + 1 WHERE id = ?"),
                     { *lineId })
        && execQuery(
              write,
              QStringLiteral(
                  "INSERT INTO partner_notifications (kind, line_id, line_code, client_id, "
                  "client_account_id, client_email, organisation, project, channel, created_at) "
                  "SELECT ?, l.id, l.line_id, c.id, c.account_id, c.email, c.organisation, "
                  "COALESCE(l.project, c.project), ?, ? FROM partner_lines l JOIN partner_clients "
                  "c ON c.id = l.client_id WHERE l.id = ?"),
              { connected.toBool() ? QStringLiteral("channel_connected")
                                   : QStringLiteral("channel_disconnected"),
                channel, partnerNowIso(context), *lineId });
    if (!ok || !context.db.commit()) {
        const QString detail = write.lastError().text();
        context.db.rollback();
        return internalError(detail);
    }
    return lineReply(context, *lineId);
}

} // namespace

std::vector<Route> partnerNotificationRoutes()
{
    return {
        { "GET", "/api/v1/partner/notifications", Access::AnyUser, false, &listNotifications },
        { "POST", "/api/v1/partner/notifications/read", Access::AnyUser, false, &markRead },
        // The platform's report, served like the other webhooks.
        { "POST", "/api/v1/partner/lines/{id}/channels/{channel}", Access::AnyUser, false,
          &channelState },
    };
}

} // namespace opc::sandbox
