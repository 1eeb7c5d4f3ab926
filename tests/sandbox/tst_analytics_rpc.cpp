// The analytics JSON-RPC endpoint (POST /api/v1/analytics/rpc, app/sandbox/AnalyticsApi.cpp)
// over real HTTP on loopback: the exact shapes of seed 004 (create.sales_funnel,
// get.sales_funnel, create.deal_employees, create.deal_contacts, upload.deals_history and
// result.metadata.limits), the per-minute and per-day limits (429 + Retry-After + JSON-RPC
// -32029), batches and notifications, every JSON-RPC error, the HTTP rules of the contract and
// sandbox.get_received. Each test gets a fresh in-process sandbox with small limits and short
// windows.

#include "SandboxTestSupport.h"
#include "sandbox/AnalyticsState.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

namespace {

const QString kPath = QStringLiteral("/api/v1/analytics/rpc");
const QString kToken = QString::fromLatin1(test::kAgentToken);

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject call(const QString &method, QJsonObject params, const QJsonValue &id = 1)
{
    if (!params.contains(QStringLiteral("access_token")))
        params.insert(QStringLiteral("access_token"), kToken);
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                         { QStringLiteral("id"), id },
                         { QStringLiteral("method"), method },
                         { QStringLiteral("params"), params } };
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The request of seed 004 §1.1, word for word (but the access token).
QJsonObject seedFunnel()
{
    return parse(R"({
      "ext_id": "1",
      "name": "Основная воронка",
      "stages": {
        "success": { "ext_id": "1000", "name": "Успешно реализовано" },
        "failed": { "ext_id": "10001", "name": "Сделка провалена" },
        "in_process": [
          { "ext_id": "1", "name": "Новая сделка", "order": 10 },
          { "ext_id": "2", "name": "Подготовка Документов", "order": 20 },
          { "ext_id": "3", "name": "Счет на предоплату", "order": 30 },
          { "ext_id": "4", "name": "Финальный счет", "order": 40 }
        ]
      }
    })");
}

// Seed 004 §1.3's contacts.
QJsonObject seedContacts()
{
    return parse(R"({
      "contacts": [
        { "ext_id": "CID_0001", "name": "Оловянный Олег", "created_date_time": "2019-08-02 21:00:01",
          "phone_numbers": ["79000000000", "79000000001"],
          "emails": ["test@example.com", "test2@example.com"] },
        { "ext_id": "CID_0002", "name": "Петрович", "created_date_time": "2019-08-03 12:15:00",
          "phone_numbers": ["79000000003"], "emails": ["test3@example.com"] },
        { "ext_id": "CID_0003", "name": "Новый клиент", "created_date_time": "2019-08-10 10:40:50",
          "phone_numbers": ["79000000004"] }
      ]
    })");
}

// Seed 004 §2's first deal (its funnel and stage ids made those of seedFunnel()): two entries.
QJsonObject seedHistory()
{
    return parse(R"({
      "deals": [
        { "ext_id": "DID_0001", "name": "Продажа аннигиляторной пушки",
          "created_date_time": "2019-08-15 07:07:00", "modified_date_time": "2019-08-15 07:07:00",
          "modified_stage_date_time": "2019-08-15 07:07:00", "contact_ext_ids": ["CID_0001"],
          "main_contact_ext_id": "CID_0001", "employee_ext_id": "EID_0007",
          "sales_funnel_ext_id": "1", "stage_ext_id": "1", "comments": "Супер сделка" },
        { "ext_id": "DID_0001", "name": "Продажа аннигиляторной пушки",
          "created_date_time": "2019-08-15 07:07:00", "modified_date_time": "2019-08-16 07:07:00",
          "modified_stage_date_time": "2019-08-16 07:07:00", "contact_ext_ids": ["CID_0001"],
          "main_contact_ext_id": "CID_0001", "employee_ext_id": "EID_0007",
          "sales_funnel_ext_id": "1", "revenue": 5000, "stage_ext_id": "2",
          "comments": "Супер сделка", "is_generated": true },
        { "ext_id": "DID_0001", "name": "Продажа аннигиляторной пушки",
          "created_date_time": "2019-08-15 07:07:00", "closed_date_time": "2019-08-19 10:07:00",
          "modified_date_time": "2019-08-19 10:07:00",
          "modified_stage_date_time": "2019-08-19 10:07:00", "contact_ext_ids": ["CID_0001"],
          "main_contact_ext_id": "CID_0001", "sales_funnel_ext_id": "1",
          "stage_ext_id": "1000", "comments": "Супер сделка" }
      ]
    })");
}

