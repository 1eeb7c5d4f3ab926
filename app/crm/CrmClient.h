#pragma once

#include "crm/CrmResult.h"
#include "crm/RetryPolicy.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace opc::crm {

struct CrmRequest {
    QByteArray method = "GET"; // GET, POST, PATCH, PUT, DELETE
    QString path; // below the base URL, e.g. "/api/v1/me"
    QUrlQuery query;
    std::optional<QJsonValue> body;
    QByteArray ifMatch; // required by the contract for PATCH/PUT/DELETE of mutable entities
    QByteArray idempotencyKey; // POST: generated when empty; reused on every retry of this request
    int timeoutMs = 15000;
    int maxAttempts = 4; // 1 = no retries
    // A 2xx answer's body is delivered as it arrived, in CrmResult::rawBody, and not parsed
    // (CrmResult::body stays Null): for large answers the caller reads in another thread. Error
    // answers are parsed as always, so their CrmError is the same.
    bool rawBody = false;
};

// The asynchronous client of the CRM contract. One request gives one CrmResult, delivered
// exactly once to `done` through the event loop of `context`'s thread; if `context` is
// destroyed first, nothing is delivered and the request is aborted. Never blocks, never spins
// an event loop. Idempotent requests (GET, PUT, DELETE), POSTs with an Idempotency-Key and
// PATCHes with If-Match are retried with backoff on network errors, timeouts, 429 (honouring
// Retry-After) and 502/503/504; see RetryPolicy.h for why exactly these. Destroying the client
// aborts what is in flight and delivers nothing. `context` should live in the client's thread
// (or outlive the request); a null context means the client itself.
class CrmClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmClient)

public:
    explicit CrmClient(QObject *parent = nullptr);
    ~CrmClient() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    void setToken(const QString &token); // sent as Authorization: Bearer; never logged
    bool hasToken() const;
    // The bearer token itself, for protocols that carry it in the body too (the analytics
    // JSON-RPC's params.access_token, seed 004). Never log or store what this returns.
    QString token() const { return m_token; }

    // Backoff pauses and the Retry-After cap; tests shorten them.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    using Callback = std::function<void(const CrmResult &)>;
    void send(const CrmRequest &request, QObject *context, Callback done);

    // Convenience wrappers.
    void get(const QString &path, QObject *context, Callback done, const QUrlQuery &query = {});
    void post(const QString &path, const QJsonValue &body, QObject *context, Callback done);

Q_SIGNALS:
    // Any HTTP answer arrived (whatever its status): the CRM is reachable.
    void reachable();
    // No HTTP answer (network error or timeout) after all attempts.
    void unreachable(const opc::crm::CrmError &error);

private:
    class Call;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    RetryPolicy m_retryPolicy;
};

} // namespace opc::crm
