#include "operations/AuditRecorder.h"

#include "crm/CrmClient.h"
#include "opc/AppInfo.h"
#include "operations/DataPaths.h"
#include "storage/AuditOutbox.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace opc::ops {

namespace {

constexpr int kBatchSize = 100;
const auto kEventsPath = QStringLiteral("/api/v1/audit/events");

// No answer, an overloaded or failing CRM, or an answer we could not read (it may have stored
// the event): the same event may succeed later, and the CRM de-duplicates by id.
bool isTransient(const crm::CrmError &error)
{
    switch (error.kind) {
    case crm::ErrorKind::Network:
    case crm::ErrorKind::Timeout:
    case crm::ErrorKind::RateLimited:
    case crm::ErrorKind::Server:
    case crm::ErrorKind::MalformedResponse:
        return true;
    default:
        return error.httpStatus == 408;
    }
}

crm::CrmRequest deliveryRequest(const QString &eventId, const QJsonObject &payload)
{
    crm::CrmRequest request;
    request.method = "POST";
    request.path = kEventsPath;
    request.body = payload;
    request.idempotencyKey = eventId.toUtf8();
    // The outbox retries for as long as it takes; a short series here keeps a dead CRM
    // from holding the queue.
    request.maxAttempts = 3;
    return request;
}

} // namespace

class AuditRecorder::Private {
public:
    Private(AuditRecorder *recorder, crm::CrmClient *crmClient, const QString &outboxPath)
        : q(recorder), client(crmClient), outbox(outboxPath)
    {
        retryTimer.setSingleShot(true);
        QObject::connect(&retryTimer, &QTimer::timeout, q, [this]() { requestBatch(); });
    }

    // A series goes once through the outbox, batch by batch, with a cursor: first the events
    // that wait for delivery, then (when a re-offer was asked for) those the CRM refused before
    // that. It never lists the same event twice, so nothing the CRM refuses, and no outbox
    // write that fails, can make it go round in circles.
    enum class Pass { Deliverable, Refused };

    void requestBatch();
    void startSeries();
    void listNext();
    void deliverNext();
    void batchDone();
    void finishSeries(bool crmUnavailable);
    void scheduleRetry();
    void refreshCount();
    void setCounts(int newPending, int newRefused);
    void sendUnjournaled(const AuditEvent &event);

    AuditRecorder *q;
    crm::CrmClient *client;
    storage::AuditOutbox outbox;
    QTimer retryTimer;
    int firstRetryMs = 10000;
    int maxRetryMs = 5 * 60 * 1000;
    int nextRetryMs = 10000;

    bool opened = false;
    bool delivering = false; // a series is under way; deliveries go one at a time, in order
    bool batchAgain = false; // something new arrived while a series was under way
    // Refused with a 4xx: kept and reported, offered again only on an explicit flush() or the
    // next open() (the same refusal again and again helps nobody), and then once, after the
    // events that wait for delivery. Valid: the next series re-offers what was refused before.
    QDateTime reofferBefore;

    Pass pass = Pass::Deliverable;
    storage::AuditOutbox::Cursor cursor;
    QDateTime seriesReofferBefore; // this series' re-offer; invalid: none
    bool batchFull = false;
    QList<storage::PendingAuditEvent> queue;
    int pending = 0;
    int refused = 0;
};

void AuditRecorder::Private::requestBatch()
{
    if (!opened)
        return; // open() starts one when it is done
    if (delivering) {
        batchAgain = true;
        return;
    }
    startSeries();
}

void AuditRecorder::Private::startSeries()
{
    delivering = true;
    batchAgain = false;
    pass = Pass::Deliverable;
    cursor = {};
    seriesReofferBefore = reofferBefore;
    reofferBefore = {};
    listNext();
}

