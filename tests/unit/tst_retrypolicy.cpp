#include "crm/RetryPolicy.h"

#include <QTest>

using opc::crm::CrmError;
using opc::crm::ErrorKind;
using opc::crm::RetryPolicy;

namespace {

CrmError makeError(ErrorKind kind, int status = 0, int retryAfter = -1)
{
    CrmError error;
    error.kind = kind;
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter;
    return error;
}

} // namespace

class TestRetryPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repeatable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotencyKey");
        QTest::addColumn<bool>("ifMatch");
        QTest::addColumn<bool>("expected");
        QTest::newRow("GET") << QByteArray("GET") << false << false << true;
        QTest::newRow("get lower case") << QByteArray("get") << false << false << true;
        QTest::newRow("PUT") << QByteArray("PUT") << false << false << true;
        QTest::newRow("DELETE") << QByteArray("DELETE") << false << false << true;
        QTest::newRow("POST without key") << QByteArray("POST") << false << false << false;
        QTest::newRow("POST with key") << QByteArray("POST") << true << false << true;
        QTest::newRow("PATCH without If-Match") << QByteArray("PATCH") << false << false << false;
        QTest::newRow("PATCH with key only") << QByteArray("PATCH") << true << false << false;
        QTest::newRow("PATCH with If-Match") << QByteArray("PATCH") << false << true << true;
        QTest::newRow("unknown verb") << QByteArray("LOCK") << true << true << false;
    }
    void repeatable()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotencyKey);
        QFETCH(bool, ifMatch);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy::isRepeatable(method, idempotencyKey, ifMatch), expected);
    }

    void transient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("expected");
        QTest::newRow("network") << int(ErrorKind::Network) << 0 << true;
        QTest::newRow("timeout") << int(ErrorKind::Timeout) << 0 << true;
        QTest::newRow("429") << int(ErrorKind::RateLimited) << 429 << true;
        QTest::newRow("502") << int(ErrorKind::Server) << 502 << true;
        QTest::newRow("503") << int(ErrorKind::Server) << 503 << true;
        QTest::newRow("504") << int(ErrorKind::Server) << 504 << true;
        QTest::newRow("500") << int(ErrorKind::Server) << 500 << false;
        QTest::newRow("400") << int(ErrorKind::BadRequest) << 400 << false;
        QTest::newRow("401") << int(ErrorKind::Unauthorized) << 401 << false;
        QTest::newRow("403") << int(ErrorKind::Forbidden) << 403 << false;
        QTest::newRow("404") << int(ErrorKind::NotFound) << 404 << false;
        QTest::newRow("409") << int(ErrorKind::Conflict) << 409 << false;
        QTest::newRow("412") << int(ErrorKind::PreconditionFailed) << 412 << false;
        QTest::newRow("422") << int(ErrorKind::Validation) << 422 << false;
        QTest::newRow("428") << int(ErrorKind::PreconditionRequired) << 428 << false;
        QTest::newRow("malformed") << int(ErrorKind::MalformedResponse) << 200 << false;
    }
    void transient()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy::isTransient(makeError(ErrorKind(kind), status)), expected);
    }

    void backoffDoublesUpToTheCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 500;
        policy.maxDelayMs = 8000;
        const int full[] = { 500, 1000, 2000, 4000, 8000, 8000, 8000 };
        for (int n = 1; n <= 7; ++n) {
            QCOMPARE(policy.backoffMs(n, 1.0), full[n - 1]);
            QCOMPARE(policy.backoffMs(n, 0.0), full[n - 1] / 2);
        }
        // Many failures neither overflow nor exceed the cap.
        QCOMPARE(policy.backoffMs(1000, 1.0), 8000);
    }

    void jitterStaysWithinHalfAndFull()
    {
        RetryPolicy policy;
        for (double jitter : { 0.0, 0.1, 0.33, 0.5, 0.99, 1.0, -3.0, 7.0 }) {
            const int delay = policy.backoffMs(3, jitter);
            QVERIFY2(delay >= 1000 && delay <= 2000, qPrintable(QString::number(delay)));
        }
        QVERIFY(policy.backoffMs(3, 0.25) < policy.backoffMs(3, 0.75));
    }

    void retryAfterIsHonouredExactly()
    {
        RetryPolicy policy;
        const auto delay
            = policy.retryDelayMs(true, makeError(ErrorKind::RateLimited, 429, 3), 1, 4, 0.9);
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, 3000);
        const auto zero
            = policy.retryDelayMs(true, makeError(ErrorKind::RateLimited, 429, 0), 1, 4, 0.9);
        QCOMPARE(zero.value_or(-1), 0);
    }

    // A CRM in maintenance answers 503 with Retry-After: come back when it says, not at once.
    void retryAfterOnServiceUnavailableIsHonoured()
    {
        RetryPolicy policy;
        QCOMPARE(policy.retryDelayMs(true, makeError(ErrorKind::Server, 503, 30), 1, 4, 0.5)
                     .value_or(-1),
                 30000);
        // Not repeatable stays not repeatable, whatever the CRM suggests.
        QVERIFY(!policy.retryDelayMs(false, makeError(ErrorKind::Server, 503, 30), 1, 4, 0.5));
    }

    void retryAfterBeyondTheCapIsNotWaitedFor()
    {
        RetryPolicy policy;
        policy.maxRetryAfterSeconds = 60;
        QCOMPARE(policy.retryDelayMs(true, makeError(ErrorKind::RateLimited, 429, 60), 1, 4, 0)
                     .value_or(-1),
                 60000);
        QVERIFY(!policy.retryDelayMs(true, makeError(ErrorKind::RateLimited, 429, 61), 1, 4, 0));
    }

    void rateLimitWithoutRetryAfterBacksOff()
    {
        RetryPolicy policy;
        QCOMPARE(policy.retryDelayMs(true, makeError(ErrorKind::RateLimited, 429), 2, 4, 1.0)
                     .value_or(-1),
                 policy.backoffMs(2, 1.0));
    }

    void noRetryWhenAttemptsAreUsedUp()
    {
        RetryPolicy policy;
        const CrmError network = makeError(ErrorKind::Network);
        QVERIFY(policy.retryDelayMs(true, network, 3, 4, 0.5));
        QVERIFY(!policy.retryDelayMs(true, network, 4, 4, 0.5));
        QVERIFY(!policy.retryDelayMs(true, network, 1, 1, 0.5));
    }

    void noRetryForWhatIsNotRepeatableOrNotTransient()
    {
        RetryPolicy policy;
        QVERIFY(!policy.retryDelayMs(false, makeError(ErrorKind::Network), 1, 4, 0.5));
        QVERIFY(!policy.retryDelayMs(true, makeError(ErrorKind::NotFound, 404), 1, 4, 0.5));
        QVERIFY(!policy.retryDelayMs(true, makeError(ErrorKind::Server, 500), 1, 4, 0.5));
        QVERIFY(policy.retryDelayMs(true, makeError(ErrorKind::Server, 503), 1, 4, 0.5));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
