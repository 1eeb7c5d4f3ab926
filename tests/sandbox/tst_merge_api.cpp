// The CRM rules the KIDS account merge relies on (issue 3, seed 000), enforced by the sandbox and
// met over real HTTP: login links only for English accounts, the merge registry and its lock,
// the methodist timetable rule, and duplicate marking. Each test gets a fresh demo sandbox.

#include "SandboxTestSupport.h"

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

// True when the body is exactly the 409 merge_locked error body: the contract's error members
// plus "holder" {"id","display_name"} and "operation_id", which name the lock's holder as data.
bool isMergeLocked(const Response &response, const QString &holderId, const QString &holderName,
                   const QString &operationId)
{
    const QJsonObject root = response.json();
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    const QJsonObject holder { { QStringLiteral("id"), holderId },
                               { QStringLiteral("display_name"), holderName } };
    const QString message = error.value(QStringLiteral("message")).toString();
    return response.status == 409 && root.size() == 1
        && QStringList(error.keys())
        == QStringList { QStringLiteral("code"), QStringLiteral("field"), QStringLiteral("holder"),
                         QStringLiteral("message"), QStringLiteral("operation_id") }
    && error.value(QStringLiteral("code")).toString() == QLatin1String("merge_locked")
        && error.value(QStringLiteral("field")).isNull()
        && error.value(QStringLiteral("holder")).toObject() == holder
        && error.value(QStringLiteral("operation_id")).toString() == operationId
        && message.contains(holderName) && message.contains(operationId);
}

QJsonObject mergeBody(const QString &operation, qint64 source, qint64 target)
{
    return QJsonObject { { QStringLiteral("operation_id"), operation },
                         { QStringLiteral("source_account_id"), source },
                         { QStringLiteral("target_account_id"), target } };
}

} // namespace

class MergeApiTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    Response patch(const QString &path, const QJsonObject &body, const QByteArray &etag,
                   const QByteArray &token = test::kAgentToken)
    {
        Headers headers { { "Content-Type", "application/json" } };
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        return m_http->send("PATCH", path, token, compact(body), headers);
    }

    Response addIntro(qint64 methodist, qint64 account, const QString &status)
    {
        return m_http->post(QStringLiteral("/api/v1/methodists/%1/lessons").arg(methodist),
                            QJsonObject { { QStringLiteral("account_id"), account },
                                          { QStringLiteral("kind"), QStringLiteral("intro") },
                                          { QStringLiteral("starts_at"),
                                            QStringLiteral("2030-01-15T12:00:00.000Z") },
                                          { QStringLiteral("status"), status } },
                            newKey());
    }

    void verifyStillServing()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/health"), {}).status, 200);
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

    // ---- login links ------------------------------------------------------------------------

    void loginLinkForEnglishAccount()
    {
        for (const qint64 account : { 11, 21 }) {
            const Response link = m_http->post(
                QStringLiteral("/api/v1/accounts/%1/login-link").arg(account), {}, newKey());
            QCOMPARE(link.status, 201);
            const QJsonObject body = link.json();
            QCOMPARE(body.value(QStringLiteral("account_id")).toInteger(), account);
            QVERIFY(body.value(QStringLiteral("url"))
                        .toString()
                        .startsWith(QStringLiteral("https://")));
            const QDateTime expires = QDateTime::fromString(
                body.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(expires > QDateTime::currentDateTimeUtc());
        }
    }

    void loginLinkRefusedForMathAccount()
    {
        for (const qint64 account : { 12, 22 }) {
            const Response link = m_http->post(
                QStringLiteral("/api/v1/accounts/%1/login-link").arg(account), {}, newKey());
            QCOMPARE(link.status, 422);
            QVERIFY2(link.isError(QStringLiteral("validation_failed")), link.body.constData());
            const QJsonObject error = link.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("account_id"));
            QVERIFY(error.value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("English")));
        }
    }

    void loginLinkUnknownAccountIs404()
    {
        for (const char *id : { "424242", "abc", "99999999999999999999999" }) {
            const Response link = m_http->post(
                QStringLiteral("/api/v1/accounts/%1/login-link").arg(QLatin1String(id)), {},
                newKey());
            QCOMPARE(link.status, 404);
            QVERIFY(link.isError(QStringLiteral("not_found")));
        }
        const Response noKey
            = m_http->post(QStringLiteral("/api/v1/accounts/11/login-link"), {}, {});
        QCOMPARE(noKey.status, 400);
        QVERIFY(noKey.isError(QStringLiteral("idempotency_key_required")));
    }

    // ---- merge registry and lock -------------------------------------------------------------

    void mergeRegistersAndLocks()
    {
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(created.status, 201);
        const QJsonObject merge = created.json();
        QCOMPARE(merge.value(QStringLiteral("operation_id")).toString(), QStringLiteral("op-a"));
        QCOMPARE(merge.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
        QCOMPARE(merge.value(QStringLiteral("completed_steps")).toArray(), QJsonArray());
        QCOMPARE(merge.value(QStringLiteral("locked_account_ids")).toArray(),
                 (QJsonArray { 11, 12, 21, 22 }));
        QCOMPARE(merge[QStringLiteral("user")][QStringLiteral("id")].toString(),
                 QStringLiteral("u-agent"));
        QVERIFY(!created.header("ETag").isEmpty());

        const Response read = m_http->get(QStringLiteral("/api/v1/merges/op-a"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json(), merge);
        QCOMPARE(read.header("ETag"), created.header("ETag"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/op-none")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/bad%20id")).status, 404);
    }

    void secondAgentGetsConflictNamingTheHolder()
    {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-a"), 22, 12), newKey())
                     .status,
                 201);
        // Another operation on the other direction touches the same pairs.
        const Response second
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-b"), 11, 21), newKey(), test::kLeadToken);
        QCOMPARE(second.status, 409);
        QVERIFY2(isMergeLocked(second, QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова"),
                               QStringLiteral("op-a")),
                 second.body.constData());
        const QString message
            = second.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(message.contains(QStringLiteral("Анна Смирнова")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("op-a")), qPrintable(message));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/op-b")).status, 404);
        // The holder is who the merge says.
        const Response read = m_http->get(QStringLiteral("/api/v1/merges/op-a"));
        QCOMPARE(read.json()[QStringLiteral("user")][QStringLiteral("display_name")].toString(),
                 QStringLiteral("Анна Смирнова"));
    }

    void sameOperationResumes()
    {
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(created.status, 201);
        const Response progressed
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("running") },
                                  { QStringLiteral("completed_steps"),
                                    QJsonArray { QStringLiteral("create-request") } } },
                    created.header("ETag"));
        QCOMPARE(progressed.status, 200);
        // After a crash the console registers again with a new key: it gets the merge back.
        const Response again = m_http->post(QStringLiteral("/api/v1/merges"),
                                            mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), progressed.json());
        QCOMPARE(again.header("ETag"), progressed.header("ETag"));
        // The same operation id for other accounts is refused.
        const Response other = m_http->post(QStringLiteral("/api/v1/merges"),
                                            mergeBody(QStringLiteral("op-a"), 11, 21), newKey());
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("operation_id"));
    }

    // Knowing the operation id (the 409 names it) gives another agent no right to resume it.
    void anotherAgentCannotResumeSomeoneElsesMerge()
    {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-a"), 22, 12), newKey())
                     .status,
                 201);
        const Response takeover
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-a"), 22, 12), newKey(), test::kLeadToken);
        QCOMPARE(takeover.status, 409);
        QVERIFY2(isMergeLocked(takeover, QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова"),
                               QStringLiteral("op-a")),
                 takeover.body.constData());
        // Still the agent's merge.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/op-a"))
                     .json()[QStringLiteral("user")][QStringLiteral("id")]
                     .toString(),
                 QStringLiteral("u-agent"));
    }

    void aClosedMergeCannotBeResumedAndAFinishedOneNotRepeated()
    {
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(created.status, 201);
        const Response finished
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("finished") } },
                    created.header("ETag"));
        QCOMPARE(finished.status, 200);
        // Resuming the finished operation: refused, it holds no lock any more.
        const Response resumed = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(resumed.status, 409);
        QVERIFY2(resumed.isError(QStringLiteral("merge_closed")), resumed.body.constData());
        // Merging the same accounts again under a new operation would repeat every step.
        const Response again = m_http->post(QStringLiteral("/api/v1/merges"),
                                            mergeBody(QStringLiteral("op-b"), 22, 12), newKey());
        QCOMPARE(again.status, 409);
        QVERIFY2(again.isError(QStringLiteral("already_merged")), again.body.constData());
        QVERIFY2(again.body.contains("op-a"), again.body.constData());
    }

    void finishedReleasesTheLock()
    {
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(created.status, 201);
        const QJsonArray steps { QStringLiteral("create-request"),
                                 QStringLiteral("move-intro-lesson") };
        const Response finished
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("finished") },
                                  { QStringLiteral("completed_steps"), steps } },
                    created.header("ETag"));
        QCOMPARE(finished.status, 200);
        QCOMPARE(finished.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("finished"));
        QCOMPARE(finished.json().value(QStringLiteral("completed_steps")).toArray(), steps);
        QCOMPARE(finished.json().value(QStringLiteral("locked_account_ids")).toArray(),
                 QJsonArray());
        QVERIFY(finished.header("ETag") != created.header("ETag"));
        // Final: no more changes.
        const Response afterwards
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("running") } },
                    finished.header("ETag"));
        QCOMPARE(afterwards.status, 409);
        QVERIFY(afterwards.isError(QStringLiteral("merge_closed")));
        // The accounts are free again for another agent.
        const Response next
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-b"), 11, 21), newKey(), test::kLeadToken);
        QCOMPARE(next.status, 201);
    }

    void abandonedReleasesFailedKeeps()
    {
        Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                        mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        const Response failed
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("failed") } },
                    created.header("ETag"));
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json().value(QStringLiteral("locked_account_ids")).toArray().size(), 4);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-b"), 11, 21), newKey(), test::kLeadToken)
                     .status,
                 409);
        // A team lead may abandon the agent's stuck merge.
        const Response abandoned
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("abandoned") } },
                    failed.header("ETag"), test::kLeadToken);
        QCOMPARE(abandoned.status, 200);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-b"), 11, 21), newKey(), test::kLeadToken)
                     .status,
                 201);
        // The agent may not change the lead's merge: the conflict names the holder.
        const Response read = m_http->get(QStringLiteral("/api/v1/merges/op-b"));
        const Response foreign
            = patch(QStringLiteral("/api/v1/merges/op-b"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("abandoned") } },
                    read.header("ETag"));
        QCOMPARE(foreign.status, 409);
        QVERIFY2(isMergeLocked(foreign, QStringLiteral("u-lead"), QStringLiteral("Борис Егоров"),
                               QStringLiteral("op-b")),
                 foreign.body.constData());
        QVERIFY(
            foreign.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                QStringLiteral("Борис Егоров")));
    }

    void mergePatchNeedsIfMatch()
    {
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        const QJsonObject running { { QStringLiteral("status"), QStringLiteral("running") } };
        const Response missing = patch(QStringLiteral("/api/v1/merges/op-a"), running, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response ok
            = patch(QStringLiteral("/api/v1/merges/op-a"), running, created.header("ETag"));
        QCOMPARE(ok.status, 200);
        const Response stale
            = patch(QStringLiteral("/api/v1/merges/op-a"), running, created.header("ETag"));
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(
            patch(QStringLiteral("/api/v1/merges/op-none"), running, created.header("ETag")).status,
            404);
    }

    // The structured members of merge_locked survive the Idempotency-Key replay, and other 409s
    // keep the plain error body.
    void mergeLockedReplaysItsHolderAndOtherConflictsStayPlain()
    {
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-a"), 22, 12), newKey())
                     .status,
                 201);
        const QByteArray key = newKey();
        const Response first
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-b"), 22, 12), key, test::kLeadToken);
        QVERIFY2(isMergeLocked(first, QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова"),
                               QStringLiteral("op-a")),
                 first.body.constData());
        const Response replay
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-b"), 22, 12), key, test::kLeadToken);
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.body, first.body);
        // merge_closed is no lock: no holder members.
        const Response read = m_http->get(QStringLiteral("/api/v1/merges/op-a"));
        const Response finished
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("finished") } },
                    read.header("ETag"));
        QCOMPARE(finished.status, 200);
        const Response closed
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("running") } },
                    finished.header("ETag"));
        QCOMPARE(closed.status, 409);
        QVERIFY2(closed.isError(QStringLiteral("merge_closed")), closed.body.constData());
    }

    // ---- who holds the lock: GET /merges?account_id= ------------------------------------------

    void mergesOfAccountShowTheLockHolder()
    {
        const QJsonObject empty { { QStringLiteral("items"), QJsonArray() },
                                  { QStringLiteral("next_cursor"), QJsonValue::Null } };
        const Response none = m_http->get(QStringLiteral("/api/v1/merges?account_id=12"));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json(), empty);

        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        QCOMPARE(created.status, 201);
        // Every locked account (source, target and their pair partners) shows the merge, exactly
        // as GET /merges/{operation_id} does; any user may ask.
        for (const qint64 account : { 11, 12, 21, 22 }) {
            for (const QByteArray &token : { test::kAgentToken, test::kLeadToken }) {
                const Response listed = m_http->get(
                    QStringLiteral("/api/v1/merges?account_id=%1").arg(account), token);
                QCOMPARE(listed.status, 200);
                QCOMPARE(listed.json().value(QStringLiteral("items")).toArray(),
                         QJsonArray { created.json() });
                QVERIFY(listed.json().value(QStringLiteral("next_cursor")).isNull());
            }
        }
        // An account of another student is not locked.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges?account_id=31")).json(), empty);
        const Response page = m_http->get(QStringLiteral("/api/v1/merges?account_id=12&limit=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(page.json().value(QStringLiteral("next_cursor")).isNull());

        // A failed merge keeps its lock (for a resume) and shows its new state.
        const Response failed
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("failed") },
                                  { QStringLiteral("completed_steps"),
                                    QJsonArray { QStringLiteral("create-request") } } },
                    created.header("ETag"));
        QCOMPARE(failed.status, 200);
        const Response afterFailure = m_http->get(QStringLiteral("/api/v1/merges?account_id=21"));
        QCOMPARE(afterFailure.json().value(QStringLiteral("items")).toArray(),
                 QJsonArray { failed.json() });

        // Abandoned: no lock any more, so nothing shows.
        const Response abandoned
            = patch(QStringLiteral("/api/v1/merges/op-a"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("abandoned") } },
                    failed.header("ETag"), test::kLeadToken);
        QCOMPARE(abandoned.status, 200);
        for (const qint64 account : { 11, 12, 21, 22 }) {
            QCOMPARE(
                m_http->get(QStringLiteral("/api/v1/merges?account_id=%1").arg(account)).json(),
                empty);
        }

        // The lead's merge of the other direction now holds the lock, and says so.
        const Response lead
            = m_http->post(QStringLiteral("/api/v1/merges"),
                           mergeBody(QStringLiteral("op-b"), 11, 21), newKey(), test::kLeadToken);
        QCOMPARE(lead.status, 201);
        const QJsonArray items = m_http->get(QStringLiteral("/api/v1/merges?account_id=12"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items, QJsonArray { lead.json() });
        QCOMPARE(items[0][QStringLiteral("user")][QStringLiteral("display_name")].toString(),
                 QStringLiteral("Борис Егоров"));

        // Finished: the lock is released too.
        const Response finished
            = patch(QStringLiteral("/api/v1/merges/op-b"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("finished") } },
                    lead.header("ETag"), test::kLeadToken);
        QCOMPARE(finished.status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges?account_id=11")).json(), empty);
    }

    void mergesOfAccountBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString invalid = QStringLiteral("validation_failed");
        const QString account = QStringLiteral("account_id");
        QTest::newRow("missing") << QString() << 422 << invalid << account;
        QTest::newRow("only a limit") << QStringLiteral("?limit=5") << 422 << invalid << account;
        QTest::newRow("empty") << QStringLiteral("?account_id=") << 422 << invalid << account;
        QTest::newRow("text") << QStringLiteral("?account_id=abc") << 422 << invalid << account;
        QTest::newRow("negative") << QStringLiteral("?account_id=-12") << 422 << invalid << account;
        QTest::newRow("fraction") << QStringLiteral("?account_id=12.5") << 422 << invalid
                                  << account;
        QTest::newRow("exponent") << QStringLiteral("?account_id=1e3") << 422 << invalid << account;
        QTest::newRow("blank") << QStringLiteral("?account_id=%2012") << 422 << invalid << account;
        QTest::newRow("huge") << QStringLiteral("?account_id=9999999999999999999") << 422 << invalid
                              << account;
        QTest::newRow("unknown") << QStringLiteral("?account_id=424242") << 422 << invalid
                                 << account;
        QTest::newRow("zero") << QStringLiteral("?account_id=0") << 422 << invalid << account;
        QTest::newRow("limit zero") << QStringLiteral("?account_id=12&limit=0") << 422 << invalid
                                    << QStringLiteral("limit");
        QTest::newRow("limit over") << QStringLiteral("?account_id=12&limit=201") << 422 << invalid
                                    << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("?account_id=12&limit=x") << 422 << invalid
                                    << QStringLiteral("limit");
        QTest::newRow("bad cursor") << QStringLiteral("?account_id=12&cursor=bogus") << 400
                                    << QStringLiteral("invalid_cursor") << QStringLiteral("cursor");
    }

    void mergesOfAccountBadInput()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-a"), 22, 12), newKey())
                     .status,
                 201);
        const Response response = m_http->get(QStringLiteral("/api/v1/merges") + query);
        QCOMPARE(response.status, status);
        QVERIFY2(response.isError(code), response.body.constData());
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
        verifyStillServing();
    }

    void mergesOfAccountNeedATokenAndKnowTheirMethods()
    {
        const Response anonymous = m_http->get(QStringLiteral("/api/v1/merges?account_id=12"), {});
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.isError(QStringLiteral("unauthorized")));
        const Response unknownToken
            = m_http->get(QStringLiteral("/api/v1/merges?account_id=12"), "no-such-token");
        QCOMPARE(unknownToken.status, 401);
        const Response removal = m_http->send("DELETE", QStringLiteral("/api/v1/merges"));
        QCOMPARE(removal.status, 405);
        QVERIFY(removal.isError(QStringLiteral("method_not_allowed")));
        const QByteArray allow = removal.header("Allow");
        QVERIFY2(allow.contains("GET") && allow.contains("POST"), allow.constData());
    }

    void mergeRefusesNotKids()
    {
        // Adult student 2's English account 31.
        const Response source = m_http->post(QStringLiteral("/api/v1/merges"),
                                             mergeBody(QStringLiteral("op-a"), 31, 12), newKey());
        QCOMPARE(source.status, 422);
        QVERIFY2(source.isError(QStringLiteral("not_kids")), source.body.constData());
        QCOMPARE(source.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("source_account_id"));
        const Response target = m_http->post(QStringLiteral("/api/v1/merges"),
                                             mergeBody(QStringLiteral("op-a"), 11, 31), newKey());
        QCOMPARE(target.status, 422);
        QVERIFY(target.isError(QStringLiteral("not_kids")));
        QCOMPARE(target.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("target_account_id"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/op-a")).status, 404);
    }

    void mergeRefusesTargetNotEmpty()
    {
        // Working math 12 <- 22 reversed: target 22 has lessons taken.
        const Response refused = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 12, 22), newKey());
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.isError(QStringLiteral("target_not_empty")), refused.body.constData());
        QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("target_account_id"));
        // Nothing was locked by the refusal.
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/merges"),
                            mergeBody(QStringLiteral("op-b"), 22, 12), newKey())
                     .status,
                 201);
    }

    void mergeBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing operation")
            << QByteArray(R"({"source_account_id":22,"target_account_id":12})")
            << QStringLiteral("operation_id");
        QTest::newRow("operation number")
            << QByteArray(R"({"operation_id":5,"source_account_id":22,"target_account_id":12})")
            << QStringLiteral("operation_id");
        QTest::newRow("operation slash")
            << QByteArray(R"({"operation_id":"a/b","source_account_id":22,"target_account_id":12})")
            << QStringLiteral("operation_id");
        QTest::newRow("operation long")
            << (QByteArray("{\"operation_id\":\"") + QByteArray(101, 'x')
                + "\",\"source_account_id\":22,\"target_account_id\":12}")
            << QStringLiteral("operation_id");
        QTest::newRow("missing source")
            << QByteArray(R"({"operation_id":"op","target_account_id":12})")
            << QStringLiteral("source_account_id");
        QTest::newRow("source text") << QByteArray(
            R"({"operation_id":"op","source_account_id":"22","target_account_id":12})")
                                     << QStringLiteral("source_account_id");
        QTest::newRow("source fraction") << QByteArray(
            R"({"operation_id":"op","source_account_id":22.5,"target_account_id":12})")
                                         << QStringLiteral("source_account_id");
        QTest::newRow("source huge") << QByteArray(
            R"({"operation_id":"op","source_account_id":1e300,"target_account_id":12})")
                                     << QStringLiteral("source_account_id");
        QTest::newRow("target unknown") << QByteArray(
            R"({"operation_id":"op","source_account_id":22,"target_account_id":424242})")
                                        << QStringLiteral("target_account_id");
        QTest::newRow("target negative")
            << QByteArray(R"({"operation_id":"op","source_account_id":22,"target_account_id":-12})")
            << QStringLiteral("target_account_id");
        QTest::newRow("same account")
            << QByteArray(R"({"operation_id":"op","source_account_id":22,"target_account_id":22})")
            << QStringLiteral("target_account_id");
        QTest::newRow("other subject")
            << QByteArray(R"({"operation_id":"op","source_account_id":22,"target_account_id":21})")
            << QStringLiteral("target_account_id");
    }

    void mergeBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response response = m_http->send(
            "POST", QStringLiteral("/api/v1/merges"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
        verifyStillServing();
    }

    void mergePatchBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray("{}") << 422 << QString();
        QTest::newRow("unknown field")
            << QByteArray(R"({"user_id":"u-lead"})") << 422 << QStringLiteral("user_id");
        QTest::newRow("bad status")
            << QByteArray(R"({"status":"registered"})") << 422 << QStringLiteral("status");
        QTest::newRow("status number")
            << QByteArray(R"({"status":1})") << 422 << QStringLiteral("status");
        QTest::newRow("steps not array") << QByteArray(R"({"completed_steps":"create-request"})")
                                         << 422 << QStringLiteral("completed_steps");
        QTest::newRow("steps numbers") << QByteArray(R"({"completed_steps":[1,2]})") << 422
                                       << QStringLiteral("completed_steps");
        QTest::newRow("steps twice")
            << QByteArray(R"({"completed_steps":["create-request","create-request"]})") << 422
            << QStringLiteral("completed_steps");
        QTest::newRow("step bad id") << QByteArray(R"({"completed_steps":["Create Request"]})")
                                     << 422 << QStringLiteral("completed_steps");
        QTest::newRow("not json") << QByteArray("{status") << 400 << QString();
        QTest::newRow("array") << QByteArray("[]") << 400 << QString();
    }

    void mergePatchBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Response created = m_http->post(QStringLiteral("/api/v1/merges"),
                                              mergeBody(QStringLiteral("op-a"), 22, 12), newKey());
        const Response response = m_http->send(
            "PATCH", QStringLiteral("/api/v1/merges/op-a"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "If-Match", created.header("ETag") } });
        QCOMPARE(response.status, status);
        QVERIFY2(response.hasErrorBody(), response.body.constData());
        if (status == 422)
            QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                     field);
        // Nothing changed.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/merges/op-a")).header("ETag"),
                 created.header("ETag"));
    }

    // ---- methodist timetable -----------------------------------------------------------------

    void methodistTimetableLists()
    {
        const Response all = m_http->get(QStringLiteral("/api/v1/methodists/501/lessons"));
        QCOMPARE(all.status, 200);
        const QJsonArray items = all.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2); // accounts 11 and 31
        const Response one
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons?account_id=22"));
        QCOMPARE(one.status, 200);
        const QJsonArray intro = one.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(intro.size(), 1);
        QCOMPARE(intro[0][QStringLiteral("kind")].toString(), QStringLiteral("intro"));
        QCOMPARE(intro[0][QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QCOMPARE(intro[0][QStringLiteral("staff_id")].toInteger(), 502);
        const Response page = m_http->get(QStringLiteral("/api/v1/methodists/501/lessons?limit=1"));
        QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(page.json().value(QStringLiteral("next_cursor")).isString());
        // A teacher is not a methodist.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/methodists/601/lessons")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/methodists/424242/lessons")).status, 404);
        const Response bad
            = m_http->get(QStringLiteral("/api/v1/methodists/501/lessons?account_id=x"));
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("account_id"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/methodists/501/lessons?limit=0")).status, 422);
    }

    void introLessonAllowedBeforeTeacherLessons()
    {
        // Empty math 12: nothing scheduled with a teacher yet.
        const Response added = addIntro(502, 12, QStringLiteral("scheduled"));
        QCOMPARE(added.status, 201);
        const QJsonObject lesson = added.json();
        QCOMPARE(lesson.value(QStringLiteral("account_id")).toInteger(), 12);
        QCOMPARE(lesson.value(QStringLiteral("staff_id")).toInteger(), 502);
        QCOMPARE(lesson.value(QStringLiteral("kind")).toString(), QStringLiteral("intro"));
        QCOMPARE(lesson.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(lesson.value(QStringLiteral("starts_at")).toString(),
                 QStringLiteral("2030-01-15T12:00:00.000Z"));
        const Response listed
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons?account_id=12"));
        QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 1);
    }

    void introLessonRefusedOnceTeacherLessonsScheduled()
    {
        // Working English 11 and math 22 have lessons with a teacher scheduled.
        for (const qint64 account : { 11, 22 }) {
            const Response refused = addIntro(501, account, QStringLiteral("completed"));
            QCOMPARE(refused.status, 409);
            QVERIFY2(refused.isError(QStringLiteral("teacher_lessons_scheduled")),
                     refused.body.constData());
            QVERIFY(refused.json()[QStringLiteral("error")][QStringLiteral("message")]
                        .toString()
                        .contains(QStringLiteral("teacher")));
        }
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/methodists/501/lessons?account_id=11"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
    }

    void deleteAndCompleteNeedIfMatch()
    {
        const Response added = addIntro(502, 12, QStringLiteral("scheduled"));
        QCOMPARE(added.status, 201);
        const qint64 id = added.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(id);
        const QJsonObject completed { { QStringLiteral("status"), QStringLiteral("completed") } };

        QCOMPARE(patch(path, completed, {}).status, 428);
        const Response done = patch(path, completed, added.header("ETag"));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        QVERIFY(done.header("ETag") != added.header("ETag"));
        QCOMPARE(patch(path, completed, added.header("ETag")).status, 412);
        // Another methodist's path does not reach the lesson.
        QCOMPARE(patch(QStringLiteral("/api/v1/methodists/501/lessons/%1").arg(id), completed,
                       done.header("ETag"))
                     .status,
                 404);
        const Response badField
            = patch(path, QJsonObject { { QStringLiteral("kind"), QStringLiteral("regular") } },
                    done.header("ETag"));
        QCOMPARE(badField.status, 422);
        QCOMPARE(badField.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("kind"));
        const Response badStatus
            = patch(path, QJsonObject { { QStringLiteral("status"), QStringLiteral("done") } },
                    done.header("ETag"));
        QCOMPARE(badStatus.status, 422);

        const Response noMatch = m_http->send("DELETE", path);
        QCOMPARE(noMatch.status, 428);
        QVERIFY(noMatch.isError(QStringLiteral("precondition_required")));
        const Response stale = m_http->send("DELETE", path, test::kAgentToken, {},
                                            { { "If-Match", added.header("ETag") } });
        QCOMPARE(stale.status, 412);
        const Response deleted = m_http->send("DELETE", path, test::kAgentToken, {},
                                              { { "If-Match", done.header("ETag") } });
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(m_http
                     ->send("DELETE", path, test::kAgentToken, {},
                            { { "If-Match", done.header("ETag") } })
                     .status,
                 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/methodists/502/lessons?account_id=12"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);
    }

    void moveIntroLessonAsTheMergeDoes()
    {
        // The seed's order: delete the old intro lesson, add one for the new profile, complete.
        const Response old
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons?account_id=22"));
        const QJsonObject lesson
            = old.json().value(QStringLiteral("items")).toArray().first().toObject();
        const qint64 id = lesson.value(QStringLiteral("id")).toInteger();
        const QByteArray etag = "\"lesson-" + QByteArray::number(id) + "-v"
            + QByteArray::number(lesson.value(QStringLiteral("version")).toInteger()) + '"';
        QCOMPARE(m_http
                     ->send("DELETE", QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(id),
                            test::kAgentToken, {}, { { "If-Match", etag } })
                     .status,
                 200);
        const Response added = addIntro(502, 12, QStringLiteral("scheduled"));
        QCOMPARE(added.status, 201);
        const Response done
            = patch(QStringLiteral("/api/v1/methodists/502/lessons/%1")
                        .arg(added.json().value(QStringLiteral("id")).toInteger()),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("completed") } },
                    added.header("ETag"));
        QCOMPARE(done.status, 200);
    }

    void addLessonBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing account")
            << QByteArray(R"({"kind":"intro","starts_at":"2030-01-15T12:00:00.000Z"})")
            << QStringLiteral("account_id");
        QTest::newRow("account text") << QByteArray(
            R"({"account_id":"12","kind":"intro","starts_at":"2030-01-15T12:00:00.000Z"})")
                                      << QStringLiteral("account_id");
        QTest::newRow("account huge") << QByteArray(
            R"({"account_id":99999999999999999999999,"kind":"intro","starts_at":"2030-01-15T12:00:00.000Z"})")
                                      << QStringLiteral("account_id");
        QTest::newRow("account unknown") << QByteArray(
            R"({"account_id":424242,"kind":"intro","starts_at":"2030-01-15T12:00:00.000Z"})")
                                         << QStringLiteral("account_id");
        QTest::newRow("regular kind") << QByteArray(
            R"({"account_id":12,"kind":"regular","starts_at":"2030-01-15T12:00:00.000Z"})")
                                      << QStringLiteral("kind");
        QTest::newRow("missing kind")
            << QByteArray(R"({"account_id":12,"starts_at":"2030-01-15T12:00:00.000Z"})")
            << QStringLiteral("kind");
        QTest::newRow("bad time") << QByteArray(
            R"({"account_id":12,"kind":"intro","starts_at":"tomorrow"})")
                                  << QStringLiteral("starts_at");
        QTest::newRow("time number")
            << QByteArray(R"({"account_id":12,"kind":"intro","starts_at":5})")
            << QStringLiteral("starts_at");
        QTest::newRow("bad status") << QByteArray(
            R"({"account_id":12,"kind":"intro","starts_at":"2030-01-15T12:00:00.000Z","status":"done"})")
                                    << QStringLiteral("status");
        QTest::newRow("unknown field") << QByteArray(
            R"({"account_id":12,"kind":"intro","starts_at":"2030-01-15T12:00:00.000Z","teacher_id":601})")
                                       << QStringLiteral("teacher_id");
    }

    void addLessonBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response response = m_http->send(
            "POST", QStringLiteral("/api/v1/methodists/502/lessons"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
        verifyStillServing();
    }

    void lessonPathsBadIds()
    {
        for (const char *path :
             { "/api/v1/methodists/abc/lessons", "/api/v1/methodists/99999999999999999999/lessons",
               "/api/v1/methodists/-1/lessons" }) {
            const Response response = m_http->get(QLatin1String(path));
            QCOMPARE(response.status, 404);
            QVERIFY(response.isError(QStringLiteral("not_found")));
        }
        const Response post = m_http->post(QStringLiteral("/api/v1/methodists/601/lessons"),
                                           QJsonObject {}, newKey());
        QCOMPARE(post.status, 404);
        const Response patchBad = patch(QStringLiteral("/api/v1/methodists/502/lessons/abc"),
                                        QJsonObject {}, "\"lesson-1-v1\"");
        QCOMPARE(patchBad.status, 404);
        const Response wrongType = m_http->send(
            "POST", QStringLiteral("/api/v1/methodists/502/lessons"), test::kAgentToken, "x=1",
            { { "Content-Type", "text/plain" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(wrongType.status, 400);
        QVERIFY(wrongType.isError(QStringLiteral("unsupported_content_type")));
        verifyStillServing();
    }

    // ---- one lesson: GET /methodists/{id}/lessons/{lesson_id} ----------------------------------

    void lessonReadGivesTheETagThatPatchAndDeleteCheck()
    {
        // A lesson of the fixture: the same shape as its row in the list.
        const QJsonObject row
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons?account_id=22"))
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray()
                  .first()
                  .toObject();
        const qint64 seeded = row.value(QStringLiteral("id")).toInteger();
        const Response one
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(seeded));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), row);
        QCOMPARE(one.header("ETag"),
                 "\"lesson-" + QByteArray::number(seeded) + "-v"
                     + QByteArray::number(row.value(QStringLiteral("version")).toInteger()) + '"');

        const Response added = addIntro(502, 12, QStringLiteral("scheduled"));
        QCOMPARE(added.status, 201);
        const qint64 id = added.json().value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/methodists/502/lessons/%1").arg(id);
        const Response read = m_http->get(path, test::kLeadToken);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json(), added.json());
        QCOMPARE(read.header("ETag"), added.header("ETag"));
        // The ETag read is the one PATCH checks; the read after shows the new one.
        const Response done
            = patch(path, QJsonObject { { QStringLiteral("status"), QStringLiteral("completed") } },
                    read.header("ETag"));
        QCOMPARE(done.status, 200);
        const Response reread = m_http->get(path);
        QCOMPARE(reread.json(), done.json());
        QCOMPARE(reread.header("ETag"), done.header("ETag"));
        QVERIFY(reread.header("ETag") != read.header("ETag"));
        // ... and the one DELETE checks: the stale one is refused, the fresh one deletes.
        QCOMPARE(m_http
                     ->send("DELETE", path, test::kAgentToken, {},
                            { { "If-Match", read.header("ETag") } })
                     .status,
                 412);
        const Response deleted = m_http->send("DELETE", path, test::kAgentToken, {},
                                              { { "If-Match", reread.header("ETag") } });
        QCOMPARE(deleted.status, 200);
        const Response gone = m_http->get(path);
        QCOMPARE(gone.status, 404);
        QVERIFY(gone.isError(QStringLiteral("not_found")));
    }

    void lessonReadNotFound()
    {
        const Response added = addIntro(502, 12, QStringLiteral("scheduled"));
        QCOMPARE(added.status, 201);
        const QString id = QString::number(added.json().value(QStringLiteral("id")).toInteger());
        const QStringList paths {
            // Another methodist's path does not reach the lesson.
            QStringLiteral("/api/v1/methodists/501/lessons/") + id,
            // A teacher is not a methodist; an unknown staff id is no one.
            QStringLiteral("/api/v1/methodists/601/lessons/") + id,
            QStringLiteral("/api/v1/methodists/424242/lessons/") + id,
            // Unknown lesson.
            QStringLiteral("/api/v1/methodists/502/lessons/424242"),
            QStringLiteral("/api/v1/methodists/502/lessons/0"),
            // Not ids.
            QStringLiteral("/api/v1/methodists/502/lessons/abc"),
            QStringLiteral("/api/v1/methodists/502/lessons/-1"),
            QStringLiteral("/api/v1/methodists/502/lessons/1.5"),
            QStringLiteral("/api/v1/methodists/502/lessons/99999999999999999999"),
            QStringLiteral("/api/v1/methodists/abc/lessons/") + id,
            QStringLiteral("/api/v1/methodists/99999999999999999999/lessons/") + id,
        };
        for (const QString &path : paths) {
            const Response response = m_http->get(path);
            QVERIFY2(response.status == 404, qPrintable(path));
            QVERIFY2(response.isError(QStringLiteral("not_found")), qPrintable(path));
            QVERIFY2(response.header("ETag").isEmpty(), qPrintable(path));
        }
        const Response anonymous
            = m_http->get(QStringLiteral("/api/v1/methodists/502/lessons/") + id, {});
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.isError(QStringLiteral("unauthorized")));
        verifyStillServing();
    }

    // ---- duplicate marking -------------------------------------------------------------------

    void duplicateMarkingTurnsPurpleAndLinks()
    {
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        QCOMPARE(before.json().value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        QVERIFY(before.json().value(QStringLiteral("duplicate_of")).isNull());
        const Response marked = patch(QStringLiteral("/api/v1/requests/2201"),
                                      QJsonObject { { QStringLiteral("duplicate_of"), 2101 } },
                                      before.header("ETag"));
        QCOMPARE(marked.status, 200);
        const QJsonObject request = marked.json();
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(request.value(QStringLiteral("color")).toString(), QStringLiteral("purple"));
        QCOMPARE(request.value(QStringLiteral("duplicate_of")).toInteger(), 2101);
        QCOMPARE(request.value(QStringLiteral("is_duplicate")).toBool(), true);
        const QJsonArray history = request.value(QStringLiteral("status_history")).toArray();
        QCOMPARE(history.last()[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
        // Read back.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/requests/2201")).json(), request);
        // A duplicate stays one: its status cannot be changed back.
        const Response back
            = patch(QStringLiteral("/api/v1/requests/2201"),
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("studying") } },
                    marked.header("ETag"));
        QCOMPARE(back.status, 422);
        QCOMPARE(back.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("status"));
        // Sending status duplicate along is fine.
        const Response again
            = patch(QStringLiteral("/api/v1/requests/2201"),
                    QJsonObject { { QStringLiteral("duplicate_of"), 2101 },
                                  { QStringLiteral("status"), QStringLiteral("duplicate") } },
                    marked.header("ETag"));
        QCOMPARE(again.status, 200);
    }

    void duplicateMarkingRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("itself") << QByteArray(R"({"duplicate_of":2201})")
                                << QStringLiteral("duplicate_of");
        // Purple without a link is not a duplicate the seed knows.
        QTest::newRow("status duplicate without link")
            << QByteArray(R"({"status":"duplicate"})") << QStringLiteral("status");
        QTest::newRow("is_duplicate without link")
            << QByteArray(R"({"is_duplicate":true})") << QStringLiteral("is_duplicate");
        QTest::newRow("unknown") << QByteArray(R"({"duplicate_of":424242})")
                                 << QStringLiteral("duplicate_of");
        QTest::newRow("text") << QByteArray(R"({"duplicate_of":"2101"})")
                              << QStringLiteral("duplicate_of");
        QTest::newRow("null") << QByteArray(R"({"duplicate_of":null})")
                              << QStringLiteral("duplicate_of");
        QTest::newRow("fraction") << QByteArray(R"({"duplicate_of":2101.5})")
                                  << QStringLiteral("duplicate_of");
        QTest::newRow("huge") << QByteArray(R"({"duplicate_of":1e30})")
                              << QStringLiteral("duplicate_of");
        QTest::newRow("zero") << QByteArray(R"({"duplicate_of":0})")
                              << QStringLiteral("duplicate_of");
        QTest::newRow("other status") << QByteArray(R"({"duplicate_of":2101,"status":"studying"})")
                                      << QStringLiteral("status");
        QTest::newRow("not duplicate")
            << QByteArray(R"({"duplicate_of":2101,"is_duplicate":false})")
            << QStringLiteral("is_duplicate");
    }

    void duplicateMarkingRefusesBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response before = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        const Response response = m_http->send(
            "PATCH", QStringLiteral("/api/v1/requests/2201"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "If-Match", before.header("ETag") } });
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
        const Response after = m_http->get(QStringLiteral("/api/v1/requests/2201"));
        QCOMPARE(after.json(), before.json());
        verifyStillServing();
    }
};

QTEST_GUILESS_MAIN(MergeApiTest)
#include "tst_merge_api.moc"
