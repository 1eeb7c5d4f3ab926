// `operator-cli quote` and `quote-addon` (issue 5 §7) as a script runs them: the JSON in, the
// JSON out, exit codes 0/1/2 with one line on stderr naming the field; the prices given or read
// from a real crm-sandbox's price list.

#include "CliRunner.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opc::test;

namespace {

const QByteArray kPrices
    = R"("prices":{"channels":{"whatsapp":100000,"telegram":80000,"max":50000,"instagram":120000},"chatcoins":{"cc-1000":500000}})";

QJsonObject outputOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QString discountsOf(const QJsonObject &quote)
{
    QStringList parts;
    for (const QJsonValue &discount : quote[QLatin1String("discounts")].toArray())
        parts << QStringLiteral("%1 %2 %3")
                     .arg(discount[QLatin1String("kind")].toString())
                     .arg(discount[QLatin1String("percent")].toInt())
                     .arg(discount[QLatin1String("amount_kopecks")].toInteger());
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestCliQuote final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quoteWithGivenPricesNeedsNoCrm()
    {
        const CliRun run = runCli(
            { QStringLiteral("quote") },
            R"({"partner_status":"official","months":12,"lines":[{"count":3,"channels":{"whatsapp":2,"telegram":1}},{"count":2,"channels":{"max":2,"instagram":1}}],"chatcoins_package":"cc-1000",)"
                + kPrices + "}");
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.out.count('\n'), 1); // one JSON line
        const QJsonObject quote = outputOf(run);
        QCOMPARE(quote[QLatin1String("subtotal_kopecks")].toInteger(), 15860000);
        QCOMPARE(discountsOf(quote),
                 QStringLiteral("volume 5 624000, period 20 2947200, partner 35 4126080"));
        QCOMPARE(quote[QLatin1String("total_kopecks")].toInteger(), 8162720);
        QVERIFY(run.err.isEmpty());
    }

    void quoteReadsTheCrmPriceList()
    {
        SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        // The demo price list: WhatsApp 1 500 ₽ a month; 12 channels (5 %), 6 months (10 %),
        // gold.
        const CliRun run = runCli(
            { QStringLiteral("--crm"), crm.url().toString(), QStringLiteral("quote") },
            R"({"partner_status":"gold","months":6,"lines":[{"count":1,"channels":{"whatsapp":12}}],"chatcoins_package":"cc-5000"})",
            withToken(kAgentToken));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject quote = outputOf(run);
        // 12 × 150 000 × 6 = 10 800 000 + 450 000; 10 800 000 × .95 × .9 × .5 = 4 617 000.
        QCOMPARE(quote[QLatin1String("subtotal_kopecks")].toInteger(), 11250000);
        QCOMPARE(quote[QLatin1String("total_kopecks")].toInteger(), 5067000);
        QCOMPARE(discountsOf(quote),
                 QStringLiteral("volume 5 540000, period 10 1026000, partner 50 4617000"));
    }

    void quoteWithoutPricesOrCrm()
    {
        const CliRun run = runCli(
            { QStringLiteral("quote") },
            R"({"partner_status":"none","months":1,"lines":[{"count":1,"channels":{"max":1}}]})");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("prices"));
    }

    void addOn()
    {
        const CliRun run = runCli(
            { QStringLiteral("quote-addon") },
            R"({"partner_status":"official","today":"2026-11-25","line_expires_on":"2026-12-05","channels":{"telegram":1},)"
                + kPrices + "}");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject quote = outputOf(run);
        QCOMPARE(quote[QLatin1String("days_left")].toInt(), 10);
        QCOMPARE(quote[QLatin1String("subtotal_kopecks")].toInteger(), 26667);
        QCOMPARE(quote[QLatin1String("total_kopecks")].toInteger(), 17333);
        QCOMPARE(discountsOf(quote), QStringLiteral("partner 35 9334"));
    }

    void addOnTooLate()
    {
        const CliRun run = runCli(
            { QStringLiteral("quote-addon") },
            R"({"partner_status":"none","today":"2026-11-22","line_expires_on":"2026-11-27","channels":{"max":1},)"
                + kPrices + "}");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("line_expires_on"));
        QVERIFY(run.err.contains(" 5 "));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("field");
        const QByteArray lines = R"("lines":[{"count":1,"channels":{"whatsapp":1}}],)";
        QTest::newRow("malformed JSON")
            << QStringLiteral("quote") << QByteArray("{\"partner") << QByteArray("JSON");
        QTest::newRow("not an object")
            << QStringLiteral("quote") << QByteArray("[1]") << QByteArray("object");
        QTest::newRow("unknown status")
            << QStringLiteral("quote")
            << R"({"partner_status":"silver","months":1,)" + lines + kPrices + "}"
            << QByteArray("partner_status");
        QTest::newRow("unknown channel price")
            << QStringLiteral("quote")
            << R"({"partner_status":"none","months":1,"lines":[{"count":1,"channels":{"viber":1}}],)"
                + kPrices + "}"
            << QByteArray("lines[0].channels.viber");
        QTest::newRow("months < 1")
            << QStringLiteral("quote")
            << R"({"partner_status":"none","months":0,)" + lines + kPrices + "}"
            << QByteArray("months");
        QTest::newRow("negative count")
            << QStringLiteral("quote")
            << R"({"partner_status":"none","months":1,"lines":[{"count":1,"channels":{"max":-1}}],)"
                + kPrices + "}"
            << QByteArray("lines[0].channels.max");
        QTest::newRow("non-integer count")
            << QStringLiteral("quote")
            << R"({"partner_status":"none","months":1,"lines":[{"count":1.5,"channels":{"max":1}}],)"
                + kPrices + "}"
            << QByteArray("lines[0].count");
        QTest::newRow("negative price") << QStringLiteral("quote")
                                        << R"({"partner_status":"none","months":1,)" + lines
                + R"("prices":{"channels":{"whatsapp":-5}}})"
                                        << QByteArray("prices.channels.whatsapp");
        QTest::newRow("malformed date")
            << QStringLiteral("quote-addon")
            << R"({"partner_status":"none","today":"2026-02-30","line_expires_on":"2026-12-05","channels":{"max":1},)"
                + kPrices + "}"
            << QByteArray("today");
    }
    void badInput()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, field);
        const CliRun run = runCli({ command }, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(field), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliQuote)
#include "tst_cli_quote.moc"
