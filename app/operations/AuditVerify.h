#pragma once

#include "core/AuditChainVerifier.h"
#include "crm/CrmResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct AuditVerifyResult {
    qint64 checked = 0; // events found intact before the break, or all of them
    std::optional<AuditChainBreak> firstBreak; // the chain is intact when empty
    std::optional<crm::CrmError> error; // the log could not be read (403 for agents)
    qint64 anchorSeq = 0; // events up to this one were archived by retention (0: none)
    QByteArray anchorHash; // that event's hash (the genesis hash while none was archived)
    bool ok() const { return !error.has_value(); }
};

// Reads the chain's anchor (GET /api/v1/audit/anchor: where retention's archive ends), then
// the CRM's audit log page by page (GET /api/v1/audit/events, team leads and admins) and
// verifies its hash chain as it goes (AuditChainVerifier), stopping at the first break. Shared
// by `operator-cli audit verify` and the console. `done` runs exactly once in `context`'s
// thread; nothing if `context` died first.
void verifyAuditLog(crm::CrmClient *client, QObject *context,
                    std::function<void(const AuditVerifyResult &)> done);

} // namespace opc::ops
