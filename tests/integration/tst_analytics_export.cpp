// The analytics export (app/operations/analytics, issue 4 §5) against real crm-sandbox processes
// started with small limits and short windows: it never gets a 429 and uses at least 95 % of
// what the limits allow, pauses at the day's limit and goes on after it, resumes after being
// destroyed mid-call without anything arriving twice, reports a JSON-RPC error, and
// `operator-cli analytics export` prints its progress.

#include "crm/CrmClient.h"
#include "operations/analytics/AnalyticsExport.h"
#include "operations/analytics/AnalyticsJournalStore.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace opc;
using namespace opc::test;
using ops::AnalyticsExportState;

namespace {

constexpr int kRunTimeoutMs = 90000;
const QString kRpcPath = QStringLiteral("/api/v1/analytics/rpc");

bool isTerminal(AnalyticsExportState state)
{
    return state == AnalyticsExportState::Completed || state == AnalyticsExportState::Paused
        || state == AnalyticsExportState::Failed;
}

// A crm-sandbox and what an export needs against it: the team lead's client and a journal file
// in a temporary folder. The export itself is made (and destroyed) by each test.
struct Rig {
    SandboxProcess sandbox;
    // The journal syncs after every call: on a RAM disk where there is one, so that a slow
    // disk does not eat into the limits' windows.
    QTemporaryDir dir { QDir(QStringLiteral("/dev/shm")).exists()
                            ? QStringLiteral("/dev/shm/opc-analytics-XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/opc-analytics-XXXXXX") };
    std::unique_ptr<crm::CrmClient> client;
    std::unique_ptr<ops::AnalyticsJournalStore> journal;
    std::unique_ptr<ops::AnalyticsExport> exporter;

    bool start(const QStringList &options, QString *error)
    {
        if (!sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"), options)) {
            *error = sandbox.error();
            return false;
        }
        client = clientFor(sandbox.url(), kLeadToken);
        openJournal();
        return true;
    }

    void openJournal()
    {
        journal = std::make_unique<ops::AnalyticsJournalStore>(
            dir.filePath(QStringLiteral("analytics.sqlite")));
    }

    ops::AnalyticsExport *makeExport(int perCall, int maxWaitSeconds = 600,
                                     const QString &accessToken = kLeadToken)
    {
        ops::AnalyticsExportServices services;
        services.crm = client.get();
        services.analytics = client.get();
        services.journal = journal.get();
        services.accessToken = accessToken;
        services.plan.contactsPerCall = perCall;
        services.plan.recordsPerCall = perCall;
        services.maxWaitSeconds = maxWaitSeconds;
        exporter = std::make_unique<ops::AnalyticsExport>(services);
        return exporter.get();
    }

    // Starts (or restarts) the export and waits until it completes, pauses or fails.
    AnalyticsExportState run()
    {
        QEventLoop loop;
        QObject::connect(exporter.get(), &ops::AnalyticsExport::stateChanged, &loop,
                         [&loop](AnalyticsExportState state) {
                             if (isTerminal(state))
                                 loop.quit();
                         });
        QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
        exporter->start();
        if (!isTerminal(exporter->state()))
            loop.exec();
        return exporter->state();
    }

    // Everything the endpoint received (sandbox.get_received), or an empty object.
    QJsonObject received()
    {
        crm::CrmRequest request;
        request.method = "POST";
        request.path = kRpcPath;
        request.body
            = QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                            { QStringLiteral("id"), QStringLiteral("test") },
                            { QStringLiteral("method"), QStringLiteral("sandbox.get_received") } };
        const crm::CrmResult result = call(*client, request);
        return result.body[QLatin1String("result")][QLatin1String("data")].toObject();
    }

    // Moves a deal to another stage as `token`'s user (with an amount), so that the history
    // has employees, amounts and skipped stages.
    bool moveDeal(qint64 dealId, qint64 stageId, qint64 amountKopecks, const QString &token)
    {
        auto as = clientFor(sandbox.url(), token);
        const crm::CrmResult deal
            = call(*as, getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)));
        if (!deal.ok())
            return false;
        crm::CrmRequest move;
        move.method = "POST";
        move.path = QStringLiteral("/api/v1/deals/%1/stage").arg(dealId);
        move.ifMatch = deal.etag;
        move.body = QJsonObject { { QStringLiteral("stage_id"), stageId },
                                  { QStringLiteral("amount_kopecks"), amountKopecks } };
        return call(*as, move).ok();
    }
};

