#include "operations/partner/PartnerActAs.h"

#include "core/JsonFieldReader.h"
#include "core/partner/PartnerRules.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QPointer>

namespace opc::ops {

namespace {

ActAsResult readAnswer(const crm::CrmResult &result, const QString &what)
{
    ActAsResult read;
    if (!result.ok()) {
        read.error = result.error;
        // The CRM refuses with the rule's reason; the console words it the same way, translated.
        read.message = result.error->code == QLatin1String("act_as_refused")
            ? partner::actAsClientRefusal(partner::ClientOrigin {}).value_or(result.error->message)
            : result.error->message;
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why)) {
        JsonFieldReader reader(body);
        const QString url = reader.text(QStringLiteral("url"));
        const QDateTime expiresAt = leadops::readTime(reader, body, QStringLiteral("expires_at"));
        const QUrl link(url, QUrl::StrictMode);
        if (reader.ok() && (!link.isValid() || link.scheme() != QLatin1String("https")))
            reader.fail(QStringLiteral("url"), QStringLiteral("an https link"));
        if (reader.ok()) {
            read.url = link;
            read.expiresAt = expiresAt;
            return read;
        }
        why = reader.problem();
    }
    read.error = leadops::malformed(result, what, why);
    read.message = read.error->message;
    return read;
}

} // namespace

void actAsClient(const Actor &actor, crm::CrmClient *client, qint64 clientId, QObject *context,
                 std::function<void(const ActAsResult &)> done)
{
    crm::CrmRequest request;
    request.method = "POST";
    request.path = partnerops::partnerPath(QStringLiteral("/clients/%1/act-as").arg(clientId));
    const QString what = QStringLiteral("POST ") + request.path;

    ActionRecord record;
    record.action = QStringLiteral("partner.act_as_client");
    record.entityType = QStringLiteral("partner_client");
    record.entityIds = QStringList { QString::number(clientId) };
    record.before = QJsonObject { { QStringLiteral("client_id"), clientId } };

    // To the audit recorder, which outlives the window that asked: the sign-in is audited even
    // if that window closed meanwhile.
    client->send(request, actor.audit,
                 [actor, record, clientId, what, guard = QPointer<QObject>(context),
                  done = std::move(done)](const crm::CrmResult &result) mutable {
                     const ActAsResult answered = readAnswer(result, what);
                     // The link is a credential: the event says that one was issued and until
                     // when, never the link.
                     record.after = answered.ok()
                         ? QJsonObject { { QStringLiteral("client_id"), clientId },
                                         { QStringLiteral("expires_at"),
                                           answered.expiresAt.toString(Qt::ISODateWithMs) } }
                         : record.before;
                     recordAction(actor, record, answered.error);
                     if (guard)
                         done(answered);
                 });
}

} // namespace opc::ops
