// Partner orders (issue 5, seed 003) over real HTTP on loopback: buying lines is priced exactly
// as partner::quoteLines prices the same order, renewals extend each line from max(now, expiry),
// channels are added only with 6 or more days left (the sandbox clock moved to 6 and 5), new
// lines bought with added channels are priced as partner::quoteAddOnWithLines prices them and
// created for the line's client in its project, a retried order replays its first answer, and
// every bad order is refused naming the field.

#include "core/partner/PartnerRules.h"
#include "core/partner/Pricing.h"
#include "core/partner/QuoteJson.h"
#include "tst_partner_common.h"

using namespace opc;
using namespace opc::test::partner;
using test::Response;

class PartnerOrdersTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<PartnerSandbox> m_sandbox;

    PartnerSandbox &sb() { return *m_sandbox; }

    opc::partner::PriceList prices()
    {
        opc::partner::QuoteError error;
        const auto list = opc::partner::pricesFromJson(
            sb().get(QStringLiteral("/api/v1/partner/price-list")).json(), QStringLiteral("prices"),
            &error);
        return list.value_or(opc::partner::PriceList {});
    }

    // The answer's price part, as quoteToJson writes it.
    static QJsonObject pricePart(const QJsonObject &answer, bool addOn)
    {
        QJsonObject part {
            { QStringLiteral("subtotal_kopecks"),
              answer.value(QStringLiteral("subtotal_kopecks")) },
            { QStringLiteral("discounts"), answer.value(QStringLiteral("discounts")) },
            { QStringLiteral("total_kopecks"), answer.value(QStringLiteral("total_kopecks")) }
        };
        if (addOn)
            part.insert(QStringLiteral("days_left"), answer.value(QStringLiteral("days_left")));
        return part;
    }

    static QMap<QString, qint64> channelCounts(const QJsonObject &line)
    {
        QMap<QString, qint64> counts;
        for (const QJsonValue &channel : line.value(QStringLiteral("channels")).toArray())
            ++counts[channel[QStringLiteral("channel")].toString()];
        return counts;
    }

    qint64 lineCount(qint64 client)
    {
        return sb()
            .get(QStringLiteral("/api/v1/partner/lines?limit=200&client_id=%1").arg(client))
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .size();
    }

    qint64 chatcoinsOf(qint64 clientId)
    {
        for (const QJsonValue &client :
             sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                 .json()[QStringLiteral("items")]
                 .toArray()) {
            if (client[QStringLiteral("id")].toInteger() == clientId)
                return client[QStringLiteral("chatcoins")].toInteger();
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<PartnerSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void buyIsPricedByTheRulesAndCreatesTheLines()
    {
        const QDateTime now = sb().freezeClock();
        QVERIFY(now.isValid());
        const qint64 coinsBefore = [&] {
            for (const QJsonValue &client :
                 sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                     .json()[QStringLiteral("items")]
                     .toArray()) {
                if (client[QStringLiteral("id")].toInteger() == kReferredClient)
                    return client[QStringLiteral("chatcoins")].toInteger();
            }
            return qint64(-1);
        }();
        const QJsonArray groups {
            QJsonObject { { QStringLiteral("count"), 5 },
                          { QStringLiteral("channels"),
                            QJsonObject { { QStringLiteral("whatsapp"), 2 },
                                          { QStringLiteral("telegram"), 1 } } } },
            QJsonObject { { QStringLiteral("count"), 2 },
                          { QStringLiteral("channels"),
                            QJsonObject { { QStringLiteral("max"), 1 },
                                          { QStringLiteral("waba"), 1 },
                                          { QStringLiteral("instagram"), 1 } } } },
        };
        const Response bought = sb().order(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("buy") },
                          { QStringLiteral("client_id"), kReferredClient },
                          { QStringLiteral("months"), 12 },
                          { QStringLiteral("payment_method"), QStringLiteral("invoice") },
                          { QStringLiteral("lines"), groups },
                          { QStringLiteral("chatcoins_package"), QStringLiteral("cc-5000") },
                          { QStringLiteral("project"), QStringLiteral("Онлайн-запись") } });
        QCOMPARE(bought.status, 201);
        const QJsonObject answer = bought.json();

        // The very rules, on the same order, with the demo partner's status (official).
        opc::partner::LineOrder order;
        order.partner = opc::partner::PartnerStatus::Official;
        order.months = 12;
        order.lines
            = { { 5, { { QStringLiteral("whatsapp"), 2 }, { QStringLiteral("telegram"), 1 } } },
                { 2,
                  { { QStringLiteral("max"), 1 },
                    { QStringLiteral("waba"), 1 },
                    { QStringLiteral("instagram"), 1 } } } };
        order.chatcoinsPackage = QStringLiteral("cc-5000");
        opc::partner::QuoteError error;
        const auto quote = opc::partner::quoteLines(order, prices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(pricePart(answer, false), opc::partner::quoteToJson(*quote, false));
        // And by hand: 17 personal channels (5 %), 12 months (20 %), official (35 %).
        QCOMPARE(answer[QStringLiteral("subtotal_kopecks")].toInteger(), 35'730'000);
        QCOMPARE(answer[QStringLiteral("total_kopecks")].toInteger(), 18'084'240);
        const QJsonArray discounts = answer[QStringLiteral("discounts")].toArray();
        QCOMPARE(discounts.size(), 3);
        QCOMPARE(discounts[0][QStringLiteral("kind")].toString(), QStringLiteral("volume"));
        QCOMPARE(discounts[0][QStringLiteral("amount_kopecks")].toInteger(), 1'368'000);
        QCOMPARE(discounts[1][QStringLiteral("amount_kopecks")].toInteger(), 6'782'400);
        QCOMPARE(discounts[2][QStringLiteral("amount_kopecks")].toInteger(), 9'495'360);

        QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("buy"));
        QCOMPARE(answer[QStringLiteral("payment_method")].toString(), QStringLiteral("invoice"));
        QCOMPARE(answer[QStringLiteral("created_at")].toString(), iso(now));
        QVERIFY(!answer.contains(QStringLiteral("days_left")));
        const QJsonArray lines = answer[QStringLiteral("lines")].toArray();
        QCOMPARE(lines.size(), 7);
        QSet<QString> lineIds;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject line = lines[i].toObject();
            lineIds.insert(line[QStringLiteral("line_id")].toString());
            QCOMPARE(line[QStringLiteral("client_id")].toInteger(), kReferredClient);
            QCOMPARE(line[QStringLiteral("expires_at")].toString(), iso(now.addMonths(12)));
            QCOMPARE(line[QStringLiteral("status")].toString(), QStringLiteral("active"));
            QCOMPARE(line[QStringLiteral("project")].toString(), QStringLiteral("Онлайн-запись"));
            QCOMPARE(line[QStringLiteral("is_nfr")].toBool(), false);
            const auto expected = i < 5 ? order.lines[0].channels : order.lines[1].channels;
            QCOMPARE(channelCounts(line), expected);
            for (const QJsonValue &channel : line[QStringLiteral("channels")].toArray())
                QCOMPARE(channel[QStringLiteral("connected")].toBool(), false); // new
            // As GET shows it.
            QCOMPARE(sb().line(line[QStringLiteral("id")].toInteger()), line);
        }
        QCOMPARE(lineIds.size(), 7);
        QVERIFY(!lineIds.contains(QStringLiteral("L-20024"))); // new ids, after the demo's
        QCOMPARE(lineCount(kReferredClient), 1 + 7);
        // The ChatCoins package went to the client.
        for (const QJsonValue &client :
             sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                 .json()[QStringLiteral("items")]
                 .toArray()) {
            if (client[QStringLiteral("id")].toInteger() == kReferredClient)
                QCOMPARE(client[QStringLiteral("chatcoins")].toInteger(), coinsBefore + 5000);
        }
    }

    void renewingTwoLinesMovesEachExpiryByMonths()
    {
        const QDateTime now = sb().freezeClock();
        const QJsonObject running = sb().line(kThreeChannelLine);
        const QJsonObject expired = sb().line(kExpiredWabaLine);
        QCOMPARE(expired[QStringLiteral("status")].toString(), QStringLiteral("expired"));
        const Response renewed = sb().order(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("renew") },
            { QStringLiteral("line_ids"), QJsonArray { kThreeChannelLine, kExpiredWabaLine } },
            { QStringLiteral("months"), 6 },
            { QStringLiteral("payment_method"), QStringLiteral("card") } });
        QCOMPARE(renewed.status, 201);
        const QJsonObject answer = renewed.json();

        // One payment: each line a group of its own channels.
        opc::partner::LineOrder order;
        order.partner = opc::partner::PartnerStatus::Official;
        order.months = 6;
        order.lines = { { 1,
                          { { QStringLiteral("whatsapp"), 1 },
                            { QStringLiteral("telegram"), 1 },
                            { QStringLiteral("max"), 1 } } },
                        { 1, { { QStringLiteral("waba"), 1 } } } };
        opc::partner::QuoteError error;
        const auto quote = opc::partner::quoteLines(order, prices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(pricePart(answer, false), opc::partner::quoteToJson(*quote, false));
        // 3 360 000 less 10 % (6 months) less 35 % (official); 3 personal channels: no volume.
        QCOMPARE(answer[QStringLiteral("total_kopecks")].toInteger(), 1'965'600);

        const QJsonArray lines = answer[QStringLiteral("lines")].toArray();
        QCOMPARE(lines.size(), 2);
        // The running line from its expiry, the expired one from now.
        QCOMPARE(lines[0][QStringLiteral("expires_at")].toString(),
                 iso(fromIso(running[QStringLiteral("expires_at")].toString()).addMonths(6)));
        QCOMPARE(lines[1][QStringLiteral("expires_at")].toString(), iso(now.addMonths(6)));
        QCOMPARE(lines[1][QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(lines[0][QStringLiteral("version")].toInteger(),
                 running[QStringLiteral("version")].toInteger() + 1);
        QCOMPARE(sb().line(kExpiredWabaLine), lines[1].toObject());
    }

    void channelsAreAddedOnlyWithSixDaysLeft()
    {
        const QJsonObject line = sb().line(kWhatsappLine);
        const QDateTime expires = fromIso(line[QStringLiteral("expires_at")].toString());
        const QDateTime sixDaysBefore = sb().setNow(expires.addDays(-6));
        QCOMPARE(sixDaysBefore, expires.addDays(-6));
        QCOMPARE(sb().line(kWhatsappLine)[QStringLiteral("days_left")].toInteger(), 6);

        const QJsonObject channels { { QStringLiteral("telegram"), 2 },
                                     { QStringLiteral("waba"), 1 } };
        const Response added
            = sb().order(QJsonObject { { QStringLiteral("kind"), QStringLiteral("add_channels") },
                                       { QStringLiteral("line_id"), kWhatsappLine },
                                       { QStringLiteral("channels"), channels } });
        QCOMPARE(added.status, 201);
        opc::partner::AddOnOrder order;
        order.partner = opc::partner::PartnerStatus::Official;
        order.today = sixDaysBefore.date();
        order.lineExpiresOn = expires.date();
        order.channels = { { QStringLiteral("telegram"), 2 }, { QStringLiteral("waba"), 1 } };
        opc::partner::QuoteError error;
        const auto quote = opc::partner::quoteAddOn(order, prices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(pricePart(added.json(), true), opc::partner::quoteToJson(*quote, true));
        QCOMPARE(added.json()[QStringLiteral("days_left")].toInteger(), 6);
        // (2 × 1 200 + 2 000) ₽ × 6 / 30 = 880 ₽, less 35 %.
        QCOMPARE(added.json()[QStringLiteral("subtotal_kopecks")].toInteger(), 88'000);
        QCOMPARE(added.json()[QStringLiteral("total_kopecks")].toInteger(), 57'200);
        QVERIFY(added.json()[QStringLiteral("payment_method")].isNull());
        const QJsonObject after
            = added.json()[QStringLiteral("lines")].toArray().first().toObject();
        QCOMPARE(channelCounts(after),
                 (QMap<QString, qint64> { { QStringLiteral("whatsapp"), 1 },
                                          { QStringLiteral("telegram"), 2 },
                                          { QStringLiteral("waba"), 1 } }));
        QCOMPARE(after[QStringLiteral("expires_at")], line[QStringLiteral("expires_at")]);

        // A day later 5 are left: refused with the rule's own words.
        const QDateTime fiveDaysBefore = sb().advanceDays(1);
        const Response late
            = sb().order(QJsonObject { { QStringLiteral("kind"), QStringLiteral("add_channels") },
                                       { QStringLiteral("line_id"), kWhatsappLine },
                                       { QStringLiteral("channels"), channels } });
        QVERIFY2(isRefusal(late, QStringLiteral("line_id")), late.body.constData());
        QCOMPARE(errorMessage(late),
                 *opc::partner::addChannelsRefusal(fiveDaysBefore.date(), expires.date()));
        QCOMPARE(channelCounts(sb().line(kWhatsappLine)), channelCounts(after));
    }

    void addingChannelsBuysNewLinesInTheSamePayment()
    {
        const QJsonObject line = sb().line(kWhatsappLine);
        const qint64 client = line[QStringLiteral("client_id")].toInteger();
        const QDateTime expires = fromIso(line[QStringLiteral("expires_at")].toString());
        const QDateTime now = sb().setNow(expires.addDays(-20));
        const qint64 linesBefore = lineCount(client);
        const qint64 coinsBefore = chatcoinsOf(client);
        // 2 Telegram added and 2 new lines × 4 WhatsApp: 10 personal channels (5 %) only when
        // both parts count; 6 months (10 %) for the new lines only; official (35 %) for both.
        const QJsonObject newLines {
            { QStringLiteral("months"), 6 },
            { QStringLiteral("lines"),
              QJsonArray {
                  QJsonObject { { QStringLiteral("count"), 2 },
                                { QStringLiteral("channels"),
                                  QJsonObject { { QStringLiteral("whatsapp"), 4 } } } } } },
            { QStringLiteral("chatcoins_package"), QStringLiteral("cc-5000") },
        };
        const Response added = sb().order(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("add_channels") },
            { QStringLiteral("line_id"), kWhatsappLine },
            { QStringLiteral("channels"), QJsonObject { { QStringLiteral("telegram"), 2 } } },
            { QStringLiteral("payment_method"), QStringLiteral("invoice") },
            { QStringLiteral("project"), QStringLiteral("Филиал на Ленина") },
            { QStringLiteral("new_lines"), newLines } });
        QVERIFY2(added.status == 201, added.body.constData());
        const QJsonObject answer = added.json();

        opc::partner::AddOnOrder addOn;
        addOn.partner = opc::partner::PartnerStatus::Official;
        addOn.today = now.date();
        addOn.lineExpiresOn = expires.date();
        addOn.channels = { { QStringLiteral("telegram"), 2 } };
        opc::partner::LineOrder lines;
        lines.months = 6;
        lines.lines = { { 2, { { QStringLiteral("whatsapp"), 4 } } } };
        lines.chatcoinsPackage = QStringLiteral("cc-5000");
        opc::partner::QuoteError error;
        const auto quote = opc::partner::quoteAddOnWithLines(addOn, lines, prices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(pricePart(answer, true), opc::partner::quoteToJson(*quote, true));
        QCOMPARE(answer[QStringLiteral("days_left")].toInteger(), 20);
        QStringList kinds;
        for (const QJsonValue &discount : answer[QStringLiteral("discounts")].toArray())
            kinds << discount[QStringLiteral("kind")].toString();
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("volume"), QStringLiteral("period"),
                                QStringLiteral("partner") }));
        QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("add_channels"));
        QCOMPARE(answer[QStringLiteral("payment_method")].toString(), QStringLiteral("invoice"));

        // The line first, with its channels and the project, then the two new lines.
        const QJsonArray affected = answer[QStringLiteral("lines")].toArray();
        QCOMPARE(affected.size(), 3);
        const QJsonObject changed = affected[0].toObject();
        QCOMPARE(changed[QStringLiteral("id")].toInteger(), kWhatsappLine);
        QCOMPARE(channelCounts(changed),
                 (QMap<QString, qint64> { { QStringLiteral("whatsapp"), 1 },
                                          { QStringLiteral("telegram"), 2 } }));
        QCOMPARE(changed[QStringLiteral("project")].toString(), QStringLiteral("Филиал на Ленина"));
        QCOMPARE(changed[QStringLiteral("expires_at")], line[QStringLiteral("expires_at")]);
        for (qsizetype i = 1; i < affected.size(); ++i) {
            const QJsonObject bought = affected[i].toObject();
            QCOMPARE(bought[QStringLiteral("client_id")].toInteger(), client);
            QCOMPARE(bought[QStringLiteral("expires_at")].toString(), iso(now.addMonths(6)));
            QCOMPARE(bought[QStringLiteral("project")].toString(),
                     QStringLiteral("Филиал на Ленина"));
            QCOMPARE(channelCounts(bought),
                     (QMap<QString, qint64> { { QStringLiteral("whatsapp"), 4 } }));
            QCOMPARE(sb().line(bought[QStringLiteral("id")].toInteger()), bought);
        }
        QCOMPARE(sb().line(kWhatsappLine), changed);
        QCOMPARE(lineCount(client), linesBefore + 2);
        QCOMPARE(chatcoinsOf(client), coinsBefore + 5000);
    }

    void newLinesWithoutAProjectAreInTheClientsProject()
    {
        const QJsonObject line = sb().line(kThreeChannelLine);
        // A line of the same client as bought without a project shows the client's project.
        const QJsonObject client = [&] {
            for (const QJsonValue &item :
                 sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                     .json()[QStringLiteral("items")]
                     .toArray()) {
                if (item[QStringLiteral("id")] == line[QStringLiteral("client_id")])
                    return item.toObject();
            }
            return QJsonObject();
        }();
        QVERIFY(!client.isEmpty());
        const Response added = sb().order(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("add_channels") },
            { QStringLiteral("line_id"), kThreeChannelLine },
            { QStringLiteral("channels"), QJsonObject { { QStringLiteral("max"), 1 } } },
            { QStringLiteral("new_lines"),
              QJsonObject { { QStringLiteral("months"), 1 },
                            { QStringLiteral("lines"),
                              QJsonArray { QJsonObject {
                                  { QStringLiteral("count"), 1 },
                                  { QStringLiteral("channels"),
                                    QJsonObject { { QStringLiteral("vk"), 1 } } } } } } } } });
        QVERIFY2(added.status == 201, added.body.constData());
        const QJsonArray affected = added.json()[QStringLiteral("lines")].toArray();
        QCOMPARE(affected.size(), 2);
        QCOMPARE(affected[0][QStringLiteral("project")], line[QStringLiteral("project")]);
        QCOMPARE(affected[1][QStringLiteral("project")], client[QStringLiteral("project")]);
        QCOMPARE(affected[1][QStringLiteral("client_id")], line[QStringLiteral("client_id")]);
        // "new_lines": null is no new lines.
        const Response alone = sb().order(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("add_channels") },
            { QStringLiteral("line_id"), kThreeChannelLine },
            { QStringLiteral("channels"), QJsonObject { { QStringLiteral("max"), 1 } } },
            { QStringLiteral("new_lines"), QJsonValue::Null } });
        QCOMPARE(alone.status, 201);
        QCOMPARE(alone.json()[QStringLiteral("lines")].toArray().size(), 1);
    }

    void newLinesAreRefusedWithFewerThanSixDaysLeft()
    {
        const QJsonObject line = sb().line(kWhatsappLine);
        const qint64 client = line[QStringLiteral("client_id")].toInteger();
        const QDateTime expires = fromIso(line[QStringLiteral("expires_at")].toString());
        const QDateTime now = sb().setNow(expires.addDays(-5));
        const qint64 linesBefore = lineCount(client);
        const Response late = sb().order(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("add_channels") },
            { QStringLiteral("line_id"), kWhatsappLine },
            { QStringLiteral("channels"), QJsonObject { { QStringLiteral("telegram"), 1 } } },
            { QStringLiteral("new_lines"),
              QJsonObject {
                  { QStringLiteral("months"), 12 },
                  { QStringLiteral("lines"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("count"), 3 },
                        { QStringLiteral("channels"),
                          QJsonObject { { QStringLiteral("whatsapp"), 1 } } } } } } } } });
        QVERIFY2(isRefusal(late, QStringLiteral("line_id")), late.body.constData());
        QCOMPARE(errorMessage(late), *opc::partner::addChannelsRefusal(now.date(), expires.date()));
        QCOMPARE(lineCount(client), linesBefore);
        const QJsonObject after = sb().line(kWhatsappLine);
        QCOMPARE(channelCounts(after), channelCounts(line));
        QCOMPARE(after[QStringLiteral("version")], line[QStringLiteral("version")]);
    }

    void aRetriedOrderReplaysTheFirstAnswer()
    {
        const QJsonObject body {
            { QStringLiteral("kind"), QStringLiteral("buy") },
            { QStringLiteral("client_id"), kCreatedClient },
            { QStringLiteral("months"), 1 },
            { QStringLiteral("payment_method"), QStringLiteral("card") },
            { QStringLiteral("lines"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("count"), 2 },
                  { QStringLiteral("channels"), QJsonObject { { QStringLiteral("max"), 1 } } } } } }
        };
        const qint64 before = lineCount(kCreatedClient);
        const QByteArray key = newKey();
        const Response first
            = sb().post(QStringLiteral("/api/v1/partner/orders"), body, test::kAgentToken, key);
        QCOMPARE(first.status, 201);
        const Response again
            = sb().post(QStringLiteral("/api/v1/partner/orders"), body, test::kAgentToken, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(lineCount(kCreatedClient), before + 2); // bought once
        // The same key for another order is refused; no key at all too.
        QJsonObject other = body;
        other.insert(QStringLiteral("months"), 2);
        const Response reused
            = sb().post(QStringLiteral("/api/v1/partner/orders"), other, test::kAgentToken, key);
        QCOMPARE(reused.status, 422);
        QVERIFY(reused.isError(QStringLiteral("idempotency_key_reused")));
        const Response keyless = sb().http().post(QStringLiteral("/api/v1/partner/orders"), body,
                                                  QByteArray(), test::kAgentToken);
        QCOMPARE(keyless.status, 400);
        QVERIFY(keyless.isError(QStringLiteral("idempotency_key_required")));
        QCOMPARE(lineCount(kCreatedClient), before + 2);
    }

    void everyRoleMayOrder()
    {
        for (const QByteArray &token : { test::kAgentToken, test::kLeadToken, test::kAdminToken }) {
            const Response renewed = sb().order(
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("renew") },
                              { QStringLiteral("line_ids"), QJsonArray { kAvitoLine } },
                              { QStringLiteral("months"), 1 },
                              { QStringLiteral("payment_method"), QStringLiteral("card") } },
                token);
            QCOMPARE(renewed.status, 201);
        }
        QCOMPARE(sb().http()
                     .post(QStringLiteral("/api/v1/partner/orders"), QJsonObject {}, newKey(),
                           "not-a-token")
                     .status,
                 401);
    }

    void badOrdersAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of the message; empty: not checked

        // JSON written with ' for ", so that the rows read as the bodies they are.
        auto j = [](const char *text) { return QByteArray(text).replace('\'', '"'); };

        const QByteArray buy = j("'kind':'buy','client_id':3,'months':1,'payment_method':'card'");
        const QByteArray oneLine = j("'lines':[{'count':1,'channels':{'whatsapp':1}}]");
        auto row = [](const char *name, const QByteArray &json, const char *field,
                      const char *message = "") {
            QTest::newRow(name) << json << QString::fromUtf8(field) << QString::fromUtf8(message);
        };
        row("no kind", "{}", "kind", "buy, renew, add_channels");
        row("unknown kind", j("{'kind':'sell'}"), "kind");
        row("kind not text", j("{'kind':1}"), "kind");
        // buy
        row("buy: no client",
            j("{'kind':'buy','months':1,'payment_method':'card',") + oneLine + "}", "client_id");
        row("buy: client 9999",
            j("{'kind':'buy','client_id':9999,'months':1,'payment_method':'card',") + oneLine + "}",
            "client_id", "9999");
        row("buy: client as text",
            j("{'kind':'buy','client_id':'3','months':1,'payment_method':'card',") + oneLine + "}",
            "client_id");
        row("buy: no months",
            j("{'kind':'buy','client_id':3,'payment_method':'card',") + oneLine + "}", "months");
        row("buy: months 0",
            j("{'kind':'buy','client_id':3,'months':0,'payment_method':'card',") + oneLine + "}",
            "months", "1 to 120");
        row("buy: months 121",
            j("{'kind':'buy','client_id':3,'months':121,'payment_method':'card',") + oneLine + "}",
            "months");
        row("buy: months 1.5",
            j("{'kind':'buy','client_id':3,'months':1.5,'payment_method':'card',") + oneLine + "}",
            "months");
        row("buy: no payment method", j("{'kind':'buy','client_id':3,'months':1,") + oneLine + "}",
            "payment_method", "card or invoice");
        row("buy: cash",
            j("{'kind':'buy','client_id':3,'months':1,'payment_method':'cash',") + oneLine + "}",
            "payment_method");
        row("buy: no lines", "{" + buy + "}", "lines");
        row("buy: empty lines", "{" + buy + j(",'lines':[]}"), "lines");
        row("buy: lines not a list", "{" + buy + j(",'lines':{}}"), "lines");
        row("buy: group not an object", "{" + buy + j(",'lines':[3]}"), "lines[0]");
        row("buy: count 0", "{" + buy + j(",'lines':[{'count':0,'channels':{'whatsapp':1}}]}"),
            "lines[0].count");
        row("buy: no channels", "{" + buy + j(",'lines':[{'count':1}]}"), "lines[0].channels");
        row("buy: empty channels", "{" + buy + j(",'lines':[{'count':1,'channels':{}}]}"),
            "lines[0].channels", "at least one channel");
        row("buy: only zero channels",
            "{" + buy + j(",'lines':[{'count':1,'channels':{'whatsapp':0}}]}"),
            "lines[0].channels");
        row("buy: negative channels",
            "{" + buy + j(",'lines':[{'count':1,'channels':{'whatsapp':-1}}]}"),
            "lines[0].channels.whatsapp");
        row("buy: unknown channel", "{" + buy + j(",'lines':[{'count':1,'channels':{'pager':1}}]}"),
            "lines[0].channels.pager", "pager");
        row("buy: channel without price",
            "{" + buy + j(",'lines':[{'count':1,'channels':{'viber':1}}]}"),
            "lines[0].channels.viber", "viber");
        row("buy: misspelt group field",
            "{" + buy + j(",'lines':[{'count':1,'chanels':{'whatsapp':1}}]}"), "lines[0].chanels");
        row("buy: too many channels in a line",
            "{" + buy + j(",'lines':[{'count':1,'channels':{'whatsapp':101}}]}"),
            "lines[0].channels", "100");
        row("buy: too many lines",
            "{" + buy + j(",'lines':[{'count':1001,'channels':{'whatsapp':1}}]}"), "lines", "1000");
        row("buy: unknown package", "{" + buy + "," + oneLine + j(",'chatcoins_package':'cc-7'}"),
            "chatcoins_package", "cc-7");
        row("buy: package not text", "{" + buy + "," + oneLine + j(",'chatcoins_package':5}"),
            "chatcoins_package");
        row("buy: project too long",
            "{" + buy + "," + oneLine + j(",'project':'") + QByteArray(201, 'p') + "\"}", "project",
            "200");
        row("buy: project not text", "{" + buy + "," + oneLine + j(",'project':7}"), "project");
        row("buy: field of renew", "{" + buy + "," + oneLine + j(",'line_ids':[2]}"), "line_ids");
        // renew
        const QByteArray renew = j("'kind':'renew','months':1,'payment_method':'card'");
        row("renew: no lines", "{" + renew + "}", "line_ids");
        row("renew: empty lines", "{" + renew + j(",'line_ids':[]}"), "line_ids");
        row("renew: line as text", "{" + renew + j(",'line_ids':['2']}"), "line_ids[0]");
        row("renew: line twice", "{" + renew + j(",'line_ids':[2,3,2]}"), "line_ids[2]", "twice");
        row("renew: unknown line", "{" + renew + j(",'line_ids':[2,99999]}"), "line_ids[1]",
            "99999");
        row("renew: the NFR line", "{" + renew + j(",'line_ids':[1]}"), "line_ids[0]", "NFR");
        row("renew: months 0",
            j("{'kind':'renew','months':0,'payment_method':'card','line_ids':[2]}"), "months");
        row("renew: no months", j("{'kind':'renew','payment_method':'card','line_ids':[2]}"),
            "months");
        row("renew: no payment method", j("{'kind':'renew','months':1,'line_ids':[2]}"),
            "payment_method");
        row("renew: field of buy", "{" + renew + j(",'line_ids':[2],'client_id':1}"), "client_id");
        // add_channels
        const QByteArray add = j("'kind':'add_channels'");
        row("add: no line", "{" + add + j(",'channels':{'whatsapp':1}}"), "line_id");
        row("add: unknown line", "{" + add + j(",'line_id':99999,'channels':{'whatsapp':1}}"),
            "line_id", "99999");
        row("add: the NFR line", "{" + add + j(",'line_id':1,'channels':{'whatsapp':1}}"),
            "line_id", "NFR");
        row("add: expired line", "{" + add + j(",'line_id':4,'channels':{'whatsapp':1}}"),
            "line_id", "expired");
        row("add: one day left", "{" + add + j(",'line_id':8,'channels':{'whatsapp':1}}"),
            "line_id", "6");
        row("add: no channels", "{" + add + j(",'line_id':5}"), "channels");
        row("add: empty channels", "{" + add + j(",'line_id':5,'channels':{}}"), "channels");
        row("add: zero channels", "{" + add + j(",'line_id':5,'channels':{'max':0}}"), "channels");
        row("add: channels not an object", "{" + add + j(",'line_id':5,'channels':[1]}"),
            "channels");
        row("add: unknown channel", "{" + add + j(",'line_id':5,'channels':{'pager':1}}"),
            "channels.pager");
        row("add: upper-case channel", "{" + add + j(",'line_id':5,'channels':{'WhatsApp':1}}"),
            "channels.WhatsApp");
        row("add: channel without price", "{" + add + j(",'line_id':5,'channels':{'viber':1}}"),
            "channels.viber");
        row("add: too many channels", "{" + add + j(",'line_id':5,'channels':{'max':98}}"),
            "channels", "100");
        row("add: cash",
            "{" + add + j(",'line_id':5,'channels':{'max':1},'payment_method':'cash'}"),
            "payment_method");
        row("add: field of renew", "{" + add + j(",'line_id':5,'channels':{'max':1},'months':1}"),
            "months");
        // add_channels with new lines: the buy order's rules, named under new_lines
        const QByteArray addMax = add + j(",'line_id':5,'channels':{'max':1}");
        const QByteArray newLine = j("'lines':[{'count':1,'channels':{'whatsapp':1}}]");
        row("add: new_lines not an object", "{" + addMax + j(",'new_lines':[1]}"), "new_lines");
        row("add: new_lines misspelt field",
            "{" + addMax + j(",'new_lines':{'month':1,") + newLine + "}}", "new_lines.month");
        row("add: new_lines field of another kind",
            "{" + addMax + j(",'new_lines':{'months':1,'client_id':3,") + newLine + "}}",
            "new_lines.client_id");
        row("add: new_lines without months", "{" + addMax + j(",'new_lines':{") + newLine + "}}",
            "new_lines.months");
        row("add: new_lines months 0",
            "{" + addMax + j(",'new_lines':{'months':0,") + newLine + "}}", "new_lines.months",
            "1 to 120");
        row("add: new_lines without lines", "{" + addMax + j(",'new_lines':{'months':1}}"),
            "new_lines.lines");
        row("add: new_lines empty lines", "{" + addMax + j(",'new_lines':{'months':1,'lines':[]}}"),
            "new_lines.lines");
        row("add: new_lines count 0",
            "{" + addMax
                + j(",'new_lines':{'months':1,'lines':[{'count':0,'channels':{'whatsapp':1}}]}}"),
            "new_lines.lines[0].count");
        row("add: new_lines empty channels",
            "{" + addMax + j(",'new_lines':{'months':1,'lines':[{'count':1,'channels':{}}]}}"),
            "new_lines.lines[0].channels", "at least one channel");
        row("add: new_lines unknown channel",
            "{" + addMax
                + j(",'new_lines':{'months':1,'lines':[{'count':1,'channels':{'pager':1}}]}}"),
            "new_lines.lines[0].channels.pager", "pager");
        row("add: new_lines channel without price",
            "{" + addMax
                + j(",'new_lines':{'months':1,'lines':[{'count':1,'channels':{'viber':1}}]}}"),
            "new_lines.lines[0].channels.viber", "viber");
        row("add: new_lines too many channels in a line",
            "{" + addMax
                + j(",'new_lines':{'months':1,'lines':[{'count':1,'channels':{'max':101}}]}}"),
            "new_lines.lines[0].channels", "100");
        row("add: new_lines too many lines",
            "{" + addMax
                + j(",'new_lines':{'months':1,'lines':[{'count':1001,'channels':{'max':1}}]}}"),
            "new_lines.lines", "1000");
        row("add: new_lines unknown package",
            "{" + addMax + j(",'new_lines':{'months':1,'chatcoins_package':'cc-7',") + newLine
                + "}}",
            "new_lines.chatcoins_package", "cc-7");
        row("add: new_lines but no added channel",
            "{" + add + j(",'line_id':5,'channels':{},'new_lines':{'months':1,") + newLine + "}}",
            "channels");
    }

    void badOrdersAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Response refused = sb().http().send(
            "POST", QStringLiteral("/api/v1/partner/orders"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
        QVERIFY(refused.isError(QStringLiteral("validation_failed")));
        if (!message.isEmpty())
            QVERIFY2(errorMessage(refused).contains(message), qPrintable(errorMessage(refused)));
    }

    void refusedOrdersChangeNothing()
    {
        const QJsonObject before = sb().line(kThreeChannelLine);
        const Response refused = sb().order(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("renew") },
                          { QStringLiteral("line_ids"), QJsonArray { kThreeChannelLine, 99999 } },
                          { QStringLiteral("months"), 1 },
                          { QStringLiteral("payment_method"), QStringLiteral("card") } });
        QCOMPARE(refused.status, 422);
        QCOMPARE(sb().line(kThreeChannelLine), before);
    }

    void malformedBodies()
    {
        const Response garbage = sb().http().send(
            "POST", QStringLiteral("/api/v1/partner/orders"), test::kAgentToken, "{{{",
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(garbage.status, 400);
        QVERIFY(garbage.isError(QStringLiteral("malformed_json")));
        const Response text = sb().http().send(
            "POST", QStringLiteral("/api/v1/partner/orders"), test::kAgentToken, "{}",
            { { "Content-Type", "text/plain" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(text.status, 400);
        QVERIFY(text.isError(QStringLiteral("unsupported_content_type")));
    }
};

QTEST_GUILESS_MAIN(PartnerOrdersTest)
#include "tst_partner_orders.moc"
