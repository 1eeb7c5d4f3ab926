#pragma once

#include "crm/CrmResult.h"
#include "operations/leads/Lead.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// Free: anyone may take them. Mine: taken by (or addressed to) me. All: everyone's, for team
// leads and admins (an agent asking gets a Forbidden error).
enum class LeadQueue { Free, Mine, All };

QString leadQueueToWire(LeadQueue queue); // "free", "mine", "all"
std::optional<LeadQueue> leadQueueFromWire(const QString &wire);

struct LeadListQuery {
    LeadQueue queue = LeadQueue::Free;
    QString assigneeId; // All: only this agent's leads (empty: everyone's)
    QString status; // only this status (empty: any)
    QString search; // name, phone or e-mail contains (empty: no search)
    int limit = 50; // 1..200 per page
    QString cursor; // the previous page's nextCursor; empty for the first page
};

struct LeadPage {
    QList<Lead> items;
    QString nextCursor; // empty: this was the last page
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// One page of a queue (GET /api/v1/leads). `done` runs exactly once in `context`'s thread;
// nothing if `context` died first.
void listLeads(crm::CrmClient *client, const LeadListQuery &query, QObject *context,
               std::function<void(const LeadPage &)> done);

// Every page of a queue from query.cursor on (pages of 200; query.limit is not used),
// following next_cursor, until the end or `maxItems` leads (then nextCursor says where to go
// on). Stops at the first failure.
void listAllLeads(crm::CrmClient *client, const LeadListQuery &query, int maxItems,
                  QObject *context, std::function<void(const LeadPage &)> done);

} // namespace opc::ops
