#include "core/AuditEvent.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/AuditQuery.h"
#include "sandbox/AuditRetention.h"
#include "sandbox/AuditStore.h"
#include "sandbox/Routes.h"
#include "sandbox/SandboxClock.h"

#include <QJsonArray>
#include <QJsonDocument>

// The audit log: append-only (triggers refuse UPDATE and DELETE outside a retention run) and
// hash-chained, each stored event carrying the hash of the one before. An event id is stored
// once, however often the console delivers it. Team leads read it filtered, in the chain's
// order (verification, export) or grouped by operation (the viewer).

namespace opc::sandbox {

namespace {

constexpr int kMaxAuditPage = 1000; // export reads big pages; the contract's other lists 200
constexpr int kMaxActivityDays = 366;

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
    if (!execQuery(existing,
                   QStringLiteral("SELECT seq, hash, stored_json FROM audit_events WHERE id = ?"),
                   { event->id }))
        return databaseError(existing);
    if (existing.next()) {
        HttpReply reply = HttpReply::json(200, QJsonObject());
        reply.body = storedEventJson(existing);
        return reply;
    }

    if (const auto failed = beginTransaction(context.db))
        return *failed;
    AuditStore store(context.db);
    QString detail;
    const auto stored = store.append(*event, context.clock->now(), &detail);
    if (!stored) {
        context.db.rollback();
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(detail));
    }
    context.db.commit();
    return HttpReply::json(201, *stored);
}

// A page of stored events; `rows` was asked for one more than `limit`, which only says there is
// a next page.
struct EventRows {
    QByteArray items; // the JSON array's elements, comma-separated
    int count = 0;
    qint64 lastSeq = 0;
    bool more = false;
};

EventRows readRows(QSqlQuery &query, int limit)
{
    EventRows rows;
    rows.items.reserve(limit * 700); // a stored event is about 600 bytes
    while (query.next()) {
        if (rows.count == limit) {
            rows.more = true;
            break;
        }
        if (rows.count > 0)
            rows.items += ',';
        rows.items += storedEventJson(query);
        rows.lastSeq = query.value(0).toLongLong();
        ++rows.count;
    }
    return rows;
}

std::optional<bool> readWithTotal(const QUrlQuery &query, HttpReply *error)
{
    const QString value = queryValue(query, QStringLiteral("with_total"));
    if (!query.hasQueryItem(QStringLiteral("with_total")) || value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("true"))
        return true;
    *error = validationError(QStringLiteral("with_total"),
                             Text::tr("with_total must be true or false."));
    return std::nullopt;
}

// The size of the filtered set up to event `until` (the page's snapshot).
std::optional<qint64> countEvents(ApiContext &context, const AuditWhere &where, qint64 until,
                                  HttpReply *error)
{
    // Unfiltered, the log is the contiguous run of seqs its chain guarantees: index lookups
    // instead of counting a million rows (the viewer asks this on every opening). Separate
    // subqueries, because SQLite looks MIN and MAX up in the index only one per query.
    const QString sql = where.binds.isEmpty()
        ? QStringLiteral("SELECT MAX(0, MIN(?, COALESCE((SELECT MAX(seq) FROM audit_index), 0)) "
                         "- COALESCE((SELECT MIN(seq) FROM audit_index), 1) + 1)")
        : QStringLiteral("SELECT COUNT(*) FROM audit_index i WHERE ") + where.sql
            + QStringLiteral(" AND +i.seq <= ?");
    QVariantList binds = where.binds;
    binds.append(until);
    QSqlQuery count(context.db);
    if (!execQuery(count, sql, binds) || !count.next()) {
        *error = databaseError(count);
        return std::nullopt;
    }
    return count.value(0).toLongLong();
}

