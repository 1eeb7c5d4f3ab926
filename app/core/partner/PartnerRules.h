#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace opc::partner {

// The partner rules of seed 003 besides pricing (Pricing.h): the reward, withdrawals, the NFR
// line, acting as a client, and when channels may be added. Pure; messages are translated.

// Who paid for lines, as the reward rule tells them apart.
enum class Payer {
    Partner, // the partner paid for the client through the console: partner discount, no reward
    Client, // the client paid by itself
};

// How the client came to the partner.
struct ClientOrigin {
    bool createdByPartner = false; // the partner created the client's cabinet
    bool accessGranted = false; // a referred client granted the partner access to its cabinet
};

inline constexpr int kRewardPercent = 20;
// The reward credited for a payment of `paidKopecks`: 20 % (rounded half-up) when the client
// paid by itself and the partner created its cabinet; nothing when a referred client paid by
// itself, and nothing when the partner paid (the partner discount applies instead).
qint64 rewardKopecks(Payer payer, const ClientOrigin &origin, qint64 paidKopecks);

inline constexpr qint64 kMinWithdrawalKopecks = 500'000; // 5 000 ₽
// Why a withdrawal of `kopecks` from a reward balance of `balanceKopecks` cannot be requested,
// or nullopt when it can: rubles only (the currency code), at least 5 000 ₽, whole kopecks, not
// more than the balance.
std::optional<QString> withdrawalRefusal(qint64 kopecks, const QString &currency,
                                         qint64 balanceKopecks);

// The NFR line (free demo line of official partners): issued for 2 months, renewed free for 2
// more when at least one client invoice was paid in the 2 months before its expiry, otherwise it
// ends.
inline constexpr int kNfrMonths = 2;
struct NfrDecision {
    bool renew = false;
    QDate newExpiry; // when renewed
};
NfrDecision nfrAtExpiry(const QDate &expiresOn, const QList<QDate> &clientPaymentDates);

// Why the partner may not act as the client (open its cabinet), or nullopt when it may: the
// partner created the client, or the client granted access.
std::optional<QString> actAsClientRefusal(const ClientOrigin &origin);

// Why channels cannot be added to a line that expires on `expiresOn`, seen on `today`, or
// nullopt when they can (at least 6 days left; see Pricing.h).
std::optional<QString> addChannelsRefusal(const QDate &today, const QDate &expiresOn);

// Line statuses as the lines page filters them: expired on or before today, expiring within 7
// days, within 30 days, otherwise active.
enum class LineStatus { Active, Expiring7, Expiring30, Expired };
LineStatus lineStatusOn(const QDate &today, const QDate &expiresOn);
QString lineStatusToWire(LineStatus status); // "active", "expiring_7d", "expiring_30d", "expired"
std::optional<LineStatus> lineStatusFromWire(const QString &wire);

} // namespace opc::partner
