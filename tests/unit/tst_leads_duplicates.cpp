// Duplicate check and client reuse (seed 001: same phone and/or e-mail, period in days with 0 =
// the last 90 days, only deals in processing, a task or a comment; seed 002: a client is reused
// by phone for calls, by phone or e-mail for forms).

#include "core/leads/DuplicateRules.h"

#include <QJsonDocument>
#include <QTest>

using namespace opc::leads;

namespace {

const QDateTime kNow(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC);

LeadInput callFrom(const QString &phone)
{
    LeadInput lead;
    lead.type = LeadType::Call;
    lead.phone = phone;
    return lead;
}

LeadInput formFrom(const QString &phone, const QString &email)
{
    LeadInput lead;
    lead.type = LeadType::Form;
    lead.phone = phone;
    lead.email = email;
    return lead;
}

DealCandidate deal(qint64 id, const QString &phone, const QString &email,
                   const QDateTime &createdAt, bool inProcessing = true)
{
    DealCandidate candidate;
    candidate.dealId = id;
    candidate.clientPhone = phone;
    candidate.clientEmail = email;
    candidate.createdAt = createdAt;
    candidate.inProcessing = inProcessing;
    return candidate;
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const QString kPhone = QStringLiteral("+74997654321");
const QString kEmail = QStringLiteral("anna@example.com");

} // namespace

class TestLeadsDuplicates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void periodZeroIsNinetyDays();
    void periodBoundaryDays_data();
    void periodBoundaryDays();
    void onlyInProcessingFlag();
    void byPhoneAndByEmailSwitches();
    void newestMatchWins();
    void storedContactsCompareNormalised();
    void settingsDefaults();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void settingsBadInput_data();
    void settingsBadInput();
    void clientReuse_data();
    void clientReuse();
};

void TestLeadsDuplicates::periodZeroIsNinetyDays()
{
    DuplicateSettings settings;
    QCOMPARE(settings.periodDays, 0);
    QCOMPARE(effectivePeriodDays(settings), 90);
    QCOMPARE(periodStart(settings, kNow), QDateTime(QDate(2024, 4, 1), QTime(12, 0), Qt::UTC));
    settings.periodDays = 30;
    QCOMPARE(effectivePeriodDays(settings), 30);
    settings.periodDays = -3;
    QCOMPARE(effectivePeriodDays(settings), 90);
    settings.periodDays = 1000;
    QCOMPARE(effectivePeriodDays(settings), kMaxPeriodDays);
    // A local-time `now` gives the same instant, in UTC.
    settings.periodDays = 1;
    QCOMPARE(periodStart(settings, kNow.toLocalTime()), kNow.addDays(-1));
    QCOMPARE(periodStart(settings, kNow.toLocalTime()).timeSpec(), Qt::UTC);
}

