#include "core/JsonNumbers.h"
#include "core/partner/PartnerRules.h"
#include "core/partner/QuoteJson.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerOrderSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

// POST /api/v1/partner/orders: the partner pays for lines of its clients (seed 003) — new lines
// (buy), longer lines (renew) or more channels in a running line, with new lines for its client
// in the same payment if asked (add_channels). The server prices every order itself with the
// domain rules (partner::quoteLines / quoteAddOnWithLines, the
// partner's status and the stored price list), so what the console showed is only a preview:
// the answer's total is what was charged. The order is applied in one transaction; the
// dispatcher's Idempotency-Key makes a retried order answer the first time's answer.

namespace opc::sandbox {

namespace {

using namespace partnerorders;

// buy: {"client_id","months","payment_method","lines":[{"count","channels"}],
// "chatcoins_package","project"} → `count` new lines per group, expiring months from now.
HttpReply buy(OrderInput &in)
{
    if (const auto unknown = unknownField(
            in.body,
            { QStringLiteral("kind"), QStringLiteral("client_id"), QStringLiteral("months"),
              QStringLiteral("payment_method"), QStringLiteral("lines"),
              QStringLiteral("chatcoins_package"), QStringLiteral("project") }))
        return *unknown;
    const auto clientId
        = wholeNumber(in.body.value(QStringLiteral("client_id")), 1, kJsonExactLimit);
    if (!clientId) {
        return validationError(QStringLiteral("client_id"),
                               Text::tr("client_id must be the id of one of the partner's clients "
                                        "(GET /api/v1/partner/clients)."));
    }
    QSqlQuery client(in.context.db);
    if (!execQuery(client, QStringLiteral("SELECT id FROM partner_clients WHERE id = ?"),
                   { *clientId }))
        return databaseError(client);
    if (!client.next()) {
        return validationError(QStringLiteral("client_id"),
                               Text::tr("There is no partner client %1 (see GET "
                                        "/api/v1/partner/clients).")
                                   .arg(*clientId));
    }
    QVariant paymentMethod;
    QVariant project;
    if (const auto bad = readPaymentMethod(in.body, true, &paymentMethod))
        return *bad;
    if (const auto bad = readProject(in.body, &project))
        return *bad;

    partner::LineOrder order;
    if (const auto bad = readNewLines(in, in.body, QString(), &order))
        return *bad;
    partner::QuoteError quoteError;
    const auto quote = partner::quoteLines(order, in.prices, &quoteError);
    if (!quote)
        return refused(quoteError);
    qint64 coins = 0;
    if (const auto bad
        = packageCoins(order.chatcoinsPackage, QStringLiteral("chatcoins_package"), &coins))
        return *bad;

    QSqlDatabase &db = in.context.db;
    QString error;
    const QDateTime now = partnerNow(in.context);
    const QString createdAt = now.toString(Qt::ISODateWithMs);
    if (const auto failed = beginTransaction(db))
        return *failed;
    const auto orderId = insertOrder(in, QStringLiteral("buy"), *clientId, order.months,
                                     paymentMethod, *quote, false, createdAt, &error);
    if (!orderId)
        return failWrite(db, error);
    QList<qint64> created;
    if (!createLines(db, order, coins, *clientId, *orderId, now, project, &created, &error))
        return failWrite(db, error);
    if (!db.commit())
        return failWrite(db, db.lastError().text());
    return orderReply(in, *orderId, QStringLiteral("buy"), *quote, false, paymentMethod, createdAt,
                      created);
}

// "lines[2].channels.viber" of the priced renewal is about "line_ids[2]" of the request.
partner::QuoteError renewalField(partner::QuoteError error)
{
    static const QRegularExpression group(QStringLiteral("^lines(\\[\\d+\\])"));
    const QRegularExpressionMatch match = group.match(error.field);
    if (match.hasMatch())
        error.field = QStringLiteral("line_ids") + match.captured(1);
    return error;
}

struct RenewedLine {
    qint64 id = 0;
    QDateTime expires;
};

// renew: {"line_ids":[…],"months","payment_method"} → one payment for all of them, each line one
// group of its own channels; each expiry becomes max(now, expiry) + months.
HttpReply renew(OrderInput &in)
{
    if (const auto unknown
        = unknownField(in.body,
                       { QStringLiteral("kind"), QStringLiteral("line_ids"),
                         QStringLiteral("months"), QStringLiteral("payment_method") }))
        return *unknown;
    const QJsonValue ids = in.body.value(QStringLiteral("line_ids"));
    if (!ids.isArray() || ids.toArray().isEmpty() || ids.toArray().size() > kMaxLinesPerOrder) {
        return validationError(QStringLiteral("line_ids"),
                               Text::tr("line_ids must list the ids of the lines to renew (1 to "
                                        "%1 of them).")
                                   .arg(kMaxLinesPerOrder));
    }
    QVariant paymentMethod;
    if (const auto bad = readPaymentMethod(in.body, true, &paymentMethod))
        return *bad;
    QList<RenewedLine> lines;
    QSet<qint64> seen;
    QJsonArray groups;
    const QJsonArray list = ids.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("line_ids[%1]").arg(i);
        const auto id = wholeNumber(list.at(i), 1, kJsonExactLimit);
        if (!id)
            return validationError(field,
                                   Text::tr("%1 must be a line id (a whole number).").arg(field));
        if (seen.contains(*id))
            return validationError(field, Text::tr("Line %1 is listed twice.").arg(*id));
        seen.insert(*id);
        QSqlQuery line(in.context.db);
        if (!execQuery(line,
                       QStringLiteral("SELECT expires_at, is_nfr, line_id FROM partner_lines "
                                      "WHERE id = ?"),
                       { *id }))
            return databaseError(line);
        if (!line.next())
            return validationError(field, Text::tr("There is no line %1.").arg(*id));
        if (line.value(1).toBool()) {
            return validationError(field,
                                   Text::tr("%1 is the NFR line: it is renewed free when a client "
                                            "paid in its last 2 months, never bought.")
                                       .arg(line.value(2).toString()));
        }
        QString error;
        const auto channels = lineChannelCounts(in.context.db, *id, &error);
        if (!channels)
            return internalError(error);
        QJsonObject counts;
        for (auto it = channels->begin(); it != channels->end(); ++it)
            counts.insert(it.key(), it.value());
        groups.append(
            QJsonObject { { QStringLiteral("count"), 1 }, { QStringLiteral("channels"), counts } });
        lines.append({ *id, storedTime(line.value(0).toString()) });
    }
    QJsonObject quoteInput { { QStringLiteral("partner_status"),
                               partner::partnerStatusToWire(in.profile.status) },
                             { QStringLiteral("lines"), groups } };
    if (in.body.contains(QStringLiteral("months")))
        quoteInput.insert(QStringLiteral("months"), in.body.value(QStringLiteral("months")));
    partner::QuoteError quoteError;
    const auto order = partner::lineOrderFromJson(quoteInput, &quoteError);
    if (!order)
        return refused(renewalField(quoteError));
    const auto quote = partner::quoteLines(*order, in.prices, &quoteError);
    if (!quote)
        return refused(renewalField(quoteError));