const QStringList kLimitKeys { QStringLiteral("day_limit"),        QStringLiteral("day_remaining"),
                               QStringLiteral("day_reset"),        QStringLiteral("minute_limit"),
                               QStringLiteral("minute_remaining"), QStringLiteral("minute_reset") };

} // namespace

class AnalyticsRpcTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    bool startSandbox(int perMinute, int perDay, int minuteSeconds = 60, int daySeconds = 86400)
    {
        m_http.reset();
        m_sandbox.reset();
        sandbox::SandboxOptions options = test::SandboxThread::demoOptions();
        options.analytics.perMinute = perMinute;
        options.analytics.perDay = perDay;
        options.analytics.minuteSeconds = minuteSeconds;
        options.analytics.daySeconds = daySeconds;
        m_sandbox = std::make_unique<test::SandboxThread>(options);
        QString error;
        if (!m_sandbox->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_http = std::make_unique<test::Http>(m_sandbox->url());
        return true;
    }

    // POSTs raw bytes as JSON with a new Idempotency-Key.
    Response postRaw(const QByteArray &body, const QByteArray &key = newKey(),
                     const QByteArray &token = test::kAgentToken)
    {
        return m_http->send("POST", kPath, token, body,
                            { { "Content-Type", "application/json" }, { "Idempotency-Key", key } });
    }

    Response rpc(const QJsonValue &request, const QByteArray &key = newKey())
    {
        return postRaw(compact(request), key);
    }

    QJsonObject received()
    {
        const Response response = rpc(
            QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                          { QStringLiteral("id"), QStringLiteral("r") },
                          { QStringLiteral("method"), QStringLiteral("sandbox.get_received") } });
        return response.json()[QStringLiteral("result")][QStringLiteral("data")].toObject();
    }

    static QJsonObject errorOf(const Response &response)
    {
        return response.json().value(QStringLiteral("error")).toObject();
    }

    // The JSON-RPC error of `request`: HTTP 200, the id, the code, data.field when given.
    void expectError(const QJsonValue &request, int code, const QJsonValue &id,
                     const QString &field = {}, const QString &mnemonic = {})
    {
        const Response response = rpc(request);
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QVERIFY2(!body.contains(QStringLiteral("result")), response.body.constData());
        QCOMPARE(body.value(QStringLiteral("id")), id);
        const QJsonObject error = errorOf(response);
        QVERIFY2(error.value(QStringLiteral("code")).toInt() == code, response.body.constData());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(error[QStringLiteral("data")][QStringLiteral("field")].toString(), field);
        if (!mnemonic.isEmpty())
            QCOMPARE(error[QStringLiteral("data")][QStringLiteral("mnemonic")].toString(),
                     mnemonic);
    }

