#include "Translations.h"
#include "core/partner/PartnerRules.h"
#include "core/partner/Pricing.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "operations/partner/PartnerLineComment.h"
#include "operations/partner/PartnerLines.h"
#include "operations/partner/PartnerNotifications.h"
#include "operations/partner/PartnerOrders.h"
#include "operations/partner/PartnerProfile.h"
#include "operations/partner/PartnerWithdrawal.h"
#include "operations/partner/PriceList.h"
#include "support/Await.h"
#include "support/CrmTestCalls.h"
#include "support/JsonEdit.h"
#include "support/SandboxProcess.h"
#include "support/SessionSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kWaitMs = 30000;

QString describe(const std::optional<crm::CrmError> &error)
{
    return error ? error->message + QStringLiteral(" | ") + error->detail : QStringLiteral("ok");
}

// One request, waited for on an event loop (tests may wait; the product never does).
crm::CrmResult fetch(crm::CrmClient &client, const crm::CrmRequest &request)
{
    QEventLoop loop;
    QObject context;
    std::optional<crm::CrmResult> answer;
    client.send(request, &context, [&](const crm::CrmResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer)
        return *answer;
    crm::CrmResult none;
    none.error = crm::CrmError {};
    none.error->message = QStringLiteral("test: no answer in time");
    return none;
}

// A line as the contract has it, every field the reader looks at filled in.
QJsonObject lineJson()
{
    return QJsonObject {
        { QStringLiteral("id"), 7 },
        { QStringLiteral("client_id"), 4 },
        { QStringLiteral("client_account_id"), QStringLiteral("PC-1004") },
        { QStringLiteral("client_email"), QStringLiteral("owner@pc-1004.example.org") },
        { QStringLiteral("organisation"), QStringLiteral("Kazakh Tours") },
        { QStringLiteral("project"), QStringLiteral("Проект 4") },
        { QStringLiteral("country"), QStringLiteral("UZ") },
        { QStringLiteral("line_id"), QStringLiteral("L-20007") },
        { QStringLiteral("name"), QStringLiteral("Линия 1") },
        { QStringLiteral("expires_at"), QStringLiteral("2027-01-06T20:55:08.287Z") },
        { QStringLiteral("status"), QStringLiteral("expiring_30d") },
        { QStringLiteral("days_left"), 25 },
        { QStringLiteral("is_nfr"), false },
        { QStringLiteral("comment"), QStringLiteral("звонить после 12") },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("channels"),
          QJsonArray { QJsonObject { { QStringLiteral("channel"), QStringLiteral("whatsapp") },
                                     { QStringLiteral("connected"), true } },
                       QJsonObject { { QStringLiteral("channel"), QStringLiteral("max") },
                                     { QStringLiteral("connected"), false } },
                       QJsonObject { { QStringLiteral("channel"), QStringLiteral("whatsapp") },
                                     { QStringLiteral("connected"), false } } } },
    };
}

QJsonObject orderJson()
{
    return QJsonObject {
        { QStringLiteral("id"), 12 },
        { QStringLiteral("kind"), QStringLiteral("renew") },
        { QStringLiteral("payment_method"), QStringLiteral("invoice") },
        { QStringLiteral("created_at"), QStringLiteral("2026-11-22T10:00:00.000Z") },
        { QStringLiteral("subtotal_kopecks"), 1000000 },
        { QStringLiteral("discounts"),
          QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("period") },
                                     { QStringLiteral("percent"), 10 },
                                     { QStringLiteral("amount_kopecks"), 100000 } },
                       QJsonObject { { QStringLiteral("kind"), QStringLiteral("partner") },
                                     { QStringLiteral("percent"), 35 },
                                     { QStringLiteral("amount_kopecks"), 315000 } } } },
        { QStringLiteral("total_kopecks"), 585000 },
        { QStringLiteral("lines"), QJsonArray { lineJson() } },
    };
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QList<qint64> idsOf(const QList<ops::PartnerLine> &lines)
{
    QList<qint64> ids;
    for (const ops::PartnerLine &line : lines)
        ids << line.id;
    return ids;
}

} // namespace

