#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

// Leads (calls and web forms with their attribution) and deals (orders moving through funnels).

namespace opc::sandbox {

namespace {

const QStringList kLeadStatuses { QStringLiteral("free"), QStringLiteral("in_work"),
                                  QStringLiteral("success"), QStringLiteral("failure") };

const QStringList kLeadColumns {
    QStringLiteral("id"),          QStringLiteral("kind"),       QStringLiteral("status"),
    QStringLiteral("assignee_id"), QStringLiteral("client_id"),  QStringLiteral("name"),
    QStringLiteral("phone"),       QStringLiteral("email"),      QStringLiteral("medium"),
    QStringLiteral("utm_source"),  QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"),
    QStringLiteral("utm_content"), QStringLiteral("utm_term"),   QStringLiteral("google_client_id"),
    QStringLiteral("call_id"),     QStringLiteral("call_time"),  QStringLiteral("form_request_id"),
    QStringLiteral("comment"),     QStringLiteral("created_at"), QStringLiteral("version")
};

const QString kLeadSelect
    = QStringLiteral("SELECT l.*, s.name AS source_name, s.medium AS source_medium FROM leads l "
                     "LEFT JOIN sources s ON s.id = l.source_id");

QJsonObject leadJson(const QSqlQuery &query)
{
    QJsonObject lead = rowToJson(query, kLeadColumns);
    const QVariant sourceId = query.value(QStringLiteral("source_id"));
    lead.insert(QStringLiteral("source"),
                sourceId.isNull()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonObject { { QStringLiteral("id"), sourceId.toLongLong() },
                                    { QStringLiteral("name"),
                                      query.value(QStringLiteral("source_name")).toString() },
                                    { QStringLiteral("medium"),
                                      query.value(QStringLiteral("source_medium")).toString() } });
    QJsonArray tags;
    const QString joined = query.value(QStringLiteral("tags")).toString();
    for (const QString &tag : joined.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        tags.append(tag);
    lead.insert(QStringLiteral("tags"), tags);
    return lead;
}

HttpReply listLeads(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QStringList where { QStringLiteral("l.id > ?") };
    QVariantList binds { page->after };
    if (request.call.query.hasQueryItem(QStringLiteral("status"))) {
        const QString status = queryValue(request.call.query, QStringLiteral("status"));
        if (!kLeadStatuses.contains(status)) {
            return validationError(QStringLiteral("status"),
                                   Text::tr("status must be one of: %1.")
                                       .arg(kLeadStatuses.join(QStringLiteral(", "))));
        }
        where.append(QStringLiteral("l.status = ?"));
        binds.append(status);
    }
    if (request.call.query.hasQueryItem(QStringLiteral("assignee"))) {
        const QString assignee = queryValue(request.call.query, QStringLiteral("assignee"));
        if (assignee.isEmpty() || assignee.size() > 100) {
            return validationError(QStringLiteral("assignee"),
                                   Text::tr("assignee must be a user id, \"me\" or \"none\"."));
        }
        if (assignee == QLatin1String("none")) {
            where.append(QStringLiteral("l.assignee_id IS NULL"));
        } else {
            where.append(QStringLiteral("l.assignee_id = ?"));
            binds.append(assignee == QLatin1String("me") ? request.user.id : assignee);
        }
    }
    binds.append(page->limit + 1);
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   kLeadSelect
                       + QStringLiteral(" WHERE %1 ORDER BY l.id LIMIT ?")
                             .arg(where.join(QStringLiteral(" AND "))),
                   binds))
        return databaseError(query);
    QJsonArray rows;
    while (query.next())
        rows.append(leadJson(query));
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

HttpReply getLead(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query, kLeadSelect + QStringLiteral(" WHERE l.id = ?"), { *id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    return HttpReply::json(200, leadJson(query))
        .setHeader("ETag",
                   entityTag("lead", *id, query.value(QStringLiteral("version")).toLongLong()));
}

HttpReply listDeals(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery query(context.db);
    if (!execQuery(
            query,
            QStringLiteral("SELECT d.*, c.name AS client_name, c.phone AS client_phone, "
                           "c.email AS client_email, c.type AS client_type, st.name AS stage_name, "
                           "st.kind AS stage_kind, st.sort_order AS stage_sort_order "
                           "FROM deals d JOIN clients c ON c.id = d.client_id "
                           "JOIN funnel_stages st ON st.id = d.stage_id "
                           "WHERE d.id > ? ORDER BY d.id LIMIT ?"),
            { page->after, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next()) {
        QJsonObject deal = rowToJson(query,
                                     { QStringLiteral("id"), QStringLiteral("lead_id"),
                                       QStringLiteral("funnel_id"), QStringLiteral("status"),
                                       QStringLiteral("type"), QStringLiteral("amount_kopecks"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                       QStringLiteral("version") });
        deal.insert(
            QStringLiteral("client"),
            QJsonObject {
                { QStringLiteral("id"), query.value(QStringLiteral("client_id")).toLongLong() },
                { QStringLiteral("name"), query.value(QStringLiteral("client_name")).toString() },
                { QStringLiteral("phone"), query.value(QStringLiteral("client_phone")).toString() },
                { QStringLiteral("email"), query.value(QStringLiteral("client_email")).toString() },
                { QStringLiteral("type"),
                  query.value(QStringLiteral("client_type")).toString() } });
        deal.insert(
            QStringLiteral("stage"),
            QJsonObject {
                { QStringLiteral("id"), query.value(QStringLiteral("stage_id")).toLongLong() },
                { QStringLiteral("name"), query.value(QStringLiteral("stage_name")).toString() },
                { QStringLiteral("kind"), query.value(QStringLiteral("stage_kind")).toString() },
                { QStringLiteral("sort_order"),
                  query.value(QStringLiteral("stage_sort_order")).toLongLong() } });
        rows.append(deal);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

} // namespace

std::vector<Route> leadRoutes()
{
    return {
        { "GET", "/api/v1/leads", Access::AnyUser, false, &listLeads },
        { "GET", "/api/v1/leads/{id}", Access::AnyUser, false, &getLead },
        { "GET", "/api/v1/deals", Access::AnyUser, false, &listDeals },
    };
}

} // namespace opc::sandbox
