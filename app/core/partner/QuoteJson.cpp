#include "core/partner/QuoteJson.h"

#include "core/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace opc::partner {

namespace {

struct QuoteJsonText {
    Q_DECLARE_TR_FUNCTIONS(opc::partner::QuoteJson)
};

bool fail(QuoteError *error, const QString &field, const QString &message)
{
    *error = QuoteError { field, message };
    return false;
}

bool onlyKnownFields(const QJsonObject &json, const QStringList &known, const QString &prefix,
                     QuoteError *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            return fail(error, prefix + it.key(),
                        QuoteJsonText::tr("Unknown field “%1”; expected one of: %2.")
                            .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }
    return true;
}

bool readStatus(const QJsonObject &json, PartnerStatus *status, QuoteError *error)
{
    const QJsonValue value = json.value(QStringLiteral("partner_status"));
    const std::optional<PartnerStatus> parsed
        = value.isString() ? partnerStatusFromWire(value.toString()) : std::nullopt;
    if (!parsed) {
        return fail(error, QStringLiteral("partner_status"),
                    QuoteJsonText::tr("partner_status must be one of: none, official, gold, "
                                      "technology."));
    }
    *status = *parsed;
    return true;
}

// A whole number from `min` to `max`; `what` says what it counts, for the message.
bool readWhole(const QJsonValue &value, const QString &field, qint64 min, qint64 max,
               qint64 *number, QuoteError *error)
{
    const std::optional<qint64> parsed = wholeNumber(value, min, max);
    if (!parsed) {
        return fail(error, field,
                    QuoteJsonText::tr("%1 must be a whole number from %2 to %3.")
                        .arg(field)
                        .arg(min)
                        .arg(max));
    }
    *number = *parsed;
    return true;
}

// {"whatsapp":2,…}: lower-case keys, counts from 0.
bool readChannels(const QJsonValue &value, const QString &field, QMap<QString, qint64> *channels,
                  QuoteError *error)
{
    if (!value.isObject()) {
        return fail(error, field,
                    QuoteJsonText::tr("%1 must be an object of channel counts, e.g. "
                                      "{\"whatsapp\": 2, \"telegram\": 1}.")
                        .arg(field));
    }
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString channelField = field + QLatin1Char('.') + it.key();
        if (!key.match(it.key()).hasMatch()) {
            return fail(error, channelField,
                        QuoteJsonText::tr("Channel names are lower-case Latin letters, digits "
                                          "and “_” (whatsapp, telegram, max, …); “%1” is not "
                                          "one.")
                            .arg(it.key()));
        }
        qint64 count = 0;
        if (!readWhole(it.value(), channelField, 0, kMaxCount, &count, error))
            return false;
        channels->insert(it.key(), count);
    }
    return true;
}

bool readDate(const QJsonObject &json, const QString &field, QDate *date, QuoteError *error)
{
    const QJsonValue value = json.value(field);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = value.isString() && shape.match(value.toString()).hasMatch()
        ? QDate::fromString(value.toString(), Qt::ISODate)
        : QDate();
    if (!parsed.isValid()) {
        return fail(
            error, field,
            QuoteJsonText::tr("%1 must be a date written YYYY-MM-DD, e.g. 2026-11-22.").arg(field));
    }
    *date = parsed;
    return true;
}

bool readPriceMap(const QJsonValue &value, const QString &field, QMap<QString, qint64> *prices,
                  QuoteError *error)
{
    if (!value.isObject()) {
        return fail(error, field,
                    QuoteJsonText::tr("%1 must be an object of prices in kopecks.").arg(field));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        qint64 kopecks = 0;
        if (!readWhole(it.value(), field + QLatin1Char('.') + it.key(), 0, kMaxPriceKopecks,
                       &kopecks, error))
            return false;
        prices->insert(it.key(), kopecks);
    }
    return true;
}

} // namespace

