#include "operations/partner/PartnerOrders.h"

#include "core/JsonFieldReader.h"
#include "core/partner/QuoteJson.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUuid>

#include <algorithm>

namespace opc::ops {

namespace {

struct PartnerOrdersText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::PartnerOrders)
};

QJsonObject channelsJson(const QMap<QString, qint64> &channels)
{
    QJsonObject json;
    for (auto it = channels.begin(); it != channels.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

std::optional<partner::DiscountKind> discountKindFromWire(const QString &wire)
{
    for (const partner::DiscountKind kind :
         { partner::DiscountKind::Volume, partner::DiscountKind::Period,
           partner::DiscountKind::Partner }) {
        if (partner::discountKindToWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

partner::AppliedDiscount readDiscount(const QJsonObject &json, JsonFieldReader &parent,
                                      const QString &prefix)
{
    JsonFieldReader reader(json);
    partner::AppliedDiscount discount;
    const QString kind = reader.text(QStringLiteral("kind"));
    if (const auto parsed = discountKindFromWire(kind))
        discount.kind = *parsed;
    else
        reader.fail(QStringLiteral("kind"),
                    QStringLiteral("\"volume\", \"period\" or \"partner\""));
    discount.percent = int(reader.integer(QStringLiteral("percent"), 0, 100));
    discount.amountKopecks = reader.integer(QStringLiteral("amount_kopecks"), 0);
    parent.adopt(prefix, reader);
    return discount;
}

// What the audit event keeps of the order the caller asked for.
QJsonObject askedBefore(const PartnerOrderRequest &request)
{
    QJsonArray lines;
    for (const PartnerLine &line : request.lines)
        lines.append(partnerLineSummary(line));
    QJsonObject before { { QStringLiteral("kind"), partnerOrderKindToWire(request.kind) },
                         { QStringLiteral("operation_id"), request.operationId },
                         { QStringLiteral("lines"), lines } };
    if (request.kind == PartnerOrderKind::Buy)
        before.insert(QStringLiteral("client_id"), request.clientId);
    return before;
}

QJsonObject orderAfter(const PartnerOrder &order, const QString &operationId)
{
    QJsonObject after
        = partner::quoteToJson(order.quote, order.kind == PartnerOrderKind::AddChannels);
    QJsonArray lines;
    for (const PartnerLine &line : order.lines)
        lines.append(partnerLineSummary(line));
    after.insert(QStringLiteral("order_id"), order.id);
    after.insert(QStringLiteral("kind"), partnerOrderKindToWire(order.kind));
    after.insert(QStringLiteral("operation_id"), operationId);
    after.insert(QStringLiteral("lines"), lines);
    return after;
}

ActionRecord orderRecord(const PartnerOrderRequest &request)
{
    ActionRecord record;
    record.action = QStringLiteral("partner.order");
    if (request.kind == PartnerOrderKind::Buy) {
        record.entityType = QStringLiteral("partner_client");
        record.entityIds = QStringList { QString::number(request.clientId) };
    } else {
        record.entityType = QStringLiteral("partner_line");
        for (const PartnerLine &line : request.lines)
            record.entityIds << QString::number(line.id);
    }
    record.before = askedBefore(request);
    return record;
}

PartnerOrderResult readAnswer(const crm::CrmResult &result, const QString &what)
{
    PartnerOrderResult read;
    if (!result.ok()) {
        read.error = result.error;
        switch (result.error->kind) {
        case crm::ErrorKind::Network:
        case crm::ErrorKind::Timeout:
        case crm::ErrorKind::Server:
            // The order may have gone through with its answer lost.
            read.message = PartnerOrdersText::tr("%1 The order may or may not have been placed: "
                                                 "send it again with the same operation id, and "
                                                 "the CRM answers the first order instead of "
                                                 "charging twice.")
                               .arg(result.error->message);
            break;
        default:
            read.message = result.error->code == QLatin1String("idempotency_key_reused")
                ? PartnerOrdersText::tr("This operation id was already used for a different "
                                        "order (other lines, months or payment method). Place "
                                        "a new order with a new operation id.")
                : result.error->message;
        }
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why))
        read.order = partnerOrderFromJson(body, &why);
    if (!read.order) {
        read.error = leadops::malformed(result, what, why);
        read.message = read.error->message;
    }
    return read;
}

} // namespace

QString partnerOrderKindToWire(PartnerOrderKind kind)
{
    switch (kind) {
    case PartnerOrderKind::Buy:
        return QStringLiteral("buy");
    case PartnerOrderKind::Renew:
        return QStringLiteral("renew");
    case PartnerOrderKind::AddChannels:
        return QStringLiteral("add_channels");
    }
    return QStringLiteral("renew");
}

std::optional<PartnerOrderKind> partnerOrderKindFromWire(const QString &wire)
{
    for (const PartnerOrderKind kind :
         { PartnerOrderKind::Buy, PartnerOrderKind::Renew, PartnerOrderKind::AddChannels }) {
        if (partnerOrderKindToWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

QString paymentMethodToWire(PaymentMethod method)
{
    return method == PaymentMethod::Invoice ? QStringLiteral("invoice") : QStringLiteral("card");
}

std::optional<PaymentMethod> paymentMethodFromWire(const QString &wire)
{
    if (wire == QLatin1String("card"))
        return PaymentMethod::Card;
    if (wire == QLatin1String("invoice"))
        return PaymentMethod::Invoice;
    return std::nullopt;
}

QString newPartnerOrderOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray partnerOrderIdempotencyKey(const QString &operationId)
{
    return QByteArrayLiteral("partner-order-") + operationId.toUtf8();
}

QJsonObject partnerOrderBody(const PartnerOrderRequest &request)
{
    QJsonObject body { { QStringLiteral("kind"), partnerOrderKindToWire(request.kind) } };
    // The new lines: "months", "lines" and "chatcoins_package" of a buy order or add_channels'
    // "new_lines".
    const auto addNewLines = [&request](QJsonObject *json) {
        QJsonArray groups;
        for (const partner::LineGroup &group : request.groups)
            groups.append(
                QJsonObject { { QStringLiteral("count"), group.count },
                              { QStringLiteral("channels"), channelsJson(group.channels) } });
        json->insert(QStringLiteral("months"), request.months);
        json->insert(QStringLiteral("lines"), groups);
        json->insert(QStringLiteral("chatcoins_package"),
                     request.chatcoinsPackage.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(request.chatcoinsPackage));
    };
    switch (request.kind) {
    case PartnerOrderKind::Buy: {
        body.insert(QStringLiteral("client_id"), request.clientId);
        body.insert(QStringLiteral("payment_method"), paymentMethodToWire(request.paymentMethod));
        addNewLines(&body);
        if (!request.project.isEmpty())
            body.insert(QStringLiteral("project"), request.project);
        break;
    }
    case PartnerOrderKind::Renew: {
        // Sorted and each once, so that the same lines give the same body (the CRM replays an
        // Idempotency-Key only for the very same request) in whatever order they were picked.
        QList<qint64> sorted;
        for (const PartnerLine &line : request.lines)
            sorted.append(line.id);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QJsonArray ids;
        for (const qint64 id : std::as_const(sorted))
            ids.append(id);
        body.insert(QStringLiteral("line_ids"), ids);
        body.insert(QStringLiteral("months"), request.months);
        body.insert(QStringLiteral("payment_method"), paymentMethodToWire(request.paymentMethod));
        break;
    }
    case PartnerOrderKind::AddChannels:
        body.insert(QStringLiteral("line_id"),
                    request.lines.isEmpty() ? 0 : request.lines.constFirst().id);
        body.insert(QStringLiteral("channels"), channelsJson(request.channels));
        body.insert(QStringLiteral("payment_method"), paymentMethodToWire(request.paymentMethod));
        if (!request.project.isEmpty())
            body.insert(QStringLiteral("project"), request.project);
        if (!request.groups.isEmpty()) {
            QJsonObject newLines;
            addNewLines(&newLines);
            body.insert(QStringLiteral("new_lines"), newLines);
        }
        break;
    }
    return body;
}

partner::LineOrder renewalLineOrder(const QList<PartnerLine> &lines, partner::PartnerStatus status,
                                    int months)
{
    partner::LineOrder order;
    order.partner = status;
    order.months = months;
    for (const PartnerLine &line : lines)
        order.lines.append(partner::LineGroup { 1, line.channelCounts() });
    return order;
}

std::optional<PartnerOrder> partnerOrderFromJson(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    PartnerOrder order;
    order.id = reader.integer(QStringLiteral("id"), 1);
    const QString kind = reader.text(QStringLiteral("kind"));
    if (const auto parsed = partnerOrderKindFromWire(kind))
        order.kind = *parsed;
    else
        reader.fail(QStringLiteral("kind"),
                    QStringLiteral("\"buy\", \"renew\" or \"add_channels\""));
    const QString method = reader.textOrNull(QStringLiteral("payment_method"));
    if (!method.isEmpty()) {
        order.paymentMethod = paymentMethodFromWire(method);
        if (!order.paymentMethod)
            reader.fail(QStringLiteral("payment_method"),
                        QStringLiteral("\"card\", \"invoice\" or null"));
    }
    order.createdAt = leadops::readTime(reader, json, QStringLiteral("created_at"));
    order.quote.subtotalKopecks = reader.integer(QStringLiteral("subtotal_kopecks"), 0);
    const QJsonArray discounts = reader.array(QStringLiteral("discounts"));
    for (int i = 0; i < discounts.size() && reader.ok(); ++i) {
        const QString at = QStringLiteral("discounts[%1]").arg(i);
        if (!discounts.at(i).isObject()) {
            reader.fail(at, QStringLiteral("an object"));
            break;
        }
        order.quote.discounts.append(readDiscount(discounts.at(i).toObject(), reader, at));
    }
    order.quote.totalKopecks = reader.integer(QStringLiteral("total_kopecks"), 0);
    if (order.kind == PartnerOrderKind::AddChannels || json.contains(QStringLiteral("days_left")))
        order.quote.daysLeft = int(reader.integer(QStringLiteral("days_left"), 0, 100000));
    order.lines = partnerops::readLines(reader.array(QStringLiteral("lines")), reader,
                                        QStringLiteral("lines"));
    if (reader.ok()) {
        qint64 discounted = 0;
        for (const partner::AppliedDiscount &discount : std::as_const(order.quote.discounts))
            discounted += discount.amountKopecks;
        if (order.quote.subtotalKopecks - discounted != order.quote.totalKopecks)
            reader.fail(QStringLiteral("total_kopecks"),
                        QStringLiteral("subtotal_kopecks minus the discounts"));
    }
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    return order;
}

void placePartnerOrder(const Actor &actor, crm::CrmClient *client,
                       const PartnerOrderRequest &request, QObject *context,
                       std::function<void(const PartnerOrderResult &)> done)
{
    PartnerOrderRequest asked = request;
    if (asked.operationId.isEmpty())
        asked.operationId = newPartnerOrderOperationId();
    crm::CrmRequest post;
    post.method = "POST";
    post.path = partnerops::partnerPath(QStringLiteral("/orders"));
    post.body = partnerOrderBody(asked);
    post.idempotencyKey = partnerOrderIdempotencyKey(asked.operationId);
    const QString what = QStringLiteral("POST ") + post.path;
    const ActionRecord record = orderRecord(asked);

    // The answer goes to the audit recorder, which outlives every window: an order the CRM took
    // is audited even if the one that asked for it closed meanwhile.
    client->send(post, actor.audit,
                 [actor, record, what, operationId = asked.operationId, key = post.idempotencyKey,
                  body = *post.body, guard = QPointer<QObject>(context),
                  done = std::move(done)](const crm::CrmResult &result) {
                     PartnerOrderResult placed = readAnswer(result, what);
                     placed.operationId = operationId;
                     placed.idempotencyKey = key;
                     ActionRecord recorded = record;
                     if (placed.ok()) {
                         recorded.after = orderAfter(*placed.order, operationId);
                     } else {
                         recorded.after = body.toObject();
                         recorded.after.insert(QStringLiteral("operation_id"), operationId);
                     }
                     recordAction(actor, recorded, placed.error);
                     if (guard)
                         done(placed);
                 });
}

} // namespace opc::ops
