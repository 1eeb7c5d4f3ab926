// LeadInput: the JSON of one incoming lead (a call or a site form, seed 002's fields), with
// every bad input naming its field.

#include "core/leads/LeadInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace opc::leads;

namespace {

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestLeadsInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minimalCall();
    void fullFormRoundTrip();
    void formWithEmailOnly();
    void receivedAt_data();
    void receivedAt();
    void tagsCleanedAndJoined();
    void nullMeansAbsent();
    void badInput_data();
    void badInput();
    void badContactReportedOnce();
    void problemsOfListsEveryProblem();
    void errorMayBeNull();
    void wireNames();
};

void TestLeadsInput::minimalCall()
{
    FieldError error;
    const auto lead
        = LeadInput::fromJson(parseObject(R"({"type":"call","phone":"8 499 765 43 21"})"), &error);
    QVERIFY2(lead, qPrintable(error.field + QStringLiteral(": ") + error.message));
    QCOMPARE(lead->type, LeadType::Call);
    QCOMPARE(lead->phone, QStringLiteral("+74997654321"));
    QVERIFY(lead->email.isEmpty());
    QVERIFY(!lead->receivedAt.isValid());
    QCOMPARE(lead->clientType, QStringLiteral("individual"));
    QVERIFY(lead->tags.isEmpty());
    QCOMPARE(lead->joinedTags(), QString());
    QCOMPARE(lead->toJson(),
             parseObject(R"({"type":"call","phone":"+74997654321","client_type":"individual"})"));
}

void TestLeadsInput::fullFormRoundTrip()
{
    const QJsonObject json = parseObject(R"({
        "type": "form", "phone": "+7 (905) 666-00-46", "email": " Test12@Example.com ",
        "name": "  Тест12 ", "received_at": "2019-03-11T11:44:52Z",
        "call_id": "", "form_request_id": "12578829", "source": "Достижение цели",
        "medium": "cpc", "utm_source": "yandex", "utm_medium": "cpc",
        "utm_campaign": "spring", "utm_content": "banner-1", "utm_term": "english for kids",
        "google_client_id": "GA1.2.1234567890.1552300000", "tags": ["kids", "english"],
        "client_type": "legal"})");
    FieldError error;
    const auto lead = LeadInput::fromJson(json, &error);
    QVERIFY2(lead, qPrintable(error.field + QStringLiteral(": ") + error.message));
    QCOMPARE(lead->type, LeadType::Form);
    QCOMPARE(lead->phone, QStringLiteral("+79056660046"));
    QCOMPARE(lead->email, QStringLiteral("test12@example.com"));
    QCOMPARE(lead->name, QStringLiteral("Тест12"));
    QCOMPARE(lead->receivedAt, QDateTime(QDate(2019, 3, 11), QTime(11, 44, 52), Qt::UTC));
    QVERIFY(lead->callId.isEmpty());
    QCOMPARE(lead->formRequestId, QStringLiteral("12578829"));
    QCOMPARE(lead->source, QStringLiteral("Достижение цели"));
    QCOMPARE(lead->medium, QStringLiteral("cpc"));
    QCOMPARE(lead->utmSource, QStringLiteral("yandex"));
    QCOMPARE(lead->utmMedium, QStringLiteral("cpc"));
    QCOMPARE(lead->utmCampaign, QStringLiteral("spring"));
    QCOMPARE(lead->utmContent, QStringLiteral("banner-1"));
    QCOMPARE(lead->utmTerm, QStringLiteral("english for kids"));
    QCOMPARE(lead->googleClientId, QStringLiteral("GA1.2.1234567890.1552300000"));
    QCOMPARE(lead->tags, QStringList({ QStringLiteral("kids"), QStringLiteral("english") }));
    QCOMPARE(lead->joinedTags(), QStringLiteral("kids|english"));
    QCOMPARE(lead->clientType, QStringLiteral("legal"));

    const QJsonObject written = lead->toJson();
    QCOMPARE(written.value(QStringLiteral("received_at")).toString(),
             QStringLiteral("2019-03-11T11:44:52Z"));
    QVERIFY(!written.contains(QStringLiteral("call_id")));
    const auto again = LeadInput::fromJson(written, &error);
    QVERIFY2(again, qPrintable(error.field + QStringLiteral(": ") + error.message));
    QCOMPARE(*again, *lead);
    QCOMPARE(again->toJson(), written);
}

void TestLeadsInput::formWithEmailOnly()
{
    const auto lead = LeadInput::fromJson(
        parseObject(R"({"type":"form","email":"A@B.RU","received_at":"2024-01-02T03:04:05Z"})"),
        nullptr);
    QVERIFY(lead);
    QVERIFY(lead->phone.isEmpty());
    QCOMPARE(lead->email, QStringLiteral("a@b.ru"));
    // A call may carry an e-mail too.
    QVERIFY(LeadInput::fromJson(
        parseObject(R"({"type":"call","phone":"4997654321","email":"a@b.ru"})"), nullptr));
}

