#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrl>

namespace opc::test {

// The demo fixture's tokens (README, tools/make-demo-fixture.py).
inline const QByteArray kAgentToken = "demo-agent-token";
inline const QByteArray kLeadToken = "demo-lead-token";
inline const QByteArray kAdminToken = "demo-admin-token";

// A SandboxServer running in-process on its own thread, as the console's --sandbox runs it.
// The test thread only talks to it over loopback HTTP (and through faults(), which is
// thread-safe).
class SandboxThread final {
public:
    explicit SandboxThread(sandbox::SandboxOptions options);
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    bool start(QString *error);
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    sandbox::SandboxServer &server() { return *m_server; }

    // Options most tests want: in-memory database, demo data, fault injection on.
    static sandbox::SandboxOptions demoOptions(const QString &db = QStringLiteral(":memory:"));

private:
    sandbox::SandboxOptions m_options;
    QThread m_thread;
    QObject *m_context; // lives in m_thread: the target of the calls made there
    sandbox::SandboxServer *m_server = nullptr;
    QUrl m_url;
};

struct Response {
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // True when the body is exactly the contract's error body with this code.
    bool isError(const QString &code) const;
    // True when the body is the contract's error body (any code, message non-empty).
    bool hasErrorBody() const;
};

// Synchronous HTTP for tests (tests may wait; the product never does).
class Http final {
public:
    explicit Http(QUrl base);

    Response send(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &token = kAgentToken, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response get(const QString &pathAndQuery, const QByteArray &token = kAgentToken);
    // POST with JSON content type and the given Idempotency-Key (none when empty).
    Response post(const QString &path, const QJsonObject &body, const QByteArray &key,
                  const QByteArray &token = kAgentToken);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// Writes raw bytes to the server and collects what comes back until it closes the connection
// or `timeoutMs` passes. `closed` says whether the server closed it.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs, bool *closed);

} // namespace opc::test
