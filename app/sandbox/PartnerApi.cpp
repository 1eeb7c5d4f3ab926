#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

#include <QDateTime>

// The partner's clients of the messaging platform and their lines (bundles of channels).

namespace opc::sandbox {

namespace {

const QStringList kLineStatuses { QStringLiteral("active"), QStringLiteral("expiring_7d"),
                                  QStringLiteral("expiring_30d"), QStringLiteral("expired") };

// A line's status follows from its expiry date and today, so it is computed, never stored.
const QString kLineStatusSql
    = QStringLiteral("CASE WHEN julianday(l.expires_at) <= julianday(:now) THEN 'expired' "
                     "WHEN julianday(l.expires_at) <= julianday(:now) + 7 THEN 'expiring_7d' "
                     "WHEN julianday(l.expires_at) <= julianday(:now) + 30 THEN 'expiring_30d' "
                     "ELSE 'active' END");

std::optional<HttpReply> readCountry(const ApiRequest &request, QString *country)
{
    if (!request.call.query.hasQueryItem(QStringLiteral("country")))
        return std::nullopt;
    *country = queryValue(request.call.query, QStringLiteral("country")).toUpper();
    if (country->size() != 2 || !country->at(0).isLetter() || !country->at(1).isLetter()) {
        return validationError(QStringLiteral("country"),
                               Text::tr("country must be a two-letter ISO code such as RU."));
    }
    return std::nullopt;
}

HttpReply listClients(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QString country;
    if (auto invalid = readCountry(request, &country))
        return *invalid;
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT * FROM partner_clients WHERE id > ? AND "
                                  "(? = '' OR country = ?) ORDER BY id LIMIT ?"),
                   { page->after, country, country, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next()) {
        QJsonObject client = rowToJson(query,
                                       { QStringLiteral("id"), QStringLiteral("account_id"),
                                         QStringLiteral("organisation"), QStringLiteral("project"),
                                         QStringLiteral("country"), QStringLiteral("chatcoins"),
                                         QStringLiteral("waba_packages"), QStringLiteral("comment"),
                                         QStringLiteral("version") });
        client.insert(QStringLiteral("partner_created_cabinet"),
                      query.value(QStringLiteral("partner_created_cabinet")).toBool());
        client.insert(QStringLiteral("access_granted"),
                      query.value(QStringLiteral("access_granted")).toBool());
        rows.append(client);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

QJsonArray channelsOf(ApiContext &context, qint64 lineId)
{
    QSqlQuery query(context.db);
    execQuery(query,
              QStringLiteral("SELECT channel, connected FROM line_channels WHERE line_id = ? "
                             "ORDER BY id"),
              { lineId });
    QJsonArray channels;
    while (query.next()) {
        channels.append(QJsonObject { { QStringLiteral("channel"), query.value(0).toString() },
                                      { QStringLiteral("connected"), query.value(1).toBool() } });
    }
    return channels;
}

HttpReply listLines(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QString country;
    if (auto invalid = readCountry(request, &country))
        return *invalid;
    QString status;
    if (request.call.query.hasQueryItem(QStringLiteral("status"))) {
        status = queryValue(request.call.query, QStringLiteral("status"));
        if (!kLineStatuses.contains(status)) {
            return validationError(QStringLiteral("status"),
                                   Text::tr("status must be one of: %1.")
                                       .arg(kLineStatuses.join(QStringLiteral(", "))));
        }
    }
    qint64 clientId = 0;
    if (request.call.query.hasQueryItem(QStringLiteral("client_id"))) {
        const auto id = parseId(queryValue(request.call.query, QStringLiteral("client_id")));
        if (!id) {
            return validationError(QStringLiteral("client_id"),
                                   Text::tr("client_id must be a partner client's id."));
        }
        clientId = *id;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(context.db);
    const QString sql
        = QStringLiteral(
              "SELECT * FROM (SELECT l.*, c.organisation, c.project, c.country, c.account_id AS "
              "client_account_id, %1 AS status FROM partner_lines l JOIN partner_clients c ON "
              "c.id = l.client_id) WHERE id > :after AND (IFNULL(:status, '') = '' OR status = "
              ":status) "
              "AND (:client = 0 OR client_id = :client) AND (IFNULL(:country, '') = '' OR "
              "country = :country) ORDER BY id LIMIT :limit")
              .arg(kLineStatusSql);
    // Named placeholders: each appears more than once.
    query.prepare(sql);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":after"), page->after);
    query.bindValue(QStringLiteral(":status"), status);
    query.bindValue(QStringLiteral(":client"), clientId);
    query.bindValue(QStringLiteral(":country"), country);
    query.bindValue(QStringLiteral(":limit"), page->limit + 1);
    if (!query.exec())
        return databaseError(query);
    QJsonArray rows;
    while (query.next()) {
        QJsonObject line = rowToJson(
            query,
            { QStringLiteral("id"), QStringLiteral("client_id"),
              QStringLiteral("client_account_id"), QStringLiteral("organisation"),
              QStringLiteral("project"), QStringLiteral("country"), QStringLiteral("line_id"),
              QStringLiteral("name"), QStringLiteral("expires_at"), QStringLiteral("status"),
              QStringLiteral("comment"), QStringLiteral("version") });
        line.insert(QStringLiteral("is_nfr"), query.value(QStringLiteral("is_nfr")).toBool());
        line.insert(QStringLiteral("channels"),
                    channelsOf(context, query.value(QStringLiteral("id")).toLongLong()));
        rows.append(line);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

// {"channels": {"whatsapp": KOPECKS, …}, "chatcoins": {"cc-1000": KOPECKS, …}}: what
// `operator-cli quote` and the buy dialog price with.
HttpReply priceList(ApiContext &context, const ApiRequest &)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT kind, item, price_kopecks FROM partner_prices ORDER BY "
                                  "kind, item")))
        return databaseError(query);
    QJsonObject channels;
    QJsonObject chatcoins;
    while (query.next()) {
        QJsonObject &into
            = query.value(0).toString() == QLatin1String("channel") ? channels : chatcoins;
        into.insert(query.value(1).toString(), query.value(2).toLongLong());
    }
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("channels"), channels },
                                         { QStringLiteral("chatcoins"), chatcoins } });
}

} // namespace

std::vector<Route> partnerRoutes()
{
    return {
        { "GET", "/api/v1/partner/clients", Access::AnyUser, false, &listClients },
        { "GET", "/api/v1/partner/lines", Access::AnyUser, false, &listLines },
        { "GET", "/api/v1/partner/price-list", Access::AnyUser, false, &priceList },
    };
}

} // namespace opc::sandbox