// How often each received history record, contact, employee and funnel arrived; the most any
// of them did is what "nothing sent twice" is about.
int mostReceived(const QJsonObject &received, int *records)
{
    int most = 0;
    *records = 0;
    for (const QString &kind :
         { QStringLiteral("funnels"), QStringLiteral("employees"), QStringLiteral("contacts") }) {
        for (const QJsonValue &item : received.value(kind).toArray())
            most = std::max(most, item[QLatin1String("received")].toInt());
    }
    for (const QJsonValue &deal : received.value(QStringLiteral("deals")).toArray()) {
        for (const QJsonValue &record : deal[QLatin1String("history")].toArray()) {
            ++*records;
            most = std::max(most, record[QLatin1String("received")].toInt());
        }
    }
    return most;
}

int itemsTotal(const ops::AnalyticsProgress &progress, ops::AnalyticsItemKind kind)
{
    return progress.itemsTotal.at(std::size_t(kind));
}

} // namespace

class AnalyticsExportTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 8 calls per 2-second "minute": the export bursts up to the limit, waits for the window to
    // reset, and so uses every call the windows allow without ever being refused.
    void pacesToTheLimitWithoutA429()
    {
        constexpr int perWindow = 8;
        constexpr int windowMs = 2000;
        Rig rig;
        QString error;
        QVERIFY2(rig.start({ QStringLiteral("--analytics-limits"),
                             QStringLiteral("%1/100000").arg(perWindow),
                             QStringLiteral("--analytics-minute-seconds"),
                             QString::number(windowMs / 1000) },
                           &error),
                 qPrintable(error));
        // Employees, amounts and skipped stages in the history: deal 1 jumps 101 → 104 (moved
        // by the agent), deal 2 103 → 105 (by the team lead).
        QVERIFY(rig.moveDeal(1, 104, 2500000, kAgentToken));
        QVERIFY(rig.moveDeal(2, 105, 1904050, kLeadToken));

        ops::AnalyticsExport *run = rig.makeExport(15);
        int waits = 0;
        QObject::connect(run, &ops::AnalyticsExport::stateChanged, run,
                         [&waits](AnalyticsExportState state) {
                             if (state == AnalyticsExportState::Waiting)
                                 ++waits;
                         });
        QCOMPARE(rig.run(), AnalyticsExportState::Completed);
        const ops::AnalyticsProgress progress = run->progress();
        const ops::AnalyticsPlanSummary summary = run->summary();
        QVERIFY(progress.callsTotal > 4 * perWindow); // several windows' worth
        QCOMPARE(progress.callsDone, progress.callsTotal);
        QCOMPARE(itemsTotal(progress, ops::AnalyticsItemKind::Employee), 2);
        QVERIFY(summary.generatedRecords >= 3);

        const QJsonObject got = rig.received();
        QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 0); // never a 429
        const QJsonArray calls = got.value(QStringLiteral("calls")).toArray();
        QCOMPARE(calls.size(), progress.callsTotal);
        int records = 0;
        QCOMPARE(mostReceived(got, &records), 1);
        QCOMPARE(records, summary.records);
        QCOMPARE(got.value(QStringLiteral("employees")).toArray().size(), 2);

        // Throughput: the calls per window, over every window of the run but the last (where
        // the work may run out), against the limit.
        QMap<qint64, int> perWindowCount;
        for (const QJsonValue &each : calls)
            ++perWindowCount[each[QLatin1String("minute_window")].toInteger()];
        QVERIFY(!perWindowCount.isEmpty());
        const QList<qint64> windows = perWindowCount.keys();
        const qint64 first = windows.constFirst();
        const qint64 last = windows.constLast();
        QVERIFY(last - first >= 3);
        int used = 0;
        for (qint64 window = first; window < last; ++window) {
            QVERIFY2(perWindowCount.value(window) <= perWindow, "over the limit in a window");
            used += perWindowCount.value(window);
        }
        const double share = double(used) / double((last - first) * perWindow);
        const qint64 spanMs = calls.last()[QLatin1String("at_ms")].toInteger()
            - calls.first()[QLatin1String("at_ms")].toInteger();
        const double rate = double(calls.size() - perWindowCount.value(last)) * 1000.0
            / double(std::max<qint64>(
                1, last * windowMs - calls.first()[QLatin1String("at_ms")].toInteger()));
        qInfo("%d calls in %lld ms over %lld windows of %d ms (limit %d each), %d waits: %.1f %% "
              "of the windows' calls used; %.2f calls/s before the last window against a limit "
              "of %.2f/s",
              int(calls.size()), spanMs, last - first + 1, windowMs, perWindow, waits,
              share * 100.0, rate, perWindow * 1000.0 / windowMs);
        QVERIFY2(share >= 0.95, qPrintable(QString::number(share)));
        QVERIFY(waits >= int(last - first) - 1);

        // The records: the generated stages of deal 1 are flagged, the moves carry their
        // employee and amount.
        QJsonArray dealOne;
        for (const QJsonValue &deal : got.value(QStringLiteral("deals")).toArray()) {
            if (deal[QLatin1String("ext_id")].toString() == QLatin1String("1"))
                dealOne = deal[QLatin1String("history")].toArray();
        }
        QStringList stages;
        QStringList generated;
        QJsonObject move;
        for (const QJsonValue &record : std::as_const(dealOne)) {
            stages << record[QLatin1String("stage_ext_id")].toString();
            if (record[QLatin1String("is_generated")].toBool())
                generated << record[QLatin1String("stage_ext_id")].toString();
            if (record[QLatin1String("stage_ext_id")].toString() == QLatin1String("104"))
                move = record.toObject();
        }
        QCOMPARE(stages,
                 (QStringList { QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103"),
                                QStringLiteral("104") }));
        QCOMPARE(generated, (QStringList { QStringLiteral("102"), QStringLiteral("103") }));
        QCOMPARE(move.value(QStringLiteral("employee_ext_id")).toString(),
                 QStringLiteral("u-agent"));
        QCOMPARE(move.value(QStringLiteral("revenue")).toInt(), 25000);

        // A second export finds nothing new and sends nothing.
        rig.makeExport(15);
        QCOMPARE(rig.run(), AnalyticsExportState::Completed);
        QCOMPARE(rig.exporter->progress().callsTotal, 0);
        QVERIFY(rig.exporter->summary().unchanged > 0);
        QCOMPARE(rig.received().value(QStringLiteral("calls")).toArray().size(), calls.size());
    }

    // The day's limit: a short wait budget pauses the export at it (no 429), saying what
    // remains; a new export object resumes the journaled run, waits for the day to reset and
    // finishes, every call sent once.
    void pausesAtTheDayLimitAndGoesOn()
    {
        constexpr int perDay = 6;
        Rig rig;
        QString error;
        QVERIFY2(
            rig.start({ QStringLiteral("--analytics-limits"), QStringLiteral("100/%1").arg(perDay),
                        QStringLiteral("--analytics-day-seconds"), QStringLiteral("5") },
                      &error),
            qPrintable(error));
        // No waiting allowed: the first wait pauses. 19 calls cannot fit into the at most two
        // day windows the first run can touch.
        ops::AnalyticsExport *run = rig.makeExport(50, 0);
        QCOMPARE(rig.run(), AnalyticsExportState::Paused);
        ops::AnalyticsProgress progress = run->progress();
        const int total = progress.callsTotal;
        QVERIFY(total > 2 * perDay);
        QVERIFY(progress.callsDone >= perDay);
        QVERIFY(progress.callsDone <= 2 * perDay);
        QCOMPARE(progress.wait.reason, ops::PacingReason::Day);
        QVERIFY(progress.wait.waitMs > 0);
        QVERIFY2(run->message().contains(QLatin1String("day")), qPrintable(run->message()));
        QVERIFY2(run->message().contains(QString::number(progress.callsLeft())),
                 qPrintable(run->message()));
        QCOMPARE(rig.received().value(QStringLiteral("refused")).toInt(), 0);

        // Restarted: the same run goes on and waits for the day window itself.
        rig.exporter.reset();
        rig.openJournal();
        run = rig.makeExport(50, 30);
        bool resumed = false;
        QObject::connect(run, &ops::AnalyticsExport::planned, run,
                         [run, &resumed]() { resumed = run->progress().resumed; });
        QCOMPARE(rig.run(), AnalyticsExportState::Completed);
        QVERIFY(resumed);
        progress = run->progress();
        QCOMPARE(progress.callsTotal, total);
        QCOMPARE(progress.callsDone, total);
        const QJsonObject got = rig.received();
        QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 0);
        QCOMPARE(got.value(QStringLiteral("calls")).toArray().size(), total);
        QMap<qint64, int> perDayCount;
        for (const QJsonValue &each : got.value(QStringLiteral("calls")).toArray())
            ++perDayCount[each[QLatin1String("day_window")].toInteger()];
        for (int count : std::as_const(perDayCount))
            QVERIFY(count <= perDay);
        int records = 0;
        QCOMPARE(mostReceived(got, &records), 1);
    }

    // Destroyed while a call is on its way (the sandbox delays every analytics answer and
    // applies the call after the exporter is gone), then made again with the journal reopened:
    // it resends that call with the same Idempotency-Key, which the sandbox answers from its
    // replay store, and goes on. Nothing arrives twice, no call is counted twice.
    void resumesAfterBeingDestroyedMidCall()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({ QStringLiteral("--enable-faults"),
                             QStringLiteral("--analytics-limits"), QStringLiteral("1000/100000") },
                           &error),
                 qPrintable(error));
        QVERIFY(
            addFault(rig.sandbox.url(),
                     QJsonObject { { QStringLiteral("route"), QStringLiteral("POST ") + kRpcPath },
                                   { QStringLiteral("latency_ms"), 400 } }));
        constexpr int stopAt = 6;
        ops::AnalyticsExport *run = rig.makeExport(40);
        QEventLoop loop;
        QObject::connect(run, &ops::AnalyticsExport::callStarted, &loop, [&](int seq) {
            if (seq == stopAt)
                QTimer::singleShot(150, &loop, &QEventLoop::quit);
        });
        QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
        run->start();
        loop.exec();
        QCOMPARE(run->progress().callsDone, stopAt - 1);
        const int total = run->progress().callsTotal;
        QVERIFY(total > stopAt);
        rig.exporter.reset(); // mid-call: its answer will never be read
        rig.journal.reset();
        QTest::qWait(700); // the sandbox applies the call meanwhile
        QVERIFY(clearFaults(rig.sandbox.url()));
        QCOMPARE(rig.received().value(QStringLiteral("calls")).toArray().size(), stopAt);

        rig.openJournal();
        run = rig.makeExport(40);
        int firstResent = 0;
        QObject::connect(run, &ops::AnalyticsExport::callStarted, run, [&firstResent](int seq) {
            if (firstResent == 0)
                firstResent = seq;
        });
        QCOMPARE(rig.run(), AnalyticsExportState::Completed);
        QCOMPARE(firstResent, stopAt);
        QVERIFY(run->progress().resumed);
        QCOMPARE(run->progress().callsDone, total);
        const QJsonObject got = rig.received();
        QCOMPARE(got.value(QStringLiteral("calls")).toArray().size(), total);
        int records = 0;
        QCOMPARE(mostReceived(got, &records), 1);
        QCOMPARE(records, itemsTotal(run->progress(), ops::AnalyticsItemKind::HistoryRecord));
        QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 0);
    }

    // A JSON-RPC error answer stops the export with a translated message that names the code;
    // the refused run is closed, and the next export plans afresh and finishes.
    void reportsAJsonRpcError()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({ QStringLiteral("--analytics-limits"), QStringLiteral("1000/100000") },
                           &error),
                 qPrintable(error));
        ops::AnalyticsExport *run = rig.makeExport(100, 600, QStringLiteral("not-a-token"));
        QCOMPARE(rig.run(), AnalyticsExportState::Failed);
        QVERIFY(run->rpcError().has_value());
        QCOMPARE(run->rpcError()->code, -32001);
        QCOMPARE(run->rpcError()->mnemonic, QStringLiteral("access_denied"));
        const QString message = run->message();
        QVERIFY2(message.contains(QLatin1String("access token")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("JSON-RPC error -32001")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("create.sales_funnel")), qPrintable(message));
        QCOMPARE(run->progress().callsDone, 0);

        run = rig.makeExport(100);
        QCOMPARE(rig.run(), AnalyticsExportState::Completed);
        QVERIFY(!run->progress().resumed);
        QVERIFY(run->progress().callsTotal > 0);
    }

    // crm-sandbox refuses limits and windows it cannot use, naming the option (exit 2).
    void sandboxRefusesBadLimitOptions()
    {
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("--analytics-limits"), QStringLiteral("0/5") },
               QStringList { QStringLiteral("--analytics-limits"), QStringLiteral("200") },
               QStringList { QStringLiteral("--analytics-minute-seconds"), QStringLiteral("0") },
               QStringList { QStringLiteral("--analytics-day-seconds"), QStringLiteral("x") } }) {
            QProcess sandbox;
            sandbox.start(SandboxProcess::binary(QStringLiteral("crm-sandbox")), arguments);
            QVERIFY(sandbox.waitForFinished(30000));
            QCOMPARE(sandbox.exitCode(), 2);
            QVERIFY2(sandbox.readAllStandardError().contains(arguments.first().toUtf8()),
                     qPrintable(arguments.join(QLatin1Char(' '))));
        }
    }

    // The command line: JSON lines of progress, then the same again with nothing new.
    void cliPrintsProgress()
    {
        SandboxProcess sandbox;
        QVERIFY2(
            sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                          { QStringLiteral("--analytics-limits"), QStringLiteral("5/1000"),
                            QStringLiteral("--analytics-minute-seconds"), QStringLiteral("1") }),
            qPrintable(sandbox.error()));
        QTemporaryDir home;
        auto runCli = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("OPERATOR_CRM_TOKEN"), kLeadToken);
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
            cli.setProcessEnvironment(environment);
            cli.start(SandboxProcess::binary(QStringLiteral("operator-cli")),
                      QStringList { QStringLiteral("--crm"), sandbox.url().toString() }
                          + arguments);
            if (!cli.waitForFinished(kRunTimeoutMs))
                return -1;
            *out = cli.readAllStandardOutput();
            *err = cli.readAllStandardError();
            return cli.exitCode();
        };
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            runCli({ QStringLiteral("--json"), QStringLiteral("analytics"),
                     QStringLiteral("export"), QStringLiteral("--batch"), QStringLiteral("200") },
                   &out, &err),
            0);
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        }
        QVERIFY2(lines.size() >= 3, out.constData());
        QCOMPARE(lines.first().value(QStringLiteral("event")).toString(),
                 QStringLiteral("planned"));
        const int calls = lines.first().value(QStringLiteral("calls")).toInt();
        QVERIFY(calls > 5);
        int sent = 0;
        int waiting = 0;
        for (const QJsonObject &line : std::as_const(lines)) {
            sent += line.value(QStringLiteral("event")).toString() == QLatin1String("sent");
            waiting += line.value(QStringLiteral("event")).toString() == QLatin1String("waiting");
        }
        QCOMPARE(sent, calls);
        QVERIFY(waiting >= 1);
        const QJsonObject lastSent = lines.at(lines.size() - 2);
        QCOMPARE(lastSent.value(QStringLiteral("calls_left")).toInt(), 0);
        QVERIFY(lastSent.value(QStringLiteral("limits")).isObject());
        QCOMPARE(lines.last().value(QStringLiteral("event")).toString(),
                 QStringLiteral("finished"));

        // Text, a second time: nothing new.
        QCOMPARE(runCli({ QStringLiteral("analytics"), QStringLiteral("export") }, &out, &err), 0);
        QVERIFY2(out.contains("Nothing new to send"), out.constData());
        // Usage errors.
        QCOMPARE(runCli({ QStringLiteral("analytics") }, &out, &err), 2);
        QCOMPARE(runCli({ QStringLiteral("analytics"), QStringLiteral("export"),
                          QStringLiteral("--batch"), QStringLiteral("0") },
                        &out, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(AnalyticsExportTest)
#include "tst_analytics_export.moc"
