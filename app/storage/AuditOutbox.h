#pragma once

#include "storage/AsyncDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace opc::storage {

// An audit event journaled locally and not yet acknowledged by the CRM.
struct PendingAuditEvent {
    QString id; // the event id, also its Idempotency-Key
    QJsonObject payload; // the body to POST, exactly as recorded
    QDateTime createdAt; // when it was journaled (UTC)
    int attempts = 0; // delivery attempts so far
    QString lastError; // why the last attempt failed, empty before the first
    QDateTime refusedAt; // when the CRM last refused it (UTC); invalid: never refused
};

// The local outbox of audit events: a SQLite file (WAL, synchronous=FULL) on a worker thread.
// An event is added before it is sent and removed only once the CRM acknowledged it, so a
// crash or a dead network at any moment leaves it here to be sent again. An event the CRM
// refused is kept, marked refused: it no longer waits for delivery, so it never holds up the
// events behind it. Every call delivers exactly one result in `context`'s thread (nothing if
// `context` is gone).
class AuditOutbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditOutbox)

public:
    using ErrorCallback = std::function<void(const QString &error)>; // empty error: success

    explicit AuditOutbox(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_db.path(); }

    void open(QObject *context, ErrorCallback done);

    // Journals an event. Adding an id that is already pending keeps the first copy: recording
    // the same event twice must not deliver it twice.
    void add(const QString &id, const QJsonObject &payload, QObject *context, ErrorCallback done);

    // A place in the outbox's order (oldest first): a listing continues after it.
    struct Cursor {
        QString createdAt; // as stored; empty: before the first event
        qint64 rowid = 0;
    };
    struct Listing {
        QList<PendingAuditEvent> events; // oldest first
        Cursor end; // after the last listed event (the given cursor when none was listed)
        QString error;
    };
    // Up to `limit` events waiting for delivery (not refused), oldest first.
    void listPending(int limit, QObject *context, std::function<void(const Listing &)> done);
    // The same, continuing after `after`.
    void listPending(int limit, const Cursor &after, QObject *context,
                     std::function<void(const Listing &)> done);
    // Up to `limit` events the CRM refused before `refusedBefore`, oldest first, after `after`.
    void listRefused(int limit, const QDateTime &refusedBefore, const Cursor &after,
                     QObject *context, std::function<void(const Listing &)> done);

    struct Count {
        int pending = 0; // waiting for delivery
        int refused = 0; // refused by the CRM, kept
        QString error;
    };
    void count(QObject *context, std::function<void(const Count &)> done);

    // The CRM acknowledged it: forget it.
    void remove(const QString &id, QObject *context, ErrorCallback done);

    // A delivery attempt failed: count it and keep why.
    void markAttempt(const QString &id, const QString &error, QObject *context, ErrorCallback done);

    // The CRM refused it (a 4xx other than 408/429): count the attempt, keep why and when. It
    // stays here but is no longer listed by listPending().
    void markRefused(const QString &id, const QString &error, QObject *context, ErrorCallback done);

private:
    AsyncDatabase m_db;
};

} // namespace opc::storage