void TestLeadsInput::receivedAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime base(QDate(2019, 3, 11), QTime(11, 44, 52), Qt::UTC);
    QTest::newRow("Z") << QStringLiteral("2019-03-11T11:44:52Z") << base;
    QTest::newRow("lower-case z") << QStringLiteral("2019-03-11t11:44:52z") << base;
    QTest::newRow("offset +03:00") << QStringLiteral("2019-03-11T14:44:52+03:00") << base;
    QTest::newRow("offset -05:00") << QStringLiteral("2019-03-11T06:44:52-05:00") << base;
    QTest::newRow("no offset is UTC") << QStringLiteral("2019-03-11T11:44:52") << base;
    QTest::newRow("seed style, space") << QStringLiteral("2019-03-11 11:44:52") << base;
    QTest::newRow("milliseconds") << QStringLiteral("2019-03-11T11:44:52.250Z")
                                  << base.addMSecs(250);
    QTest::newRow("minutes only") << QStringLiteral("2019-03-11T11:44Z") << base.addSecs(-52);
}

void TestLeadsInput::receivedAt()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QJsonObject json = parseObject(R"({"type":"call","phone":"84997654321"})");
    json.insert(QStringLiteral("received_at"), text);
    FieldError error;
    const auto lead = LeadInput::fromJson(json, &error);
    QVERIFY2(lead, qPrintable(error.message));
    QCOMPARE(lead->receivedAt, utc);
    QCOMPARE(lead->receivedAt.timeSpec(), Qt::UTC);
    const auto again = LeadInput::fromJson(lead->toJson(), nullptr);
    QVERIFY(again);
    QCOMPARE(again->receivedAt, utc);
}

void TestLeadsInput::tagsCleanedAndJoined()
{
    const auto lead = LeadInput::fromJson(
        parseObject(R"({"type":"call","phone":"84997654321","tags":["a"," b ","a","","c d"]})"),
        nullptr);
    QVERIFY(lead);
    QCOMPARE(lead->tags,
             QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c d") }));
    QCOMPARE(lead->joinedTags(), QStringLiteral("a|b|c d"));
}

void TestLeadsInput::nullMeansAbsent()
{
    const auto lead = LeadInput::fromJson(
        parseObject(R"({"type":"form","phone":null,"email":"a@b.ru","name":null,
                        "received_at":null,"tags":null,"client_type":null})"),
        nullptr);
    QVERIFY(lead);
    QVERIFY(lead->phone.isEmpty());
    QCOMPARE(lead->clientType, QStringLiteral("individual"));
}

