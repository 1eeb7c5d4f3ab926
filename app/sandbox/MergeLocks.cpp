#include "sandbox/MergeLocks.h"

#include "sandbox/ApiSupport.h"

#include <QJsonDocument>

namespace opc::sandbox {

HttpReply mergeLockedReply(const QString &message, const QString &operationId,
                           const QString &holderId, const QString &holderName)
{
    HttpReply reply = HttpReply::error(409, QStringLiteral("merge_locked"), message);
    QJsonObject root = QJsonDocument::fromJson(reply.body).object();
    QJsonObject error = root.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("holder"),
                 QJsonObject { { QStringLiteral("id"), holderId },
                               { QStringLiteral("display_name"), holderName } });
    error.insert(QStringLiteral("operation_id"), operationId);
    root.insert(QStringLiteral("error"), error);
    reply.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return reply;
}

std::optional<HttpReply> refuseLockedWrite(ApiContext &context, const AuthUser &user,
                                           const QList<qint64> &accounts)
{
    for (qint64 account : accounts) {
        QSqlQuery holder(context.db);
        if (!execQuery(holder,
                       QStringLiteral("SELECT l.operation_id, m.user_id, u.display_name FROM "
                                      "merge_locks l JOIN merges m ON m.operation_id = "
                                      "l.operation_id JOIN users u ON u.id = m.user_id WHERE "
                                      "l.account_id = ?"),
                       { account }))
            return databaseError(holder);
        if (!holder.next() || holder.value(1).toString() == user.id)
            continue;
        const QString operationId = holder.value(0).toString();
        const QString holderName = holder.value(2).toString();
        return mergeLockedReply(Text::tr("Account %1 is locked by a merge: %2 is merging it "
                                         "(operation %3), and until that merge is finished or "
                                         "abandoned only they can change it. Try again later, "
                                         "or ask a team lead to abandon the merge.")
                                    .arg(account)
                                    .arg(holderName, operationId),
                                operationId, holder.value(1).toString(), holderName);
    }
    return std::nullopt;
}

} // namespace opc::sandbox
