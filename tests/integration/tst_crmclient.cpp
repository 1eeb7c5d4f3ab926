#include "core/AuditEvent.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc::crm;

// The client against a real crm-sandbox process on a loopback port: statuses, error bodies,
// ETag/If-Match, idempotent POSTs and exactly-once delivery. Faults are in tst_crmclient_faults.
class TestCrmClient final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<opc::test::Delivery> start(CrmClient &client, const CrmRequest &request,
                                               QObject *context = nullptr)
    {
        return opc::test::startCall(client, request, context ? context : this);
    }

    CrmResult call(CrmClient &client, const CrmRequest &request)
    {
        return opc::test::call(client, request, 20000);
    }

    static CrmRequest request(const QByteArray &method, const QString &path,
                              std::optional<QJsonValue> body = std::nullopt)
    {
        CrmRequest r;
        r.method = method;
        r.path = path;
        r.body = std::move(body);
        r.timeoutMs = 10000;
        return r;
    }

    std::unique_ptr<CrmClient> clientFor(const QString &token)
    {
        auto client = opc::test::clientFor(m_sandbox.url(), token);
        return client;
    }

    // The id of a request (заявка) of the demo fixture's example account (seed 000's English
    // account 11), found through the API as the console would.
    QString someRequestId(CrmClient &client)
    {
        const CrmResult account
            = call(client, request("GET", QStringLiteral("/api/v1/accounts/11")));
        const QJsonArray ids = account.body[QLatin1String("request_ids")].toArray();
        return ids.isEmpty() ? QString() : QString::number(ids.first().toInteger());
    }

    opc::test::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo")),
                 qPrintable(m_sandbox.error()));
    }

    void meWithEachDemoToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("role");
        QTest::newRow("agent") << QStringLiteral("demo-agent-token") << QStringLiteral("agent");
        QTest::newRow("team lead")
            << QStringLiteral("demo-lead-token") << QStringLiteral("team_lead");
        QTest::newRow("admin") << QStringLiteral("demo-admin-token") << QStringLiteral("admin");
    }
    void meWithEachDemoToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, role);
        auto client = clientFor(token);
        QVERIFY(client->hasToken());
        const CrmResult result = call(*client, request("GET", QStringLiteral("/api/v1/me")));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.attempts, 1);
        const QJsonObject me = result.body.toObject();
        QCOMPARE(me.value(QStringLiteral("role")).toString(), role);
        QVERIFY(!me.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!me.value(QStringLiteral("login")).toString().isEmpty());
        QVERIFY(!me.value(QStringLiteral("display_name")).toString().isEmpty());
    }

    void wrongTokenIsUnauthorized()
    {
        auto client = clientFor(QStringLiteral("not-a-token"));
        const CrmResult result = call(*client, request("GET", QStringLiteral("/api/v1/me")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ErrorKind::Unauthorized);
        QCOMPARE(result.error->httpStatus, 401);
        QCOMPARE(result.error->code, QStringLiteral("unauthorized"));
        QCOMPARE(result.error->message, errorMessage(ErrorKind::Unauthorized));
        QVERIFY(!result.error->detail.isEmpty());
        // Never retried: a wrong token stays wrong.
        QCOMPARE(result.attempts, 1);
        // The token is nowhere in what a person or a log sees.
        QVERIFY(!result.error->message.contains(QLatin1String("not-a-token")));
        QVERIFY(!result.error->detail.contains(QLatin1String("not-a-token")));
    }

    void missingTokenIsUnauthorized()
    {
        auto client = clientFor(QString());
        QVERIFY(!client->hasToken());
        const CrmResult result = call(*client, request("GET", QStringLiteral("/api/v1/me")));
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Unauthorized);
    }

    void healthNeedsNoToken()
    {
        auto client = clientFor(QString());
        const CrmResult result = call(*client, request("GET", QStringLiteral("/api/v1/health")));
        QVERIFY(result.ok());
        QCOMPARE(result.body.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }

    void unknownEntityIsNotFound()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult result
            = call(*client, request("GET", QStringLiteral("/api/v1/requests/987654321")));
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::NotFound);
        QCOMPARE(result.error->message, errorMessage(ErrorKind::NotFound));
        QCOMPARE(result.attempts, 1);
    }

    void forbiddenForAnAgent()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult result
            = call(*client, request("GET", QStringLiteral("/api/v1/audit/events")));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Forbidden);
    }

    void optimisticConcurrencyOnRequests()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const QString id = someRequestId(*client);
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/v1/requests/%1").arg(id);
        const CrmResult read = call(*client, request("GET", path));
        QVERIFY(read.ok());
        QVERIFY2(!read.etag.isEmpty(), "entity GETs carry an ETag");

        const QJsonObject change {
            { QStringLiteral("intro_lesson_report"),
              QStringLiteral("Went well, %1").arg(QUuid::createUuid().toString()) }
        };

        // No If-Match: 428, and the console is told it is its own fault.
        const CrmResult missing = call(*client, request("PATCH", path, change));
        QCOMPARE(missing.httpStatus, 428);
        QCOMPARE(missing.error.value_or(CrmError {}).kind, ErrorKind::PreconditionRequired);
        QCOMPARE(missing.attempts, 1);

        // The right ETag: applied, and the answer carries the new ETag.
        CrmRequest patch = request("PATCH", path, change);
        patch.ifMatch = read.etag;
        const CrmResult applied = call(*client, patch);
        QVERIFY2(applied.ok(), qPrintable(applied.error ? applied.error->detail : QString()));
        QVERIFY(!applied.etag.isEmpty());
        QVERIFY(applied.etag != read.etag);
        QCOMPARE(applied.body.toObject().value(QStringLiteral("intro_lesson_report")),
                 change.value(QStringLiteral("intro_lesson_report")));

        // The old ETag again, as a second agent who read before the change would: 412.
        const CrmResult stale = call(*client, patch);
        QCOMPARE(stale.httpStatus, 412);
        QCOMPARE(stale.error.value_or(CrmError {}).kind, ErrorKind::PreconditionFailed);
        QCOMPARE(stale.error->message, errorMessage(ErrorKind::PreconditionFailed));
        QCOMPARE(stale.attempts, 1);
    }

    void validationNamesTheField()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        const QString id = someRequestId(*client);
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/v1/requests/%1").arg(id);
        const CrmResult read = call(*client, request("GET", path));
        QVERIFY(read.ok());
        CrmRequest patch = request(
            "PATCH", path, QJsonObject { { QStringLiteral("status"), QStringLiteral("bogus") } });
        patch.ifMatch = read.etag;
        const CrmResult result = call(*client, patch);
        QCOMPARE(result.httpStatus, 422);
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Validation);
        QCOMPARE(result.error->field, QStringLiteral("status"));
        QVERIFY(result.error->message.contains(QLatin1String("status")));
        QVERIFY(!result.error->code.isEmpty());
    }

    void postCarriesOneIdempotencyKeyAndIsStoredOnce()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult me = call(*agent, request("GET", QStringLiteral("/api/v1/me")));
        QVERIFY(me.ok());
        const QString actor = me.body.toObject().value(QStringLiteral("id")).toString();
        const opc::AuditEvent event = opc::makeAuditEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces), actor,
            QStringLiteral("test.idempotency"), QStringLiteral("request"), { QStringLiteral("1") });

        CrmRequest post = request("POST", QStringLiteral("/api/v1/audit/events"), event.toJson());
        post.idempotencyKey = event.id.toUtf8();
        const CrmResult first = call(*agent, post);
        QVERIFY2(first.ok(), qPrintable(first.error ? first.error->detail : QString()));
        // The same delivery again (a replay after a crash): answered, not stored again.
        const CrmResult replay = call(*agent, post);
        QVERIFY2(replay.ok(), qPrintable(replay.error ? replay.error->detail : QString()));
        QCOMPARE(replay.httpStatus, first.httpStatus);

        auto lead = clientFor(QStringLiteral("demo-lead-token"));
        int stored = 0;
        CrmRequest list = request("GET", QStringLiteral("/api/v1/audit/events"));
        list.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        for (;;) {
            const CrmResult page = call(*lead, list);
            QVERIFY2(page.ok(), qPrintable(page.error ? page.error->detail : QString()));
            for (const QJsonValue &item : page.body[QLatin1String("items")].toArray()) {
                if (item[QLatin1String("id")].toString() == event.id)
                    ++stored;
            }
            const QJsonValue next = page.body[QLatin1String("next_cursor")];
            if (!next.isString())
                break;
            list.query.removeAllQueryItems(QStringLiteral("cursor"));
            list.query.addQueryItem(QStringLiteral("cursor"), next.toString());
        }
        QCOMPARE(stored, 1);
    }

    void postWithoutKeyGetsOne()
    {
        // The sandbox answers 400 to a POST without Idempotency-Key; the client always adds one.
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult me = call(*agent, request("GET", QStringLiteral("/api/v1/me")));
        const opc::AuditEvent event = opc::makeAuditEvent(
            QStringLiteral("op"), me.body[QLatin1String("id")].toString(),
            QStringLiteral("test.key"), QStringLiteral("request"), { QStringLiteral("1") });
        const CrmResult result
            = call(*agent, request("POST", QStringLiteral("/api/v1/audit/events"), event.toJson()));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->detail : QString()));
    }

    // rawBody: a 2xx answer's bytes exactly as the sandbox sent them, nothing parsed; the same
    // request without it parses to the same JSON.
    void rawBodyIsTheBytesAsSent()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        const CrmResult me = call(*agent, request("GET", QStringLiteral("/api/v1/me")));
        QVERIFY(me.ok());
        opc::AuditEvent event = opc::makeAuditEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            me.body[QLatin1String("id")].toString(), QStringLiteral("test.raw"),
            QStringLiteral("request"), { QStringLiteral("1") });
        event.message = QStringLiteral("Клиент: \"да\", 👍\r\n\\ конец");
        CrmRequest post = request("POST", QStringLiteral("/api/v1/audit/events"), event.toJson());
        post.idempotencyKey = event.id.toUtf8();
        QVERIFY(call(*agent, post).ok());

        auto lead = clientFor(QStringLiteral("demo-lead-token"));
        CrmRequest list = request("GET", QStringLiteral("/api/v1/audit/events"));
        list.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        list.query.addQueryItem(QStringLiteral("with_total"), QStringLiteral("true"));
        list.rawBody = true;
        const CrmResult raw = call(*lead, list);
        QVERIFY2(raw.ok(), qPrintable(raw.error ? raw.error->detail : QString()));
        QCOMPARE(raw.httpStatus, 200);
        QVERIFY(raw.body.isNull());
        // As JSON text: the quotes escaped, the Cyrillic as UTF-8.
        QVERIFY(raw.rawBody.contains(QStringLiteral("Клиент: \\\"да\\\"").toUtf8()));

        // The same GET without the client: the bytes the sandbox sends.
        QUrl url = m_sandbox.url();
        url.setPath(list.path);
        url.setQuery(list.query);
        QNetworkRequest direct(url);
        direct.setRawHeader("Authorization", "Bearer demo-lead-token");
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(direct);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(raw.rawBody, reply->readAll());
        delete reply;

        list.rawBody = false;
        const CrmResult parsed = call(*lead, list);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.rawBody.isEmpty());
        QCOMPARE(parsed.body.toObject(), QJsonDocument::fromJson(raw.rawBody).object());
        bool found = false;
        for (const QJsonValue &item : parsed.body[QLatin1String("items")].toArray())
            found = found || item[QLatin1String("message")].toString() == event.message;
        QVERIFY(found);
    }

    // Errors are parsed as without rawBody: the same CrmError, no bytes.
    void rawBodyErrorsAreStillCrmErrors()
    {
        auto agent = clientFor(QStringLiteral("demo-agent-token"));
        CrmRequest list = request("GET", QStringLiteral("/api/v1/audit/events"));
        list.rawBody = true;
        const CrmResult forbidden = call(*agent, list);
        QCOMPARE(forbidden.httpStatus, 403);
        QCOMPARE(forbidden.error.value_or(CrmError {}).kind, ErrorKind::Forbidden);
        QCOMPARE(forbidden.error->code, QStringLiteral("forbidden"));
        QCOMPARE(forbidden.error->message, errorMessage(ErrorKind::Forbidden));
        QVERIFY(forbidden.rawBody.isEmpty());
        QCOMPARE(forbidden.attempts, 1);

        auto lead = clientFor(QStringLiteral("demo-lead-token"));
        list.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
        const CrmResult invalid = call(*lead, list);
        list.rawBody = false;
        const CrmResult invalidParsed = call(*lead, list);
        QCOMPARE(invalid.httpStatus, 422);
        QCOMPARE(invalid.error.value_or(CrmError {}).kind, ErrorKind::Validation);
        QCOMPARE(invalid.error->field, QStringLiteral("limit"));
        QCOMPARE(invalid.error->message, invalidParsed.error.value_or(CrmError {}).message);
        QCOMPARE(invalid.error->detail, invalidParsed.error->detail);
        QVERIFY(invalid.rawBody.isEmpty());
    }

    void deliveredExactlyOnceAndNeverInsideSend()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        auto delivery = start(*client, request("GET", QStringLiteral("/api/v1/me")));
        QCOMPARE(delivery->calls, 0); // never synchronously, even for fast answers
        QTRY_COMPARE_WITH_TIMEOUT(delivery->calls, 1, 20000);
        QTest::qWait(300);
        QCOMPARE(delivery->calls, 1);

        // An error without any network (no URL) also comes later, once.
        CrmClient unconfigured;
        auto failed = start(unconfigured, request("GET", QStringLiteral("/api/v1/me")));
        QCOMPARE(failed->calls, 0);
        QTRY_COMPARE(failed->calls, 1);
        QCOMPARE(failed->result.error.value_or(CrmError {}).kind, ErrorKind::Network);
        QTest::qWait(100);
        QCOMPARE(failed->calls, 1);
    }

    void nothingDeliveredToADestroyedContext()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        auto context = std::make_unique<QObject>();
        auto delivery = start(*client, request("GET", QStringLiteral("/api/v1/me")), context.get());
        context.reset(); // before the answer can have arrived: it is processed in the event loop
        // A later request on the same connection finishing proves the first had its chance.
        QCOMPARE(call(*client, request("GET", QStringLiteral("/api/v1/health"))).httpStatus, 200);
        QTest::qWait(300);
        QCOMPARE(delivery->calls, 0);
    }

    void destroyingTheClientDeliversNothingAndDoesNotCrash()
    {
        auto client = clientFor(QStringLiteral("demo-agent-token"));
        auto delivery = start(*client, request("GET", QStringLiteral("/api/v1/me")));
        client.reset();
        QTest::qWait(300);
        QCOMPARE(delivery->calls, 0);
    }

    void baseUrlWithPathAndQuery()
    {
        // A base URL with a trailing slash and a query string is joined correctly.
        CrmClient client;
        QUrl base = m_sandbox.url();
        base.setPath(QStringLiteral("/"));
        client.setBaseUrl(base);
        client.setToken(QStringLiteral("demo-lead-token"));
        CrmRequest list = request("GET", QStringLiteral("/api/v1/audit/events"));
        list.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
        const CrmResult result = call(client, list);
        // limit=0 reached the server as a query parameter: it is rejected naming the field.
        QCOMPARE(result.error.value_or(CrmError {}).kind, ErrorKind::Validation);
        QCOMPARE(result.error->field, QStringLiteral("limit"));
    }
};

QTEST_GUILESS_MAIN(TestCrmClient)
#include "tst_crmclient.moc"
