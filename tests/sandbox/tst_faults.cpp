// Fault injection: status with Retry-After, latency (by timer: others are served meanwhile),
// malformed bodies, dropped connections (before or after the request is applied), the times
// count, clearing; over HTTP and from C++.

#include "SandboxTestSupport.h"
#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

class FaultsTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    Response addFault(const QJsonObject &rule)
    {
        return m_http->post(QStringLiteral("/api/v1/_sandbox/faults"), rule,
                            QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                            test::kAdminToken);
    }

    // How many times the audit log holds this event id, read as the team lead page by page.
    int storedCount(const QString &id)
    {
        int found = 0;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QString path = QStringLiteral("/api/v1/audit/events?limit=200");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const Response listed = m_http->get(path, test::kLeadToken);
            if (listed.status != 200)
                return -1;
            for (const QJsonValue &item : listed.json().value(QStringLiteral("items")).toArray())
                found += item[QStringLiteral("id")].toString() == id ? 1 : 0;
            cursor = listed.json().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                return found;
        }
        return -1;
    }

    static QJsonObject auditEvent()
    {
        return QJsonObject {
            { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("operation_id"), QStringLiteral("op-faults") },
            { QStringLiteral("actor"), QStringLiteral("u-agent") },
            { QStringLiteral("action"), QStringLiteral("test.drop-after-apply") },
            { QStringLiteral("entity_type"), QStringLiteral("account") },
            { QStringLiteral("entity_ids"), QJsonArray { QStringLiteral("11") } },
            { QStringLiteral("result"), QStringLiteral("ok") },
            { QStringLiteral("occurred_at"), QStringLiteral("2030-01-01T10:00:00.000Z") },
            { QStringLiteral("app_version"), QStringLiteral("0.1.0") }
        };
    }

    static const QByteArray &rawMe()
    {
        static const QByteArray request = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Authorization: Bearer demo-agent-token\r\n\r\n";
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
    }

    void cleanup()
    {
        const Response cleared
            = m_http->send("DELETE", QStringLiteral("/api/v1/_sandbox/faults"), test::kAdminToken);
        QCOMPARE(cleared.status, 200);
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void statusWithRetryAfterForTimes()
    {
        const Response added
            = addFault({ { QStringLiteral("route"), QStringLiteral("GET /api/v1/me") },
                         { QStringLiteral("status"), 429 },
                         { QStringLiteral("retry_after"), 7 },
                         { QStringLiteral("times"), 2 } });
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(QStringLiteral("times")).toInt(), 2);
        for (int i = 0; i < 2; ++i) {
            const Response limited = m_http->get(QStringLiteral("/api/v1/me"));
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
            QVERIFY(limited.isError(QStringLiteral("injected_fault")));
            // Other routes are not affected.
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/health")).status, 200);
        }
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 200);
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
    }

    void serverErrorUntilCleared()
    {
        QCOMPARE(addFault({ { QStringLiteral("route"), QStringLiteral("*") },
                            { QStringLiteral("status"), 503 } })
                     .status,
                 201);
        for (const QString &path : { QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/leads"),
                                     QStringLiteral("/api/v1/health") }) {
            const Response down = m_http->get(path);
            QCOMPARE(down.status, 503);
            QCOMPARE(down.header("Retry-After"), QByteArray("1"));
            QVERIFY(down.hasErrorBody());
        }
        // The fault control itself is never faulted, so this clears it.
        const Response cleared
            = m_http->send("DELETE", QStringLiteral("/api/v1/_sandbox/faults"), test::kAdminToken);
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json().value(QStringLiteral("cleared")).toInt(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 200);
    }

    void latencyDelaysOnlyTheMatchingRequest()
    {
        QCOMPARE(addFault({ { QStringLiteral("route"), QStringLiteral("GET /api/v1/leads") },
                            { QStringLiteral("latency_ms"), 1500 },
                            { QStringLiteral("times"), 1 } })
                     .status,
                 201);
        QNetworkAccessManager network;
        QNetworkRequest slowRequest(
            m_sandbox->url().resolved(QUrl(QStringLiteral("/api/v1/leads?limit=1"))));
        slowRequest.setRawHeader("Authorization", "Bearer " + test::kAgentToken);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = network.get(slowRequest);
        QTest::qWait(100); // let the slow request reach the server first
        // Served while the slow one waits: the server thread is not asleep.
        const Response fast = m_http->get(QStringLiteral("/api/v1/me"));
        QCOMPARE(fast.status, 200);
        QVERIFY(!slow->isFinished());
        QVERIFY2(clock.elapsed() < 1400, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
        QVERIFY(clock.elapsed() >= 1450);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(slow->readAll())
                     .object()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
        delete slow;
        // times: 1 is used up.
        QVERIFY(m_http->get(QStringLiteral("/api/v1/leads?limit=1")).elapsedMs < 1000);
    }

    void malformedBody()
    {
        QCOMPARE(addFault({ { QStringLiteral("route"), QStringLiteral("GET /api/v1/me") },
                            { QStringLiteral("malformed_body"), true },
                            { QStringLiteral("times"), 1 } })
                     .status,
                 201);
        const Response broken = m_http->get(QStringLiteral("/api/v1/me"));
        QCOMPARE(broken.status, 200);
        QJsonParseError parse;
        QJsonDocument::fromJson(broken.body, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"))
                     .json()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("agent"));
    }

    void droppedConnectionFromCpp()
    {
        // From the test's thread while the server runs on its own: FaultInjector is thread-safe.
        sandbox::FaultRule rule;
        rule.route = QStringLiteral("GET /api/v1/me");
        rule.dropConnection = true;
        rule.times = 1;
        m_sandbox->server().faults().add(rule);
        bool closed = false;
        const QByteArray answer = test::rawExchange(m_sandbox->port(), rawMe(), 5000, &closed);
        QVERIFY(closed);
        QVERIFY2(answer.isEmpty(), answer.constData());
        const QByteArray next = test::rawExchange(m_sandbox->port(), rawMe(), 1000, &closed);
        QVERIFY2(next.startsWith("HTTP/1.1 200"), next.constData());
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
    }

    // The answer is lost, not the request: the POST is applied (stored, its Idempotency-Key
    // remembered) and the connection closes without a byte of answer. The client's retry with
    // the same key gets the stored answer; the event is there once.
    void dropAfterApplyAppliesButDoesNotAnswer()
    {
        const Response added
            = addFault({ { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                         { QStringLiteral("drop_after_apply"), true },
                         { QStringLiteral("times"), 1 } });
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(QStringLiteral("drop_after_apply")).toBool(), true);
        QCOMPARE(added.json().value(QStringLiteral("drop_connection")).toBool(), false);

        const QJsonObject event = auditEvent();
        const QString id = event.value(QStringLiteral("id")).toString();
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/v1/audit/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer demo-agent-token\r\n"
                                   "Content-Type: application/json\r\n"
                                   "Idempotency-Key: "
            + key + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        bool closed = false;
        const QByteArray answer = test::rawExchange(m_sandbox->port(), request, 5000, &closed);
        QVERIFY(closed);
        QVERIFY2(answer.isEmpty(), answer.constData());
        QVERIFY(m_sandbox->server().faults().rules().isEmpty()); // times: 1 is used up
        QCOMPARE(storedCount(id), 1); // applied although never answered

        const Response retried = m_http->post(QStringLiteral("/api/v1/audit/events"), event, key);
        QCOMPARE(retried.status, 201); // the stored answer of the applied request, replayed
        QCOMPARE(storedCount(id), 1);
    }

    // drop_connection loses the request itself: nothing is applied.
    void dropConnectionAppliesNothing()
    {
        QCOMPARE(
            addFault({ { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                       { QStringLiteral("drop_connection"), true },
                       { QStringLiteral("times"), 1 } })
                .status,
            201);
        const QJsonObject event = auditEvent();
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/v1/audit/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer demo-agent-token\r\n"
                                   "Content-Type: application/json\r\n"
                                   "Idempotency-Key: k-"
            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        bool closed = false;
        const QByteArray answer = test::rawExchange(m_sandbox->port(), request, 5000, &closed);
        QVERIFY(closed);
        QVERIFY2(answer.isEmpty(), answer.constData());
        QCOMPARE(storedCount(event.value(QStringLiteral("id")).toString()), 0);
    }

    void clearFromCpp()
    {
        sandbox::FaultRule rule;
        rule.status = 500;
        m_sandbox->server().faults().add(rule);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 500);
        QCOMPARE(m_sandbox->server().faults().clear(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 200);
    }

    void invalidRulesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("field");
        const QJsonValue all(QStringLiteral("*"));
        QTest::newRow("unknown route")
            << QJsonObject { { QStringLiteral("route"), QStringLiteral("GET /nope") },
                             { QStringLiteral("status"), 500 } }
            << QStringLiteral("route");
        QTest::newRow("fault route") << QJsonObject {
            { QStringLiteral("route"), QStringLiteral("DELETE /api/v1/_sandbox/faults") },
            { QStringLiteral("status"), 500 }
        } << QStringLiteral("route");
        QTest::newRow("no route") << QJsonObject { { QStringLiteral("status"), 500 } }
                                  << QStringLiteral("route");
        QTest::newRow("no effect")
            << QJsonObject { { QStringLiteral("route"), all } } << QStringLiteral("status");
        QTest::newRow("status text")
            << QJsonObject { { QStringLiteral("route"), all },
                             { QStringLiteral("status"), QStringLiteral("500") } }
            << QStringLiteral("status");
        QTest::newRow("status range")
            << QJsonObject { { QStringLiteral("route"), all }, { QStringLiteral("status"), 700 } }
            << QStringLiteral("status");
        // An injected status carries the error body: informational, 204 and 304 cannot.
        for (const int status : { 100, 199, 204, 304, 399 }) {
            QTest::addRow("status %d", status)
                << QJsonObject { { QStringLiteral("route"), all },
                                 { QStringLiteral("status"), status } }
                << QStringLiteral("status");
        }
        QTest::newRow("drop after apply not bool")
            << QJsonObject { { QStringLiteral("route"), all },
                             { QStringLiteral("drop_after_apply"), QStringLiteral("yes") } }
            << QStringLiteral("drop_after_apply");
        QTest::newRow("drop after apply with status")
            << QJsonObject { { QStringLiteral("route"), all },
                             { QStringLiteral("drop_after_apply"), true },
                             { QStringLiteral("status"), 500 } }
            << QStringLiteral("drop_after_apply");
        QTest::newRow("drop after apply with drop")
            << QJsonObject { { QStringLiteral("route"), all },
                             { QStringLiteral("drop_after_apply"), true },
                             { QStringLiteral("drop_connection"), true } }
            << QStringLiteral("drop_after_apply");
        QTest::newRow("latency huge") << QJsonObject { { QStringLiteral("route"), all },
                                                       { QStringLiteral("latency_ms"), 9999999 } }
                                      << QStringLiteral("latency_ms");
        QTest::newRow("times zero") << QJsonObject { { QStringLiteral("route"), all },
                                                     { QStringLiteral("status"), 500 },
                                                     { QStringLiteral("times"), 0 } }
                                    << QStringLiteral("times");
        QTest::newRow("drop not bool") << QJsonObject { { QStringLiteral("route"), all },
                                                        { QStringLiteral("drop_connection"), 1 } }
                                       << QStringLiteral("drop_connection");
        QTest::newRow("unknown field") << QJsonObject { { QStringLiteral("route"), all },
                                                        { QStringLiteral("status"), 500 },
                                                        { QStringLiteral("colour"), 1 } }
                                       << QStringLiteral("colour");
    }

    void invalidRulesAreRefused()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, field);
        const Response response = addFault(rule);
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
    }

    void faultRoutesAreAbsentWhenOff()
    {
        sandbox::SandboxOptions options = test::SandboxThread::demoOptions();
        options.faultInjection = false;
        test::SandboxThread plain(options);
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        test::Http http(plain.url());
        const Response response = http.post(
            QStringLiteral("/api/v1/_sandbox/faults"),
            { { QStringLiteral("route"), QStringLiteral("*") }, { QStringLiteral("status"), 500 } },
            "key", test::kAdminToken);
        QCOMPARE(response.status, 404);
        QVERIFY(response.isError(QStringLiteral("not_found")));
        QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 200);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
