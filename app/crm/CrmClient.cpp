#include "crm/CrmClient.h"

#include "crm/ErrorMessages.h"
#include "opc/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace opc::crm {

namespace {

Q_LOGGING_CATEGORY(lcCrm, "opc.crm", QtInfoMsg)

QByteArray serialize(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // QJsonDocument holds only objects and arrays: write a scalar as the one element of an array.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

std::optional<QJsonValue> parseBody(const QByteArray &body, QString *why)
{
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("body is not JSON (%1 at offset %2)")
                   .arg(error.errorString())
                   .arg(error.offset);
        return std::nullopt;
    }
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

// Qt's network-layer errors (connection refused, closed, host not found, TLS ...) are below 100;
// 2xx-4xx codes only restate the HTTP status, which has its own mapping.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 100;
}

} // namespace

// One request from send() to its single delivery, with its retries. A child of the client, so
// it dies with it; it deletes itself once it has delivered or its context is gone.
class CrmClient::Call final : public QObject {
public:
    Call(CrmClient *client, CrmRequest request, QObject *context, Callback done)
        : QObject(client), m_client(client), m_request(std::move(request)), m_context(context),
          m_done(std::move(done))
    {
        m_request.method = m_request.method.toUpper();
        // One key for the request, not per attempt: that is what lets the CRM recognise a retry.
        if (m_request.method == "POST" && m_request.idempotencyKey.isEmpty())
            m_request.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_what = QStringLiteral("%1 %2").arg(QString::fromLatin1(m_request.method), m_request.path);
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &Call::sendAttempt);
        // The context's thread may differ from ours; a queued abandon is still in time because
        // delivery re-checks the context.
        connect(context, &QObject::destroyed, this, &Call::abandon);
    }

    ~Call() override { dropReply(); }

    void start()
    {
        if (!m_client->m_baseUrl.isValid() || m_client->m_baseUrl.host().isEmpty()) {
            CrmResult result;
            result.attempts = 0;
            CrmError error;
            error.kind = ErrorKind::Network;
            error.message = errorMessage(ErrorKind::Network);
            error.detail = QStringLiteral("%1: no CRM URL is set").arg(m_what);
            result.error = error;
            deliver(result);
            return;
        }
        sendAttempt();
    }

    // The client is going away: stop without delivering.
    void cancel()
    {
        m_done = nullptr;
        m_retryTimer.stop();
        dropReply();
    }