    QSqlDatabase &db = in.context.db;
    const QDateTime now = partnerNow(in.context);
    const QString createdAt = now.toString(Qt::ISODateWithMs);
    QString error;
    if (const auto failed = beginTransaction(db))
        return *failed;
    const auto orderId = insertOrder(in, QStringLiteral("renew"), QVariant(), order->months,
                                     paymentMethod, *quote, false, createdAt, &error);
    if (!orderId)
        return failWrite(db, error);
    QList<qint64> renewed;
    for (const RenewedLine &line : lines) {
        // An expired line runs again from today; a running one is extended from its expiry.
        const QDateTime from = line.expires.isValid() && line.expires > now ? line.expires : now;
        QSqlQuery write(db);
        if (!execQuery(write,
                       QStringLiteral("UPDATE partner_lines SET expires_at = ?, version = version "
                                      "+ 1 WHERE id = ?"),
                       { from.addMonths(order->months).toString(Qt::ISODateWithMs), line.id }))
            return failWrite(db, write.lastError().text());
        if (!linkOrderLine(db, *orderId, line.id, &error))
            return failWrite(db, error);
        renewed.append(line.id);
    }
    if (!db.commit())
        return failWrite(db, db.lastError().text());
    return orderReply(in, *orderId, QStringLiteral("renew"), *quote, false, paymentMethod,
                      createdAt, renewed);
}

// add_channels: {"line_id","channels":{…},"payment_method"?,"project"?,"new_lines"?} → the
// channels are added to the running line, paid until its expiry; "new_lines" {"months","lines",
// "chatcoins_package"?} buys new lines for the line's client in the same payment
// (partner::quoteAddOnWithLines); "project" attaches the line and the new lines.
HttpReply addChannels(OrderInput &in)
{
    if (const auto unknown
        = unknownField(in.body,
                       { QStringLiteral("kind"), QStringLiteral("line_id"),
                         QStringLiteral("channels"), QStringLiteral("payment_method"),
                         QStringLiteral("project"), QStringLiteral("new_lines") }))
        return *unknown;
    const auto lineId = wholeNumber(in.body.value(QStringLiteral("line_id")), 1, kJsonExactLimit);
    if (!lineId) {
        return validationError(QStringLiteral("line_id"),
                               Text::tr("line_id must be the id of the line to add channels to."));
    }
    QSqlQuery line(in.context.db);
    if (!execQuery(line,
                   QStringLiteral("SELECT expires_at, is_nfr, line_id, client_id, (SELECT "
                                  "COUNT(*) FROM line_channels WHERE line_id = l.id) FROM "
                                  "partner_lines l WHERE id = ?"),
                   { *lineId }))
        return databaseError(line);
    if (!line.next())
        return validationError(QStringLiteral("line_id"),
                               Text::tr("There is no line %1.").arg(*lineId));
    if (line.value(1).toBool()) {
        return validationError(QStringLiteral("line_id"),
                               Text::tr("%1 is the NFR line: it already has every channel and "
                                        "is not for sale.")
                                   .arg(line.value(2).toString()));
    }
    const QDate today = partnerToday(in.context);
    const QDate expires = storedDate(line.value(0).toString());
    if (const auto refusal = partner::addChannelsRefusal(today, expires))
        return validationError(QStringLiteral("line_id"), *refusal);
    QVariant paymentMethod;
    QVariant project;
    if (const auto bad = readPaymentMethod(in.body, false, &paymentMethod))
        return *bad;
    if (const auto bad = readProject(in.body, &project))
        return *bad;
    QJsonObject quoteInput {
        { QStringLiteral("partner_status"), partner::partnerStatusToWire(in.profile.status) },
        { QStringLiteral("today"), today.toString(Qt::ISODate) },
        { QStringLiteral("line_expires_on"), expires.toString(Qt::ISODate) },
    };
    if (in.body.contains(QStringLiteral("channels")))
        quoteInput.insert(QStringLiteral("channels"), in.body.value(QStringLiteral("channels")));
    partner::QuoteError quoteError;
    const auto order = partner::addOnOrderFromJson(quoteInput, &quoteError);
    if (!order)
        return refused(quoteError);
    if (const auto bad
        = checkChannels(order->channels, QStringLiteral("channels"), line.value(4).toLongLong()))
        return *bad;
    std::optional<partner::LineOrder> newLines;
    qint64 coins = 0;
    const QJsonValue newLinesJson = in.body.value(QStringLiteral("new_lines"));
    if (!newLinesJson.isUndefined() && !newLinesJson.isNull()) {
        const QString field = QStringLiteral("new_lines");
        if (!newLinesJson.isObject()) {
            return validationError(field,
                                   Text::tr("new_lines must be an object: {\"months\", "
                                            "\"lines\", \"chatcoins_package\"}, or null."));
        }
        const QJsonObject json = newLinesJson.toObject();
        const QStringList known { QStringLiteral("months"), QStringLiteral("lines"),
                                  QStringLiteral("chatcoins_package") };
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!known.contains(it.key())) {
                return validationError(field + QLatin1Char('.') + it.key(),
                                       Text::tr("%1 is not a field here. Fields: %2.")
                                           .arg(it.key(), known.join(QStringLiteral(", "))));
            }
        }
        newLines.emplace();
        if (const auto bad = readNewLines(in, json, field + QLatin1Char('.'), &*newLines))
            return *bad;
        if (const auto bad = packageCoins(newLines->chatcoinsPackage,
                                          QStringLiteral("new_lines.chatcoins_package"), &coins))
            return *bad;
    }
    const auto quote = partner::quoteAddOnWithLines(*order, newLines, in.prices, &quoteError);
    if (!quote) {
        if (quoteError.field == QLatin1String("line_expires_on"))
            quoteError.field = QStringLiteral("line_id");
        return refused(quoteError);
    }

    QSqlDatabase &db = in.context.db;
    const QDateTime now = partnerNow(in.context);
    const QString createdAt = partnerNowIso(in.context);
    QString error;
    if (const auto failed = beginTransaction(db))
        return *failed;
    const auto orderId = insertOrder(in, QStringLiteral("add_channels"), line.value(3),
                                     newLines ? QVariant(newLines->months) : QVariant(),
                                     paymentMethod, *quote, true, createdAt, &error);
    if (!orderId)
        return failWrite(db, error);
    QSqlQuery write(db);
    if (!addChannelRows(db, *lineId, order->channels, &error)
        || !linkOrderLine(db, *orderId, *lineId, &error))
        return failWrite(db, error);
    if (!execQuery(write,
                   QStringLiteral("UPDATE partner_lines SET project = COALESCE(?, project), "
                                  "version = version + 1 WHERE id = ?"),
                   { project, *lineId }))
        return failWrite(db, write.lastError().text());
    // The new lines join the project given, or else the client's (as bought lines do).
    QList<qint64> affected { *lineId };
    if (newLines
        && !createLines(db, *newLines, coins, line.value(3), *orderId, now, project, &affected,
                        &error))
        return failWrite(db, error);
    if (!db.commit())
        return failWrite(db, db.lastError().text());
    return orderReply(in, *orderId, QStringLiteral("add_channels"), *quote, true, paymentMethod,
                      createdAt, affected);
}

