#include "crm/ErrorMessages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace opc::crm;

namespace {

const ErrorKind kAllKinds[] = {
    ErrorKind::Network,
    ErrorKind::Timeout,
    ErrorKind::BadRequest,
    ErrorKind::Unauthorized,
    ErrorKind::Forbidden,
    ErrorKind::NotFound,
    ErrorKind::Conflict,
    ErrorKind::PreconditionFailed,
    ErrorKind::PreconditionRequired,
    ErrorKind::Validation,
    ErrorKind::RateLimited,
    ErrorKind::Server,
    ErrorKind::MalformedResponse,
};

QByteArray errorBody(const char *code, const char *message, const char *field = nullptr)
{
    QJsonObject error { { QStringLiteral("code"), QString::fromUtf8(code) },
                        { QStringLiteral("message"), QString::fromUtf8(message) } };
    if (field)
        error.insert(QStringLiteral("field"), QString::fromUtf8(field));
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), error } }).toJson();
}

} // namespace

class TestErrorMessages final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusMapsToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ErrorKind::BadRequest);
        QTest::newRow("401") << 401 << int(ErrorKind::Unauthorized);
        QTest::newRow("403") << 403 << int(ErrorKind::Forbidden);
        QTest::newRow("404") << 404 << int(ErrorKind::NotFound);
        QTest::newRow("405") << 405 << int(ErrorKind::BadRequest);
        QTest::newRow("409") << 409 << int(ErrorKind::Conflict);
        QTest::newRow("412") << 412 << int(ErrorKind::PreconditionFailed);
        QTest::newRow("422") << 422 << int(ErrorKind::Validation);
        QTest::newRow("428") << 428 << int(ErrorKind::PreconditionRequired);
        QTest::newRow("429") << 429 << int(ErrorKind::RateLimited);
        QTest::newRow("500") << 500 << int(ErrorKind::Server);
        QTest::newRow("502") << 502 << int(ErrorKind::Server);
        QTest::newRow("503") << 503 << int(ErrorKind::Server);
        QTest::newRow("504") << 504 << int(ErrorKind::Server);
    }
    void statusMapsToKind()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(errorKindForStatus(status)), kind);
        const CrmError error = errorFromHttp(status, {}, {}, QStringLiteral("GET /api/v1/x"));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.detail.contains(QString::number(status)));
        QVERIFY(error.detail.contains(QLatin1String("GET /api/v1/x")));
    }

    void everyKindHasItsOwnMessageAndId()
    {
        QSet<QString> messages;
        QSet<QString> ids;
        for (ErrorKind kind : kAllKinds) {
            const QString message = errorMessage(kind, 503);
            QVERIFY2(message.size() > 30, qPrintable(errorKindId(kind)));
            // Every message ends a sentence and says more than a status number.
            QVERIFY(message.endsWith(QLatin1Char('.')));
            messages.insert(message);
            ids.insert(errorKindId(kind));
        }
        QCOMPARE(messages.size(), int(std::size(kAllKinds)));
        QCOMPARE(ids.size(), int(std::size(kAllKinds)));
    }

    void contractErrorBodyIsParsed()
    {
        const CrmError error = errorFromHttp(
            422, errorBody("validation_failed", "must be a valid e-mail address", "email"), {},
            QStringLiteral("POST /api/v1/leads"));
        QCOMPARE(error.kind, ErrorKind::Validation);
        QCOMPARE(error.code, QStringLiteral("validation_failed"));
        QCOMPARE(error.field, QStringLiteral("email"));
        QVERIFY(error.message.contains(QLatin1String("email")));
        QVERIFY(error.message.contains(QLatin1String("must be a valid e-mail address")));
        QVERIFY(error.detail.contains(QLatin1String("validation_failed")));
        QVERIFY(error.detail.contains(QLatin1String("must be a valid e-mail address")));
    }

    void aServerSentenceIsQuotedWithoutADoubleStop()
    {
        const CrmError error = errorFromHttp(
            422, errorBody("validation_failed", "L-20001 is the NFR line.", "line_ids[0]"), {}, {});
        QVERIFY2(error.message.contains(QLatin1String("L-20001 is the NFR line. ")),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("..")), qPrintable(error.message));
    }

    void validationWithoutFieldStillSaysWhatToDo()
    {
        const CrmError error = errorFromHttp(422, errorBody("invalid", "bad"), {}, {});
        QVERIFY(error.field.isEmpty());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.message != errorMessage(ErrorKind::Validation, 422, QStringLiteral("x")));
    }

    void serverMessageStaysOutOfMessagesOtherThanValidation()
    {
        // The CRM's English text belongs in the detail; the message is ours and translated.
        const CrmError error
            = errorFromHttp(404, errorBody("not_found", "no request 42"), {}, QStringLiteral("x"));
        QCOMPARE(error.code, QStringLiteral("not_found"));
        QVERIFY(!error.message.contains(QLatin1String("no request 42")));
        QVERIFY(error.detail.contains(QLatin1String("no request 42")));
    }

    void bodyOutsideTheContractKeepsTheStatusKind()
    {
        const CrmError error
            = errorFromHttp(502, "<html>Bad gateway</html>", {}, QStringLiteral("x"));
        QCOMPARE(error.kind, ErrorKind::Server);
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.message.contains(QLatin1String("502")));
        QVERIFY(error.detail.contains(QLatin1String("Bad gateway")));
        // A huge body is cut in the detail.
        const CrmError big = errorFromHttp(500, QByteArray(10000, 'x'), {}, QStringLiteral("x"));
        QVERIFY(big.detail.size() < 400);
    }

    void rateLimitMessageSaysHowLongToWait()
    {
        const CrmError error
            = errorFromHttp(429, errorBody("rate_limited", "slow down"), "7", QStringLiteral("x"));
        QCOMPARE(error.kind, ErrorKind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 7);
        QVERIFY(error.message.contains(QLatin1String("7")));
        QVERIFY(error.detail.contains(QLatin1String("Retry-After 7")));
        const CrmError without = errorFromHttp(429, {}, {}, QStringLiteral("x"));
        QCOMPARE(without.retryAfterSeconds, -1);
        QVERIFY(without.message != error.message);
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected");
        QTest::newRow("seconds") << QByteArray("5") << 5;
        QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("date in 30 s") << QByteArray("Tue, 01 Apr 2025 10:00:30 GMT") << 30;
        QTest::newRow("date in the past") << QByteArray("Tue, 01 Apr 2025 09:00:00 GMT") << 0;
        QTest::newRow("broken date") << QByteArray("Tue, 41 Apr 2025 10:00:30 GMT") << -1;
    }
    void retryAfterParsing()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2025-04-01T10:00:00Z"), Qt::ISODate);
        QVERIFY(now.isValid());
        QCOMPARE(parseRetryAfter(header, now), expected);
    }

    void networkErrors()
    {
        const CrmError refused = errorFromNetwork(QNetworkReply::ConnectionRefusedError,
                                                  QStringLiteral("Connection refused"), false,
                                                  QStringLiteral("GET /x"));
        QCOMPARE(refused.kind, ErrorKind::Network);
        QCOMPARE(refused.httpStatus, 0);
        QVERIFY(refused.detail.contains(QLatin1String("Connection refused")));
        QVERIFY(refused.detail.contains(QLatin1String("GET /x")));

        const CrmError cut = errorFromNetwork(QNetworkReply::OperationCanceledError,
                                              QStringLiteral("Operation canceled"), true, {});
        QCOMPARE(cut.kind, ErrorKind::Timeout);
        const CrmError timeout
            = errorFromNetwork(QNetworkReply::TimeoutError, QStringLiteral("t"), false, {});
        QCOMPARE(timeout.kind, ErrorKind::Timeout);
        QVERIFY(timeout.message != refused.message);
    }

    void malformed()
    {
        const CrmError error
            = malformedResponse(200, QStringLiteral("not JSON"), QStringLiteral("GET /x"));
        QCOMPARE(error.kind, ErrorKind::MalformedResponse);
        QCOMPARE(error.httpStatus, 200);
        QVERIFY(error.detail.contains(QLatin1String("not JSON")));
        QCOMPARE(error.message, errorMessage(ErrorKind::MalformedResponse));
    }
};

QTEST_GUILESS_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