// The partner operations of issue 5 (app/operations/partner) against a real crm-sandbox: the
// lines list with its filters over every page, orders priced by the CRM exactly as the core rules
// price them, an order sent again with the same operation id, a stale comment, the withdrawal
// minimum, the profile, the notifications, and the audit events of every change, delivered.
class TestPartnerOps final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ops::Session> m_agent;
    std::unique_ptr<ops::Session> m_lead; // withdrawals are for team leads

    crm::CrmClient *crm() const { return m_agent->client(); }
    ops::Actor agent() const { return ops::Actor::of(*m_agent); }

    ops::PartnerLinesResult lines(const ops::PartnerLineQuery &query = {})
    {
        const auto loaded = await<ops::PartnerLinesResult>([&](QObject *context, auto done) {
            ops::loadPartnerLines(crm(), query, context, std::move(done));
        });
        if (loaded.calls != 1)
            qWarning("loadPartnerLines delivered %d times", loaded.calls);
        return loaded.calls == 1 ? *loaded.result : ops::PartnerLinesResult {};
    }

    ops::PartnerOrderResult place(const ops::PartnerOrderRequest &request)
    {
        const auto placed = await<ops::PartnerOrderResult>([&](QObject *context, auto done) {
            ops::placePartnerOrder(agent(), crm(), request, context, std::move(done));
        });
        if (placed.calls != 1)
            qWarning("placePartnerOrder delivered %d times", placed.calls);
        return placed.calls == 1 ? *placed.result : ops::PartnerOrderResult {};
    }

    ops::PartnerProfile profile(crm::CrmClient *client)
    {
        const auto loaded = await<ops::PartnerProfileResult>([&](QObject *context, auto done) {
            ops::loadPartnerProfile(client, context, std::move(done));
        });
        if (!loaded.result || !loaded.result->ok()) {
            qWarning("profile: %s",
                     qPrintable(loaded.result ? describe(loaded.result->error) : QString()));
            return {};
        }
        return *loaded.result->profile;
    }

    // Every line as the CRM lists it, read raw (not through partnerLineFromJson).
    QJsonArray rawLines()
    {
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        QJsonArray items;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            crm::CrmRequest request = getOf(QStringLiteral("/api/v1/partner/lines"));
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            const crm::CrmResult result = fetch(*client, request);
            if (!result.ok())
                return {};
            for (const QJsonValue &item : result.body[QLatin1String("items")].toArray())
                items.append(item);
            cursor = result.body[QLatin1String("next_cursor")].toString();
            if (cursor.isEmpty())
                break;
        }
        return items;
    }

    QJsonObject rawLine(qint64 id)
    {
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        const crm::CrmResult result
            = fetch(*client, getOf(QStringLiteral("/api/v1/partner/lines/%1").arg(id)));
        return result.ok() ? result.body.toObject() : QJsonObject {};
    }

    // `count` lines that are not NFR, not expired and have channels, each of another client.
    QList<ops::PartnerLine> renewable(int count, const QList<qint64> &exclude = {})
    {
        const ops::PartnerLinesResult all = lines();
        QList<ops::PartnerLine> picked;
        QSet<qint64> clients;
        for (const ops::PartnerLine &line : all.lines) {
            if (line.isNfr || line.status == partner::LineStatus::Expired || line.channels.isEmpty()
                || clients.contains(line.clientId) || exclude.contains(line.id))
                continue;
            clients.insert(line.clientId);
            picked.append(line);
            if (picked.size() == count)
                break;
        }
        return picked;
    }

    // The stored "partner.order" events of one operation, oldest first.
    QList<QJsonObject> orderEvents(const QString &operationId)
    {
        QString error;
        QList<QJsonObject> found;
        for (const QJsonObject &event :
             auditEventsWithAction(m_sandbox.url(), QStringLiteral("partner.order"), &error)) {
            if (event[QLatin1String("after")][QLatin1String("operation_id")].toString()
                == operationId)
                found << event;
        }
        if (!error.isEmpty())
            qWarning("audit: %s", qPrintable(error));
        return found;
    }

    QList<QJsonObject> eventsAbout(const QString &action, qint64 entityId)
    {
        QString error;
        QList<QJsonObject> found;
        for (const QJsonObject &event : auditEventsWithAction(m_sandbox.url(), action, &error)) {
            if (event[QLatin1String("entity_ids")].toArray().contains(QString::number(entityId)))
                found << event;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandbox words its refusals with the English translation (plural forms); the rules
        // the test compares them with must be worded the same way.
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English)),
                 QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                                 { QStringLiteral("--enable-faults") }),
                 qPrintable(m_sandbox.error()));
        QString failure;
        m_agent = startSessionFor(m_sandbox.url(), kAgentToken,
                                  m_dir.filePath(QStringLiteral("agent.sqlite")), &failure);
        QVERIFY2(m_agent, qPrintable(failure));
        m_lead = startSessionFor(m_sandbox.url(), kLeadToken,
                                 m_dir.filePath(QStringLiteral("lead.sqlite")), &failure);
        QVERIFY2(m_lead, qPrintable(failure));
        QVERIFY(settle(m_agent->audit()));
        QVERIFY(settle(m_lead->audit()));
    }

    void partnerLineFromJsonReadsTheContractsLine()
    {
        QString problem;
        const std::optional<ops::PartnerLine> line = ops::partnerLineFromJson(lineJson(), &problem);
        QVERIFY2(line, qPrintable(problem));
        QCOMPARE(line->id, 7);
        QCOMPARE(line->clientId, 4);
        QCOMPARE(line->clientAccountId, QStringLiteral("PC-1004"));
        QCOMPARE(line->clientEmail, QStringLiteral("owner@pc-1004.example.org"));
        QCOMPARE(line->organisation, QStringLiteral("Kazakh Tours"));
        QCOMPARE(line->project, QStringLiteral("Проект 4"));
        QCOMPARE(line->country, QStringLiteral("UZ"));
        QCOMPARE(line->lineId, QStringLiteral("L-20007"));
        QCOMPARE(line->name, QStringLiteral("Линия 1"));
        QCOMPARE(line->expiresAt, QDateTime(QDate(2027, 1, 6), QTime(20, 55, 8, 287), Qt::UTC));
        QCOMPARE(line->expiresOn(), QDate(2027, 1, 6));
        QCOMPARE(line->status, partner::LineStatus::Expiring30);
        QCOMPARE(line->daysLeft, 25);
        QVERIFY(!line->isNfr);
        QCOMPARE(line->comment, QStringLiteral("звонить после 12"));
        QCOMPARE(line->version, 3);
        QCOMPARE(line->etag(), QByteArray("\"partner-line-7-v3\""));
        QCOMPARE(line->channels.size(), 3);
        QCOMPARE(line->channels.at(1).channel, QStringLiteral("max"));
        QVERIFY(!line->channels.at(1).connected);
        const QMap<QString, qint64> counts { { QStringLiteral("max"), 1 },
                                             { QStringLiteral("whatsapp"), 2 } };
        QCOMPARE(line->channelCounts(), counts);
    }

    void partnerLineFromJsonNamesTheBadField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("no id") << "id" << missing << "id";
        QTest::newRow("id as text") << "id" << QJsonValue(QStringLiteral("7")) << "id";
        QTest::newRow("client id 0") << "client_id" << QJsonValue(0) << "client_id";
        QTest::newRow("no email") << "client_email" << missing << "client_email";
        QTest::newRow("line id null") << "line_id" << QJsonValue(QJsonValue::Null) << "line_id";
        QTest::newRow("expiry") << "expires_at" << QJsonValue(QStringLiteral("soon"))
                                << "expires_at";
        QTest::newRow("status") << "status" << QJsonValue(QStringLiteral("expiring-7")) << "status";
        QTest::newRow("days left") << "days_left" << QJsonValue(2.5) << "days_left";
        QTest::newRow("nfr") << "is_nfr" << QJsonValue(0) << "is_nfr";
        QTest::newRow("comment") << "comment" << missing << "comment";
        QTest::newRow("version") << "version" << QJsonValue(-1) << "version";
        QTest::newRow("channels") << "channels" << QJsonValue(QStringLiteral("whatsapp"))
                                  << "channels";
        QTest::newRow("channel item") << "channels.1" << QJsonValue(5) << "channels[1]";
        QTest::newRow("channel name")
            << "channels.0.channel" << QJsonValue(QString()) << "channels[0].channel";
        QTest::newRow("connected") << "channels.2.connected" << missing << "channels[2].connected";
    }

    void partnerLineFromJsonNamesTheBadField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject json
            = changed(lineJson(), path.split(QLatin1Char('.')), value).toObject();
        QString problem;
        QVERIFY(!ops::partnerLineFromJson(json, &problem));
        QVERIFY2(problem.startsWith(field + QStringLiteral(": expected")), qPrintable(problem));
    }

    void partnerOrderFromJsonReadsTheBreakdown()
    {
        QString problem;
        const std::optional<ops::PartnerOrder> order
            = ops::partnerOrderFromJson(orderJson(), &problem);
        QVERIFY2(order, qPrintable(problem));
        QCOMPARE(order->id, 12);
        QCOMPARE(order->kind, ops::PartnerOrderKind::Renew);
        QCOMPARE(order->paymentMethod, std::optional(ops::PaymentMethod::Invoice));
        QCOMPARE(order->quote.subtotalKopecks, 1000000);
        QCOMPARE(order->quote.discounts.size(), 2);
        QCOMPARE(order->quote.discounts.at(1).kind, partner::DiscountKind::Partner);
        QCOMPARE(order->quote.discounts.at(1).percent, 35);
        QCOMPARE(order->quote.discounts.at(1).amountKopecks, 315000);
        QCOMPARE(order->quote.totalKopecks, 585000);
        QCOMPARE(order->lines.size(), 1);
        QCOMPARE(order->lines.first().lineId, QStringLiteral("L-20007"));

        // The breakdown must add up, and every part is named when it is wrong.
        const QList<std::pair<QString, QJsonValue>> broken {
            { QStringLiteral("total_kopecks"), QJsonValue(585001) },
            { QStringLiteral("discounts.0.kind"), QJsonValue(QStringLiteral("loyalty")) },
            { QStringLiteral("discounts.1.percent"), QJsonValue(101) },
            { QStringLiteral("kind"), QJsonValue(QStringLiteral("refund")) },
            { QStringLiteral("payment_method"), QJsonValue(QStringLiteral("cash")) },
            { QStringLiteral("lines.0.status"), QJsonValue(QJsonValue::Undefined) },
        };
        for (const auto &[path, value] : broken) {
            const QJsonObject json
                = changed(orderJson(), path.split(QLatin1Char('.')), value).toObject();
            QVERIFY2(!ops::partnerOrderFromJson(json, &problem), qPrintable(path));
            const QString head = path.section(QLatin1Char('.'), 0, 0);
            QVERIFY2(problem.startsWith(head), qPrintable(problem));
        }
    }

    void loadsEveryLineWithEachFilter_data()
    {
        QTest::addColumn<QString>("status"); // wire name; empty: any
        QTest::addColumn<QString>("country");
        QTest::addColumn<qint64>("clientId");
        QTest::newRow("all") << QString() << QString() << qint64(0);
        for (const QString &status : { QStringLiteral("active"), QStringLiteral("expiring_7d"),
                                       QStringLiteral("expiring_30d"), QStringLiteral("expired") })
            QTest::newRow(qPrintable(status)) << status << QString() << qint64(0);
        QTest::newRow("RU") << QString() << QStringLiteral("RU") << qint64(0);
        QTest::newRow("KZ") << QString() << QStringLiteral("KZ") << qint64(0);
        QTest::newRow("client 2") << QString() << QString() << qint64(2);
        QTest::newRow("expiring_30d in RU")
            << QStringLiteral("expiring_30d") << QStringLiteral("RU") << qint64(0);
    }

    void loadsEveryLineWithEachFilter()
    {
        QFETCH(QString, status);
        QFETCH(QString, country);
        QFETCH(qint64, clientId);
        ops::PartnerLineQuery query;
        if (!status.isEmpty())
            query.status = partner::lineStatusFromWire(status);
        query.country = country;
        query.clientId = clientId;
        const ops::PartnerLinesResult loaded = lines(query);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));

        // What the filter should let through, decided from the unfiltered raw listing.
        QList<QJsonObject> expected;
        for (const QJsonValue &item : rawLines()) {
            const QJsonObject line = item.toObject();
            if ((status.isEmpty() || line[QLatin1String("status")].toString() == status)
                && (country.isEmpty() || line[QLatin1String("country")].toString() == country)
                && (clientId == 0 || line[QLatin1String("client_id")].toInteger() == clientId))
                expected << line;
        }
        QVERIFY2(!expected.isEmpty(), "the fixture has no line for this filter");
        QCOMPARE(loaded.lines.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ops::PartnerLine &line = loaded.lines.at(i);
            const QJsonObject &raw = expected.at(i);
            QCOMPARE(line.id, raw[QLatin1String("id")].toInteger());
            QCOMPARE(line.lineId, raw[QLatin1String("line_id")].toString());
            QCOMPARE(line.clientAccountId, raw[QLatin1String("client_account_id")].toString());
            QCOMPARE(line.organisation, raw[QLatin1String("organisation")].toString());
            QCOMPARE(line.project, raw[QLatin1String("project")].toString());
            QCOMPARE(partner::lineStatusToWire(line.status),
                     raw[QLatin1String("status")].toString());
            QCOMPARE(iso(line.expiresAt), raw[QLatin1String("expires_at")].toString());
            QCOMPARE(line.comment, raw[QLatin1String("comment")].toString());
            QCOMPARE(line.channels.size(), raw[QLatin1String("channels")].toArray().size());
        }
    }

    // More lines than three pages hold: bought through an order, then read back page by page.
    void readsEveryPageOfManyLines()
    {
        const ops::PartnerLinesResult before = lines();
        QVERIFY2(before.ok(), qPrintable(describe(before.error)));
        const qint64 clientId = before.lines.last().clientId;
        ops::PartnerLineQuery ofClient;
        ofClient.clientId = clientId;
        const qsizetype clientHad = lines(ofClient).lines.size();

        ops::PartnerOrderRequest buy;
        buy.operationId = ops::newPartnerOrderOperationId();
        buy.kind = ops::PartnerOrderKind::Buy;
        buy.clientId = clientId;
        buy.months = 1;
        buy.paymentMethod = ops::PaymentMethod::Invoice;
        buy.groups = { partner::LineGroup { 450, { { QStringLiteral("telegram"), 1 } } } };
        const ops::PartnerOrderResult bought = place(buy);
        QVERIFY2(bought.ok(), qPrintable(describe(bought.error)));
        QCOMPARE(bought.order->kind, ops::PartnerOrderKind::Buy);
        QCOMPARE(bought.order->lines.size(), 450);

        const ops::PartnerLinesResult after = lines();
        QVERIFY2(after.ok(), qPrintable(describe(after.error)));
        QCOMPARE(after.lines.size(), before.lines.size() + 450);
        QList<qint64> ids = idsOf(after.lines);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end()); // none twice
        QCOMPARE(ids.size(), rawLines().size());
        QCOMPARE(lines(ofClient).lines.size(), clientHad + 450);
        for (const ops::PartnerLine &line : bought.order->lines)
            QVERIFY(ids.contains(line.id));
    }

    void renewsTwoLinesAtTheCrmsPrice()
    {
        const QList<ops::PartnerLine> picked = renewable(2);
        QCOMPARE(picked.size(), 2);
        const ops::PartnerProfile partnerProfile = profile(crm());
        const auto prices = await<ops::PriceListResult>([&](QObject *context, auto done) {
            ops::loadPriceList(crm(), context, std::move(done));
        });
        QVERIFY(prices.result && prices.result->ok());
        constexpr int kMonths = 6;
        partner::QuoteError quoteError;
        const std::optional<partner::Quote> expected
            = partner::quoteLines(ops::renewalLineOrder(picked, partnerProfile.status, kMonths),
                                  *prices.result->prices, &quoteError);
        QVERIFY2(expected, qPrintable(quoteError.message));

        DeliveryWatch watch(m_agent->audit());
        ops::PartnerOrderRequest renew;
        renew.operationId = ops::newPartnerOrderOperationId();
        renew.kind = ops::PartnerOrderKind::Renew;
        renew.months = kMonths;
        renew.paymentMethod = ops::PaymentMethod::Card;
        renew.lines = picked;
        const ops::PartnerOrderResult renewed = place(renew);
        QVERIFY2(renewed.ok(), qPrintable(describe(renewed.error)));
        QCOMPARE(renewed.operationId, renew.operationId);
        QCOMPARE(renewed.idempotencyKey, ops::partnerOrderIdempotencyKey(renew.operationId));
        const ops::PartnerOrder &order = *renewed.order;
        QCOMPARE(order.kind, ops::PartnerOrderKind::Renew);
        QCOMPARE(order.paymentMethod, std::optional(ops::PaymentMethod::Card));
        QCOMPARE(order.quote.subtotalKopecks, expected->subtotalKopecks);
        QCOMPARE(order.quote.totalKopecks, expected->totalKopecks);
        QCOMPARE(order.quote.discounts.size(), expected->discounts.size());
        QVERIFY(!order.quote.discounts.isEmpty());
        for (qsizetype i = 0; i < expected->discounts.size(); ++i) {
            QCOMPARE(order.quote.discounts.at(i).kind, expected->discounts.at(i).kind);
            QCOMPARE(order.quote.discounts.at(i).percent, expected->discounts.at(i).percent);
            QCOMPARE(order.quote.discounts.at(i).amountKopecks,
                     expected->discounts.at(i).amountKopecks);
        }
        // Running lines are extended from their expiry.
        QCOMPARE(order.lines.size(), 2);
        for (const ops::PartnerLine &was : picked) {
            const auto now
                = std::find_if(order.lines.begin(), order.lines.end(),
                               [&](const ops::PartnerLine &l) { return l.id == was.id; });
            QVERIFY(now != order.lines.end());
            QCOMPARE(now->expiresAt, was.expiresAt.addMonths(kMonths));
            QCOMPARE(rawLine(was.id)[QLatin1String("expires_at")].toString(),
                     iso(was.expiresAt.addMonths(kMonths)));
            QVERIFY(now->version > was.version);
        }

        // One "partner.order" event: what the agent saw before, the order after.
        QVERIFY(watch.waitFor(1));
        const QList<QJsonObject> events = orderEvents(renew.operationId);
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first();
        QCOMPARE(event[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(event[QLatin1String("actor")].toString(), m_agent->user().id);
        QCOMPARE(event[QLatin1String("entity_type")].toString(), QStringLiteral("partner_line"));
        QCOMPARE(event[QLatin1String("entity_ids")].toArray().size(), 2);
        const QJsonArray before = event[QLatin1String("before")][QLatin1String("lines")].toArray();
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(0)[QLatin1String("expires_at")].toString(), iso(picked.at(0).expiresAt));
        QCOMPARE(before.at(1)[QLatin1String("channels")].toArray().size(),
                 picked.at(1).channels.size());
        const QJsonObject after = event[QLatin1String("after")].toObject();
        QCOMPARE(after[QLatin1String("order_id")].toInteger(), order.id);
        QCOMPARE(after[QLatin1String("total_kopecks")].toInteger(), expected->totalKopecks);
        QCOMPARE(after[QLatin1String("discounts")].toArray().size(), expected->discounts.size());
        QCOMPARE(after[QLatin1String("lines")][0][QLatin1String("expires_at")].toString(),
                 iso(order.lines.at(0).expiresAt));
    }

    // The first answer is lost (the window closed, or the program died); the order is sent
    // again with the same operation id: the same key, the first answer, renewed once.
    void theSameOperationRenewsOnce()
    {
        const QList<ops::PartnerLine> picked = renewable(1);
        QCOMPARE(picked.size(), 1);
        const ops::PartnerLine line = picked.first();
        constexpr int kMonths = 2;
        ops::PartnerOrderRequest renew;
        renew.operationId = ops::newPartnerOrderOperationId();
        renew.months = kMonths;
        renew.lines = { line };

        DeliveryWatch watch(m_agent->audit());
        int calls = 0;
        {
            QObject context;
            ops::placePartnerOrder(agent(), crm(), renew, &context,
                                   [&calls](const ops::PartnerOrderResult &) { ++calls; });
        }
        // Audited even though nobody was left to tell: the CRM did take the order.
        QVERIFY(watch.waitFor(1));
        QCOMPARE(calls, 0);
        const QString renewedOnce = iso(line.expiresAt.addMonths(kMonths));
        QCOMPARE(rawLine(line.id)[QLatin1String("expires_at")].toString(), renewedOnce);

        const ops::PartnerOrderResult again = place(renew);
        QVERIFY2(again.ok(), qPrintable(describe(again.error)));
        QCOMPARE(again.idempotencyKey, ops::partnerOrderIdempotencyKey(renew.operationId));
        QCOMPARE(iso(again.order->lines.first().expiresAt), renewedOnce);
        QCOMPARE(rawLine(line.id)[QLatin1String("expires_at")].toString(), renewedOnce);

        QVERIFY(watch.waitFor(2));
        const QList<QJsonObject> events = orderEvents(renew.operationId);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)[QLatin1String("after")][QLatin1String("order_id")].toInteger(),
                 again.order->id);
        QCOMPARE(events.at(1)[QLatin1String("after")][QLatin1String("order_id")].toInteger(),
                 again.order->id);

        // The same id for another order is refused, and changes nothing.
        ops::PartnerOrderRequest other = renew;
        other.months = kMonths + 1;
        const ops::PartnerOrderResult refused = place(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->code, QStringLiteral("idempotency_key_reused"));
        QVERIFY2(refused.message.contains(QLatin1String("operation id")),
                 qPrintable(refused.message));
        QCOMPARE(rawLine(line.id)[QLatin1String("expires_at")].toString(), renewedOnce);

        // A new operation renews again.
        ops::PartnerOrderRequest next = renew;
        next.operationId = ops::newPartnerOrderOperationId();
        next.lines = { *again.order->lines.constBegin() };
        const ops::PartnerOrderResult renewedAgain = place(next);
        QVERIFY2(renewedAgain.ok(), qPrintable(describe(renewedAgain.error)));
        QVERIFY(renewedAgain.order->id != again.order->id);
        QCOMPARE(rawLine(line.id)[QLatin1String("expires_at")].toString(),
                 iso(line.expiresAt.addMonths(kMonths).addMonths(kMonths)));
    }

    void addsChannelsPricedUntilTheExpiry()
    {
        const ops::PartnerProfile partnerProfile = profile(crm());
        const auto prices = await<ops::PriceListResult>([&](QObject *context, auto done) {
            ops::loadPriceList(crm(), context, std::move(done));
        });
        QVERIFY(prices.result && prices.result->ok());
        const ops::PartnerLinesResult all = lines();
        const ops::PartnerLine *roomy = nullptr;
        const ops::PartnerLine *late = nullptr;
        for (const ops::PartnerLine &line : all.lines) {
            if (line.isNfr)
                continue;
            const qint64 days = partnerProfile.today.daysTo(line.expiresOn());
            if (!roomy && days >= partner::kMinAddOnDaysLeft + 10)
                roomy = &line;
            if (!late && days > 0 && days < partner::kMinAddOnDaysLeft)
                late = &line;
        }
        QVERIFY(roomy && late);
        const QMap<QString, qint64> channels { { QStringLiteral("telegram"), 2 } };
        partner::AddOnOrder addOn;
        addOn.partner = partnerProfile.status;
        addOn.today = partnerProfile.today;
        addOn.lineExpiresOn = roomy->expiresOn();
        addOn.channels = channels;
        partner::QuoteError quoteError;
        const auto expected = partner::quoteAddOn(addOn, *prices.result->prices, &quoteError);
        QVERIFY2(expected, qPrintable(quoteError.message));

        ops::PartnerOrderRequest add;
        add.operationId = ops::newPartnerOrderOperationId();
        add.kind = ops::PartnerOrderKind::AddChannels;
        add.lines = { *roomy };
        add.channels = channels;
        const ops::PartnerOrderResult added = place(add);
        QVERIFY2(added.ok(), qPrintable(describe(added.error)));
        QCOMPARE(added.order->kind, ops::PartnerOrderKind::AddChannels);
        QCOMPARE(added.order->quote.daysLeft, expected->daysLeft);
        QCOMPARE(added.order->quote.subtotalKopecks, expected->subtotalKopecks);
        QCOMPARE(added.order->quote.totalKopecks, expected->totalKopecks);
        QCOMPARE(added.order->lines.size(), 1);
        QCOMPARE(added.order->lines.first().channelCounts().value(QStringLiteral("telegram")),
                 roomy->channelCounts().value(QStringLiteral("telegram")) + 2);
        QCOMPARE(added.order->lines.first().expiresAt, roomy->expiresAt);

        // Too few days left: refused with the rule's reason, nothing added.
        add.operationId = ops::newPartnerOrderOperationId();
        add.lines = { *late };
        const ops::PartnerOrderResult refused = place(add);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Validation);
        QCOMPARE(refused.error->field, QStringLiteral("line_id"));
        const std::optional<QString> reason
            = partner::addChannelsRefusal(partnerProfile.today, late->expiresOn());
        QVERIFY(reason);
        QVERIFY2(refused.message.contains(*reason), qPrintable(refused.message));
        QCOMPARE(rawLine(late->id)[QLatin1String("channels")].toArray().size(),
                 late->channels.size());
    }

    void theAddChannelsBodyCarriesNewLinesOnlyWhenAsked()
    {
        ops::PartnerOrderRequest add;
        add.kind = ops::PartnerOrderKind::AddChannels;
        ops::PartnerLine line;
        line.id = 14;
        add.lines = { line };
        add.channels = { { QStringLiteral("telegram"), 1 } };
        QVERIFY(!ops::partnerOrderBody(add).contains(QLatin1String("new_lines")));
        add.months = 6;
        add.groups = { partner::LineGroup { 2, { { QStringLiteral("max"), 3 } } } };
        add.chatcoinsPackage = QStringLiteral("cc-1000");
        add.project = QStringLiteral("Филиал");
        const QJsonObject body = ops::partnerOrderBody(add);
        QCOMPARE(body[QLatin1String("kind")].toString(), QStringLiteral("add_channels"));
        QCOMPARE(body[QLatin1String("line_id")].toInteger(), 14);
        QCOMPARE(body[QLatin1String("project")].toString(), QStringLiteral("Филиал"));
        QVERIFY(!body.contains(QLatin1String("months"))); // only inside new_lines
        QVERIFY(!body.contains(QLatin1String("lines")));
        const QJsonObject expected {
            { QStringLiteral("months"), 6 },
            { QStringLiteral("lines"),
              QJsonArray { QJsonObject { { QStringLiteral("count"), 2 },
                                         { QStringLiteral("channels"),
                                           QJsonObject { { QStringLiteral("max"), 3 } } } } } },
            { QStringLiteral("chatcoins_package"), QStringLiteral("cc-1000") },
        };
        QCOMPARE(body[QLatin1String("new_lines")].toObject(), expected);
    }

    void addsChannelsAndBuysNewLinesInOneOrder()
    {
        const ops::PartnerProfile partnerProfile = profile(crm());
        const auto prices = await<ops::PriceListResult>([&](QObject *context, auto done) {
            ops::loadPriceList(crm(), context, std::move(done));
        });
        QVERIFY(prices.result && prices.result->ok());
        const ops::PartnerLinesResult all = lines();
        const ops::PartnerLine *roomy = nullptr;
        for (const ops::PartnerLine &line : all.lines) {
            if (!line.isNfr
                && partnerProfile.today.daysTo(line.expiresOn()) >= partner::kMinAddOnDaysLeft + 10
                && line.channels.size() < 90) {
                roomy = &line;
                break;
            }
        }
        QVERIFY(roomy);
        const qint64 clientLines
            = std::count_if(all.lines.begin(), all.lines.end(), [&](const ops::PartnerLine &line) {
                  return line.clientId == roomy->clientId;
              });
        DeliveryWatch watch(m_agent->audit());

        ops::PartnerOrderRequest add;
        add.operationId = ops::newPartnerOrderOperationId();
        add.kind = ops::PartnerOrderKind::AddChannels;
        add.lines = { *roomy };
        add.channels = { { QStringLiteral("whatsapp"), 3 } };
        add.months = 12;
        add.groups = { partner::LineGroup {
            2, { { QStringLiteral("telegram"), 2 }, { QStringLiteral("vk"), 1 } } } };
        add.project = QStringLiteral("Ops combined");
        partner::AddOnOrder addOn;
        addOn.partner = partnerProfile.status;
        addOn.today = partnerProfile.today;
        addOn.lineExpiresOn = roomy->expiresOn();
        addOn.channels = add.channels;
        partner::LineOrder newLines;
        newLines.months = add.months;
        newLines.lines = add.groups;
        partner::QuoteError quoteError;
        const auto expected
            = partner::quoteAddOnWithLines(addOn, newLines, *prices.result->prices, &quoteError);
        QVERIFY2(expected, qPrintable(quoteError.message));
        QCOMPARE(expected->personalChannels, 3 + 2 * 2);

        const ops::PartnerOrderResult added = place(add);
        QVERIFY2(added.ok(), qPrintable(describe(added.error)));
        const ops::PartnerOrder &order = *added.order;
        QCOMPARE(order.kind, ops::PartnerOrderKind::AddChannels);
        QCOMPARE(order.quote.subtotalKopecks, expected->subtotalKopecks);
        QCOMPARE(order.quote.totalKopecks, expected->totalKopecks);
        QCOMPARE(order.quote.daysLeft, expected->daysLeft);
        QCOMPARE(order.quote.discounts.size(), expected->discounts.size());
        for (qsizetype i = 0; i < order.quote.discounts.size(); ++i) {
            QCOMPARE(order.quote.discounts.at(i).kind, expected->discounts.at(i).kind);
            QCOMPARE(order.quote.discounts.at(i).amountKopecks,
                     expected->discounts.at(i).amountKopecks);
        }
        QCOMPARE(order.lines.size(), 3);
        QCOMPARE(order.lines.at(0).id, roomy->id);
        QCOMPARE(order.lines.at(0).channelCounts().value(QStringLiteral("whatsapp")),
                 roomy->channelCounts().value(QStringLiteral("whatsapp")) + 3);
        QCOMPARE(order.lines.at(0).project, QStringLiteral("Ops combined"));
        for (qsizetype i = 1; i < order.lines.size(); ++i) {
            QCOMPARE(order.lines.at(i).clientId, roomy->clientId);
            QCOMPARE(order.lines.at(i).project, QStringLiteral("Ops combined"));
            QCOMPARE(order.lines.at(i).channelCounts(), add.groups.first().channels);
        }
        const ops::PartnerLinesResult now = lines();
        QCOMPARE(std::count_if(now.lines.begin(), now.lines.end(),
                               [&](const ops::PartnerLine &line) {
                                   return line.clientId == roomy->clientId;
                               }),
                 clientLines + 2);

        // One audit event with the three lines after.
        QVERIFY(watch.waitFor(1));
        const QList<QJsonObject> events = orderEvents(add.operationId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(events.first()[QLatin1String("after")][QLatin1String("lines")].toArray().size(),
                 3);
    }

    void theNfrLineIsNotForSale()
    {
        const ops::PartnerLinesResult all = lines();
        const auto nfr = std::find_if(all.lines.begin(), all.lines.end(),
                                      [](const ops::PartnerLine &line) { return line.isNfr; });
        QVERIFY(nfr != all.lines.end());
        DeliveryWatch watch(m_agent->audit());
        ops::PartnerOrderRequest renew;
        renew.operationId = ops::newPartnerOrderOperationId();
        renew.months = 1;
        renew.lines = { *nfr };
        const ops::PartnerOrderResult refused = place(renew);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Validation);
        QVERIFY2(refused.error->field.startsWith(QLatin1String("line_ids")),
                 qPrintable(refused.error->field));
        QVERIFY(refused.message.contains(nfr->lineId));
        QCOMPARE(rawLine(nfr->id)[QLatin1String("expires_at")].toString(), iso(nfr->expiresAt));
        QVERIFY(watch.waitFor(1));
        const QList<QJsonObject> events = orderEvents(renew.operationId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("failed"));
        QVERIFY(!events.first()[QLatin1String("message")].toString().isEmpty());
    }

    void aStaleCommentIsRefusedAndTheLineReloaded()
    {
        const QList<ops::PartnerLine> picked = renewable(1);
        QCOMPARE(picked.size(), 1);
        const ops::PartnerLine seen = picked.first();
        DeliveryWatch watch(m_agent->audit());
        auto comment = [&](const ops::PartnerLine &line, const QString &text) {
            const auto changed = await<ops::PartnerLineResult>([&](QObject *context, auto done) {
                ops::setPartnerLineComment(agent(), crm(), line, text, context, std::move(done));
            });
            if (changed.calls != 1)
                qWarning("setPartnerLineComment delivered %d times", changed.calls);
            return changed.calls == 1 ? *changed.result : ops::PartnerLineResult {};
        };
        const QString first = QStringLiteral("Счёт выставлен %1").arg(seen.lineId);
        const ops::PartnerLineResult set = comment(seen, first);
        QVERIFY2(set.ok(), qPrintable(describe(set.error)));
        QCOMPARE(set.line->comment, first);
        QVERIFY(set.line->version > seen.version);
        QVERIFY(set.line->etag() != seen.etag());

        // Someone else's change came first: the agent's copy is stale.
        const ops::PartnerLineResult stale = comment(seen, QStringLiteral("другой текст"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error->kind, crm::ErrorKind::PreconditionFailed);
        QVERIFY2(stale.message.contains(seen.lineId)
                     && stale.message.contains(QLatin1String("reloaded")),
                 qPrintable(stale.message));
        QVERIFY(stale.reloaded);
        QCOMPARE(stale.reloaded->comment, first);
        QCOMPARE(stale.reloaded->version, set.line->version);
        QCOMPARE(rawLine(seen.id)[QLatin1String("comment")].toString(), first);

        // Too long for the CRM.
        const ops::PartnerLineResult tooLong
            = comment(*set.line, QString(ops::kMaxPartnerLineCommentLength + 1, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error->kind, crm::ErrorKind::Validation);
        QCOMPARE(tooLong.error->field, QStringLiteral("comment"));
        QVERIFY(!tooLong.reloaded);
        QCOMPARE(rawLine(seen.id)[QLatin1String("comment")].toString(), first);

        QVERIFY(watch.waitFor(3));
        const QList<QJsonObject> events
            = eventsAbout(QStringLiteral("partner.line.comment"), seen.id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0)[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(events.at(0)[QLatin1String("before")][QLatin1String("comment")].toString(),
                 seen.comment);
        QCOMPARE(events.at(0)[QLatin1String("after")][QLatin1String("comment")].toString(), first);
        QCOMPARE(events.at(1)[QLatin1String("result")].toString(), QStringLiteral("failed"));
        QCOMPARE(events.at(2)[QLatin1String("result")].toString(), QStringLiteral("failed"));
    }

    void profileAsTheCrmHasIt()
    {
        const ops::PartnerProfile read = profile(crm());
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        const crm::CrmResult raw = fetch(*client, getOf(QStringLiteral("/api/v1/partner/profile")));
        QVERIFY2(raw.ok(), qPrintable(describe(raw.error)));
        const QJsonObject body = raw.body.toObject();
        QCOMPARE(read.name, body[QLatin1String("name")].toString());
        QCOMPARE(partner::partnerStatusToWire(read.status),
                 body[QLatin1String("status")].toString());
        QCOMPARE(read.rewardBalanceKopecks,
                 body[QLatin1String("reward_balance_kopecks")].toInteger());
        QCOMPARE(read.today.toString(Qt::ISODate), body[QLatin1String("today")].toString());
        QVERIFY(read.today.isValid());
        const QJsonObject nfr = body[QLatin1String("nfr_line")].toObject();
        QVERIFY(read.nfrLine);
        QCOMPARE(read.nfrLine->id, nfr[QLatin1String("id")].toInteger());
        QCOMPARE(read.nfrLine->lineId, nfr[QLatin1String("line_id")].toString());
        QCOMPARE(iso(read.nfrLine->expiresAt), nfr[QLatin1String("expires_at")].toString());
        QCOMPARE(read.nfrLine->renews, nfr[QLatin1String("renews")].toBool());
        QCOMPARE(read.nfrLine->ended, nfr[QLatin1String("ended")].toBool());
    }

    void aWithdrawalBelowTheMinimumIsRefusedWithTheReason()
    {
        crm::CrmClient *lead = m_lead->client();
        const qint64 balance = profile(lead).rewardBalanceKopecks;
        QVERIFY(balance >= partner::kMinWithdrawalKopecks);
        auto withdraw = [&](ops::Session &session, qint64 kopecks) {
            const auto asked
                = await<ops::PartnerWithdrawalResult>([&](QObject *context, auto done) {
                      ops::requestWithdrawal(ops::Actor::of(session), session.client(), kopecks,
                                             context, std::move(done));
                  });
            return asked.calls == 1 ? *asked.result : ops::PartnerWithdrawalResult {};
        };
        DeliveryWatch watch(m_lead->audit());
        const qint64 tooLittle = partner::kMinWithdrawalKopecks - 1;
        const ops::PartnerWithdrawalResult refused = withdraw(*m_lead, tooLittle);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Validation);
        QCOMPARE(refused.error->field, QStringLiteral("amount_kopecks"));
        const std::optional<QString> reason
            = partner::withdrawalRefusal(tooLittle, QStringLiteral("RUB"), balance);
        QVERIFY(reason);
        QVERIFY2(refused.message.contains(*reason), qPrintable(refused.message));
        QCOMPARE(profile(lead).rewardBalanceKopecks, balance);

        // The minimum itself goes through and comes off the balance.
        const ops::PartnerWithdrawalResult made = withdraw(*m_lead, partner::kMinWithdrawalKopecks);
        QVERIFY2(made.ok(), qPrintable(describe(made.error)));
        QCOMPARE(made.withdrawal->amountKopecks, partner::kMinWithdrawalKopecks);
        QCOMPARE(made.withdrawal->status, QStringLiteral("requested"));
        QCOMPARE(made.withdrawal->rewardBalanceKopecks, balance - partner::kMinWithdrawalKopecks);
        QCOMPARE(profile(lead).rewardBalanceKopecks, balance - partner::kMinWithdrawalKopecks);

        // Agents may not.
        const ops::PartnerWithdrawalResult forbidden
            = withdraw(*m_agent, partner::kMinWithdrawalKopecks);
        QVERIFY(!forbidden.ok());
        QCOMPARE(forbidden.error->kind, crm::ErrorKind::Forbidden);

        QVERIFY(watch.waitFor(2));
        QString error;
        QList<QJsonObject> events;
        for (const QJsonObject &event :
             auditEventsWithAction(m_sandbox.url(), QStringLiteral("partner.withdrawal"), &error)) {
            if (event[QLatin1String("actor")].toString() == m_lead->user().id)
                events << event;
        }
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)[QLatin1String("result")].toString(), QStringLiteral("failed"));
        QVERIFY(events.at(0)[QLatin1String("message")].toString().contains(*reason));
        QCOMPARE(events.at(1)[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(events.at(1)[QLatin1String("entity_ids")][0].toString(),
                 QString::number(made.withdrawal->id));
        QCOMPARE(events.at(1)[QLatin1String("after")][QLatin1String("reward_balance_kopecks")]
                     .toInteger(),
                 balance - partner::kMinWithdrawalKopecks);
    }

    void notificationsOfAChannelAndMarkingThemRead()
    {
        // A line with a connected channel; the platform reports that it disconnected.
        const ops::PartnerLinesResult all = lines();
        const ops::PartnerLine *line = nullptr;
        QString channel;
        for (const ops::PartnerLine &candidate : all.lines) {
            for (const ops::PartnerLineChannel &state : candidate.channels) {
                if (state.connected && !line) {
                    line = &candidate;
                    channel = state.channel;
                }
            }
        }
        QVERIFY(line);
        auto raw = clientFor(m_sandbox.url(), kAgentToken);
        crm::CrmRequest report;
        report.method = "POST";
        report.path
            = QStringLiteral("/api/v1/partner/lines/%1/channels/%2").arg(line->id).arg(channel);
        report.body = QJsonObject { { QStringLiteral("connected"), false } };
        const crm::CrmResult reported = fetch(*raw, report);
        QVERIFY2(reported.ok(), qPrintable(describe(reported.error)));

        auto load = [&](int maxCount) {
            const auto loaded
                = await<ops::PartnerNotificationsResult>([&](QObject *context, auto done) {
                      ops::loadPartnerNotifications(crm(), maxCount, context, std::move(done));
                  });
            return loaded.calls == 1 ? *loaded.result : ops::PartnerNotificationsResult {};
        };
        const ops::PartnerNotificationsResult read = load(1000);
        QVERIFY2(read.ok(), qPrintable(describe(read.error)));
        QVERIFY(!read.notifications.isEmpty());
        const ops::PartnerNotification newest = read.notifications.first();
        QCOMPARE(newest.kind, ops::PartnerNotificationKind::ChannelDisconnected);
        QCOMPARE(newest.lineId, line->lineId);
        QCOMPARE(newest.partnerLineId, line->id);
        QCOMPARE(newest.clientId, line->clientId);
        QCOMPARE(newest.clientAccountId, line->clientAccountId);
        QCOMPARE(newest.clientEmail, line->clientEmail);
        QCOMPARE(newest.organisation, line->organisation);
        QCOMPARE(newest.channel, channel);
        QVERIFY(!newest.read);
        for (qsizetype i = 1; i < read.notifications.size(); ++i)
            QVERIFY(read.notifications.at(i - 1).createdAt >= read.notifications.at(i).createdAt);
        const qsizetype unread
            = std::count_if(read.notifications.begin(), read.notifications.end(),
                            [](const ops::PartnerNotification &n) { return !n.read; });
        QCOMPARE(read.unreadCount, unread);
        QCOMPARE(load(1).notifications.size(), 1);

        auto mark = [&](const QList<qint64> &ids) {
            const auto marked
                = await<ops::NotificationsReadResult>([&](QObject *context, auto done) {
                      ops::markNotificationsRead(crm(), ids, context, std::move(done));
                  });
            return marked.calls == 1 ? *marked.result : ops::NotificationsReadResult {};
        };
        const ops::NotificationsReadResult one = mark({ newest.id });
        QVERIFY2(one.ok(), qPrintable(describe(one.error)));
        QCOMPARE(one.unreadCount, read.unreadCount - 1);
        const ops::PartnerNotificationsResult again = load(1000);
        QCOMPARE(again.unreadCount, read.unreadCount - 1);
        QVERIFY(again.notifications.first().read);
        const ops::NotificationsReadResult everything = mark({});
        QVERIFY2(everything.ok(), qPrintable(describe(everything.error)));
        QCOMPARE(everything.unreadCount, 0);
        QCOMPARE(load(1000).unreadCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestPartnerOps)
#include "tst_partner_ops.moc"
