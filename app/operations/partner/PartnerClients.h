#pragma once

#include "core/partner/PartnerRules.h"
#include "crm/CrmResult.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// One of the partner's clients as the lines page needs it besides its lines: the packages left
// and how the client came to the partner (which decides the reward and "act as client").
struct PartnerClient {
    qint64 id = 0;
    QString accountId; // "PC-1001"
    qint64 chatcoins = 0;
    qint64 wabaPackages = 0;
    partner::ClientOrigin origin;
};

struct PartnerClientsResult {
    QHash<qint64, PartnerClient> clients; // by id
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/partner/clients, every page, read strictly. `done` runs exactly once in
// `context`'s thread; nothing if `context` died first.
void loadPartnerClients(crm::CrmClient *client, QObject *context,
                        std::function<void(const PartnerClientsResult &)> done);

} // namespace opc::ops
