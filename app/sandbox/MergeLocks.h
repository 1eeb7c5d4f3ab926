#pragma once

#include "sandbox/Routes.h"

#include <QList>

#include <optional>

namespace opc::sandbox {

// The KIDS account merge's lock (issue 3). POST /api/v1/merges locks the source, the target and
// their pair partners (table merge_locks) until PATCH sets the merge finished or abandoned.
// While it holds, the routes a merge writes through refuse everyone but the merge's own user:
// reads stay open to all. Team leads and admins are not exempt: they abandon the merge first
// (PATCH /api/v1/merges/{operation_id}), which releases the lock.

// 409 merge_locked: the error body with `message`, and the holder and the operation in members
// of their own, so that a client need not parse the message:
// {"error":{"code","message","field":null,"holder":{"id","display_name"},"operation_id"}}.
HttpReply mergeLockedReply(const QString &message, const QString &operationId,
                           const QString &holderId, const QString &holderName);

// The merge whose lock covers an account.
struct LockHolder {
    QString operationId;
    QString userId;
    QString displayName;
};

// Looks up the lock on `account` into `holder` (nullopt: unlocked). False with the database
// error in `error` when the lookup itself failed.
bool findLockHolder(ApiContext &context, qint64 account, std::optional<LockHolder> *holder,
                    HttpReply *error);

// Whether `user` may write to every one of `accounts`: nullopt when none is locked by another
// user's merge (an account locked by the user's own merge is theirs to write), else the 409
// merge_locked of the first such account in the order given (or the database error). Called by
// each write a merge uses once its ids are known to exist and before it changes anything.
std::optional<HttpReply> refuseLockedWrite(ApiContext &context, const AuthUser &user,
                                           const QList<qint64> &accounts);

} // namespace opc::sandbox
