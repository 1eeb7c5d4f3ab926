#pragma once

#include "core/partner/Pricing.h"
#include "sandbox/PartnerSupport.h"

#include <QJsonObject>
#include <QVariant>

#include <optional>

// What the three kinds of partner order (PartnerOrdersApi.cpp) share: reading the fields they
// have in common, the rules a line adds to the pricing rules, and writing the order down.

namespace opc::sandbox::partnerorders {

// Far above a real payment, low enough that one order cannot make the sandbox write for minutes.
inline constexpr qint64 kMaxLinesPerOrder = 1000;
inline constexpr qint64 kMaxChannelsPerLine = 100;
inline constexpr int kMaxProjectLength = 200;

// What every kind of order reads before it starts.
struct OrderInput {
    ApiContext &context;
    const ApiRequest &request;
    const QJsonObject &body;
    PartnerProfile profile;
    partner::PriceList prices;
};

// 422 naming the field the pricing rules named.
HttpReply refused(const partner::QuoteError &error);
// 500 after rolling the order's transaction back.
HttpReply failWrite(QSqlDatabase &db, const QString &error);

// "payment_method": card or invoice; when not `required`, absent leaves `method` null.
std::optional<HttpReply> readPaymentMethod(const QJsonObject &body, bool required,
                                           QVariant *method);
// "project": the project the lines are attached to; empty or absent leaves `project` null.
std::optional<HttpReply> readProject(const QJsonObject &body, QVariant *project);
// The pricing rules accept any channel key and a count of 0; a line can only hold the
// platform's channels, at most kMaxChannelsPerLine of them, and an order must put at least one
// channel into it.
std::optional<HttpReply> checkChannels(const QMap<QString, qint64> &channels, const QString &field,
                                       qint64 alreadyInLine = 0);

// New lines as a buy order has them: "months", "lines":[{"count","channels"}] and
// "chatcoins_package" of `json`, read by the domain's strict reader with the partner's status,
// then the rules a line adds (checkChannels, kMaxLinesPerOrder). Problems are named `prefix` +
// the field ("new_lines.lines[0].count").
std::optional<HttpReply> readNewLines(const OrderInput &in, const QJsonObject &json,
                                      const QString &prefix, partner::LineOrder *order);
// The coins of a ChatCoins package: its id says its size ("cc-1000" is 1 000); 0 for none.
std::optional<HttpReply> packageCoins(const QString &package, const QString &field, qint64 *coins);
// Creates the lines of `order` for the client (inside the caller's transaction), expiring
// order.months after `now`, attached to `project` (null: the client's), not connected yet, and
// linked to the order; adds `coins` to the client. The new lines' ids go to `created`.
bool createLines(QSqlDatabase &db, const partner::LineOrder &order, qint64 coins,
                 const QVariant &clientId, qint64 orderId, const QDateTime &now,
                 const QVariant &project, QList<qint64> *created, QString *error);

// Writes the order (inside the caller's transaction); its id, or nullopt with `error`.
std::optional<qint64> insertOrder(const OrderInput &in, const QString &kind,
                                  const QVariant &clientId, const QVariant &months,
                                  const QVariant &paymentMethod, const partner::Quote &quote,
                                  bool addOn, const QString &now, QString *error);
bool linkOrderLine(QSqlDatabase &db, qint64 orderId, qint64 lineId, QString *error);
// Adds the channels to the line, not connected yet.
bool addChannelRows(QSqlDatabase &db, qint64 lineId, const QMap<QString, qint64> &channels,
                    QString *error);
// The highest number after "L-" so far (at least 20000): new lines count up from it.
std::optional<qint64> lastLineNumber(QSqlDatabase &db, QString *error);

// 201 with the price breakdown (quoteToJson), the order and the lines as they are now.
HttpReply orderReply(OrderInput &in, qint64 orderId, const QString &kind,
                     const partner::Quote &quote, bool addOn, const QVariant &paymentMethod,
                     const QString &createdAt, const QList<qint64> &lineIds);

} // namespace opc::sandbox::partnerorders
