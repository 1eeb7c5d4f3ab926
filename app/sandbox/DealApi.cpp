#include "core/JsonNumbers.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/Routes.h"

#include <QSqlError>

#include <algorithm>

// Funnels and deals (seeds 002, 004): the funnels with their stages and a summary per stage,
// one deal with its order, tasks, comments and stage history, moving a deal to another stage
// (the transition is recorded with time, amount and employee), and the deal's call-tracking
// record, which follows the deal's status and amount (seed 002's status sync).

namespace opc::sandbox {

namespace {

constexpr qint64 kMaxAmountKopecks = 10'000'000'000'000; // 100 billion roubles

const QStringList kDealColumns { QStringLiteral("id"),         QStringLiteral("lead_id"),
                                 QStringLiteral("funnel_id"),  QStringLiteral("status"),
                                 QStringLiteral("type"),       QStringLiteral("amount_kopecks"),
                                 QStringLiteral("order_id"),   QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("version") };

const QString kDealSelect = QStringLiteral(
    "SELECT d.*, c.name AS client_name, c.phone AS client_phone, c.email AS client_email, "
    "c.type AS client_type, st.name AS stage_name, st.kind AS stage_kind, "
    "st.sort_order AS stage_sort_order FROM deals d JOIN clients c ON c.id = d.client_id "
    "JOIN funnel_stages st ON st.id = d.stage_id");

QJsonObject dealJson(const QSqlQuery &query)
{
    QJsonObject deal = rowToJson(query, kDealColumns);
    deal.insert(
        QStringLiteral("client"),
        QJsonObject {
            { QStringLiteral("id"), query.value(QStringLiteral("client_id")).toLongLong() },
            { QStringLiteral("name"), query.value(QStringLiteral("client_name")).toString() },
            { QStringLiteral("phone"), query.value(QStringLiteral("client_phone")).toString() },
            { QStringLiteral("email"), query.value(QStringLiteral("client_email")).toString() },
            { QStringLiteral("type"), query.value(QStringLiteral("client_type")).toString() } });
    deal.insert(
        QStringLiteral("stage"),
        QJsonObject {
            { QStringLiteral("id"), query.value(QStringLiteral("stage_id")).toLongLong() },
            { QStringLiteral("name"), query.value(QStringLiteral("stage_name")).toString() },
            { QStringLiteral("kind"), query.value(QStringLiteral("stage_kind")).toString() },
            { QStringLiteral("sort_order"),
              query.value(QStringLiteral("stage_sort_order")).toLongLong() } });
    return deal;
}

HttpReply listDeals(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery query(context.db);
    if (!execQuery(query, kDealSelect + QStringLiteral(" WHERE d.id > ? ORDER BY d.id LIMIT ?"),
                   { page->after, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next())
        rows.append(dealJson(query));
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

// Every row of `sql` (bound to `id`) as JSON with `columns`.
std::optional<QJsonArray> rowsOf(const QString &sql, qint64 id, const QStringList &columns,
                                 QSqlQuery *query)
{
    if (!execQuery(*query, sql, { id }))
        return std::nullopt;
    QJsonArray rows;
    while (query->next())
        rows.append(rowToJson(*query, columns));
    return rows;
}

HttpReply dealReply(ApiContext &context, qint64 id)
{
    QSqlQuery query(context.db);
    if (!execQuery(query, kDealSelect + QStringLiteral(" WHERE d.id = ?"), { id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    QJsonObject deal = dealJson(query);
    const qint64 version = query.value(QStringLiteral("version")).toLongLong();

    QSqlQuery order(context.db);
    if (!execQuery(order, QStringLiteral("SELECT * FROM orders WHERE id = ?"),
                   { query.value(QStringLiteral("order_id")) }))
        return databaseError(order);
    if (order.next()) {
        QJsonObject orderJson = rowToJson(
            order,
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("lead_id"),
              QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("source"),
              QStringLiteral("medium"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
              QStringLiteral("utm_campaign"), QStringLiteral("utm_content"),
              QStringLiteral("utm_term"), QStringLiteral("google_client_id"),
              QStringLiteral("tags"), QStringLiteral("amount_kopecks"),
              QStringLiteral("created_at"), QStringLiteral("updated_at"),
              QStringLiteral("version") });
        deal.insert(QStringLiteral("order"), orderJson);
    } else {
        deal.insert(QStringLiteral("order"), QJsonValue(QJsonValue::Null));
    }

    QSqlQuery tasks(context.db);
    const auto taskRows = rowsOf(
        QStringLiteral("SELECT id, lead_id, text, status, created_by, created_at FROM deal_tasks "
                       "WHERE deal_id = ? ORDER BY id"),
        id,
        { QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("text"),
          QStringLiteral("status"), QStringLiteral("created_by"), QStringLiteral("created_at") },
        &tasks);
    if (!taskRows)
        return databaseError(tasks);
    deal.insert(QStringLiteral("tasks"), *taskRows);

    QSqlQuery comments(context.db);
    const auto commentRows = rowsOf(
        QStringLiteral("SELECT id, lead_id, author, author_id, text, created_at FROM "
                       "deal_comments WHERE deal_id = ? ORDER BY id"),
        id,
        { QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("author"),
          QStringLiteral("author_id"), QStringLiteral("text"), QStringLiteral("created_at") },
        &comments);
    if (!commentRows)
        return databaseError(comments);
    deal.insert(QStringLiteral("comments"), *commentRows);

    QSqlQuery history(context.db);
    if (!execQuery(history,
                   QStringLiteral("SELECT h.stage_id, st.name AS stage_name, h.entered_at, "
                                  "h.amount_kopecks, h.is_generated, h.user_id, u.display_name "
                                  "FROM deal_stage_history h JOIN funnel_stages st ON st.id = "
                                  "h.stage_id LEFT JOIN users u ON u.id = h.user_id WHERE "
                                  "h.deal_id = ? ORDER BY h.entered_at, h.id"),
                   { id }))
        return databaseError(history);
    QJsonArray historyRows;
    while (history.next()) {
        QJsonObject entry
            = rowToJson(history,
                        { QStringLiteral("stage_id"), QStringLiteral("stage_name"),
                          QStringLiteral("entered_at"), QStringLiteral("amount_kopecks") });
        entry.insert(QStringLiteral("is_generated"),
                     history.value(QStringLiteral("is_generated")).toBool());
        const QVariant user = history.value(QStringLiteral("user_id"));
        entry.insert(
            QStringLiteral("employee"),
            user.isNull()
                ? QJsonValue(QJsonValue::Null)
                : QJsonObject { { QStringLiteral("id"), user.toString() },
                                { QStringLiteral("display_name"),
                                  history.value(QStringLiteral("display_name")).toString() } });
        historyRows.append(entry);
    }
    deal.insert(QStringLiteral("stage_history"), historyRows);
    return HttpReply::json(200, deal).setHeader("ETag", entityTag("deal", id, version));
}

HttpReply getDeal(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    return id ? dealReply(context, *id) : notFound();
}

// The status a stage move gives when the body names none: the success stage finishes the deal,
// the failed stage cancels it, an in-process stage reopens a closed deal and keeps an open one's.
QString derivedStatus(const QString &current, const QString &stageKind)
{
    if (stageKind == QLatin1String("success"))
        return QStringLiteral("finished");
    if (stageKind == QLatin1String("failed"))
        return QStringLiteral("cancelled");
    if (current == QLatin1String("finished") || current.startsWith(QLatin1String("cancelled")))
        return QStringLiteral("in_progress");
    return current;
}

HttpReply moveDeal(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery current(context.db);
    if (!execQuery(current,
                   QStringLiteral("SELECT funnel_id, stage_id, status, amount_kopecks, version, "
                                  "order_id FROM deals WHERE id = ?"),
                   { *id }))
        return databaseError(current);
    if (!current.next())
        return notFound();
    const qint64 funnelId = current.value(0).toLongLong();
    const qint64 stageId = current.value(1).toLongLong();
    const QString status = current.value(2).toString();
    const qint64 amount = current.value(3).toLongLong();
    const qint64 version = current.value(4).toLongLong();
    const QVariant orderId = current.value(5);
    if (const auto refused = checkIfMatch(request, entityTag("deal", *id, version)))
        return *refused;
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body,
                       { QStringLiteral("stage_id"), QStringLiteral("amount_kopecks"),
                         QStringLiteral("status") }))
        return *unknown;
    const auto newStage = wholeNumber(body->value(QStringLiteral("stage_id")), 1, kJsonExactLimit);
    QString detail;
    const auto stages = funnelStages(context.db, funnelId, &detail);
    if (!stages)
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(detail));
    const auto stage = std::find_if(stages->begin(), stages->end(), [&](const leads::Stage &s) {
        return newStage && s.id == *newStage;
    });
    if (stage == stages->end()) {
        return validationError(QStringLiteral("stage_id"),
                               Text::tr("stage_id must be a stage of the deal's funnel %1 "
                                        "(GET /api/v1/funnels).")
                                   .arg(funnelId));
    }
    qint64 newAmount = amount;
    if (body->contains(QStringLiteral("amount_kopecks"))) {
        const auto parsed
            = wholeNumber(body->value(QStringLiteral("amount_kopecks")), 0, kMaxAmountKopecks);
        if (!parsed) {
            return validationError(QStringLiteral("amount_kopecks"),
                                   Text::tr("amount_kopecks must be a whole number of kopecks "
                                            "from 0 to %1 (the total after discounts).")
                                       .arg(kMaxAmountKopecks));
        }
        newAmount = *parsed;
    }
    const QString kind = leads::stageKindToWire(stage->kind);
    QString newStatus = derivedStatus(status, kind);
    if (body->contains(QStringLiteral("status"))) {
        const QJsonValue value = body->value(QStringLiteral("status"));
        if (!value.isString() || !orderStatuses().contains(value.toString())) {
            return validationError(QStringLiteral("status"),
                                   Text::tr("status must be one of: %1.")
                                       .arg(orderStatuses().join(QStringLiteral(", "))));
        }
        newStatus = value.toString();
    }
    const bool stageChanged = stage->id != stageId;
    const bool statusChanged = newStatus != status;
    const bool amountChanged = newAmount != amount;
    if (!stageChanged && !statusChanged && !amountChanged)
        return dealReply(context, *id);

    const QString now = nowIso();
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery write(context.db);
    bool ok = execQuery(write,
                        QStringLiteral("UPDATE deals SET stage_id = ?, status = ?, "
                                       "amount_kopecks = ?, updated_at = ?, version = version + 1 "
                                       "WHERE id = ? AND version = ?"),
                        { stage->id, newStatus, newAmount, now, *id, version });
    if (ok && stageChanged) {
        ok = execQuery(write,
                       QStringLiteral("INSERT INTO deal_stage_history (deal_id, stage_id, "
                                      "entered_at, amount_kopecks, user_id) VALUES (?, ?, ?, ?, "
                                      "?)"),
                       { *id, stage->id, now, newAmount, request.user.id });
    }
    if (ok && !orderId.isNull()) {
        ok = execQuery(write,
                       QStringLiteral("UPDATE orders SET status = ?, amount_kopecks = ?, "
                                      "updated_at = ?, version = version + 1 WHERE id = ?"),
                       { newStatus, newAmount, now, orderId });
    }
    // Seed 002: a change of status or amount updates the call-tracking deal (amount after
    // discount, status, status-change time); the finished status (the CRM's "complete") closes
    // it as COMPLETED.
    if (ok && (statusChanged || amountChanged)) {
        const bool completed = newStatus == QLatin1String("finished");
        ok = execQuery(write,
                       QStringLiteral("UPDATE call_tracking_deals SET status = ?, "
                                      "amount_kopecks = ?, completed = ?, status_changed_at = "
                                      "CASE WHEN ? THEN ? ELSE status_changed_at END, "
                                      "updated_at = ? WHERE deal_id = ?"),
                       { completed ? QStringLiteral("COMPLETED") : newStatus, newAmount,
                         completed ? 1 : 0, statusChanged ? 1 : 0, now, now, *id });
    }
    if (!ok) {
        context.db.rollback();
        return databaseError(write);
    }
    context.db.commit();
    return dealReply(context, *id);
}

HttpReply dealCallTracking(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT t.*, l.kind AS lead_kind FROM call_tracking_deals t "
                                  "LEFT JOIN leads l ON l.id = t.lead_id WHERE t.deal_id = ?"),
                   { *id }))
        return databaseError(query);
    if (!query.next()) {
        QSqlQuery deal(context.db);
        if (execQuery(deal, QStringLiteral("SELECT 1 FROM deals WHERE id = ?"), { *id })
            && deal.next()) {
            return HttpReply::error(404, QStringLiteral("not_found"),
                                    Text::tr("Deal %1 has no call-tracking record: it did not "
                                             "come from a tracked call or site form.")
                                        .arg(*id));
        }
        return notFound();
    }
    QJsonObject record
        = rowToJson(query,
                    { QStringLiteral("deal_id"), QStringLiteral("lead_id"),
                      QStringLiteral("external_id"), QStringLiteral("status"),
                      QStringLiteral("amount_kopecks"), QStringLiteral("status_changed_at"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at") });
    record.insert(QStringLiteral("lead_kind"), sqlToJson(query.value(QStringLiteral("lead_kind"))));
    record.insert(QStringLiteral("completed"), query.value(QStringLiteral("completed")).toBool());
    return HttpReply::json(200, record);
}

QJsonArray stagesJson(const QList<leads::Stage> &stages)
{
    QJsonArray list;
    for (const leads::Stage &stage : stages)
        list.append(QJsonObject { { QStringLiteral("id"), stage.id },
                                  { QStringLiteral("name"), stage.name },
                                  { QStringLiteral("kind"), leads::stageKindToWire(stage.kind) },
                                  { QStringLiteral("sort_order"), stage.sortOrder } });
    return list;
}

HttpReply listFunnels(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT id, name, is_default FROM funnels WHERE id > ? ORDER BY "
                                  "id LIMIT ?"),
                   { page->after, page->limit + 1 }))
        return databaseError(query);
    const std::optional<qint64> defaultId = defaultFunnelId(context.db);
    QJsonArray rows;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        QString detail;
        const auto stages = funnelStages(context.db, id, &detail);
        if (!stages)
            return HttpReply::error(500, QStringLiteral("internal_error"),
                                    Text::tr("The sandbox database failed: %1").arg(detail));
        const QString problem = leads::funnelProblem(*stages);
        rows.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("name"), query.value(1).toString() },
            { QStringLiteral("is_default"), defaultId && *defaultId == id },
            { QStringLiteral("stages"), stagesJson(*stages) },
            { QStringLiteral("problem"),
              problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem) } });
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