void AuditRecorder::Private::listNext()
{
    auto listed = [this](const storage::AuditOutbox::Listing &listing) {
        if (!listing.error.isEmpty()) {
            qWarning("Audit outbox %s cannot be read: %s", qPrintable(outbox.path()),
                     qPrintable(listing.error));
            finishSeries(true);
            return;
        }
        cursor = listing.end;
        batchFull = listing.events.size() == kBatchSize; // more may wait behind this batch
        queue = listing.events;
        deliverNext();
    };
    if (pass == Pass::Deliverable)
        outbox.listPending(kBatchSize, cursor, q, std::move(listed));
    else
        outbox.listRefused(kBatchSize, seriesReofferBefore, cursor, q, std::move(listed));
}

void AuditRecorder::Private::deliverNext()
{
    if (queue.isEmpty()) {
        batchDone();
        return;
    }
    const storage::PendingAuditEvent event = queue.takeFirst();
    const bool wasRefused = event.refusedAt.isValid();
    client->send(
        deliveryRequest(event.id, event.payload), q,
        [this, id = event.id, wasRefused](const crm::CrmResult &result) {
            if (result.ok()) {
                nextRetryMs = firstRetryMs;
                outbox.remove(id, q, [this, id, wasRefused](const QString &error) {
                    if (!error.isEmpty()) {
                        // Still journaled: it is sent again later and the CRM keeps
                        // one copy, so this costs a request, not a double.
                        qWarning("Audit outbox: delivered event %s not removed: %s", qPrintable(id),
                                 qPrintable(error));
                    } else if (wasRefused) {
                        setCounts(pending, refused - 1);
                    } else {
                        setCounts(pending - 1, refused);
                    }
                    Q_EMIT q->delivered(id);
                    deliverNext();
                });
                return;
            }
            const crm::CrmError &error = *result.error;
            const QString why = error.detail.isEmpty()
                ? error.message
                : QStringLiteral("%1 (%2)").arg(error.message, error.detail);
            if (isTransient(error)) {
                outbox.markAttempt(id, why, q, [](const QString &) {});
                queue.clear();
                finishSeries(true);
                return;
            }
            outbox.markRefused(id, why, q, [this, id, wasRefused](const QString &markError) {
                if (!markError.isEmpty()) {
                    // Not listed again in this series; the next one offers it again.
                    qWarning("Audit outbox: refusal of event %s not kept: %s", qPrintable(id),
                             qPrintable(markError));
                } else if (!wasRefused) {
                    setCounts(pending - 1, refused + 1);
                }
                deliverNext();
            });
            Q_EMIT q->deliveryFailed(
                id,
                AuditRecorder::tr("The CRM refused an audit event; it stays in the local journal "
                                  "and is offered again later: %1")
                    .arg(error.message));
        });
}

void AuditRecorder::Private::batchDone()
{
    if (batchFull) {
        listNext(); // on from the cursor: every listed event is settled, none comes again
        return;
    }
    if (pass == Pass::Deliverable && seriesReofferBefore.isValid()) {
        pass = Pass::Refused;
        cursor = {};
        listNext();
        return;
    }
    finishSeries(false);
}

void AuditRecorder::Private::finishSeries(bool crmUnavailable)
{
    delivering = false;
    if (seriesReofferBefore.isValid() && !reofferBefore.isValid() && crmUnavailable) {
        // The re-offer did not get through; the next series (timer or flush) tries it. Events
        // refused again meanwhile are newer than this and are not offered twice.
        reofferBefore = seriesReofferBefore;
    }
    seriesReofferBefore = {};
    refreshCount();
    if (crmUnavailable) {
        // The CRM is away: wait for the timer or for the connection to come back rather than
        // hammering it once per new event.
        batchAgain = false;
        scheduleRetry();
        return;
    }
    // Only something that happened meanwhile (a new event, a flush) starts another series.
    if (batchAgain)
        requestBatch();
}

void AuditRecorder::Private::scheduleRetry()
{
    if (retryTimer.isActive())
        return;
    retryTimer.start(nextRetryMs);
    nextRetryMs = std::min(nextRetryMs * 2, maxRetryMs);
}

