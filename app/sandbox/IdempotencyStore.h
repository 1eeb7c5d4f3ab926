#pragma once

#include "sandbox/HttpTypes.h"

#include <QSqlDatabase>

namespace opc::sandbox {

// Remembers the answer to every POST by (user, Idempotency-Key), so that a retried POST gets
// exactly the first answer back instead of doing the work twice. Keys are per user: two agents
// may happen to pick the same key without seeing each other's answers.
class IdempotencyStore final {
public:
    explicit IdempotencyStore(QSqlDatabase db);

    enum class Outcome {
        New, // never seen: run the request, then save()
        Replay, // seen with the same request: answer `stored`
        Reused, // seen with a different request: refuse
        Failed, // the database failed: answer `stored` (a 500)
    };
    struct Lookup {
        Outcome outcome = Outcome::New;
        HttpReply stored;
    };

    Lookup find(const QString &userId, const QString &key, const QByteArray &requestHash) const;
    void save(const QString &userId, const QString &key, const QByteArray &requestHash,
              const HttpReply &reply);

    // Identifies "the same request": method, path and the exact body bytes.
    static QByteArray requestHash(const HttpCall &call);

private:
    QSqlDatabase m_db;
};

} // namespace opc::sandbox
