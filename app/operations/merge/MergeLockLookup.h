#pragma once

#include "core/merge/PreChecks.h"
#include "crm/CrmResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct MergeLockLookup {
    std::optional<merge::MergeLock> lock; // nullopt: no merge holds the account
    std::optional<crm::CrmError> error; // the lookup failed: the lock is unknown
};

// Asks the CRM which running merge, if any, holds `accountId` (GET /api/v1/merges?account_id=),
// for the "no other merge is running" pre-check and to name the holder when a registration is
// refused. `done` runs exactly once in `context`'s thread; never if the context died first.
void lookUpMergeLock(crm::CrmClient *client, qint64 accountId, QObject *context,
                     std::function<void(const MergeLockLookup &)> done);

// "Анна Смирнова is already merging these accounts (operation …)": the conflict a second agent
// sees, naming who holds the lock.
QString mergeLockedMessage(const merge::MergeLock &lock);

} // namespace opc::ops
