#pragma once

#include "crm/CrmResult.h"
#include "operations/leads/Lead.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct Actor;

// Each change below records one audit event through `actor` once the CRM answered ("lead.take",
// "lead.release", "lead.status", "lead.comment"; before and after: status and assignee).

// The answer to take, release and status: the lead as it is now, or why not.
struct LeadActionResult {
    std::optional<Lead> lead; // set on success
    QByteArray etag; // of the lead now: the next setLeadStatus' If-Match
    // Someone else holds the lead (409 lead_taken: lost the take, or not theirs to release or
    // change); error is Conflict, and message names them.
    std::optional<LeadAssignee> holder;
    std::optional<crm::CrmError> error;
    // For people, translated, when it failed ("Анна Смирнова has taken this lead…").
    QString message;
    bool ok() const { return lead.has_value(); }
};

// POST /api/v1/leads/{id}/take: atomic on the CRM; the loser gets `holder`.
void takeLead(const Actor &actor, crm::CrmClient *client, const Lead &lead, QObject *context,
              std::function<void(const LeadActionResult &)> done);

// POST /api/v1/leads/{id}/release: back to Free (its assignee, or a team lead/admin).
void releaseLead(const Actor &actor, crm::CrmClient *client, const Lead &lead, QObject *context,
                 std::function<void(const LeadActionResult &)> done);

// What an agent sets on a lead they hold.
enum class LeadOutcome { InWork, Success, Failure };
QString leadOutcomeToWire(LeadOutcome outcome); // "in_work", "success", "failure"

// PATCH /api/v1/leads/{id} {"status"} with If-Match `etag` (Lead::etag() or the last
// LeadActionResult::etag); a stale one gives error kind PreconditionFailed: reload and retry.
void setLeadStatus(const Actor &actor, crm::CrmClient *client, const Lead &lead,
                   const QByteArray &etag, LeadOutcome outcome, QObject *context,
                   std::function<void(const LeadActionResult &)> done);

struct LeadComment {
    qint64 id = 0;
    qint64 leadId = 0;
    QString author; // display name
    QString authorId;
    QString text;
    QDateTime createdAt;
};

struct LeadCommentsResult {
    QList<LeadComment> comments; // oldest first; the added one for addLeadComment
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// POST /api/v1/leads/{id}/comments {"text"}.
void addLeadComment(const Actor &actor, crm::CrmClient *client, qint64 leadId, const QString &text,
                    QObject *context, std::function<void(const LeadCommentsResult &)> done);
// GET /api/v1/leads/{id}/comments, every page.
void listLeadComments(crm::CrmClient *client, qint64 leadId, QObject *context,
                      std::function<void(const LeadCommentsResult &)> done);

// Every callback above runs exactly once in `context`'s thread; nothing if `context` died first.

// "Анна Смирнова has taken this lead: only they or a team lead can work on it." (translated)
QString leadTakenMessage(const LeadAssignee &holder);

} // namespace opc::ops