// The newest event now: a grouped listing is a snapshot up to it, so that events arriving
// while a team lead scrolls do not shift the rows of pages read later.
std::optional<qint64> lastSeq(ApiContext &context, HttpReply *error)
{
    QSqlQuery last(context.db);
    if (!execQuery(last, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_index"))
        || !last.next()) {
        *error = databaseError(last);
        return std::nullopt;
    }
    return last.value(0).toLongLong();
}

HttpReply listEvents(ApiContext &context, const ApiRequest &request)
{
    const QUrlQuery &query = request.call.query;
    HttpReply error;
    const QString order = queryValue(query, QStringLiteral("order"));
    const bool grouped = order == QLatin1String("grouped");
    if (!order.isEmpty() && !grouped && order != QLatin1String("seq")) {
        return validationError(QStringLiteral("order"),
                               Text::tr("order must be seq (the chain's order) or grouped (by "
                                        "operation, newest first)."));
    }
    if (grouped && query.hasQueryItem(QStringLiteral("cursor"))) {
        return validationError(QStringLiteral("cursor"),
                               Text::tr("order=grouped pages by offset, not by cursor."));
    }
    if (!grouped && query.hasQueryItem(QStringLiteral("offset"))) {
        return validationError(QStringLiteral("offset"),
                               Text::tr("order=seq pages by cursor, not by offset."));
    }
    const auto page = readPage(query, &error, kMaxAuditPage);
    const auto filter = page ? readAuditFilter(query, &error) : std::nullopt;
    const auto withTotal = filter ? readWithTotal(query, &error) : std::nullopt;
    if (!withTotal)
        return error;
    qint64 offset = 0;
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        const auto parsed = parseId(queryValue(query, QStringLiteral("offset")));
        if (!parsed) {
            return validationError(QStringLiteral("offset"),
                                   Text::tr("offset must be a whole number from 0."));
        }
        offset = *parsed;
    }

    std::optional<qint64> until;
    if (query.hasQueryItem(QStringLiteral("until_seq"))) {
        until = parseId(queryValue(query, QStringLiteral("until_seq")));
        if (!until) {
            return validationError(QStringLiteral("until_seq"),
                                   Text::tr("until_seq must be a whole number from 0: the "
                                            "as_of_seq of the listing's first page."));
        }
    } else {
        until = lastSeq(context, &error);
        if (!until)
            return error;
    }

    const AuditWhere where = auditWhere(*filter);
    // Blobs: the driver hands over the stored bytes as they are, without a round trip through
    // UTF-16 (the export reads a million of them).
    QString sql;
    QVariantList binds = where.binds;
    if (grouped) {
        // The page is cut from the index alone (it covers the order), and only its rows are
        // joined: a page deep in a million events does not read the events above it.
        // The grouped indexes serve the order without sorting; left to itself SQLite takes the
        // narrower (actor, seq) or (action, seq) index and sorts the agent's whole history. The
        // snapshot bound is written +i.seq so that it does not pull the plan onto a seq index.
        QString index;
        if (!filter->actor.isEmpty())
            index = QStringLiteral(" INDEXED BY audit_index_actor");
        else if (!filter->action.isEmpty() && !filter->action.endsWith(QLatin1String(".*")))
            index = QStringLiteral(" INDEXED BY audit_index_action");
        sql = QStringLiteral("SELECT e.seq, CAST(e.hash AS BLOB), CAST(e.stored_json AS BLOB) "
                             "FROM (SELECT i.seq, i.group_seq FROM audit_index i")
            + index + QStringLiteral(" WHERE ") + where.sql
            + QStringLiteral(" AND +i.seq <= ? ORDER BY i.group_seq DESC, i.seq LIMIT ? OFFSET "
                             "?) p JOIN audit_events e ON e.seq = p.seq ORDER BY p.group_seq "
                             "DESC, p.seq");
        binds << *until << page->limit + 1 << offset;
    } else if (where.binds.isEmpty()) {
        // Unfiltered, the chain's order needs no index.
        sql = QStringLiteral("SELECT seq, CAST(hash AS BLOB), CAST(stored_json AS BLOB) FROM "
                             "audit_events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?");
        binds << page->after << *until << page->limit + 1;
    } else {
        sql = QStringLiteral("SELECT e.seq, CAST(e.hash AS BLOB), CAST(e.stored_json AS BLOB) "
                             "FROM audit_index i JOIN audit_events e ON e.seq = i.seq WHERE ")
            + where.sql + QStringLiteral(" AND i.seq > ? AND i.seq <= ? ORDER BY i.seq LIMIT ?");
        binds << page->after << *until << page->limit + 1;
    }
    QSqlQuery rowsQuery(context.db);
    rowsQuery.setForwardOnly(true);
    if (!execQuery(rowsQuery, sql, binds))
        return databaseError(rowsQuery);
    const EventRows rows = readRows(rowsQuery, page->limit);

    QByteArray body = "{\"items\":[" + rows.items + "],";
    if (grouped) {
        body += "\"next_offset\":"
            + (rows.more ? QByteArray::number(offset + rows.count) : QByteArray("null"))
            + ",\"as_of_seq\":" + QByteArray::number(*until);
    } else {
        body += "\"next_cursor\":"
            + (rows.more ? '"' + encodeCursor(rows.lastSeq).toLatin1() + '"' : QByteArray("null"));
    }
    if (*withTotal) {
        const auto total = countEvents(context, where, *until, &error);
        if (!total)
            return error;
        body += ",\"total\":" + QByteArray::number(*total);
    }
    body += '}';
    HttpReply reply = HttpReply::json(200, QJsonObject());
    reply.body = body;
    return reply;
}

HttpReply facets(ApiContext &context, const ApiRequest &)
{
    QSqlQuery users(context.db);
    if (!execQuery(users,
                   QStringLiteral("SELECT id, display_name, role FROM users ORDER BY "
                                  "display_name, id")))
        return databaseError(users);
    QJsonArray actors;
    while (users.next()) {
        actors.append(QJsonObject { { QStringLiteral("id"), users.value(0).toString() },
                                    { QStringLiteral("name"), users.value(1).toString() },
                                    { QStringLiteral("role"), users.value(2).toString() } });
    }
    QSqlQuery actionsQuery(context.db);
    if (!execQuery(actionsQuery,
                   QStringLiteral("SELECT action FROM audit_actions ORDER BY action")))
        return databaseError(actionsQuery);
    QJsonArray actions;
    while (actionsQuery.next())
        actions.append(actionsQuery.value(0).toString());
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("actors"), actors },
                                         { QStringLiteral("actions"), actions } });
}

