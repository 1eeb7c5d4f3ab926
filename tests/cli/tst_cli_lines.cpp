// `operator-cli lines list|renew` (issue 5) as a script runs it, against a separately started
// crm-sandbox: the filters, the text table and the JSON lines, a renewal's total and new expiry
// checked against the core pricing rules with the CRM's own price list, the same operation sent
// twice, the audit event, and the exit codes 0/1/2 with one line on stderr naming the option.

#include "CliRunner.h"
#include "core/partner/Pricing.h"
#include "core/partner/QuoteJson.h"
#include "crm/CrmClient.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kWaitMs = 30000;

// One request, waited for on an event loop.
crm::CrmResult fetch(const QUrl &url, const crm::CrmRequest &request,
                     const QString &token = kAgentToken)
{
    auto client = clientFor(url, token);
    QEventLoop loop;
    QObject context;
    std::optional<crm::CrmResult> answer;
    client->send(request, &context, [&](const crm::CrmResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer.value_or(crm::CrmResult {});
}

QList<QJsonObject> jsonLines(const QByteArray &out, QString *problem)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not one JSON object per line: ") + QString::fromUtf8(line);
            return {};
        }
        lines << document.object();
    }
    return lines;
}

// The CLI's name of a wire status.
QString cliStatus(const QString &wire)
{
    if (wire == QLatin1String("expiring_7d"))
        return QStringLiteral("expiring-7");
    if (wire == QLatin1String("expiring_30d"))
        return QStringLiteral("expiring-30");
    return wire;
}

// An expiry as the CLI prints it in the tests' locale (LC_ALL=C.UTF-8, tests/CMakeLists.txt):
// the line's UTC date in the C locale's short form, "26 Nov 2026". The fixture's dates are
// relative to the sandbox's start, so the day is computed, but its form is written out here, not
// taken from the program's own formatting. Empty when `iso` is not a time.
QString day(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().date().toString(QStringLiteral("d MMM yyyy")) : QString();
}

// A non-negative amount as the CLI prints it in the tests' locale: the system's C locale groups
// thousands with commas and puts the symbol right after the number, "1,755.00₽". Written out
// here, not taken from the program's own formatting.
QString rubles(qint64 kopecks)
{
    QString whole = QString::number(kopecks / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    return whole + QLatin1Char('.')
        + QStringLiteral("%1").arg(kopecks % 100, 2, 10, QLatin1Char('0')) + QStringLiteral("₽");
}

QString monthsLater(const QString &iso, int months)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs)
        .toUTC()
        .addMonths(months)
        .toString(Qt::ISODateWithMs);
}

} // namespace