void AuditRecorder::Private::refreshCount()
{
    outbox.count(q, [this](const storage::AuditOutbox::Count &count) {
        if (count.error.isEmpty())
            setCounts(count.pending, count.refused);
    });
}

void AuditRecorder::Private::setCounts(int newPending, int newRefused)
{
    newPending = std::max(0, newPending);
    newRefused = std::max(0, newRefused);
    if (newPending != pending) {
        pending = newPending;
        Q_EMIT q->pendingCountChanged(pending);
    }
    if (newRefused != refused) {
        refused = newRefused;
        Q_EMIT q->refusedCountChanged(refused);
    }
}

void AuditRecorder::Private::sendUnjournaled(const AuditEvent &event)
{
    client->send(
        deliveryRequest(event.id, event.toJson()), q,
        [this, id = event.id](const crm::CrmResult &result) {
            if (result.ok()) {
                Q_EMIT q->delivered(id);
                return;
            }
            Q_EMIT q->deliveryFailed(
                id,
                AuditRecorder::tr("An audit event could neither be saved locally nor sent to the "
                                  "CRM, so it is lost: %1")
                    .arg(result.error->message));
        });
}

AuditRecorder::AuditRecorder(crm::CrmClient *client, const QString &outboxPath, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, client, outboxPath))
{
}

AuditRecorder::~AuditRecorder() = default;

void AuditRecorder::open(QObject *context, std::function<void(const QString &error)> done)
{
    d->outbox.open(
        this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](const QString &error) {
            if (error.isEmpty()) {
                d->opened = true;
                d->reofferBefore = QDateTime::currentDateTimeUtc();
                d->refreshCount();
                d->requestBatch();
            }
            if (context)
                done(error.isEmpty()
                         ? QString()
                         : AuditRecorder::tr("The local audit journal cannot be opened: %1")
                               .arg(error));
        });
}

void AuditRecorder::record(const AuditEvent &event, QObject *context,
                           std::function<void(const QString &error)> done)
{
    d->outbox.add(
        event.id, event.toJson(), this,
        [this, event, context = QPointer<QObject>(context),
         done = std::move(done)](const QString &error) {
            if (error.isEmpty()) {
                d->setCounts(d->pending + 1, d->refused);
                d->refreshCount();
                d->requestBatch();
            } else {
                // Not durable, but the network may still take it.
                d->sendUnjournaled(event);
            }
            if (context)
                done(error.isEmpty()
                         ? QString()
                         : AuditRecorder::tr("The audit event could not be saved locally: %1")
                               .arg(error));
        });
}

void AuditRecorder::flush()
{
    d->retryTimer.stop();
    d->nextRetryMs = d->firstRetryMs;
    d->reofferBefore = QDateTime::currentDateTimeUtc();
    d->requestBatch();
}

int AuditRecorder::pendingCount() const
{
    return d->pending;
}

int AuditRecorder::refusedCount() const
{
    return d->refused;
}

QString AuditRecorder::refusedSummary(int refused)
{
    return tr("%Ln audit event(s) were refused by the CRM. They are kept in the local journal "
              "and offered to the CRM again when it reconnects or at the next sign-in.",
              nullptr, refused);
}

void AuditRecorder::setRetryIntervals(int firstMs, int maxMs)
{
    d->firstRetryMs = firstMs;
    d->maxRetryMs = std::max(firstMs, maxMs);
    d->nextRetryMs = firstMs;
}

QString AuditRecorder::defaultOutboxPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("audit-outbox.sqlite"));
}

QString AuditRecorder::defaultOutboxPath(const QUrl &crmUrl, bool sandbox, const QString &userId)
{
    return perCrmUserFile(QStringLiteral("audit-outbox"), crmUrl, sandbox, userId);
}

} // namespace opc::ops
