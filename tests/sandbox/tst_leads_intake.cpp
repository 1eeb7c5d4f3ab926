// Lead intake (issue 4, seeds 001 and 002) over real HTTP on loopback: the call and form
// webhooks create the client (or reuse it), the order, the deal and its call-tracking record;
// a duplicate only adds a task or a comment to the deal it repeats; every rule of the duplicate
// settings switched each way; the period's boundaries; bad input naming the field; the replay
// of a webhook; and the duplicate check, which changes nothing.

#include "tst_leads_common.h"

using namespace opc;
using namespace opc::test::leads;
using test::Response;

namespace {

// A distinct phone per test case: nothing else in the demo data has it.
QString freshPhone(int n)
{
    return QStringLiteral("+7 (812) 555-%1-%2")
        .arg(n / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(n % 100, 2, 10, QLatin1Char('0'));
}

const QDateTime kT0(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

} // namespace

class LeadsIntakeTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<LeadSandbox> m_sandbox;

    LeadSandbox &sb() { return *m_sandbox; }

    // A new lead's answer, checked: 201, decision new.
    QJsonObject newLead(const QString &type, const QJsonObject &body)
    {
        const Response response = sb().webhook(type, body);
        if (response.status != 201)
            qWarning("expected 201, got %d: %s", response.status, response.body.constData());
        return response.status == 201 ? response.json() : QJsonObject();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<LeadSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void newCallCreatesClientOrderDealAndTracking()
    {
        const qint64 deals = sb().dealCount();
        const QJsonObject body {
            { QStringLiteral("phone"), QStringLiteral("8 (812) 555-00-01") },
            { QStringLiteral("name"), QStringLiteral("Пётр Новый") },
            { QStringLiteral("received_at"), iso(kT0) },
            { QStringLiteral("call_id"), QStringLiteral("ct-1") },
            { QStringLiteral("source"), QStringLiteral("Яндекс Директ") },
            { QStringLiteral("medium"), QStringLiteral("cpc") },
            { QStringLiteral("utm_source"), QStringLiteral("yandex") },
            { QStringLiteral("utm_medium"), QStringLiteral("cpc") },
            { QStringLiteral("utm_campaign"), QStringLiteral("kids_spring") },
            { QStringLiteral("utm_content"), QStringLiteral("ad7") },
            { QStringLiteral("utm_term"), QStringLiteral("английский для детей") },
            { QStringLiteral("google_client_id"), QStringLiteral("123.456") },
            { QStringLiteral("tags"),
              QJsonArray { QStringLiteral("kids"), QStringLiteral("trial") } },
        };
        const Response response = sb().webhook(QStringLiteral("call"), body);
        QCOMPARE(response.status, 201);
        const QJsonObject answer = response.json();
        QCOMPARE(answer.keys(), // sorted
                 (QStringList { QStringLiteral("client_id"), QStringLiteral("client_reused"),
                                QStringLiteral("deal_id"), QStringLiteral("decision"),
                                QStringLiteral("lead_id"), QStringLiteral("order_id") }));
        QCOMPARE(answer[QStringLiteral("decision")].toString(), QStringLiteral("new"));
        QCOMPARE(answer[QStringLiteral("client_reused")].toBool(), false);
        const qint64 leadId = answer[QStringLiteral("lead_id")].toInteger();
        const qint64 dealId = answer[QStringLiteral("deal_id")].toInteger();
        QCOMPARE(response.header("Location"),
                 QByteArray("/api/v1/leads/") + QByteArray::number(leadId));
        QCOMPARE(sb().dealCount(), deals + 1);

        const QJsonObject lead = sb().lead(leadId);
        QCOMPARE(lead[QStringLiteral("status")].toString(), QStringLiteral("free"));
        QCOMPARE(lead[QStringLiteral("kind")].toString(), QStringLiteral("call"));
        QCOMPARE(lead[QStringLiteral("phone")].toString(), QStringLiteral("+78125550001"));
        QCOMPARE(lead[QStringLiteral("received_at")].toString(), iso(kT0));
        QCOMPARE(lead[QStringLiteral("call_time")].toString(), iso(kT0));
        QCOMPARE(lead[QStringLiteral("call_id")].toString(), QStringLiteral("ct-1"));
        QCOMPARE(lead[QStringLiteral("deal_id")].toInteger(), dealId);
        QVERIFY(lead[QStringLiteral("assignee")].isNull());
        QCOMPARE(lead[QStringLiteral("source")][QStringLiteral("name")].toString(),
                 QStringLiteral("Яндекс Директ"));
        QCOMPARE(lead[QStringLiteral("tags")].toArray(),
                 (QJsonArray { QStringLiteral("kids"), QStringLiteral("trial") }));

        const QJsonObject deal = sb().deal(dealId);
        QCOMPARE(deal[QStringLiteral("lead_id")].toInteger(), leadId);
        QCOMPARE(deal[QStringLiteral("funnel_id")].toInteger(), 1); // the default funnel
        QCOMPARE(deal[QStringLiteral("stage")][QStringLiteral("id")].toInteger(), 101); // first
        QCOMPARE(deal[QStringLiteral("status")].toString(), QStringLiteral("new"));
        QCOMPARE(deal[QStringLiteral("created_at")].toString(), iso(kT0));
        QCOMPARE(deal[QStringLiteral("client")][QStringLiteral("id")].toInteger(),
                 answer[QStringLiteral("client_id")].toInteger());
        QCOMPARE(deal[QStringLiteral("client")][QStringLiteral("name")].toString(),
                 QStringLiteral("Пётр Новый"));
        const QJsonObject order = deal[QStringLiteral("order")].toObject();
        QCOMPARE(order[QStringLiteral("id")].toInteger(),
                 answer[QStringLiteral("order_id")].toInteger());
        QCOMPARE(order[QStringLiteral("status")].toString(), QStringLiteral("new"));
        QCOMPARE(order[QStringLiteral("type")].toString(), QStringLiteral("individual"));
        QCOMPARE(order[QStringLiteral("source")].toString(), QStringLiteral("Яндекс Директ"));
        QCOMPARE(order[QStringLiteral("medium")].toString(), QStringLiteral("cpc"));
        QCOMPARE(order[QStringLiteral("utm_source")].toString(), QStringLiteral("yandex"));
        QCOMPARE(order[QStringLiteral("utm_medium")].toString(), QStringLiteral("cpc"));
        QCOMPARE(order[QStringLiteral("utm_campaign")].toString(), QStringLiteral("kids_spring"));
        QCOMPARE(order[QStringLiteral("utm_content")].toString(), QStringLiteral("ad7"));
        QCOMPARE(order[QStringLiteral("utm_term")].toString(),
                 QStringLiteral("английский для детей"));
        QCOMPARE(order[QStringLiteral("google_client_id")].toString(), QStringLiteral("123.456"));
        QCOMPARE(order[QStringLiteral("tags")].toString(), QStringLiteral("kids|trial"));
        const QJsonArray history = deal[QStringLiteral("stage_history")].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][QStringLiteral("stage_id")].toInteger(), 101);
        QCOMPARE(history[0][QStringLiteral("entered_at")].toString(), iso(kT0));

        const Response tracking
            = sb().http().get(QStringLiteral("/api/v1/deals/%1/call-tracking").arg(dealId));
        QCOMPARE(tracking.status, 200);
        QCOMPARE(tracking.json()[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
        QCOMPARE(tracking.json()[QStringLiteral("amount_kopecks")].toInteger(), 0);
        QCOMPARE(tracking.json()[QStringLiteral("external_id")].toString(), QStringLiteral("ct-1"));
        QCOMPARE(tracking.json()[QStringLiteral("created_at")].toString(), iso(kT0));
        QCOMPARE(tracking.json()[QStringLiteral("completed")].toBool(), false);
    }

    void newFormOfALegalEntity()
    {
        const QJsonObject answer
            = newLead(QStringLiteral("form"),
                      { { QStringLiteral("email"), QStringLiteral("  Office@Firma.Example  ") },
                        { QStringLiteral("form_request_id"), QStringLiteral("f-1") },
                        { QStringLiteral("client_type"), QStringLiteral("legal") } });
        QVERIFY(!answer.isEmpty());
        const QJsonObject deal = sb().deal(answer[QStringLiteral("deal_id")].toInteger());
        QCOMPARE(deal[QStringLiteral("type")].toString(), QStringLiteral("legal"));
        QCOMPARE(deal[QStringLiteral("order")][QStringLiteral("type")].toString(),
                 QStringLiteral("legal"));
        // A nameless client is named by its contact.
        QCOMPARE(deal[QStringLiteral("client")][QStringLiteral("name")].toString(),
                 QStringLiteral("office@firma.example"));
        const QJsonObject lead = sb().lead(answer[QStringLiteral("lead_id")].toInteger());
        QCOMPARE(lead[QStringLiteral("email")].toString(), QStringLiteral("office@firma.example"));
        QCOMPARE(lead[QStringLiteral("form_request_id")].toString(), QStringLiteral("f-1"));
        QVERIFY(lead[QStringLiteral("call_id")].isNull());
        const Response tracking = sb().http().get(QStringLiteral("/api/v1/deals/%1/call-tracking")
                                                      .arg(deal[QStringLiteral("id")].toInteger()));
        QCOMPARE(tracking.json()[QStringLiteral("external_id")].toString(), QStringLiteral("f-1"));
        QCOMPARE(tracking.json()[QStringLiteral("lead_kind")].toString(), QStringLiteral("form"));
    }

    // Seed 002: calls reuse a client with the same phone; forms one with the same phone or
    // e-mail. The duplicate rules are off here, so every lead is new.
    void clientReuse_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("reused");
        QTest::newRow("call, same phone in another spelling")
            << QStringLiteral("call") << QJsonObject { { QStringLiteral("phone"), kIvanPhone } }
            << true;
        QTest::newRow("call, other phone, same e-mail")
            << QStringLiteral("call")
            << QJsonObject { { QStringLiteral("phone"), freshPhone(1) },
                             { QStringLiteral("email"),
                               QStringLiteral("ivan.petrov@example.org") } }
            << false;
        QTest::newRow("form, same phone")
            << QStringLiteral("form")
            << QJsonObject { { QStringLiteral("phone"), QStringLiteral("84997654321") } } << true;
        QTest::newRow("form, other phone, same e-mail")
            << QStringLiteral("form")
            << QJsonObject { { QStringLiteral("phone"), freshPhone(2) },
                             { QStringLiteral("email"),
                               QStringLiteral("IVAN.PETROV@example.org") } }
            << true;
        QTest::newRow("form, nothing in common")
            << QStringLiteral("form")
            << QJsonObject { { QStringLiteral("email"), QStringLiteral("someone@else.example") } }
            << false;
    }

    void clientReuse()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(bool, reused);
        QVERIFY(sb().setDuplicates(
            { { QStringLiteral("by_phone"), false }, { QStringLiteral("by_email"), false } }));
        const QJsonObject answer = newLead(type, body);
        QVERIFY(!answer.isEmpty());
        QCOMPARE(answer[QStringLiteral("client_reused")].toBool(), reused);
        QCOMPARE(answer[QStringLiteral("client_id")].toInteger() == 151, reused); // Иван Петров
        // Every lead gets its own order and deal, reused client or not.
        QVERIFY(answer[QStringLiteral("order_id")].toInteger() > 0);
        QVERIFY(answer[QStringLiteral("deal_id")].toInteger() > 200);
    }