HttpReply funnelSummary(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery funnel(context.db);
    if (!execQuery(funnel, QStringLiteral("SELECT name FROM funnels WHERE id = ?"), { *id }))
        return databaseError(funnel);
    if (!funnel.next())
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT st.id, st.name, st.kind, st.sort_order, "
                                  "COUNT(d.id), COALESCE(SUM(d.amount_kopecks), 0) "
                                  "FROM funnel_stages st LEFT JOIN deals d ON d.funnel_id = "
                                  "st.funnel_id AND d.stage_id = st.id WHERE st.funnel_id = ? "
                                  "GROUP BY st.id ORDER BY st.sort_order, st.id"),
                   { *id }))
        return databaseError(query);
    QJsonArray stages;
    while (query.next()) {
        stages.append(
            QJsonObject { { QStringLiteral("stage_id"), query.value(0).toLongLong() },
                          { QStringLiteral("name"), query.value(1).toString() },
                          { QStringLiteral("kind"), query.value(2).toString() },
                          { QStringLiteral("sort_order"), query.value(3).toLongLong() },
                          { QStringLiteral("count"), query.value(4).toLongLong() },
                          { QStringLiteral("amount_kopecks"), query.value(5).toLongLong() } });
    }
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("funnel_id"), *id },
                                         { QStringLiteral("name"), funnel.value(0).toString() },
                                         { QStringLiteral("stages"), stages } });
}

} // namespace

std::vector<Route> dealRoutes()
{
    return {
        { "GET", "/api/v1/deals", Access::AnyUser, false, &listDeals },
        { "GET", "/api/v1/deals/{id}", Access::AnyUser, false, &getDeal },
        { "POST", "/api/v1/deals/{id}/stage", Access::AnyUser, false, &moveDeal },
        { "GET", "/api/v1/deals/{id}/call-tracking", Access::AnyUser, false, &dealCallTracking },
        { "GET", "/api/v1/funnels", Access::AnyUser, false, &listFunnels },
        { "GET", "/api/v1/funnels/{id}/summary", Access::AnyUser, false, &funnelSummary },
    };
}

} // namespace opc::sandbox