private:
    QUrl urlFor() const
    {
        QUrl url = m_client->m_baseUrl;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QString path = m_request.path;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        url.setPath(base + path);
        url.setQuery(m_request.query);
        return url;
    }

    void sendAttempt()
    {
        ++m_attempts;
        QNetworkRequest request(urlFor());
        if (!m_client->m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_client->m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArray("OperatorConsole/") + QByteArray(kAppVersion));
        if (!m_request.idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);
        if (!m_request.ifMatch.isEmpty())
            request.setRawHeader("If-Match", m_request.ifMatch);
        // Inactivity timeout of this attempt: no byte for timeoutMs ends it.
        request.setTransferTimeout(qMax(1, m_request.timeoutMs));
        QByteArray payload;
        if (m_request.body) {
            payload = serialize(*m_request.body);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        }
        qCDebug(lcCrm) << "sending" << m_what << "attempt" << m_attempts;
        QNetworkReply *reply
            = m_client->m_network->sendCustomRequest(request, m_request.method, payload);
        m_reply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void onFinished(QNetworkReply *reply)
    {
        // finished comes once per reply, but a reply we already let go of must never count.
        if (reply != m_reply || m_delivered)
            return;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();

        CrmResult result;
        result.attempts = m_attempts;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError networkError = reply->error();
        if (!status.isValid() || isTransportError(networkError)) {
            // No answer, or one cut short: as good as none. Qt 6.4 reports its transfer timeout
            // as OperationCanceledError; we abort only when abandoning, and then this is never
            // reached, so a cancel here is the timeout. TimeoutError is taken as one too.
            const bool timedOut = networkError == QNetworkReply::OperationCanceledError
                || networkError == QNetworkReply::TimeoutError;
            if (status.isValid())
                Q_EMIT m_client->reachable();
            result.error = errorFromNetwork(networkError, reply->errorString(), timedOut, m_what);
        } else {
            Q_EMIT m_client->reachable();
            result.httpStatus = status.toInt();
            result.etag = reply->rawHeader("ETag");
            const QByteArray body = reply->readAll();
            if (result.httpStatus >= 200 && result.httpStatus < 300) {
                QString why;
                if (m_request.rawBody)
                    result.rawBody = body; // the caller reads it (CrmRequest::rawBody)
                else if (auto parsed = parseBody(body, &why))
                    result.body = *parsed;
                else
                    result.error = malformedResponse(result.httpStatus, why, m_what);
            } else {
                result.error = errorFromHttp(result.httpStatus, body,
                                             reply->rawHeader("Retry-After"), m_what);
            }
        }
        if (!m_context) // destroyed in another thread; the queued abandon is on its way
            return;

        if (result.error) {
            const RetryPolicy &policy = m_client->m_retryPolicy;
            const bool repeatable
                = RetryPolicy::isRepeatable(m_request.method, !m_request.idempotencyKey.isEmpty(),
                                            !m_request.ifMatch.isEmpty());
            const auto delay
                = policy.retryDelayMs(repeatable, *result.error, m_attempts, m_request.maxAttempts,
                                      QRandomGenerator::global()->generateDouble());
            if (delay) {
                qCInfo(lcCrm) << m_what << "failed:" << result.error->detail << "- retrying in"
                              << *delay << "ms";
                if (result.httpStatus == 0)
                    m_lostAnswer = true;
                m_retryTimer.start(*delay);
                return;
            }
            if (result.error->kind == ErrorKind::PreconditionFailed && m_lostAnswer)
                result.error->detail += QStringLiteral(
                    "; an earlier attempt got no answer and may have been applied");
            qCInfo(lcCrm) << m_what << "failed after" << m_attempts
                          << "attempt(s):" << result.error->detail;
            if (result.httpStatus == 0)
                Q_EMIT m_client->unreachable(*result.error);
        }
        deliver(result);
    }

    void deliver(const CrmResult &result)
    {
        m_delivered = true;
        if (m_context && m_done) {
            // Always through the context's event loop: the caller never runs inside send(), and
            // if the context dies before the event is handled, Qt drops the event with it.
            QMetaObject::invokeMethod(
                m_context.data(), [done = std::move(m_done), result] { done(result); },
                Qt::QueuedConnection);
        }
        m_done = nullptr;
        deleteLater();
    }

    void abandon()
    {
        if (m_delivered)
            return;
        m_delivered = true;
        qCDebug(lcCrm) << m_what << "abandoned: its receiver is gone";
        cancel();
        deleteLater();
    }

    void dropReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

    CrmClient *m_client;
    CrmRequest m_request;
    QPointer<QObject> m_context;
    Callback m_done;
    QString m_what; // "METHOD /path": what logs and error details quote (never headers)
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    bool m_delivered = false;
    bool m_lostAnswer = false; // an attempt got no answer: it may have been applied all the same
};

CrmClient::CrmClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects could carry the bearer token to another host; the CRM never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CrmClient::~CrmClient()
{
    for (QObject *child : children()) {
        if (auto *call = dynamic_cast<Call *>(child))
            call->cancel();
    }
}

void CrmClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

QUrl CrmClient::baseUrl() const
{
    return m_baseUrl;
}

void CrmClient::setToken(const QString &token)
{
    m_token = token;
}

bool CrmClient::hasToken() const
{
    return !m_token.isEmpty();
}

void CrmClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

void CrmClient::send(const CrmRequest &request, QObject *context, Callback done)
{
    auto *call = new Call(this, request, context ? context : this, std::move(done));
    call->start();
}

void CrmClient::get(const QString &path, QObject *context, Callback done, const QUrlQuery &query)
{
    CrmRequest request;
    request.path = path;
    request.query = query;
    send(request, context, std::move(done));
}

void CrmClient::post(const QString &path, const QJsonValue &body, QObject *context, Callback done)
{
    CrmRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    send(request, context, std::move(done));
}

} // namespace opc::crm
