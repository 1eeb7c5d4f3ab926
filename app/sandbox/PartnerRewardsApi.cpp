#include "core/JsonNumbers.h"
#include "core/partner/PartnerRules.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerSupport.h"

#include <QSqlError>

// The partner's reward (seed 003): the platform reports a payment a client made by itself and
// the server credits partner::rewardKopecks (20 % when the partner created the client's
// cabinet, nothing for a referred client); the partner asks to withdraw it
// (partner::withdrawalRefusal: rubles only, at least 5 000 ₽, not above the balance). The
// payments also decide the NFR line's renewal (PartnerSweep.cpp).

namespace opc::sandbox {

namespace {

constexpr qint64 kMaxAmountKopecks = 10'000'000'000'000; // 100 billion rubles

HttpReply failWrite(QSqlDatabase &db, const QString &error)
{
    db.rollback();
    return internalError(error);
}

// POST /webhooks/partner/client-payments {"client_id","amount_kopecks","paid_at"?}.
HttpReply clientPayment(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body,
                       { QStringLiteral("client_id"), QStringLiteral("amount_kopecks"),
                         QStringLiteral("paid_at") }))
        return *unknown;
    const auto clientId = wholeNumber(body->value(QStringLiteral("client_id")), 1, kJsonExactLimit);
    if (!clientId) {
        return validationError(QStringLiteral("client_id"),
                               Text::tr("client_id must be the id of one of the partner's clients "
                                        "(GET /api/v1/partner/clients)."));
    }
    QSqlQuery client(context.db);
    if (!execQuery(client,
                   QStringLiteral("SELECT partner_created_cabinet, access_granted FROM "
                                  "partner_clients WHERE id = ?"),
                   { *clientId }))
        return databaseError(client);
    if (!client.next()) {
        return validationError(QStringLiteral("client_id"),
                               Text::tr("There is no partner client %1 (see GET "
                                        "/api/v1/partner/clients).")
                                   .arg(*clientId));
    }
    const auto amount
        = wholeNumber(body->value(QStringLiteral("amount_kopecks")), 1, kMaxAmountKopecks);
    if (!amount) {
        return validationError(QStringLiteral("amount_kopecks"),
                               Text::tr("amount_kopecks must be a whole number of kopecks from 1 "
                                        "to %1.")
                                   .arg(kMaxAmountKopecks));
    }
    const QDateTime now = partnerNow(context);
    QDateTime paidAt = now;
    if (body->contains(QStringLiteral("paid_at"))) {
        paidAt = requestTime(body->value(QStringLiteral("paid_at")));
        if (!paidAt.isValid()) {
            return validationError(QStringLiteral("paid_at"),
                                   Text::tr("paid_at must be a date and time in ISO 8601, e.g. "
                                            "2030-01-15T12:00:00Z."));
        }
        if (paidAt > now) {
            return validationError(QStringLiteral("paid_at"),
                                   Text::tr("paid_at is later than now (%1): a payment cannot be "
                                            "reported before it is made.")
                                       .arg(now.toString(Qt::ISODateWithMs)));
        }
    }
    const partner::ClientOrigin origin { client.value(0).toBool(), client.value(1).toBool() };
    const qint64 reward = partner::rewardKopecks(partner::Payer::Client, origin, *amount);

    QString detail;
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery write(context.db);
    if (!ensurePartnerProfile(context.db, &detail))
        return failWrite(context.db, detail);
    if (!execQuery(write,
                   QStringLiteral("INSERT INTO partner_client_payments (client_id, "
                                  "amount_kopecks, paid_at, reward_kopecks, created_at) VALUES "
                                  "(?, ?, ?, ?, ?)"),
                   { *clientId, *amount, paidAt.toString(Qt::ISODateWithMs), reward,
                     now.toString(Qt::ISODateWithMs) }))
        return failWrite(context.db, write.lastError().text());
    const qint64 paymentId = write.lastInsertId().toLongLong();
    if (reward > 0
        && !execQuery(write,
                      QStringLiteral("UPDATE partner_profile SET reward_balance_kopecks = "
                                     "reward_balance_kopecks + ?, version = version + 1 WHERE id "
                                     "= 1"),
                      { reward }))
        return failWrite(context.db, write.lastError().text());
    if (!context.db.commit())
        return failWrite(context.db, context.db.lastError().text());
    const auto profile = loadPartnerProfile(context.db, &detail);
    if (!profile)
        return internalError(detail);
    return HttpReply::json(
        201,
        QJsonObject {
            { QStringLiteral("id"), paymentId },
            { QStringLiteral("client_id"), *clientId },
            { QStringLiteral("amount_kopecks"), *amount },
            { QStringLiteral("paid_at"), paidAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("reward_kopecks"), reward },
            { QStringLiteral("reward_balance_kopecks"), profile->rewardBalanceKopecks } });
}