void TestLeadsInput::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("type missing") << QByteArray(R"({"phone":"84997654321"})")
                                  << QStringLiteral("type");
    QTest::newRow("type empty") << QByteArray(R"({"type":"","phone":"84997654321"})")
                                << QStringLiteral("type");
    QTest::newRow("type unknown") << QByteArray(R"({"type":"sms","phone":"84997654321"})")
                                  << QStringLiteral("type");
    QTest::newRow("type upper case")
        << QByteArray(R"({"type":"CALL","phone":"84997654321"})") << QStringLiteral("type");
    QTest::newRow("type a number")
        << QByteArray(R"({"type":1,"phone":"84997654321"})") << QStringLiteral("type");
    QTest::newRow("call without phone")
        << QByteArray(R"({"type":"call","email":"a@b.ru"})") << QStringLiteral("phone");
    QTest::newRow("call with blank phone")
        << QByteArray(R"({"type":"call","phone":"  "})") << QStringLiteral("phone");
    QTest::newRow("form without contact")
        << QByteArray(R"({"type":"form","name":"Anna"})") << QStringLiteral("phone");
    QTest::newRow("phone letters")
        << QByteArray(R"({"type":"call","phone":"abc"})") << QStringLiteral("phone");
    QTest::newRow("phone too short") << QByteArray(R"({"type":"form","phone":"12345",
                                                      "email":"a@b.ru"})")
                                     << QStringLiteral("phone");
    QTest::newRow("phone a number")
        << QByteArray(R"({"type":"call","phone":84997654321})") << QStringLiteral("phone");
    QTest::newRow("email malformed")
        << QByteArray(R"({"type":"form","email":"nope"})") << QStringLiteral("email");
    QTest::newRow("email malformed, phone fine")
        << QByteArray(R"({"type":"call","phone":"84997654321","email":"a@b"})")
        << QStringLiteral("email");
    QTest::newRow("email an array")
        << QByteArray(R"({"type":"form","email":["a@b.ru"]})") << QStringLiteral("email");
    QTest::newRow("name a number") << QByteArray(R"({"type":"call","phone":"84997654321",
                                                    "name":42})")
                                   << QStringLiteral("name");
    QTest::newRow("received_at words")
        << QByteArray(R"({"type":"call","phone":"84997654321","received_at":"yesterday"})")
        << QStringLiteral("received_at");
    QTest::newRow("received_at date only")
        << QByteArray(R"({"type":"call","phone":"84997654321","received_at":"2019-03-11"})")
        << QStringLiteral("received_at");
    QTest::newRow("received_at month 13") << QByteArray(
        R"({"type":"call","phone":"84997654321","received_at":"2019-13-11T10:00:00Z"})")
                                          << QStringLiteral("received_at");
    QTest::newRow("received_at Russian order")
        << QByteArray(R"({"type":"call","phone":"84997654321","received_at":"11.03.2019 11:44"})")
        << QStringLiteral("received_at");
    QTest::newRow("received_at a number")
        << QByteArray(R"({"type":"call","phone":"84997654321","received_at":1552304692})")
        << QStringLiteral("received_at");
    QTest::newRow("call_id an object")
        << QByteArray(R"({"type":"call","phone":"84997654321","call_id":{}})")
        << QStringLiteral("call_id");
    QTest::newRow("call_id a number")
        << QByteArray(R"({"type":"call","phone":"84997654321","call_id":3168})")
        << QStringLiteral("call_id");
    QTest::newRow("form_request_id an array")
        << QByteArray(R"({"type":"form","email":"a@b.ru","form_request_id":[]})")
        << QStringLiteral("form_request_id");
    for (const char *key : { "source", "medium", "utm_source", "utm_medium", "utm_campaign",
                             "utm_content", "utm_term", "google_client_id" }) {
        QTest::addRow("%s not text", key) << QByteArray(R"({"type":"call","phone":"84997654321",")")
                + key
                + QByteArray(R"(":true})") << QString::fromLatin1(key);
    }
    QTest::newRow("utm_campaign too long")
        << QByteArray(R"({"type":"call","phone":"84997654321","utm_campaign":")")
            + QByteArray(501, 'x') + QByteArray(R"("})")
        << QStringLiteral("utm_campaign");
    QTest::newRow("tags a string") << QByteArray(R"({"type":"call","phone":"84997654321",
                                                    "tags":"a|b"})")
                                   << QStringLiteral("tags");
    QTest::newRow("tags with a number")
        << QByteArray(R"({"type":"call","phone":"84997654321","tags":["a",1]})")
        << QStringLiteral("tags");
    QTest::newRow("tag with the separator")
        << QByteArray(R"({"type":"call","phone":"84997654321","tags":["a|b"]})")
        << QStringLiteral("tags");
    QTest::newRow("client_type unknown")
        << QByteArray(R"({"type":"call","phone":"84997654321","client_type":"company"})")
        << QStringLiteral("client_type");
    QTest::newRow("client_type a bool")
        << QByteArray(R"({"type":"call","phone":"84997654321","client_type":true})")
        << QStringLiteral("client_type");
    QTest::newRow("unknown key") << QByteArray(R"({"type":"call","phone":"84997654321",
                                                  "colour":"red"})")
                                 << QStringLiteral("colour");
    QTest::newRow("key in wrong case") << QByteArray(R"({"type":"call","Phone":"84997654321",
                                                        "phone":"84997654321"})")
                                       << QStringLiteral("Phone");
    QTest::newRow("unknown key before type problem")
        << QByteArray(R"({"typ":"call","phone":"84997654321"})") << QStringLiteral("typ");
}

void TestLeadsInput::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY2(document.isObject(), json.constData());
    FieldError error;
    QVERIFY(!LeadInput::fromJson(document.object(), &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    const QList<FieldError> problems = LeadInput::problemsOf(document.object());
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().message, error.message);
}

void TestLeadsInput::badContactReportedOnce()
{
    // A malformed phone is one problem, not also "a call needs a phone".
    const QList<FieldError> problems
        = LeadInput::problemsOf(parseObject(R"({"type":"call","phone":"abc"})"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("phone"));
}

void TestLeadsInput::problemsOfListsEveryProblem()
{
    const QList<FieldError> problems = LeadInput::problemsOf(parseObject(
        R"({"zeta":1,"alpha":2,"type":"form","email":"bad","received_at":"x","tags":[1]})"));
    QStringList fields;
    for (const FieldError &problem : problems)
        fields.append(problem.field);
    QCOMPARE(fields,
             QStringList({ QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("email"),
                           QStringLiteral("received_at"), QStringLiteral("tags") }));
    QVERIFY(
        LeadInput::problemsOf(parseObject(R"({"type":"call","phone":"84997654321"})")).isEmpty());
}

void TestLeadsInput::errorMayBeNull()
{
    QVERIFY(!LeadInput::fromJson(QJsonObject(), nullptr));
}

void TestLeadsInput::wireNames()
{
    QCOMPARE(leadTypeToWire(LeadType::Call), QStringLiteral("call"));
    QCOMPARE(leadTypeToWire(LeadType::Form), QStringLiteral("form"));
    QCOMPARE(leadTypeFromWire(QStringLiteral("form")), std::optional<LeadType>(LeadType::Form));
    QVERIFY(!leadTypeFromWire(QStringLiteral("Form")));
}

QTEST_GUILESS_MAIN(TestLeadsInput)
#include "tst_leads_input.moc"
