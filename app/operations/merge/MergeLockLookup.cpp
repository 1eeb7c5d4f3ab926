#include "operations/merge/MergeLockLookup.h"

#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace opc::ops {

void lookUpMergeLock(crm::CrmClient *client, qint64 accountId, QObject *context,
                     std::function<void(const MergeLockLookup &)> done)
{
    client->get(
        QStringLiteral("/api/v1/merges"), context,
        [done = std::move(done)](const crm::CrmResult &result) {
            MergeLockLookup lookup;
            if (!result.ok()) {
                lookup.error = result.error;
                done(lookup);
                return;
            }
            const QJsonValue items = result.body.toObject().value(QStringLiteral("items"));
            if (!items.isArray()) {
                lookup.error = crm::malformedResponse(result.httpStatus,
                                                      QStringLiteral("items: expected an array"),
                                                      QStringLiteral("GET /api/v1/merges"));
                done(lookup);
                return;
            }
            for (const QJsonValue &value : items.toArray()) {
                const QJsonObject merge = value.toObject();
                const QJsonObject user = merge.value(QStringLiteral("user")).toObject();
                merge::MergeLock lock;
                lock.operationId = merge.value(QStringLiteral("operation_id")).toString();
                lock.holderId = user.value(QStringLiteral("id")).toString();
                lock.holderName = user.value(QStringLiteral("display_name")).toString();
                if (lock.operationId.isEmpty() || lock.holderId.isEmpty()) {
                    lookup.error = crm::malformedResponse(
                        result.httpStatus,
                        QStringLiteral("items[].operation_id/user.id: expected strings"),
                        QStringLiteral("GET /api/v1/merges"));
                    done(lookup);
                    return;
                }
                lookup.lock = lock;
                break; // an account is held by one merge at most
            }
            done(lookup);
        },
        QUrlQuery { { QStringLiteral("account_id"), QString::number(accountId) } });
}

QString mergeLockedMessage(const merge::MergeLock &lock)
{
    return QCoreApplication::translate("opc::ops::MergeLockLookup",
                                       "%1 is already merging these accounts (operation %2). "
                                       "Wait until that merge is finished, or ask a team lead "
                                       "to abandon it.")
        .arg(lock.holderName.isEmpty() ? lock.holderId : lock.holderName, lock.operationId);
}

} // namespace opc::ops