HttpReply createOrder(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    const QString kind = body->value(QStringLiteral("kind")).toString();
    using Handler = HttpReply (*)(OrderInput &);
    const QList<std::pair<QString, Handler>> kinds {
        { QStringLiteral("buy"), &buy },
        { QStringLiteral("renew"), &renew },
        { QStringLiteral("add_channels"), &addChannels },
    };
    Handler handler = nullptr;
    for (const auto &[name, candidate] : kinds) {
        if (name == kind)
            handler = candidate;
    }
    if (!handler) {
        return validationError(QStringLiteral("kind"),
                               Text::tr("kind must be one of: buy, renew, add_channels."));
    }
    QString detail;
    if (!sweepPartner(context, &detail)) // an NFR decision due today comes first
        return internalError(detail);
    const auto profile = loadPartnerProfile(context.db, &detail);
    if (!profile)
        return internalError(detail);
    const auto prices = loadPriceList(context.db, &detail);
    if (!prices)
        return internalError(detail);
    OrderInput in { context, request, *body, *profile, *prices };
    return handler(in);
}

} // namespace

std::vector<Route> partnerOrderRoutes()
{
    return {
        { "POST", "/api/v1/partner/orders", Access::AnyUser, false, &createOrder },
    };
}

} // namespace opc::sandbox
