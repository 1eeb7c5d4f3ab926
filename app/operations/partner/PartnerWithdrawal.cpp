#include "operations/partner/PartnerWithdrawal.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QPointer>

namespace opc::ops {

namespace {

PartnerWithdrawalResult readAnswer(const crm::CrmResult &result, const QString &what)
{
    PartnerWithdrawalResult read;
    if (!result.ok()) {
        read.error = result.error;
        read.message = result.error->message;
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why)) {
        JsonFieldReader reader(body);
        PartnerWithdrawal withdrawal;
        withdrawal.id = reader.integer(QStringLiteral("id"), 1);
        withdrawal.amountKopecks = reader.integer(QStringLiteral("amount_kopecks"), 1);
        if (reader.text(QStringLiteral("currency")) != QLatin1String("RUB") && reader.ok())
            reader.fail(QStringLiteral("currency"), QStringLiteral("\"RUB\""));
        withdrawal.status = reader.text(QStringLiteral("status"));
        withdrawal.createdAt = leadops::readTime(reader, body, QStringLiteral("created_at"));
        withdrawal.rewardBalanceKopecks
            = reader.integer(QStringLiteral("reward_balance_kopecks"), 0);
        if (reader.ok())
            read.withdrawal = withdrawal;
        else
            why = reader.problem();
    }
    if (!read.withdrawal) {
        read.error = leadops::malformed(result, what, why);
        read.message = read.error->message;
    }
    return read;
}

} // namespace

void requestWithdrawal(const Actor &actor, crm::CrmClient *client, qint64 kopecks, QObject *context,
                       std::function<void(const PartnerWithdrawalResult &)> done)
{
    const QJsonObject asked { { QStringLiteral("amount_kopecks"), kopecks },
                              { QStringLiteral("currency"), QStringLiteral("RUB") } };
    crm::CrmRequest request;
    request.method = "POST";
    request.path = partnerops::partnerPath(QStringLiteral("/withdrawals"));
    request.body = asked;
    const QString what = QStringLiteral("POST ") + request.path;

    ActionRecord record;
    record.action = QStringLiteral("partner.withdrawal");
    record.entityType = QStringLiteral("partner_withdrawal");
    record.before = asked;

    client->send(
        request, actor.audit,
        [actor, record, asked, what, guard = QPointer<QObject>(context),
         done = std::move(done)](const crm::CrmResult &result) mutable {
            const PartnerWithdrawalResult answered = readAnswer(result, what);
            if (answered.ok()) {
                const PartnerWithdrawal &made = *answered.withdrawal;
                record.entityIds = QStringList { QString::number(made.id) };
                record.after = QJsonObject {
                    { QStringLiteral("id"), made.id },
                    { QStringLiteral("amount_kopecks"), made.amountKopecks },
                    { QStringLiteral("status"), made.status },
                    { QStringLiteral("created_at"), made.createdAt.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("reward_balance_kopecks"), made.rewardBalanceKopecks },
                };
            } else {
                record.after = asked;
            }
            recordAction(actor, record, answered.error);
            if (guard)
                done(answered);
        });
}

} // namespace opc::ops
