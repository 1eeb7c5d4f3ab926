// What the KIDS account merge's steps write (issue 3, seed 000), over real HTTP on loopback:
// creating or reusing a request, the request fields and comments the merge copies, the
// schedule and teacher, teacher requests and letters, and paid lessons moved between accounts.
// Each test gets a fresh demo sandbox; every change is checked field by field through GET.

#include "SandboxTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString errorField(const Response &response)
{
    return response.json()[QStringLiteral("error")][QStringLiteral("field")].toString();
}

QString errorMessage(const Response &response)
{
    return response.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
}

// The demo child of accounts 11, 12, 21, 22 (tools/make-demo-fixture.py).
const QString kChild = QStringLiteral("Миша Кузнецов");

QJsonObject requestBody(qint64 account, const QString &child = kChild)
{
    return QJsonObject { { QStringLiteral("account_id"), account },
                         { QStringLiteral("email"), QStringLiteral("kuznetsova.e@example.org") },
                         { QStringLiteral("phone"), QStringLiteral("+7 499 123-45-67") },
                         { QStringLiteral("child_name"), child } };
}

QJsonArray weekly(std::initializer_list<std::pair<int, const char *>> slots_)
{
    QJsonArray list;
    for (const auto &[weekday, time] : slots_)
        list.append(QJsonObject { { QStringLiteral("weekday"), weekday },
                                  { QStringLiteral("time"), QLatin1String(time) } });
    return list;
}

} // namespace

class MergeStepsApiTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    Response sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QByteArray &etag)
    {
        Headers headers { { "Content-Type", "application/json" } };
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        return m_http->send(method, path, test::kAgentToken, compact(body), headers);
    }

    Response patch(const QString &path, const QJsonObject &body, const QByteArray &etag)
    {
        return sendJson("PATCH", path, body, etag);
    }

    Response putSchedule(qint64 account, const QJsonObject &body, const QByteArray &etag)
    {
        return sendJson("PUT", QStringLiteral("/api/v1/accounts/%1/schedule").arg(account), body,
                        etag);
    }

    Response deleteSchedule(qint64 account, const QByteArray &etag)
    {
        Headers headers;
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        return m_http->send("DELETE", QStringLiteral("/api/v1/accounts/%1/schedule").arg(account),
                            test::kAgentToken, {}, headers);
    }

    qint64 paidLessons(qint64 account)
    {
        const Response read = m_http->get(QStringLiteral("/api/v1/accounts/%1").arg(account));
        if (read.status != 200)
            return -1;
        return read.json().value(QStringLiteral("paid_lessons")).toInteger(-1);
    }

    Response transfer(qint64 from, qint64 to, const QJsonValue &lessons, const QByteArray &key)
    {
        return m_http->post(QStringLiteral("/api/v1/balance-transfers"),
                            QJsonObject { { QStringLiteral("from_account_id"), from },
                                          { QStringLiteral("to_account_id"), to },
                                          { QStringLiteral("lessons"), lessons } },
                            key);
    }

    void verifyStillServing()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/health"), {}).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/22")).status, 200);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    // ---- request creation and reuse ---------------------------------------------------------

    void createRequestForEmptyAccount()
    {
        const Response created
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(12), newKey());
        QCOMPARE(created.status, 201);
        QVERIFY(!created.header("ETag").isEmpty());
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.header("Location"), "/api/v1/requests/" + QByteArray::number(id));

        const Response read = m_http->get(QStringLiteral("/api/v1/requests/%1").arg(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), created.header("ETag"));
        const QJsonObject request = read.json();
        QCOMPARE(request, created.json());
        QCOMPARE(request.value(QStringLiteral("account_id")).toInteger(), 12);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(request.value(QStringLiteral("color")).toString(), QStringLiteral("blue"));
        QCOMPARE(request.value(QStringLiteral("is_duplicate")).toBool(), false);
        QCOMPARE(request.value(QStringLiteral("email")).toString(),
                 QStringLiteral("kuznetsova.e@example.org"));
        QCOMPARE(request.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+7 499 123-45-67"));
        QCOMPARE(request.value(QStringLiteral("child_name")).toString(), kChild);
        QVERIFY(request.value(QStringLiteral("methodist")).isNull());
        QVERIFY(request.value(QStringLiteral("price_set")).isNull());
        QCOMPARE(request.value(QStringLiteral("comments")).toArray(), QJsonArray());
        const QJsonArray history = request.value(QStringLiteral("status_history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][QStringLiteral("status")].toString(), QStringLiteral("new"));

        const Response account = m_http->get(QStringLiteral("/api/v1/accounts/12"));
        QCOMPARE(account.json().value(QStringLiteral("request_ids")).toArray(), QJsonArray { id });
    }

    void secondRequestIsRefusedNamingTheOpenOne()
    {
        // Account 21 already has request 2101 (status new): the merge puts the information there.
        const Response existing
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(21), newKey());
        QCOMPARE(existing.status, 409);
        QVERIFY2(existing.isError(QStringLiteral("request_exists")), existing.body.constData());
        QCOMPARE(errorField(existing), QStringLiteral("account_id"));
        QVERIFY2(errorMessage(existing).contains(QStringLiteral("2101")),
                 qPrintable(errorMessage(existing)));
        QCOMPARE(existing.header("Location"), QByteArray("/api/v1/requests/2101"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/21"))
                     .json()
                     .value(QStringLiteral("request_ids"))
                     .toArray(),
                 QJsonArray { 2101 });

        // Once created, the same holds for the new one.
        const Response created
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(12), newKey());
        QCOMPARE(created.status, 201);
        const Response again
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(12), newKey());
        QCOMPARE(again.status, 409);
        QVERIFY(again.isError(QStringLiteral("request_exists")));
        QVERIFY(errorMessage(again).contains(
            QString::number(created.json().value(QStringLiteral("id")).toInteger())));

        // The same Idempotency-Key replays the creation instead of refusing it.
        const QByteArray key = newKey();
        const Response first
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(22), key);
        QCOMPARE(first.status, 409); // 2201 is open
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/requests"), requestBody(22), key).body,
                 first.body);
    }

    void closedOrDuplicateRequestDoesNotBlockANewOne()
    {
        const Response read = m_http->get(QStringLiteral("/api/v1/requests/2101"));
        QCOMPARE(patch(QStringLiteral("/api/v1/requests/2101"),
                       QJsonObject { { QStringLiteral("status"), QStringLiteral("closed") } },
                       read.header("ETag"))
                     .status,
                 200);
        const Response created
            = m_http->post(QStringLiteral("/api/v1/requests"), requestBody(21), newKey());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("account_id")).toInteger(), 21);
    }

    void createRequestRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject body = requestBody(12);
            body.insert(key, value);
            return compact(body);
        };
        const QString v = QStringLiteral("validation_failed");
        QTest::newRow("unknown account") << with(QStringLiteral("account_id"), 424242) << 422 << v
                                         << QStringLiteral("account_id");
        QTest::newRow("account as text") << with(QStringLiteral("account_id"), QStringLiteral("12"))
                                         << 422 << v << QStringLiteral("account_id");
        QTest::newRow("adult account")
            << compact(requestBody(31, QStringLiteral("Дмитрий Орлов"))) << 422
            << QStringLiteral("not_kids") << QStringLiteral("account_id");
        QTest::newRow("bad email") << with(QStringLiteral("email"), QStringLiteral("no-at-sign"))
                                   << 422 << v << QStringLiteral("email");
        QTest::newRow("email not text")
            << with(QStringLiteral("email"), 5) << 422 << v << QStringLiteral("email");
        QTest::newRow("short phone") << with(QStringLiteral("phone"), QStringLiteral("12345"))
                                     << 422 << v << QStringLiteral("phone");
        QTest::newRow("phone letters")
            << with(QStringLiteral("phone"), QStringLiteral("+7 499 abc-45-67")) << 422 << v
            << QStringLiteral("phone");
        QTest::newRow("empty child") << with(QStringLiteral("child_name"), QStringLiteral("  "))
                                     << 422 << v << QStringLiteral("child_name");
        QTest::newRow("wrong child")
            << with(QStringLiteral("child_name"), QStringLiteral("Дмитрий Орлов")) << 422 << v
            << QStringLiteral("child_name");
        QTest::newRow("unknown field") << with(QStringLiteral("status"), QStringLiteral("new"))
                                       << 422 << v << QStringLiteral("status");
        QTest::newRow("not an object")
            << QByteArray("[1]") << 400 << QStringLiteral("body_not_object") << QString();
        QTest::newRow("malformed") << QByteArray("{\"account_id\":") << 400
                                   << QStringLiteral("malformed_json") << QString();
    }

    void createRequestRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Response refused = m_http->send(
            "POST", QStringLiteral("/api/v1/requests"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(refused.status, status);
        QVERIFY2(refused.isError(code), refused.body.constData());
        if (!field.isEmpty())
            QCOMPARE(errorField(refused), field);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/12"))
                     .json()
                     .value(QStringLiteral("request_ids"))
                     .toArray(),
                 QJsonArray());
        verifyStillServing();
    }

    // ---- request fields the merge copies ---------------------------------------------------

    void patchCopiesReportsPriceSetRegionAndStatus()
    {
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2101"));
        const QJsonObject body {
            { QStringLiteral("intro_lesson_report"), QStringLiteral("Уровень A1, отчёт ВУ.") },
            { QStringLiteral("task_after_trial_student"), QStringLiteral("Слова 10 минут.") },
            { QStringLiteral("task_after_trial_teacher"), QStringLiteral("Больше говорения.") },
            { QStringLiteral("price_set_id"), 4 },
            { QStringLiteral("region_id"), 2 },
            { QStringLiteral("status"), QStringLiteral("studying") }
        };
        const Response changed
            = patch(QStringLiteral("/api/v1/requests/2101"), body, before.header("ETag"));
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != before.header("ETag"));
        const Response read = m_http->get(QStringLiteral("/api/v1/requests/2101"));
        QCOMPARE(read.header("ETag"), changed.header("ETag"));
        const QJsonObject request = read.json();
        for (const char *field :
             { "intro_lesson_report", "task_after_trial_student", "task_after_trial_teacher" })
            QCOMPARE(request.value(QLatin1String(field)), body.value(QLatin1String(field)));
        QCOMPARE(request[QStringLiteral("price_set")][QStringLiteral("id")].toInteger(), 4);
        QCOMPARE(request[QStringLiteral("region")][QStringLiteral("id")].toInteger(), 2);
        QCOMPARE(request[QStringLiteral("region")][QStringLiteral("currency")].toString(),
                 QStringLiteral("KZT"));
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("studying"));
        QCOMPARE(request.value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        const QJsonArray history = request.value(QStringLiteral("status_history")).toArray();
        QCOMPARE(history.last()[QStringLiteral("status")].toString(), QStringLiteral("studying"));
        QCOMPARE(request.value(QStringLiteral("version")).toInteger(),
                 before.json().value(QStringLiteral("version")).toInteger() + 1);
    }

    void patchRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown price set") << QStringLiteral("price_set_id") << QJsonValue(999);
        QTest::newRow("price set as text")
            << QStringLiteral("price_set_id") << QJsonValue(QStringLiteral("1"));
        QTest::newRow("unknown region") << QStringLiteral("region_id") << QJsonValue(77);
        QTest::newRow("negative region") << QStringLiteral("region_id") << QJsonValue(-1);
        QTest::newRow("report not text") << QStringLiteral("intro_lesson_report") << QJsonValue(1);
        QTest::newRow("report too long") << QStringLiteral("task_after_trial_student")
                                         << QJsonValue(QString(20001, QLatin1Char('x')));
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("purple"));
        QTest::newRow("teacher not changeable") << QStringLiteral("teacher_id") << QJsonValue(601);
    }

    void patchRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        const Response refused = patch(QStringLiteral("/api/v1/requests/2201"),
                                       QJsonObject { { field, value } }, before.header("ETag"));
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.isError(QStringLiteral("validation_failed")), refused.body.constData());
        QCOMPARE(errorField(refused), field);
        const Response after = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        QCOMPARE(after.body, before.body);
        verifyStillServing();
    }

    void patchNeedsCurrentIfMatch()
    {
        const QJsonObject body { { QStringLiteral("region_id"), 3 } };
        const Response missing = patch(QStringLiteral("/api/v1/requests/2201"), body, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response stale
            = patch(QStringLiteral("/api/v1/requests/2201"), body, "\"request-2201-v99\"");
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/requests/2201"))
                     .json()[QStringLiteral("region")][QStringLiteral("id")]
                     .toInteger(),
                 1);
    }

    // ---- comments ---------------------------------------------------------------------------

    void commentsAreWrittenByTheCallerAndListed()
    {
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        const QString text
            = QStringLiteral("Создана новая заявка для аккаунта 12; исходная — 2201.");
        const Response added
            = m_http->post(QStringLiteral("/api/v1/requests/2201/comments"),
                           QJsonObject { { QStringLiteral("text"), text } }, newKey());
        QCOMPARE(added.status, 201);
        const QJsonObject comment = added.json();
        QCOMPARE(comment.value(QStringLiteral("request_id")).toInteger(), 2201);
        QCOMPARE(comment.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(comment.value(QStringLiteral("author")).toString(),
                 QStringLiteral("Анна Смирнова"));
        QCOMPARE(comment.value(QStringLiteral("author_id")).toString(), QStringLiteral("u-agent"));
        QVERIFY(QDateTime::fromString(comment.value(QStringLiteral("created_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());

        const Response list = m_http->get(QStringLiteral("/api/v1/requests/2201/comments"));
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2); // the fixture's one and ours
        QCOMPARE(items.first()[QStringLiteral("author")].toString(),
                 QStringLiteral("Павел Вводнов"));
        QVERIFY(items.first()[QStringLiteral("author_id")].isNull());
        QCOMPARE(items.last().toObject(), comment);
        QVERIFY(list.json().value(QStringLiteral("next_cursor")).isNull());

        // The request shows it too; a comment does not change the request's ETag.
        const Response after = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(after.json()
                     .value(QStringLiteral("comments"))
                     .toArray()
                     .last()[QStringLiteral("text")]
                     .toString(),
                 text);

        // By another user: the author is that user.
        const Response byLead
            = m_http->post(QStringLiteral("/api/v1/requests/2201/comments"),
                           QJsonObject { { QStringLiteral("text"), QStringLiteral("Проверено.") } },
                           newKey(), test::kLeadToken);
        QCOMPARE(byLead.status, 201);
        QCOMPARE(byLead.json().value(QStringLiteral("author")).toString(),
                 QStringLiteral("Борис Егоров"));
    }

    void commentsPaginate()
    {
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_http
                         ->post(QStringLiteral("/api/v1/requests/2101/comments"),
                                QJsonObject { { QStringLiteral("text"),
                                                QStringLiteral("comment %1").arg(i) } },
                                newKey())
                         .status,
                     201);
        }
        QStringList texts;
        QString cursor;
        int pages = 0;
        do {
            QString path = QStringLiteral("/api/v1/requests/2101/comments?limit=2");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const Response page = m_http->get(path);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items)
                texts.append(item[QStringLiteral("text")].toString());
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(texts.size(), 6);
        QCOMPARE(texts.last(), QStringLiteral("comment 4"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/requests/2101/comments?limit=0")).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/requests/2101/comments?cursor=zz")).status,
                 400);
    }

    void commentRefusals()
    {
        const QString path = QStringLiteral("/api/v1/requests/2201/comments");
        for (const QJsonValue &text :
             { QJsonValue(QString()), QJsonValue(QStringLiteral("  \n")), QJsonValue(5),
               QJsonValue(QString(5001, QLatin1Char('x'))), QJsonValue() }) {
            QJsonObject body;
            if (!text.isNull())
                body.insert(QStringLiteral("text"), text);
            const Response refused = m_http->post(path, body, newKey());
            QCOMPARE(refused.status, 422);
            QVERIFY2(refused.isError(QStringLiteral("validation_failed")),
                     refused.body.constData());
            QCOMPARE(errorField(refused), QStringLiteral("text"));
        }
        const Response extra
            = m_http->post(path,
                           QJsonObject { { QStringLiteral("text"), QStringLiteral("x") },
                                         { QStringLiteral("author"), QStringLiteral("someone") } },
                           newKey());
        QCOMPARE(extra.status, 422);
        QCOMPARE(errorField(extra), QStringLiteral("author"));
        for (const char *id : { "424242", "abc" }) {
            const QString other
                = QStringLiteral("/api/v1/requests/%1/comments").arg(QLatin1String(id));
            QCOMPARE(m_http->get(other).status, 404);
            QCOMPARE(m_http
                         ->post(other,
                                QJsonObject { { QStringLiteral("text"), QStringLiteral("x") } },
                                newKey())
                         .status,
                     404);
        }
        QCOMPARE(m_http->get(path).json().value(QStringLiteral("items")).toArray().size(), 1);
        verifyStillServing();
    }

    // ---- schedule and teacher ---------------------------------------------------------------

    void scheduleIsReadMovedAndDeleted()
    {
        const Response old = m_http->get(QStringLiteral("/api/v1/accounts/22/schedule"));
        QCOMPARE(old.status, 200);
        QCOMPARE(old.header("ETag"), QByteArray("\"schedule-22-v1\""));
        const QJsonObject oldSchedule = old.json();
        QCOMPARE(oldSchedule.value(QStringLiteral("account_id")).toInteger(), 22);
        QCOMPARE(oldSchedule[QStringLiteral("teacher")][QStringLiteral("id")].toInteger(), 602);
        QCOMPARE(oldSchedule[QStringLiteral("teacher")][QStringLiteral("name")].toString(),
                 QStringLiteral("Сергей Иванов"));
        const QJsonArray oldSlots = oldSchedule.value(QStringLiteral("slots")).toArray();
        QCOMPARE(oldSlots.size(), 2);
        QCOMPARE(oldSlots[0][QStringLiteral("weekday")].toInteger(), 2);
        QCOMPARE(oldSlots[0][QStringLiteral("time")].toString(), QStringLiteral("18:00"));
        QCOMPARE(oldSlots[0][QStringLiteral("duration_min")].toInteger(), 50);
        QCOMPARE(oldSlots[1][QStringLiteral("weekday")].toInteger(), 5);

        // The target has none yet.
        const Response empty = m_http->get(QStringLiteral("/api/v1/accounts/12/schedule"));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json().value(QStringLiteral("teacher")).isNull());
        QCOMPARE(empty.json().value(QStringLiteral("slots")).toArray(), QJsonArray());

        // Delete the old one.
        const Response deleted = deleteSchedule(22, old.header("ETag"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.header("ETag"), QByteArray("\"schedule-22-v2\""));
        const Response gone = m_http->get(QStringLiteral("/api/v1/accounts/22/schedule"));
        QCOMPARE(gone.json().value(QStringLiteral("slots")).toArray(), QJsonArray());
        QVERIFY(gone.json().value(QStringLiteral("teacher")).isNull());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/22"))
                     .json()
                     .value(QStringLiteral("schedule"))
                     .toArray(),
                 QJsonArray());
        // Nothing left to delete.
        const Response again = deleteSchedule(22, gone.header("ETag"));
        QCOMPARE(again.status, 404);
        QVERIFY(again.isError(QStringLiteral("not_found")));

        // Set teacher and schedule on the new account (none existed: If-Match may be left out).
        const QJsonObject wanted { { QStringLiteral("teacher_id"), 602 },
                                   { QStringLiteral("slots"),
                                     weekly({ { 5, "18:00" }, { 2, "18:00" } }) } };
        const Response put = putSchedule(12, wanted, {});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.header("ETag"), QByteArray("\"schedule-12-v2\""));
        const Response read = m_http->get(QStringLiteral("/api/v1/accounts/12/schedule"));
        QCOMPARE(read.json(), put.json());
        QCOMPARE(read.json()[QStringLiteral("teacher")][QStringLiteral("id")].toInteger(), 602);
        const QJsonArray slots_ = read.json().value(QStringLiteral("slots")).toArray();
        QCOMPARE(slots_.size(), 2);
        QCOMPARE(slots_[0][QStringLiteral("weekday")].toInteger(), 2); // ordered by weekday
        QCOMPARE(slots_[0][QStringLiteral("time")].toString(), QStringLiteral("18:00"));
        QCOMPARE(slots_[0][QStringLiteral("duration_min")].toInteger(), 50);
        QCOMPARE(slots_[1][QStringLiteral("weekday")].toInteger(), 5);
        const QJsonArray onAccount = m_http->get(QStringLiteral("/api/v1/accounts/12"))
                                         .json()
                                         .value(QStringLiteral("schedule"))
                                         .toArray();
        QCOMPARE(onAccount.size(), 2);
        QCOMPARE(onAccount[0][QStringLiteral("teacher_id")].toInteger(), 602);

        // Replacing an existing schedule needs the current ETag.
        const QJsonObject changed {
            { QStringLiteral("teacher_id"), 603 },
            { QStringLiteral("slots"),
              QJsonArray { QJsonObject { { QStringLiteral("weekday"), 3 },
                                         { QStringLiteral("time"), QStringLiteral("09:30") },
                                         { QStringLiteral("duration_min"), 60 } } } }
        };
        const Response missing = putSchedule(12, changed, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response stale = putSchedule(12, changed, old.header("ETag"));
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/12/schedule")).json(), put.json());
        const Response replaced = putSchedule(12, changed, put.header("ETag"));
        QCOMPARE(replaced.status, 200);
        const QJsonObject now = m_http->get(QStringLiteral("/api/v1/accounts/12/schedule")).json();
        QCOMPARE(now[QStringLiteral("teacher")][QStringLiteral("id")].toInteger(), 603);
        QCOMPARE(now.value(QStringLiteral("slots")).toArray().size(), 1);
        QCOMPARE(now[QStringLiteral("slots")][0][QStringLiteral("time")].toString(),
                 QStringLiteral("09:30"));
        QCOMPARE(now[QStringLiteral("slots")][0][QStringLiteral("duration_min")].toInteger(), 60);
        QCOMPARE(now.value(QStringLiteral("version")).toInteger(), 3);
    }

    void scheduleBlocksMethodistLessonsAfterwards()
    {
        // The seed's order: with a teacher's schedule on the account no intro lesson can be added.
        const Response put
            = putSchedule(12,
                          QJsonObject { { QStringLiteral("teacher_id"), 601 },
                                        { QStringLiteral("slots"), weekly({ { 1, "17:00" } }) } },
                          {});
        QCOMPARE(put.status, 200);
        const Response intro
            = m_http->post(QStringLiteral("/api/v1/methodists/502/lessons"),
                           QJsonObject { { QStringLiteral("account_id"), 12 },
                                         { QStringLiteral("kind"), QStringLiteral("intro") },
                                         { QStringLiteral("starts_at"),
                                           QStringLiteral("2030-01-15T12:00:00.000Z") } },
                           newKey());
        QCOMPARE(intro.status, 409);
        QVERIFY(intro.isError(QStringLiteral("teacher_lessons_scheduled")));
    }

    void deleteScheduleNeedsCurrentIfMatch()
    {
        const Response missing = deleteSchedule(22, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response stale = deleteSchedule(22, "\"schedule-22-v7\"");
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/accounts/22/schedule"))
                     .json()
                     .value(QStringLiteral("slots"))
                     .toArray()
                     .size(),
                 2);
        for (const char *id : { "424242", "abc" }) {
            const QString path
                = QStringLiteral("/api/v1/accounts/%1/schedule").arg(QLatin1String(id));
            QCOMPARE(m_http->get(path).status, 404);
            QCOMPARE(m_http
                         ->send("DELETE", path, test::kAgentToken, {},
                                { { "If-Match", "\"schedule-1-v1\"" } })
                         .status,
                     404);
        }
        QCOMPARE(
            putSchedule(424242,
                        QJsonObject { { QStringLiteral("teacher_id"), 601 },
                                      { QStringLiteral("slots"), weekly({ { 1, "17:00" } }) } },
                        {})
                .status,
            404);
    }

    void putScheduleRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonArray good = weekly({ { 1, "17:00" } });
        const auto one = [](const QJsonObject &slot) {
            return QJsonObject { { QStringLiteral("teacher_id"), 601 },
                                 { QStringLiteral("slots"), QJsonArray { slot } } };
        };
        QTest::newRow("methodist as teacher")
            << QJsonObject { { QStringLiteral("teacher_id"), 501 },
                             { QStringLiteral("slots"), good } }
            << QStringLiteral("teacher_id");
        QTest::newRow("unknown teacher") << QJsonObject { { QStringLiteral("teacher_id"), 999 },
                                                          { QStringLiteral("slots"), good } }
                                         << QStringLiteral("teacher_id");
        QTest::newRow("no teacher")
            << QJsonObject { { QStringLiteral("slots"), good } } << QStringLiteral("teacher_id");
        QTest::newRow("no slots") << QJsonObject { { QStringLiteral("teacher_id"), 601 },
                                                   { QStringLiteral("slots"), QJsonArray() } }
                                  << QStringLiteral("slots");
        QTest::newRow("slots not a list")
            << QJsonObject { { QStringLiteral("teacher_id"), 601 },
                             { QStringLiteral("slots"), QStringLiteral("mon") } }
            << QStringLiteral("slots");
        QTest::newRow("weekday 0") << one({ { QStringLiteral("weekday"), 0 },
                                            { QStringLiteral("time"), QStringLiteral("17:00") } })
                                   << QStringLiteral("slots[0].weekday");
        QTest::newRow("weekday 8") << one({ { QStringLiteral("weekday"), 8 },
                                            { QStringLiteral("time"), QStringLiteral("17:00") } })
                                   << QStringLiteral("slots[0].weekday");
        QTest::newRow("time 25:00") << one({ { QStringLiteral("weekday"), 1 },
                                             { QStringLiteral("time"), QStringLiteral("25:00") } })
                                    << QStringLiteral("slots[0].time");
        QTest::newRow("time missing")
            << one({ { QStringLiteral("weekday"), 1 } }) << QStringLiteral("slots[0].time");
        QTest::newRow("duration 0") << one({ { QStringLiteral("weekday"), 1 },
                                             { QStringLiteral("time"), QStringLiteral("17:00") },
                                             { QStringLiteral("duration_min"), 0 } })
                                    << QStringLiteral("slots[0].duration_min");
        QTest::newRow("repeated slot") << QJsonObject {
            { QStringLiteral("teacher_id"), 601 },
            { QStringLiteral("slots"), weekly({ { 1, "17:00" }, { 1, "17:00" } }) }
        } << QStringLiteral("slots[1]");
        QTest::newRow("unknown field") << QJsonObject { { QStringLiteral("teacher_id"), 601 },
                                                        { QStringLiteral("slots"), good },
                                                        { QStringLiteral("room"), 3 } }
                                       << QStringLiteral("room");
    }

    void putScheduleRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Response refused = putSchedule(12, body, {});
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.isError(QStringLiteral("validation_failed")), refused.body.constData());
        QCOMPARE(errorField(refused), field);
        const Response read = m_http->get(QStringLiteral("/api/v1/accounts/12/schedule"));
        QCOMPARE(read.json().value(QStringLiteral("slots")).toArray(), QJsonArray());
        QCOMPARE(read.header("ETag"), QByteArray("\"schedule-12-v1\""));
        verifyStillServing();
    }

    void teacherRequestsAndLettersAreStoredAndListed()
    {
        const QString message = QStringLiteral("Прошу взять ученика 12 (тот же ученик, что 22).");
        const Response sent = m_http->post(QStringLiteral("/api/v1/teachers/602/requests"),
                                           QJsonObject { { QStringLiteral("account_id"), 12 },
                                                         { QStringLiteral("message"), message } },
                                           newKey());
        QCOMPARE(sent.status, 201);
        const QJsonObject teacherRequest = sent.json();
        QCOMPARE(teacherRequest.value(QStringLiteral("teacher_id")).toInteger(), 602);
        QCOMPARE(teacherRequest.value(QStringLiteral("account_id")).toInteger(), 12);
        QCOMPARE(teacherRequest.value(QStringLiteral("message")).toString(), message);
        QCOMPARE(teacherRequest.value(QStringLiteral("created_by")).toString(),
                 QStringLiteral("u-agent"));

        const QString subject = QStringLiteral("Тот же ученик: Миша Кузнецов");
        const QString text = QStringLiteral("Аккаунт 12 — это тот же ученик, что и 22.");
        const Response letter = m_http->post(QStringLiteral("/api/v1/teachers/602/letters"),
                                             QJsonObject { { QStringLiteral("subject"), subject },
                                                           { QStringLiteral("text"), text },
                                                           { QStringLiteral("account_id"), 12 } },
                                             newKey());
        QCOMPARE(letter.status, 201);
        const QJsonObject stored = letter.json();
        QCOMPARE(stored.value(QStringLiteral("teacher_id")).toInteger(), 602);
        QCOMPARE(stored.value(QStringLiteral("account_id")).toInteger(), 12);
        QCOMPARE(stored.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(stored.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(stored.value(QStringLiteral("created_by")).toString(), QStringLiteral("u-agent"));

        const Response requests = m_http->get(QStringLiteral("/api/v1/teachers/602/requests"));
        QCOMPARE(requests.status, 200);
        QCOMPARE(requests.json().value(QStringLiteral("items")).toArray(),
                 QJsonArray { teacherRequest });
        const Response letters
            = m_http->get(QStringLiteral("/api/v1/teachers/602/letters?account_id=12"));
        QCOMPARE(letters.status, 200);
        QCOMPARE(letters.json().value(QStringLiteral("items")).toArray(), QJsonArray { stored });
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/teachers/602/letters?account_id=22"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray(),
                 QJsonArray());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/teachers/601/letters"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray(),
                 QJsonArray());

        // Paginated.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_http
                         ->post(QStringLiteral("/api/v1/teachers/602/letters"),
                                QJsonObject {
                                    { QStringLiteral("subject"), QStringLiteral("s%1").arg(i) },
                                    { QStringLiteral("text"), QStringLiteral("t") },
                                    { QStringLiteral("account_id"), 12 } },
                                newKey())
                         .status,
                     201);
        }
        const Response first = m_http->get(QStringLiteral("/api/v1/teachers/602/letters?limit=2"));
        QCOMPARE(first.json().value(QStringLiteral("items")).toArray().size(), 2);
        const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const Response second
            = m_http->get(QStringLiteral("/api/v1/teachers/602/letters?limit=2&cursor=") + cursor);
        QCOMPARE(second.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(second.json().value(QStringLiteral("next_cursor")).isNull());
    }

    void teacherRequestAndLetterRefusals()
    {
        // Not a teacher (a methodist, unknown, not an id): 404.
        for (const char *id : { "501", "424242", "abc" }) {
            for (const char *what : { "requests", "letters" }) {
                const QString path = QStringLiteral("/api/v1/teachers/%1/%2")
                                         .arg(QLatin1String(id), QLatin1String(what));
                QCOMPARE(m_http->get(path).status, 404);
                const Response posted = m_http->post(
                    path,
                    QJsonObject { { QStringLiteral("account_id"), 12 },
                                  { QStringLiteral("message"), QStringLiteral("m") } },
                    newKey());
                QCOMPARE(posted.status, 404);
                QVERIFY(posted.isError(QStringLiteral("not_found")));
            }
        }
        const QString requests = QStringLiteral("/api/v1/teachers/602/requests");
        const QString letters = QStringLiteral("/api/v1/teachers/602/letters");
        const QList<QPair<QJsonObject, QString>> requestCases {
            { { { QStringLiteral("account_id"), 424242 },
                { QStringLiteral("message"), QStringLiteral("m") } },
              QStringLiteral("account_id") },
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("message"), QStringLiteral(" ") } },
              QStringLiteral("message") },
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("message"), QString(5001, QLatin1Char('m')) } },
              QStringLiteral("message") },
            { { { QStringLiteral("message"), QStringLiteral("m") } },
              QStringLiteral("account_id") },
        };
        for (const auto &[body, field] : requestCases) {
            const Response refused = m_http->post(requests, body, newKey());
            QCOMPARE(refused.status, 422);
            QCOMPARE(errorField(refused), field);
        }
        const QList<QPair<QJsonObject, QString>> letterCases {
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("text"), QStringLiteral("t") } },
              QStringLiteral("subject") },
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("subject"), QString(201, QLatin1Char('s')) },
                { QStringLiteral("text"), QStringLiteral("t") } },
              QStringLiteral("subject") },
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("subject"), QStringLiteral("s") },
                { QStringLiteral("text"), QString() } },
              QStringLiteral("text") },
            { { { QStringLiteral("account_id"), QStringLiteral("12") },
                { QStringLiteral("subject"), QStringLiteral("s") },
                { QStringLiteral("text"), QStringLiteral("t") } },
              QStringLiteral("account_id") },
            { { { QStringLiteral("account_id"), 12 },
                { QStringLiteral("subject"), QStringLiteral("s") },
                { QStringLiteral("text"), QStringLiteral("t") },
                { QStringLiteral("cc"), QStringLiteral("x") } },
              QStringLiteral("cc") },
        };
        for (const auto &[body, field] : letterCases) {
            const Response refused = m_http->post(letters, body, newKey());
            QCOMPARE(refused.status, 422);
            QVERIFY2(refused.isError(QStringLiteral("validation_failed")),
                     refused.body.constData());
            QCOMPARE(errorField(refused), field);
        }
        QCOMPARE(m_http->get(requests).json().value(QStringLiteral("items")).toArray(),
                 QJsonArray());
        QCOMPARE(m_http->get(letters).json().value(QStringLiteral("items")).toArray(),
                 QJsonArray());
        QCOMPARE(m_http->get(letters + QStringLiteral("?account_id=x")).status, 422);
        verifyStillServing();
    }

    // ---- paid lessons -----------------------------------------------------------------------

    void balanceTransferMovesPaidLessons()
    {
        QCOMPARE(paidLessons(22), 5);
        QCOMPARE(paidLessons(12), 0);
        const Response before22 = m_http->get(QStringLiteral("/api/v1/accounts/22"));
        const Response moved = transfer(22, 12, 5, newKey());
        QCOMPARE(moved.status, 201);
        const QJsonObject body = moved.json();
        QVERIFY(body.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(body.value(QStringLiteral("from_account_id")).toInteger(), 22);
        QCOMPARE(body.value(QStringLiteral("to_account_id")).toInteger(), 12);
        QCOMPARE(body.value(QStringLiteral("lessons")).toInteger(), 5);
        QCOMPARE(body.value(QStringLiteral("from_balance_after")).toInteger(), 0);
        QCOMPARE(body.value(QStringLiteral("to_balance_after")).toInteger(), 5);
        QCOMPARE(body.value(QStringLiteral("created_by")).toString(), QStringLiteral("u-agent"));

        QCOMPARE(paidLessons(22), 0);
        QCOMPARE(paidLessons(12), 5);
        const Response after22 = m_http->get(QStringLiteral("/api/v1/accounts/22"));
        QCOMPARE(after22.json().value(QStringLiteral("paid_lessons_balance")).toInteger(), 0);
        QVERIFY(after22.header("ETag") != before22.header("ETag"));

        const Response list
            = m_http->get(QStringLiteral("/api/v1/balance-transfers?account_id=12"));
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][QStringLiteral("id")], body.value(QStringLiteral("id")));
        QCOMPARE(items[0][QStringLiteral("lessons")].toInteger(), 5);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/balance-transfers?account_id=11"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray(),
                 QJsonArray());
    }

    void balanceTransferReplayMovesOnce()
    {
        const QByteArray key = newKey();
        const Response first = transfer(11, 21, 3, key);
        QCOMPARE(first.status, 201);
        const Response replay = transfer(11, 21, 3, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(paidLessons(11), 5);
        QCOMPARE(paidLessons(21), 3);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/balance-transfers"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
        // The same key with another body is refused, and still nothing moves.
        const Response reused = transfer(11, 21, 4, key);
        QCOMPARE(reused.status, 422);
        QVERIFY(reused.isError(QStringLiteral("idempotency_key_reused")));
        QCOMPARE(paidLessons(11), 5);
        // A new key is a new transfer.
        QCOMPARE(transfer(11, 21, 3, newKey()).status, 201);
        QCOMPARE(paidLessons(11), 2);
        QCOMPARE(paidLessons(21), 6);
    }

    void overTransferIsRefused()
    {
        const Response over = transfer(22, 12, 6, newKey());
        QCOMPARE(over.status, 422);
        QVERIFY2(over.isError(QStringLiteral("insufficient_balance")), over.body.constData());
        QCOMPARE(errorField(over), QStringLiteral("lessons"));
        QVERIFY2(errorMessage(over).contains(QLatin1String("5")), qPrintable(errorMessage(over)));
        QCOMPARE(paidLessons(22), 5);
        QCOMPARE(paidLessons(12), 0);
        const Response empty = transfer(12, 22, 1, newKey());
        QCOMPARE(empty.status, 422);
        QVERIFY(empty.isError(QStringLiteral("insufficient_balance")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/balance-transfers"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray(),
                 QJsonArray());
    }

    void balanceTransferRefusals_data()
    {
        QTest::addColumn<QJsonValue>("from");
        QTest::addColumn<QJsonValue>("to");
        QTest::addColumn<QJsonValue>("lessons");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown source") << QJsonValue(424242) << QJsonValue(12) << QJsonValue(1)
                                        << QStringLiteral("from_account_id");
        QTest::newRow("unknown target") << QJsonValue(22) << QJsonValue(424242) << QJsonValue(1)
                                        << QStringLiteral("to_account_id");
        QTest::newRow("source as text") << QJsonValue(QStringLiteral("22")) << QJsonValue(12)
                                        << QJsonValue(1) << QStringLiteral("from_account_id");
        QTest::newRow("same account")
            << QJsonValue(22) << QJsonValue(22) << QJsonValue(1) << QStringLiteral("to_account_id");
        QTest::newRow("other student")
            << QJsonValue(31) << QJsonValue(12) << QJsonValue(1) << QStringLiteral("to_account_id");
        QTest::newRow("zero lessons")
            << QJsonValue(22) << QJsonValue(12) << QJsonValue(0) << QStringLiteral("lessons");
        QTest::newRow("negative lessons")
            << QJsonValue(22) << QJsonValue(12) << QJsonValue(-2) << QStringLiteral("lessons");
        QTest::newRow("fraction") << QJsonValue(22) << QJsonValue(12) << QJsonValue(1.5)
                                  << QStringLiteral("lessons");
        QTest::newRow("lessons as text")
            << QJsonValue(22) << QJsonValue(12) << QJsonValue(QStringLiteral("2"))
            << QStringLiteral("lessons");
    }

    void balanceTransferRefusals()
    {
        QFETCH(QJsonValue, from);
        QFETCH(QJsonValue, to);
        QFETCH(QJsonValue, lessons);
        QFETCH(QString, field);
        const Response refused
            = m_http->post(QStringLiteral("/api/v1/balance-transfers"),
                           QJsonObject { { QStringLiteral("from_account_id"), from },
                                         { QStringLiteral("to_account_id"), to },
                                         { QStringLiteral("lessons"), lessons } },
                           newKey());
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.isError(QStringLiteral("validation_failed")), refused.body.constData());
        QCOMPARE(errorField(refused), field);
        QCOMPARE(paidLessons(22), 5);
        QCOMPARE(paidLessons(12), 0);
        QCOMPARE(paidLessons(31), 4);
        verifyStillServing();
    }

    void balanceTransferNeedsIdempotencyKey()
    {
        const Response noKey = transfer(22, 12, 1, {});
        QCOMPARE(noKey.status, 400);
        QVERIFY(noKey.isError(QStringLiteral("idempotency_key_required")));
        QCOMPARE(paidLessons(22), 5);
    }

    // ---- bad input keeps the server answering ----------------------------------------------

    void garbageKeepsTheServerAnswering()
    {
        const QList<QPair<QByteArray, QString>> targets {
            { "POST", QStringLiteral("/api/v1/requests") },
            { "POST", QStringLiteral("/api/v1/requests/2201/comments") },
            { "PUT", QStringLiteral("/api/v1/accounts/12/schedule") },
            { "POST", QStringLiteral("/api/v1/teachers/602/requests") },
            { "POST", QStringLiteral("/api/v1/teachers/602/letters") },
            { "POST", QStringLiteral("/api/v1/balance-transfers") },
        };
        const QList<QByteArray> bodies { QByteArray(),
                                         QByteArray("{"),
                                         QByteArray("null"),
                                         QByteArray("\"text\""),
                                         QByteArray(70000, '{'),
                                         QByteArray("{\"slots\":[[[[[]]]]],\"lessons\":1e400}"),
                                         QByteArray("\xff\xfe\x00garbage", 10) };
        for (const auto &[method, path] : targets) {
            for (const QByteArray &body : bodies) {
                const Response answer = m_http->send(
                    method, path, test::kAgentToken, body,
                    { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
                QVERIFY2(answer.status >= 400 && answer.status < 500,
                         qPrintable(QStringLiteral("%1 %2 -> %3")
                                        .arg(QString::fromLatin1(method), path)
                                        .arg(answer.status)));
                QVERIFY2(answer.hasErrorBody(), answer.body.constData());
            }
            // Without a token: 401, nothing written.
            const Response anonymous = m_http->send(
                method, path, {}, "{}",
                { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
            QCOMPARE(anonymous.status, 401);
        }
        // A method the path does not serve.
        const Response patchSchedule
            = m_http->send("PATCH", QStringLiteral("/api/v1/accounts/12/schedule"),
                           test::kAgentToken, "{}", { { "Content-Type", "application/json" } });
        QCOMPARE(patchSchedule.status, 405);
        QCOMPARE(paidLessons(22), 5);
        QCOMPARE(paidLessons(12), 0);
        verifyStillServing();
    }
};

QTEST_GUILESS_MAIN(MergeStepsApiTest)
#include "tst_merge_steps_api.moc"
