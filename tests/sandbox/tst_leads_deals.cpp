// Lead settings, funnels and deals (issue 4, seeds 001, 002, 004) over real HTTP on loopback:
// reading and changing the settings (team leads and admins only, If-Match), the funnels with
// their summary, one deal with its order, tasks, comments and history, moving a deal between
// stages, and the call-tracking record that follows the deal's status and amount.

#include "sandbox/SandboxSchema.h"
#include "storage/Migrator.h"
#include "storage/SqliteDatabase.h"
#include "tst_leads_common.h"

#include <QSqlDatabase>

using namespace opc;
using namespace opc::test::leads;
using test::Response;

class LeadsDealsTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<LeadSandbox> m_sandbox;

    LeadSandbox &sb() { return *m_sandbox; }

    Response putSettings(const QJsonObject &body, const QByteArray &etag,
                         const QByteArray &token = test::kLeadToken)
    {
        return sb().sendJson("PUT", QStringLiteral("/api/v1/lead-settings"), body, etag, token);
    }

    Response move(qint64 deal, const QJsonObject &body, const QByteArray &etag)
    {
        return sb().sendJson("POST", QStringLiteral("/api/v1/deals/%1/stage").arg(deal), body, etag,
                             test::kAgentToken, newKey());
    }

    QJsonObject tracking(qint64 deal)
    {
        return sb().http().get(QStringLiteral("/api/v1/deals/%1/call-tracking").arg(deal)).json();
    }

    QMap<qint64, qint64> stageCounts(int funnel)
    {
        QMap<qint64, qint64> counts;
        const Response summary
            = sb().http().get(QStringLiteral("/api/v1/funnels/%1/summary").arg(funnel));
        for (const QJsonValue &stage : summary.json()[QStringLiteral("stages")].toArray())
            counts.insert(stage[QStringLiteral("stage_id")].toInteger(),
                          stage[QStringLiteral("count")].toInteger());
        return counts;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<LeadSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void settingsOfTheDemo()
    {
        for (const QByteArray &token : { test::kAgentToken, test::kLeadToken, test::kAdminToken }) {
            const Response response
                = sb().http().get(QStringLiteral("/api/v1/lead-settings"), token);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.header("ETag"), QByteArray("\"lead-settings-1-v1\""));
            const QJsonObject body = response.json();
            QCOMPARE(body.keys(),
                     (QStringList { QStringLiteral("duplicates"), QStringLiteral("status_groups"),
                                    QStringLiteral("statuses") }));
            QCOMPARE(body[QStringLiteral("duplicates")].toObject(),
                     (QJsonObject { { QStringLiteral("by_phone"), true },
                                    { QStringLiteral("by_email"), true },
                                    { QStringLiteral("period_days"), 0 },
                                    { QStringLiteral("only_in_processing"), true },
                                    { QStringLiteral("action"), QStringLiteral("comment") } }));
            const QJsonObject groups = body[QStringLiteral("status_groups")].toObject();
            QCOMPARE(groups.size(), 9); // every status, "new" included as not counted
            QCOMPARE(groups[QStringLiteral("new")].toString(), QStringLiteral("not_counted"));
            QCOMPARE(groups[QStringLiteral("confirmed")].toString(), QStringLiteral("not_counted"));
            QCOMPARE(groups[QStringLiteral("missed")].toString(), QStringLiteral("not_counted"));
            QCOMPARE(groups[QStringLiteral("scheduled")].toString(), QStringLiteral("in_work"));
            QCOMPARE(groups[QStringLiteral("sms_confirmation_sent")].toString(),
                     QStringLiteral("in_work"));
            QCOMPARE(groups[QStringLiteral("in_progress")].toString(), QStringLiteral("in_work"));
            QCOMPARE(groups[QStringLiteral("finished")].toString(), QStringLiteral("paid"));
            QCOMPARE(groups[QStringLiteral("cancelled_by_sms")].toString(),
                     QStringLiteral("cancelled"));
            QCOMPARE(groups[QStringLiteral("cancelled")].toString(), QStringLiteral("cancelled"));
            QCOMPARE(body[QStringLiteral("statuses")].toArray().size(), 9);
        }
    }

    void changingTheSettings()
    {
        const Response before = sb().http().get(QStringLiteral("/api/v1/lead-settings"));
        QJsonObject body = before.json();
        body.insert(QStringLiteral("duplicates"),
                    QJsonObject { { QStringLiteral("by_phone"), true },
                                  { QStringLiteral("by_email"), false },
                                  { QStringLiteral("period_days"), 30 },
                                  { QStringLiteral("only_in_processing"), false },
                                  { QStringLiteral("action"), QStringLiteral("task") } });
        QJsonObject groups = body[QStringLiteral("status_groups")].toObject();
        groups.insert(QStringLiteral("new"), QStringLiteral("in_work"));
        groups.insert(QStringLiteral("missed"), QStringLiteral("cancelled"));
        body.insert(QStringLiteral("status_groups"), groups);
        // Agents may not.
        const Response agent = putSettings(body, before.header("ETag"), test::kAgentToken);
        QCOMPARE(agent.status, 403);
        QVERIFY(agent.isError(QStringLiteral("forbidden")));
        // Preconditions.
        QCOMPARE(putSettings(body, {}).status, 428);
        QCOMPARE(putSettings(body, "\"lead-settings-1-v9\"").status, 412);
        // The team lead may; `statuses` sent back changes nothing.
        const Response put = putSettings(body, before.header("ETag"));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.header("ETag"), QByteArray("\"lead-settings-1-v2\""));
        QCOMPARE(put.json(), body);
        const Response after = sb().http().get(QStringLiteral("/api/v1/lead-settings"));
        QCOMPARE(after.json(), body);
        QCOMPARE(after.header("ETag"), put.header("ETag"));
        // The old ETag is stale now; the admin uses the new one. A mapping of one status
        // leaves the others not counted.
        QCOMPARE(putSettings(body, before.header("ETag"), test::kAdminToken).status, 412);
        const Response admin = putSettings(
            { { QStringLiteral("duplicates"), QJsonObject {} },
              { QStringLiteral("status_groups"),
                QJsonObject { { QStringLiteral("finished"), QStringLiteral("paid") } } } },
            put.header("ETag"), test::kAdminToken);
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.json()[QStringLiteral("duplicates")][QStringLiteral("action")].toString(),
                 QStringLiteral("comment")); // defaults
        QCOMPARE(admin.json()[QStringLiteral("status_groups")][QStringLiteral("new")].toString(),
                 QStringLiteral("not_counted"));
        QCOMPARE(
            admin.json()[QStringLiteral("status_groups")][QStringLiteral("scheduled")].toString(),
            QStringLiteral("not_counted"));
        QCOMPARE(
            admin.json()[QStringLiteral("status_groups")][QStringLiteral("finished")].toString(),
            QStringLiteral("paid"));
    }

    void badSettings_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject groups { { QStringLiteral("new"), QStringLiteral("in_work") } };
        const auto with = [&](const QJsonValue &duplicates) {
            return QJsonObject { { QStringLiteral("duplicates"), duplicates },
                                 { QStringLiteral("status_groups"), groups } };
        };
        QTest::newRow("empty") << QJsonObject {} << QStringLiteral("duplicates");
        QTest::newRow("duplicates not an object")
            << with(QStringLiteral("x")) << QStringLiteral("duplicates");
        QTest::newRow("status_groups missing")
            << QJsonObject { { QStringLiteral("duplicates"), QJsonObject {} } }
            << QStringLiteral("status_groups");
        QTest::newRow("status_groups a list")
            << QJsonObject { { QStringLiteral("duplicates"), QJsonObject {} },
                             { QStringLiteral("status_groups"), QJsonArray {} } }
            << QStringLiteral("status_groups");
        QTest::newRow("period negative")
            << with(QJsonObject { { QStringLiteral("period_days"), -1 } })
            << QStringLiteral("duplicates.period_days");
        QTest::newRow("period over a year")
            << with(QJsonObject { { QStringLiteral("period_days"), 366 } })
            << QStringLiteral("duplicates.period_days");
        QTest::newRow("period fraction")
            << with(QJsonObject { { QStringLiteral("period_days"), 1.5 } })
            << QStringLiteral("duplicates.period_days");
        QTest::newRow("flag not boolean")
            << with(QJsonObject { { QStringLiteral("by_phone"), QStringLiteral("yes") } })
            << QStringLiteral("duplicates.by_phone");
        QTest::newRow("processing flag 1")
            << with(QJsonObject { { QStringLiteral("only_in_processing"), 1 } })
            << QStringLiteral("duplicates.only_in_processing");
        QTest::newRow("unknown action")
            << with(QJsonObject { { QStringLiteral("action"), QStringLiteral("call") } })
            << QStringLiteral("duplicates.action");
        QTest::newRow("unknown rule") << with(QJsonObject { { QStringLiteral("by_name"), true } })
                                      << QStringLiteral("duplicates.by_name");
        QTest::newRow("unknown status") << QJsonObject {
            { QStringLiteral("duplicates"), QJsonObject {} },
            { QStringLiteral("status_groups"),
              QJsonObject { { QStringLiteral("complete"), QStringLiteral("paid") } } }
        } << QStringLiteral("status_groups.complete");
        QTest::newRow("unknown group")
            << QJsonObject { { QStringLiteral("duplicates"), QJsonObject {} },
                             { QStringLiteral("status_groups"),
                               QJsonObject { { QStringLiteral("new"), QStringLiteral("won") } } } }
            << QStringLiteral("status_groups.new");
        QJsonObject extra = with(QJsonObject {});
        extra.insert(QStringLiteral("version"), 2);
        QTest::newRow("unknown field") << extra << QStringLiteral("version");
    }

    void badSettings()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Response response = putSettings(body, "\"lead-settings-1-v1\"");
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(errorField(response), field);
        // Nothing changed.
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/lead-settings")).header("ETag"),
                 QByteArray("\"lead-settings-1-v1\""));
    }

    void settingsBodyMustBeJson()
    {
        const Response response = sb().http().send(
            "PUT", QStringLiteral("/api/v1/lead-settings"), test::kLeadToken, "nope",
            { { "Content-Type", "application/json" }, { "If-Match", "\"lead-settings-1-v1\"" } });
        QCOMPARE(response.status, 400);
        QVERIFY(response.isError(QStringLiteral("malformed_json")));
    }

    void funnels()
    {
        const Response response = sb().http().get(QStringLiteral("/api/v1/funnels"));
        QCOMPARE(response.status, 200);
        const QJsonArray funnels = response.json()[QStringLiteral("items")].toArray();
        QCOMPARE(funnels.size(), 2);
        QVERIFY(response.json()[QStringLiteral("next_cursor")].isNull());
        QCOMPARE(funnels[0][QStringLiteral("is_default")].toBool(), true);
        QCOMPARE(funnels[1][QStringLiteral("is_default")].toBool(), false);
        for (const QJsonValue &funnel : funnels) {
            QVERIFY(funnel[QStringLiteral("problem")].isNull());
            const QJsonArray stages = funnel[QStringLiteral("stages")].toArray();
            QCOMPARE(stages.size(), 7);
            qint64 previous = -1;
            QStringList kinds;
            for (const QJsonValue &stage : stages) {
                QVERIFY(stage[QStringLiteral("sort_order")].toInteger() > previous);
                previous = stage[QStringLiteral("sort_order")].toInteger();
                kinds << stage[QStringLiteral("kind")].toString();
            }
            QCOMPARE(kinds.count(QStringLiteral("success")), 1);
            QCOMPARE(kinds.count(QStringLiteral("failed")), 1);
            QCOMPARE(stages[0][QStringLiteral("sort_order")].toInteger(), 10);
        }
        const Response page = sb().http().get(QStringLiteral("/api/v1/funnels?limit=1"));
        QCOMPARE(page.json()[QStringLiteral("items")].toArray().size(), 1);
        QVERIFY(!page.json()[QStringLiteral("next_cursor")].toString().isEmpty());
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/funnels?limit=0")).status, 422);
    }

    void summaryCountsEveryDeal()
    {
        // The summary against a walk of every deal.
        QMap<qint64, qint64> counts;
        QMap<qint64, qint64> amounts;
        QString cursor;
        do {
            const Response page = sb().http().get(
                QStringLiteral("/api/v1/deals?limit=200")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            for (const QJsonValue &deal : page.json()[QStringLiteral("items")].toArray()) {
                if (deal[QStringLiteral("funnel_id")].toInteger() != 1)
                    continue;
                const qint64 stage
                    = deal[QStringLiteral("stage")][QStringLiteral("id")].toInteger();
                counts[stage] += 1;
                amounts[stage] += deal[QStringLiteral("amount_kopecks")].toInteger();
            }
            cursor = page.json()[QStringLiteral("next_cursor")].toString();
        } while (!cursor.isEmpty());
        const Response summary = sb().http().get(QStringLiteral("/api/v1/funnels/1/summary"));
        QCOMPARE(summary.status, 200);
        QCOMPARE(summary.json()[QStringLiteral("funnel_id")].toInteger(), 1);
        const QJsonArray stages = summary.json()[QStringLiteral("stages")].toArray();
        QCOMPARE(stages.size(), 7);
        for (const QJsonValue &stage : stages) {
            const qint64 id = stage[QStringLiteral("stage_id")].toInteger();
            QCOMPARE(stage[QStringLiteral("count")].toInteger(), counts.value(id));
            QCOMPARE(stage[QStringLiteral("amount_kopecks")].toInteger(), amounts.value(id));
            for (const char *key : { "name", "kind", "sort_order" })
                QVERIFY2(stage.toObject().contains(QLatin1String(key)), key);
        }
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/funnels/9/summary")).status, 404);
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/funnels/x/summary")).status, 404);
    }

    void oneDeal()
    {
        const Response response = sb().http().get(QStringLiteral("/api/v1/deals/101"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("ETag"), QByteArray("\"deal-101-v1\""));
        const QJsonObject deal = response.json();
        for (const char *key : { "id", "lead_id", "funnel_id", "status", "type", "amount_kopecks",
                                 "order_id", "client", "stage", "created_at", "updated_at",
                                 "version", "order", "tasks", "comments", "stage_history" })
            QVERIFY2(deal.contains(QLatin1String(key)), key);
        QCOMPARE(deal[QStringLiteral("client")][QStringLiteral("name")].toString(),
                 QStringLiteral("Иван Петров"));
        QVERIFY(deal[QStringLiteral("order")].isNull());
        const QJsonArray history = deal[QStringLiteral("stage_history")].toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1][QStringLiteral("stage_id")].toInteger(), 102);
        QCOMPARE(history[1][QStringLiteral("stage_name")].toString(),
                 QStringLiteral("Контакт установлен"));
        QCOMPARE(history[1][QStringLiteral("is_generated")].toBool(), false);
        QVERIFY(history[1][QStringLiteral("employee")].isNull());
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/deals/999999")).status, 404);
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/deals/abc")).status, 404);
    }

    void movingADealRecordsTheTransition()
    {
        const QMap<qint64, qint64> before = stageCounts(1);
        const Response moved = move(
            101,
            { { QStringLiteral("stage_id"), 103 }, { QStringLiteral("amount_kopecks"), 1190000 } },
            "\"deal-101-v1\"");
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.header("ETag"), QByteArray("\"deal-101-v2\""));
        const QJsonObject deal = moved.json();
        QCOMPARE(deal[QStringLiteral("stage")][QStringLiteral("id")].toInteger(), 103);
        QCOMPARE(deal[QStringLiteral("amount_kopecks")].toInteger(), 1190000);
        QCOMPARE(deal[QStringLiteral("status")].toString(), QStringLiteral("in_progress")); // kept
        const QJsonArray history = deal[QStringLiteral("stage_history")].toArray();
        QCOMPARE(history.size(), 3);
        const QJsonObject entry = history[2].toObject();
        QCOMPARE(entry[QStringLiteral("stage_id")].toInteger(), 103);
        QCOMPARE(entry[QStringLiteral("amount_kopecks")].toInteger(), 1190000);
        QCOMPARE(entry[QStringLiteral("employee")][QStringLiteral("id")].toString(),
                 QStringLiteral("u-agent"));
        QCOMPARE(entry[QStringLiteral("employee")][QStringLiteral("display_name")].toString(),
                 kAgentName);
        QVERIFY(
            QDateTime::fromString(entry[QStringLiteral("entered_at")].toString(), Qt::ISODateWithMs)
                .secsTo(QDateTime::currentDateTimeUtc())
            < 60);
        const QMap<qint64, qint64> after = stageCounts(1);
        QCOMPARE(after.value(102), before.value(102) - 1);
        QCOMPARE(after.value(103), before.value(103) + 1);
        // The same again changes nothing.
        const Response same
            = move(101, { { QStringLiteral("stage_id"), 103 } }, moved.header("ETag"));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.header("ETag"), moved.header("ETag"));
        QCOMPARE(same.json()[QStringLiteral("stage_history")].toArray().size(), 3);
        // An explicit status.
        const Response status = move(101,
                                     { { QStringLiteral("stage_id"), 103 },
                                       { QStringLiteral("status"), QStringLiteral("scheduled") } },
                                     moved.header("ETag"));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json()[QStringLiteral("status")].toString(), QStringLiteral("scheduled"));
        QCOMPARE(status.json()[QStringLiteral("stage_history")].toArray().size(), 3); // same stage
    }

    void badMoves_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no stage") << QJsonObject {} << QStringLiteral("stage_id");
        QTest::newRow("stage of the other funnel")
            << QJsonObject { { QStringLiteral("stage_id"), 201 } } << QStringLiteral("stage_id");
        QTest::newRow("stage unknown")
            << QJsonObject { { QStringLiteral("stage_id"), 7777 } } << QStringLiteral("stage_id");
        QTest::newRow("stage as text")
            << QJsonObject { { QStringLiteral("stage_id"), QStringLiteral("103") } }
            << QStringLiteral("stage_id");
        QTest::newRow("negative amount") << QJsonObject { { QStringLiteral("stage_id"), 103 },
                                                          { QStringLiteral("amount_kopecks"), -1 } }
                                         << QStringLiteral("amount_kopecks");
        QTest::newRow("fractional amount")
            << QJsonObject { { QStringLiteral("stage_id"), 103 },
                             { QStringLiteral("amount_kopecks"), 10.5 } }
            << QStringLiteral("amount_kopecks");
        QTest::newRow("amount as text")
            << QJsonObject { { QStringLiteral("stage_id"), 103 },
                             { QStringLiteral("amount_kopecks"), QStringLiteral("100") } }
            << QStringLiteral("amount_kopecks");
        QTest::newRow("unknown status")
            << QJsonObject { { QStringLiteral("stage_id"), 103 },
                             { QStringLiteral("status"), QStringLiteral("complete") } }
            << QStringLiteral("status");
        QTest::newRow("unknown field")
            << QJsonObject { { QStringLiteral("stage_id"), 103 },
                             { QStringLiteral("employee"), QStringLiteral("u-lead") } }
            << QStringLiteral("employee");
    }

    void badMoves()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Response response = move(101, body, "\"deal-101-v1\"");
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(errorField(response), field);
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/deals/101")).header("ETag"),
                 QByteArray("\"deal-101-v1\""));
    }

    void movePreconditions()
    {
        const QJsonObject body { { QStringLiteral("stage_id"), 103 } };
        const Response missing = move(101, body, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response stale = move(101, body, "\"deal-101-v0\"");
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(move(999999, body, "\"deal-999999-v1\"").status, 404);
        const Response noKey = sb().sendJson("POST", QStringLiteral("/api/v1/deals/101/stage"),
                                             body, "\"deal-101-v1\"");
        QCOMPARE(noKey.status, 400);
        QVERIFY(noKey.isError(QStringLiteral("idempotency_key_required")));
    }

    // Seed 002: the call-tracking deal follows the deal's amount and status; finished (the
    // CRM's "complete") closes it as COMPLETED.
    void callTrackingFollowsTheDeal()
    {
        const Response created
            = sb().webhook(QStringLiteral("call"),
                           { { QStringLiteral("phone"), QStringLiteral("+7 812 555 77 01") },
                             { QStringLiteral("call_id"), QStringLiteral("ct-sync") } });
        QCOMPARE(created.status, 201);
        const qint64 dealId = created.json()[QStringLiteral("deal_id")].toInteger();
        const QJsonObject pending = tracking(dealId);
        QCOMPARE(pending[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
        QCOMPARE(pending[QStringLiteral("deal_id")].toInteger(), dealId);
        QCOMPARE(pending[QStringLiteral("lead_id")], created.json()[QStringLiteral("lead_id")]);

        // A stage move without a change of status or amount leaves it alone.
        QByteArray etag
            = sb().http().get(QStringLiteral("/api/v1/deals/%1").arg(dealId)).header("ETag");
        Response step = move(dealId, { { QStringLiteral("stage_id"), 102 } }, etag);
        QCOMPARE(step.status, 200);
        QCOMPARE(tracking(dealId), pending);

        // The amount (after discounts) changes: the record's amount follows.
        step = move(
            dealId,
            { { QStringLiteral("stage_id"), 104 }, { QStringLiteral("amount_kopecks"), 2380000 } },
            step.header("ETag"));
        QCOMPARE(step.status, 200);
        QJsonObject record = tracking(dealId);
        QCOMPARE(record[QStringLiteral("amount_kopecks")].toInteger(), 2380000);
        QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("new"));
        QCOMPARE(record[QStringLiteral("completed")].toBool(), false);
        QCOMPARE(record[QStringLiteral("status_changed_at")],
                 pending[QStringLiteral("status_changed_at")]);

        // Success: finished, COMPLETED, with the time of the change.
        step = move(dealId, { { QStringLiteral("stage_id"), 190 } }, step.header("ETag"));
        QCOMPARE(step.status, 200);
        QCOMPARE(step.json()[QStringLiteral("status")].toString(), QStringLiteral("finished"));
        QCOMPARE(step.json()[QStringLiteral("order")][QStringLiteral("status")].toString(),
                 QStringLiteral("finished"));
        QCOMPARE(step.json()[QStringLiteral("order")][QStringLiteral("amount_kopecks")].toInteger(),
                 2380000);
        record = tracking(dealId);
        QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(record[QStringLiteral("completed")].toBool(), true);
        QCOMPARE(record[QStringLiteral("amount_kopecks")].toInteger(), 2380000);
        QVERIFY(record[QStringLiteral("status_changed_at")]
                != pending[QStringLiteral("status_changed_at")]);
        QCOMPARE(record[QStringLiteral("status_changed_at")],
                 step.json()[QStringLiteral("updated_at")]);

        // Failed afterwards: cancelled, open again in the call tracking.
        step = move(dealId, { { QStringLiteral("stage_id"), 199 } }, step.header("ETag"));
        QCOMPARE(step.json()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        record = tracking(dealId);
        QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(record[QStringLiteral("completed")].toBool(), false);
        // Back into the funnel: the deal is in progress again.
        step = move(dealId, { { QStringLiteral("stage_id"), 101 } }, step.header("ETag"));
        QCOMPARE(step.json()[QStringLiteral("status")].toString(), QStringLiteral("in_progress"));
        QCOMPARE(tracking(dealId)[QStringLiteral("status")].toString(),
                 QStringLiteral("in_progress"));
        QCOMPARE(step.json()[QStringLiteral("stage_history")].toArray().size(), 6);
    }

    // Schema version 4 rebuilds `leads` (a new status): a database of version 3 keeps its leads
    // and the deals' links to them, and crm-sandbox fills in what version 4 derives.
    void version3DatabaseMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QString error;
        {
            auto opened = storage::openSqlite(path, QStringLiteral("v3"), &error);
            QVERIFY2(opened, qPrintable(error));
            QSqlDatabase db = *opened;
            std::vector<storage::Migration> upTo3 = sandbox::sandboxMigrations();
            upTo3.resize(3);
            QVERIFY2(storage::Migrator(upTo3).migrate(db, &error), qPrintable(error));
            for (const char *sql :
                 { "INSERT INTO users VALUES ('u-agent', 'agent', 'Анна Смирнова', 'agent', "
                   "'b83e3e191f2acfe2c3c27f2079c5c13ea8409e9abbf31b671d421d80bbc847c9')",
                   "INSERT INTO funnels (id, name) VALUES (1, 'F')",
                   "INSERT INTO funnel_stages VALUES (11, 1, 'A', 'in_process', 10), "
                   "(12, 1, 'Won', 'success', 9000), (13, 1, 'Lost', 'failed', 9100)",
                   "INSERT INTO clients (id, name, phone, email, type, created_at) VALUES "
                   "(1, 'Старый', '8 (499) 111-22-33', 'Old@Example.org', 'individual', "
                   "'2026-01-01T00:00:00.000Z')",
                   "INSERT INTO leads (id, kind, status, assignee_id, client_id, name, phone, "
                   "call_id, call_time, created_at) VALUES (5, 'call', 'in_work', 'u-agent', 1, "
                   "'Старый', '8 (499) 111-22-33', 'c-5', '2026-01-02T00:00:00.000Z', "
                   "'2026-01-02T00:00:01.000Z')",
                   "INSERT INTO deals (id, client_id, lead_id, funnel_id, stage_id, status, "
                   "created_at, updated_at) VALUES (7, 1, 5, 1, 11, 'new', "
                   "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')" }) {
                QVERIFY2(storage::execSql(db, QString::fromUtf8(sql), &error), qPrintable(error));
            }
        }
        storage::closeSqlite(QStringLiteral("v3"));

        sandbox::SandboxOptions options;
        options.databasePath = path;
        test::SandboxThread server(options);
        QVERIFY2(server.start(&error), qPrintable(error));
        test::Http http(server.url());
        const Response lead = http.get(QStringLiteral("/api/v1/leads/5"));
        QCOMPARE(lead.status, 200);
        QCOMPARE(lead.json()[QStringLiteral("status")].toString(), QStringLiteral("in_work"));
        QCOMPARE(lead.json()[QStringLiteral("phone")].toString(), QStringLiteral("+74991112233"));
        QCOMPARE(lead.json()[QStringLiteral("received_at")].toString(),
                 QStringLiteral("2026-01-02T00:00:00.000Z")); // the call's time
        QCOMPARE(lead.json()[QStringLiteral("change_seq")].toInteger(), 1);
        QCOMPARE(lead.json()[QStringLiteral("deal_id")].toInteger(), 7);
        QCOMPARE(http.get(QStringLiteral("/api/v1/deals/7"))
                     .json()[QStringLiteral("lead_id")]
                     .toInteger(),
                 5);
        // The client's contacts are normalised too: a lead by its e-mail finds it.
        const Response check
            = http.post(QStringLiteral("/api/v1/leads/duplicate-check"),
                        { { QStringLiteral("type"), QStringLiteral("form") },
                          { QStringLiteral("email"), QStringLiteral("old@example.org") } },
                        newKey());
        QCOMPARE(check.json()[QStringLiteral("client")][QStringLiteral("id")].toInteger(), 1);
    }

    void callTrackingOfDemoDeals()
    {
        // Deal 1 came from demo lead 1 (a form).
        const Response record = sb().http().get(QStringLiteral("/api/v1/deals/1/call-tracking"));
        QCOMPARE(record.status, 200);
        QCOMPARE(record.json()[QStringLiteral("lead_id")].toInteger(), 1);
        QCOMPARE(record.json()[QStringLiteral("external_id")].toString(),
                 QStringLiteral("form-00001"));
        QCOMPARE(record.json()[QStringLiteral("lead_kind")].toString(), QStringLiteral("form"));
        // Deal 2 did not come from a lead.
        const Response none = sb().http().get(QStringLiteral("/api/v1/deals/2/call-tracking"));
        QCOMPARE(none.status, 404);
        QVERIFY(none.isError(QStringLiteral("not_found")));
        QVERIFY(none.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QLatin1String("2")));
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/deals/999999/call-tracking")).status, 404);
    }
};

QTEST_GUILESS_MAIN(LeadsDealsTest)
#include "tst_leads_deals.moc"
