#pragma once

#include "core/partner/Pricing.h"

#include <QJsonObject>

#include <optional>

namespace opc::partner {

// The JSON of `operator-cli quote` and `quote-addon` (issue 5 §7), read strictly: every problem
// is a QuoteError naming the field ("lines[1].channels.telegram", "months") with a translated
// message. Unknown fields are refused too, so a misspelt "month" is not silently ignored.

// {"partner_status","months","lines":[{"count","channels":{…}}],"chatcoins_package"}; a
// "prices" member is allowed and read by pricesFromJson.
std::optional<LineOrder> lineOrderFromJson(const QJsonObject &json, QuoteError *error);

// {"partner_status","today","line_expires_on","channels":{…}}, plus "prices".
std::optional<AddOnOrder> addOnOrderFromJson(const QJsonObject &json, QuoteError *error);

// {"channels":{"whatsapp":KOPECKS,…},"chatcoins":{"ID":KOPECKS}} ("chatcoins" may be missing);
// errors are named under `field` ("prices").
std::optional<PriceList> pricesFromJson(const QJsonValue &json, const QString &field,
                                        QuoteError *error);

// {"subtotal_kopecks","discounts":[{"kind","percent","amount_kopecks"}],"total_kopecks"}, with
// "days_left" for an add-on.
QJsonObject quoteToJson(const Quote &quote, bool addOn);

} // namespace opc::partner
