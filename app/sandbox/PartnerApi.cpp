#include "core/partner/PartnerRules.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/PartnerSupport.h"
#include "sandbox/Routes.h"

#include <QSqlError>

// The partner's clients of the messaging platform and their lines (bundles of channels), the
// comment on a line, the price list and the partner's profile. Orders, rewards and
// notifications have files of their own.

namespace opc::sandbox {

namespace {

constexpr int kMaxCommentLength = 1000;

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
        QJsonObject client = rowToJson(
            query,
            { QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("organisation"),
              QStringLiteral("project"), QStringLiteral("country"), QStringLiteral("email"),
              QStringLiteral("chatcoins"), QStringLiteral("waba_packages"),
              QStringLiteral("comment"), QStringLiteral("version") });
        client.insert(QStringLiteral("partner_created_cabinet"),
                      query.value(QStringLiteral("partner_created_cabinet")).toBool());
        client.insert(QStringLiteral("access_granted"),
                      query.value(QStringLiteral("access_granted")).toBool());
        rows.append(client);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
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
    std::optional<partner::LineStatus> status;
    if (request.call.query.hasQueryItem(QStringLiteral("status"))) {
        status
            = partner::lineStatusFromWire(queryValue(request.call.query, QStringLiteral("status")));
        if (!status) {
            return validationError(QStringLiteral("status"),
                                   Text::tr("status must be one of: %1.")
                                       .arg(QStringLiteral("active, expiring_7d, expiring_30d, "
                                                           "expired")));
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
    QString detail;
    if (!sweepPartner(context, &detail)) // an NFR line renewed since: show its new expiry
        return internalError(detail);
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   partnerLineSelect()
                       + QStringLiteral(" WHERE l.id > ? AND (? = 0 OR l.client_id = ?) AND "
                                        "(? = '' OR c.country = ?) ORDER BY l.id"),
                   { page->after, clientId, clientId, country, country }))
        return databaseError(query);
    // The status depends on the sandbox clock's today and is decided by the domain rule
    // (partner::lineStatusOn), not by SQL, so the filter runs here; a page stops one line after
    // its limit (pageBody() reads that extra line as "there is more").
    const QString wanted = status ? partner::lineStatusToWire(*status) : QString();
    QJsonArray rows;
    while (rows.size() <= page->limit && query.next()) {
        const QJsonObject line = lineJson(context, query);
        if (!status || line.value(QStringLiteral("status")).toString() == wanted)
            rows.append(line);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

HttpReply getLine(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QString detail;
    if (!sweepPartner(context, &detail))
        return internalError(detail);
    return lineReply(context, *id);
}

// PATCH {"comment"}: the partner's own note on a line (seed 003: "for your personal notes").
HttpReply patchLine(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery current(context.db);
    if (!execQuery(current,
                   QStringLiteral("SELECT version, comment FROM partner_lines WHERE id = ?"),
                   { *id }))
        return databaseError(current);
    if (!current.next())
        return notFound();
    const qint64 version = current.value(0).toLongLong();
    if (const auto refused = checkIfMatch(request, lineTag(*id, version)))
        return *refused;
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("comment") }))
        return *unknown;
    const QJsonValue comment = body->value(QStringLiteral("comment"));
    if (!comment.isString()) {
        return validationError(QStringLiteral("comment"),
                               Text::tr("comment must be text (an empty text clears it)."));
    }
    if (comment.toString().size() > kMaxCommentLength) {
        return validationError(QStringLiteral("comment"),
                               Text::tr("comment must be at most %1 characters; this one has %2.")
                                   .arg(kMaxCommentLength)
                                   .arg(comment.toString().size()));
    }
    if (comment.toString() == current.value(1).toString())
        return lineReply(context, *id); // nothing changes, so neither does the version
    QSqlQuery write(context.db);
    if (!execQuery(write,
                   QStringLiteral("UPDATE partner_lines SET comment = ?, version = version + 1 "
                                  "WHERE id = ? AND version = ?"),
                   { comment.toString(), *id, version }))
        return databaseError(write);
    return lineReply(context, *id);
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

// The partner's NFR line, if it has one: when it expires and whether it will be renewed then,
// going by the client payments known today (partner::nfrAtExpiry).
std::optional<QJsonValue> nfrLineJson(ApiContext &context, QString *error)
{
    QSqlQuery line(context.db);
    if (!execQuery(line,
                   QStringLiteral("SELECT id, line_id, expires_at, nfr_ended FROM partner_lines "
                                  "WHERE is_nfr = 1 ORDER BY id LIMIT 1"))) {
        *error = line.lastError().text();
        return std::nullopt;
    }
    if (!line.next())
        return QJsonValue(QJsonValue::Null);
    QSqlQuery payments(context.db);
    if (!execQuery(payments, QStringLiteral("SELECT paid_at FROM partner_client_payments"))) {
        *error = payments.lastError().text();
        return std::nullopt;
    }
    QList<QDate> paid;
    while (payments.next())
        paid.append(storedDate(payments.value(0).toString()));
    const QString expiresAt = line.value(2).toString();
    const bool ended = line.value(3).toBool();
    const QDate today = partnerToday(context);
    const QDate expires = storedDate(expiresAt);
    return QJsonObject {
        { QStringLiteral("id"), line.value(0).toLongLong() },
        { QStringLiteral("line_id"), line.value(1).toString() },
        { QStringLiteral("expires_at"), expiresAt },
        { QStringLiteral("status"),
          partner::lineStatusToWire(partner::lineStatusOn(today, expires)) },
        { QStringLiteral("ended"), ended },
        { QStringLiteral("renews"), !ended && partner::nfrAtExpiry(expires, paid).renew },
    };
}

HttpReply profile(ApiContext &context, const ApiRequest &)
{
    QString detail;
    if (!sweepPartner(context, &detail))
        return internalError(detail);
    const auto stored = loadPartnerProfile(context.db, &detail);
    if (!stored)
        return internalError(detail);
    const auto nfr = nfrLineJson(context, &detail);
    if (!nfr)
        return internalError(detail);
    return HttpReply::json(
        200,
        QJsonObject {
            { QStringLiteral("name"), stored->name },
            { QStringLiteral("status"), partner::partnerStatusToWire(stored->status) },
            { QStringLiteral("reward_balance_kopecks"), stored->rewardBalanceKopecks },
            { QStringLiteral("today"), partnerToday(context).toString(Qt::ISODate) },
            { QStringLiteral("nfr_line"), *nfr },
        });
}

} // namespace

std::vector<Route> partnerRoutes()
{
    std::vector<Route> routes {
        { "GET", "/api/v1/partner/clients", Access::AnyUser, false, &listClients },
        { "GET", "/api/v1/partner/lines", Access::AnyUser, false, &listLines },
        { "GET", "/api/v1/partner/lines/{id}", Access::AnyUser, false, &getLine },
        { "PATCH", "/api/v1/partner/lines/{id}", Access::AnyUser, false, &patchLine },
        { "GET", "/api/v1/partner/price-list", Access::AnyUser, false, &priceList },
        { "GET", "/api/v1/partner/profile", Access::AnyUser, false, &profile },
    };
    for (const auto &part : { partnerOrderRoutes(), partnerRewardRoutes(),
                              partnerNotificationRoutes(), partnerClientRoutes() })
        routes.insert(routes.end(), part.begin(), part.end());
    return routes;
}

} // namespace opc::sandbox
