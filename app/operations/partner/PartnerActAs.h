#pragma once

#include "crm/CrmResult.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct Actor;

// A one-time sign-in link into a partner client's cabinet (seed 003 §6), or why there is none.
struct ActAsResult {
    QUrl url; // set on success: open it in the browser
    QDateTime expiresAt; // UTC; the link is valid until then (10 minutes)
    std::optional<crm::CrmError> error;
    // For people, translated, when it failed. A refusal (the partner neither created the client
    // nor was granted access) is partner::actAsClientRefusal's message.
    QString message;
    bool ok() const { return !error.has_value(); }
};

// POST /api/v1/partner/clients/{clientId}/act-as. The CRM decides with
// partner::actAsClientRefusal(): a refusal is Forbidden with code "act_as_refused". Records one
// "partner.act_as_client" audit event whatever the outcome (never the link itself, which is a
// credential), even when `context` died meanwhile. `done` runs exactly once in `context`'s
// thread; nothing if `context` died first.
void actAsClient(const Actor &actor, crm::CrmClient *client, qint64 clientId, QObject *context,
                 std::function<void(const ActAsResult &)> done);

} // namespace opc::ops