class TestCliLines final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;

    CliRun lines(const QStringList &arguments, const QString &token = kAgentToken) const
    {
        return runCli(QStringList { QStringLiteral("--crm"), m_sandbox.url().toString(),
                                    QStringLiteral("lines") }
                          + arguments,
                      {}, withToken(token));
    }

    // Every line as the CRM lists it, read raw, in id order.
    QList<QJsonObject> rawLines() const
    {
        QList<QJsonObject> items;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            crm::CrmRequest request = getOf(QStringLiteral("/api/v1/partner/lines"));
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            const crm::CrmResult result = fetch(m_sandbox.url(), request);
            if (!result.ok())
                return {};
            for (const QJsonValue &item : result.body[QLatin1String("items")].toArray())
                items << item.toObject();
            cursor = result.body[QLatin1String("next_cursor")].toString();
            if (cursor.isEmpty())
                break;
        }
        return items;
    }

    QJsonObject rawLine(qint64 id) const
    {
        return fetch(m_sandbox.url(), getOf(QStringLiteral("/api/v1/partner/lines/%1").arg(id)))
            .body.toObject();
    }

    // `count` running lines of different clients that may be bought, not yet used by a test.
    QList<QJsonObject> renewable(int count)
    {
        QList<QJsonObject> picked;
        QSet<qint64> clients;
        for (const QJsonObject &line : rawLines()) {
            const qint64 client = line[QLatin1String("client_id")].toInteger();
            if (line[QLatin1String("is_nfr")].toBool()
                || line[QLatin1String("status")].toString() == QLatin1String("expired")
                || line[QLatin1String("channels")].toArray().isEmpty() || clients.contains(client)
                || m_used.contains(line[QLatin1String("id")].toInteger()))
                continue;
            clients.insert(client);
            picked << line;
            m_used.insert(line[QLatin1String("id")].toInteger());
            if (picked.size() == count)
                break;
        }
        return picked;
    }

    // What the CRM should charge for renewing `picked` for `months`: the core rules with the
    // CRM's price list and the partner's status.
    std::optional<partner::Quote> expectedRenewal(const QList<QJsonObject> &picked, int months)
    {
        const crm::CrmResult prices
            = fetch(m_sandbox.url(), getOf(QStringLiteral("/api/v1/partner/price-list")));
        const crm::CrmResult profile
            = fetch(m_sandbox.url(), getOf(QStringLiteral("/api/v1/partner/profile")));
        partner::QuoteError error;
        const auto priceList
            = partner::pricesFromJson(prices.body, QStringLiteral("prices"), &error);
        const auto status
            = partner::partnerStatusFromWire(profile.body[QLatin1String("status")].toString());
        if (!priceList || !status)
            return std::nullopt;
        partner::LineOrder order;
        order.partner = *status;
        order.months = months;
        for (const QJsonObject &line : picked) {
            partner::LineGroup group;
            group.count = 1;
            for (const QJsonValue &channel : line[QLatin1String("channels")].toArray())
                ++group.channels[channel[QLatin1String("channel")].toString()];
            order.lines << group;
        }
        return partner::quoteLines(order, *priceList, &error);
    }

    QSet<qint64> m_used;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                                 { QStringLiteral("--enable-faults") }),
                 qPrintable(m_sandbox.error()));
    }

    void listShowsEveryLineInAlignedColumns()
    {
        const QList<QJsonObject> raw = rawLines();
        QVERIFY(!raw.isEmpty());
        const CliRun run = lines({ QStringLiteral("list") });
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        const QStringList rows
            = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), raw.size());
        qsizetype lineIdColumn = -1;
        qsizetype statusColumn = -1;
        qsizetype expiryColumn = -1;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QJsonObject &line = raw.at(i);
            const QString &row = rows.at(i);
            const QString lineId = line[QLatin1String("line_id")].toString();
            QVERIFY2(row.startsWith(line[QLatin1String("client_account_id")].toString()),
                     qPrintable(row));
            QVERIFY2(row.contains(line[QLatin1String("organisation")].toString()), qPrintable(row));
            QVERIFY2(row.contains(line[QLatin1String("project")].toString()), qPrintable(row));
            const QString expiresAt = line[QLatin1String("expires_at")].toString();
            const QString expiry = day(expiresAt);
            QVERIFY2(!expiry.isEmpty(), qPrintable(expiresAt));
            // The date as people read it, never the machine's form.
            QVERIFY2(!row.contains(expiresAt.left(10)), qPrintable(row));
            for (const QJsonValue &channel : line[QLatin1String("channels")].toArray())
                QVERIFY2(row.contains(channel[QLatin1String("channel")].toString()),
                         qPrintable(row));
            // Every column starts at the same place in every row.
            const qsizetype at = row.indexOf(QLatin1Char(' ') + lineId + QLatin1Char(' ')) + 1;
            const qsizetype statusAt
                = row.indexOf(QLatin1Char(' ') + cliStatus(line[QLatin1String("status")].toString())
                                  + QLatin1Char(' '),
                              at)
                + 1;
            const qsizetype expiryAt = row.indexOf(QLatin1Char(' ') + expiry, statusAt) + 1;
            QVERIFY2(at > 0 && statusAt > at && expiryAt > statusAt, qPrintable(row));
            if (lineIdColumn < 0) {
                lineIdColumn = at;
                statusColumn = statusAt;
                expiryColumn = expiryAt;
            }
            QCOMPARE(at, lineIdColumn);
            QCOMPARE(statusAt, statusColumn);
            QCOMPARE(expiryAt, expiryColumn);
        }
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("status"); // wire; empty: any
        QTest::addColumn<QString>("country");
        for (const QString &status : { QStringLiteral("active"), QStringLiteral("expiring_7d"),
                                       QStringLiteral("expiring_30d"), QStringLiteral("expired") })
            QTest::newRow(qPrintable(status))
                << QStringList { QStringLiteral("--status"), cliStatus(status) } << status
                << QString();
        QTest::newRow("country") << QStringList { QStringLiteral("--country"),
                                                  QStringLiteral("KZ") }
                                 << QString() << QStringLiteral("KZ");
        QTest::newRow("country in lower case")
            << QStringList { QStringLiteral("--country"), QStringLiteral("by") } << QString()
            << QStringLiteral("BY");
        QTest::newRow("both") << QStringList { QStringLiteral("--status"),
                                               QStringLiteral("expiring-30"),
                                               QStringLiteral("--country"), QStringLiteral("RU") }
                              << QStringLiteral("expiring_30d") << QStringLiteral("RU");
    }

    void listFilters()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, status);
        QFETCH(QString, country);
        QStringList expected;
        for (const QJsonObject &line : rawLines()) {
            if ((status.isEmpty() || line[QLatin1String("status")].toString() == status)
                && (country.isEmpty() || line[QLatin1String("country")].toString() == country))
                expected << line[QLatin1String("line_id")].toString();
        }
        QVERIFY2(!expected.isEmpty(), "the fixture has no line for this filter");

        const CliRun text = lines(QStringList { QStringLiteral("list") } + options);
        QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(text.describe()));
        static const QRegularExpression lineId(QStringLiteral("\\bL-\\d+\\b"));
        QStringList shown;
        for (const QString &row :
             QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            shown << lineId.match(row).captured();
        QCOMPARE(shown, expected);

        const CliRun json
            = lines(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + options);
        QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(json.describe()));
        QString problem;
        const QList<QJsonObject> objects = jsonLines(json.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList listed;
        for (const QJsonObject &object : objects) {
            listed << object[QLatin1String("line_id")].toString();
            if (!status.isEmpty())
                QCOMPARE(object[QLatin1String("status")].toString(), cliStatus(status));
            if (!country.isEmpty())
                QCOMPARE(object[QLatin1String("country")].toString(), country);
        }
        QCOMPARE(listed, expected);
    }

    void listJsonShape()
    {
        const CliRun run = lines({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        QString problem;
        const QList<QJsonObject> objects = jsonLines(run.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<QJsonObject> raw = rawLines();
        QCOMPARE(objects.size(), raw.size());
        QCOMPARE(run.out.count('\n'), raw.size()); // one object per output line
        QStringList keys { QStringLiteral("id"),           QStringLiteral("line_id"),
                           QStringLiteral("client_id"),    QStringLiteral("client_account_id"),
                           QStringLiteral("client_email"), QStringLiteral("organisation"),
                           QStringLiteral("project"),      QStringLiteral("country"),
                           QStringLiteral("name"),         QStringLiteral("status"),
                           QStringLiteral("expires_at"),   QStringLiteral("days_left"),
                           QStringLiteral("is_nfr"),       QStringLiteral("channels"),
                           QStringLiteral("comment"),      QStringLiteral("version") };
        keys.sort();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QJsonObject &object = objects.at(i);
            const QJsonObject &line = raw.at(i);
            QStringList has = object.keys();
            has.sort();
            QCOMPARE(has, keys);
            for (const QString &key : keys) {
                if (key == QLatin1String("status"))
                    QCOMPARE(object[key].toString(), cliStatus(line[key].toString()));
                else
                    QCOMPARE(object[key], line[key]);
            }
        }
    }

    void renewTwoLines()
    {
        const QList<QJsonObject> picked = renewable(2);
        QCOMPARE(picked.size(), 2);
        constexpr int kMonths = 12;
        const std::optional<partner::Quote> expected = expectedRenewal(picked, kMonths);
        QVERIFY(expected);
        const QString first = picked.at(0)[QLatin1String("line_id")].toString();
        const QString second = QString::number(picked.at(1)[QLatin1String("id")].toInteger());

        const CliRun run = lines({ QStringLiteral("renew"), QStringLiteral("--line"), first,
                                   QStringLiteral("--line"), second, QStringLiteral("--months"),
                                   QString::number(kMonths), QStringLiteral("--payment-method"),
                                   QStringLiteral("invoice"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        const QJsonObject order = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(order[QLatin1String("subtotal_kopecks")].toInteger(), expected->subtotalKopecks);
        QCOMPARE(order[QLatin1String("total_kopecks")].toInteger(), expected->totalKopecks);
        QCOMPARE(order[QLatin1String("discounts")],
                 partner::quoteToJson(*expected, false)[QLatin1String("discounts")]);
        QCOMPARE(order[QLatin1String("payment_method")].toString(), QStringLiteral("invoice"));
        QCOMPARE(order[QLatin1String("replayed")].toBool(), false);
        const QJsonArray renewed = order[QLatin1String("lines")].toArray();
        QCOMPARE(renewed.size(), 2);
        for (const QJsonObject &was : picked) {
            const qint64 id = was[QLatin1String("id")].toInteger();
            const QString now = monthsLater(was[QLatin1String("expires_at")].toString(), kMonths);
            QCOMPARE(rawLine(id)[QLatin1String("expires_at")].toString(), now);
            bool shown = false;
            for (const QJsonValue &line : renewed) {
                if (line[QLatin1String("id")].toInteger() == id) {
                    shown = true;
                    QCOMPARE(line[QLatin1String("expires_at")].toString(), now);
                    QCOMPARE(line[QLatin1String("previous_expires_at")],
                             was[QLatin1String("expires_at")]);
                }
            }
            QVERIFY(shown);
        }

        // Its audit event reached the CRM before the command ended.
        const QString operationId = order[QLatin1String("operation_id")].toString();
        QVERIFY(!operationId.isEmpty());
        QString error;
        int events = 0;
        for (const QJsonObject &event :
             auditEventsWithAction(m_sandbox.url(), QStringLiteral("partner.order"), &error)) {
            if (event[QLatin1String("after")][QLatin1String("operation_id")].toString()
                == operationId) {
                ++events;
                QCOMPARE(event[QLatin1String("result")].toString(), QStringLiteral("ok"));
                QCOMPARE(event[QLatin1String("after")][QLatin1String("total_kopecks")].toInteger(),
                         expected->totalKopecks);
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events, 1);
    }

    void renewPrintsTheTotalAndTheNewExpiry()
    {
        const QList<QJsonObject> picked = renewable(1);
        QCOMPARE(picked.size(), 1);
        const QJsonObject line = picked.first();
        const QString lineId = line[QLatin1String("line_id")].toString();
        const std::optional<partner::Quote> expected = expectedRenewal(picked, 3);
        QVERIFY(expected);
        const QString operationId = QStringLiteral("cli-lines-test-1");
        const QStringList arguments { QStringLiteral("renew"),
                                      QStringLiteral("--line"),
                                      lineId.toLower(),
                                      QStringLiteral("--months"),
                                      QStringLiteral("3"),
                                      QStringLiteral("--operation-id"),
                                      operationId };
        const CliRun run = lines(arguments);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        const QString oldDay = day(line[QLatin1String("expires_at")].toString());
        const QString newDay = day(monthsLater(line[QLatin1String("expires_at")].toString(), 3));
        QVERIFY2(out.contains(QStringLiteral("%1  %2  expires %3 (was %4)")
                                  .arg(lineId, line[QLatin1String("client_account_id")].toString(),
                                       newDay, oldDay)),
                 qPrintable(out));
        // The total and every discount, exactly, in rubles as the tests' locale writes them.
        const QStringList rows = out.split(QLatin1Char('\n'));
        const auto rowWith = [&](const QString &label) {
            for (const QString &row : rows) {
                if (row.trimmed().startsWith(label))
                    return row;
            }
            return QString();
        };
        const QString total = rowWith(QStringLiteral("Total"));
        QVERIFY2(total.endsWith(QLatin1Char(' ') + rubles(expected->totalKopecks)),
                 qPrintable(out));
        for (const partner::AppliedDiscount &discount : expected->discounts) {
            const QString kind = partner::discountKindToWire(discount.kind);
            const QString label = kind.at(0).toUpper() + kind.mid(1) + QStringLiteral(" discount");
            const QString row = rowWith(label);
            QVERIFY2(row.contains(QStringLiteral(" %1 %").arg(discount.percent))
                         && row.endsWith(QStringLiteral(" −") + rubles(discount.amountKopecks)),
                     qPrintable(out));
        }
        QVERIFY2(out.contains(operationId), qPrintable(out));

        // The same operation again: the first answer, nothing renewed twice.
        const QString renewedOnce = monthsLater(line[QLatin1String("expires_at")].toString(), 3);
        QCOMPARE(
            rawLine(line[QLatin1String("id")].toInteger())[QLatin1String("expires_at")].toString(),
            renewedOnce);
        const CliRun again = lines(arguments);
        QVERIFY2(again.exitCode == 0 && again.err.isEmpty(), qPrintable(again.describe()));
        QVERIFY2(again.out.contains("placed earlier"), qPrintable(again.describe()));
        QVERIFY2(QString::fromUtf8(again.out).contains(rowWith(QStringLiteral("Total"))),
                 qPrintable(again.describe()));
        QCOMPARE(
            rawLine(line[QLatin1String("id")].toInteger())[QLatin1String("expires_at")].toString(),
            renewedOnce);

        // The same operation id for another order: a usage error naming the option.
        const CliRun other = lines({ QStringLiteral("renew"), QStringLiteral("--line"), lineId,
                                     QStringLiteral("--months"), QStringLiteral("4"),
                                     QStringLiteral("--operation-id"), operationId });
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.isOneLineFailure() && other.err.contains("--operation-id"),
                 qPrintable(other.describe()));
        QCOMPARE(
            rawLine(line[QLatin1String("id")].toInteger())[QLatin1String("expires_at")].toString(),
            renewedOnce);
    }

    // The CRM takes the order but every answer is lost: exit 1 with the operation id to send it
    // again; sent again with it once the CRM answers, the order is not paid twice.
    void aLostAnswerIsResentWithItsOperationId()
    {
        const QList<QJsonObject> picked = renewable(1);
        QCOMPARE(picked.size(), 1);
        const QJsonObject line = picked.first();
        const qint64 id = line[QLatin1String("id")].toInteger();
        crm::CrmRequest fault;
        fault.method = "POST";
        fault.path = QStringLiteral("/api/v1/_sandbox/faults");
        fault.body = QJsonObject { { QStringLiteral("route"),
                                     QStringLiteral("POST /api/v1/partner/orders") },
                                   { QStringLiteral("drop_after_apply"), true } };
        fault.maxAttempts = 1;
        QVERIFY(fetch(m_sandbox.url(), fault, kAdminToken).ok());
        const QStringList renew { QStringLiteral("renew"), QStringLiteral("--line"),
                                  QString::number(id), QStringLiteral("--months"),
                                  QStringLiteral("1") };
        const CliRun lost = lines(renew);
        crm::CrmRequest clear;
        clear.method = "DELETE";
        clear.path = QStringLiteral("/api/v1/_sandbox/faults");
        clear.maxAttempts = 1;
        QVERIFY(fetch(m_sandbox.url(), clear, kAdminToken).ok());
        QCOMPARE(lost.exitCode, 1);
        QVERIFY2(lost.isOneLineFailure(), qPrintable(lost.describe()));
        static const QRegularExpression resend(QStringLiteral("--operation-id (\\S+) "));
        const QString operationId = resend.match(QString::fromUtf8(lost.err)).captured(1);
        QVERIFY2(!operationId.isEmpty(), qPrintable(lost.describe()));
        const QString renewedOnce = monthsLater(line[QLatin1String("expires_at")].toString(), 1);
        QCOMPARE(rawLine(id)[QLatin1String("expires_at")].toString(), renewedOnce);

        const CliRun again
            = lines(renew + QStringList { QStringLiteral("--operation-id"), operationId });
        QVERIFY2(again.exitCode == 0 && again.out.contains("placed earlier"),
                 qPrintable(again.describe()));
        QCOMPARE(rawLine(id)[QLatin1String("expires_at")].toString(), renewedOnce);
    }

    void crmRefusalsExit1()
    {
        // The NFR line is not for sale.
        QString nfr;
        for (const QJsonObject &line : rawLines()) {
            if (line[QLatin1String("is_nfr")].toBool())
                nfr = line[QLatin1String("line_id")].toString();
        }
        QVERIFY(!nfr.isEmpty());
        const CliRun refused = lines({ QStringLiteral("renew"), QStringLiteral("--line"), nfr,
                                       QStringLiteral("--months"), QStringLiteral("1") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.isOneLineFailure() && refused.err.contains(nfr.toUtf8()),
                 qPrintable(refused.describe()));

        const CliRun badToken = lines({ QStringLiteral("list") }, QStringLiteral("wrong-token"));
        QCOMPARE(badToken.exitCode, 1);
        QVERIFY2(badToken.isOneLineFailure(), qPrintable(badToken.describe()));

        const CliRun unreachable
            = runCli({ QStringLiteral("--crm"), QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("lines"), QStringLiteral("list") },
                     {}, withToken(kAgentToken));
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.isOneLineFailure(), qPrintable(unreachable.describe()));
    }

    void badUsageExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        const QString line = QStringLiteral("--line");
        const QString months = QStringLiteral("--months");
        QTest::newRow("nothing to do") << QStringList {} << QByteArray("lines list");
        QTest::newRow("unknown sub-command")
            << QStringList { QStringLiteral("delete") } << QByteArray("delete");
        QTest::newRow("bad status")
            << QStringList { QStringLiteral("list"), QStringLiteral("--status"),
                             QStringLiteral("expiring_7d") }
            << QByteArray("--status");
        QTest::newRow("bad country")
            << QStringList { QStringLiteral("list"), QStringLiteral("--country"),
                             QStringLiteral("Russia") }
            << QByteArray("--country");
        QTest::newRow("renew option on list")
            << QStringList { QStringLiteral("list"), months, QStringLiteral("3") }
            << QByteArray("--months");
        QTest::newRow("list option on renew")
            << QStringList { QStringLiteral("renew"),   line,
                             QStringLiteral("L-20002"), months,
                             QStringLiteral("1"),       QStringLiteral("--country"),
                             QStringLiteral("RU") }
            << QByteArray("--country");
        QTest::newRow("no line") << QStringList { QStringLiteral("renew"), months,
                                                  QStringLiteral("1") }
                                 << QByteArray("--line");
        QTest::newRow("bad line") << QStringList {
            QStringLiteral("renew"), line, QStringLiteral("twenty"), months, QStringLiteral("1")
        } << QByteArray("--line");
        QTest::newRow("unknown line")
            << QStringList { QStringLiteral("renew"), line, QStringLiteral("L-99999"), months,
                             QStringLiteral("1") }
            << QByteArray("--line");
        QTest::newRow("no months")
            << QStringList { QStringLiteral("renew"), line, QStringLiteral("L-20002") }
            << QByteArray("--months");
        for (const QString &bad : { QStringLiteral("0"), QStringLiteral("121"),
                                    QStringLiteral("three"), QStringLiteral("1.5") })
            QTest::newRow(qPrintable(QStringLiteral("months ") + bad))
                << QStringList { QStringLiteral("renew"), line, QStringLiteral("L-20002"), months,
                                 bad }
                << QByteArray("--months");
        QTest::newRow("payment method")
            << QStringList { QStringLiteral("renew"),   line,
                             QStringLiteral("L-20002"), months,
                             QStringLiteral("1"),       QStringLiteral("--payment-method"),
                             QStringLiteral("cash") }
            << QByteArray("--payment-method");
        QTest::newRow("operation id")
            << QStringList { QStringLiteral("renew"),   line,
                             QStringLiteral("L-20002"), months,
                             QStringLiteral("1"),       QStringLiteral("--operation-id"),
                             QStringLiteral("a b") }
            << QByteArray("--operation-id");
    }

    void badUsageExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        const QList<QJsonObject> before = rawLines();
        const CliRun run = lines(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(named), qPrintable(run.describe()));
        QCOMPARE(rawLines(), before); // nothing renewed
    }
};

QTEST_GUILESS_MAIN(TestCliLines)
#include "tst_cli_lines.moc"
