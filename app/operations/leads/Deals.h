#pragma once

#include "core/leads/Funnel.h"
#include "crm/CrmResult.h"
#include "operations/ActionAudit.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// One stage the deal entered (seed 004's deal history), oldest first in Deal::history.
struct DealStageEntry {
    qint64 stageId = 0;
    QString stageName;
    QDateTime enteredAt; // UTC
    std::optional<qint64> amountKopecks; // the deal's amount then; the CRM may not know it
    bool isGenerated = false; // a skipped stage filled in, not one the deal really entered
    QString employeeId; // who moved it; empty when the CRM names nobody
    QString employeeName;
};

// One deal as GET /api/v1/deals/{id} and POST /deals/{id}/stage answer it.
struct Deal {
    qint64 id = 0;
    qint64 funnelId = 0;
    qint64 stageId = 0;
    QString stageName;
    leads::StageKind stageKind = leads::StageKind::InProcess;
    QString status; // the CRM's order status: "new", "in_progress", "finished", ...
    qint64 amountKopecks = 0;
    QString clientName; // empty when the CRM sends no client
    qint64 version = 0;
    QByteArray etag; // If-Match of the next move: the answer's ETag, else built from version
    QList<DealStageEntry> history;
};

// Reads one deal strictly; nullopt with the problem ("stage.kind: expected …") otherwise.
std::optional<Deal> dealFromJson(const QJsonObject &json, QString *problem);

struct DealResult {
    std::optional<Deal> deal; // set on success: the deal as the CRM has it now
    // A move refused because the deal changed meanwhile (412): the deal as it is now, when
    // reading it again worked.
    std::optional<Deal> reloaded;
    std::optional<crm::CrmError> error;
    QString message; // for people, translated, when it failed
    bool ok() const { return deal.has_value(); }
};

// GET /api/v1/deals/{id}.
void loadDeal(crm::CrmClient *client, qint64 dealId, QObject *context,
              std::function<void(const DealResult &)> done);

// POST /api/v1/deals/{id}/stage {"stage_id", "amount_kopecks"?} with If-Match current.etag; the
// CRM records the transition (time, stage, amount, employee) and derives the status from the
// stage's kind. nullopt amount keeps the deal's. Records one "deal.move" audit event whatever
// the outcome. A stale etag gives error PreconditionFailed, the deal reloaded in `reloaded` and
// a message telling the agent to look again; a stage of another funnel gives Validation with
// field "stage_id".
void moveDeal(const Actor &actor, crm::CrmClient *client, const Deal &current, qint64 stageId,
              std::optional<qint64> amountKopecks, QObject *context,
              std::function<void(const DealResult &)> done);

// Every callback above runs exactly once in `context`'s thread (the client's); nothing if
// `context` died first. A move's audit event is recorded even then.

} // namespace opc::ops
