// The KIDS account merge's lock on writes (issue 3, app/sandbox/MergeLocks.h), over real HTTP
// on loopback: while u-agent's merge of 22 → 12 locks 11, 12, 21 and 22, every write route a
// merge uses refuses another user (the team lead, the admin) with 409 merge_locked naming the
// holder, lets the holder write, and lets everyone write again once the merge is finished or
// abandoned. Reads stay open. Each test gets a fresh demo sandbox.

#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kOperation = QStringLiteral("agent-op");
const QString kAgentName = QStringLiteral("Анна Смирнова");
const QString kLeadName = QStringLiteral("Борис Егоров");
// The demo child of accounts 11, 12, 21, 22 (tools/make-demo-fixture.py).
const QString kChild = QStringLiteral("Миша Кузнецов");

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The exact 409 body a write to `account` gets while `holderName`'s merge `operation` locks it.
QJsonObject lockedBody(qint64 account, const QString &holderId = QStringLiteral("u-agent"),
                       const QString &holderName = kAgentName,
                       const QString &operation = kOperation)
{
    const QString message
        = QStringLiteral("Account %1 is locked by a merge: %2 is merging it (operation %3), and "
                         "until that merge is finished or abandoned only they can change it. Try "
                         "again later, or ask a team lead to abandon the merge.")
              .arg(account)
              .arg(holderName, operation);
    const QJsonObject error {
        { QStringLiteral("code"), QStringLiteral("merge_locked") },
        { QStringLiteral("message"), message },
        { QStringLiteral("field"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("holder"),
          QJsonObject { { QStringLiteral("id"), holderId },
                        { QStringLiteral("display_name"), holderName } } },
        { QStringLiteral("operation_id"), operation },
    };
    return QJsonObject { { QStringLiteral("error"), error } };
}

// The write routes a merge uses (docs/crm-contract.md, "The merge lock on writes").
enum class Write {
    PatchRequest,
    CreateRequest,
    AddComment,
    AddLesson,
    PatchLesson,
    DeleteLesson,
    PutSchedule,
    DeleteSchedule,
    TeacherRequest,
    Letter,
    Transfer,
    LoginLink,
};

// Who writes when: another user while the lock holds, the holder, another user after it.
enum class Phase { Refused, Holder, Released };

} // namespace

class MergeLocksTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    Response sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QByteArray &etag, const QByteArray &token)
    {
        Headers headers { { "Content-Type", "application/json" } };
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        return m_http->send(method, path, token, compact(body), headers);
    }

    Response remove(const QString &path, const QByteArray &etag, const QByteArray &token)
    {
        return m_http->send("DELETE", path, token, {}, { { "If-Match", etag } });
    }

    // Registers the merge 22 → 12 (locks 11, 12, 21, 22) as the user of `token`.
    bool registerMerge(const QByteArray &token = test::kAgentToken,
                       const QString &operation = kOperation)
    {
        const Response created
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           QJsonObject { { QStringLiteral("operation_id"), operation },
                                         { QStringLiteral("source_account_id"), 22 },
                                         { QStringLiteral("target_account_id"), 12 } },
                           newKey(), token);
        if (created.status != 201)
            qWarning("register: %d %s", created.status, created.body.constData());
        return created.status == 201;
    }

    Response setMergeStatus(const QString &status, const QByteArray &token = test::kAgentToken,
                            const QString &operation = kOperation)
    {
        const QString path = QStringLiteral("/api/v1/merges/") + operation;
        const QByteArray etag = m_http->get(path, token).header("ETag");
        return sendJson("PATCH", path, QJsonObject { { QStringLiteral("status"), status } }, etag,
                        token);
    }

    // The id of `methodist`'s first lesson on `account`, or 0.
    qint64 lessonOf(qint64 methodist, qint64 account)
    {
        const QJsonArray items
            = m_http
                  ->get(QStringLiteral("/api/v1/methodists/%1/lessons?account_id=%2")
                            .arg(methodist)
                            .arg(account))
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray();
        return items.isEmpty() ? 0 : items.first()[QStringLiteral("id")].toInteger();
    }

    // Everything the write routes below change, as any user reads it.
    QJsonObject state()
    {
        QJsonObject all;
        const QStringList paths {
            QStringLiteral("/api/v1/accounts/11"),
            QStringLiteral("/api/v1/accounts/12"),
            QStringLiteral("/api/v1/accounts/21"),
            QStringLiteral("/api/v1/accounts/22"),
            QStringLiteral("/api/v1/requests/1101"),
            QStringLiteral("/api/v1/requests/2101"),
            QStringLiteral("/api/v1/requests/2201"),
            QStringLiteral("/api/v1/accounts/11/schedule"),
            QStringLiteral("/api/v1/accounts/22/schedule"),
            QStringLiteral("/api/v1/methodists/501/lessons"),
            QStringLiteral("/api/v1/methodists/502/lessons"),
            QStringLiteral("/api/v1/teachers/602/requests"),
            QStringLiteral("/api/v1/teachers/602/letters"),
            QStringLiteral("/api/v1/balance-transfers"),
        };
        for (const QString &path : paths)
            all.insert(path, m_http->get(path, test::kAdminToken).json());
        return all;
    }

    // One write of `route` as the user of `token`. The holder and the released phase write
    // again where the first write leaves nothing to repeat (a second open request, a deleted
    // lesson or schedule), on another account the merge locks.
    Response write(Write route, const QByteArray &token, Phase phase)
    {
        switch (route) {
        case Write::PatchRequest: {
            const QString path = QStringLiteral("/api/v1/requests/2201");
            return sendJson("PATCH", path,
                            QJsonObject { { QStringLiteral("intro_lesson_report"),
                                            QStringLiteral("Report %1").arg(int(phase)) } },
                            m_http->get(path, token).header("ETag"), token);
        }
        case Write::CreateRequest: {
            qint64 account = 12;
            if (phase == Phase::Released) {
                // 12 has the holder's open request now: close 21's and create one there.
                const QString path = QStringLiteral("/api/v1/requests/2101");
                const Response closed = sendJson(
                    "PATCH", path,
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("closed") } },
                    m_http->get(path, token).header("ETag"), token);
                if (closed.status != 200)
                    return closed;
                account = 21;
            }
            return m_http->post(
                QStringLiteral("/api/v1/requests"),
                QJsonObject {
                    { QStringLiteral("account_id"), account },
                    { QStringLiteral("email"), QStringLiteral("kuznetsova.e@example.org") },
                    { QStringLiteral("phone"), QStringLiteral("+7 499 123-45-67") },
                    { QStringLiteral("child_name"), kChild } },
                newKey(), token);
        }
        case Write::AddComment:
            return m_http->post(QStringLiteral("/api/v1/requests/2201/comments"),
                                QJsonObject { { QStringLiteral("text"),
                                                QStringLiteral("Comment %1").arg(int(phase)) } },
                                newKey(), token);
        case Write::AddLesson:
            return m_http->post(QStringLiteral("/api/v1/methodists/502/lessons"),
                                QJsonObject { { QStringLiteral("account_id"), 12 },
                                              { QStringLiteral("kind"), QStringLiteral("intro") },
                                              { QStringLiteral("starts_at"),
                                                QStringLiteral("2030-01-15T12:00:00.000Z") } },
                                newKey(), token);
        case Write::PatchLesson: {
            const QString path
                = QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(lessonOf(502, 22));
            return sendJson(
                "PATCH", path,
                QJsonObject { { QStringLiteral("status"),
                                phase == Phase::Holder ? QStringLiteral("cancelled")
                                                       : QStringLiteral("completed") } },
                m_http->get(path, token).header("ETag"), token);
        }
        case Write::DeleteLesson: {
            // The holder deletes 502's intro lesson on 22; afterwards 501's on 11 goes.
            const QString path = phase == Phase::Released
                ? QStringLiteral("/api/v1/methodists/501/lessons/%1").arg(lessonOf(501, 11))
                : QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(lessonOf(502, 22));
            return remove(path, m_http->get(path, token).header("ETag"), token);
        }
        case Write::PutSchedule: {
            const QString path = QStringLiteral("/api/v1/accounts/22/schedule");
            QJsonArray weekly;
            weekly.append(QJsonObject { { QStringLiteral("weekday"), 1 + int(phase) },
                                        { QStringLiteral("time"), QStringLiteral("18:00") } });
            return sendJson("PUT", path,
                            QJsonObject { { QStringLiteral("teacher_id"), 602 },
                                          { QStringLiteral("slots"), weekly } },
                            m_http->get(path, token).header("ETag"), token);
        }
        case Write::DeleteSchedule: {
            const QString path = QStringLiteral("/api/v1/accounts/%1/schedule")
                                     .arg(phase == Phase::Released ? 11 : 22);
            return remove(path, m_http->get(path, token).header("ETag"), token);
        }
        case Write::TeacherRequest:
            return m_http->post(QStringLiteral("/api/v1/teachers/602/requests"),
                                QJsonObject { { QStringLiteral("account_id"), 22 },
                                              { QStringLiteral("message"),
                                                QStringLiteral("Request %1").arg(int(phase)) } },
                                newKey(), token);
        case Write::Letter:
            return m_http->post(QStringLiteral("/api/v1/teachers/602/letters"),
                                QJsonObject { { QStringLiteral("account_id"), 22 },
                                              { QStringLiteral("subject"), QStringLiteral("Hi") },
                                              { QStringLiteral("text"),
                                                QStringLiteral("Letter %1").arg(int(phase)) } },
                                newKey(), token);
        case Write::Transfer:
            return m_http->post(QStringLiteral("/api/v1/balance-transfers"),
                                QJsonObject { { QStringLiteral("from_account_id"), 22 },
                                              { QStringLiteral("to_account_id"), 12 },
                                              { QStringLiteral("lessons"), 1 } },
                                newKey(), token);
        case Write::LoginLink:
            return m_http->post(QStringLiteral("/api/v1/accounts/21/login-link"), {}, newKey(),
                                token);
        }
        return {};
    }

    static void addWriteRows()
    {
        QTest::addColumn<int>("route");
        QTest::addColumn<qint64>("account"); // the locked account the refusal names
        QTest::addColumn<int>("success");
        QTest::newRow("PATCH /requests/{id}") << int(Write::PatchRequest) << qint64(22) << 200;
        QTest::newRow("POST /requests") << int(Write::CreateRequest) << qint64(12) << 201;
        QTest::newRow("POST /requests/{id}/comments")
            << int(Write::AddComment) << qint64(22) << 201;
        QTest::newRow("POST /methodists/{id}/lessons")
            << int(Write::AddLesson) << qint64(12) << 201;
        QTest::newRow("PATCH /methodists/{id}/lessons/{lesson_id}")
            << int(Write::PatchLesson) << qint64(22) << 200;
        QTest::newRow("DELETE /methodists/{id}/lessons/{lesson_id}")
            << int(Write::DeleteLesson) << qint64(22) << 200;
        QTest::newRow("PUT /accounts/{id}/schedule")
            << int(Write::PutSchedule) << qint64(22) << 200;
        QTest::newRow("DELETE /accounts/{id}/schedule")
            << int(Write::DeleteSchedule) << qint64(22) << 200;
        QTest::newRow("POST /teachers/{id}/requests")
            << int(Write::TeacherRequest) << qint64(22) << 201;
        QTest::newRow("POST /teachers/{id}/letters") << int(Write::Letter) << qint64(22) << 201;
        QTest::newRow("POST /balance-transfers") << int(Write::Transfer) << qint64(22) << 201;
        QTest::newRow("POST /accounts/{id}/login-link")
            << int(Write::LoginLink) << qint64(21) << 201;
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

    // ---- each route: refused, the holder's write, released ----------------------------------

    void onlyTheHolderWritesUntilTheMergeIsFinished_data() { addWriteRows(); }

    void onlyTheHolderWritesUntilTheMergeIsFinished()
    {
        QFETCH(int, route);
        QFETCH(qint64, account);
        QFETCH(int, success);
        QVERIFY(registerMerge());

        const QJsonObject before = state();
        const Response refused = write(Write(route), test::kLeadToken, Phase::Refused);
        QVERIFY2(refused.status == 409, refused.body.constData());
        QCOMPARE(refused.json(), lockedBody(account));
        QVERIFY(refused.header("Content-Type").startsWith("application/json"));
        QVERIFY2(state() == before, "a refused write changed the CRM");

        const Response holder = write(Write(route), test::kAgentToken, Phase::Holder);
        QVERIFY2(holder.status == success, holder.body.constData());

        const Response finished = setMergeStatus(QStringLiteral("finished"));
        QVERIFY2(finished.status == 200, finished.body.constData());
        const Response released = write(Write(route), test::kLeadToken, Phase::Released);
        QVERIFY2(released.status == success, released.body.constData());
    }

    // Team leads and admins are not exempt: they abandon the merge first, then write.
    void leadsAndAdminsAbandonTheMergeFirst_data() { addWriteRows(); }

    void leadsAndAdminsAbandonTheMergeFirst()
    {
        QFETCH(int, route);
        QFETCH(qint64, account);
        QFETCH(int, success);
        QVERIFY(registerMerge());
        const Response admin = write(Write(route), test::kAdminToken, Phase::Refused);
        QVERIFY2(admin.status == 409, admin.body.constData());
        QCOMPARE(admin.json(), lockedBody(account));

        const Response abandoned = setMergeStatus(QStringLiteral("abandoned"), test::kLeadToken);
        QVERIFY2(abandoned.status == 200, abandoned.body.constData());
        const Response lead = write(Write(route), test::kLeadToken, Phase::Refused);
        QVERIFY2(lead.status == success, lead.body.constData());
    }

    // ---- around the rule ----------------------------------------------------------------------

    void theLeadsMergeLocksTheAgentOut()
    {
        QVERIFY(registerMerge(test::kLeadToken, QStringLiteral("lead-op")));
        const Response refused = write(Write::Transfer, test::kAgentToken, Phase::Refused);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json(),
                 lockedBody(22, QStringLiteral("u-lead"), kLeadName, QStringLiteral("lead-op")));
        QCOMPARE(write(Write::Transfer, test::kLeadToken, Phase::Holder).status, 201);
    }

    void aFailedMergeKeepsTheLock()
    {
        QVERIFY(registerMerge());
        QCOMPARE(setMergeStatus(QStringLiteral("failed")).status, 200);
        const Response refused = write(Write::AddComment, test::kLeadToken, Phase::Refused);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json(), lockedBody(22));
        QCOMPARE(write(Write::AddComment, test::kAgentToken, Phase::Holder).status, 201);
    }

    void readsStayOpen()
    {
        QVERIFY(registerMerge());
        const QStringList paths {
            QStringLiteral("/api/v1/accounts/22"),
            QStringLiteral("/api/v1/requests/2201"),
            QStringLiteral("/api/v1/requests/2201/comments"),
            QStringLiteral("/api/v1/accounts/22/schedule"),
            QStringLiteral("/api/v1/methodists/502/lessons?account_id=22"),
            QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(lessonOf(502, 22)),
            QStringLiteral("/api/v1/teachers/602/requests?account_id=22"),
            QStringLiteral("/api/v1/teachers/602/letters?account_id=22"),
            QStringLiteral("/api/v1/balance-transfers?account_id=22"),
            QStringLiteral("/api/v1/merges?account_id=22"),
        };
        for (const QByteArray &token : { test::kLeadToken, test::kAdminToken }) {
            for (const QString &path : paths)
                QVERIFY2(m_http->get(path, token).status == 200, qPrintable(path));
        }
    }

    // Accounts the merge does not lock stay writable for everyone.
    void otherAccountsStayWritable()
    {
        QVERIFY(registerMerge());
        const QString path = QStringLiteral("/api/v1/requests/3101");
        const Response patched = sendJson(
            "PATCH", path, QJsonObject { { QStringLiteral("status"), QStringLiteral("paused") } },
            m_http->get(path, test::kLeadToken).header("ETag"), test::kLeadToken);
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/teachers/603/requests"),
                            QJsonObject { { QStringLiteral("account_id"), 31 },
                                          { QStringLiteral("message"), QStringLiteral("Hello") } },
                            newKey(), test::kLeadToken)
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/accounts/31/login-link"), {}, newKey(),
                            test::kLeadToken)
                     .status,
                 201);
    }

    // Unknown ids answer as before (404, or 422 for an id in the body); then the lock, before
    // If-Match and the rest of the body.
    void unknownIdsFirstThenTheLockThenTheRest()
    {
        QVERIFY(registerMerge());
        const QByteArray lead = test::kLeadToken;
        const QJsonObject empty;
        QCOMPARE(sendJson("PATCH", QStringLiteral("/api/v1/requests/999999"),
                          { { QStringLiteral("status"), QStringLiteral("paused") } }, "\"x\"", lead)
                     .status,
                 404);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/requests/999999/comments"),
                            { { QStringLiteral("text"), QStringLiteral("x") } }, newKey(), lead)
                     .status,
                 404);
        QCOMPARE(
            remove(QStringLiteral("/api/v1/methodists/502/lessons/999999"), "\"x\"", lead).status,
            404);
        QCOMPARE(remove(QStringLiteral("/api/v1/accounts/999/schedule"), "\"x\"", lead).status,
                 404);
        QCOMPARE(
            m_http->post(QStringLiteral("/api/v1/accounts/999/login-link"), empty, newKey(), lead)
                .status,
            404);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/teachers/999/letters"),
                            { { QStringLiteral("account_id"), 22 } }, newKey(), lead)
                     .status,
                 404);
        const Response unknownAccount
            = m_http->post(QStringLiteral("/api/v1/requests"),
                           { { QStringLiteral("account_id"), 999 } }, newKey(), lead);
        QCOMPARE(unknownAccount.status, 422);
        QCOMPARE(unknownAccount.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("account_id"));
        const Response unknownTo = m_http->post(QStringLiteral("/api/v1/balance-transfers"),
                                                { { QStringLiteral("from_account_id"), 22 },
                                                  { QStringLiteral("to_account_id"), 999 },
                                                  { QStringLiteral("lessons"), 1 } },
                                                newKey(), lead);
        QCOMPARE(unknownTo.status, 422);
        QCOMPARE(unknownTo.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("to_account_id"));

        // The lock comes before If-Match (missing or stale) and before the body's other fields.
        const QString request = QStringLiteral("/api/v1/requests/2201");
        const QJsonObject paused { { QStringLiteral("status"), QStringLiteral("paused") } };
        QCOMPARE(sendJson("PATCH", request, paused, {}, lead).json(), lockedBody(22));
        QCOMPARE(sendJson("PATCH", request, paused, "\"request-2201-v999\"", lead).json(),
                 lockedBody(22));
        QCOMPARE(sendJson("PATCH", request, { { QStringLiteral("teacher_id"), 1 } },
                          m_http->get(request, lead).header("ETag"), lead)
                     .json(),
                 lockedBody(22));
        QCOMPARE(remove(QStringLiteral("/api/v1/accounts/22/schedule"), "\"stale\"", lead).json(),
                 lockedBody(22));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/requests"),
                            { { QStringLiteral("account_id"), 12 },
                              { QStringLiteral("email"), QStringLiteral("not an address") } },
                            newKey(), lead)
                     .json(),
                 lockedBody(12));
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/balance-transfers"),
                            { { QStringLiteral("from_account_id"), 22 },
                              { QStringLiteral("to_account_id"), 12 },
                              { QStringLiteral("lessons"), 100000 } },
                            newKey(), lead)
                     .json(),
                 lockedBody(22));
        // A math account gets no login link (422), but the lock is named first.
        QCOMPARE(
            m_http->post(QStringLiteral("/api/v1/accounts/12/login-link"), empty, newKey(), lead)
                .json(),
            lockedBody(12));
    }

    // Like every final answer to a POST, the refusal is remembered under its Idempotency-Key:
    // once the lock is gone, the write needs a new key.
    void aRefusedPostReplaysUnderItsKey()
    {
        QVERIFY(registerMerge());
        const QString path = QStringLiteral("/api/v1/requests/2201/comments");
        const QJsonObject body { { QStringLiteral("text"), QStringLiteral("Later") } };
        const QByteArray key = newKey();
        const Response refused = m_http->post(path, body, key, test::kLeadToken);
        QCOMPARE(refused.status, 409);
        QCOMPARE(setMergeStatus(QStringLiteral("finished")).status, 200);
        const Response replayed = m_http->post(path, body, key, test::kLeadToken);
        QCOMPARE(replayed.status, 409);
        QCOMPARE(replayed.body, refused.body);
        QCOMPARE(m_http->post(path, body, newKey(), test::kLeadToken).status, 201);
    }
};

QTEST_GUILESS_MAIN(MergeLocksTest)
#include "tst_merge_locks.moc"
