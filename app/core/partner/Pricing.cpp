#include "core/partner/Pricing.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <utility>

namespace opc::partner {

namespace {

struct PricingText {
    Q_DECLARE_TR_FUNCTIONS(opc::partner::Pricing)
};

// A quote above this is refused: exact arithmetic at a millionth of a kopeck stays within 64
// bits (10 billion rubles in one payment is far beyond any real order).
constexpr qint64 kMaxSubtotalKopecks = 1'000'000'000'000;

const QStringList &personalChannels()
{
    static const QStringList keys { QStringLiteral("whatsapp"), QStringLiteral("telegram"),
                                    QStringLiteral("max") };
    return keys;
}

// Sums in exact units: `unit` of them make a kopeck. Personal and other channels are kept apart
// because the volume discount applies to personal ones only; `undiscounted` (a ChatCoins
// package) takes no discount.
struct ExactSums {
    qint64 personal = 0;
    qint64 other = 0;
    qint64 undiscounted = 0;
    qint64 unit = 1;
};

qint64 roundHalfUp(qint64 exact, qint64 unit)
{
    return (exact + unit / 2) / unit; // exact is never negative
}

// Applies the discounts in order and rounds once at the end (see quoteLines()).
Quote settle(ExactSums sums, const QList<std::pair<DiscountKind, int>> &discounts)
{
    Quote quote;
    quote.subtotalKopecks = roundHalfUp(sums.personal + sums.other + sums.undiscounted, sums.unit);
    QList<qint64> exactAmounts;
    for (const auto &[kind, percent] : discounts) {
        if (percent == 0)
            continue;
        // Every sum is a multiple of 100 at each step (the unit holds a factor 100 per
        // discount), so each division below is exact; dividing first keeps within 64 bits.
        const qint64 offPersonal = sums.personal / 100 * percent;
        const qint64 offOther = kind == DiscountKind::Volume ? 0 : sums.other / 100 * percent;
        sums.personal -= offPersonal;
        sums.other -= offOther;
        quote.discounts.append(AppliedDiscount { kind, percent, 0 });
        exactAmounts.append(offPersonal + offOther);
    }
    quote.totalKopecks = roundHalfUp(sums.personal + sums.other + sums.undiscounted, sums.unit);
    qint64 shown = 0;
    for (qsizetype i = 0; i < quote.discounts.size(); ++i) {
        const bool last = i + 1 == quote.discounts.size();
        quote.discounts[i].amountKopecks = last ? quote.subtotalKopecks - quote.totalKopecks - shown
                                                : roundHalfUp(exactAmounts.at(i), sums.unit);
        shown += quote.discounts.at(i).amountKopecks;
    }
    return quote;
}

bool multiply(qint64 a, qint64 b, qint64 *product)
{
    return !qMulOverflow(a, b, product);
}

bool add(qint64 *sum, qint64 value)
{
    return !qAddOverflow(*sum, value, sum);
}

QuoteError tooLarge(const QString &field)
{
    return QuoteError { field,
                        PricingText::tr("The order is too large to price: split it into several "
                                        "payments.") };
}

// Adds `count` × `channels` × price × `factor` to the personal or other sum. False with
// `error` when a channel has no price or the sum leaves the supported range.
bool addChannels(const QMap<QString, qint64> &channels, qint64 count, qint64 factor,
                 const PriceList &prices, const QString &field, ExactSums *sums, QuoteError *error)
{
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QString channelField = field + QLatin1Char('.') + it.key();
        if (!prices.channels.contains(it.key())) {
            *error = QuoteError { channelField,
                                  PricingText::tr("The price list has no price for the “%1” "
                                                  "channel.")
                                      .arg(it.key()) };
            return false;
        }
        qint64 cost = 0;
        if (!multiply(count, it.value(), &cost)
            || !multiply(cost, prices.channels.value(it.key()), &cost)
            || !multiply(cost, factor, &cost)
            || !add(isPersonalChannel(it.key()) ? &sums->personal : &sums->other, cost)) {
            *error = tooLarge(channelField);
            return false;
        }
    }
    return true;
}

qint64 countPersonal(const QMap<QString, qint64> &channels, qint64 lines)
{
    qint64 personal = 0;
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        if (isPersonalChannel(it.key()))
            personal += it.value() * lines; // bounded by kMaxCount²
    }
    return personal;
}

} // namespace

QString partnerStatusToWire(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::None:
        return QStringLiteral("none");
    case PartnerStatus::Official:
        return QStringLiteral("official");
    case PartnerStatus::Gold:
        return QStringLiteral("gold");
    case PartnerStatus::Technology:
        return QStringLiteral("technology");
    }
    return QStringLiteral("none");
}

std::optional<PartnerStatus> partnerStatusFromWire(const QString &wire)
{
    for (PartnerStatus status : { PartnerStatus::None, PartnerStatus::Official, PartnerStatus::Gold,
                                  PartnerStatus::Technology }) {
        if (partnerStatusToWire(status) == wire)
            return status;
    }
    return std::nullopt;
}

