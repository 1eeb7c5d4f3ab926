// The partner rules of seed 003 besides pricing: the 20 % reward, withdrawals (rubles, at least
// 5 000 ₽, within the balance), the NFR line's renewal, acting as a client, when channels may
// be added, and line statuses by days left.

#include "core/partner/PartnerRules.h"

#include <QTest>

using namespace opc::partner;

class TestPartnerRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void reward_data()
    {
        QTest::addColumn<bool>("clientPays");
        QTest::addColumn<bool>("createdByPartner");
        QTest::addColumn<bool>("accessGranted");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("reward");
        QTest::newRow("own client pays itself")
            << true << true << false << qint64(1000000) << qint64(200000);
        QTest::newRow("referred client pays itself")
            << true << false << false << qint64(1000000) << qint64(0);
        QTest::newRow("referred with access pays itself")
            << true << false << true << qint64(1000000) << qint64(0);
        QTest::newRow("partner pays for own client")
            << false << true << false << qint64(1000000) << qint64(0);
        QTest::newRow("half kopeck rounds up")
            << true << true << false << qint64(1234567) << qint64(246913); // 246 913.4 → 246 913
        QTest::newRow("exact half") << true << true << false << qint64(12345) << qint64(2469);
        QTest::newRow("nothing paid") << true << true << false << qint64(0) << qint64(0);
    }
    void reward()
    {
        QFETCH(bool, clientPays);
        QFETCH(bool, createdByPartner);
        QFETCH(bool, accessGranted);
        QFETCH(qint64, paid);
        QFETCH(qint64, reward);
        QCOMPARE(rewardKopecks(clientPays ? Payer::Client : Payer::Partner,
                               ClientOrigin { createdByPartner, accessGranted }, paid),
                 reward);
    }

    void withdrawals()
    {
        QVERIFY(!withdrawalRefusal(500000, QStringLiteral("RUB"), 500000)); // exactly 5 000 ₽
        QVERIFY(!withdrawalRefusal(1234500, QStringLiteral("RUB"), 2000000));
        const auto small = withdrawalRefusal(499999, QStringLiteral("RUB"), 2000000);
        QVERIFY(small);
        QVERIFY2(small->contains(QStringLiteral("5,000")), qPrintable(*small));
        QVERIFY(withdrawalRefusal(-1, QStringLiteral("RUB"), 2000000));
        const auto currency = withdrawalRefusal(600000, QStringLiteral("USD"), 2000000);
        QVERIFY(currency && currency->contains(QStringLiteral("rubles")));
        const auto balance = withdrawalRefusal(600000, QStringLiteral("RUB"), 599999);
        QVERIFY2(balance && balance->contains(QStringLiteral("5,999.99")), qPrintable(*balance));
    }

    void nfr()
    {
        const QDate expires(2026, 12, 31);
        // A client invoice paid within the two months before expiry renews it for two more.
        NfrDecision decision = nfrAtExpiry(expires, { QDate(2026, 11, 15) });
        QVERIFY(decision.renew);
        QCOMPARE(decision.newExpiry, QDate(2027, 2, 28));
        decision = nfrAtExpiry(expires, { QDate(2026, 12, 31) }); // on the last day: counts
        QVERIFY(decision.renew);
        decision = nfrAtExpiry(expires, { QDate(2026, 10, 31) }); // exactly 2 months before
        QVERIFY(!decision.renew);
        decision = nfrAtExpiry(expires, { QDate(2027, 1, 2) }); // after expiry: too late
        QVERIFY(!decision.renew);
        QVERIFY(!nfrAtExpiry(expires, {}).renew);
    }

    void actAsClient()
    {
        QVERIFY(!actAsClientRefusal(ClientOrigin { true, false }));
        QVERIFY(!actAsClientRefusal(ClientOrigin { false, true }));
        const auto refused = actAsClientRefusal(ClientOrigin { false, false });
        QVERIFY(refused && refused->contains(QStringLiteral("access")));
    }

    void addChannels()
    {
        const QDate today(2026, 11, 22);
        QVERIFY(!addChannelsRefusal(today, today.addDays(6)));
        QVERIFY(!addChannelsRefusal(today, today.addDays(200)));
        const auto five = addChannelsRefusal(today, today.addDays(5));
        QVERIFY2(five && five->contains(QStringLiteral("in 5 day")), qPrintable(*five));
        const auto one = addChannelsRefusal(today, today.addDays(1));
        QVERIFY2(one && one->contains(QStringLiteral("in 1 day")), qPrintable(*one));
        const auto expired = addChannelsRefusal(today, today);
        QVERIFY(expired && expired->contains(QStringLiteral("expired")));
    }

    void lineStatuses_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<QString>("status");
        QTest::newRow("-30") << -30 << QStringLiteral("expired");
        QTest::newRow("0") << 0 << QStringLiteral("expired");
        QTest::newRow("1") << 1 << QStringLiteral("expiring_7d");
        QTest::newRow("7") << 7 << QStringLiteral("expiring_7d");
        QTest::newRow("8") << 8 << QStringLiteral("expiring_30d");
        QTest::newRow("30") << 30 << QStringLiteral("expiring_30d");
        QTest::newRow("31") << 31 << QStringLiteral("active");
    }
    void lineStatuses()
    {
        QFETCH(int, daysLeft);
        QFETCH(QString, status);
        const QDate today(2026, 2, 27); // across the end of February
        const LineStatus computed = lineStatusOn(today, today.addDays(daysLeft));
        QCOMPARE(lineStatusToWire(computed), status);
        QCOMPARE(lineStatusFromWire(status), std::optional(computed));
        QVERIFY(!lineStatusFromWire(QStringLiteral("expiring-7")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerRules)
#include "tst_partner_rules.moc"