// POST /partner/withdrawals {"amount_kopecks","currency"}: a request to pay the reward out.
HttpReply withdraw(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body, { QStringLiteral("amount_kopecks"), QStringLiteral("currency") }))
        return *unknown;
    const QJsonValue currency = body->value(QStringLiteral("currency"));
    if (!currency.isString()) {
        return validationError(QStringLiteral("currency"),
                               Text::tr("currency must be given: RUB (the reward is paid out in "
                                        "rubles only)."));
    }
    // Negative and small amounts are whole numbers the rule refuses with its own words.
    const auto amount = wholeNumber(body->value(QStringLiteral("amount_kopecks")),
                                    -kMaxAmountKopecks, kMaxAmountKopecks);
    if (!amount) {
        return validationError(QStringLiteral("amount_kopecks"),
                               Text::tr("amount_kopecks must be a whole number of kopecks, e.g. "
                                        "500000 for 5 000 ₽."));
    }
    QString detail;
    const auto profile = loadPartnerProfile(context.db, &detail);
    if (!profile)
        return internalError(detail);
    if (const auto refusal
        = partner::withdrawalRefusal(*amount, currency.toString(), profile->rewardBalanceKopecks)) {
        const bool badCurrency = currency.toString() != QLatin1String("RUB");
        return validationError(
            badCurrency ? QStringLiteral("currency") : QStringLiteral("amount_kopecks"), *refusal);
    }
    const QString now = partnerNowIso(context);
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery write(context.db);
    // The balance is checked again in SQL: the request holds only if the money is still there.
    if (!execQuery(write,
                   QStringLiteral("UPDATE partner_profile SET reward_balance_kopecks = "
                                  "reward_balance_kopecks - ?, version = version + 1 WHERE id = 1 "
                                  "AND reward_balance_kopecks >= ?"),
                   { *amount, *amount }))
        return failWrite(context.db, write.lastError().text());
    if (write.numRowsAffected() != 1) {
        // Only when the balance went down meanwhile: refuse as the rule does for what is left.
        context.db.rollback();
        const auto left = loadPartnerProfile(context.db, &detail);
        return validationError(QStringLiteral("amount_kopecks"),
                               partner::withdrawalRefusal(*amount, currency.toString(),
                                                          left ? left->rewardBalanceKopecks : 0)
                                   .value_or(detail));
    }
    if (!execQuery(write,
                   QStringLiteral("INSERT INTO partner_withdrawals (amount_kopecks, currency, "
                                  "status, requested_by, created_at) VALUES (?, 'RUB', "
                                  "'requested', ?, ?)"),
                   { *amount, request.user.id, now }))
        return failWrite(context.db, write.lastError().text());
    const qint64 id = write.lastInsertId().toLongLong();
    if (!context.db.commit())
        return failWrite(context.db, context.db.lastError().text());
    return HttpReply::json(201,
                           QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("amount_kopecks"), *amount },
                                         { QStringLiteral("currency"), QStringLiteral("RUB") },
                                         { QStringLiteral("status"), QStringLiteral("requested") },
                                         { QStringLiteral("created_at"), now },
                                         { QStringLiteral("reward_balance_kopecks"),
                                           profile->rewardBalanceKopecks - *amount } });
}

} // namespace

std::vector<Route> partnerRewardRoutes()
{
    return {
        { "POST", "/api/v1/webhooks/partner/client-payments", Access::AnyUser, false,
          &clientPayment },
        // Paying money out of the company is a team lead's or an administrator's decision.
        { "POST", "/api/v1/partner/withdrawals", Access::Reviewer, false, &withdraw },
    };
}

} // namespace opc::sandbox
