// The partner's reward (issue 5, seed 003) over real HTTP on loopback: a client's own payment
// earns 20 % only when the partner created its cabinet (partner::rewardKopecks), withdrawals
// follow partner::withdrawalRefusal (rubles, at least 5 000 ₽, not above the balance) and only
// team leads and admins may ask for one, and the profile shows the balance.

#include "core/partner/PartnerRules.h"
#include "tst_partner_common.h"

using namespace opc;
using namespace opc::test::partner;
using test::Response;

class PartnerRewardsTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<PartnerSandbox> m_sandbox;

    PartnerSandbox &sb() { return *m_sandbox; }

    Response pay(qint64 client, qint64 amount)
    {
        return sb().post(QStringLiteral("/api/v1/webhooks/partner/client-payments"),
                         QJsonObject { { QStringLiteral("client_id"), client },
                                       { QStringLiteral("amount_kopecks"), amount } });
    }

    Response withdraw(const QJsonObject &body, const QByteArray &token = test::kLeadToken)
    {
        return sb().post(QStringLiteral("/api/v1/partner/withdrawals"), body, token);
    }

    static QJsonObject rubles(qint64 kopecks)
    {
        return QJsonObject { { QStringLiteral("amount_kopecks"), kopecks },
                             { QStringLiteral("currency"), QStringLiteral("RUB") } };
    }

    qint64 balance()
    {
        return sb().profile().value(QStringLiteral("reward_balance_kopecks")).toInteger(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<PartnerSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void theDemoProfile()
    {
        const QDateTime now = sb().freezeClock();
        const QJsonObject profile = sb().profile();
        QCOMPARE(profile[QStringLiteral("status")].toString(), QStringLiteral("official"));
        QCOMPARE(profile[QStringLiteral("reward_balance_kopecks")].toInteger(), kDemoRewardKopecks);
        QVERIFY(!profile[QStringLiteral("name")].toString().isEmpty());
        QCOMPARE(profile[QStringLiteral("today")].toString(), now.date().toString(Qt::ISODate));
        const QJsonObject nfr = profile[QStringLiteral("nfr_line")].toObject();
        QCOMPARE(nfr[QStringLiteral("id")].toInteger(), kNfrLine);
        QCOMPARE(nfr[QStringLiteral("line_id")].toString(), QStringLiteral("L-20001"));
        QCOMPARE(nfr[QStringLiteral("expires_at")],
                 sb().line(kNfrLine)[QStringLiteral("expires_at")]);
        QCOMPARE(nfr[QStringLiteral("renews")].toBool(), true); // a client paid 20 days ago
        QCOMPARE(nfr[QStringLiteral("ended")].toBool(), false);
    }

    void clientsAndLinesNameTheClientsEmail()
    {
        const QJsonArray clients = sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                                       .json()[QStringLiteral("items")]
                                       .toArray();
        QVERIFY(!clients.isEmpty());
        for (const QJsonValue &client : clients) {
            QCOMPARE(client[QStringLiteral("email")].toString(),
                     QStringLiteral("owner@pc-%1.example.org")
                         .arg(1000 + client[QStringLiteral("id")].toInteger()));
        }
        QCOMPARE(sb().line(kAvitoLine)[QStringLiteral("client_email")].toString(),
                 QStringLiteral("owner@pc-1005.example.org"));
    }

    void rewardOnlyForAPartnerCreatedClientsOwnPayment()
    {
        const QDateTime now = sb().freezeClock();
        const Response created = pay(kCreatedClient, 1'000'000);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()[QStringLiteral("reward_kopecks")].toInteger(), 200'000);
        QCOMPARE(
            created.json()[QStringLiteral("reward_kopecks")].toInteger(),
            opc::partner::rewardKopecks(opc::partner::Payer::Client, { true, false }, 1'000'000));
        QCOMPARE(created.json()[QStringLiteral("reward_balance_kopecks")].toInteger(),
                 kDemoRewardKopecks + 200'000);
        QCOMPARE(created.json()[QStringLiteral("paid_at")].toString(), iso(now));
        QCOMPARE(created.json()[QStringLiteral("client_id")].toInteger(), kCreatedClient);
        QCOMPARE(balance(), kDemoRewardKopecks + 200'000);

        // A referred client paying by itself earns nothing, access granted or not.
        for (qint64 client : { kReferredClient, kReferredWithAccessClient }) {
            const Response referred = pay(client, 1'000'000);
            QCOMPARE(referred.status, 201);
            QCOMPARE(referred.json()[QStringLiteral("reward_kopecks")].toInteger(), 0);
            QCOMPARE(referred.json()[QStringLiteral("reward_balance_kopecks")].toInteger(),
                     kDemoRewardKopecks + 200'000);
        }
        // 20 % rounded half-up to the kopeck.
        QCOMPARE(pay(kCreatedClient, 12'347).json()[QStringLiteral("reward_kopecks")].toInteger(),
                 2'469);
        QCOMPARE(pay(kCreatedClient, 12'348).json()[QStringLiteral("reward_kopecks")].toInteger(),
                 2'470);
        QCOMPARE(balance(), kDemoRewardKopecks + 200'000 + 2'469 + 2'470);
    }

    void aRetriedPaymentIsCreditedOnce()
    {
        const QJsonObject body { { QStringLiteral("client_id"), kCreatedClient },
                                 { QStringLiteral("amount_kopecks"), 500'000 } };
        const QByteArray key = newKey();
        const QString path = QStringLiteral("/api/v1/webhooks/partner/client-payments");
        const Response first = sb().post(path, body, test::kAgentToken, key);
        const Response again = sb().post(path, body, test::kAgentToken, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(balance(), kDemoRewardKopecks + 100'000);
    }

    void withdrawalsFollowTheRule()
    {
        // Below the minimum: refused with the rule's reason.
        const Response small = withdraw(rubles(499'999));
        QVERIFY2(isRefusal(small, QStringLiteral("amount_kopecks")), small.body.constData());
        QCOMPARE(
            errorMessage(small),
            *opc::partner::withdrawalRefusal(499'999, QStringLiteral("RUB"), kDemoRewardKopecks));
        // Above the balance.
        const Response large = withdraw(rubles(kDemoRewardKopecks + 1));
        QVERIFY2(isRefusal(large, QStringLiteral("amount_kopecks")), large.body.constData());
        QCOMPARE(errorMessage(large),
                 *opc::partner::withdrawalRefusal(kDemoRewardKopecks + 1, QStringLiteral("RUB"),
                                                  kDemoRewardKopecks));
        // Not rubles.
        QJsonObject dollars = rubles(600'000);
        dollars.insert(QStringLiteral("currency"), QStringLiteral("USD"));
        const Response usd = withdraw(dollars);
        QVERIFY2(isRefusal(usd, QStringLiteral("currency")), usd.body.constData());
        QCOMPARE(
            errorMessage(usd),
            *opc::partner::withdrawalRefusal(600'000, QStringLiteral("USD"), kDemoRewardKopecks));
        QCOMPARE(balance(), kDemoRewardKopecks);

        // Exactly the minimum is accepted and lowers the balance.
        const QDateTime now = sb().freezeClock();
        const Response accepted = withdraw(rubles(500'000));
        QCOMPARE(accepted.status, 201);
        const QJsonObject answer = accepted.json();
        QVERIFY(answer[QStringLiteral("id")].toInteger() > 0);
        QCOMPARE(answer[QStringLiteral("amount_kopecks")].toInteger(), 500'000);
        QCOMPARE(answer[QStringLiteral("currency")].toString(), QStringLiteral("RUB"));
        QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("requested"));
        QCOMPARE(answer[QStringLiteral("created_at")].toString(), iso(now));
        QCOMPARE(answer[QStringLiteral("reward_balance_kopecks")].toInteger(),
                 kDemoRewardKopecks - 500'000);
        QCOMPARE(balance(), kDemoRewardKopecks - 500'000);
        // The whole rest is fine too; then nothing is left to withdraw.
        QCOMPARE(withdraw(rubles(kDemoRewardKopecks - 500'000)).status, 201);
        QCOMPARE(balance(), 0);
        QVERIFY(isRefusal(withdraw(rubles(500'000)), QStringLiteral("amount_kopecks")));
    }

    void onlyTeamLeadsAndAdminsWithdraw()
    {
        const Response agent = withdraw(rubles(500'000), test::kAgentToken);
        QCOMPARE(agent.status, 403);
        QVERIFY(agent.isError(QStringLiteral("forbidden")));
        QCOMPARE(balance(), kDemoRewardKopecks);
        QCOMPARE(withdraw(rubles(500'000), test::kAdminToken).status, 201);
        QCOMPARE(withdraw(rubles(500'000), test::kLeadToken).status, 201);
        QCOMPARE(balance(), kDemoRewardKopecks - 1'000'000);
    }

    void badPaymentsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no client")
            << QByteArray(R"({"amount_kopecks":100})") << QStringLiteral("client_id");
        QTest::newRow("unknown client") << QByteArray(R"({"client_id":999,"amount_kopecks":100})")
                                        << QStringLiteral("client_id");
        QTest::newRow("client as text") << QByteArray(R"({"client_id":"2","amount_kopecks":100})")
                                        << QStringLiteral("client_id");
        QTest::newRow("no amount")
            << QByteArray(R"({"client_id":2})") << QStringLiteral("amount_kopecks");
        QTest::newRow("zero amount") << QByteArray(R"({"client_id":2,"amount_kopecks":0})")
                                     << QStringLiteral("amount_kopecks");
        QTest::newRow("negative amount") << QByteArray(R"({"client_id":2,"amount_kopecks":-5})")
                                         << QStringLiteral("amount_kopecks");
        QTest::newRow("fraction") << QByteArray(R"({"client_id":2,"amount_kopecks":10.5})")
                                  << QStringLiteral("amount_kopecks");
        QTest::newRow("amount as text") << QByteArray(R"({"client_id":2,"amount_kopecks":"100"})")
                                        << QStringLiteral("amount_kopecks");
        QTest::newRow("paid_at a date")
            << QByteArray(R"({"client_id":2,"amount_kopecks":100,"paid_at":"2020-01-01"})")
            << QStringLiteral("paid_at");
        QTest::newRow("paid_at words")
            << QByteArray(R"({"client_id":2,"amount_kopecks":100,"paid_at":"yesterday"})")
            << QStringLiteral("paid_at");
        QTest::newRow("paid_at in the future") << QByteArray(
            R"({"client_id":2,"amount_kopecks":100,"paid_at":"2999-01-01T00:00:00Z"})")
                                               << QStringLiteral("paid_at");
        QTest::newRow("unknown field")
            << QByteArray(R"({"client_id":2,"amount_kopecks":100,"payer":"client"})")
            << QStringLiteral("payer");
    }

    void badPaymentsAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response refused = sb().http().send(
            "POST", QStringLiteral("/api/v1/webhooks/partner/client-payments"), test::kAgentToken,
            body, { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
        QCOMPARE(balance(), kDemoRewardKopecks);
    }

    void aPaymentMayBeReportedLate()
    {
        const QDateTime now = sb().freezeClock();
        const Response late
            = sb().post(QStringLiteral("/api/v1/webhooks/partner/client-payments"),
                        QJsonObject { { QStringLiteral("client_id"), kCreatedClient },
                                      { QStringLiteral("amount_kopecks"), 100 },
                                      { QStringLiteral("paid_at"), iso(now.addDays(-3)) } });
        QCOMPARE(late.status, 201);
        QCOMPARE(late.json()[QStringLiteral("paid_at")].toString(), iso(now.addDays(-3)));
    }

    void badWithdrawalsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no currency")
            << QByteArray(R"({"amount_kopecks":500000})") << QStringLiteral("currency");
        QTest::newRow("currency lower case")
            << QByteArray(R"({"amount_kopecks":500000,"currency":"rub"})")
            << QStringLiteral("currency");
        QTest::newRow("currency a number")
            << QByteArray(R"({"amount_kopecks":500000,"currency":643})")
            << QStringLiteral("currency");
        QTest::newRow("no amount")
            << QByteArray(R"({"currency":"RUB"})") << QStringLiteral("amount_kopecks");
        QTest::newRow("amount as text")
            << QByteArray(R"({"amount_kopecks":"500000","currency":"RUB"})")
            << QStringLiteral("amount_kopecks");
        QTest::newRow("fraction") << QByteArray(R"({"amount_kopecks":500000.5,"currency":"RUB"})")
                                  << QStringLiteral("amount_kopecks");
        QTest::newRow("negative") << QByteArray(R"({"amount_kopecks":-600000,"currency":"RUB"})")
                                  << QStringLiteral("amount_kopecks");
        QTest::newRow("unknown field")
            << QByteArray(R"({"amount_kopecks":500000,"currency":"RUB","account":"x"})")
            << QStringLiteral("account");
    }

    void badWithdrawalsAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response refused = sb().http().send(
            "POST", QStringLiteral("/api/v1/partner/withdrawals"), test::kLeadToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
        QCOMPARE(balance(), kDemoRewardKopecks);
    }
};

QTEST_GUILESS_MAIN(PartnerRewardsTest)
#include "tst_partner_rewards.moc"