private Q_SLOTS:
    void parsesTheLimitsOption()
    {
        sandbox::AnalyticsLimitOptions options;
        QVERIFY(sandbox::parseAnalyticsLimits(QStringLiteral("20/500"), &options));
        QCOMPARE(options.perMinute, 20);
        QCOMPARE(options.perDay, 500);
        QCOMPARE(options.minuteSeconds, 60);
        for (const char *bad : { "", "20", "20/", "/500", "0/5", "5/0", "a/b", "20/500/1", "-1/5",
                                 "20 / 500", "99999999/1" }) {
            sandbox::AnalyticsLimitOptions untouched;
            QVERIFY2(!sandbox::parseAnalyticsLimits(QString::fromLatin1(bad), &untouched), bad);
            QCOMPARE(untouched.perMinute, 200);
            QCOMPARE(untouched.perDay, 3500);
        }
    }

    void seedShapesRoundTrip()
    {
        QVERIFY(startSandbox(200, 3500));
        // create.sales_funnel: the seed's answer, limits and all.
        Response response = rpc(call(QStringLiteral("create.sales_funnel"), seedFunnel()));
        QCOMPARE(response.status, 200);
        QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(body.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(body[QStringLiteral("result")][QStringLiteral("data")].toObject(),
                 (QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("1") } }));
        const QJsonObject limits
            = body[QStringLiteral("result")][QStringLiteral("metadata")][QStringLiteral("limits")]
                  .toObject();
        QCOMPARE(QStringList(limits.keys()), kLimitKeys);
        QCOMPARE(limits.value(QStringLiteral("minute_limit")).toInt(), 200);
        QCOMPARE(limits.value(QStringLiteral("minute_remaining")).toInt(), 199);
        QCOMPARE(limits.value(QStringLiteral("day_limit")).toInt(), 3500);
        QCOMPARE(limits.value(QStringLiteral("day_remaining")).toInt(), 3499);
        QVERIFY(limits.value(QStringLiteral("minute_reset")).toInt() >= 1);
        QVERIFY(limits.value(QStringLiteral("minute_reset")).toInt() <= 60);
        QVERIFY(limits.value(QStringLiteral("day_reset")).toInt() > 86000);

        // get.sales_funnel: the seed's answer, success and failed after the in-process stages.
        response = rpc(call(QStringLiteral("get.sales_funnel"),
                            parse(R"({"filter":{"field":"ext_id","operator":"=","value":"1"}})"),
                            QStringLiteral("number")));
        body = response.json();
        QCOMPARE(body.value(QStringLiteral("id")).toString(), QStringLiteral("number"));
        const QJsonObject result = body.value(QStringLiteral("result")).toObject();
        QCOMPARE(result[QStringLiteral("metadata")][QStringLiteral("total_items")].toInt(), 1);
        QCOMPARE(result[QStringLiteral("metadata")][QStringLiteral("limits")]
                       [QStringLiteral("minute_remaining")]
                           .toInt(),
                 198);
        const QJsonArray funnels = result.value(QStringLiteral("data")).toArray();
        QCOMPARE(funnels.size(), 1);
        const QJsonArray stages = funnels.at(0)[QStringLiteral("stages")].toArray();
        QCOMPARE(stages.size(), 6);
        QCOMPARE(stages.at(0).toObject(), parse(R"({"stage_name":"Новая сделка","stage_ext_id":"1",
                           "stage_status":"in_process","stage_order":10})"));
        QCOMPARE(stages.at(4).toObject(),
                 parse(R"({"stage_name":"Успешно реализовано","stage_ext_id":"1000",
                           "stage_status":"success","stage_order":10010})"));
        QCOMPARE(stages.at(5).toObject(),
                 parse(R"({"stage_name":"Сделка провалена","stage_ext_id":"10001",
                           "stage_status":"failed","stage_order":10020})"));
        QCOMPARE(funnels.at(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("Основная воронка"));
        // A filter that matches nothing.
        response = rpc(call(QStringLiteral("get.sales_funnel"),
                            parse(R"({"filter":{"field":"name","operator":"=","value":"x"}})")));
        QCOMPARE(response.json()[QStringLiteral("result")][QStringLiteral("data")].toArray().size(),
                 0);

        // create.deal_employees, as the seed's two requests (string ids).
        for (const auto &[requestId, extId, name] :
             { std::tuple { "1", "EID_0007", "Иванов" },
               std::tuple { "2", "EBdfID_0008", "Сидоров" } }) {
            response
                = rpc(call(QStringLiteral("create.deal_employees"),
                           QJsonObject { { QStringLiteral("ext_id"), QString::fromUtf8(extId) },
                                         { QStringLiteral("name"), QString::fromUtf8(name) } },
                           QString::fromLatin1(requestId)));
            QCOMPARE(response.json().value(QStringLiteral("id")).toString(),
                     QString::fromLatin1(requestId));
            QCOMPARE(response.json()[QStringLiteral("result")][QStringLiteral("data")].toObject(),
                     (QJsonObject { { QStringLiteral("ext_id"), QString::fromUtf8(extId) } }));
        }

        response = rpc(call(QStringLiteral("create.deal_contacts"), seedContacts()));
        QCOMPARE(
            response
                .json()[QStringLiteral("result")][QStringLiteral("data")][QStringLiteral("ext_ids")]
                .toArray(),
            (QJsonArray { QStringLiteral("CID_0001"), QStringLiteral("CID_0002"),
                          QStringLiteral("CID_0003") }));

        response = rpc(call(QStringLiteral("upload.deals_history"), seedHistory()));
        QCOMPARE(response.status, 200);
        const QJsonObject uploaded
            = response.json()[QStringLiteral("result")][QStringLiteral("data")].toObject();
        QCOMPARE(uploaded.value(QStringLiteral("ext_ids")).toArray(),
                 QJsonArray { QStringLiteral("DID_0001") });
        QCOMPARE(uploaded.value(QStringLiteral("records")).toInt(), 3);
        QCOMPARE(response
                     .json()[QStringLiteral("result")][QStringLiteral("metadata")]
                            [QStringLiteral("limits")][QStringLiteral("minute_remaining")]
                     .toInt(),
                 200 - 7);

        // What arrived, as tests see it.
        const QJsonObject got = received();
        QCOMPARE(got.value(QStringLiteral("funnels")).toArray().size(), 1);
        QCOMPARE(got.value(QStringLiteral("employees")).toArray().size(), 2);
        QCOMPARE(got.value(QStringLiteral("contacts")).toArray().size(), 3);
        const QJsonObject contact
            = got.value(QStringLiteral("contacts")).toArray().at(0).toObject();
        QCOMPARE(contact.value(QStringLiteral("phone_numbers")).toArray().size(), 2);
        QCOMPARE(contact.value(QStringLiteral("received")).toInt(), 1);
        const QJsonArray deals = got.value(QStringLiteral("deals")).toArray();
        QCOMPARE(deals.size(), 1);
        const QJsonArray history = deals.at(0)[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1)[QStringLiteral("is_generated")].toBool(), true);
        QCOMPARE(history.at(1)[QStringLiteral("revenue")].toInt(), 5000);
        QCOMPARE(history.at(2)[QStringLiteral("stage_ext_id")].toString(), QStringLiteral("1000"));
        for (const QJsonValue &entry : history)
            QCOMPARE(entry[QStringLiteral("received")].toInt(), 1);
        QCOMPARE(deals.at(0)[QStringLiteral("stage_ext_id")].toString(), QStringLiteral("1000"));
        const QJsonArray calls = got.value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), 7); // sandbox.get_received itself is not counted
        QCOMPARE(calls.at(6)[QStringLiteral("method")].toString(),
                 QStringLiteral("upload.deals_history"));
        QCOMPARE(calls.at(6)[QStringLiteral("items")].toInt(), 3);
        QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 0);

        // The same entry again replaces it and counts as received twice.
        QJsonObject again = seedHistory();
        QJsonArray first { again.value(QStringLiteral("deals")).toArray().at(0) };
        again.insert(QStringLiteral("deals"), first);
        QCOMPARE(rpc(call(QStringLiteral("upload.deals_history"), again)).status, 200);
        const QJsonArray after = received()[QStringLiteral("deals")]
                                     .toArray()
                                     .at(0)[QStringLiteral("history")]
                                     .toArray();
        QCOMPARE(after.size(), 3);
        int twice = 0;
        for (const QJsonValue &entry : after)
            twice += entry[QStringLiteral("received")].toInt() == 2 ? 1 : 0;
        QCOMPARE(twice, 1);
    }

    void perMinuteLimitIsEnforcedAndReported()
    {
        // The windows count from the sandbox's start: these calls fall into its first one, which
        // is long enough for a loaded machine (a shorter one would make the test depend on speed).
        QVERIFY(startSandbox(3, 1000, 10));
        int lastRemaining = 3;
        for (int i = 0; i < 3; ++i) {
            const Response response
                = rpc(call(QStringLiteral("create.deal_employees"),
                           QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("E%1").arg(i) },
                                         { QStringLiteral("name"), QStringLiteral("N") } }));
            QCOMPARE(response.status, 200);
            const int remaining
                = response
                      .json()[QStringLiteral("result")][QStringLiteral("metadata")]
                             [QStringLiteral("limits")][QStringLiteral("minute_remaining")]
                      .toInt();
            QCOMPARE(remaining, lastRemaining - 1);
            lastRemaining = remaining;
        }
        // The fourth in the same window: refused as a whole, nothing applied.
        const Response refused
            = rpc(call(QStringLiteral("create.deal_employees"),
                       QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("E9") },
                                     { QStringLiteral("name"), QStringLiteral("N") } },
                       42));
        QCOMPARE(refused.status, 429);
        const int retryAfter = refused.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, refused.header("Retry-After").constData());
        QCOMPARE(refused.json().value(QStringLiteral("id")).toInt(), 42);
        const QJsonObject error = errorOf(refused);
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32029);
        QCOMPARE(error[QStringLiteral("data")][QStringLiteral("mnemonic")].toString(),
                 QStringLiteral("limit_exceeded"));
        const QJsonObject limits
            = error[QStringLiteral("data")][QStringLiteral("metadata")][QStringLiteral("limits")]
                  .toObject();
        QCOMPARE(limits.value(QStringLiteral("minute_remaining")).toInt(), 0);
        QCOMPARE(limits.value(QStringLiteral("minute_limit")).toInt(), 3);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("3")));
        QJsonObject got = received();
        QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(got.value(QStringLiteral("employees")).toArray().size(), 3);
        // A refused answer is not remembered: the same key goes through once the window resets.
        QTest::qWait(retryAfter * 1000 + 50);
        const Response later
            = rpc(call(QStringLiteral("create.deal_employees"),
                       QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("E9") },
                                     { QStringLiteral("name"), QStringLiteral("N") } },
                       42));
        QCOMPARE(later.status, 200);
        QCOMPARE(later
                     .json()[QStringLiteral("result")][QStringLiteral("metadata")]
                            [QStringLiteral("limits")][QStringLiteral("minute_remaining")]
                     .toInt(),
                 2);
        got = received();
        QCOMPARE(got.value(QStringLiteral("employees")).toArray().size(), 4);
        // Each accepted call carries its window: three in one, the fourth in a later one.
        const QJsonArray calls = got.value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), 4);
        QCOMPARE(calls.at(2)[QStringLiteral("minute_window")],
                 calls.at(0)[QStringLiteral("minute_window")]);
        QVERIFY(calls.at(3)[QStringLiteral("minute_window")].toInteger()
                > calls.at(0)[QStringLiteral("minute_window")].toInteger());
        QCOMPARE(got[QStringLiteral("config")][QStringLiteral("minute_ms")].toInt(), 10000);
    }

    void perDayLimitIsEnforced()
    {
        QVERIFY(startSandbox(100, 2, 60, 3));
        for (int i = 0; i < 2; ++i) {
            const Response response = rpc(call(QStringLiteral("get.sales_funnel"), QJsonObject {}));
            QCOMPARE(response.status, 200);
        }
        const Response refused = rpc(call(QStringLiteral("get.sales_funnel"), QJsonObject {}));
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").toInt() >= 1);
        QVERIFY(refused.header("Retry-After").toInt() <= 3);
        const QJsonObject limits
            = errorOf(refused)[QStringLiteral("data")][QStringLiteral("metadata")]
                              [QStringLiteral("limits")]
                                  .toObject();
        QCOMPARE(limits.value(QStringLiteral("day_remaining")).toInt(), 0);
        QCOMPARE(limits.value(QStringLiteral("minute_remaining")).toInt(), 98);
        QVERIFY(errorOf(refused)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("day")));
        QTest::qWait(refused.header("Retry-After").toInt() * 1000 + 50);
        QCOMPARE(rpc(call(QStringLiteral("get.sales_funnel"), QJsonObject {})).status, 200);
    }

    void batchesAndNotifications()
    {
        QVERIFY(startSandbox(5, 1000));
        const QJsonArray batch {
            call(QStringLiteral("create.deal_employees"),
                 QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("A") },
                               { QStringLiteral("name"), QStringLiteral("Анна") } },
                 1),
            call(QStringLiteral("no.such_method"), QJsonObject {}, 2),
            // A notification: done, not answered.
            QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                          { QStringLiteral("method"), QStringLiteral("create.deal_employees") },
                          { QStringLiteral("params"),
                            QJsonObject { { QStringLiteral("access_token"), kToken },
                                          { QStringLiteral("ext_id"), QStringLiteral("B") },
                                          { QStringLiteral("name"), QStringLiteral("Борис") } } } },
            QJsonValue(5),
        };
        Response response = rpc(batch);
        QCOMPARE(response.status, 200);
        const QJsonArray answers = QJsonDocument::fromJson(response.body).array();
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.at(0)[QStringLiteral("id")].toInt(), 1);
        QVERIFY(answers.at(0).toObject().contains(QStringLiteral("result")));
        QCOMPARE(answers.at(1)[QStringLiteral("error")][QStringLiteral("code")].toInt(), -32601);
        QCOMPARE(answers.at(2)[QStringLiteral("id")], QJsonValue(QJsonValue::Null));
        QCOMPARE(answers.at(2)[QStringLiteral("error")][QStringLiteral("code")].toInt(), -32600);
        QCOMPARE(received()[QStringLiteral("employees")].toArray().size(), 2);
        QCOMPARE(received()[QStringLiteral("calls")].toArray().size(), 2);

        // Only a notification: 204, nothing in the body, but done and counted.
        response = rpc(
            QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                          { QStringLiteral("method"), QStringLiteral("create.deal_employees") },
                          { QStringLiteral("params"),
                            QJsonObject { { QStringLiteral("access_token"), kToken },
                                          { QStringLiteral("ext_id"), QStringLiteral("C") },
                                          { QStringLiteral("name"), QStringLiteral("Вера") } } } });
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(received()[QStringLiteral("employees")].toArray().size(), 3);

        // Two calls left this minute: a batch of two fits, one of three is refused whole.
        QJsonArray three;
        for (int i = 0; i < 3; ++i)
            three.append(call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 10 + i));
        response = rpc(three);
        QCOMPARE(response.status, 429);
        QVERIFY(!response.header("Retry-After").isEmpty());
        const QJsonArray refused = QJsonDocument::fromJson(response.body).array();
        QCOMPARE(refused.size(), 3);
        for (const QJsonValue &answer : refused)
            QCOMPARE(answer[QStringLiteral("error")][QStringLiteral("code")].toInt(), -32029);
        three.removeLast();
        response = rpc(three);
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).array().size(), 2);
        QCOMPARE(received()[QStringLiteral("refused")].toInt(), 3);
        QCOMPARE(received()[QStringLiteral("calls")].toArray().size(), 5);

        // Empty and oversized batches are invalid requests.
        expectError(QJsonArray {}, -32600, QJsonValue(QJsonValue::Null));
        QJsonArray tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.append(call(QStringLiteral("get.sales_funnel"), QJsonObject {}, i));
        expectError(tooMany, -32600, QJsonValue(QJsonValue::Null));
    }

    void jsonRpcErrors()
    {
        QVERIFY(startSandbox(1000, 100000));
        // -32700: not JSON at all; the id cannot be known.
        Response response = postRaw("{\"jsonrpc\":\"2.0\",");
        QCOMPARE(response.status, 200);
        QCOMPARE(errorOf(response).value(QStringLiteral("code")).toInt(), -32700);
        QCOMPARE(response.json().value(QStringLiteral("id")), QJsonValue(QJsonValue::Null));

        // -32600: not a request object.
        expectError(QJsonValue(QJsonObject {}), -32600, QJsonValue(QJsonValue::Null));
        QJsonObject request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 7);
        request.insert(QStringLiteral("jsonrpc"), QStringLiteral("1.0"));
        expectError(request, -32600, 7);
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 7);
        request.insert(QStringLiteral("method"), 5);
        expectError(request, -32600, 7);
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 7);
        request.insert(QStringLiteral("id"), QJsonObject {});
        expectError(request, -32600, QJsonValue(QJsonValue::Null));
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 7);
        request.insert(QStringLiteral("extra"), 1);
        expectError(request, -32600, 7);
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 7);
        request.insert(QStringLiteral("params"), QStringLiteral("x"));
        expectError(request, -32600, 7);

        // -32601.
        expectError(call(QStringLiteral("delete.everything"), QJsonObject {}, 8), -32601, 8);
        // -32602: positional params.
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 9);
        request.insert(QStringLiteral("params"), QJsonArray { kToken });
        expectError(request, -32602, 9, QStringLiteral("params"));
        // -32001: the access token is missing or not a user's.
        request = call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 10);
        QJsonObject params;
        request.insert(QStringLiteral("params"), params);
        expectError(request, -32001, 10, QStringLiteral("access_token"),
                    QStringLiteral("access_denied"));
        expectError(call(QStringLiteral("get.sales_funnel"),
                         QJsonObject { { QStringLiteral("access_token"), QStringLiteral("nope") } },
                         11),
                    -32001, 11);
        // Nothing so far was counted.
        QCOMPARE(received()[QStringLiteral("calls")].toArray().size(), 0);

        // -32602 naming the parameter.
        QJsonObject funnel = seedFunnel();
        funnel.remove(QStringLiteral("name"));
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("name"), QStringLiteral("required_parameter_missed"));
        funnel = seedFunnel();
        funnel.insert(QStringLiteral("colour"), QStringLiteral("red"));
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("colour"), QStringLiteral("unexpected_parameter"));
        funnel = parse(R"({"ext_id":"F","name":"F","stages":{"success":{"ext_id":"s","name":"S"},
            "failed":{"ext_id":"f","name":"F"},"in_process":[{"ext_id":"a","name":"A","order":10},
            {"ext_id":"b","name":"B","order":10}]}})");
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("stages.in_process[1].order"));
        funnel = parse(R"({"ext_id":"F","name":"F","stages":{"success":{"ext_id":"s","name":"S"},
            "failed":{"ext_id":"f","name":"F"},"in_process":[{"ext_id":"a","name":"A","order":10001}]}})");
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("stages.in_process[0].order"));
        funnel = parse(R"({"ext_id":"F","name":"F","stages":{"success":{"ext_id":"a","name":"S"},
            "failed":{"ext_id":"f","name":"F"},"in_process":[{"ext_id":"a","name":"A","order":1}]}})");
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("stages.success.ext_id"), QStringLiteral("duplicate_ext_id"));
        funnel = parse(R"({"ext_id":"F","name":"F","stages":{"failed":{"ext_id":"f","name":"F"},
            "in_process":[{"ext_id":"a","name":"A","order":1}]}})");
        expectError(call(QStringLiteral("create.sales_funnel"), funnel), -32602, 1,
                    QStringLiteral("stages.success"));
        expectError(call(QStringLiteral("create.deal_employees"),
                         QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("E") },
                                       { QStringLiteral("name"), 5 } }),
                    -32602, 1, QStringLiteral("name"));
        QJsonObject contacts = seedContacts();
        QJsonArray list = contacts.value(QStringLiteral("contacts")).toArray();
        QJsonObject contact = list.at(1).toObject();
        contact.insert(QStringLiteral("phone_numbers"), QJsonArray { QStringLiteral("+7 900") });
        list.replace(1, contact);
        contacts.insert(QStringLiteral("contacts"), list);
        expectError(call(QStringLiteral("create.deal_contacts"), contacts), -32602, 1,
                    QStringLiteral("contacts[1].phone_numbers[0]"));
        expectError(call(QStringLiteral("create.deal_contacts"),
                         QJsonObject { { QStringLiteral("contacts"), QJsonArray {} } }),
                    -32602, 1, QStringLiteral("contacts"));

        // upload.deals_history refers to what exists, with valid times.
        expectError(call(QStringLiteral("upload.deals_history"), seedHistory()), -32602, 1,
                    QStringLiteral("deals[0].sales_funnel_ext_id"),
                    QStringLiteral("entity_not_found"));
        QCOMPARE(rpc(call(QStringLiteral("create.sales_funnel"), seedFunnel())).status, 200);
        expectError(call(QStringLiteral("upload.deals_history"), seedHistory()), -32602, 1,
                    QStringLiteral("deals[0].employee_ext_id"), QStringLiteral("entity_not_found"));
        QCOMPARE(rpc(call(QStringLiteral("create.deal_employees"),
                          QJsonObject { { QStringLiteral("ext_id"), QStringLiteral("EID_0007") },
                                        { QStringLiteral("name"), QStringLiteral("Иванов") } }))
                     .status,
                 200);
        expectError(call(QStringLiteral("upload.deals_history"), seedHistory()), -32602, 1,
                    QStringLiteral("deals[0].contact_ext_ids[0]"),
                    QStringLiteral("entity_not_found"));
        QCOMPARE(rpc(call(QStringLiteral("create.deal_contacts"), seedContacts())).status, 200);
        auto withRecord = [](const std::function<void(QJsonObject *)> &change) {
            QJsonObject history = seedHistory();
            QJsonArray deals = history.value(QStringLiteral("deals")).toArray();
            QJsonObject record = deals.at(0).toObject();
            change(&record);
            deals.replace(0, record);
            history.insert(QStringLiteral("deals"), deals);
            return history;
        };
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->insert(QStringLiteral("stage_ext_id"), QStringLiteral("99"));
                         })),
                    -32602, 1, QStringLiteral("deals[0].stage_ext_id"));
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->insert(QStringLiteral("created_date_time"),
                                       QStringLiteral("2019-08-15T07:07:00Z"));
                         })),
                    -32602, 1, QStringLiteral("deals[0].created_date_time"));
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->insert(QStringLiteral("revenue"), -1);
                         })),
                    -32602, 1, QStringLiteral("deals[0].revenue"));
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->insert(QStringLiteral("is_generated"), QStringLiteral("yes"));
                         })),
                    -32602, 1, QStringLiteral("deals[0].is_generated"));
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->insert(QStringLiteral("main_contact_ext_id"),
                                       QStringLiteral("CID_0002"));
                         })),
                    -32602, 1, QStringLiteral("deals[0].main_contact_ext_id"));
        expectError(call(QStringLiteral("upload.deals_history"), withRecord([](QJsonObject *r) {
                             r->remove(QStringLiteral("modified_stage_date_time"));
                         })),
                    -32602, 1, QStringLiteral("deals[0].modified_stage_date_time"),
                    QStringLiteral("required_parameter_missed"));
        // All or nothing: a bad last record leaves the good first ones unstored.
        QJsonObject history = seedHistory();
        QJsonArray deals = history.value(QStringLiteral("deals")).toArray();
        QJsonObject last = deals.at(2).toObject();
        last.insert(QStringLiteral("stage_ext_id"), QStringLiteral("nope"));
        deals.replace(2, last);
        history.insert(QStringLiteral("deals"), deals);
        expectError(call(QStringLiteral("upload.deals_history"), history), -32602, 1,
                    QStringLiteral("deals[2].stage_ext_id"));
        QCOMPARE(received()[QStringLiteral("deals")].toArray().size(), 0);
        // Errors of counted calls carry the limits too.
        const Response counted = rpc(call(QStringLiteral("upload.deals_history"), history));
        QCOMPARE(QStringList(errorOf(counted)[QStringLiteral("data")][QStringLiteral("metadata")]
                                             [QStringLiteral("limits")]
                                                 .toObject()
                                                 .keys()),
                 kLimitKeys);
        QCOMPARE(rpc(call(QStringLiteral("upload.deals_history"), seedHistory())).status, 200);
    }

    void httpRulesOfTheContract()
    {
        QVERIFY(startSandbox(10, 100));
        const QByteArray body = compact(call(QStringLiteral("get.sales_funnel"), QJsonObject {}));
        // No token: the contract's 401, not JSON-RPC.
        Response response = postRaw(body, newKey(), QByteArray());
        QCOMPARE(response.status, 401);
        QVERIFY(response.isError(QStringLiteral("unauthorized")));
        // No Idempotency-Key.
        response = m_http->send("POST", kPath, test::kAgentToken, body,
                                { { "Content-Type", "application/json" } });
        QCOMPARE(response.status, 400);
        QVERIFY(response.isError(QStringLiteral("idempotency_key_required")));
        // Not JSON by its content type.
        response
            = m_http->send("POST", kPath, test::kAgentToken, body,
                           { { "Content-Type", "text/plain" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(response.status, 400);
        QVERIFY(response.isError(QStringLiteral("unsupported_content_type")));
        // Another method.
        response = m_http->get(kPath);
        QCOMPARE(response.status, 405);
        QCOMPARE(received()[QStringLiteral("calls")].toArray().size(), 0);

        // The same key and body replay the first answer, counted once.
        const QByteArray key = newKey();
        const Response first = postRaw(body, key);
        const Response replay = postRaw(body, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(received()[QStringLiteral("calls")].toArray().size(), 1);
        // The same key with another body is refused by the contract's rule.
        response
            = postRaw(compact(call(QStringLiteral("get.sales_funnel"), QJsonObject {}, 2)), key);
        QCOMPARE(response.status, 422);
        QVERIFY(response.isError(QStringLiteral("idempotency_key_reused")));
    }
};

QTEST_GUILESS_MAIN(AnalyticsRpcTest)
#include "tst_analytics_rpc.moc"
