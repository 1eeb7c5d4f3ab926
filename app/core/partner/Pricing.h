#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace opc::partner {

// The partner's status with the platform; it sets the partner discount (seed 003).
enum class PartnerStatus { None, Official, Gold, Technology };
QString partnerStatusToWire(PartnerStatus status); // "none", "official", "gold", "technology"
std::optional<PartnerStatus> partnerStatusFromWire(const QString &wire);

// Channel keys are lower-case wire names; WhatsApp, Telegram and MAX are the personal channels
// (the volume discount counts and discounts only those), any other key is not.
bool isPersonalChannel(const QString &key);

// Prices from the CRM's price list, in kopecks: per channel and month, and per ChatCoins package.
struct PriceList {
    QMap<QString, qint64> channels;
    QMap<QString, qint64> chatcoins;
};

// Lines bought together: `count` lines, each with `channels` (key → how many).
struct LineGroup {
    qint64 count = 0;
    QMap<QString, qint64> channels;
};

// One payment for new lines or a renewal.
struct LineOrder {
    PartnerStatus partner = PartnerStatus::None;
    int months = 1;
    QList<LineGroup> lines;
    QString chatcoinsPackage; // empty: none
};

// Channels added to a running line, paid until the line's expiry.
struct AddOnOrder {
    PartnerStatus partner = PartnerStatus::None;
    QDate today;
    QDate lineExpiresOn;
    QMap<QString, qint64> channels;
};

enum class DiscountKind { Volume, Period, Partner };
QString discountKindToWire(DiscountKind kind); // "volume", "period", "partner"

struct AppliedDiscount {
    DiscountKind kind = DiscountKind::Volume;
    int percent = 0;
    qint64 amountKopecks = 0;
};

struct Quote {
    qint64 subtotalKopecks = 0; // undiscounted, ChatCoins included (add-ons: rounded half-up)
    QList<AppliedDiscount> discounts; // only those that apply: volume, period, partner
    qint64 totalKopecks = 0;
    qint64 personalChannels = 0; // what the volume tier counted
    int daysLeft = 0; // add-ons only
};

// The tiers of seed 003 (percent; 0 when none applies).
int volumeDiscountPercent(qint64 personalChannels); // 10–19 → 5 … 100+ → 30
int periodDiscountPercent(int months); // 6+ → 10, 12+ → 20
int partnerDiscountPercent(PartnerStatus status); // official → 35, gold/technology → 50

// Add-ons are allowed while at least this many days are left.
inline constexpr int kMinAddOnDaysLeft = 6;
// Upper bounds of what a quote accepts, so exact arithmetic never overflows: far above any real
// order (a million lines, a billion rubles a month per channel, 10 years).
inline constexpr qint64 kMaxCount = 1'000'000;
inline constexpr qint64 kMaxPriceKopecks = 100'000'000'000;
inline constexpr int kMaxMonths = 120;

// Why a quote cannot be made: the JSON field it is about and a message for people.
struct QuoteError {
    QString field;
    QString message;
};

// Prices `order`. The personal channels' cost × (1−volume) × (1−period) × (1−partner), the other
// channels' × (1−period) × (1−partner), the ChatCoins package undiscounted; the exact sum is
// rounded half-up to kopecks once, at the end. Each discount's amount is what it took off,
// applied in the order volume, period, partner, rounded half-up, except that the last one
// shown absorbs the rounding so that subtotal − discounts = total exactly.
// nullopt with `error` when a channel or package has no price, or a number is out of range.
std::optional<Quote> quoteLines(const LineOrder &order, const PriceList &prices, QuoteError *error);

// Prices channels added to a running line: monthly price × days left / 30 (days from today to
// the expiry date), with the volume and partner discounts and no period discount. Refused
// (field "line_expires_on") when fewer than kMinAddOnDaysLeft days are left.
std::optional<Quote> quoteAddOn(const AddOnOrder &order, const PriceList &prices,
                                QuoteError *error);

// Prices one payment that adds channels to a running line and buys new lines for its client:
// the added channels as quoteAddOn() prices them (monthly price × days left / 30), the new lines
// as quoteLines() does (monthly price × months × count, the ChatCoins package). The volume tier
// counts the personal channels of the whole payment (added channels plus the new lines'
// channels × their counts) and takes off personal channels only; the period discount (the new
// lines' months) applies to the new lines only, never to the added channels; the partner
// discount (`addOn.partner`; the new lines' own status is not read) to everything but the
// ChatCoins package. The exact sum is rounded half-up once at the end, and the discounts are
// shown as quoteLines() shows them (volume, period, partner; the last absorbs the rounding).
// daysLeft is set. Without new lines (nullopt, or neither lines nor package) this is
// quoteAddOn(). Refused as quoteAddOn() refuses (fields "line_expires_on", "channels.<key>");
// problems of the new lines are named "new_lines." + quoteLines()'s field
// ("new_lines.lines[0].channels.viber", "new_lines.chatcoins_package"), a payment too large
// to price "new_lines".
std::optional<Quote> quoteAddOnWithLines(const AddOnOrder &addOn,
                                         const std::optional<LineOrder> &newLines,
                                         const PriceList &prices, QuoteError *error);

} // namespace opc::partner
