#pragma once

#include "core/partner/PartnerRules.h"
#include "core/partner/Pricing.h"
#include "crm/CrmResult.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// The partner's free demo line (seed 003's NFR line).
struct PartnerNfrLine {
    qint64 id = 0; // the line's record id, as PartnerLine::id
    QString lineId; // "L-20001"
    QDateTime expiresAt; // UTC
    partner::LineStatus status = partner::LineStatus::Active;
    bool ended = false; // expired with no client payment in its last 2 months: not renewed
    bool renews = false; // a client invoice was paid in time: it is renewed free at expiry
};

// GET /api/v1/partner/profile: who the partner is to the platform.
struct PartnerProfile {
    QString name;
    partner::PartnerStatus status = partner::PartnerStatus::None; // sets the partner discount
    qint64 rewardBalanceKopecks = 0;
    QDate today; // the CRM's today: line statuses and add-on days are counted from it
    std::optional<PartnerNfrLine> nfrLine;
};

// Reads the profile strictly; nullopt with the problem otherwise.
std::optional<PartnerProfile> partnerProfileFromJson(const QJsonObject &json, QString *problem);

struct PartnerProfileResult {
    std::optional<PartnerProfile> profile; // set on success
    std::optional<crm::CrmError> error; // MalformedResponse names the bad field
    bool ok() const { return profile.has_value(); }
};

// GET /api/v1/partner/profile. `done` runs exactly once in `context`'s thread; nothing if
// `context` died first.
void loadPartnerProfile(crm::CrmClient *client, QObject *context,
                        std::function<void(const PartnerProfileResult &)> done);

} // namespace opc::ops
