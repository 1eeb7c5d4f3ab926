#pragma once

#include "core/leads/DuplicateRules.h"
#include "core/leads/LeadInput.h"
#include "crm/CrmResult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// What the CRM decided about one incoming lead.
struct LeadDecision {
    enum class Kind { New, Duplicate };
    Kind kind = Kind::New;
    qint64 leadId = 0; // the logged lead
    qint64 dealId = 0; // New: the deal created; Duplicate: the existing deal it duplicates
    // New only:
    qint64 clientId = 0;
    bool clientReused = false;
    qint64 orderId = 0;
    // Duplicate only: what was added to the existing deal, and which rule matched.
    std::optional<leads::DuplicateAction> action;
    QString matchedBy; // "phone" | "email"
};

struct LeadIntakeResult {
    std::optional<LeadDecision> decision; // set on success
    // The CRM refused the lead (Validation: error->field names the field; Conflict
    // "lead_exists": its call_id / form_request_id was received already, as another lead), or
    // could not be reached, or answered outside the contract (MalformedResponse).
    // error->message is for people.
    std::optional<crm::CrmError> error;
    bool ok() const { return decision.has_value(); }
};

// The Idempotency-Key of a lead: from its call_id / form_request_id when it has one, else
// from its content, so sending the same lead again (a retried batch) replays the first
// decision instead of logging it twice. Printable ASCII, at most 100 characters.
QByteArray leadIdempotencyKey(const leads::LeadInput &lead);

// Posts a valid lead (validate with leads::LeadInput::fromJson first) to the webhook of its
// type (POST /api/v1/webhooks/leads/call|form) with leadIdempotencyKey(). `done` runs exactly
// once in `context`'s thread, never before this returns; nothing if `context` died first.
void intakeLead(crm::CrmClient *client, const leads::LeadInput &lead, QObject *context,
                std::function<void(const LeadIntakeResult &)> done);

struct Actor;

// intakeLead() for a lead an agent typed in (the console's New lead dialog): also records the
// audit event "lead.create" (after: the decision, the lead and the deal) once the CRM decided.
// Leads fed by call tracking, site forms or `operator-cli leads intake` are machine input the
// CRM logs itself, so they use intakeLead() alone.
void enterLead(const Actor &actor, crm::CrmClient *client, const leads::LeadInput &lead,
               QObject *context, std::function<void(const LeadIntakeResult &)> done);

} // namespace opc::ops
