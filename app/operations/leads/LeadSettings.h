#pragma once

#include "core/leads/DuplicateRules.h"
#include "core/leads/StatusGroups.h"
#include "crm/CrmResult.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// The lead settings of the CRM (GET/PUT /api/v1/lead-settings).
struct LeadSettings {
    leads::DuplicateSettings duplicates;
    leads::StatusGroupMapping statusGroups;
    QStringList statuses; // every CRM order status (read-only; what the mapping can sort)
};

struct LeadSettingsResult {
    std::optional<LeadSettings> settings; // set on success (the stored ones after a save)
    QByteArray etag; // the If-Match of the next save
    std::optional<crm::CrmError> error; // Forbidden for agents saving; PreconditionFailed: stale
    bool ok() const { return settings.has_value(); }
};

void loadLeadSettings(crm::CrmClient *client, QObject *context,
                      std::function<void(const LeadSettingsResult &)> done);

struct Actor;

// Team leads and admins only. `etag` is the one loadLeadSettings (or the last save) gave, and
// `stored` the settings it gave with it. Records the audit event "lead_settings.update"
// (before: `stored`, after: the saved ones) once the CRM answered.
void saveLeadSettings(const Actor &actor, crm::CrmClient *client, const LeadSettings &stored,
                      const LeadSettings &settings, const QByteArray &etag, QObject *context,
                      std::function<void(const LeadSettingsResult &)> done);

// Both callbacks run exactly once in `context`'s thread; nothing if `context` died first.

} // namespace opc::ops
