// The partner's notifications and the NFR line (issue 5, seed 003) over real HTTP on loopback,
// driven by the sandbox clock: a notice 7 days before a line expires and one when it has
// expired, each once; one per channel state change the platform reports; read/unread counts;
// the NFR line renewed free after a client payment in its last 2 months and ended without one.

#include "core/partner/PartnerRules.h"
#include "tst_partner_common.h"

using namespace opc;
using namespace opc::test::partner;
using test::Response;

class PartnerNotificationsTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<PartnerSandbox> m_sandbox;

    PartnerSandbox &sb() { return *m_sandbox; }

    Response reportChannel(qint64 line, const QString &channel, bool connected)
    {
        return sb().post(
            QStringLiteral("/api/v1/partner/lines/%1/channels/%2").arg(line).arg(channel),
            QJsonObject { { QStringLiteral("connected"), connected } });
    }

    Response markRead(const QJsonObject &body)
    {
        return sb().post(QStringLiteral("/api/v1/partner/notifications/read"), body);
    }

    Response pay(qint64 client, const QDateTime &paidAt)
    {
        return sb().post(QStringLiteral("/api/v1/webhooks/partner/client-payments"),
                         QJsonObject { { QStringLiteral("client_id"), client },
                                       { QStringLiteral("amount_kopecks"), 100'000 },
                                       { QStringLiteral("paid_at"), iso(paidAt) } });
    }

    static QMap<QString, int> countKinds(const QJsonArray &items)
    {
        QMap<QString, int> kinds;
        for (const QJsonValue &item : items)
            ++kinds[item[QStringLiteral("kind")].toString()];
        return kinds;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<PartnerSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void theDemoStartsWithTheNoticesDueToday()
    {
        qint64 unread = -1;
        const QJsonArray items = sb().notifications(&unread);
        // Six demo lines expire within 7 days (the NFR line among them), six have expired.
        QCOMPARE(countKinds(items),
                 (QMap<QString, int> { { QStringLiteral("line_expiring"), 6 },
                                       { QStringLiteral("line_expired"), 6 } }));
        QCOMPARE(unread, 12);
        // Newest first.
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1][QStringLiteral("id")].toInteger()
                    > items[i][QStringLiteral("id")].toInteger());
        // Reading again sends nothing twice.
        QCOMPARE(sb().notifications().size(), 12);
    }

    void expiryNoticesFollowTheClockOnce()
    {
        const QJsonObject line = sb().line(kAvitoLine);
        const QDateTime expires = fromIso(line[QStringLiteral("expires_at")].toString());
        const QString expiring = QStringLiteral("line_expiring");
        const QString expired = QStringLiteral("line_expired");
        QCOMPARE(sb().notificationsOf(kAvitoLine, expiring).size(), 0);

        sb().setNow(expires.addDays(-8));
        QCOMPARE(sb().notificationsOf(kAvitoLine, expiring).size(), 0);
        // 7 days before: the notice, naming the client and the line.
        const QDateTime sevenBefore = sb().setNow(expires.addDays(-7));
        const QJsonArray notices = sb().notificationsOf(kAvitoLine, expiring);
        QCOMPARE(notices.size(), 1);
        const QJsonObject notice = notices.first().toObject();
        QCOMPARE(notice[QStringLiteral("line_id")].toString(), QStringLiteral("L-20010"));
        QCOMPARE(notice[QStringLiteral("client_id")].toInteger(), 5);
        QCOMPARE(notice[QStringLiteral("client_account_id")].toString(), QStringLiteral("PC-1005"));
        QCOMPARE(notice[QStringLiteral("client_email")].toString(),
                 QStringLiteral("owner@pc-1005.example.org"));
        QCOMPARE(notice[QStringLiteral("organisation")].toString(), QStringLiteral("Минский хлеб"));
        QCOMPARE(notice[QStringLiteral("project")].toString(), QStringLiteral("Проект 5"));
        QCOMPARE(notice[QStringLiteral("expires_at")], line[QStringLiteral("expires_at")]);
        QCOMPARE(notice[QStringLiteral("created_at")].toString(), iso(sevenBefore));
        QCOMPARE(notice[QStringLiteral("read")].toBool(), false);
        QVERIFY(!notice.contains(QStringLiteral("channel")));
        // The days after: not again.
        for (int day = 6; day >= 1; --day) {
            sb().setNow(expires.addDays(-day));
            QCOMPARE(sb().notificationsOf(kAvitoLine, expiring).size(), 1);
            QCOMPARE(sb().notificationsOf(kAvitoLine, expired).size(), 0);
        }
        // At expiry: the second notice, once.
        sb().setNow(expires);
        QCOMPARE(sb().notificationsOf(kAvitoLine, expired).size(), 1);
        sb().advanceDays(1);
        sb().advanceDays(30);
        QCOMPARE(sb().notificationsOf(kAvitoLine, expired).size(), 1);
        QCOMPARE(sb().notificationsOf(kAvitoLine, expiring).size(), 1);
    }

    void aClockJumpingPastTheExpirySendsOnlyTheExpiredNotice()
    {
        const QDateTime expires
            = fromIso(sb().line(kAvitoLine)[QStringLiteral("expires_at")].toString());
        sb().setNow(expires.addDays(2));
        QCOMPARE(sb().notificationsOf(kAvitoLine, QStringLiteral("line_expiring")).size(), 0);
        QCOMPARE(sb().notificationsOf(kAvitoLine, QStringLiteral("line_expired")).size(), 1);
    }

    void aRenewedLineIsNoticedAgainForItsNewExpiry()
    {
        const QDateTime expires
            = fromIso(sb().line(kAvitoLine)[QStringLiteral("expires_at")].toString());
        sb().setNow(expires.addDays(-3));
        QCOMPARE(sb().notificationsOf(kAvitoLine, QStringLiteral("line_expiring")).size(), 1);
        const Response renewed = sb().order(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("renew") },
                          { QStringLiteral("line_ids"), QJsonArray { kAvitoLine } },
                          { QStringLiteral("months"), 1 },
                          { QStringLiteral("payment_method"), QStringLiteral("card") } });
        QCOMPARE(renewed.status, 201);
        const QDateTime newExpiry = expires.addMonths(1);
        sb().setNow(expires.addDays(1)); // the old expiry passes: the line still runs
        QCOMPARE(sb().notificationsOf(kAvitoLine, QStringLiteral("line_expired")).size(), 0);
        sb().setNow(newExpiry.addDays(-7));
        const QJsonArray notices
            = sb().notificationsOf(kAvitoLine, QStringLiteral("line_expiring"));
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.first()[QStringLiteral("expires_at")].toString(), iso(newExpiry));
    }

    void channelStateChangesAreNoticed()
    {
        const QByteArray etag
            = sb().get(QStringLiteral("/api/v1/partner/lines/%1").arg(kDisconnectedLine))
                  .header("ETag");
        const Response connected
            = reportChannel(kDisconnectedLine, QStringLiteral("telegram"), true);
        QCOMPARE(connected.status, 200);
        QVERIFY(connected.header("ETag") != etag);
        for (const QJsonValue &channel : connected.json()[QStringLiteral("channels")].toArray()) {
            QCOMPARE(channel[QStringLiteral("connected")].toBool(),
                     channel[QStringLiteral("channel")] == QStringLiteral("telegram"));
        }
        QJsonArray notices
            = sb().notificationsOf(kDisconnectedLine, QStringLiteral("channel_connected"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first()[QStringLiteral("channel")].toString(), QStringLiteral("telegram"));
        QCOMPARE(notices.first()[QStringLiteral("client_account_id")].toString(),
                 QStringLiteral("PC-1011"));
        QCOMPARE(notices.first()[QStringLiteral("line_id")].toString(), QStringLiteral("L-20022"));
        QVERIFY(!notices.first().toObject().contains(QStringLiteral("expires_at")));

        // The state it already has: nothing changes, nothing is sent.
        const Response again = reportChannel(kDisconnectedLine, QStringLiteral("telegram"), true);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("ETag"), connected.header("ETag"));
        QCOMPARE(
            sb().notificationsOf(kDisconnectedLine, QStringLiteral("channel_connected")).size(), 1);
        // Disconnecting is noticed too.
        QCOMPARE(reportChannel(kDisconnectedLine, QStringLiteral("telegram"), false).status, 200);
        notices = sb().notificationsOf(kDisconnectedLine, QStringLiteral("channel_disconnected"));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first()[QStringLiteral("channel")].toString(), QStringLiteral("telegram"));
    }

    void aLineWithTwoChannelsOfAKindChangesOneAtATime()
    {
        const Response bought = sb().order(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("buy") },
                          { QStringLiteral("client_id"), kCreatedClient },
                          { QStringLiteral("months"), 1 },
                          { QStringLiteral("payment_method"), QStringLiteral("card") },
                          { QStringLiteral("lines"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("count"), 1 },
                                { QStringLiteral("channels"),
                                  QJsonObject { { QStringLiteral("whatsapp"), 2 } } } } } } });
        QCOMPARE(bought.status, 201);
        const qint64 line
            = bought.json()[QStringLiteral("lines")][0][QStringLiteral("id")].toInteger();
        auto connectedCount = [](const Response &response) {
            int count = 0;
            for (const QJsonValue &channel : response.json()[QStringLiteral("channels")].toArray())
                count += channel[QStringLiteral("connected")].toBool() ? 1 : 0;
            return count;
        };
        QCOMPARE(connectedCount(reportChannel(line, QStringLiteral("whatsapp"), true)), 1);
        QCOMPARE(connectedCount(reportChannel(line, QStringLiteral("whatsapp"), true)), 2);
        QCOMPARE(connectedCount(reportChannel(line, QStringLiteral("whatsapp"), true)), 2);
        QCOMPARE(sb().notificationsOf(line, QStringLiteral("channel_connected")).size(), 2);
    }

    void badChannelReports()
    {
        const Response absent = reportChannel(kDisconnectedLine, QStringLiteral("avito"), true);
        QVERIFY2(isRefusal(absent, QStringLiteral("channel"), 404), absent.body.constData());
        QVERIFY(absent.isError(QStringLiteral("not_found")));
        QVERIFY(errorMessage(absent).contains(QLatin1String("whatsapp, telegram, max")));
        QCOMPARE(reportChannel(99999, QStringLiteral("whatsapp"), true).status, 404);
        QCOMPARE(reportChannel(0, QStringLiteral("whatsapp"), true).status, 404);
        const QString path
            = QStringLiteral("/api/v1/partner/lines/%1/channels/whatsapp").arg(kDisconnectedLine);
        for (const auto &[body, field] :
             { std::pair { QByteArray(R"({"connected":"yes"})"), QStringLiteral("connected") },
               std::pair { QByteArray(R"({"connected":1})"), QStringLiteral("connected") },
               std::pair { QByteArray("{}"), QStringLiteral("connected") },
               std::pair { QByteArray(R"({"connected":true,"at":"now"})"),
                           QStringLiteral("at") } }) {
            const Response refused = sb().http().send(
                "POST", path, test::kAgentToken, body,
                { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
            QVERIFY2(isRefusal(refused, field), refused.body.constData());
        }
        QCOMPARE(
            sb().notificationsOf(kDisconnectedLine, QStringLiteral("channel_connected")).size(), 0);
    }

    void readAndUnreadCounts()
    {
        qint64 unread = -1;
        const QJsonArray items = sb().notifications(&unread);
        QCOMPARE(unread, items.size());
        const qint64 first = items[0][QStringLiteral("id")].toInteger();
        const qint64 second = items[3][QStringLiteral("id")].toInteger();
        const Response some
            = markRead(QJsonObject { { QStringLiteral("ids"), QJsonArray { first, second } } });
        QCOMPARE(some.status, 200);
        QCOMPARE(some.json()[QStringLiteral("unread_count")].toInteger(), unread - 2);
        for (const QJsonValue &item : sb().notifications(&unread)) {
            const qint64 id = item[QStringLiteral("id")].toInteger();
            QCOMPARE(item[QStringLiteral("read")].toBool(), id == first || id == second);
        }
        QCOMPARE(unread, items.size() - 2);
        // Marking read twice is harmless.
        QCOMPARE(markRead(QJsonObject { { QStringLiteral("ids"), QJsonArray { first } } })
                     .json()[QStringLiteral("unread_count")]
                     .toInteger(),
                 unread);
        // A new notice is unread.
        QCOMPARE(reportChannel(kDisconnectedLine, QStringLiteral("max"), true).status, 200);
        sb().notifications(&unread);
        QCOMPARE(unread, items.size() - 1);
        const Response all = markRead(QJsonObject { { QStringLiteral("all"), true } });
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json()[QStringLiteral("unread_count")].toInteger(), 0);
        for (const QJsonValue &item : sb().notifications(&unread))
            QVERIFY(item[QStringLiteral("read")].toBool());
        QCOMPARE(unread, 0);
    }

    void badReadRequestsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing") << QByteArray("{}") << QStringLiteral("ids");
        QTest::newRow("both") << QByteArray(R"({"ids":[1],"all":true})") << QStringLiteral("all");
        QTest::newRow("all false") << QByteArray(R"({"all":false})") << QStringLiteral("all");
        QTest::newRow("all as text") << QByteArray(R"({"all":"yes"})") << QStringLiteral("all");
        QTest::newRow("empty ids") << QByteArray(R"({"ids":[]})") << QStringLiteral("ids");
        QTest::newRow("ids not a list") << QByteArray(R"({"ids":1})") << QStringLiteral("ids");
        QTest::newRow("id as text") << QByteArray(R"({"ids":[1,"2"]})") << QStringLiteral("ids[1]");
        QTest::newRow("unknown id")
            << QByteArray(R"({"ids":[1,99999]})") << QStringLiteral("ids[1]");
        QTest::newRow("unknown field") << QByteArray(R"({"id":1})") << QStringLiteral("id");
    }

    void badReadRequestsAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        qint64 unread = -1;
        sb().notifications(&unread);
        QVERIFY(unread > 0);
        const Response refused = sb().http().send(
            "POST", QStringLiteral("/api/v1/partner/notifications/read"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
        qint64 after = -1;
        sb().notifications(&after);
        QCOMPARE(after, unread);
    }

    void badNotificationPages()
    {
        const Response limit = sb().get(QStringLiteral("/api/v1/partner/notifications?limit=0"));
        QVERIFY(isRefusal(limit, QStringLiteral("limit")));
        const Response cursor
            = sb().get(QStringLiteral("/api/v1/partner/notifications?cursor=nonsense"));
        QVERIFY(isRefusal(cursor, QStringLiteral("cursor"), 400));
    }

    void theNfrLineIsRenewedWithAPaymentAndEndsWithout()
    {
        const QJsonObject nfr = sb().line(kNfrLine);
        QVERIFY(nfr[QStringLiteral("is_nfr")].toBool());
        const QDateTime expires = fromIso(nfr[QStringLiteral("expires_at")].toString());
        // A client paid 20 days ago (the demo): at its expiry it is renewed for 2 months, free.
        QVERIFY(sb().profile()[QStringLiteral("nfr_line")][QStringLiteral("renews")].toBool());
        sb().setNow(expires);
        const QDateTime renewedTo = expires.addMonths(opc::partner::kNfrMonths);
        QJsonObject line = sb().line(kNfrLine);
        QCOMPARE(line[QStringLiteral("expires_at")].toString(), iso(renewedTo));
        QCOMPARE(line[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(sb().notificationsOf(kNfrLine, QStringLiteral("line_expired")).size(), 0);
        QJsonObject profile = sb().profile()[QStringLiteral("nfr_line")].toObject();
        QCOMPARE(profile[QStringLiteral("expires_at")].toString(), iso(renewedTo));
        QCOMPARE(profile[QStringLiteral("ended")].toBool(), false);
        // No payment since: the next expiry will end it, and does.
        QCOMPARE(profile[QStringLiteral("renews")].toBool(), false);
        sb().setNow(renewedTo.addDays(1));
        line = sb().line(kNfrLine);
        QCOMPARE(line[QStringLiteral("expires_at")].toString(), iso(renewedTo));
        QCOMPARE(line[QStringLiteral("status")].toString(), QStringLiteral("expired"));
        profile = sb().profile()[QStringLiteral("nfr_line")].toObject();
        QCOMPARE(profile[QStringLiteral("ended")].toBool(), true);
        QCOMPARE(profile[QStringLiteral("renews")].toBool(), false);
        QCOMPARE(sb().notificationsOf(kNfrLine, QStringLiteral("line_expired")).size(), 1);
        // A payment reported late, from before that expiry, does not bring it back.
        QCOMPARE(pay(kReferredClient, renewedTo.addDays(-3)).status, 201);
        sb().advanceDays(1);
        QCOMPARE(sb().line(kNfrLine)[QStringLiteral("status")].toString(),
                 QStringLiteral("expired"));
    }

    void anyClientsPaymentRenewsTheNfrLineAgain()
    {
        const QDateTime expires
            = fromIso(sb().line(kNfrLine)[QStringLiteral("expires_at")].toString());
        const QDateTime first = expires.addMonths(2);
        sb().setNow(expires.addDays(10));
        // A referred client's payment earns no reward but still counts for the NFR line.
        QCOMPARE(pay(kReferredClient, expires.addDays(10)).status, 201);
        QVERIFY(sb().profile()[QStringLiteral("nfr_line")][QStringLiteral("renews")].toBool());
        // Half a year on: renewed at the first expiry (payment 20 days before), at the second
        // (the payment above), then ended at the third.
        sb().setNow(expires.addMonths(6).addDays(1));
        const QJsonObject line = sb().line(kNfrLine);
        QCOMPARE(line[QStringLiteral("expires_at")].toString(), iso(first.addMonths(2)));
        QCOMPARE(line[QStringLiteral("status")].toString(), QStringLiteral("expired"));
        QVERIFY(sb().profile()[QStringLiteral("nfr_line")][QStringLiteral("ended")].toBool());
    }

    void theNfrLineIsNotForSale()
    {
        const Response renewal = sb().order(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("renew") },
                          { QStringLiteral("line_ids"), QJsonArray { kNfrLine } },
                          { QStringLiteral("months"), 2 },
                          { QStringLiteral("payment_method"), QStringLiteral("card") } });
        QVERIFY2(isRefusal(renewal, QStringLiteral("line_ids[0]")), renewal.body.constData());
        QVERIFY(errorMessage(renewal).contains(QLatin1String("NFR")));
    }
};

QTEST_GUILESS_MAIN(PartnerNotificationsTest)
#include "tst_partner_notifications.moc"
