#pragma once

#include "core/AuditEvent.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// Records audit events. Each event is first written to a local SQLite outbox (on a background
// thread), then sent to POST /api/v1/audit/events with its id as Idempotency-Key. While the CRM
// is unreachable events wait in the outbox; they are delivered when it answers again, also
// after a crash (the outbox is read back at start). The CRM stores each id once, so a delivery
// retried after a lost answer never doubles an event.
class AuditRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRecorder)

public:
    // `outboxPath` is a SQLite file (":memory:" in tests that need no crash safety).
    AuditRecorder(crm::CrmClient *client, const QString &outboxPath, QObject *parent = nullptr);
    ~AuditRecorder() override;

    // Opens the outbox and starts delivering what an earlier run left in it.
    // `done(error)` runs once; error is empty on success.
    void open(QObject *context, std::function<void(const QString &error)> done);

    // Journals the event in the outbox (`done(error)` once it is durable), then delivers it.
    void record(const AuditEvent &event, QObject *context,
                std::function<void(const QString &error)> done);

    // Tries to deliver everything pending now (called when the CRM comes back online).
    void flush();

    int pendingCount() const; // as last known

    static QString defaultOutboxPath();

Q_SIGNALS:
    void pendingCountChanged(int pending);
    void delivered(const QString &eventId);
    void deliveryFailed(const QString &eventId, const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace opc::ops
