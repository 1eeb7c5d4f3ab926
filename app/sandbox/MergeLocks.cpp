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

bool findLockHolder(ApiContext &context, qint64 account, std::optional<LockHolder> *holder,
                    HttpReply *error)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT l.operation_id, m.user_id, u.display_name FROM "
                                  "merge_locks l JOIN merges m ON m.operation_id = "
                                  "l.operation_id JOIN users u ON u.id = m.user_id WHERE "
                                  "l.account_id = ?"),
                   { account })) {
        *error = databaseError(query);
        return false;
    }
    holder->reset();
    if (query.next())
        *holder = LockHolder { query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString() };
    return true;
}

std::optional<HttpReply> refuseLockedWrite(ApiContext &context, const AuthUser &user,
                                           const QList<qint64> &accounts)
{
    for (qint64 account : accounts) {
        std::optional<LockHolder> holder;
        HttpReply error;
        if (!findLockHolder(context, account, &holder, &error))
            return error;
        if (!holder || holder->userId == user.id)
            continue;
        const QString operationId = holder->operationId;
        const QString holderName = holder->displayName;
        return mergeLockedReply(Text::tr("Account %1 is locked by a merge: %2 is merging it "
                                         "(operation %3), and until that merge is finished or "
                                         "abandoned only they can change it. Try again later, "
                                         "or ask a team lead to abandon the merge.")
                                    .arg(account)
                                    .arg(holderName, operationId),
                                operationId, holder->userId, holderName);
    }
    return std::nullopt;
}

} // namespace opc::sandbox
