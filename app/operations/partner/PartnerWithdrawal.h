#pragma once

#include "crm/CrmResult.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct Actor;

// A withdrawal of the partner's reward as the CRM registered it.
struct PartnerWithdrawal {
    qint64 id = 0;
    qint64 amountKopecks = 0;
    QString status; // "requested"
    QDateTime createdAt; // UTC
    qint64 rewardBalanceKopecks = 0; // what is left
};

struct PartnerWithdrawalResult {
    std::optional<PartnerWithdrawal> withdrawal; // set on success
    std::optional<crm::CrmError> error;
    // For people, translated, when it failed; a refusal (below 5 000 ₽, over the balance) says
    // why, in the CRM's words.
    QString message;
    bool ok() const { return withdrawal.has_value(); }
};

// POST /api/v1/partner/withdrawals {"amount_kopecks", "currency": "RUB"}. The CRM decides with
// partner::withdrawalRefusal(): a refusal is Validation with field "amount_kopecks" (or
// "currency"). Records one "partner.withdrawal" audit event whatever the outcome, even when
// `context` died meanwhile. `done` runs exactly once in `context`'s thread; nothing if `context`
// died first.
void requestWithdrawal(const Actor &actor, crm::CrmClient *client, qint64 kopecks, QObject *context,
                       std::function<void(const PartnerWithdrawalResult &)> done);

} // namespace opc::ops