    void reusedClientGetsTheFormsEmail()
    {
        QVERIFY(sb().setDuplicates({ { QStringLiteral("by_phone"), false } }));
        const QJsonObject first
            = newLead(QStringLiteral("call"), { { QStringLiteral("phone"), freshPhone(3) } });
        const QJsonObject second
            = newLead(QStringLiteral("form"),
                      { { QStringLiteral("phone"), freshPhone(3) },
                        { QStringLiteral("email"), QStringLiteral("late@mail.example") } });
        QCOMPARE(second[QStringLiteral("client_id")], first[QStringLiteral("client_id")]);
        QCOMPARE(second[QStringLiteral("client_reused")].toBool(), true);
        const QJsonObject deal = sb().deal(second[QStringLiteral("deal_id")].toInteger());
        QCOMPARE(deal[QStringLiteral("client")][QStringLiteral("email")].toString(),
                 QStringLiteral("late@mail.example"));
    }

    void duplicateByPhoneAddsACommentOnly()
    {
        const qint64 deals = sb().dealCount();
        const Response response
            = sb().webhook(QStringLiteral("call"),
                           { { QStringLiteral("phone"), kIvanPhone },
                             { QStringLiteral("call_id"), QStringLiteral("ct-dup") } });
        QCOMPARE(response.status, 200);
        const QJsonObject answer = response.json();
        QCOMPARE(answer.keys(), // sorted
                 (QStringList { QStringLiteral("action"), QStringLiteral("deal_id"),
                                QStringLiteral("decision"), QStringLiteral("lead_id"),
                                QStringLiteral("matched_by") }));
        QCOMPARE(answer[QStringLiteral("decision")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(answer[QStringLiteral("deal_id")].toInteger(), 101);
        QCOMPARE(answer[QStringLiteral("action")].toString(), QStringLiteral("comment"));
        QCOMPARE(answer[QStringLiteral("matched_by")].toString(), QStringLiteral("phone"));
        QCOMPARE(sb().dealCount(), deals); // no deal, no order, no client

        const qint64 leadId = answer[QStringLiteral("lead_id")].toInteger();
        const QJsonObject lead = sb().lead(leadId);
        QCOMPARE(lead[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(lead[QStringLiteral("duplicate_of_deal")].toInteger(), 101);
        QCOMPARE(lead[QStringLiteral("comment")].toString(),
                 QStringLiteral("Duplicate of deal 101"));
        QCOMPARE(lead[QStringLiteral("client_id")].toInteger(), 151);
        QVERIFY(lead[QStringLiteral("deal_id")].isNull());

        const QJsonObject deal = sb().deal(101);
        const QJsonArray comments = deal[QStringLiteral("comments")].toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments[0][QStringLiteral("lead_id")].toInteger(), leadId);
        QVERIFY(comments[0][QStringLiteral("text")].toString().contains(
            QLatin1String("+7 (499) 765-43-21")));
        QVERIFY(deal[QStringLiteral("tasks")].toArray().isEmpty());
        // The duplicate has no call-tracking record of its own; the deal keeps its state.
        QCOMPARE(deal[QStringLiteral("version")].toInteger(), 1);
    }

    void duplicateByEmail()
    {
        const Response response = sb().webhook(QStringLiteral("form"),
                                               { { QStringLiteral("email"), kMariaEmail.toUpper() },
                                                 { QStringLiteral("phone"), freshPhone(4) } });
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()[QStringLiteral("deal_id")].toInteger(), 102);
        QCOMPARE(response.json()[QStringLiteral("matched_by")].toString(), QStringLiteral("email"));
    }

    // Each rule off: the same lead is then new (and still reuses the client it belongs to).
    void eachRuleSwitchedOff_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qint64>("deal");
        QTest::addColumn<qint64>("client");
        QTest::newRow("phone") << QStringLiteral("call")
                               << QJsonObject { { QStringLiteral("phone"), kIvanPhone } }
                               << QStringLiteral("by_phone") << qint64(101) << qint64(151);
        QTest::newRow("email") << QStringLiteral("form")
                               << QJsonObject { { QStringLiteral("email"), kMariaEmail } }
                               << QStringLiteral("by_email") << qint64(102) << qint64(152);
    }

    void eachRuleSwitchedOff()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(QString, rule);
        QFETCH(qint64, deal);
        QFETCH(qint64, client);
        // On (the demo's settings): a duplicate.
        const Response on = sb().webhook(type, body);
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json()[QStringLiteral("deal_id")].toInteger(), deal);
        // Off: new, in the same client.
        QVERIFY(sb().setDuplicates({ { rule, false } }));
        const Response off = sb().webhook(type, body);
        QCOMPARE(off.status, 201);
        QCOMPARE(off.json()[QStringLiteral("client_id")].toInteger(), client);
        // Both off: nothing is ever a duplicate.
        QVERIFY(sb().setDuplicates(
            { { QStringLiteral("by_phone"), false }, { QStringLiteral("by_email"), false } }));
        QCOMPARE(sb().webhook(type, body).status, 201);
    }

    void taskOrCommentAsSet()
    {
        QVERIFY(sb().setDuplicates({ { QStringLiteral("action"), QStringLiteral("task") } }));
        const Response response
            = sb().webhook(QStringLiteral("form"), { { QStringLiteral("email"), kMariaEmail } });
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()[QStringLiteral("action")].toString(), QStringLiteral("task"));
        const QJsonObject deal = sb().deal(102);
        const QJsonArray tasks = deal[QStringLiteral("tasks")].toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0][QStringLiteral("lead_id")].toInteger(),
                 response.json()[QStringLiteral("lead_id")].toInteger());
        QCOMPARE(tasks[0][QStringLiteral("status")].toString(), QStringLiteral("open"));
        QCOMPARE(tasks[0][QStringLiteral("created_by")].toString(), QStringLiteral("u-agent"));
        QVERIFY(deal[QStringLiteral("comments")].toArray().isEmpty());
        // And back to comments.
        QVERIFY(sb().setDuplicates({ { QStringLiteral("action"), QStringLiteral("comment") } }));
        QCOMPARE(sb().webhook(QStringLiteral("form"), { { QStringLiteral("email"), kMariaEmail } })
                     .json()[QStringLiteral("action")]
                     .toString(),
                 QStringLiteral("comment"));
        QCOMPARE(sb().deal(102)[QStringLiteral("comments")].toArray().size(), 1);
        QCOMPARE(sb().deal(102)[QStringLiteral("tasks")].toArray().size(), 1);
    }

    // Deal 103 of Олег Закрытов is finished: a duplicate only when closed deals count too.
    void onlyInProcessing()
    {
        const QJsonObject call { { QStringLiteral("phone"), kOlegPhone } };
        const Response open = sb().webhook(QStringLiteral("call"), call);
        QCOMPARE(open.status, 201);
        QCOMPARE(open.json()[QStringLiteral("client_id")].toInteger(), 153);
        QVERIFY(sb().setDuplicates({ { QStringLiteral("only_in_processing"), false } }));
        // Now the newest deal of the client wins: the one just created.
        const Response any = sb().webhook(QStringLiteral("call"), call);
        QCOMPARE(any.status, 200);
        QCOMPARE(any.json()[QStringLiteral("deal_id")], open.json()[QStringLiteral("deal_id")]);
    }

    void onlyInProcessingCountsClosedDeals()
    {
        QVERIFY(sb().setDuplicates({ { QStringLiteral("only_in_processing"), false } }));
        const Response response
            = sb().webhook(QStringLiteral("call"), { { QStringLiteral("phone"), kOlegPhone } });
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()[QStringLiteral("deal_id")].toInteger(), 103);
    }

    // A deal created at T0 counts for a lead at T0 + period exactly, not 1 ms later; period 0
    // means 90 days.
    void periodBoundaries_data()
    {
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("extraMs");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("10 days, last day") << 10 << 10 << 0 << true;
        QTest::newRow("10 days, first day") << 10 << 0 << 0 << true;
        QTest::newRow("10 days, 1 ms after") << 10 << 10 << 1 << false;
        QTest::newRow("0 = 90 days, last day") << 0 << 90 << 0 << true;
        QTest::newRow("0 = 90 days, 1 ms after") << 0 << 90 << 1 << false;
        QTest::newRow("0 = 90 days, day 89") << 0 << 89 << 0 << true;
        QTest::newRow("1 day, 1 ms after") << 1 << 1 << 1 << false;
    }

    void periodBoundaries()
    {
        QFETCH(int, periodDays);
        QFETCH(int, days);
        QFETCH(int, extraMs);
        QFETCH(bool, duplicate);
        QVERIFY(sb().setDuplicates({ { QStringLiteral("period_days"), periodDays } }));
        const QString phone = freshPhone(100 + periodDays * 10 + days);
        const QJsonObject first = newLead(
            QStringLiteral("call"),
            { { QStringLiteral("phone"), phone }, { QStringLiteral("received_at"), iso(kT0) } });
        QVERIFY(!first.isEmpty());
        const Response second = sb().webhook(
            QStringLiteral("call"),
            { { QStringLiteral("phone"), phone },
              { QStringLiteral("received_at"), iso(kT0.addDays(days).addMSecs(extraMs)) } });
        QCOMPARE(second.status, duplicate ? 200 : 201);
        if (duplicate)
            QCOMPARE(second.json()[QStringLiteral("deal_id")], first[QStringLiteral("deal_id")]);
    }

    // The demo's deal 104 is 100 days old: outside the default 90 days, inside 101.
    void demoDealOutsideTheDefaultPeriod()
    {
        const QJsonObject call { { QStringLiteral("phone"), kNinaPhone } };
        const Response outside = sb().webhook(QStringLiteral("call"), call);
        QCOMPARE(outside.status, 201);
        QCOMPARE(outside.json()[QStringLiteral("client_id")].toInteger(), 154);
    }

    void demoDealInsideALongerPeriod()
    {
        QVERIFY(sb().setDuplicates({ { QStringLiteral("period_days"), 101 } }));
        const Response inside
            = sb().webhook(QStringLiteral("call"), { { QStringLiteral("phone"), kNinaPhone } });
        QCOMPARE(inside.status, 200);
        QCOMPARE(inside.json()[QStringLiteral("deal_id")].toInteger(), 104);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("call without phone")
            << QStringLiteral("call") << QByteArray(R"({"name":"X"})") << QStringLiteral("phone");
        QTest::newRow("call with only e-mail")
            << QStringLiteral("call") << QByteArray(R"({"email":"a@b.example"})")
            << QStringLiteral("phone");
        QTest::newRow("form without contact")
            << QStringLiteral("form") << QByteArray(R"({"name":"X"})") << QStringLiteral("phone");
        QTest::newRow("empty body")
            << QStringLiteral("call") << QByteArray("{}") << QStringLiteral("phone");
        QTest::newRow("short phone") << QStringLiteral("call") << QByteArray(R"({"phone":"12345"})")
                                     << QStringLiteral("phone");
        QTest::newRow("letters in phone")
            << QStringLiteral("call") << QByteArray(R"({"phone":"+7 499 ABC 43 21"})")
            << QStringLiteral("phone");
        QTest::newRow("phone not text")
            << QStringLiteral("call") << QByteArray(R"({"phone":74997654321})")
            << QStringLiteral("phone");
        QTest::newRow("bad e-mail")
            << QStringLiteral("form") << QByteArray(R"({"email":"not-an-email"})")
            << QStringLiteral("email");
        QTest::newRow("unknown key")
            << QStringLiteral("call") << QByteArray(R"({"phone":"84997654321","colour":"red"})")
            << QStringLiteral("colour");
        QTest::newRow("tags not a list")
            << QStringLiteral("form") << QByteArray(R"({"email":"a@b.example","tags":"a|b"})")
            << QStringLiteral("tags");
        QTest::newRow("tag with bar")
            << QStringLiteral("form") << QByteArray(R"({"email":"a@b.example","tags":["a|b"]})")
            << QStringLiteral("tags");
        QTest::newRow("bad received_at")
            << QStringLiteral("call")
            << QByteArray(R"({"phone":"84997654321","received_at":"yesterday"})")
            << QStringLiteral("received_at");
        QTest::newRow("bad client_type")
            << QStringLiteral("call")
            << QByteArray(R"({"phone":"84997654321","client_type":"company"})")
            << QStringLiteral("client_type");
        QTest::newRow("name not text")
            << QStringLiteral("call") << QByteArray(R"({"phone":"84997654321","name":5})")
            << QStringLiteral("name");
        QTest::newRow("utm too long")
            << QStringLiteral("call")
            << QByteArray(R"({"phone":"84997654321","utm_term":")") + QByteArray(501, 'x') + "\"}"
            << QStringLiteral("utm_term");
        QTest::newRow("type of the other webhook")
            << QStringLiteral("call") << QByteArray(R"({"type":"form","phone":"84997654321"})")
            << QStringLiteral("type");
        QTest::newRow("type not text")
            << QStringLiteral("form") << QByteArray(R"({"type":1,"email":"a@b.example"})")
            << QStringLiteral("type");
    }

    void badInput()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = sb().lastSeq();
        const Response response = sb().http().send(
            "POST", QStringLiteral("/api/v1/webhooks/leads/") + type, test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(errorField(response), field);
        QCOMPARE(sb().lastSeq(), before); // nothing stored
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no Idempotency-Key") << QByteArray("application/json") << QByteArray()
                                            << QByteArray(R"({"phone":"84997654321"})") << 400
                                            << QStringLiteral("idempotency_key_required");
        QTest::newRow("malformed JSON")
            << QByteArray("application/json") << QByteArray("k") << QByteArray(R"({"phone":)")
            << 400 << QStringLiteral("malformed_json");
        QTest::newRow("array") << QByteArray("application/json") << QByteArray("k")
                               << QByteArray("[]") << 400 << QStringLiteral("body_not_object");
        QTest::newRow("text") << QByteArray("text/plain") << QByteArray("k")
                              << QByteArray(R"({"phone":"84997654321"})") << 400
                              << QStringLiteral("unsupported_content_type");
    }

    void badRequests()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Headers headers { { "Content-Type", contentType } };
        for (const QString &path : { QStringLiteral("/api/v1/webhooks/leads/call"),
                                     QStringLiteral("/api/v1/webhooks/leads/form"),
                                     QStringLiteral("/api/v1/leads/duplicate-check") }) {
            Headers withKey = headers;
            if (!key.isEmpty())
                withKey.append({ "Idempotency-Key", key + newKey() });
            const Response response
                = sb().http().send("POST", path, test::kAgentToken, body, withKey);
            QCOMPARE(response.status, status);
            QVERIFY2(response.isError(code), response.body.constData());
        }
        const Response anonymous = sb().http().send(
            "POST", QStringLiteral("/api/v1/webhooks/leads/call"), {}, body, headers);
        QCOMPARE(anonymous.status, 401);
    }

    void replayOfAWebhook()
    {
        const QJsonObject body { { QStringLiteral("phone"), freshPhone(7) },
                                 { QStringLiteral("call_id"), QStringLiteral("ct-replay") } };
        const qint64 before = sb().lastSeq();
        const Response first = sb().webhook(QStringLiteral("call"), body, "replay-key");
        QCOMPARE(first.status, 201);
        const Response again = sb().webhook(QStringLiteral("call"), body, "replay-key");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Location"), first.header("Location"));
        QCOMPARE(sb().lastSeq(), before + 1); // one lead
        // The same key with another body is refused.
        QJsonObject other = body;
        other.insert(QStringLiteral("name"), QStringLiteral("Другой"));
        const Response reused = sb().webhook(QStringLiteral("call"), other, "replay-key");
        QCOMPARE(reused.status, 422);
        QVERIFY(reused.isError(QStringLiteral("idempotency_key_reused")));
        // The same call under another key: known already, nothing new.
        const Response resent = sb().webhook(QStringLiteral("call"), body);
        QCOMPARE(resent.status, 409);
        QVERIFY2(resent.isError(QStringLiteral("lead_exists")), resent.body.constData());
        QCOMPARE(errorField(resent), QStringLiteral("call_id"));
        QCOMPARE(resent.header("Location"), first.header("Location"));
        QCOMPARE(sb().lastSeq(), before + 1);
        // A duplicate replays as a duplicate, and adds one comment only.
        const QJsonObject dup { { QStringLiteral("phone"), kIvanPhone } };
        const Response d1 = sb().webhook(QStringLiteral("call"), dup, "dup-key");
        const Response d2 = sb().webhook(QStringLiteral("call"), dup, "dup-key");
        QCOMPARE(d1.status, 200);
        QCOMPARE(d2.body, d1.body);
        QCOMPARE(sb().deal(101)[QStringLiteral("comments")].toArray().size(), 1);
    }

    void formRequestIdIsKnownToo()
    {
        const QJsonObject body { { QStringLiteral("email"), QStringLiteral("x@y.example") },
                                 { QStringLiteral("form_request_id"), QStringLiteral("f-77") } };
        QCOMPARE(sb().webhook(QStringLiteral("form"), body).status, 201);
        const Response again = sb().webhook(QStringLiteral("form"), body);
        QCOMPARE(again.status, 409);
        QCOMPARE(errorField(again), QStringLiteral("form_request_id"));
        // The demo's own form lead 1 has form-00001.
        QJsonObject demo = body;
        demo.insert(QStringLiteral("form_request_id"), QStringLiteral("form-00001"));
        QCOMPARE(sb().webhook(QStringLiteral("form"), demo).status, 409);
    }

    void duplicateCheck_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<qint64>("deal"); // 0: none
        QTest::addColumn<QString>("matchedBy");
        QTest::addColumn<qint64>("client"); // 0: none
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("phone of deal 101")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                             { QStringLiteral("phone"), kIvanPhone } }
            << qint64(101) << QStringLiteral("phone") << qint64(151) << QStringList();
        QTest::newRow("e-mail of deal 102, phone still being typed")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("form") },
                             { QStringLiteral("email"), kMariaEmail },
                             { QStringLiteral("phone"), QStringLiteral("+7 9") } }
            << qint64(102) << QStringLiteral("email") << qint64(152)
            << QStringList { QStringLiteral("phone") };
        QTest::newRow("call by e-mail only: no phone yet")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                             { QStringLiteral("email"), kMariaEmail } }
            << qint64(102) << QStringLiteral("email") << qint64(0)
            << QStringList { QStringLiteral("phone") };
        QTest::newRow("finished deal 103: client only")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                             { QStringLiteral("phone"), kOlegPhone } }
            << qint64(0) << QString() << qint64(153) << QStringList();
        QTest::newRow("nothing known, bad e-mail")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("form") },
                             { QStringLiteral("email"), QStringLiteral("half@") },
                             { QStringLiteral("colour"), QStringLiteral("red") } }
            << qint64(0) << QString() << qint64(0)
            << QStringList { QStringLiteral("colour"), QStringLiteral("email") };
    }

    void duplicateCheck()
    {
        QFETCH(QJsonObject, body);
        QFETCH(qint64, deal);
        QFETCH(QString, matchedBy);
        QFETCH(qint64, client);
        QFETCH(QStringList, problems);
        const qint64 before = sb().lastSeq();
        const qint64 deals = sb().dealCount();
        const Response response = sb().post(QStringLiteral("/api/v1/leads/duplicate-check"), body);
        QCOMPARE(response.status, 200);
        const QJsonObject answer = response.json();
        QCOMPARE(answer.keys(),
                 (QStringList { QStringLiteral("client"), QStringLiteral("duplicate"),
                                QStringLiteral("problems") }));
        if (deal) {
            QCOMPARE(answer[QStringLiteral("duplicate")][QStringLiteral("deal_id")].toInteger(),
                     deal);
            QCOMPARE(answer[QStringLiteral("duplicate")][QStringLiteral("matched_by")].toString(),
                     matchedBy);
            QVERIFY(!answer[QStringLiteral("duplicate")][QStringLiteral("client_name")]
                         .toString()
                         .isEmpty());
        } else {
            QVERIFY(answer[QStringLiteral("duplicate")].isNull());
        }
        if (client)
            QCOMPARE(answer[QStringLiteral("client")][QStringLiteral("id")].toInteger(), client);
        else
            QVERIFY(answer[QStringLiteral("client")].isNull());
        QStringList fields;
        for (const QJsonValue &problem : answer[QStringLiteral("problems")].toArray()) {
            fields << problem[QStringLiteral("field")].toString();
            QVERIFY(!problem[QStringLiteral("message")].toString().isEmpty());
        }
        QCOMPARE(fields, problems);
        // Nothing changed.
        QCOMPARE(sb().lastSeq(), before);
        QCOMPARE(sb().dealCount(), deals);
        QVERIFY(sb().deal(101)[QStringLiteral("comments")].toArray().isEmpty());
    }

    void duplicateCheckFollowsTheSettings()
    {
        const QJsonObject body { { QStringLiteral("type"), QStringLiteral("call") },
                                 { QStringLiteral("phone"), kIvanPhone } };
        QVERIFY(sb().setDuplicates({ { QStringLiteral("by_phone"), false } }));
        const Response response = sb().post(QStringLiteral("/api/v1/leads/duplicate-check"), body);
        QCOMPARE(response.status, 200);
        QVERIFY(response.json()[QStringLiteral("duplicate")].isNull());
        QCOMPARE(response.json()[QStringLiteral("client")][QStringLiteral("id")].toInteger(), 151);
    }

    void duplicateCheckNeedsAType_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("missing") << QJsonObject { { QStringLiteral("phone"), kIvanPhone } };
        QTest::newRow("unknown") << QJsonObject { { QStringLiteral("type"),
                                                    QStringLiteral("sms") } };
        QTest::newRow("number") << QJsonObject { { QStringLiteral("type"), 1 } };
    }

    void duplicateCheckNeedsAType()
    {
        QFETCH(QJsonObject, body);
        const Response response = sb().post(QStringLiteral("/api/v1/leads/duplicate-check"), body);
        QCOMPARE(response.status, 422);
        QVERIFY(response.isError(QStringLiteral("validation_failed")));
        QCOMPARE(errorField(response), QStringLiteral("type"));
    }
};

QTEST_GUILESS_MAIN(LeadsIntakeTest)
#include "tst_leads_intake.moc"