void TestLeadsDuplicates::periodBoundaryDays_data()
{
    QTest::addColumn<int>("periodDays");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<bool>("counts");

    // Period 0 = 90 days back from 2024-06-30 12:00 UTC: 2024-04-01 12:00.
    const QDateTime day90(QDate(2024, 4, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("0: created now") << 0 << kNow << true;
    QTest::newRow("0: first day in, at the start") << 0 << day90 << true;
    QTest::newRow("0: first day in, later") << 0 << day90.addSecs(3600) << true;
    QTest::newRow("0: a millisecond too early") << 0 << day90.addMSecs(-1) << false;
    QTest::newRow("0: last day out, 91 days ago") << 0 << kNow.addDays(-91) << false;
    QTest::newRow("90 same as 0, in") << 90 << day90 << true;
    QTest::newRow("90 same as 0, out") << 90 << day90.addMSecs(-1) << false;
    QTest::newRow("1: exactly a day ago") << 1 << kNow.addDays(-1) << true;
    QTest::newRow("1: a day and a second ago") << 1 << kNow.addDays(-1).addSecs(-1) << false;
    QTest::newRow("7: day 7 in") << 7 << kNow.addDays(-7) << true;
    QTest::newRow("7: day 8 out") << 7 << kNow.addDays(-8) << false;
    QTest::newRow("365: day 365 in") << 365 << kNow.addDays(-365) << true;
    QTest::newRow("365: day 366 out") << 365 << kNow.addDays(-366) << false;
    QTest::newRow("invalid creation time never counts") << 0 << QDateTime() << false;
}

void TestLeadsDuplicates::periodBoundaryDays()
{
    QFETCH(int, periodDays);
    QFETCH(QDateTime, createdAt);
    QFETCH(bool, counts);
    DuplicateSettings settings;
    settings.periodDays = periodDays;
    const auto match
        = findDuplicate(callFrom(kPhone), { deal(7, kPhone, {}, createdAt) }, settings, kNow);
    QCOMPARE(match.has_value(), counts);
    if (counts) {
        QCOMPARE(match->dealId, qint64(7));
        QCOMPARE(match->matchedBy, QStringLiteral("phone"));
    }
}

void TestLeadsDuplicates::onlyInProcessingFlag()
{
    const QList<DealCandidate> candidates = {
        deal(1, kPhone, {}, kNow.addDays(-10), false), // closed, newer
        deal(2, kPhone, {}, kNow.addDays(-20), true), // still in processing
    };
    DuplicateSettings settings;
    QVERIFY(settings.onlyInProcessing);
    QCOMPARE(findDuplicate(callFrom(kPhone), candidates, settings, kNow)->dealId, qint64(2));
    QVERIFY(!findDuplicate(callFrom(kPhone), { candidates.first() }, settings, kNow));

    settings.onlyInProcessing = false;
    QCOMPARE(findDuplicate(callFrom(kPhone), candidates, settings, kNow)->dealId, qint64(1));
}

void TestLeadsDuplicates::byPhoneAndByEmailSwitches()
{
    const QList<DealCandidate> candidates = {
        deal(1, kPhone, QStringLiteral("other@example.com"), kNow.addDays(-1)),
        deal(2, QStringLiteral("+79000000000"), kEmail, kNow.addDays(-2)),
    };
    const LeadInput lead = formFrom(kPhone, kEmail);
    DuplicateSettings settings;

    auto match = findDuplicate(lead, candidates, settings, kNow);
    QCOMPARE(match->dealId, qint64(1));
    QCOMPARE(match->matchedBy, QStringLiteral("phone"));

    settings.byPhone = false;
    match = findDuplicate(lead, candidates, settings, kNow);
    QCOMPARE(match->dealId, qint64(2));
    QCOMPARE(match->matchedBy, QStringLiteral("email"));

    settings.byEmail = false;
    QVERIFY(!findDuplicate(lead, candidates, settings, kNow)); // check switched off

    settings.byPhone = true;
    match = findDuplicate(lead, candidates, settings, kNow);
    QCOMPARE(match->dealId, qint64(1));

    // A lead without the checked contact never matches on it.
    settings = DuplicateSettings();
    settings.byPhone = false;
    QVERIFY(!findDuplicate(callFrom(kPhone), candidates, settings, kNow));
    // Nor do empty contacts match each other.
    QVERIFY(
        !findDuplicate(formFrom({}, kEmail), { deal(3, {}, {}, kNow) }, DuplicateSettings(), kNow));
    QVERIFY(!findDuplicate(formFrom(kPhone, {}), candidates.mid(1), DuplicateSettings(), kNow));
}

void TestLeadsDuplicates::newestMatchWins()
{
    const QList<DealCandidate> candidates = {
        deal(10, kPhone, {}, kNow.addDays(-30)),
        deal(11, {}, kEmail, kNow.addDays(-3)), // newest: matched by e-mail
        deal(12, kPhone, {}, kNow.addDays(-5)),
        deal(13, QStringLiteral("+79000000000"), {}, kNow.addDays(-1)), // no match
    };
    const auto match = findDuplicate(formFrom(kPhone, kEmail), candidates, {}, kNow);
    QVERIFY(match);
    QCOMPARE(match->dealId, qint64(11));
    QCOMPARE(match->matchedBy, QStringLiteral("email"));

    // The same creation time: the higher deal id wins, whatever the order given.
    const QDateTime same = kNow.addDays(-2);
    QCOMPARE(findDuplicate(callFrom(kPhone),
                           { deal(21, kPhone, {}, same), deal(20, kPhone, {}, same) }, {}, kNow)
                 ->dealId,
             qint64(21));
    QCOMPARE(findDuplicate(callFrom(kPhone),
                           { deal(20, kPhone, {}, same), deal(21, kPhone, {}, same) }, {}, kNow)
                 ->dealId,
             qint64(21));
    // Both contacts match one deal: reported as phone.
    QCOMPARE(findDuplicate(formFrom(kPhone, kEmail), { deal(5, kPhone, kEmail, same) }, {}, kNow)
                 ->matchedBy,
             QStringLiteral("phone"));
    QVERIFY(!findDuplicate(callFrom(kPhone), {}, {}, kNow));
}

void TestLeadsDuplicates::storedContactsCompareNormalised()
{
    const QList<DealCandidate> candidates = {
        deal(1, QStringLiteral("8 (499) 765-43-21"), {}, kNow.addDays(-1)),
    };
    QCOMPARE(findDuplicate(callFrom(kPhone), candidates, {}, kNow)->dealId, qint64(1));
    const QList<DealCandidate> byEmail = {
        deal(2, {}, QStringLiteral(" Anna@Example.COM"), kNow.addDays(-1)),
    };
    QCOMPARE(findDuplicate(formFrom({}, kEmail), byEmail, {}, kNow)->dealId, qint64(2));
}

void TestLeadsDuplicates::settingsDefaults()
{
    const auto settings = DuplicateSettings::fromJson(QJsonObject(), nullptr);
    QVERIFY(settings);
    QCOMPARE(*settings, DuplicateSettings());
    QVERIFY(settings->byPhone);
    QVERIFY(settings->byEmail);
    QCOMPARE(settings->periodDays, 0);
    QVERIFY(settings->onlyInProcessing);
    QCOMPARE(settings->action, DuplicateAction::Comment);
    QCOMPARE(DuplicateSettings().toJson(),
             parseObject(R"({"by_phone":true,"by_email":true,"period_days":0,
                             "only_in_processing":true,"action":"comment"})"));
}

void TestLeadsDuplicates::settingsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("byPhone");
    QTest::addColumn<bool>("byEmail");
    QTest::addColumn<int>("periodDays");
    QTest::addColumn<bool>("onlyInProcessing");
    QTest::addColumn<int>("action");

    QTest::newRow("task") << QByteArray(R"({"by_phone":true,"by_email":false,"period_days":30,
                                           "only_in_processing":false,"action":"task"})")
                          << true << false << 30 << false << int(DuplicateAction::Task);
    QTest::newRow("comment") << QByteArray(R"({"by_phone":false,"by_email":true,
                                              "period_days":365,"only_in_processing":true,
                                              "action":"comment"})")
                             << false << true << 365 << true << int(DuplicateAction::Comment);
    QTest::newRow("whole number written as 7.0")
        << QByteArray(R"({"by_phone":true,"by_email":true,"period_days":7.0,
                         "only_in_processing":true,"action":"task"})")
        << true << true << 7 << true << int(DuplicateAction::Task);
}

