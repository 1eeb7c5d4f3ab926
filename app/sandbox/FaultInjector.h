#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace opc::sandbox {

// One injected fault: what happens to the next `times` requests of `route`.
struct FaultRule {
    QString route = QStringLiteral("*"); // "GET /api/v1/me" (a served route) or "*" for all
    int latencyMs = 0; // answer this much later (timer, never a sleep)
    int status = 0; // answer with this status (400-599) and the error body; 0: no
    int retryAfterSeconds = -1; // Retry-After header; 429 without it gets 1
    bool dropConnection = false; // close the connection without answering (nothing is applied)
    // Serve the request (a POST is applied and stored, with its Idempotency-Key), then close the
    // connection without answering: the answer is lost, not the request.
    bool dropAfterApply = false;
    bool malformedBody = false; // answer normally, but with a body that is not JSON
    int times = -1; // how many matching requests it affects; -1: until cleared

    // Parses the POST /api/v1/_sandbox/faults body; nullopt with the offending field otherwise.
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *field,
                                             QString *message);
    QJsonObject toJson() const;
};

// The sandbox's fault rules. Thread-safe: tests change them from their own thread while the
// server runs on another.
class FaultInjector final {
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    FaultInjector() = default;

    void add(const FaultRule &rule);
    int clear(); // returns how many rules were removed
    QList<FaultRule> rules() const;

    // The first rule matching `routeKey`, counting this request against its `times`.
    std::optional<FaultRule> take(const QString &routeKey);

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace opc::sandbox
