#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc {

// One thing an agent did, as the console reports it to the CRM's audit endpoint.
// `id` doubles as the Idempotency-Key of its delivery, so a retried or replayed delivery
// never stores the event twice.
struct AuditEvent {
    QString id; // UUID chosen by the console when the event is recorded
    QString operationId; // groups the events of one operation (a merge's steps)
    QString actor; // user id of the agent
    QString action; // stable id, e.g. "session.sign_in", "merge.step.move-paid-lessons"
    QString entityType; // e.g. "account", "request", "lead"
    QStringList entityIds;
    QJsonObject before; // summary of the state before the change
    QJsonObject after; // summary of the state after it
    QString result; // "ok" or "failed"
    QString message; // optional detail, e.g. the reason of a failure
    QDateTime occurredAt; // UTC, millisecond precision
    QString appVersion;

    // The JSON shape of the contract's AuditEventInput.
    QJsonObject toJson() const;
    // Parses that shape; returns nullopt and sets `error` (naming the field) when it is not one.
    static std::optional<AuditEvent> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const AuditEvent &a, const AuditEvent &b);
};

// Creates an event with a fresh id, the current UTC time and this build's version.
AuditEvent makeAuditEvent(const QString &operationId, const QString &actor, const QString &action,
                          const QString &entityType, const QStringList &entityIds);

} // namespace opc
