#pragma once

#include "core/partner/Pricing.h"
#include "crm/CrmResult.h"
#include "operations/partner/PartnerLines.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct Actor;

enum class PartnerOrderKind { Buy, Renew, AddChannels };
QString partnerOrderKindToWire(PartnerOrderKind kind); // "buy", "renew", "add_channels"
std::optional<PartnerOrderKind> partnerOrderKindFromWire(const QString &wire);

enum class PaymentMethod { Card, Invoice };
QString paymentMethodToWire(PaymentMethod method); // "card", "invoice"
std::optional<PaymentMethod> paymentMethodFromWire(const QString &wire);

// One payment for lines (POST /api/v1/partner/orders). Which members count depends on `kind`.
struct PartnerOrderRequest {
    // The caller's id of this order, kept until the answer arrived: the Idempotency-Key derives
    // from it, so sending the order again with the same id (after a crash or a lost answer) gets
    // the first answer back instead of paying twice. newPartnerOrderOperationId() makes one;
    // empty: placePartnerOrder() makes one and reports it in the result. At most 200
    // characters. The same id with another order is refused (error code
    // "idempotency_key_reused").
    QString operationId;
    PartnerOrderKind kind = PartnerOrderKind::Renew;
    int months = 1; // buy, renew, add_channels with new lines
    PaymentMethod paymentMethod = PaymentMethod::Card;
    // renew: the lines to renew; add_channels: the one line. As the caller saw them: their
    // expiry and channels are the audit event's "before".
    QList<PartnerLine> lines;
    qint64 clientId = 0; // buy
    // buy: `count` new lines with `channels` each. add_channels: new lines for the line's client
    // bought in the same payment ("new_lines" with `months` and `chatcoinsPackage`); empty: none.
    QList<partner::LineGroup> groups;
    QString chatcoinsPackage; // buy, add_channels with new lines; empty: none
    // buy: the project to attach the new lines to; empty: the client's. add_channels: the
    // project to attach the line and its new lines to; empty: the line's.
    QString project;
    QMap<QString, qint64> channels; // add_channels: key → how many to add
};

QString newPartnerOrderOperationId(); // a fresh UUID
// "partner-order-<operation id>": the same for every send of the same operation.
QByteArray partnerOrderIdempotencyKey(const QString &operationId);
// The request's JSON body as the contract has it.
QJsonObject partnerOrderBody(const PartnerOrderRequest &request);

// The renewal `lines` stand for, priced as the CRM prices it: one payment, one LineGroup per line
// (count 1, its channels). quoteLines() of it with the price list shows the total beforehand.
partner::LineOrder renewalLineOrder(const QList<PartnerLine> &lines, partner::PartnerStatus status,
                                    int months);

// The CRM's answer to an order.
struct PartnerOrder {
    qint64 id = 0;
    PartnerOrderKind kind = PartnerOrderKind::Renew;
    std::optional<PaymentMethod> paymentMethod; // none for an add_channels order without one
    QDateTime createdAt; // UTC, the CRM's now
    // subtotal, the discounts applied (volume, period, partner) and the total; daysLeft for
    // add_channels only. personalChannels is not sent and stays 0.
    partner::Quote quote;
    QList<PartnerLine> lines; // the lines the order bought or changed, as they are now
};

// Reads the answer strictly; nullopt with the problem otherwise.
std::optional<PartnerOrder> partnerOrderFromJson(const QJsonObject &json, QString *problem);

struct PartnerOrderResult {
    QString operationId; // the request's, or the one made for it
    QByteArray idempotencyKey; // what was sent
    std::optional<PartnerOrder> order; // set on success
    std::optional<crm::CrmError> error;
    QString message; // for people, translated, when it failed
    bool ok() const { return order.has_value(); }
};

// POST /api/v1/partner/orders with Idempotency-Key partnerOrderIdempotencyKey(operationId).
// Records one "partner.order" audit event whatever the outcome (before: the lines as the caller
// knew them; after: the order, or what was asked when it failed), even when `context` died
// meanwhile. `done` runs exactly once in `context`'s thread; nothing if `context` died first.
void placePartnerOrder(const Actor &actor, crm::CrmClient *client,
                       const PartnerOrderRequest &request, QObject *context,
                       std::function<void(const PartnerOrderResult &)> done);

} // namespace opc::ops
