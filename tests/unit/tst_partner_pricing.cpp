// The partner price rule of seed 003 (issue 5 §2, §4): volume, period and partner discounts at
// every boundary, mixed personal and other channels over several line groups, the undiscounted
// ChatCoins package, half-up rounding once at the end, add-ons by days left; and the strict
// reading of the quote JSON, each bad input naming its field.

#include "core/partner/Pricing.h"
#include "core/partner/QuoteJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace opc::partner;

namespace {

PriceList demoPrices()
{
    PriceList prices;
    prices.channels = { { QStringLiteral("whatsapp"), 100000 },
                        { QStringLiteral("telegram"), 80000 },
                        { QStringLiteral("max"), 50000 },
                        { QStringLiteral("instagram"), 120000 } };
    prices.chatcoins = { { QStringLiteral("cc-1000"), 500000 } };
    return prices;
}

LineOrder oneGroup(PartnerStatus partner, int months, const QString &channel, qint64 count,
                   qint64 lines = 1)
{
    LineOrder order;
    order.partner = partner;
    order.months = months;
    order.lines = { LineGroup { lines, { { channel, count } } } };
    return order;
}

QString describe(const Quote &quote)
{
    QStringList parts { QString::number(quote.subtotalKopecks) };
    for (const AppliedDiscount &discount : quote.discounts)
        parts << QStringLiteral("%1 %2% %3")
                     .arg(discountKindToWire(discount.kind))
                     .arg(discount.percent)
                     .arg(discount.amountKopecks);
    parts << QString::number(quote.totalKopecks);
    return parts.join(QStringLiteral(" | "));
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!document.isObject())
        qFatal("test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestPartnerPricing final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tiers_data()
    {
        QTest::addColumn<qint64>("personal");
        QTest::addColumn<int>("volume");
        for (const auto &[count, percent] : QList<std::pair<qint64, int>> { { 0, 0 },
                                                                            { 9, 0 },
                                                                            { 10, 5 },
                                                                            { 19, 5 },
                                                                            { 20, 10 },
                                                                            { 39, 10 },
                                                                            { 40, 20 },
                                                                            { 74, 20 },
                                                                            { 75, 25 },
                                                                            { 99, 25 },
                                                                            { 100, 30 },
                                                                            { 1000, 30 } })
            QTest::addRow("%lld", count) << count << percent;
    }
    void tiers()
    {
        QFETCH(qint64, personal);
        QFETCH(int, volume);
        QCOMPARE(volumeDiscountPercent(personal), volume);
    }

    void volumeBoundaries_data()
    {
        QTest::addColumn<qint64>("channels");
        QTest::addColumn<QString>("expected");
        // 1 000 ₽ a WhatsApp channel a month, one month, no partner status.
        QTest::newRow("9") << qint64(9) << QStringLiteral("900000 | 900000");
        QTest::newRow("10") << qint64(10) << QStringLiteral("1000000 | volume 5% 50000 | 950000");
        QTest::newRow("19") << qint64(19) << QStringLiteral("1900000 | volume 5% 95000 | 1805000");
        QTest::newRow("20") << qint64(20)
                            << QStringLiteral("2000000 | volume 10% 200000 | 1800000");
        QTest::newRow("39") << qint64(39)
                            << QStringLiteral("3900000 | volume 10% 390000 | 3510000");
        QTest::newRow("40") << qint64(40)
                            << QStringLiteral("4000000 | volume 20% 800000 | 3200000");
        QTest::newRow("74") << qint64(74)
                            << QStringLiteral("7400000 | volume 20% 1480000 | 5920000");
        QTest::newRow("75") << qint64(75)
                            << QStringLiteral("7500000 | volume 25% 1875000 | 5625000");
        QTest::newRow("99") << qint64(99)
                            << QStringLiteral("9900000 | volume 25% 2475000 | 7425000");
        QTest::newRow("100") << qint64(100)
                             << QStringLiteral("10000000 | volume 30% 3000000 | 7000000");
    }
    void volumeBoundaries()
    {
        QFETCH(qint64, channels);
        QFETCH(QString, expected);
        QuoteError error;
        const auto quote
            = quoteLines(oneGroup(PartnerStatus::None, 1, QStringLiteral("whatsapp"), channels),
                         demoPrices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(describe(*quote), expected);
        QCOMPARE(quote->personalChannels, channels);
    }

    void volumeCountsLinesTimesChannels()
    {
        // 5 lines of 2 WhatsApp channels are 10 personal channels: the 5 % tier.
        QuoteError error;
        const auto quote
            = quoteLines(oneGroup(PartnerStatus::None, 1, QStringLiteral("whatsapp"), 2, 5),
                         demoPrices(), &error);
        QVERIFY(quote);
        QCOMPARE(describe(*quote), QStringLiteral("1000000 | volume 5% 50000 | 950000"));
    }

    void otherChannelsDoNotCountForVolume()
    {
        // 12 Instagram channels: no volume tier, and no volume discount on them.
        QuoteError error;
        const auto quote
            = quoteLines(oneGroup(PartnerStatus::None, 1, QStringLiteral("instagram"), 12),
                         demoPrices(), &error);
        QVERIFY(quote);
        QCOMPARE(describe(*quote), QStringLiteral("1440000 | 1440000"));
        QCOMPARE(quote->personalChannels, 0);
    }

    void periodBoundaries_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        // One Telegram channel, 800 ₽ a month.
        QTest::newRow("5") << 5 << QStringLiteral("400000 | 400000");
        QTest::newRow("6") << 6 << QStringLiteral("480000 | period 10% 48000 | 432000");
        QTest::newRow("11") << 11 << QStringLiteral("880000 | period 10% 88000 | 792000");
        QTest::newRow("12") << 12 << QStringLiteral("960000 | period 20% 192000 | 768000");
    }
    void periodBoundaries()
    {
        QFETCH(int, months);
        QFETCH(QString, expected);
        QuoteError error;
        const auto quote
            = quoteLines(oneGroup(PartnerStatus::None, months, QStringLiteral("telegram"), 1),
                         demoPrices(), &error);
        QVERIFY(quote);
        QCOMPARE(describe(*quote), expected);
    }

    void partnerStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        // One MAX channel, 500 ₽, one month.
        QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("50000 | 50000");
        QTest::newRow("official") << QStringLiteral("official")
                                  << QStringLiteral("50000 | partner 35% 17500 | 32500");
        QTest::newRow("gold") << QStringLiteral("gold")
                              << QStringLiteral("50000 | partner 50% 25000 | 25000");
        QTest::newRow("technology")
            << QStringLiteral("technology") << QStringLiteral("50000 | partner 50% 25000 | 25000");
    }
    void partnerStatuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        const auto partner = partnerStatusFromWire(status);
        QVERIFY(partner);
        QCOMPARE(partnerStatusToWire(*partner), status);
        QuoteError error;
        const auto quote
            = quoteLines(oneGroup(*partner, 1, QStringLiteral("max"), 1), demoPrices(), &error);
        QVERIFY(quote);
        QCOMPARE(describe(*quote), expected);
    }

    void mixedGroupsWithEveryDiscountAndChatCoins()
    {
        // 3 lines × (2 WhatsApp + 1 Telegram) and 2 lines × (2 MAX + 1 Instagram): 13 personal
        // channels (5 %), 12 months (20 %), official (35 %), and a ChatCoins package.
        //   personal 1 040 000 × 12 = 12 480 000; other 240 000 × 12 = 2 880 000
        //   volume 5 % of 12 480 000 = 624 000
        //   period 20 % of (11 856 000 + 2 880 000) = 2 947 200
        //   partner 35 % of 11 788 800 = 4 126 080 → 7 662 720, + 500 000 ChatCoins
        LineOrder order;
        order.partner = PartnerStatus::Official;
        order.months = 12;
        order.lines = {
            LineGroup { 3,
                        { { QStringLiteral("whatsapp"), 2 }, { QStringLiteral("telegram"), 1 } } },
            LineGroup { 2, { { QStringLiteral("max"), 2 }, { QStringLiteral("instagram"), 1 } } }
        };
        order.chatcoinsPackage = QStringLiteral("cc-1000");
        QuoteError error;
        const auto quote = quoteLines(order, demoPrices(), &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(describe(*quote),
                 QStringLiteral("15860000 | volume 5% 624000 | period 20% 2947200 | partner 35% "
                                "4126080 | 8162720"));
        QCOMPARE(quote->personalChannels, 13);
    }

    void roundsHalfUpOnceAtTheEnd_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("total");
        // 10 WhatsApp channels (5 %) at tiny prices, so the exact sums have fractions.
        QTest::newRow("9.5 up") << qint64(1) << QStringLiteral("none") << qint64(10);
        QTest::newRow("28.5 up, not to even") << qint64(3) << QStringLiteral("none") << qint64(29);
        QTest::newRow("6.175 down") << qint64(1) << QStringLiteral("official") << qint64(6);
        QTest::newRow("4.75 up") << qint64(1) << QStringLiteral("gold") << qint64(5);
        // 10 × 7 × 0.95 × 0.65 = 43.225: rounding after each discount would give 66.5 → 67,
        // then 43.55 → 44; rounded once at the end it is 43.
        QTest::newRow("43.225 down") << qint64(7) << QStringLiteral("official") << qint64(43);
    }
    void roundsHalfUpOnceAtTheEnd()
    {
        QFETCH(qint64, price);
        QFETCH(QString, status);
        QFETCH(qint64, total);
        PriceList prices;
        prices.channels.insert(QStringLiteral("whatsapp"), price);
        QuoteError error;
        const auto quote = quoteLines(
            oneGroup(*partnerStatusFromWire(status), 1, QStringLiteral("whatsapp"), 10), prices,
            &error);
        QVERIFY(quote);
        QCOMPARE(quote->totalKopecks, total);
        qint64 discounts = 0;
        for (const AppliedDiscount &discount : quote->discounts)
            discounts += discount.amountKopecks;
        QCOMPARE(quote->subtotalKopecks - discounts, quote->totalKopecks); // the breakdown adds up
    }

    void missingPricesAreNamed()
    {
        QuoteError error;
        QVERIFY(!quoteLines(oneGroup(PartnerStatus::None, 1, QStringLiteral("viber"), 1),
                            demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("lines[0].channels.viber"));
        QVERIFY(error.message.contains(QStringLiteral("viber")));
        LineOrder order = oneGroup(PartnerStatus::None, 1, QStringLiteral("max"), 1);
        order.chatcoinsPackage = QStringLiteral("cc-9");
        QVERIFY(!quoteLines(order, demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("chatcoins_package"));
    }

    void hugeOrdersAreRefusedNotOverflowed()
    {
        PriceList prices;
        prices.channels.insert(QStringLiteral("whatsapp"), kMaxPriceKopecks);
        QuoteError error;
        QVERIFY(!quoteLines(oneGroup(PartnerStatus::None, kMaxMonths, QStringLiteral("whatsapp"),
                                     kMaxCount, kMaxCount),
                            prices, &error));
        QCOMPARE(error.field, QStringLiteral("lines[0].channels.whatsapp"));
    }

    void addOns_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("5 days: refused")
            << QStringLiteral("2026-11-22") << QStringLiteral("2026-11-27")
            << QStringLiteral("none") << QStringLiteral("whatsapp") << qint64(2) << 5 << QString();
        QTest::newRow("expired: refused")
            << QStringLiteral("2026-11-22") << QStringLiteral("2026-11-20")
            << QStringLiteral("none") << QStringLiteral("whatsapp") << qint64(2) << 0 << QString();
        QTest::newRow("6 days") << QStringLiteral("2026-11-22") << QStringLiteral("2026-11-28")
                                << QStringLiteral("none") << QStringLiteral("whatsapp") << qint64(2)
                                << 6 << QStringLiteral("40000 | 40000");
        // 80 000 × 10 / 30 = 26 666.67; official: 17 333.33 → 17 333.
        QTest::newRow("across a month end, official")
            << QStringLiteral("2026-11-25") << QStringLiteral("2026-12-05")
            << QStringLiteral("official") << QStringLiteral("telegram") << qint64(1) << 10
            << QStringLiteral("26667 | partner 35% 9334 | 17333");
        QTest::newRow("over 29 February")
            << QStringLiteral("2028-02-25") << QStringLiteral("2028-03-02")
            << QStringLiteral("none") << QStringLiteral("max") << qint64(3) << 6
            << QStringLiteral("30000 | 30000");
        // Volume applies, the period discount never does.
        QTest::newRow("volume, no period")
            << QStringLiteral("2026-11-01") << QStringLiteral("2026-12-01")
            << QStringLiteral("gold") << QStringLiteral("whatsapp") << qint64(10) << 30
            << QStringLiteral("1000000 | volume 5% 50000 | partner 50% 475000 | 475000");
    }
    void addOns()
    {
        QFETCH(QString, today);
        QFETCH(QString, expires);
        QFETCH(QString, status);
        QFETCH(QString, channel);
        QFETCH(qint64, count);
        QFETCH(int, days);
        QFETCH(QString, expected);
        AddOnOrder order;
        order.partner = *partnerStatusFromWire(status);
        order.today = QDate::fromString(today, Qt::ISODate);
        order.lineExpiresOn = QDate::fromString(expires, Qt::ISODate);
        order.channels.insert(channel, count);
        QuoteError error;
        const auto quote = quoteAddOn(order, demoPrices(), &error);
        if (expected.isEmpty()) {
            QVERIFY(!quote);
            QCOMPARE(error.field, QStringLiteral("line_expires_on"));
            QVERIFY2(error.message.contains(QString::number(days)), qPrintable(error.message));
            return;
        }
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(quote->daysLeft, days);
        QCOMPARE(describe(*quote), expected);
    }

    void readsAQuoteRequest()
    {
        QuoteError error;
        const QJsonObject json = parse(R"({"partner_status":"gold","months":6,
            "lines":[{"count":2,"channels":{"whatsapp":3,"instagram":1}}],
            "chatcoins_package":null,
            "prices":{"channels":{"whatsapp":100000,"instagram":5},"chatcoins":{"x":1}}})");
        const auto order = lineOrderFromJson(json, &error);
        QVERIFY2(order, qPrintable(error.field + QLatin1Char(' ') + error.message));
        QCOMPARE(order->partner, PartnerStatus::Gold);
        QCOMPARE(order->months, 6);
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines.first().count, 2);
        QCOMPARE(order->lines.first().channels.value(QStringLiteral("whatsapp")), 3);
        QVERIFY(order->chatcoinsPackage.isEmpty());
        const auto prices = pricesFromJson(json.value(QStringLiteral("prices")),
                                           QStringLiteral("prices"), &error);
        QVERIFY(prices);
        QCOMPARE(prices->channels.value(QStringLiteral("instagram")), 5);
        QCOMPARE(prices->chatcoins.value(QStringLiteral("x")), 1);

        const auto quote = quoteLines(*order, *prices, &error);
        QVERIFY(quote);
        const QJsonObject out = quoteToJson(*quote, false);
        QCOMPARE(out.keys(),
                 QStringList({ QStringLiteral("discounts"), QStringLiteral("subtotal_kopecks"),
                               QStringLiteral("total_kopecks") }));
        QCOMPARE(out[QLatin1String("discounts")].toArray().size(), 2); // period, partner
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("addOn");
        QTest::addColumn<QString>("field");
        const QByteArray lines = R"("lines":[{"count":1,"channels":{"whatsapp":1}}])";
        auto quote = [&](const QByteArray &fields) { return "{" + fields + "}"; };
        QTest::newRow("unknown status")
            << quote(R"("partner_status":"platinum","months":1,)" + lines) << false
            << QStringLiteral("partner_status");
        QTest::newRow("status missing")
            << quote(R"("months":1,)" + lines) << false << QStringLiteral("partner_status");
        QTest::newRow("months 0") << quote(R"("partner_status":"none","months":0,)" + lines)
                                  << false << QStringLiteral("months");
        QTest::newRow("months 1.5") << quote(R"("partner_status":"none","months":1.5,)" + lines)
                                    << false << QStringLiteral("months");
        QTest::newRow("months as text") << quote(R"("partner_status":"none","months":"6",)" + lines)
                                        << false << QStringLiteral("months");
        QTest::newRow("misspelt field") << quote(R"("partner_status":"none","month":6,)" + lines)
                                        << false << QStringLiteral("month");
        QTest::newRow("no lines") << quote(R"("partner_status":"none","months":1,"lines":[])")
                                  << false << QStringLiteral("lines");
        QTest::newRow("negative line count")
            << quote(R"("partner_status":"none","months":1,"lines":[{"count":-1,"channels":{}}])")
            << false << QStringLiteral("lines[0].count");
        QTest::newRow("negative channel count") << quote(
            R"("partner_status":"none","months":1,"lines":[{"count":1,"channels":{"telegram":-2}}])")
                                                << false
                                                << QStringLiteral("lines[0].channels.telegram");
        QTest::newRow("fractional channel count") << quote(
            R"("partner_status":"none","months":1,"lines":[{"count":1,"channels":{"telegram":2.5}}])")
                                                  << false
                                                  << QStringLiteral("lines[0].channels.telegram");
        QTest::newRow("upper-case channel") << quote(
            R"("partner_status":"none","months":1,"lines":[{"count":1,"channels":{"WhatsApp":1}}])")
                                            << false
                                            << QStringLiteral("lines[0].channels.WhatsApp");
        QTest::newRow("package not text")
            << quote(R"("partner_status":"none","months":1,"chatcoins_package":5,)" + lines)
            << false << QStringLiteral("chatcoins_package");
        QTest::newRow("malformed date") << QByteArray(
            R"({"partner_status":"none","today":"2026-13-01","line_expires_on":"2026-12-30","channels":{"max":1}})")
                                        << true << QStringLiteral("today");
        QTest::newRow("date in another format") << QByteArray(
            R"({"partner_status":"none","today":"2026-11-22","line_expires_on":"30.12.2026","channels":{"max":1}})")
                                                << true << QStringLiteral("line_expires_on");
        QTest::newRow("add-on without channels") << QByteArray(
            R"({"partner_status":"none","today":"2026-11-22","line_expires_on":"2026-12-30"})")
                                                 << true << QStringLiteral("channels");
    }
    void badRequestsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, addOn);
        QFETCH(QString, field);
        QuoteError error;
        const QJsonObject object = parse(json.constData());
        const bool read = addOn ? addOnOrderFromJson(object, &error).has_value()
                                : lineOrderFromJson(object, &error).has_value();
        QVERIFY(!read);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
    }

    void addOnsWithNewLines_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("addChannel");
        QTest::addColumn<qint64>("addCount");
        QTest::addColumn<qint64>("lines");
        QTest::addColumn<QString>("lineChannel");
        QTest::addColumn<qint64>("lineChannels");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("package");
        QTest::addColumn<qint64>("whatsappPrice"); // 0: the demo price
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("personal");
        // 5 WhatsApp added for 30 days and a line of 5 WhatsApp for a month: 5 + 5 personal
        // channels reach the 5 % tier that neither part reaches alone.
        QTest::newRow("volume tier counts both parts")
            << QStringLiteral("none") << 30 << QStringLiteral("whatsapp") << qint64(5) << qint64(1)
            << QStringLiteral("whatsapp") << qint64(5) << 1 << QString() << qint64(0)
            << QStringLiteral("1000000 | volume 5% 50000 | 950000") << qint64(10);
        // 1 Telegram for 15 days (40 000) and a MAX line for 6 months (300 000): 10 % of the
        // line only.
        QTest::newRow("period on the new lines only")
            << QStringLiteral("none") << 15 << QStringLiteral("telegram") << qint64(1) << qint64(1)
            << QStringLiteral("max") << qint64(1) << 6 << QString() << qint64(0)
            << QStringLiteral("340000 | period 10% 30000 | 310000") << qint64(2);
        // Instagram for 10 days (40 000), 2 WhatsApp lines for 12 months (2 400 000) and a
        // ChatCoins package (500 000): period 20 % of 2 400 000, then partner 35 % of
        // 1 920 000 + 40 000, the package undiscounted.
        QTest::newRow("partner on both, not on ChatCoins")
            << QStringLiteral("official") << 10 << QStringLiteral("instagram") << qint64(1)
            << qint64(2) << QStringLiteral("whatsapp") << qint64(1) << 12
            << QStringLiteral("cc-1000") << qint64(0)
            << QStringLiteral("2940000 | period 20% 480000 | partner 35% 686000 | 1774000")
            << qint64(2);
        // Telegram for 7 days: 18 666.67; 3 lines × 3 WhatsApp × 6 months: 5 400 000. Volume 5 %
        // of both (270 933.33), period 10 % of the lines (513 000), gold 50 % of the rest
        // (2 317 366.67 → the total 2 317 367).
        QTest::newRow("every discount, a fraction")
            << QStringLiteral("gold") << 7 << QStringLiteral("telegram") << qint64(1) << qint64(3)
            << QStringLiteral("whatsapp") << qint64(3) << 6 << QString() << qint64(0)
            << QStringLiteral("5418667 | volume 5% 270933 | period 10% 513000 | partner 50% "
                              "2317367 | 2317367")
            << qint64(10);
        // WhatsApp at 3 kopecks: 5 added for 7 days = 3.5, a line of 5 for a month = 15;
        // 18.5 → 19 without discounts, less 5 % = 17.575 → 18 (the parts rounded apart would
        // make 3 + 14 = 17).
        QTest::newRow("rounded once at the end")
            << QStringLiteral("none") << 7 << QStringLiteral("whatsapp") << qint64(5) << qint64(1)
            << QStringLiteral("whatsapp") << qint64(5) << 1 << QString() << qint64(3)
            << QStringLiteral("19 | volume 5% 1 | 18") << qint64(10);
    }
    void addOnsWithNewLines()
    {
        QFETCH(QString, status);
        QFETCH(int, days);
        QFETCH(QString, addChannel);
        QFETCH(qint64, addCount);
        QFETCH(qint64, lines);
        QFETCH(QString, lineChannel);
        QFETCH(qint64, lineChannels);
        QFETCH(int, months);
        QFETCH(QString, package);
        QFETCH(qint64, whatsappPrice);
        QFETCH(QString, expected);
        QFETCH(qint64, personal);
        PriceList prices = demoPrices();
        if (whatsappPrice > 0)
            prices.channels.insert(QStringLiteral("whatsapp"), whatsappPrice);
        AddOnOrder addOn;
        addOn.partner = *partnerStatusFromWire(status);
        addOn.today = QDate(2026, 11, 1);
        addOn.lineExpiresOn = addOn.today.addDays(days);
        addOn.channels.insert(addChannel, addCount);
        LineOrder newLines
            = oneGroup(PartnerStatus::None, months, lineChannel, lineChannels, lines);
        newLines.chatcoinsPackage = package;
        QuoteError error;
        const auto quote = quoteAddOnWithLines(addOn, newLines, prices, &error);
        QVERIFY2(quote, qPrintable(error.message));
        QCOMPARE(describe(*quote), expected);
        QCOMPARE(quote->personalChannels, personal);
        QCOMPARE(quote->daysLeft, days);
        qint64 discounts = 0;
        for (const AppliedDiscount &discount : quote->discounts)
            discounts += discount.amountKopecks;
        QCOMPARE(quote->subtotalKopecks - discounts, quote->totalKopecks);
        // Neither part alone reaches the volume tier of the first row.
        if (QByteArray(QTest::currentDataTag()) == "volume tier counts both parts") {
            QVERIFY(quoteAddOn(addOn, prices, &error)->discounts.isEmpty());
            QVERIFY(quoteLines(newLines, prices, &error)->discounts.isEmpty());
        }
    }

    void addOnsWithoutNewLinesAreQuoteAddOn()
    {
        AddOnOrder addOn;
        addOn.partner = PartnerStatus::Official;
        addOn.today = QDate(2026, 11, 25);
        addOn.lineExpiresOn = QDate(2026, 12, 5);
        addOn.channels = { { QStringLiteral("telegram"), 1 }, { QStringLiteral("whatsapp"), 9 } };
        QuoteError error;
        const auto alone = quoteAddOn(addOn, demoPrices(), &error);
        QVERIFY(alone);
        LineOrder none;
        none.months = 12; // no lines: no period discount either
        for (const std::optional<LineOrder> &newLines :
             { std::optional<LineOrder>(), std::optional(none) }) {
            const auto quote = quoteAddOnWithLines(addOn, newLines, demoPrices(), &error);
            QVERIFY(quote);
            QCOMPARE(describe(*quote), describe(*alone));
            QCOMPARE(quote->daysLeft, 10);
        }
    }

    void addOnsWithNewLinesNameTheField()
    {
        AddOnOrder addOn;
        addOn.today = QDate(2026, 11, 22);
        addOn.lineExpiresOn = QDate(2026, 11, 28);
        addOn.channels.insert(QStringLiteral("whatsapp"), 1);
        const LineOrder good = oneGroup(PartnerStatus::None, 1, QStringLiteral("max"), 1);
        QuoteError error;
        QVERIFY(quoteAddOnWithLines(addOn, good, demoPrices(), &error));

        LineOrder bad = good;
        bad.lines.append(LineGroup { 1, { { QStringLiteral("viber"), 1 } } });
        QVERIFY(!quoteAddOnWithLines(addOn, bad, demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("new_lines.lines[1].channels.viber"));
        QVERIFY(error.message.contains(QStringLiteral("viber")));
        bad = good;
        bad.chatcoinsPackage = QStringLiteral("cc-9");
        QVERIFY(!quoteAddOnWithLines(addOn, bad, demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("new_lines.chatcoins_package"));

        AddOnOrder unpriced = addOn;
        unpriced.channels.insert(QStringLiteral("viber"), 1);
        QVERIFY(!quoteAddOnWithLines(unpriced, good, demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("channels.viber"));

        // Still refused with fewer than 6 days left, new lines or not.
        AddOnOrder late = addOn;
        late.today = late.today.addDays(1);
        QVERIFY(!quoteAddOnWithLines(late, good, demoPrices(), &error));
        QCOMPARE(error.field, QStringLiteral("line_expires_on"));
        QVERIFY2(error.message.contains(QStringLiteral("5")), qPrintable(error.message));

        // Too large to price exactly: refused, never overflowed.
        PriceList huge = demoPrices();
        huge.channels.insert(QStringLiteral("max"), kMaxPriceKopecks);
        QVERIFY(!quoteAddOnWithLines(
            addOn,
            oneGroup(PartnerStatus::None, kMaxMonths, QStringLiteral("max"), kMaxCount, kMaxCount),
            huge, &error));
        QCOMPARE(error.field, QStringLiteral("new_lines.lines[0].channels.max"));
        QVERIFY(!quoteAddOnWithLines(
            addOn, oneGroup(PartnerStatus::None, 12, QStringLiteral("max"), 1, 100), huge, &error));
        QCOMPARE(error.field, QStringLiteral("new_lines"));
    }

    void badPricesNameTheField()
    {
        QuoteError error;
        QVERIFY(!pricesFromJson(parse(R"({"channels":{"whatsapp":-1}})"), QStringLiteral("prices"),
                                &error));
        QCOMPARE(error.field, QStringLiteral("prices.channels.whatsapp"));
        QVERIFY(!pricesFromJson(parse(R"({"chatcoins":{}})"), QStringLiteral("prices"), &error));
        QCOMPARE(error.field, QStringLiteral("prices.channels"));
        QVERIFY(!pricesFromJson(QJsonValue(3), QStringLiteral("prices"), &error));
        QCOMPARE(error.field, QStringLiteral("prices"));
    }
};

QTEST_GUILESS_MAIN(TestPartnerPricing)
#include "tst_partner_pricing.moc"