std::optional<PriceList> pricesFromJson(const QJsonValue &json, const QString &field,
                                        QuoteError *error)
{
    if (!json.isObject()) {
        fail(error, field,
             QuoteJsonText::tr("%1 must be an object: {\"channels\": {…}, \"chatcoins\": {…}}.")
                 .arg(field));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    PriceList prices;
    if (!onlyKnownFields(object, { QStringLiteral("channels"), QStringLiteral("chatcoins") },
                         field + QLatin1Char('.'), error)
        || !readPriceMap(object.value(QStringLiteral("channels")),
                         field + QStringLiteral(".channels"), &prices.channels, error))
        return std::nullopt;
    if (object.contains(QStringLiteral("chatcoins"))
        && !readPriceMap(object.value(QStringLiteral("chatcoins")),
                         field + QStringLiteral(".chatcoins"), &prices.chatcoins, error))
        return std::nullopt;
    return prices;
}

std::optional<LineOrder> lineOrderFromJson(const QJsonObject &json, QuoteError *error)
{
    LineOrder order;
    qint64 months = 0;
    if (!onlyKnownFields(json,
                         { QStringLiteral("partner_status"), QStringLiteral("months"),
                           QStringLiteral("lines"), QStringLiteral("chatcoins_package"),
                           QStringLiteral("prices") },
                         {}, error)
        || !readStatus(json, &order.partner, error)
        || !readWhole(json.value(QStringLiteral("months")), QStringLiteral("months"), 1, kMaxMonths,
                      &months, error))
        return std::nullopt;
    order.months = int(months);
    const QJsonValue lines = json.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty()) {
        fail(error, QStringLiteral("lines"),
             QuoteJsonText::tr("lines must be a non-empty list: [{\"count\": 1, \"channels\": "
                               "{\"whatsapp\": 1}}]."));
        return std::nullopt;
    }
    const QJsonArray groups = lines.toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString field = QStringLiteral("lines[%1]").arg(i);
        if (!groups.at(i).isObject()) {
            fail(error, field,
                 QuoteJsonText::tr("%1 must be an object with count and channels.").arg(field));
            return std::nullopt;
        }
        const QJsonObject group = groups.at(i).toObject();
        LineGroup parsed;
        if (!onlyKnownFields(group, { QStringLiteral("count"), QStringLiteral("channels") },
                             field + QLatin1Char('.'), error)
            || !readWhole(group.value(QStringLiteral("count")), field + QStringLiteral(".count"), 1,
                          kMaxCount, &parsed.count, error)
            || !readChannels(group.value(QStringLiteral("channels")),
                             field + QStringLiteral(".channels"), &parsed.channels, error))
            return std::nullopt;
        order.lines.append(parsed);
    }
    const QJsonValue package = json.value(QStringLiteral("chatcoins_package"));
    if (package.isString() && !package.toString().isEmpty()) {
        order.chatcoinsPackage = package.toString();
    } else if (!package.isNull() && !package.isUndefined()) {
        fail(error, QStringLiteral("chatcoins_package"),
             QuoteJsonText::tr("chatcoins_package must be a package id from the price list, or "
                               "null."));
        return std::nullopt;
    }
    return order;
}

std::optional<AddOnOrder> addOnOrderFromJson(const QJsonObject &json, QuoteError *error)
{
    AddOnOrder order;
    if (!onlyKnownFields(json,
                         { QStringLiteral("partner_status"), QStringLiteral("today"),
                           QStringLiteral("line_expires_on"), QStringLiteral("channels"),
                           QStringLiteral("prices") },
                         {}, error)
        || !readStatus(json, &order.partner, error)
        || !readDate(json, QStringLiteral("today"), &order.today, error)
        || !readDate(json, QStringLiteral("line_expires_on"), &order.lineExpiresOn, error)
        || !readChannels(json.value(QStringLiteral("channels")), QStringLiteral("channels"),
                         &order.channels, error))
        return std::nullopt;
    return order;
}

QJsonObject quoteToJson(const Quote &quote, bool addOn)
{
    QJsonArray discounts;
    for (const AppliedDiscount &discount : quote.discounts) {
        discounts.append(
            QJsonObject { { QStringLiteral("kind"), discountKindToWire(discount.kind) },
                          { QStringLiteral("percent"), discount.percent },
                          { QStringLiteral("amount_kopecks"), discount.amountKopecks } });
    }
    QJsonObject json { { QStringLiteral("subtotal_kopecks"), quote.subtotalKopecks },
                       { QStringLiteral("discounts"), discounts },
                       { QStringLiteral("total_kopecks"), quote.totalKopecks } };
    if (addOn)
        json.insert(QStringLiteral("days_left"), quote.daysLeft);
    return json;
}

} // namespace opc::partner
