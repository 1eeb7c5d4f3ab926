#pragma once

// Shared by the integration tests: calls to a real crm-sandbox the way a test needs them,
// waiting (tests may wait; the product never does).

#include "core/AuditEvent.h"
#include "crm/CrmClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

namespace opc::test {

inline const QString kAgentToken = QStringLiteral("demo-agent-token");
inline const QString kLeadToken = QStringLiteral("demo-lead-token");
inline const QString kAdminToken = QStringLiteral("demo-admin-token");
inline const QString kAgentId = QStringLiteral("u-agent");

inline std::unique_ptr<crm::CrmClient> clientFor(const QUrl &url, const QString &token)
{
    auto client = std::make_unique<crm::CrmClient>();
    client->setBaseUrl(url);
    client->setToken(token);
    return client;
}

// A GET of `path`, e.g. call(client, getOf("/api/v1/requests/2101")).
inline crm::CrmRequest getOf(const QString &path)
{
    crm::CrmRequest request;
    request.path = path;
    return request;
}

// POST /api/v1/audit/events of one event, keyed by its id as the console's recorder does.
inline crm::CrmRequest auditEventPost(const AuditEvent &event)
{
    crm::CrmRequest post;
    post.method = "POST";
    post.path = QStringLiteral("/api/v1/audit/events");
    post.body = event.toJson();
    post.idempotencyKey = event.id.toUtf8();
    return post;
}

// Counts what a request delivered: exactly-once tests look at `calls`.
struct Delivery {
    int calls = 0;
    crm::CrmResult result;
};

// Sends one request without waiting; the returned record fills in when (and each time) the
// result is delivered to `context`.
inline std::shared_ptr<Delivery> startCall(crm::CrmClient &client, const crm::CrmRequest &request,
                                           QObject *context)
{
    auto delivery = std::make_shared<Delivery>();
    client.send(request, context, [delivery](const crm::CrmResult &result) {
        ++delivery->calls;
        delivery->result = result;
    });
    return delivery;
}

// Sends one request and waits for its one result (an empty result with an error on timeout).
inline crm::CrmResult call(crm::CrmClient &client, crm::CrmRequest request, int timeoutMs = 30000)
{
    QObject context;
    bool done = false;
    crm::CrmResult result;
    client.send(request, &context, [&](const crm::CrmResult &answer) {
        result = answer;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    if (!done) {
        result.error = crm::CrmError {};
        result.error->message = QStringLiteral("test: no result within %1 ms").arg(timeoutMs);
    }
    return result;
}

// Every event id the CRM's audit log holds, in stored order, read as a team lead page by page.
// Ids may repeat in the answer only if the server stored an event twice: that is what the
// exactly-once tests look for.
inline QStringList storedEventIds(const QUrl &url, QString *error)
{
    auto client = clientFor(url, kLeadToken);
    QStringList ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        crm::CrmRequest request;
        request.path = QStringLiteral("/api/v1/audit/events");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        const crm::CrmResult result = call(*client, request);
        if (!result.ok()) {
            *error = result.error->message + QLatin1Char(' ') + result.error->detail;
            return {};
        }
        for (const QJsonValue &item : result.body[QLatin1String("items")].toArray())
            ids << item[QLatin1String("id")].toString();
        cursor = result.body[QLatin1String("next_cursor")].toString();
        if (cursor.isEmpty())
            return ids;
    }
    *error = QStringLiteral("too many pages");
    return {};
}

// Adds a fault rule (the sandbox must run with --enable-faults).
inline bool addFault(const QUrl &url, const QJsonObject &rule)
{
    auto client = clientFor(url, kAdminToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/_sandbox/faults");
    request.body = rule;
    request.maxAttempts = 1;
    return call(*client, request).ok();
}

// A sandbox control called as the admin (crm-sandbox --enable-faults), e.g. moving the clock
// with sandboxControl(url, "/api/v1/_sandbox/clock", {{"advance_days", 31}}).
inline crm::CrmResult sandboxControl(const QUrl &url, const QString &path, const QJsonObject &body)
{
    auto client = clientFor(url, kAdminToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.maxAttempts = 1;
    return call(*client, request);
}

inline bool clearFaults(const QUrl &url)
{
    auto client = clientFor(url, kAdminToken);
    crm::CrmRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v1/_sandbox/faults");
    request.maxAttempts = 1;
    return call(*client, request).ok();
}

// GET of `path`, every page of a listing; the body's value, or an error.
inline QJsonValue readAll(crm::CrmClient &client, const QString &path, QString *error)
{
    QJsonArray items;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        crm::CrmRequest request;
        request.path = path;
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        const crm::CrmResult result = call(client, request);
        if (!result.ok()) {
            *error = path + QStringLiteral(": ") + result.error->message;
            return {};
        }
        const QJsonObject body = result.body.toObject();
        if (!body.contains(QStringLiteral("items")))
            return body;
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
            items.append(item);
        cursor = body.value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            return items;
    }
    *error = path + QStringLiteral(": too many pages");
    return {};
}

// Every audit event the CRM stored (read as the team lead) with `action`, oldest first.
inline QList<QJsonObject> auditEventsWithAction(const QUrl &url, const QString &action,
                                                QString *error)
{
    auto lead = clientFor(url, kLeadToken);
    QList<QJsonObject> events;
    for (const QJsonValue &event :
         readAll(*lead, QStringLiteral("/api/v1/audit/events"), error).toArray()) {
        if (event[QLatin1String("action")].toString() == action)
            events << event.toObject();
    }
    return events;
}

} // namespace opc::test
