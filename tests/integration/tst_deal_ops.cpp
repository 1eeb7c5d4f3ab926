#include "core/leads/Funnel.h"
#include "core/leads/LeadInput.h"
#include "crm/CrmClient.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "operations/leads/Deals.h"
#include "operations/leads/Funnels.h"
#include "operations/leads/LeadIntake.h"
#include "support/Await.h"
#include "support/CrmTestCalls.h"
#include "support/JsonEdit.h"
#include "support/SandboxProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

// A deal as the CRM answers it, every field the reader looks at filled in.
QJsonObject dealJson()
{
    const QJsonObject entry {
        { QStringLiteral("stage_id"), 101 },
        { QStringLiteral("stage_name"), QStringLiteral("Новая") },
        { QStringLiteral("entered_at"), QStringLiteral("2026-11-20T10:00:00.000Z") },
        { QStringLiteral("amount_kopecks"), 1190000 },
        { QStringLiteral("is_generated"), false },
        { QStringLiteral("employee"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("u-agent") },
                        { QStringLiteral("display_name"), QStringLiteral("Анна Смирнова") } } }
    };
    QJsonObject fixture = entry;
    fixture.insert(QStringLiteral("amount_kopecks"), QJsonValue(QJsonValue::Null));
    fixture.insert(QStringLiteral("employee"), QJsonValue(QJsonValue::Null));
    fixture.insert(QStringLiteral("is_generated"), true);
    return QJsonObject {
        { QStringLiteral("id"), 42 },
        { QStringLiteral("funnel_id"), 1 },
        { QStringLiteral("status"), QStringLiteral("new") },
        { QStringLiteral("amount_kopecks"), 1190000 },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("client"),
          QJsonObject { { QStringLiteral("id"), 7 },
                        { QStringLiteral("name"), QStringLiteral("Пётр Сделкин") } } },
        { QStringLiteral("stage"),
          QJsonObject { { QStringLiteral("id"), 101 },
                        { QStringLiteral("name"), QStringLiteral("Новая") },
                        { QStringLiteral("kind"), QStringLiteral("in_process") },
                        { QStringLiteral("sort_order"), 10 } } },
        { QStringLiteral("stage_history"), QJsonArray { fixture, entry } },
    };
}

} // namespace

