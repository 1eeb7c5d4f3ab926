// The analytics export's pure parts (app/operations/analytics): the limits of seed 004 and the
// pacing decision made from them, reading JSON-RPC answers and wording their errors, and the
// plan of calls built from the CRM's data (shapes, generated stages, batches, what is left
// out as unchanged).

#include "operations/analytics/AnalyticsPlan.h"
#include "operations/analytics/AnalyticsRpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace opc;
using namespace opc::ops;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Seed 004's answer to create.sales_funnel.
const QByteArray kSeedAnswer = R"({
  "result": {
    "metadata": {"limits": {"minute_reset": 23, "minute_remaining": 199, "minute_limit": 200,
                            "day_reset": 35483, "day_remaining": 3319, "day_limit": 3500}},
    "data": {"ext_id": "1"}
  },
  "id": 1,
  "jsonrpc": "2.0"
})";

AnalyticsLimits limits(int minuteRemaining, int minuteReset, int dayRemaining, int dayReset)
{
    AnalyticsLimits result;
    result.minuteLimit = 200;
    result.minuteRemaining = minuteRemaining;
    result.minuteResetSeconds = minuteReset;
    result.dayLimit = 3500;
    result.dayRemaining = dayRemaining;
    result.dayResetSeconds = dayReset;
    return result;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

leads::Stage stage(qint64 id, const char *name, leads::StageKind kind, int order)
{
    leads::Stage result;
    result.id = id;
    result.name = QString::fromUtf8(name);
    result.kind = kind;
    result.sortOrder = order;
    return result;
}

// Seed 004's funnel with the CRM's ids.
FunnelInfo seedFunnel()
{
    FunnelInfo funnel;
    funnel.id = 1;
    funnel.name = QStringLiteral("Основная воронка");
    funnel.stages = {
        stage(11, "Новая сделка", leads::StageKind::InProcess, 10),
        stage(12, "Подготовка Документов", leads::StageKind::InProcess, 20),
        stage(13, "Счет на предоплату", leads::StageKind::InProcess, 30),
        stage(14, "Финальный счет", leads::StageKind::InProcess, 40),
        stage(18, "Успешно реализовано", leads::StageKind::Success, 9000),
        stage(19, "Сделка провалена", leads::StageKind::Failed, 9100),
    };
    return funnel;
}

CrmStageEntry entry(qint64 stageId, const char *when, const QString &employee = {},
                    std::optional<qint64> amount = std::nullopt)
{
    CrmStageEntry result;
    result.stageId = stageId;
    result.enteredAt = at(when);
    result.employeeId = employee;
    result.employeeName = employee.isEmpty() ? QString() : QStringLiteral("Анна Смирнова");
    result.amountKopecks = amount;
    return result;
}

// A deal that was new, then jumped to the final invoice (skipping two stages), then was won.
CrmDeal wonDeal(qint64 id = 7, qint64 clientId = 3)
{
    CrmDeal deal;
    deal.id = id;
    deal.funnelId = 1;
    deal.stageId = 18;
    deal.amountKopecks = 123456;
    deal.createdAt = at("2019-08-15T07:07:00Z");
    deal.clientId = clientId;
    deal.clientName = QStringLiteral("Оловянный Олег");
    deal.clientPhone = QStringLiteral("8 (900) 000-00-00");
    deal.clientEmail = QStringLiteral(" Test@Example.com ");
    deal.history = { entry(11, "2019-08-15T07:07:00Z"),
                     entry(14, "2019-08-18T07:07:00Z", QStringLiteral("u-agent"), 500000),
                     entry(18, "2019-08-19T10:07:00Z", QStringLiteral("u-agent")) };
    return deal;
}

} // namespace

class AnalyticsPlanTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheSeedsLimits()
    {
        const auto read = AnalyticsLimits::fromJson(parse(kSeedAnswer)[QStringLiteral(
            "result")][QStringLiteral("metadata")][QStringLiteral("limits")]
                                                        .toObject());
        QVERIFY(read);
        QCOMPARE(read->minuteLimit, 200);
        QCOMPARE(read->minuteRemaining, 199);
        QCOMPARE(read->minuteResetSeconds, 23);
        QCOMPARE(read->dayLimit, 3500);
        QCOMPARE(read->dayRemaining, 3319);
        QCOMPARE(read->dayResetSeconds, 35483);
        QCOMPARE(AnalyticsLimits::fromJson(read->toJson())->toJson(), read->toJson());

        QJsonObject broken = read->toJson();
        broken.remove(QStringLiteral("day_reset"));
        QVERIFY(!AnalyticsLimits::fromJson(broken));
        broken = read->toJson();
        broken.insert(QStringLiteral("minute_remaining"), -1);
        QVERIFY(!AnalyticsLimits::fromJson(broken));
        broken.insert(QStringLiteral("minute_remaining"), 201);
        QVERIFY(!AnalyticsLimits::fromJson(broken));
        broken.insert(QStringLiteral("minute_remaining"), 1.5);
        QVERIFY(!AnalyticsLimits::fromJson(broken));
        broken.insert(QStringLiteral("minute_remaining"), QStringLiteral("5"));
        QVERIFY(!AnalyticsLimits::fromJson(broken));
    }

    void pacing()
    {
        // No answer yet: send.
        QCOMPARE(paceNextCall(std::nullopt, 0).waitMs, 0);
        // Calls left in both windows: send at once, however many.
        PacingDecision decision = paceNextCall(limits(1, 40, 10, 5000), 0);
        QCOMPARE(decision.waitMs, 0);
        QCOMPARE(decision.reason, PacingReason::None);
        // The minute used up: wait until it resets, counted from the answer.
        decision = paceNextCall(limits(0, 3, 10, 5000), 0);
        QCOMPARE(decision.reason, PacingReason::Minute);
        QCOMPARE(decision.waitMs, 3000 + kPacingMarginMs);
        decision = paceNextCall(limits(0, 3, 10, 5000), 1000);
        QCOMPARE(decision.waitMs, 2000 + kPacingMarginMs);
        // Already past the reset: send.
        decision = paceNextCall(limits(0, 3, 10, 5000), 3100);
        QCOMPARE(decision.waitMs, 0);
        QCOMPARE(decision.reason, PacingReason::None);
        // The day used up wins over the minute.
        decision = paceNextCall(limits(0, 3, 0, 5000), 0);
        QCOMPARE(decision.reason, PacingReason::Day);
        QCOMPARE(decision.waitMs, 5000 * 1000 + kPacingMarginMs);
        decision = paceNextCall(limits(150, 3, 0, 7), 0);
        QCOMPARE(decision.reason, PacingReason::Day);
        QCOMPARE(decision.waitMs, 7000 + kPacingMarginMs);
    }

    void readsAnswers()
    {
        JsonRpcAnswer answer = readJsonRpcAnswer(parse(kSeedAnswer), 1);
        QVERIFY2(answer.ok(), qPrintable(answer.problem));
        QCOMPARE(answer.data.toObject().value(QStringLiteral("ext_id")).toString(),
                 QStringLiteral("1"));
        QVERIFY(answer.limits);
        QCOMPARE(answer.limits->minuteRemaining, 199);

        // Another call's answer, no limits, not JSON-RPC, both result and error.
        QVERIFY(!readJsonRpcAnswer(parse(kSeedAnswer), 2).problem.isEmpty());
        QJsonObject noLimits = parse(kSeedAnswer);
        noLimits.insert(QStringLiteral("result"),
                        QJsonObject { { QStringLiteral("data"), QJsonObject {} } });
        QVERIFY(!readJsonRpcAnswer(noLimits, 1).problem.isEmpty());
        QVERIFY(!readJsonRpcAnswer(parse(R"({"result":{}})"), 1).problem.isEmpty());
        QVERIFY(!readJsonRpcAnswer(parse(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{}})"), 1)
                     .problem.isEmpty());
        QVERIFY(!readJsonRpcAnswer(QJsonValue(QJsonArray {}), 1).problem.isEmpty());

        // An error, with what the service says about it.
        answer = readJsonRpcAnswer(
            parse(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"bad stage",
                      "data":{"mnemonic":"entity_not_found","field":"deals[2].stage_ext_id",
                              "metadata":{"limits":{"minute_reset":5,"minute_remaining":3,
                              "minute_limit":200,"day_reset":9,"day_remaining":7,
                              "day_limit":3500}}}}})"),
            3);
        QVERIFY(answer.problem.isEmpty());
        QVERIFY(answer.error);
        QCOMPARE(answer.error->code, -32602);
        QCOMPARE(answer.error->mnemonic, QStringLiteral("entity_not_found"));
        QCOMPARE(answer.error->field, QStringLiteral("deals[2].stage_ext_id"));
        QVERIFY(answer.limits);
        QCOMPARE(answer.limits->dayRemaining, 7);
        const QString text = jsonRpcErrorText(*answer.error);
        QVERIFY2(text.contains(QLatin1String("deals[2].stage_ext_id")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("JSON-RPC error -32602: bad stage")),
                 qPrintable(text));
        // An error answering an unreadable id is still the call's error.
        answer = readJsonRpcAnswer(
            parse(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}})"), 3);
        QVERIFY(answer.problem.isEmpty());
        QCOMPARE(answer.error->code, -32700);
        // Every known code has its own explanation.
        QSet<QString> texts;
        for (int code : { -32700, -32600, -32601, -32602, -32603, -32001, -32029, -1 }) {
            JsonRpcError error;
            error.code = code;
            error.message = QStringLiteral("m");
            texts.insert(jsonRpcErrorText(error));
        }
        QCOMPARE(texts.size(), 8);
    }

    void plansTheSeedsShapes()
    {
        AnalyticsSource source;
        source.funnels = { seedFunnel() };
        source.deals = { wonDeal() };
        AnalyticsPlanSummary summary;
        const QList<AnalyticsCall> calls = planAnalyticsExport(source, {}, AnalyticsPlanOptions(),
                                                               QStringLiteral("run"), &summary);
        QCOMPARE(calls.size(), 4);
        QCOMPARE(summary.funnels, 1);
        QCOMPARE(summary.employees, 1);
        QCOMPARE(summary.contacts, 1);
        QCOMPARE(summary.deals, 1);
        QCOMPARE(summary.records, 5);
        QCOMPARE(summary.generatedRecords, 2);
        QVERIFY(summary.notices.isEmpty());
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).seq, i + 1);
            QCOMPARE(calls.at(i).idempotencyKey, QStringLiteral("run-%1").arg(i + 1));
            QCOMPARE(calls.at(i).state, AnalyticsCallState::Pending);
        }

        QCOMPARE(calls.at(0).method, QStringLiteral("create.sales_funnel"));
        QCOMPARE(calls.at(0).params, parse(R"({
          "ext_id": "1", "name": "Основная воронка",
          "stages": {
            "success": {"ext_id": "18", "name": "Успешно реализовано"},
            "failed": {"ext_id": "19", "name": "Сделка провалена"},
            "in_process": [
              {"ext_id": "11", "name": "Новая сделка", "order": 10},
              {"ext_id": "12", "name": "Подготовка Документов", "order": 20},
              {"ext_id": "13", "name": "Счет на предоплату", "order": 30},
              {"ext_id": "14", "name": "Финальный счет", "order": 40}]}})"));
        QCOMPARE(calls.at(1).method, QStringLiteral("create.deal_employees"));
        QCOMPARE(calls.at(1).params, parse(R"({"ext_id": "u-agent", "name": "Анна Смирнова"})"));
        QCOMPARE(calls.at(2).method, QStringLiteral("create.deal_contacts"));
        QCOMPARE(calls.at(2).params, parse(R"({"contacts": [{
          "ext_id": "3", "name": "Оловянный Олег", "created_date_time": "2019-08-15 07:07:00",
          "phone_numbers": ["79000000000"], "emails": ["test@example.com"]}]})"));

        QCOMPARE(calls.at(3).method, QStringLiteral("upload.deals_history"));
        const QJsonArray records = calls.at(3).params.value(QStringLiteral("deals")).toArray();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).toObject(), parse(R"({
          "ext_id": "7", "name": "Deal 7", "created_date_time": "2019-08-15 07:07:00",
          "modified_date_time": "2019-08-15 07:07:00",
          "modified_stage_date_time": "2019-08-15 07:07:00",
          "contact_ext_ids": ["3"], "main_contact_ext_id": "3",
          "sales_funnel_ext_id": "1", "stage_ext_id": "11"})"));
        // The two skipped stages, generated with the time of the stage that followed them.
        for (int i : { 1, 2 }) {
            const QJsonObject generated = records.at(i).toObject();
            QCOMPARE(generated.value(QStringLiteral("stage_ext_id")).toString(),
                     QString::number(11 + i));
            QCOMPARE(generated.value(QStringLiteral("is_generated")).toBool(), true);
            QCOMPARE(generated.value(QStringLiteral("modified_stage_date_time")).toString(),
                     QStringLiteral("2019-08-18 07:07:00"));
            QVERIFY(!generated.contains(QStringLiteral("employee_ext_id")));
            QVERIFY(!generated.contains(QStringLiteral("revenue")));
        }
        const QJsonObject invoice = records.at(3).toObject();
        QCOMPARE(invoice.value(QStringLiteral("stage_ext_id")).toString(), QStringLiteral("14"));
        QCOMPARE(invoice.value(QStringLiteral("employee_ext_id")).toString(),
                 QStringLiteral("u-agent"));
        QCOMPARE(invoice.value(QStringLiteral("revenue")), QJsonValue(5000));
        QVERIFY(!invoice.contains(QStringLiteral("is_generated")));
        QVERIFY(!invoice.contains(QStringLiteral("closed_date_time")));
        const QJsonObject won = records.at(4).toObject();
        QCOMPARE(won.value(QStringLiteral("stage_ext_id")).toString(), QStringLiteral("18"));
        QCOMPARE(won.value(QStringLiteral("closed_date_time")).toString(),
                 QStringLiteral("2019-08-19 10:07:00"));
        // The last record without an amount of its own carries the deal's (kopecks kept).
        QCOMPARE(won.value(QStringLiteral("revenue")).toDouble(), 1234.56);

        QCOMPARE(calls.at(3).items.size(), 5);
        QCOMPARE(calls.at(3).items.at(0).kind, AnalyticsItemKind::HistoryRecord);
        QCOMPARE(calls.at(3).items.at(0).key,
                 QStringLiteral("7/11/%1").arg(at("2019-08-15T07:07:00Z").toMSecsSinceEpoch()));
    }

    void batchesAndLeavesOutWhatWasSent()
    {
        AnalyticsSource source;
        source.funnels = { seedFunnel() };
        for (qint64 id = 1; id <= 5; ++id)
            source.deals.append(wonDeal(id, id));
        AnalyticsPlanOptions options;
        options.contactsPerCall = 2;
        options.recordsPerCall = 10;
        AnalyticsPlanSummary summary;
        const QList<AnalyticsCall> calls
            = planAnalyticsExport(source, {}, options, QStringLiteral("r"), &summary);
        // 1 funnel, 1 employee, 5 contacts in 3 calls, 25 records in 3 calls.
        QStringList methods;
        for (const AnalyticsCall &call : calls)
            methods << call.method;
        QCOMPARE(
            methods,
            (QStringList {
                QStringLiteral("create.sales_funnel"), QStringLiteral("create.deal_employees"),
                QStringLiteral("create.deal_contacts"), QStringLiteral("create.deal_contacts"),
                QStringLiteral("create.deal_contacts"), QStringLiteral("upload.deals_history"),
                QStringLiteral("upload.deals_history"), QStringLiteral("upload.deals_history") }));
        QCOMPARE(calls.at(4).params.value(QStringLiteral("contacts")).toArray().size(), 1);
        QCOMPARE(calls.at(7).params.value(QStringLiteral("deals")).toArray().size(), 5);

        // What those calls carried counts as sent: the same data plans nothing.
        QHash<QString, QString> sent;
        for (const AnalyticsCall &call : calls) {
            for (const AnalyticsItem &item : call.items)
                sent.insert(item.sentKey(), item.hash);
        }
        QCOMPARE(planAnalyticsExport(source, sent, options, QStringLiteral("r2"), &summary).size(),
                 0);
        QCOMPARE(summary.unchanged, 1 + 1 + 5 + 25);
        // A deal that moved on: only its new record goes (and nothing else).
        source.deals[2].history.append(entry(19, "2019-09-01T00:00:00Z"));
        const QList<AnalyticsCall> again
            = planAnalyticsExport(source, sent, options, QStringLiteral("r3"), &summary);
        QCOMPARE(again.size(), 1);
        const QJsonArray records = again.at(0).params.value(QStringLiteral("deals")).toArray();
        // The won record lost its deal amount (no longer the last one) and the new one has it.
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1)[QStringLiteral("stage_ext_id")].toString(), QStringLiteral("19"));
        QCOMPARE(records.at(1)[QStringLiteral("revenue")].toDouble(), 1234.56);
    }

    void leavesOutWhatTheServiceWouldRefuse()
    {
        AnalyticsSource source;
        FunnelInfo broken = seedFunnel();
        broken.id = 2;
        broken.stages.removeLast(); // no failed stage
        source.funnels = { seedFunnel(), broken };
        CrmDeal other = wonDeal(8, 4);
        other.funnelId = 2;
        CrmDeal strayStage = wonDeal(9, 5);
        strayStage.history.append(entry(77, "2019-08-20T00:00:00Z"));
        CrmDeal noHistory = wonDeal(10, 5);
        noHistory.history.clear();
        noHistory.stageId = 12;
        noHistory.clientPhone = QStringLiteral("not a phone");
        source.deals = { other, strayStage, noHistory };
        AnalyticsPlanSummary summary;
        const QList<AnalyticsCall> calls = planAnalyticsExport(source, {}, AnalyticsPlanOptions(),
                                                               QStringLiteral("r"), &summary);
        QCOMPARE(summary.funnels, 1);
        QCOMPARE(summary.deals, 2);
        QCOMPARE(summary.notices.size(), 3); // the funnel, its deal, the stray record
        QCOMPARE(summary.records, 5 + 1);
        const AnalyticsCall &contacts = calls.at(calls.size() - 2);
        QCOMPARE(contacts.method, QStringLiteral("create.deal_contacts"));
        // One contact for client 5, its phone from the first deal that named it.
        QCOMPARE(contacts.params.value(QStringLiteral("contacts")).toArray().size(), 1);
        const QJsonArray records = calls.last().params.value(QStringLiteral("deals")).toArray();
        QCOMPARE(records.last()[QStringLiteral("ext_id")].toString(), QStringLiteral("10"));
        QCOMPARE(records.last()[QStringLiteral("stage_ext_id")].toString(), QStringLiteral("12"));
        QCOMPARE(records.last()[QStringLiteral("modified_stage_date_time")].toString(),
                 QStringLiteral("2019-08-15 07:07:00"));
        QCOMPARE(analyticsTime(QDateTime::fromString(QStringLiteral("2019-08-15T10:07:00+03:00"),
                                                     Qt::ISODate)),
                 QStringLiteral("2019-08-15 07:07:00"));
    }
};

QTEST_APPLESS_MAIN(AnalyticsPlanTest)
#include "tst_analytics_plan.moc"
