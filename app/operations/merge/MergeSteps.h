#pragma once

#include "core/merge/Journal.h"
#include "core/merge/Snapshot.h"
#include "crm/CrmResult.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// Keys of what a merge learns while it runs and keeps in its journal (StoredMerge::facts).
namespace fact {
inline const QString newRequestId = QStringLiteral("new_request_id");
inline const QString loginLink = QStringLiteral("login_link");
// The agent's answer when the new request's price set or region differs from the old one's:
// "copy" (take the old request's) or "keep" (confirmed as it is).
inline const QString priceSetChoice = QStringLiteral("price_set_choice");
} // namespace fact

// What one step works with.
struct StepEnvironment {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr; // replies are delivered in its thread; none once it is gone
    QString operationId; // prefixes every Idempotency-Key of the merge
    int requestTimeoutMs = 15000; // per attempt of each CRM call
    merge::MergeSnapshot snapshot;
    QJsonObject facts;
};

struct StepOutcome {
    merge::StepState state = merge::StepState::Done; // Done, Skipped or Failed
    QString message; // for people: why it failed, or what it found instead of acting
    QJsonObject before; // for the audit event: the values the step changed, before …
    QJsonObject after; // … and after
    QJsonObject facts; // the environment's facts with what this step learned
    std::optional<crm::CrmError> error; // the CRM's error behind a failure, when there was one
    bool needsDecision = false; // check-price-set waits for the agent to copy or keep
};

// Runs `step` against the CRM. Each step reads the CRM's current state first and does only what
// is still missing, with an Idempotency-Key derived from the operation and the step on every
// POST and If-Match on every change, so a retried or resumed step never does anything twice.
// Skipped means the CRM already showed the step's effect (or there was nothing to move).
// `done` runs exactly once, in the context's thread; never if the context is destroyed first.
void runMergeStep(merge::StepId step, const StepEnvironment &environment,
                  std::function<void(const StepOutcome &)> done);

} // namespace opc::ops
