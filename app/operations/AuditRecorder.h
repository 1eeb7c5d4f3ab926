#pragma once

#include "core/AuditEvent.h"

#include <QObject>
#include <QString>
#include <QUrl>

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
// retried after a lost answer never doubles an event. An event the CRM refuses is marked so in
// the outbox: kept, but no longer in the way of the events behind it.
class AuditRecorder final : public QObject {
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
    // Call open() first (a record() queued before open() finished simply runs after it).
    // Deliveries go one at a time in recorded order. If the outbox cannot be written, `done`
    // gets the error and the event is still sent once, without the outbox's guarantee.
    void record(const AuditEvent &event, QObject *context,
                std::function<void(const QString &error)> done);

    // Tries to deliver everything pending now, then offers the events the CRM refused before
    // once more (called when the CRM comes back online, e.g. after a new sign-in).
    void flush();

    // Events waiting for delivery, as last known; refused ones are not counted.
    int pendingCount() const;
    // Events the CRM refused, kept in the outbox, as last known.
    int refusedCount() const;
    // "N audit events were refused by the CRM…", for the user.
    static QString refusedSummary(int refused);

    // Pauses of the gentle retry while deliveries fail (default 10 s doubling up to 5 min);
    // tests shorten them. Going online (Session) or flush() retries at once regardless.
    void setRetryIntervals(int firstMs, int maxMs);

    // The outbox in the product's data folder, the same for the console and operator-cli (an
    // event one of them left undelivered goes out with whichever signs in next). With a CRM and
    // a user: one outbox per CRM and user, because an event is delivered with its own actor's token
    // (the CRM refuses an actor other than the signed-in user) and never to another CRM than the
    // one it was recorded against; the training sandbox (whose port changes every start) counts as
    // one CRM.
    static QString defaultOutboxPath();
    static QString defaultOutboxPath(const QUrl &crmUrl, bool sandbox, const QString &userId);

Q_SIGNALS:
    void pendingCountChanged(int pending);
    void refusedCountChanged(int refused);
    // The CRM acknowledged the event (201 stored, or 200 already stored) and it left the outbox.
    void delivered(const QString &eventId);
    // The CRM refused the event with a 4xx other than 408/429. It stays in the outbox (never
    // silently dropped), counted by refusedCount(), and is offered again by flush() or the next
    // open() (after the events waiting for delivery), not by the timer.
    // No answer, 5xx and 429 are not refusals: those events wait and are retried quietly.
    void deliveryFailed(const QString &eventId, const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace opc::ops