void TestLeadsDuplicates::settingsRoundTrip()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, byPhone);
    QFETCH(bool, byEmail);
    QFETCH(int, periodDays);
    QFETCH(bool, onlyInProcessing);
    QFETCH(int, action);
    FieldError error;
    const auto settings
        = DuplicateSettings::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(settings, qPrintable(error.field + QStringLiteral(": ") + error.message));
    QCOMPARE(settings->byPhone, byPhone);
    QCOMPARE(settings->byEmail, byEmail);
    QCOMPARE(settings->periodDays, periodDays);
    QCOMPARE(settings->onlyInProcessing, onlyInProcessing);
    QCOMPARE(int(settings->action), action);
    const auto again = DuplicateSettings::fromJson(settings->toJson(), nullptr);
    QVERIFY(again);
    QCOMPARE(*again, *settings);
    QCOMPARE(settings->toJson().value(QStringLiteral("action")).toString(),
             action == int(DuplicateAction::Task) ? QStringLiteral("task")
                                                  : QStringLiteral("comment"));
}

void TestLeadsDuplicates::settingsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown key") << QByteArray(R"({"by_name":true})") << QStringLiteral("by_name");
    QTest::newRow("by_phone text")
        << QByteArray(R"({"by_phone":"yes"})") << QStringLiteral("by_phone");
    QTest::newRow("by_email number")
        << QByteArray(R"({"by_email":1})") << QStringLiteral("by_email");
    QTest::newRow("only_in_processing null")
        << QByteArray(R"({"only_in_processing":null})") << QStringLiteral("only_in_processing");
    QTest::newRow("period negative")
        << QByteArray(R"({"period_days":-1})") << QStringLiteral("period_days");
    QTest::newRow("period fraction")
        << QByteArray(R"({"period_days":1.5})") << QStringLiteral("period_days");
    QTest::newRow("period text") << QByteArray(R"({"period_days":"30"})")
                                 << QStringLiteral("period_days");
    QTest::newRow("period above a year")
        << QByteArray(R"({"period_days":366})") << QStringLiteral("period_days");
    QTest::newRow("action unknown")
        << QByteArray(R"({"action":"sms"})") << QStringLiteral("action");
    QTest::newRow("action upper case")
        << QByteArray(R"({"action":"Task"})") << QStringLiteral("action");
    QTest::newRow("action a bool") << QByteArray(R"({"action":true})") << QStringLiteral("action");
}