HttpReply activity(ApiContext &context, const ApiRequest &request)
{
    const QUrlQuery &query = request.call.query;
    HttpReply error;
    const auto filter = readAuditFilter(query, &error);
    if (!filter)
        return error;
    for (const auto &[name, bound] : { std::pair { QStringLiteral("from"), filter->from },
                                       std::pair { QStringLiteral("to"), filter->to } }) {
        if (!bound.isValid()) {
            return validationError(name,
                                   Text::tr("The activity chart needs a range: from and to."));
        }
    }
    if (filter->from.daysTo(filter->to) > kMaxActivityDays) {
        return validationError(
            QStringLiteral("to"),
            Text::tr("The activity chart covers at most %1 days.").arg(kMaxActivityDays));
    }
    int offsetMinutes = 0;
    if (query.hasQueryItem(QStringLiteral("utc_offset_minutes"))) {
        bool ok = false;
        const QString text = queryValue(query, QStringLiteral("utc_offset_minutes"));
        offsetMinutes = text.size() <= 5 ? text.toInt(&ok) : 0;
        if (!ok || offsetMinutes < -720 || offsetMinutes > 840) {
            return validationError(QStringLiteral("utc_offset_minutes"),
                                   Text::tr("utc_offset_minutes must be a whole number from "
                                            "-720 to 840."));
        }
    }
    const AuditWhere where = auditWhere(*filter);
    QSqlQuery cells(context.db);
    QVariantList binds { QStringLiteral("%1 minutes").arg(offsetMinutes, 0, 10) };
    binds.append(where.binds);
    if (!execQuery(cells,
                   QStringLiteral("SELECT date(i.occurred_at, ?) AS day, i.actor, COUNT(*) FROM "
                                  "audit_index i WHERE ")
                       + where.sql + QStringLiteral(" GROUP BY day, i.actor ORDER BY day, i.actor"),
                   binds))
        return databaseError(cells);
    QJsonArray days;
    qint64 total = 0;
    while (cells.next()) {
        const qint64 count = cells.value(2).toLongLong();
        total += count;
        days.append(QJsonObject { { QStringLiteral("day"), cells.value(0).toString() },
                                  { QStringLiteral("actor"), cells.value(1).toString() },
                                  { QStringLiteral("count"), count } });
    }
    return HttpReply::json(
        200, QJsonObject { { QStringLiteral("days"), days }, { QStringLiteral("total"), total } });
}

QJsonObject anchorJson(const AuditAnchor &anchor)
{
    QJsonObject json { { QStringLiteral("seq"), anchor.seq },
                       { QStringLiteral("hash"), QString::fromLatin1(anchor.hash) } };
    if (!anchor.archive.isEmpty()) {
        json.insert(QStringLiteral("archived_at"), anchor.archivedAt);
        json.insert(QStringLiteral("archive"), anchor.archive);
    }
    return json;
}

HttpReply anchor(ApiContext &context, const ApiRequest &)
{
    QString detail;
    const auto anchor = readAuditAnchor(context.db, &detail);
    if (!anchor) {
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(detail));
    }
    return HttpReply::json(200, anchorJson(*anchor));
}

HttpReply runRetention(ApiContext &context, const ApiRequest &)
{
    if (context.auditRetention.days <= 0) {
        return HttpReply::error(409, QStringLiteral("retention_off"),
                                Text::tr("Audit retention is off: start the sandbox with "
                                         "--audit-retention-days."));
    }
    QString detail;
    const auto result
        = runAuditRetention(context.db, context.clock->now(), context.auditRetention, &detail);
    if (!result) {
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("Audit retention failed: %1").arg(detail));
    }
    return HttpReply::json(
        200,
        QJsonObject { { QStringLiteral("archived"), result->archived },
                      { QStringLiteral("archive"),
                        result->archivePath.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(result->archivePath) },
                      { QStringLiteral("anchor"), anchorJson(result->anchor) } });
}

} // namespace

std::vector<Route> auditRoutes()
{
    return {
        { "POST", "/api/v1/audit/events", Access::AnyUser, false, &postEvent },
        { "GET", "/api/v1/audit/events", Access::Reviewer, false, &listEvents },
        { "GET", "/api/v1/audit/facets", Access::Reviewer, false, &facets },
        { "GET", "/api/v1/audit/activity", Access::Reviewer, false, &activity },
        { "GET", "/api/v1/audit/anchor", Access::Reviewer, false, &anchor },
        { "POST", "/api/v1/_sandbox/audit/retention", Access::Admin, true, &runRetention },
    };
}

} // namespace opc::sandbox
