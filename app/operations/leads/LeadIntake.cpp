#include "operations/leads/LeadIntake.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>

namespace opc::ops {

namespace {

struct LeadIntakeText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::LeadIntake)
};

// Keys stay short and printable whatever the CRM's ids look like.
bool plainKeyPart(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray hashed(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(48);
}

QJsonObject webhookBody(const leads::LeadInput &lead)
{
    QJsonObject body = lead.toJson();
    body.remove(QStringLiteral("type")); // the webhook's path says it
    return body;
}

// The refusals that are about this lead rather than the CRM, said for people.
void explain(const leads::LeadInput &lead, crm::CrmError *error)
{
    const bool isCall = lead.type == leads::LeadType::Call;
    const QString idField = isCall ? QStringLiteral("call_id") : QStringLiteral("form_request_id");
    const QString id = isCall ? lead.callId : lead.formRequestId;
    if (error->code == QLatin1String("lead_exists")) {
        error->field = idField;
        error->message = LeadIntakeText::tr("%1 “%2” was received already, as another lead: the "
                                            "CRM keeps the first one.")
                             .arg(idField, id);
    } else if (error->code == QLatin1String("idempotency_key_reused")) {
        error->field = id.isEmpty() ? QString() : idField;
        error->message = id.isEmpty()
            ? LeadIntakeText::tr("This lead was sent before with other data: the CRM keeps the "
                                 "first version.")
            : LeadIntakeText::tr("%1 “%2” was sent before with other data: the CRM keeps the "
                                 "first version.")
                  .arg(idField, id);
    }
}

LeadIntakeResult readDecision(const crm::CrmResult &result, const QString &what,
                              const leads::LeadInput &lead)
{
    LeadIntakeResult intake;
    if (!result.ok()) {
        intake.error = result.error;
        explain(lead, &*intake.error);
        return intake;
    }
    QJsonObject body;
    QString why;
    if (!leadops::bodyObject(result, &body, &why)) {
        intake.error = leadops::malformed(result, what, why);
        return intake;
    }
    JsonFieldReader reader(body);
    LeadDecision decision;
    const QString kind = reader.text(QStringLiteral("decision"));
    decision.leadId = reader.integer(QStringLiteral("lead_id"), 1);
    decision.dealId = reader.integer(QStringLiteral("deal_id"), 1);
    if (kind == QLatin1String("new")) {
        decision.kind = LeadDecision::Kind::New;
        decision.clientId = reader.integer(QStringLiteral("client_id"), 1);
        decision.clientReused = reader.flag(QStringLiteral("client_reused"));
        decision.orderId = reader.integer(QStringLiteral("order_id"), 1);
    } else if (kind == QLatin1String("duplicate")) {
        decision.kind = LeadDecision::Kind::Duplicate;
        const QString action = reader.text(QStringLiteral("action"));
        decision.matchedBy = reader.text(QStringLiteral("matched_by"));
        decision.action = leads::duplicateActionFromWire(action);
        if (reader.ok() && !decision.action)
            reader.fail(QStringLiteral("action"), QStringLiteral("\"task\" or \"comment\""));
        if (reader.ok() && decision.matchedBy != QLatin1String("phone")
            && decision.matchedBy != QLatin1String("email"))
            reader.fail(QStringLiteral("matched_by"), QStringLiteral("\"phone\" or \"email\""));
    } else if (reader.ok()) {
        reader.fail(QStringLiteral("decision"), QStringLiteral("\"new\" or \"duplicate\""));
    }
    if (!reader.ok()) {
        intake.error = leadops::malformed(result, what, reader.problem());
        return intake;
    }
    intake.decision = decision;
    return intake;
}

} // namespace

QByteArray leadIdempotencyKey(const leads::LeadInput &lead)
{
    const bool isCall = lead.type == leads::LeadType::Call;
    const QString id = isCall ? lead.callId : lead.formRequestId;
    const QByteArray prefix
        = isCall ? QByteArrayLiteral("lead-call-") : QByteArrayLiteral("lead-form-");
    if (plainKeyPart(id))
        return prefix + id.toLatin1();
    if (!id.isEmpty())
        return prefix + QByteArrayLiteral("h-") + hashed(id.toUtf8());
    // No id of its own: the content is its identity (QJsonObject keeps keys sorted, so equal
    // leads give equal bytes).
    return QByteArrayLiteral("lead-") + leads::leadTypeToWire(lead.type).toLatin1()
        + QByteArrayLiteral("-c-")
        + hashed(QJsonDocument(webhookBody(lead)).toJson(QJsonDocument::Compact));
}

void intakeLead(crm::CrmClient *client, const leads::LeadInput &lead, QObject *context,
                std::function<void(const LeadIntakeResult &)> done)
{
    crm::CrmRequest request;
    request.method = "POST";
    request.path
        = QStringLiteral("/api/v1/webhooks/leads/%1").arg(leads::leadTypeToWire(lead.type));
    request.body = webhookBody(lead);
    request.idempotencyKey = leadIdempotencyKey(lead);
    const QString what = QStringLiteral("POST ") + request.path;
    client->send(request, context,
                 [done = std::move(done), what, lead](const crm::CrmResult &result) {
                     done(readDecision(result, what, lead));
                 });
}

void enterLead(const Actor &actor, crm::CrmClient *client, const leads::LeadInput &lead,
               QObject *context, std::function<void(const LeadIntakeResult &)> done)
{
    // Answered to the recorder, which outlives the dialog: audited even if it closed meanwhile.
    intakeLead(client, lead, actor.audit,
               [actor, guard = QPointer<QObject>(context),
                done = std::move(done)](const LeadIntakeResult &result) {
                   ActionRecord record {
                       QStringLiteral("lead.create"), QStringLiteral("lead"), {}, {}, {}
                   };
                   if (const std::optional<LeadDecision> &decision = result.decision) {
                       const bool duplicate = decision->kind == LeadDecision::Kind::Duplicate;
                       record.entityIds = { QString::number(decision->leadId) };
                       record.after = QJsonObject {
                           { QStringLiteral("decision"),
                             duplicate ? QStringLiteral("duplicate") : QStringLiteral("new") },
                           { QStringLiteral("lead_id"), decision->leadId },
                           { QStringLiteral("deal_id"), decision->dealId },
                       };
                   }
                   recordAction(actor, record, result.error);
                   if (guard)
                       done(result);
               });
}

} // namespace opc::ops
