#pragma once

#include "crm/CrmResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::ops {

class AuditRecorder;
class Session;

// Who performs a one-request change (a lead taken, a comment added, a deal moved) and where its
// audit event goes. Both must outlive the actions that use them.
struct Actor {
    AuditRecorder *audit = nullptr;
    QString userId;

    static Actor of(const Session &session);
};

// What one such change did, for its audit event.
struct ActionRecord {
    QString action; // stable id: "lead.take", "deal.move", ...
    QString entityType; // "lead", "deal", "lead_settings"
    QStringList entityIds;
    QJsonObject before; // the state the change started from, as far as the console knew it
    QJsonObject after; // the CRM's answer, or what was asked for when it failed
};

// Records the audit event of a one-request change once the CRM has answered: result "ok", or
// "failed" with the error's message. A single request has nothing to resume: its
// Idempotency-Key (POST) or If-Match (PATCH/PUT) makes a repeat safe, and the event goes through
// the audit outbox, so it survives an unreachable CRM and a restart. Each event gets its own
// operation id. Does not wait for the outbox: the change has happened either way.
void recordAction(const Actor &actor, const ActionRecord &record,
                  const std::optional<crm::CrmError> &error);

} // namespace opc::ops