// The deal operations of issue 4 §4 (app/operations/leads/Deals) against a real crm-sandbox:
// reading a deal with its history, moving it (the CRM records time, stage, amount, employee),
// the status a success stage gives, a stale If-Match, a stage of another funnel, and the
// "deal.move" audit event of each move, delivered to the CRM.
class TestDealOps final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ops::Session> m_session; // the agent's
    ops::FunnelInfo m_funnel; // the default one, where webhook deals start
    ops::FunnelInfo m_otherFunnel;

    crm::CrmClient *crm() const { return m_session->client(); }

    // A new deal of its own for a test, from a call lead: its id (0 on failure).
    qint64 newDeal(const QString &phone, const QString &callId)
    {
        const QJsonObject json { { QStringLiteral("type"), QStringLiteral("call") },
                                 { QStringLiteral("phone"), phone },
                                 { QStringLiteral("call_id"), callId },
                                 { QStringLiteral("name"), QStringLiteral("Сделка ") + callId } };
        leads::FieldError error;
        const std::optional<leads::LeadInput> call = leads::LeadInput::fromJson(json, &error);
        if (!call) {
            qWarning("test lead invalid: %s", qPrintable(error.field));
            return 0;
        }
        const auto intake = await<ops::LeadIntakeResult>([&](QObject *context, auto done) {
            ops::intakeLead(crm(), *call, context, std::move(done));
        });
        if (!intake.result || !intake.result->ok()
            || intake.result->decision->kind != ops::LeadDecision::Kind::New) {
            qWarning("intake failed: %s",
                     qPrintable(intake.result ? describe(intake.result->error) : QString()));
            return 0;
        }
        return intake.result->decision->dealId;
    }

    ops::DealResult load(qint64 dealId)
    {
        const auto loaded = await<ops::DealResult>([&](QObject *context, auto done) {
            ops::loadDeal(crm(), dealId, context, std::move(done));
        });
        if (loaded.calls != 1)
            qWarning("loadDeal delivered %d times", loaded.calls);
        return loaded.calls == 1 ? *loaded.result : ops::DealResult {};
    }

    ops::DealResult move(const ops::Deal &current, qint64 stageId,
                         std::optional<qint64> amount = std::nullopt)
    {
        const auto moved = await<ops::DealResult>([&](QObject *context, auto done) {
            ops::moveDeal(ops::Actor::of(*m_session), crm(), current, stageId, amount, context,
                          std::move(done));
        });
        if (moved.calls != 1)
            qWarning("moveDeal delivered %d times", moved.calls);
        return moved.calls == 1 ? *moved.result : ops::DealResult {};
    }

    // The default funnel's `nth` stage of `kind` (id 0 when there is none).
    leads::Stage stageOf(leads::StageKind kind, int nth = 0) const
    {
        for (const leads::Stage &stage : m_funnel.stages) {
            if (stage.kind == kind && nth-- == 0)
                return stage;
        }
        return {};
    }

    // The deal as the CRM has it, read raw (not through dealFromJson) by a team lead.
    QJsonObject rawDeal(qint64 dealId) const
    {
        auto lead = clientFor(m_sandbox.url(), kLeadToken);
        const crm::CrmResult result
            = call(*lead, getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)));
        return result.ok() ? result.body.toObject() : QJsonObject {};
    }

    // The stored "deal.move" events of one deal, read as a team lead page by page.
    QList<QJsonObject> moveEvents(qint64 dealId) const
    {
        auto lead = clientFor(m_sandbox.url(), kLeadToken);
        QList<QJsonObject> found;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            crm::CrmRequest request = getOf(QStringLiteral("/api/v1/audit/events"));
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            const crm::CrmResult result = call(*lead, request);
            if (!result.ok())
                return {};
            for (const QJsonValue &item : result.body[QLatin1String("items")].toArray()) {
                const QJsonObject event = item.toObject();
                if (event[QLatin1String("action")] == QLatin1String("deal.move")
                    && event[QLatin1String("entity_ids")].toArray().contains(
                        QString::number(dealId)))
                    found << event;
            }
            cursor = result.body[QLatin1String("next_cursor")].toString();
            if (cursor.isEmpty())
                break;
        }
        return found;
    }

    QList<QJsonObject> awaitMoveEvents(qint64 dealId, int count) const
    {
        QList<QJsonObject> events;
        (void)QTest::qWaitFor(
            [&] {
                events = moveEvents(dealId);
                return events.size() >= count;
            },
            kWaitMs);
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        ops::SessionOptions options;
        options.crmUrl = m_sandbox.url();
        options.token = kAgentToken;
        options.auditOutboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        QString failure;
        QEventLoop loop;
        QObject starter;
        ops::startSession(options, &starter, [&](ops::SessionStartResult result) {
            m_session = std::move(result.session);
            failure = result.message;
            loop.quit();
        });
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(m_session, qPrintable(failure));

        const auto funnels = await<ops::FunnelsResult>([&](QObject *context, auto done) {
            ops::listFunnels(crm(), context, std::move(done));
        });
        QVERIFY(funnels.result);
        QVERIFY2(funnels.result->ok(), qPrintable(describe(funnels.result->error)));
        for (const ops::FunnelInfo &funnel : funnels.result->funnels) {
            if (funnel.isDefault)
                m_funnel = funnel;
            else if (m_otherFunnel.id == 0)
                m_otherFunnel = funnel;
        }
        QVERIFY(m_funnel.id > 0 && m_otherFunnel.id > 0);
        QVERIFY(stageOf(leads::StageKind::InProcess, 2).id > 0);
        QVERIFY(stageOf(leads::StageKind::Success).id > 0);
        QVERIFY(stageOf(leads::StageKind::Failed).id > 0);
    }

    void dealFromJsonReadsTheContractsDeal()
    {
        QString problem;
        const std::optional<ops::Deal> deal = ops::dealFromJson(dealJson(), &problem);
        QVERIFY2(deal, qPrintable(problem));
        QCOMPARE(deal->id, 42);
        QCOMPARE(deal->funnelId, 1);
        QCOMPARE(deal->stageId, 101);
        QCOMPARE(deal->stageName, QStringLiteral("Новая"));
        QCOMPARE(deal->stageKind, leads::StageKind::InProcess);
        QCOMPARE(deal->status, QStringLiteral("new"));
        QCOMPARE(deal->amountKopecks, 1190000);
        QCOMPARE(deal->clientName, QStringLiteral("Пётр Сделкин"));
        QCOMPARE(deal->etag, QByteArray("\"deal-42-v3\""));
        QCOMPARE(deal->history.size(), 2);
        QVERIFY(!deal->history.at(0).amountKopecks); // null: not known, not zero
        QVERIFY(deal->history.at(0).employeeId.isEmpty());
        QVERIFY(deal->history.at(0).isGenerated);
        const ops::DealStageEntry &entry = deal->history.at(1);
        QCOMPARE(entry.amountKopecks, std::optional<qint64>(1190000));
        QCOMPARE(entry.employeeId, QStringLiteral("u-agent"));
        QCOMPARE(entry.employeeName, QStringLiteral("Анна Смирнова"));
        QCOMPARE(entry.enteredAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(entry.enteredAt.timeSpec(), Qt::UTC);

        QJsonObject noClient = dealJson();
        noClient.remove(QStringLiteral("client"));
        const std::optional<ops::Deal> anonymous = ops::dealFromJson(noClient, &problem);
        QVERIFY2(anonymous, qPrintable(problem));
        QVERIFY(anonymous->clientName.isEmpty());
    }

    void dealFromJsonNamesTheBadField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined); // the key removed
        QTest::newRow("no id") << "id" << missing << "id";
        QTest::newRow("id as text") << "id" << QJsonValue(QStringLiteral("42")) << "id";
        QTest::newRow("no funnel") << "funnel_id" << missing << "funnel_id";
        QTest::newRow("status null") << "status" << QJsonValue(QJsonValue::Null) << "status";
        QTest::newRow("negative amount") << "amount_kopecks" << QJsonValue(-1) << "amount_kopecks";
        QTest::newRow("fractional amount")
            << "amount_kopecks" << QJsonValue(10.5) << "amount_kopecks";
        QTest::newRow("no version") << "version" << missing << "version";
        QTest::newRow("client a string") << "client" << QJsonValue(QStringLiteral("x")) << "client";
        QTest::newRow("no stage") << "stage" << missing << "stage";
        QTest::newRow("stage id") << "stage.id" << QJsonValue(0) << "stage.id";
        QTest::newRow("stage kind")
            << "stage.kind" << QJsonValue(QStringLiteral("won")) << "stage.kind";
        QTest::newRow("no history") << "stage_history" << missing << "stage_history";
        QTest::newRow("history item") << "stage_history.1" << QJsonValue(5) << "stage_history[1]";
        QTest::newRow("entered_at")
            << "stage_history.1.entered_at" << QJsonValue(QStringLiteral("yesterday"))
            << "stage_history[1].entered_at";
        QTest::newRow("history amount")
            << "stage_history.1.amount_kopecks" << QJsonValue(QStringLiteral("100"))
            << "stage_history[1].amount_kopecks";
        QTest::newRow("history amount missing")
            << "stage_history.1.amount_kopecks" << missing << "stage_history[1].amount_kopecks";
        QTest::newRow("employee") << "stage_history.1.employee" << QJsonValue(QStringLiteral("u"))
                                  << "stage_history[1].employee";
        QTest::newRow("employee name") << "stage_history.1.employee.display_name" << missing
                                       << "stage_history[1].employee.display_name";
        QTest::newRow("generated")
            << "stage_history.0.is_generated" << QJsonValue(1) << "stage_history[0].is_generated";
    }

    void dealFromJsonNamesTheBadField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject json
            = changed(dealJson(), path.split(QLatin1Char('.')), value).toObject();
        QString problem;
        const std::optional<ops::Deal> deal = ops::dealFromJson(json, &problem);
        QVERIFY(!deal);
        QVERIFY2(problem.startsWith(field + QStringLiteral(": expected")), qPrintable(problem));
    }

    void loadsADealWithItsHistory()
    {
        const qint64 id = newDeal(QStringLiteral("+7 915 800-10-01"), QStringLiteral("deal-load"));
        QVERIFY(id > 0);
        const ops::DealResult loaded = load(id);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));
        const ops::Deal &deal = *loaded.deal;
        const std::optional<leads::Stage> first = leads::firstInProcessStage(m_funnel.stages);
        QVERIFY(first);
        QCOMPARE(deal.id, id);
        QCOMPARE(deal.funnelId, m_funnel.id);
        QCOMPARE(deal.stageId, first->id);
        QCOMPARE(deal.stageName, first->name);
        QCOMPARE(deal.stageKind, leads::StageKind::InProcess);
        QCOMPARE(deal.clientName, QStringLiteral("Сделка deal-load"));
        const QJsonObject raw = rawDeal(id);
        QCOMPARE(deal.status, raw[QLatin1String("status")].toString());
        QCOMPARE(deal.amountKopecks, raw[QLatin1String("amount_kopecks")].toInteger());
        QCOMPARE(deal.history.size(), raw[QLatin1String("stage_history")].toArray().size());
        QVERIFY(!deal.history.isEmpty());
        QCOMPARE(deal.history.last().stageId, first->id);
        QVERIFY(deal.etag.startsWith("\"deal-"));

        const ops::DealResult missing = load(99999999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->kind, crm::ErrorKind::NotFound);
        QVERIFY(!missing.message.isEmpty());
    }

    void moveRecordsTheTransition()
    {
        const qint64 id = newDeal(QStringLiteral("+7 915 800-20-01"), QStringLiteral("deal-move"));
        QVERIFY(id > 0);
        const ops::DealResult loaded = load(id);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));
        const leads::Stage target = stageOf(leads::StageKind::InProcess, 1);
        QVERIFY(target.id != loaded.deal->stageId);
        const qint64 amount = loaded.deal->amountKopecks + 123457;

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const ops::DealResult moved = move(*loaded.deal, target.id, amount);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY2(moved.ok(), qPrintable(describe(moved.error)));
        QCOMPARE(moved.deal->stageId, target.id);
        QCOMPARE(moved.deal->stageName, target.name);
        QCOMPARE(moved.deal->amountKopecks, amount);
        QVERIFY(moved.deal->etag != loaded.deal->etag);
        QCOMPARE(moved.deal->history.size(), loaded.deal->history.size() + 1);

        // What the CRM stores, read raw: the new entry's time, stage, amount and employee.
        const QJsonObject raw = rawDeal(id);
        QCOMPARE(raw[QLatin1String("stage")][QLatin1String("id")].toInteger(), target.id);
        const QJsonArray history = raw[QLatin1String("stage_history")].toArray();
        QCOMPARE(history.size(), loaded.deal->history.size() + 1);
        const QJsonObject entry = history.last().toObject();
        QCOMPARE(entry[QLatin1String("stage_id")].toInteger(), target.id);
        QCOMPARE(entry[QLatin1String("amount_kopecks")].toInteger(), amount);
        QCOMPARE(entry[QLatin1String("employee")][QLatin1String("id")].toString(),
                 m_session->user().id);
        QCOMPARE(entry[QLatin1String("employee")][QLatin1String("display_name")].toString(),
                 m_session->user().displayName);
        QCOMPARE(entry[QLatin1String("is_generated")].toBool(), false);
        const QDateTime entered = QDateTime::fromString(
            entry[QLatin1String("entered_at")].toString(), Qt::ISODateWithMs);
        QVERIFY2(entered >= before && entered <= after, qPrintable(entered.toString(Qt::ISODate)));
        // The operation's answer says the same.
        const ops::DealStageEntry &last = moved.deal->history.last();
        QCOMPARE(last.stageId, target.id);
        QCOMPARE(last.amountKopecks, std::optional<qint64>(amount));
        QCOMPARE(last.employeeId, m_session->user().id);
        QCOMPARE(last.enteredAt, entered.toUTC());

        // One "deal.move" event, ok, from the state the agent saw to the CRM's answer.
        const QList<QJsonObject> events = awaitMoveEvents(id, 1);
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first();
        QCOMPARE(event[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(event[QLatin1String("actor")].toString(), m_session->user().id);
        QCOMPARE(event[QLatin1String("entity_type")].toString(), QStringLiteral("deal"));
        const QJsonObject was = event[QLatin1String("before")].toObject();
        const QJsonObject now = event[QLatin1String("after")].toObject();
        QCOMPARE(was[QLatin1String("stage_id")].toInteger(), loaded.deal->stageId);
        QCOMPARE(was[QLatin1String("stage_name")].toString(), loaded.deal->stageName);
        QCOMPARE(was[QLatin1String("amount_kopecks")].toInteger(), loaded.deal->amountKopecks);
        QCOMPARE(was[QLatin1String("status")].toString(), loaded.deal->status);
        QCOMPARE(now[QLatin1String("stage_id")].toInteger(), target.id);
        QCOMPARE(now[QLatin1String("stage_name")].toString(), target.name);
        QCOMPARE(now[QLatin1String("amount_kopecks")].toInteger(), amount);
        QCOMPARE(now[QLatin1String("status")].toString(), moved.deal->status);
    }

    void aSuccessStageFinishesTheDeal()
    {
        const qint64 id = newDeal(QStringLiteral("+7 915 800-30-01"), QStringLiteral("deal-won"));
        QVERIFY(id > 0);
        const ops::DealResult loaded = load(id);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));
        QVERIFY(loaded.deal->status != QLatin1String("finished"));
        const leads::Stage won = stageOf(leads::StageKind::Success);
        const ops::DealResult moved = move(*loaded.deal, won.id); // amount kept
        QVERIFY2(moved.ok(), qPrintable(describe(moved.error)));
        QCOMPARE(moved.deal->stageKind, leads::StageKind::Success);
        QCOMPARE(moved.deal->status, QStringLiteral("finished"));
        QCOMPARE(moved.deal->amountKopecks, loaded.deal->amountKopecks);
        QCOMPARE(rawDeal(id)[QLatin1String("status")].toString(), QStringLiteral("finished"));
        QCOMPARE(moved.deal->history.last().amountKopecks,
                 std::optional<qint64>(loaded.deal->amountKopecks));

        // Lost after all: the failed stage cancels it.
        const ops::DealResult lost = move(*moved.deal, stageOf(leads::StageKind::Failed).id);
        QVERIFY2(lost.ok(), qPrintable(describe(lost.error)));
        QCOMPARE(lost.deal->status, QStringLiteral("cancelled"));
    }

    void aStaleEtagIsRefusedAndTheDealReloaded()
    {
        const qint64 id = newDeal(QStringLiteral("+7 915 800-40-01"), QStringLiteral("deal-412"));
        QVERIFY(id > 0);
        const ops::DealResult seen = load(id);
        QVERIFY2(seen.ok(), qPrintable(describe(seen.error)));
        // Someone else moves it meanwhile.
        const ops::DealResult other = move(*seen.deal, stageOf(leads::StageKind::InProcess, 1).id);
        QVERIFY2(other.ok(), qPrintable(describe(other.error)));

        const qint64 asked = stageOf(leads::StageKind::InProcess, 2).id;
        const ops::DealResult stale = move(*seen.deal, asked, 500000);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error->kind, crm::ErrorKind::PreconditionFailed);
        QVERIFY2(stale.message.contains(QLatin1String("changed this deal"))
                     && stale.message.contains(QLatin1String("reloaded")),
                 qPrintable(stale.message));
        QVERIFY(stale.reloaded);
        QCOMPARE(stale.reloaded->stageId, other.deal->stageId);
        QCOMPARE(stale.reloaded->etag, other.deal->etag);
        QCOMPARE(rawDeal(id)[QLatin1String("stage")][QLatin1String("id")].toInteger(),
                 other.deal->stageId);

        // Audited: the move that went through, and the refused one with what was asked.
        const QList<QJsonObject> events = awaitMoveEvents(id, 2);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0)[QLatin1String("result")].toString(), QStringLiteral("ok"));
        const QJsonObject failed = events.at(1);
        QCOMPARE(failed[QLatin1String("result")].toString(), QStringLiteral("failed"));
        QVERIFY(!failed[QLatin1String("message")].toString().isEmpty());
        QCOMPARE(failed[QLatin1String("before")][QLatin1String("stage_id")].toInteger(),
                 seen.deal->stageId);
        QCOMPARE(failed[QLatin1String("after")][QLatin1String("stage_id")].toInteger(), asked);
        QCOMPARE(failed[QLatin1String("after")][QLatin1String("amount_kopecks")].toInteger(),
                 500000);
    }

    void aStageOfAnotherFunnelIsRefused()
    {
        const qint64 id
            = newDeal(QStringLiteral("+7 915 800-50-01"), QStringLiteral("deal-funnel"));
        QVERIFY(id > 0);
        const ops::DealResult loaded = load(id);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));
        const std::optional<leads::Stage> foreign
            = leads::firstInProcessStage(m_otherFunnel.stages);
        QVERIFY(foreign);
        const ops::DealResult refused = move(*loaded.deal, foreign->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Validation);
        QCOMPARE(refused.error->field, QStringLiteral("stage_id"));
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(!refused.reloaded);
        QCOMPARE(rawDeal(id)[QLatin1String("stage")][QLatin1String("id")].toInteger(),
                 loaded.deal->stageId);
        const QList<QJsonObject> events = awaitMoveEvents(id, 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("failed"));
    }

    // The window that asked closed before the answer: nothing is delivered to it, but the move
    // the CRM made is audited all the same.
    void aDeadContextGetsNothingButTheMoveIsAudited()
    {
        const qint64 id = newDeal(QStringLiteral("+7 915 800-60-01"), QStringLiteral("deal-gone"));
        QVERIFY(id > 0);
        const ops::DealResult loaded = load(id);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.error)));
        const qint64 target = stageOf(leads::StageKind::InProcess, 1).id;
        int calls = 0;
        {
            QObject context;
            ops::moveDeal(ops::Actor::of(*m_session), crm(), *loaded.deal, target, std::nullopt,
                          &context, [&calls](const ops::DealResult &) { ++calls; });
        }
        const QList<QJsonObject> events = awaitMoveEvents(id, 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(rawDeal(id)[QLatin1String("stage")][QLatin1String("id")].toInteger(), target);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDealOps)
#include "tst_deal_ops.moc"
