// Malformed input at every endpoint: each answer has the right status and the contract's error
// body, and the server keeps answering afterwards.

#include "SandboxTestSupport.h"
#include "sandbox/FaultInjector.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

class BadInputTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    void verifyStillServing()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/health"), {}).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // "-": not checked; "": null

        const QByteArray json = "application/json";
        const QString skip = QStringLiteral("-");
        // Ids that name nothing.
        for (const char *id :
             { "abc", "-1", "0x10", "1e5", "99999999999999999999999", "9223372036854775807",
               "%F0%9F%98%80", "%00", "12%2F13", "%D0%B8%D0%B4", " 11" }) {
            for (const char *resource : { "students", "accounts", "requests", "leads" }) {
                QTest::addRow("GET %s/%s", resource, id)
                    << QByteArray("GET")
                    << QStringLiteral("/api/v1/%1/%2")
                           .arg(QLatin1String(resource), QLatin1String(id))
                    << QByteArray() << QByteArray() << 404 << QStringLiteral("not_found") << skip;
            }
        }
        QTest::newRow("GET student missing")
            << QByteArray("GET") << QStringLiteral("/api/v1/students/424242") << QByteArray()
            << QByteArray() << 404 << QStringLiteral("not_found") << skip;
        QTest::newRow("PATCH request abc")
            << QByteArray("PATCH") << QStringLiteral("/api/v1/requests/abc") << json
            << QByteArray("{}") << 404 << QStringLiteral("not_found") << skip;
        // Query parameters.
        QTest::newRow("students long query")
            << QByteArray("GET")
            << QStringLiteral("/api/v1/students?query=") + QString(201, QLatin1Char('x'))
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("query");
        QTest::newRow("leads bad status")
            << QByteArray("GET") << QStringLiteral("/api/v1/leads?status=open") << QByteArray()
            << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("status");
        QTest::newRow("leads empty assignee")
            << QByteArray("GET") << QStringLiteral("/api/v1/leads?assignee=") << QByteArray()
            << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("assignee");
        QTest::newRow("leads bad cursor")
            << QByteArray("GET") << QStringLiteral("/api/v1/leads?cursor=%25%25%25") << QByteArray()
            << QByteArray() << 400 << QStringLiteral("invalid_cursor") << QStringLiteral("cursor");
        QTest::newRow("deals huge limit")
            << QByteArray("GET") << QStringLiteral("/api/v1/deals?limit=99999999999999999999")
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("limit");
        QTest::newRow("clients bad country")
            << QByteArray("GET") << QStringLiteral("/api/v1/partner/clients?country=RUS")
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("country");
        QTest::newRow("clients unicode country")
            << QByteArray("GET") << QStringLiteral("/api/v1/partner/clients?country=%F0%9F%98%80")
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("country");
        QTest::newRow("lines bad status")
            << QByteArray("GET") << QStringLiteral("/api/v1/partner/lines?status=soon")
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("status");
        QTest::newRow("lines bad client")
            << QByteArray("GET") << QStringLiteral("/api/v1/partner/lines?client_id=x")
            << QByteArray() << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("client_id");
        QTest::newRow("audit bad limit")
            << QByteArray("GET") << QStringLiteral("/api/v1/audit/events?limit=0") << QByteArray()
            << QByteArray() << 422 << QStringLiteral("validation_failed")
            << QStringLiteral("limit");
        // PATCH bodies ({etag} is replaced by the request's current ETag).
        const QString request = QStringLiteral("/api/v1/requests/1101");
        QTest::newRow("PATCH garbage")
            << QByteArray("PATCH") << request << json << QByteArray("{{{ not json") << 400
            << QStringLiteral("malformed_json") << skip;
        QTest::newRow("PATCH empty body") << QByteArray("PATCH") << request << json << QByteArray()
                                          << 400 << QStringLiteral("malformed_json") << skip;
        QTest::newRow("PATCH array") << QByteArray("PATCH") << request << json << QByteArray("[]")
                                     << 400 << QStringLiteral("body_not_object") << skip;
        QTest::newRow("PATCH string")
            << QByteArray("PATCH") << request << json << QByteArray("\"status\"") << 400
            << QStringLiteral("malformed_json") << skip;
        QTest::newRow("PATCH text/plain")
            << QByteArray("PATCH") << request << QByteArray("text/plain")
            << QByteArray("{\"status\":\"new\"}") << 400
            << QStringLiteral("unsupported_content_type") << skip;
        QTest::newRow("PATCH no content type")
            << QByteArray("PATCH") << request << QByteArray() << QByteArray("{\"status\":\"new\"}")
            << 400 << QStringLiteral("unsupported_content_type") << skip;
        QTest::newRow("PATCH nothing") << QByteArray("PATCH") << request << json << QByteArray("{}")
                                       << 422 << QStringLiteral("validation_failed") << QString();
        QTest::newRow("PATCH status number")
            << QByteArray("PATCH") << request << json << QByteArray("{\"status\":5}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("status");
        QTest::newRow("PATCH status unknown")
            << QByteArray("PATCH") << request << json << QByteArray("{\"status\":\"purple\"}")
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("status");
        QTest::newRow("PATCH duplicate text")
            << QByteArray("PATCH") << request << json << QByteArray("{\"is_duplicate\":\"yes\"}")
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("is_duplicate");
        QTest::newRow("PATCH price set text")
            << QByteArray("PATCH") << request << json << QByteArray("{\"price_set_id\":\"1\"}")
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("price_set_id");
        QTest::newRow("PATCH price set fraction")
            << QByteArray("PATCH") << request << json << QByteArray("{\"price_set_id\":1.5}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("price_set_id");
        QTest::newRow("PATCH price set missing")
            << QByteArray("PATCH") << request << json << QByteArray("{\"price_set_id\":9999}")
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("price_set_id");
        QTest::newRow("PATCH region huge")
            << QByteArray("PATCH") << request << json << QByteArray("{\"region_id\":1e300}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("region_id");
        QTest::newRow("PATCH report null")
            << QByteArray("PATCH") << request << json
            << QByteArray("{\"intro_lesson_report\":null}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("intro_lesson_report");
        QTest::newRow("PATCH report object")
            << QByteArray("PATCH") << request << json
            << QByteArray("{\"task_after_trial_student\":{}}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("task_after_trial_student");
        QTest::newRow("PATCH report too long")
            << QByteArray("PATCH") << request << json
            << "{\"intro_lesson_report\":\"" + QByteArray(30000, 'a') + "\"}" << 422
            << QStringLiteral("validation_failed") << QStringLiteral("intro_lesson_report");
        QTest::newRow("PATCH read-only field")
            << QByteArray("PATCH") << request << json << QByteArray("{\"account_id\":12}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("account_id");
        QTest::newRow("PATCH deep nesting")
            << QByteArray("PATCH") << request << json << QByteArray(5000, '[') << 400
            << QStringLiteral("malformed_json") << skip;
        // POST bodies.
        const QString audit = QStringLiteral("/api/v1/audit/events");
        QTest::newRow("audit garbage")
            << QByteArray("POST") << audit << json << QByteArray("\xff\xfe garbage") << 400
            << QStringLiteral("malformed_json") << skip;
        QTest::newRow("audit empty") << QByteArray("POST") << audit << json << QByteArray() << 400
                                     << QStringLiteral("malformed_json") << skip;
        QTest::newRow("audit array") << QByteArray("POST") << audit << json << QByteArray("[1,2]")
                                     << 400 << QStringLiteral("body_not_object") << skip;
        QTest::newRow("audit form")
            << QByteArray("POST") << audit << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("a=b") << 400 << QStringLiteral("unsupported_content_type") << skip;
        QTest::newRow("audit empty object")
            << QByteArray("POST") << audit << json << QByteArray("{}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("id");
        QTest::newRow("audit id number")
            << QByteArray("POST") << audit << json << QByteArray("{\"id\":5}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("id");
        QTest::newRow("audit megabyte")
            << QByteArray("POST") << audit << json << QByteArray(1 << 20, 'a') << 400
            << QStringLiteral("malformed_json") << skip;
        const QString faults = QStringLiteral("/api/v1/_sandbox/faults");
        QTest::newRow("faults garbage")
            << QByteArray("POST") << faults << json << QByteArray("nope") << 400
            << QStringLiteral("malformed_json") << skip;
        QTest::newRow("faults route number")
            << QByteArray("POST") << faults << json << QByteArray("{\"route\":5,\"status\":500}")
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("route");
        QTest::newRow("faults unicode route")
            << QByteArray("POST") << faults << json
            << QByteArray("{\"route\":\"GET /api/v1/\xd0\xbc\xd0\xb5\",\"status\":500}") << 422
            << QStringLiteral("validation_failed") << QStringLiteral("route");
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({ "Content-Type", contentType });
        if (method == "POST")
            headers.append(
                { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) });
        if (method == "PATCH") {
            const Response current = m_http->get(QStringLiteral("/api/v1/requests/1101"));
            headers.append({ "If-Match", current.header("ETag") });
        }
        const Response response = m_http->send(method, path, test::kAdminToken, body, headers);
        QCOMPARE(response.status, status);
        QVERIFY2(response.isError(code), response.body.left(300).constData());
        if (field != QLatin1String("-")) {
            const QJsonValue actual
                = response.json()[QStringLiteral("error")][QStringLiteral("field")];
            QCOMPARE(actual.isNull() ? QString() : actual.toString(), field);
        }
        QVERIFY(m_sandbox->server().faults().rules().isEmpty());
        verifyStillServing();
    }

    void unicodeIsStoredAndReturnedIntact()
    {
        const QString text = QStringLiteral("Привет 😀 \u00e9\u0301 — \"quoted\" \\ back\tslash");
        const Response current = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("task_after_trial_teacher"), text } })
                  .toJson();
        const Response changed = m_http->send(
            "PATCH", QStringLiteral("/api/v1/requests/2201"), test::kAgentToken, body,
            { { "Content-Type", "application/json; charset=utf-8" },
              { "If-Match", current.header("ETag") } });
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("task_after_trial_teacher")).toString(), text);
        const Response search
            = m_http->get(QStringLiteral("/api/v1/students?query=%F0%9F%98%80%00"));
        QCOMPARE(search.status, 200);
        verifyStillServing();
    }

    void rawGarbageDoesNotKillTheServer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8);
        QTest::newRow("not http") << QByteArray("HELLO WORLD\r\n\r\n");
        QTest::newRow("bad version") << QByteArray("GET /api/v1/health HTTP/9.9\r\n\r\n");
        QTest::newRow("huge header")
            << "GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(200000, 'x') + "\r\n\r\n";
        QTest::newRow("short body") << QByteArray("POST /api/v1/audit/events HTTP/1.1\r\nHost: "
                                                  "x\r\nContent-Length: 100000\r\n\r\n{\"id\":");
        QTest::newRow("unknown method")
            << QByteArray("BREW /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("absolute uri")
            << QByteArray("GET http://evil.example/api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    }

    void rawGarbageDoesNotKillTheServer()
    {
        QFETCH(QByteArray, bytes);
        bool closed = false;
        test::rawExchange(m_sandbox->port(), bytes, 300, &closed);
        verifyStillServing();
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_badinput.moc"
