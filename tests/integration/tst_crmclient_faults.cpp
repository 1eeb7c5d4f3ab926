#include "core/AuditEvent.h"
#include "crm/ConnectionMonitor.h"
#include "crm/CrmClient.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc::crm;

// Failures made real by the sandbox's fault injection (crm-sandbox --enable-faults): 429 with
// Retry-After, malformed bodies, dropped connections (a lost request, or a lost answer to an
// applied one), slow answers, and a CRM that goes away and
// comes back on the same port.
class TestCrmClientFaults final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<opc::test::Delivery> start(CrmClient &client, const CrmRequest &request,
                                               QObject *context = nullptr)
    {
        return opc::test::startCall(client, request, context ? context : this);
    }

    CrmResult call(CrmClient &client, const CrmRequest &request)
    {
        return opc::test::call(client, request, 30000);
    }

    static CrmRequest me(int maxAttempts = 4, int timeoutMs = 10000)
    {
        CrmRequest r;
        r.path = QStringLiteral("/api/v1/me");
        r.maxAttempts = maxAttempts;
        r.timeoutMs = timeoutMs;
        return r;
    }

    // Short pauses keep the suite fast; the schedule itself is unit-tested.
    static RetryPolicy fastPolicy()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 50;
        policy.maxDelayMs = 200;
        return policy;
    }

    std::unique_ptr<CrmClient> clientFor(const QString &token)
    {
        auto client = opc::test::clientFor(m_sandbox.url(), token);
        client->setRetryPolicy(fastPolicy());
        return client;
    }

    void injectFault(const QJsonObject &fault)
    {
        CrmRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/api/v1/_sandbox/faults");
        post.body = fault;
        post.maxAttempts = 1;
        const CrmResult result = call(*m_admin, post);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
    }

    static QJsonObject meFault(std::initializer_list<std::pair<QString, QJsonValue>> fields)
    {
        QJsonObject fault { { QStringLiteral("route"), QStringLiteral("GET /api/v1/me") } };
        for (const auto &[key, value] : fields)
            fault.insert(key, value);
        return fault;
    }

    bool startSandbox(quint16 port = 0)
    {
        return m_sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                               { QStringLiteral("--enable-faults") }, port);
    }

    opc::test::SandboxProcess m_sandbox;
    std::unique_ptr<CrmClient> m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox.error()));
        m_admin = clientFor(QStringLiteral("demo-admin-token"));
    }

    void cleanup()
    {
        CrmRequest clear;
        clear.method = "DELETE";
        clear.path = QStringLiteral("/api/v1/_sandbox/faults");
        const CrmResult result = call(*m_admin, clear);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
    }

    void rateLimitWaitsForRetryAfter()
    {
        injectFault(meFault({ { QStringLiteral("status"), 429 },
                              { QStringLiteral("retry_after"), 1 },
                              { QStringLiteral("times"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        QElapsedTimer clock;
        clock.start();
        const CrmResult result = call(*client, me());
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
        QCOMPARE(result.attempts, 2);
        // The retry came after the server's pause (1 s), not after the 50 ms backoff.
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitGivesUpAfterMaxAttempts()
    {
        injectFault(
            meFault({ { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        QElapsedTimer clock;
        clock.start();
        const CrmResult result = call(*client, me(3));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.httpStatus, 429);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ErrorKind::RateLimited);
        QCOMPARE(result.error->retryAfterSeconds, 1);
        QVERIFY(result.error->message.contains(QLatin1String("1")));
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    }

    void retryAfterBeyondTheCapIsNotWaitedFor()
    {
        injectFault(meFault(
            { { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after"), 3600 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult result = call(*client, me());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.error.value_or(CrmError {}).retryAfterSeconds, 3600);
    }

    void serviceUnavailableIsRetriedButInternalErrorIsNot()
    {
        injectFault(meFault({ { QStringLiteral("status"), 503 }, { QStringLiteral("times"), 2 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult recovered = call(*client, me());
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.attempts, 3);

        injectFault(meFault({ { QStringLiteral("status"), 500 } }));
        const CrmResult broken = call(*client, me());
        QCOMPARE(broken.attempts, 1);
        QCOMPARE(broken.error.value_or(CrmError {}).kind, ErrorKind::Server);
        QVERIFY(broken.error->message.contains(QLatin1String("500")));
    }

    void malformedBodyIsReportedNotSwallowed()
    {
        injectFault(meFault(
            { { QStringLiteral("malformed_body"), true }, { QStringLiteral("times"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const auto delivery = start(*client, me());
        QTRY_COMPARE_WITH_TIMEOUT(delivery->calls, 1, 20000);
        const CrmResult &result = delivery->result;
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::MalformedResponse);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.attempts, 1); // a definite (if broken) answer: not retried
        QVERIFY(!result.error->detail.isEmpty());
        QTest::qWait(200);
        QCOMPARE(delivery->calls, 1);
    }

    void droppedConnectionIsRetriedThenNetwork()
    {
        injectFault(meFault({ { QStringLiteral("drop_connection"), true } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        QSignalSpy unreachable(client.get(), &CrmClient::unreachable);
        const CrmResult result = call(*client, me(3));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Network);
        QCOMPARE(unreachable.count(), 1);
    }

    // The request is lost (drop_connection: never applied); the retry stores it, once.
    void droppedPostIsRetriedAndStoredOnce()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult who = call(*agent, me());
        QVERIFY(who.ok());
        const opc::AuditEvent event = opc::makeAuditEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            who.body[QLatin1String("id")].toString(), QStringLiteral("test.dropped"),
            QStringLiteral("request"), { QStringLiteral("1") });
        // Qt itself silently resends a request whose connection closed before any answer (once
        // in Qt 6.4.2), whatever its method: two drops are needed before the client sees one,
        // three make sure its own retry is what brings it through. The Idempotency-Key makes
        // both kinds of resending safe.
        injectFault({ { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                      { QStringLiteral("drop_connection"), true },
                      { QStringLiteral("times"), 3 } });

        CrmRequest post = opc::test::auditEventPost(event);
        const CrmResult result = call(*agent, post);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
        QVERIFY2(result.attempts >= 2, "the client's own retry brought it through");

        QString error;
        QCOMPARE(opc::test::storedEventIds(m_sandbox.url(), &error).count(event.id), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The answer is lost, not the request: the sandbox stores the event, then drops the
    // connection (drop_after_apply). Qt's own resend (see above) is served too — a replay of the
    // stored answer — and dropped; the client's own retry gets the stored 201. The CRM holds the
    // event once.
    void lostAnswerOfAnAppliedPostIsRetriedAndStoredOnce()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const opc::AuditEvent event = opc::makeAuditEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces), opc::test::kAgentId,
            QStringLiteral("test.lost-answer"), QStringLiteral("request"), { QStringLiteral("1") });
        injectFault({ { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                      { QStringLiteral("drop_after_apply"), true },
                      { QStringLiteral("times"), 3 } });

        CrmRequest post = opc::test::auditEventPost(event);
        const CrmResult result = call(*agent, post);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
        QVERIFY2(result.attempts >= 2, "the client's own retry brought the answer");
        QCOMPARE(result.httpStatus, 201); // the stored answer of the first, applied request

        QString error;
        QCOMPARE(opc::test::storedEventIds(m_sandbox.url(), &error).count(event.id), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Every answer lost: the client gives up with a network error although the CRM applied the
    // POST; sent again later with the same key (what the audit outbox does), it is answered
    // from the stored result and still stored once.
    void appliedPostWithEveryAnswerLostIsStoredOnce()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const opc::AuditEvent event
            = opc::makeAuditEvent(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  opc::test::kAgentId, QStringLiteral("test.every-answer-lost"),
                                  QStringLiteral("request"), { QStringLiteral("1") });
        injectFault({ { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                      { QStringLiteral("drop_after_apply"), true } });

        CrmRequest post = opc::test::auditEventPost(event);
        post.maxAttempts = 2;
        const CrmResult lost = call(*agent, post);
        QCOMPARE(lost.attempts, 2);
        QCOMPARE(lost.error.value_or(CrmError {}).kind, ErrorKind::Network);
        QString error;
        QCOMPARE(opc::test::storedEventIds(m_sandbox.url(), &error).count(event.id), 1);

        cleanup(); // the CRM answers again
        const CrmResult again = call(*agent, post);
        QVERIFY2(again.ok(), qPrintable(again.error ? again.error->detail : QString()));
        QCOMPARE(again.attempts, 1);
        QCOMPARE(opc::test::storedEventIds(m_sandbox.url(), &error).count(event.id), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void slowAnswerIsATimeout()
    {
        injectFault(
            meFault({ { QStringLiteral("latency_ms"), 3000 }, { QStringLiteral("times"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        QElapsedTimer clock;
        clock.start();
        const CrmResult result = call(*client, me(1, 500));
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Timeout);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void timeoutIsRetried()
    {
        injectFault(
            meFault({ { QStringLiteral("latency_ms"), 3000 }, { QStringLiteral("times"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult result = call(*client, me(2, 500));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
        QCOMPARE(result.attempts, 2);
    }

    void contextDestroyedMidFlightGetsNothing()
    {
        injectFault(
            meFault({ { QStringLiteral("latency_ms"), 800 }, { QStringLiteral("times"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        auto context = std::make_unique<QObject>();
        auto delivery = start(*client, me(), context.get());
        QTest::qWait(200); // the request is on the wire, the answer still 600 ms away
        context.reset();
        QTest::qWait(1200);
        QCOMPARE(delivery->calls, 0);
    }

    void contextDestroyedWhileWaitingToRetryGetsNothing()
    {
        injectFault(
            meFault({ { QStringLiteral("status"), 429 }, { QStringLiteral("retry_after"), 1 } }));
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        auto context = std::make_unique<QObject>();
        auto delivery = start(*client, me(), context.get());
        QTest::qWait(400); // first 429 is in, the retry is a second away
        context.reset();
        QTest::qWait(1500);
        QCOMPARE(delivery->calls, 0);
    }

    // Stops and restarts the sandbox (keep these last).
    void idleMonitorNoticesTheCrmGoingAway()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        ConnectionMonitor monitor(client.get());
        monitor.setProbeIntervals(100, 400);
        monitor.setHeartbeatInterval(200);
        QSignalSpy changes(&monitor, &ConnectionMonitor::onlineChanged);
        QTest::qWait(600); // several heartbeats against a live CRM: no change
        QVERIFY(monitor.isOnline());
        QCOMPARE(changes.count(), 0);

        const quint16 port = m_sandbox.port();
        m_sandbox.kill();
        // No request of ours: only the heartbeat can notice.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isOnline(), 5000);
        QVERIFY2(startSandbox(port), qPrintable(m_sandbox.error()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isOnline(), 10000);
        QCOMPARE(changes.count(), 2);
    }

    void monitorGoesOfflineAndComesBackByItself()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        ConnectionMonitor monitor(client.get());
        monitor.setProbeIntervals(100, 400);
        monitor.setHeartbeatInterval(0); // only our requests and the probes
        QSignalSpy changes(&monitor, &ConnectionMonitor::onlineChanged);
        QVERIFY(monitor.isOnline());
        QVERIFY(call(*client, me()).ok());
        QCOMPARE(changes.count(), 0);

        const quint16 port = m_sandbox.port();
        m_sandbox.kill();
        const CrmResult down = call(*client, me(2));
        QCOMPARE(down.error.value_or(CrmError {}).kind, ErrorKind::Network);
        QTRY_VERIFY(!monitor.isOnline());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toBool(), false);
        QCOMPARE(monitor.lastError().kind, ErrorKind::Network);
        QVERIFY(!monitor.lastError().message.isEmpty());

        // Probes keep failing while it is down: still offline, no flapping.
        QTest::qWait(800);
        QVERIFY(!monitor.isOnline());
        QCOMPARE(changes.count(), 1);

        // Same port, new process: the monitor notices without any request of ours.
        QVERIFY2(startSandbox(port), qPrintable(m_sandbox.error()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isOnline(), 10000);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1).at(0).toBool(), true);
        QVERIFY(call(*client, me()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCrmClientFaults)
#include "tst_crmclient_faults.moc"
