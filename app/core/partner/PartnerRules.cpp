#include "core/partner/PartnerRules.h"

#include "core/LocaleFormat.h"
#include "core/partner/Pricing.h"

#include <QCoreApplication>

#include <algorithm>

namespace opc::partner {

namespace {

struct PartnerRulesText {
    Q_DECLARE_TR_FUNCTIONS(opc::partner::PartnerRules)
};

} // namespace

qint64 rewardKopecks(Payer payer, const ClientOrigin &origin, qint64 paidKopecks)
{
    if (payer != Payer::Client || !origin.createdByPartner || paidKopecks <= 0)
        return 0;
    return (paidKopecks * kRewardPercent + 50) / 100;
}

std::optional<QString> withdrawalRefusal(qint64 kopecks, const QString &currency,
                                         qint64 balanceKopecks)
{
    if (currency != QLatin1String("RUB"))
        return PartnerRulesText::tr("The reward can be withdrawn in rubles only.");
    if (kopecks < kMinWithdrawalKopecks)
        return PartnerRulesText::tr("The smallest withdrawal is %1; %2 was asked for.")
            .arg(money::rubles(kMinWithdrawalKopecks), money::rubles(qMax<qint64>(kopecks, 0)));
    if (kopecks > balanceKopecks)
        return PartnerRulesText::tr("The reward balance is %1: less than the %2 asked for.")
            .arg(money::rubles(balanceKopecks), money::rubles(kopecks));
    return std::nullopt;
}

NfrDecision nfrAtExpiry(const QDate &expiresOn, const QList<QDate> &clientPaymentDates)
{
    const QDate windowStart = expiresOn.addMonths(-kNfrMonths);
    const bool paid
        = std::any_of(clientPaymentDates.begin(), clientPaymentDates.end(),
                      [&](const QDate &date) { return date > windowStart && date <= expiresOn; });
    NfrDecision decision;
    decision.renew = paid;
    if (paid)
        decision.newExpiry = expiresOn.addMonths(kNfrMonths);
    return decision;
}

std::optional<QString> actAsClientRefusal(const ClientOrigin &origin)
{
    if (origin.createdByPartner || origin.accessGranted)
        return std::nullopt;
    return PartnerRulesText::tr("This client joined through your referral link and has not "
                                "granted you access to its cabinet. Send the client the "
                                "instructions for granting access to an integrator.");
}

std::optional<QString> addChannelsRefusal(const QDate &today, const QDate &expiresOn)
{
    const qint64 daysLeft = today.daysTo(expiresOn);
    if (daysLeft >= kMinAddOnDaysLeft)
        return std::nullopt;
    if (daysLeft <= 0)
        return PartnerRulesText::tr("The line has expired: renew it first.");
    return PartnerRulesText::tr("Channels can be added only while at least %Ln day(s) are left; "
                                "this line expires in %1. Renew it instead.",
                                nullptr, kMinAddOnDaysLeft)
        .arg(PartnerRulesText::tr("%Ln day(s)", nullptr, int(daysLeft)));
}

LineStatus lineStatusOn(const QDate &today, const QDate &expiresOn)
{
    const qint64 daysLeft = today.daysTo(expiresOn);
    if (daysLeft <= 0)
        return LineStatus::Expired;
    if (daysLeft <= 7)
        return LineStatus::Expiring7;
    if (daysLeft <= 30)
        return LineStatus::Expiring30;
    return LineStatus::Active;
}

QString lineStatusToWire(LineStatus status)
{
    switch (status) {
    case LineStatus::Active:
        return QStringLiteral("active");
    case LineStatus::Expiring7:
        return QStringLiteral("expiring_7d");
    case LineStatus::Expiring30:
        return QStringLiteral("expiring_30d");
    case LineStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("active");
}

std::optional<LineStatus> lineStatusFromWire(const QString &wire)
{
    for (LineStatus status : { LineStatus::Active, LineStatus::Expiring7, LineStatus::Expiring30,
                               LineStatus::Expired }) {
        if (lineStatusToWire(status) == wire)
            return status;
    }
    return std::nullopt;
}

} // namespace opc::partner
