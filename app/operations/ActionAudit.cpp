#include "operations/ActionAudit.h"

#include "core/AuditEvent.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"

#include <QUuid>

namespace opc::ops {

Actor Actor::of(const Session &session)
{
    return Actor { session.audit(), session.user().id };
}

void recordAction(const Actor &actor, const ActionRecord &record,
                  const std::optional<crm::CrmError> &error)
{
    Q_ASSERT(actor.audit);
    AuditEvent event
        = makeAuditEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), actor.userId,
                         record.action, record.entityType, record.entityIds);
    event.before = record.before;
    event.after = record.after;
    event.result = error ? QStringLiteral("failed") : QStringLiteral("ok");
    if (error)
        event.message = error->message;
    // The recorder outlives every action (the session owns it), so it is its own context; an
    // outbox write error is reported by the recorder's own signals and the status bar.
    actor.audit->record(event, actor.audit, [](const QString &) {});
}

} // namespace opc::ops
