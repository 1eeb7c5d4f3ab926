#include "core/partner/Pricing.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>
#include <utility>

namespace opc::partner {

namespace {

struct PricingText {
    Q_DECLARE_TR_FUNCTIONS(opc::partner::Pricing)
};

// A quote above this is refused: exact arithmetic at a millionth of a kopeck stays within 64
// bits (10 billion rubles in one payment is far beyond any real order).
constexpr qint64 kMaxSubtotalKopecks = 1'000'000'000'000;
// Added channels with new lines are kept in 30 million parts of a kopeck: a tenth of that.
constexpr qint64 kMaxCombinedSubtotalKopecks = kMaxSubtotalKopecks / 10;

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
    // Channels added to a running line in the same payment as new lines (quoteAddOnWithLines):
    // the volume and partner discounts apply to them, the period discount (the new lines'
    // months) does not.
    qint64 addOnPersonal = 0;
    qint64 addOnOther = 0;
    qint64 undiscounted = 0;
    qint64 unit = 1;

    qint64 discounted() const { return personal + other + addOnPersonal + addOnOther; }
    // Multiplies every sum by `factor` (the caller checked the range) and the unit with it.
    void scale(qint64 factor)
    {
        personal *= factor;
        other *= factor;
        addOnPersonal *= factor;
        addOnOther *= factor;
        undiscounted *= factor;
        unit *= factor;
    }
};

qint64 roundHalfUp(qint64 exact, qint64 unit)
{
    return (exact + unit / 2) / unit; // exact is never negative
}

// Applies the discounts in order and rounds once at the end (see quoteLines()).
Quote settle(ExactSums sums, const QList<std::pair<DiscountKind, int>> &discounts)
{
    Quote quote;
    quote.subtotalKopecks = roundHalfUp(sums.discounted() + sums.undiscounted, sums.unit);
    QList<qint64> exactAmounts;
    for (const auto &[kind, percent] : discounts) {
        if (percent == 0)
            continue;
        // Every sum is a multiple of 100 at each step (the unit holds a factor 100 per
        // discount), so each division below is exact; dividing first keeps within 64 bits.
        // Volume: personal channels only; period: the new lines only; partner: everything.
        const qint64 offPersonal = sums.personal / 100 * percent;
        const qint64 offOther = kind == DiscountKind::Volume ? 0 : sums.other / 100 * percent;
        const qint64 offAddOnPersonal
            = kind == DiscountKind::Period ? 0 : sums.addOnPersonal / 100 * percent;
        const qint64 offAddOnOther
            = kind == DiscountKind::Partner ? sums.addOnOther / 100 * percent : 0;
        sums.personal -= offPersonal;
        sums.other -= offOther;
        sums.addOnPersonal -= offAddOnPersonal;
        sums.addOnOther -= offAddOnOther;
        quote.discounts.append(AppliedDiscount { kind, percent, 0 });
        exactAmounts.append(offPersonal + offOther + offAddOnPersonal + offAddOnOther);
    }
    quote.totalKopecks = roundHalfUp(sums.discounted() + sums.undiscounted, sums.unit);
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

// Adds the lines and ChatCoins package of `order` to `sums`, in units of 1/`scale` kopeck, and
// their personal channels to `personal`. Errors are named `prefix` + the order's own field
// ("lines[0].channels.viber", "chatcoins_package").
bool addLineOrder(const LineOrder &order, qint64 scale, const QString &prefix,
                  const PriceList &prices, ExactSums *sums, qint64 *personal, QuoteError *error)
{
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const LineGroup &group = order.lines.at(i);
        if (!addChannels(group.channels, group.count, qint64(order.months) * scale, prices,
                         prefix + QStringLiteral("lines[%1].channels").arg(i), sums, error))
            return false;
        *personal += countPersonal(group.channels, group.count);
    }
    if (!order.chatcoinsPackage.isEmpty()) {
        const QString field = prefix + QStringLiteral("chatcoins_package");
        if (!prices.chatcoins.contains(order.chatcoinsPackage)) {
            *error = QuoteError { field,
                                  PricingText::tr("The price list has no ChatCoins package "
                                                  "“%1”.")
                                      .arg(order.chatcoinsPackage) };
            return false;
        }
        if (!multiply(prices.chatcoins.value(order.chatcoinsPackage), scale, &sums->undiscounted)) {
            *error = tooLarge(field);
            return false;
        }
    }
    return true;
}

// The exact sum of `sums` when it stays within 64 bits and `limit`; nullopt otherwise.
std::optional<qint64> exactTotal(const ExactSums &sums, qint64 limit)
{
    qint64 total = 0;
    if (!add(&total, sums.personal) || !add(&total, sums.other) || !add(&total, sums.addOnPersonal)
        || !add(&total, sums.addOnOther) || !add(&total, sums.undiscounted) || total > limit)
        return std::nullopt;
    return total;
}

// Days from today to the line's expiry; nullopt with `error` when fewer than kMinAddOnDaysLeft.
std::optional<qint64> addOnDaysLeft(const AddOnOrder &order, QuoteError *error)
{
    const qint64 daysLeft = order.today.daysTo(order.lineExpiresOn);
    if (daysLeft < kMinAddOnDaysLeft) {
        *error = QuoteError {
            QStringLiteral("line_expires_on"),
            PricingText::tr("Channels can be added only while at least %Ln day(s) are left "
                            "before the line expires; %1 left. Renew the line instead.",
                            nullptr, kMinAddOnDaysLeft)
                .arg(qMax<qint64>(daysLeft, 0)),
        };
        return std::nullopt;
    }
    return daysLeft;
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
    ExactSums kopecks;
    qint64 personal = 0;
    if (!addLineOrder(order, 1, QString(), prices, &kopecks, &personal, error))
        return std::nullopt;
    if (!exactTotal(kopecks, kMaxSubtotalKopecks)) {
        *error = tooLarge(QStringLiteral("lines"));
        return std::nullopt;
    }
    // A millionth of a kopeck: room for three percentages applied exactly.
    kopecks.scale(1'000'000);
    Quote quote = settle(kopecks,
                         { { DiscountKind::Volume, volumeDiscountPercent(personal) },
                           { DiscountKind::Period, periodDiscountPercent(order.months) },
                           { DiscountKind::Partner, partnerDiscountPercent(order.partner) } });
    quote.personalChannels = personal;
    return quote;
}

std::optional<Quote> quoteAddOn(const AddOnOrder &order, const PriceList &prices, QuoteError *error)
{
    const auto daysLeft = addOnDaysLeft(order, error);
    if (!daysLeft)
        return std::nullopt;
    // Monthly price × days / 30: sums are kept as price × days, a thirtieth of a kopeck each.
    ExactSums thirtieths;
    if (!addChannels(order.channels, 1, *daysLeft, prices, QStringLiteral("channels"), &thirtieths,
                     error))
        return std::nullopt;
    const auto subtotal = exactTotal(thirtieths, std::numeric_limits<qint64>::max());
    if (!subtotal || *subtotal / 30 > kMaxSubtotalKopecks) {
        *error = tooLarge(QStringLiteral("channels"));
        return std::nullopt;
    }
    // Two percentages (volume, partner) to apply exactly: 10 000 parts of a thirtieth.
    thirtieths.unit = 30;
    thirtieths.scale(10'000);
    const qint64 personal = countPersonal(order.channels, 1);
    Quote quote = settle(thirtieths,
                         { { DiscountKind::Volume, volumeDiscountPercent(personal) },
                           { DiscountKind::Partner, partnerDiscountPercent(order.partner) } });
    quote.personalChannels = personal;
    quote.daysLeft = int(*daysLeft);
    return quote;
}

std::optional<Quote> quoteAddOnWithLines(const AddOnOrder &addOn,
                                         const std::optional<LineOrder> &newLines,
                                         const PriceList &prices, QuoteError *error)
{
    if (!newLines || (newLines->lines.isEmpty() && newLines->chatcoinsPackage.isEmpty()))
        return quoteAddOn(addOn, prices, error);
    const auto daysLeft = addOnDaysLeft(addOn, error);
    if (!daysLeft)
        return std::nullopt;
    // Thirtieths of a kopeck: the added channels as monthly price × days, the new lines as
    // monthly price × months × 30 (and the package × 30).
    ExactSums thirtieths;
    if (!addChannels(addOn.channels, 1, *daysLeft, prices, QStringLiteral("channels"), &thirtieths,
                     error))
        return std::nullopt;
    thirtieths.addOnPersonal = std::exchange(thirtieths.personal, 0);
    thirtieths.addOnOther = std::exchange(thirtieths.other, 0);
    qint64 personal = countPersonal(addOn.channels, 1);
    if (!addLineOrder(*newLines, 30, QStringLiteral("new_lines."), prices, &thirtieths, &personal,
                      error))
        return std::nullopt;
    if (!exactTotal(thirtieths, kMaxCombinedSubtotalKopecks * 30)) {
        *error = tooLarge(QStringLiteral("new_lines"));
        return std::nullopt;
    }
    // Three percentages to apply exactly: a millionth of a thirtieth.
    thirtieths.unit = 30;
    thirtieths.scale(1'000'000);
    const int period = newLines->lines.isEmpty() ? 0 : periodDiscountPercent(newLines->months);
    Quote quote = settle(thirtieths,
                         { { DiscountKind::Volume, volumeDiscountPercent(personal) },
                           { DiscountKind::Period, period },
                           { DiscountKind::Partner, partnerDiscountPercent(addOn.partner) } });
    quote.personalChannels = personal;
    quote.daysLeft = int(*daysLeft);
    return quote;
}

} // namespace opc::partner