void TestLeadsDuplicates::settingsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    FieldError error;
    QVERIFY(!DuplicateSettings::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestLeadsDuplicates::clientReuse_data()
{
    QTest::addColumn<bool>("form");
    QTest::addColumn<QString>("leadPhone");
    QTest::addColumn<QString>("leadEmail");
    QTest::addColumn<QString>("clientPhone");
    QTest::addColumn<QString>("clientEmail");
    QTest::addColumn<bool>("reused");

    const QString other = QStringLiteral("+79000000000");
    const QString otherEmail = QStringLiteral("boris@example.com");
    QTest::newRow("call, same phone")
        << false << kPhone << QString() << kPhone << QString() << true;
    QTest::newRow("call, same phone written otherwise")
        << false << kPhone << QString() << QStringLiteral("8 499 765 43 21") << QString() << true;
    QTest::newRow("call, other phone")
        << false << kPhone << QString() << other << QString() << false;
    QTest::newRow("call, same e-mail only: not reused")
        << false << kPhone << kEmail << other << kEmail << false;
    QTest::newRow("form, same phone") << true << kPhone << kEmail << kPhone << otherEmail << true;
    QTest::newRow("form, same e-mail") << true << kPhone << kEmail << other << kEmail << true;
    QTest::newRow("form, same e-mail other case")
        << true << QString() << kEmail << QString() << QStringLiteral("ANNA@example.com") << true;
    QTest::newRow("form, neither") << true << kPhone << kEmail << other << otherEmail << false;
    QTest::newRow("form, empty never matches empty")
        << true << QString() << kEmail << QString() << otherEmail << false;
    QTest::newRow("call, empty phones")
        << false << QString() << QString() << QString() << QString() << false;
}

void TestLeadsDuplicates::clientReuse()
{
    QFETCH(bool, form);
    QFETCH(QString, leadPhone);
    QFETCH(QString, leadEmail);
    QFETCH(QString, clientPhone);
    QFETCH(QString, clientEmail);
    QFETCH(bool, reused);
    LeadInput lead = form ? formFrom(leadPhone, leadEmail) : callFrom(leadPhone);
    lead.email = leadEmail;
    QCOMPARE(reusesClient(lead, clientPhone, clientEmail), reused);
}

QTEST_GUILESS_MAIN(TestLeadsDuplicates)
#include "tst_leads_duplicates.moc"
