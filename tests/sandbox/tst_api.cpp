// The contract's rules over real HTTP against an in-process sandbox with the demo data:
// auth, roles, pagination, idempotency, ETag/If-Match, 404/405, rate limit, and the resources.

#include "SandboxTestSupport.h"
#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

class ApiTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    QJsonObject event(const QString &actor, const QString &action = QStringLiteral("test.action"))
    {
        return QJsonObject {
            { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("operation_id"), QStringLiteral("op-1") },
            { QStringLiteral("actor"), actor },
            { QStringLiteral("action"), action },
            { QStringLiteral("entity_type"), QStringLiteral("account") },
            { QStringLiteral("entity_ids"), QJsonArray { QStringLiteral("11") } },
            { QStringLiteral("result"), QStringLiteral("ok") },
            { QStringLiteral("occurred_at"), QStringLiteral("2030-01-01T10:00:00.000Z") },
            { QStringLiteral("app_version"), QStringLiteral("0.1.0") }
        };
    }

    // Every item of a list, following next_cursor; fails the test on any broken page.
    QJsonArray walk(const QString &path, int limit)
    {
        QJsonArray all;
        QString cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const QString separator
                = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
            const Response page
                = m_http->get(path + separator + QStringLiteral("limit=%1").arg(limit) + cursor);
            if (page.status != 200)
                return {};
            const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
            if (items.size() > limit)
                return {};
            for (const QJsonValue &item : items)
                all.append(item);
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            if (next.isNull())
                return all;
            cursor = QStringLiteral("&cursor=") + next.toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        QCOMPARE(m_sandbox->url().host(), QStringLiteral("127.0.0.1"));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void healthNeedsNoToken()
    {
        const Response health = m_http->get(QStringLiteral("/api/v1/health"), {});
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json(),
                 (QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } }));
    }

    void missingOrBadTokenIs401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown token") << QByteArray("Bearer not-a-token");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("basic") << QByteArray("Basic ZGVtbzpkZW1v");
        QTest::newRow("token without scheme") << QByteArray("demo-agent-token");
        QTest::newRow("huge") << QByteArray("Bearer ") + QByteArray(5000, 'x');
    }

    void missingOrBadTokenIs401()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({ "Authorization", authorization });
        for (const QString &path : { QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/leads"),
                                     QStringLiteral("/api/v1/requests/1101") }) {
            const Response response = m_http->send("GET", path, {}, {}, headers);
            QCOMPARE(response.status, 401);
            QVERIFY2(response.isError(QStringLiteral("unauthorized")), response.body.constData());
            QCOMPARE(response.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
    }

    void eachDemoTokenHasItsRole_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("id");
        QTest::newRow("agent") << test::kAgentToken << QStringLiteral("agent")
                               << QStringLiteral("u-agent");
        QTest::newRow("team lead")
            << test::kLeadToken << QStringLiteral("team_lead") << QStringLiteral("u-lead");
        QTest::newRow("admin") << test::kAdminToken << QStringLiteral("admin")
                               << QStringLiteral("u-admin");
    }

    void eachDemoTokenHasItsRole()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, role);
        QFETCH(QString, id);
        const Response me = m_http->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        const QJsonObject user = me.json();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), role);
        QCOMPARE(user.value(QStringLiteral("id")).toString(), id);
        QVERIFY(!user.value(QStringLiteral("login")).toString().isEmpty());
        QVERIFY(!user.value(QStringLiteral("display_name")).toString().isEmpty());
        QCOMPARE(user.keys().size(), 4);
    }

    void walkingAllLeadsMissesAndRepeatsNothing()
    {
        const QJsonArray leads = walk(QStringLiteral("/api/v1/leads"), 7);
        QCOMPARE(leads.size(), 200);
        QSet<qint64> seen;
        qint64 previous = 0;
        for (const QJsonValue &lead : leads) {
            const qint64 id = lead.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(id > previous);
            previous = id;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 200);
        // The same with the largest page: one request, identical content.
        const QJsonArray whole = walk(QStringLiteral("/api/v1/leads"), 200);
        QCOMPARE(whole, leads);
    }

    void leadFiltersCombineWithPagination()
    {
        const QJsonArray free = walk(QStringLiteral("/api/v1/leads?status=free"), 9);
        QVERIFY(free.size() > 10);
        for (const QJsonValue &lead : free) {
            QCOMPARE(lead[QStringLiteral("status")].toString(), QStringLiteral("free"));
            QVERIFY(lead[QStringLiteral("assignee_id")].isNull());
        }
        const QJsonArray mine = walk(QStringLiteral("/api/v1/leads?assignee=me"), 5);
        QVERIFY(!mine.isEmpty());
        for (const QJsonValue &lead : mine)
            QCOMPARE(lead[QStringLiteral("assignee_id")].toString(), QStringLiteral("u-agent"));
        QCOMPARE(walk(QStringLiteral("/api/v1/leads?assignee=none"), 50).size(), free.size());
        const QJsonObject lead = free.first().toObject();
        QVERIFY(lead.value(QStringLiteral("tags")).isArray());
        QVERIFY(lead.value(QStringLiteral("source")).isObject());
        for (const char *key : { "utm_source", "utm_medium", "utm_campaign", "utm_content",
                                 "utm_term", "google_client_id" })
            QVERIFY2(lead.contains(QLatin1String(key)), key);
    }

    void otherListsPaginateToo()
    {
        QCOMPARE(walk(QStringLiteral("/api/v1/deals"), 33).size(), 200);
        const QJsonArray clients = walk(QStringLiteral("/api/v1/partner/clients"), 5);
        QVERIFY(clients.size() >= 10);
        const QJsonArray lines = walk(QStringLiteral("/api/v1/partner/lines"), 4);
        QVERIFY(lines.size() >= 8);
        QCOMPARE(walk(QStringLiteral("/api/v1/students"), 1).size(), 2);
    }

    void badLimitOrCursor_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        for (const char *limit : { "0", "201", "-1", "abc", "1.5", "", "99999999999" })
            QTest::addRow("limit=%s", limit) << QStringLiteral("limit=") + QLatin1String(limit)
                                             << 422 << QStringLiteral("limit");
        QTest::newRow("cursor garbage")
            << QStringLiteral("cursor=garbage") << 400 << QStringLiteral("cursor");
        QTest::newRow("cursor empty")
            << QStringLiteral("cursor=") << 400 << QStringLiteral("cursor");
        QTest::newRow("cursor no number")
            << QStringLiteral("cursor=YzE6") << 400 << QStringLiteral("cursor");
        QTest::newRow("cursor unicode")
            << QStringLiteral("cursor=%D0%BF%D1%80%D0%B8") << 400 << QStringLiteral("cursor");
    }

    void badLimitOrCursor()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        for (const QString &path :
             { QStringLiteral("/api/v1/leads"), QStringLiteral("/api/v1/deals"),
               QStringLiteral("/api/v1/students"), QStringLiteral("/api/v1/partner/lines") }) {
            const Response response = m_http->get(path + QLatin1Char('?') + query);
            QCOMPARE(response.status, status);
            QVERIFY2(response.hasErrorBody(), response.body.constData());
            QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                     field);
        }
    }

    void studentSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("account id") << QStringLiteral("22") << QList<qint64> { 1 };
        QTest::newRow("phone as typed")
            << QStringLiteral("+7 (499) 123-45-67") << QList<qint64> { 1 };
        QTest::newRow("phone part") << QStringLiteral("5551234") << QList<qint64> { 2 };
        QTest::newRow("email any case") << QStringLiteral("KUZNETSOVA.E@") << QList<qint64> { 1 };
        QTest::newRow("cyrillic name, lower case") << QStringLiteral("миша") << QList<qint64> { 1 };
        QTest::newRow("parent's name") << QStringLiteral("Елена") << QList<qint64> { 1 };
        QTest::newRow("adult") << QStringLiteral("Орлов") << QList<qint64> { 2 };
        QTest::newRow("nobody") << QStringLiteral("nobody at all") << QList<qint64> {};
    }

    void studentSearch()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        const Response response
            = m_http->get(QStringLiteral("/api/v1/students?query=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        QCOMPARE(response.status, 200);
        QList<qint64> found;
        for (const QJsonValue &student : response.json().value(QStringLiteral("items")).toArray())
            found.append(student[QStringLiteral("id")].toInteger());
        QCOMPARE(found, ids);
    }

    void seedStudentIsComplete()
    {
        const Response student = m_http->get(QStringLiteral("/api/v1/students/1"));
        QCOMPARE(student.status, 200);
        QVERIFY(!student.header("ETag").isEmpty());
        QVERIFY(student.json().value(QStringLiteral("is_kids")).toBool());
        QMap<qint64, QJsonObject> accounts;
        for (const QJsonValue &account : student.json().value(QStringLiteral("accounts")).toArray())
            accounts.insert(account[QStringLiteral("id")].toInteger(), account.toObject());
        QCOMPARE(accounts.keys(), (QList<qint64> { 11, 12, 21, 22 }));
        QCOMPARE(accounts[11][QStringLiteral("linked_account_id")].toInteger(), 12);
        QCOMPARE(accounts[21][QStringLiteral("linked_account_id")].toInteger(), 22);
        QVERIFY(accounts[12][QStringLiteral("is_empty")].toBool());
        QVERIFY(accounts[21][QStringLiteral("is_empty")].toBool());
        QVERIFY(!accounts[11][QStringLiteral("is_empty")].toBool());
        QVERIFY(!accounts[22][QStringLiteral("is_empty")].toBool());
        QVERIFY(accounts[11][QStringLiteral("login_link_allowed")].toBool());
        QVERIFY(!accounts[22][QStringLiteral("login_link_allowed")].toBool());

        const Response account = m_http->get(QStringLiteral("/api/v1/accounts/11"));
        QCOMPARE(account.status, 200);
        QVERIFY(account.header("ETag").startsWith("\"account-11-"));
        QCOMPARE(account.json().value(QStringLiteral("request_ids")).toArray(),
                 QJsonArray { 1101 });
        QVERIFY(!account.json().value(QStringLiteral("schedule")).toArray().isEmpty());
        bool intro = false;
        for (const QJsonValue &lesson : account.json().value(QStringLiteral("lessons")).toArray())
            intro = intro
                || (lesson[QStringLiteral("kind")] == QStringLiteral("intro")
                    && lesson[QStringLiteral("staff_kind")] == QStringLiteral("methodist"));
        QVERIFY(intro);

        const Response request = m_http->get(QStringLiteral("/api/v1/requests/1101"));
        QCOMPARE(request.status, 200);
        const QJsonObject r = request.json();
        QCOMPARE(r[QStringLiteral("methodist")][QStringLiteral("id")].toInteger(), 501);
        QVERIFY(r[QStringLiteral("price_set")].isObject());
        QVERIFY(r[QStringLiteral("region")].isObject());
        QVERIFY(!r[QStringLiteral("intro_lesson_report")].toString().isEmpty());
        QVERIFY(!r[QStringLiteral("task_after_trial_student")].toString().isEmpty());
        QVERIFY(!r[QStringLiteral("task_after_trial_teacher")].toString().isEmpty());
        QVERIFY(!r[QStringLiteral("comments")].toArray().isEmpty());
        QVERIFY(r[QStringLiteral("status_history")].toArray().size() >= 2);
    }

    void partnerLinesInEveryStatus()
    {
        for (const QString &status :
             { QStringLiteral("active"), QStringLiteral("expiring_7d"),
               QStringLiteral("expiring_30d"), QStringLiteral("expired") }) {
            const QJsonArray lines
                = walk(QStringLiteral("/api/v1/partner/lines?status=") + status, 200);
            QVERIFY2(!lines.isEmpty(), qPrintable(status));
            for (const QJsonValue &line : lines) {
                QCOMPARE(line[QStringLiteral("status")].toString(), status);
                QVERIFY(!line[QStringLiteral("channels")].toArray().isEmpty());
            }
        }
        const QJsonArray kz = walk(QStringLiteral("/api/v1/partner/clients?country=kz"), 200);
        QVERIFY(!kz.isEmpty());
        for (const QJsonValue &client : kz)
            QCOMPARE(client[QStringLiteral("country")].toString(), QStringLiteral("KZ"));
    }

    void patchNeedsFreshIfMatch()
    {
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2101"));
        QCOMPARE(before.status, 200);
        const QByteArray etag = before.header("ETag");
        QVERIFY(etag.startsWith('"'));
        const QByteArray body
            = R"({"status":"intro_scheduled","task_after_trial_teacher":"Same student as 11"})";
        const QList<QPair<QByteArray, QByteArray>> json { { "Content-Type", "application/json" } };

        const Response missing = m_http->send("PATCH", QStringLiteral("/api/v1/requests/2101"),
                                              test::kAgentToken, body, json);
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));

        const Response stale = m_http->send(
            "PATCH", QStringLiteral("/api/v1/requests/2101"), test::kAgentToken, body,
            json + QList<QPair<QByteArray, QByteArray>> { { "If-Match", "\"request-2101-v0\"" } });
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));

        const Response fresh = m_http->send(
            "PATCH", QStringLiteral("/api/v1/requests/2101"), test::kAgentToken, body,
            json + QList<QPair<QByteArray, QByteArray>> { { "If-Match", etag } });
        QCOMPARE(fresh.status, 200);
        const QByteArray newTag = fresh.header("ETag");
        QVERIFY(!newTag.isEmpty());
        QVERIFY(newTag != etag);
        QCOMPARE(fresh.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("intro_scheduled"));
        QCOMPARE(fresh.json().value(QStringLiteral("status_history")).toArray().size(),
                 before.json().value(QStringLiteral("status_history")).toArray().size() + 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/requests/2101")).header("ETag"), newTag);

        // The old tag is stale now: the second writer loses instead of overwriting.
        const Response again
            = m_http->send("PATCH", QStringLiteral("/api/v1/requests/2101"), test::kLeadToken, body,
                           json + QList<QPair<QByteArray, QByteArray>> { { "If-Match", etag } });
        QCOMPARE(again.status, 412);
    }

    void wrongMethodIs405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("PUT me") << QByteArray("PUT") << QStringLiteral("/api/v1/me")
                                << QByteArray("GET");
        QTest::newRow("POST health")
            << QByteArray("POST") << QStringLiteral("/api/v1/health") << QByteArray("GET");
        QTest::newRow("DELETE request")
            << QByteArray("DELETE") << QStringLiteral("/api/v1/requests/1101")
            << QByteArray("GET, PATCH");
        QTest::newRow("PATCH leads")
            << QByteArray("PATCH") << QStringLiteral("/api/v1/leads") << QByteArray("GET");
        QTest::newRow("DELETE audit")
            << QByteArray("DELETE") << QStringLiteral("/api/v1/audit/events")
            << QByteArray("POST, GET");
        QTest::newRow("GET faults")
            << QByteArray("GET") << QStringLiteral("/api/v1/_sandbox/faults")
            << QByteArray("POST, DELETE");
    }

    void wrongMethodIs405WithAllow()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const Response response = m_http->send(method, path, test::kAdminToken, "{}",
                                               { { "Content-Type", "application/json" } });
        QCOMPARE(response.status, 405);
        QVERIFY(response.isError(QStringLiteral("method_not_allowed")));
        QCOMPARE(response.header("Allow"), allow);
    }

    void unknownPathIs404()
    {
        for (const QString &path :
             { QStringLiteral("/"), QStringLiteral("/api/v1"), QStringLiteral("/api/v2/me"),
               QStringLiteral("/api/v1/me/"), QStringLiteral("/api/v1/students/1/extra") }) {
            const Response response = m_http->get(path);
            QCOMPARE(response.status, 404);
            QVERIFY2(response.isError(QStringLiteral("not_found")), qPrintable(path));
        }
    }

    void idempotentPostReplaysExactly()
    {
        const QJsonObject first = event(QStringLiteral("u-agent"));
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const Response created = m_http->post(QStringLiteral("/api/v1/audit/events"), first, key);
        QCOMPARE(created.status, 201);
        const Response replay = m_http->post(QStringLiteral("/api/v1/audit/events"), first, key);
        QCOMPARE(replay.status, 201); // the stored answer, not a new "already stored" 200
        QCOMPARE(replay.body, created.body);
        QCOMPARE(replay.header("Content-Type"), created.header("Content-Type"));

        QJsonObject different = first;
        different.insert(QStringLiteral("action"), QStringLiteral("test.other"));
        const Response reused
            = m_http->post(QStringLiteral("/api/v1/audit/events"), different, key);
        QCOMPARE(reused.status, 422);
        QVERIFY(reused.isError(QStringLiteral("idempotency_key_reused")));
        QCOMPARE(reused.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("Idempotency-Key"));

        // Keys belong to their user: the team lead's same key is a new request.
        const Response other = m_http->post(QStringLiteral("/api/v1/audit/events"),
                                            event(QStringLiteral("u-lead")), key, test::kLeadToken);
        QCOMPARE(other.status, 201);
    }

    void postWithoutIdempotencyKeyIs400()
    {
        const Response audit = m_http->post(QStringLiteral("/api/v1/audit/events"),
                                            event(QStringLiteral("u-agent")), {});
        QCOMPARE(audit.status, 400);
        QVERIFY(audit.isError(QStringLiteral("idempotency_key_required")));
        const Response fault
            = m_http->post(QStringLiteral("/api/v1/_sandbox/faults"),
                           QJsonObject { { QStringLiteral("route"), QStringLiteral("*") },
                                         { QStringLiteral("status"), 500 } },
                           {}, test::kAdminToken);
        QCOMPARE(fault.status, 400);
        QVERIFY(fault.isError(QStringLiteral("idempotency_key_required")));
        const Response tooLong
            = m_http->post(QStringLiteral("/api/v1/audit/events"), event(QStringLiteral("u-agent")),
                           QByteArray(300, 'k'));
        QCOMPARE(tooLong.status, 422);
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
    }

    void rolesAreEnforced()
    {
        const Response agentLog
            = m_http->get(QStringLiteral("/api/v1/audit/events"), test::kAgentToken);
        QCOMPARE(agentLog.status, 403);
        QVERIFY(agentLog.isError(QStringLiteral("forbidden")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/audit/events"), test::kLeadToken).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/audit/events"), test::kAdminToken).status,
                 200);
        for (const QByteArray &token : { test::kAgentToken, test::kLeadToken }) {
            const Response clear
                = m_http->send("DELETE", QStringLiteral("/api/v1/_sandbox/faults"), token);
            QCOMPARE(clear.status, 403);
            QVERIFY(clear.isError(QStringLiteral("forbidden")));
        }
        QCOMPARE(
            m_http->send("DELETE", QStringLiteral("/api/v1/_sandbox/faults"), test::kAdminToken)
                .status,
            200);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        sandbox::SandboxOptions options = test::SandboxThread::demoOptions();
        options.rateLimitPerSecond = 3;
        test::SandboxThread limited(options);
        QString error;
        QVERIFY2(limited.start(&error), qPrintable(error));
        test::Http http(limited.url());
        // Four requests take a few milliseconds on loopback, well inside one second.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 200);
        const Response limitedAnswer = http.get(QStringLiteral("/api/v1/me"));
        QCOMPARE(limitedAnswer.status, 429);
        QVERIFY(limitedAnswer.isError(QStringLiteral("rate_limited")));
        QCOMPARE(limitedAnswer.header("Retry-After"), QByteArray("1"));
        // Per token: another user is not affected.
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), test::kLeadToken).status, 200);
        QTest::qWait(1100);
        QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 200);
    }
};

QTEST_GUILESS_MAIN(ApiTest)
#include "tst_api.moc"
