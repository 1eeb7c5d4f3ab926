#include "operations/AuditRecorder.h"

#include "crm/CrmClient.h"
#include "storage/AuditOutbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
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

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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

    void requestBatch();
    void deliverNext();
    void finishBatch(bool crmUnavailable);
    void scheduleRetry();
    void refreshCount();
    void sendUnjournaled(const AuditEvent &event);

    AuditRecorder *q;
    crm::CrmClient *client;
    storage::AuditOutbox outbox;
    QTimer retryTimer;
    int firstRetryMs = 10000;
    int maxRetryMs = 5 * 60 * 1000;
    int nextRetryMs = 10000;

    bool opened = false;
    bool delivering = false; // a batch is under way; deliveries go one at a time, in order
    bool batchAgain = false; // something new arrived while a batch was under way
    bool retryRejected = false; // the next batch also retries what the CRM refused
    QList<storage::PendingAuditEvent> queue;
    // Refused with a 4xx: kept, reported, and retried only on an explicit flush() or the next
    // start, not by the timer (the same refusal again and again helps nobody).
    QSet<QString> rejected;
    int pending = 0;
};

void AuditRecorder::Private::requestBatch()
{
    if (!opened)
        return; // open() starts one when it is done
    if (delivering) {
        batchAgain = true;
        return;
    }
    delivering = true;
    batchAgain = false;
    if (retryRejected) {
        rejected.clear();
        retryRejected = false;
    }
    outbox.listPending(kBatchSize, q, [this](const storage::AuditOutbox::Listing &listing) {
        if (!listing.error.isEmpty()) {
            qWarning("Audit outbox %s cannot be read: %s", qPrintable(outbox.path()),
                     qPrintable(listing.error));
            finishBatch(true);
            return;
        }
        if (listing.events.size() == kBatchSize)
            batchAgain = true; // more wait behind this batch
        queue.clear();
        for (const storage::PendingAuditEvent &event : listing.events) {
            if (!rejected.contains(event.id))
                queue.append(event);
        }
        deliverNext();
    });
}

void AuditRecorder::Private::deliverNext()
{
    if (queue.isEmpty()) {
        finishBatch(false);
        return;
    }
    const storage::PendingAuditEvent event = queue.takeFirst();
    client->send(
        deliveryRequest(event.id, event.payload), q,
        [this, id = event.id](const crm::CrmResult &result) {
            if (result.ok()) {
                nextRetryMs = firstRetryMs;
                outbox.remove(id, q, [this, id](const QString &error) {
                    if (!error.isEmpty()) {
                        // Still journaled: it is sent again later and the CRM keeps
                        // one copy, so this costs a request, not a double.
                        qWarning("Audit outbox: delivered event %s not removed: %s", qPrintable(id),
                                 qPrintable(error));
                    } else {
                        pending = std::max(0, pending - 1);
                        Q_EMIT q->pendingCountChanged(pending);
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
            outbox.markAttempt(id, why, q, [](const QString &) {});
            if (isTransient(error)) {
                queue.clear();
                finishBatch(true);
                return;
            }
            rejected.insert(id);
            Q_EMIT q->deliveryFailed(
                id,
                AuditRecorder::tr("The CRM refused an audit event; it stays in the local journal "
                                  "and is offered again later: %1")
                    .arg(error.message));
            deliverNext();
        });
}

void AuditRecorder::Private::finishBatch(bool crmUnavailable)
{
    delivering = false;
    refreshCount();
    if (crmUnavailable) {
        // The CRM is away: wait for the timer or for the connection to come back rather than
        // hammering it once per new event.
        batchAgain = false;
        scheduleRetry();
        return;
    }
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
        if (!count.error.isEmpty() || count.pending == pending)
            return;
        pending = count.pending;
        Q_EMIT q->pendingCountChanged(pending);
    });
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
                d->retryRejected = true;
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
                d->pending += 1;
                Q_EMIT pendingCountChanged(d->pending);
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
    d->retryRejected = true;
    d->requestBatch();
}

int AuditRecorder::pendingCount() const
{
    return d->pending;
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
    // A readable prefix for people looking into the folder, a hash to keep it unique and safe.
    QString label = sandbox ? QStringLiteral("sandbox") : crmUrl.host();
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    const QString key = (sandbox ? QStringLiteral("sandbox")
                                 : crmUrl.adjusted(QUrl::StripTrailingSlash).toString())
        + QLatin1Char('\n') + userId;
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataFolder())
        .filePath(
            QStringLiteral("audit-outbox-%1-%2.sqlite").arg(label, QString::fromLatin1(hash)));
}

} // namespace opc::ops