bool isPersonalChannel(const QString &key)
{
    return personalChannels().contains(key);
}

QString discountKindToWire(DiscountKind kind)
{
    switch (kind) {
    case DiscountKind::Volume:
        return QStringLiteral("volume");
    case DiscountKind::Period:
        return QStringLiteral("period");
    case DiscountKind::Partner:
        return QStringLiteral("partner");
    }
    return QStringLiteral("volume");
}

int volumeDiscountPercent(qint64 personalChannels)
{
    if (personalChannels >= 100)
        return 30;
    if (personalChannels >= 75)
        return 25;
    if (personalChannels >= 40)
        return 20;
    if (personalChannels >= 20)
        return 10;
    if (personalChannels >= 10)
        return 5;
    return 0;
}

int periodDiscountPercent(int months)
{
    if (months >= 12)
        return 20;
    if (months >= 6)
        return 10;
    return 0;
}

int partnerDiscountPercent(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::None:
        return 0;
    case PartnerStatus::Official:
        return 35;
    case PartnerStatus::Gold:
    case PartnerStatus::Technology:
        return 50;
    }
    return 0;
}

std::optional<Quote> quoteLines(const LineOrder &order, const PriceList &prices, QuoteError *error)
{
    // A millionth of a kopeck: room for three percentages applied exactly.
    ExactSums kopecks;
    qint64 personal = 0;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const LineGroup &group = order.lines.at(i);
        if (!addChannels(group.channels, group.count, order.months, prices,
                         QStringLiteral("lines[%1].channels").arg(i), &kopecks, error))
            return std::nullopt;
        personal += countPersonal(group.channels, group.count);
    }
    if (!order.chatcoinsPackage.isEmpty()) {
        if (!prices.chatcoins.contains(order.chatcoinsPackage)) {
            *error = QuoteError { QStringLiteral("chatcoins_package"),
                                  PricingText::tr("The price list has no ChatCoins package "
                                                  "“%1”.")
                                      .arg(order.chatcoinsPackage) };
            return std::nullopt;
        }
        kopecks.undiscounted = prices.chatcoins.value(order.chatcoinsPackage);
    }
    qint64 subtotal = 0;
    if (!add(&subtotal, kopecks.personal) || !add(&subtotal, kopecks.other)
        || !add(&subtotal, kopecks.undiscounted) || subtotal > kMaxSubtotalKopecks) {
        *error = tooLarge(QStringLiteral("lines"));
        return std::nullopt;
    }
    constexpr qint64 kUnit = 1'000'000;
    kopecks.personal *= kUnit;
    kopecks.other *= kUnit;
    kopecks.undiscounted *= kUnit;
    kopecks.unit = kUnit;
    Quote quote = settle(kopecks,
                         { { DiscountKind::Volume, volumeDiscountPercent(personal) },
                           { DiscountKind::Period, periodDiscountPercent(order.months) },
                           { DiscountKind::Partner, partnerDiscountPercent(order.partner) } });
    quote.personalChannels = personal;
    return quote;
}

std::optional<Quote> quoteAddOn(const AddOnOrder &order, const PriceList &prices, QuoteError *error)
{
    const qint64 daysLeft = order.today.daysTo(order.lineExpiresOn);
    if (daysLeft < kMinAddOnDaysLeft) {
        *error = QuoteError {
            QStringLiteral("line_expires_on"),
            PricingText::tr("Channels can be added only while at least %n day(s) are left "
                            "before the line expires; %1 left. Renew the line instead.",
                            nullptr, kMinAddOnDaysLeft)
                .arg(qMax<qint64>(daysLeft, 0)),
        };
        return std::nullopt;
    }
    // Monthly price × days / 30: sums are kept as price × days, a thirtieth of a kopeck each.
    ExactSums thirtieths;
    if (!addChannels(order.channels, 1, daysLeft, prices, QStringLiteral("channels"), &thirtieths,
                     error))
        return std::nullopt;
    qint64 subtotal = 0;
    if (!add(&subtotal, thirtieths.personal) || !add(&subtotal, thirtieths.other)
        || subtotal / 30 > kMaxSubtotalKopecks) {
        *error = tooLarge(QStringLiteral("channels"));
        return std::nullopt;
    }
    // Two percentages (volume, partner) to apply exactly: 10 000 parts of a thirtieth.
    constexpr qint64 kParts = 10'000;
    thirtieths.personal *= kParts;
    thirtieths.other *= kParts;
    thirtieths.unit = 30 * kParts;
    const qint64 personal = countPersonal(order.channels, 1);
    Quote quote = settle(thirtieths,
                         { { DiscountKind::Volume, volumeDiscountPercent(personal) },
                           { DiscountKind::Partner, partnerDiscountPercent(order.partner) } });
    quote.personalChannels = personal;
    quote.daysLeft = int(daysLeft);
    return quote;
}

} // namespace opc::partner
