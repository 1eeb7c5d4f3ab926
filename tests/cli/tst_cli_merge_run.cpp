#include "CliRunner.h"
#include "support/CrmTestCalls.h"
#include "support/MergeState.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace opc;
using namespace opc::test;

namespace {

const QStringList kStepOrder {
    QStringLiteral("create-request"),
    QStringLiteral("move-intro-lesson"),
    QStringLiteral("copy-reports"),
    QStringLiteral("cross-reference-comments"),
    QStringLiteral("move-schedule-and-teacher"),
    QStringLiteral("mark-duplicate"),
    QStringLiteral("move-paid-lessons"),
    QStringLiteral("check-price-set"),
    QStringLiteral("copy-statuses"),
};

QStringList mergeArguments(const SandboxProcess &sandbox, const QStringList &rest)
{
    return QStringList { QStringLiteral("--crm"), sandbox.url().toString(),
                         QStringLiteral("merge") }
    + rest;
}

const QStringList kKeepEnglish { QStringLiteral("--source"),         QStringLiteral("22"),
                                 QStringLiteral("--target"),         QStringLiteral("12"),
                                 QStringLiteral("--student-warned"), QStringLiteral("--json") };

// The JSON lines of a run's standard output; a line that is not a JSON object fails the test.
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            return {};
        lines << document.object();
    }
    return lines;
}

QStringList field(const QList<QJsonObject> &lines, const char *key)
{
    QStringList values;
    for (const QJsonObject &line : lines)
        values << line[QLatin1String(key)].toString();
    return values;
}

} // namespace

// `operator-cli merge` really merging (issue 3): one JSON line per step in order, the refusals
// with their exit codes, the price-set decision, and a run killed after each step and resumed
// with --resume, which must end in exactly the state of an uninterrupted run.
class TestCliMergeRun final : public QObject {
    Q_OBJECT

    QJsonObject m_reference; // the CRM after an uninterrupted keep-English run

private Q_SLOTS:
    void runsEveryStepAndPrintsOneLineEach()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const CliRun run
            = runCli(mergeArguments(sandbox, kKeepEnglish), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(field(lines, "step"), kStepOrder);
        QCOMPARE(field(lines, "status"), QStringList(kStepOrder.size(), QStringLiteral("done")));
        // "step" and "status" lead every line, as scripts that grep them expect.
        for (const QByteArray &line : run.out.trimmed().split('\n'))
            QVERIFY2(line.startsWith("{\"step\":\"") && line.contains("\",\"status\":\""),
                     line.constData());
        const QString operationId = lines.first()[QLatin1String("operation_id")].toString();
        QVERIFY(!operationId.isEmpty());
        QCOMPARE(field(lines, "operation_id"), QStringList(lines.size(), operationId));

        QString error;
        m_reference = seedMergeState(sandbox.url(), &error);
        QVERIFY2(!m_reference.isEmpty(), qPrintable(error));
        QCOMPARE(
            m_reference[QLatin1String("/api/v1/requests/2201")][QLatin1String("status")].toString(),
            QStringLiteral("duplicate"));

        // The same merge again: already merged, exit 1 with the reason.
        const CliRun again
            = runCli(mergeArguments(sandbox, kKeepEnglish), {}, withToken(kAgentToken));
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY2(again.err.contains("already merged"), qPrintable(again.describe()));
    }

    void printsAReadableRunWithoutJson()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const CliRun run
            = runCli(mergeArguments(sandbox, kKeepEnglish.mid(0, 5)), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("1. Create the request [create-request]: done")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("9. Copy the latest statuses [copy-statuses]: done")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Old request: 2201 (now a duplicate)")));
        QVERIFY(text.contains(QStringLiteral("New request: ")));
        QVERIFY(text.contains(QStringLiteral("Login link (the web alternative): https://")));
    }

    void refusesWhileAnotherAgentHoldsTheLock()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        auto lead = clientFor(sandbox.url(), kLeadToken);
        crm::CrmRequest registration;
        registration.method = "POST";
        registration.path = QStringLiteral("/api/v1/merges");
        registration.body
            = QJsonObject { { QStringLiteral("operation_id"), QStringLiteral("lead-op") },
                            { QStringLiteral("source_account_id"), 22 },
                            { QStringLiteral("target_account_id"), 12 } };
        QVERIFY(call(*lead, registration).ok());
        const CliRun run
            = runCli(mergeArguments(sandbox, kKeepEnglish), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("Борис Егоров is already merging"), qPrintable(run.describe()));
    }

    void resumeOfAnUnknownOperationFails()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const CliRun run = runCli(
            mergeArguments(sandbox, { QStringLiteral("--resume"), QStringLiteral("nope") }), {},
            withToken(kAgentToken));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("no merge nope"), qPrintable(run.describe()));
    }

    void priceSetMismatchStopsUntilDecided()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        auto lead = clientFor(sandbox.url(), kLeadToken);
        const crm::CrmResult read = call(*lead, getOf(QStringLiteral("/api/v1/requests/2101")));
        crm::CrmRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("/api/v1/requests/2101");
        patch.ifMatch = read.etag;
        patch.body = QJsonObject { { QStringLiteral("price_set_id"), 2 } };
        QVERIFY(call(*lead, patch).ok());

        const QStringList keepMath { QStringLiteral("--source"),         QStringLiteral("11"),
                                     QStringLiteral("--target"),         QStringLiteral("21"),
                                     QStringLiteral("--student-warned"), QStringLiteral("--json") };
        const CliRun stopped
            = runCli(mergeArguments(sandbox, keepMath), {}, withToken(kAgentToken));
        QVERIFY2(stopped.exitCode == 1, qPrintable(stopped.describe()));
        QVERIFY2(stopped.err.contains("--price-set copy|keep"), qPrintable(stopped.describe()));
        const QList<QJsonObject> lines = jsonLines(stopped.out);
        QCOMPARE(field(lines, "step"), kStepOrder);
        QCOMPARE(lines.at(7)[QLatin1String("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(lines.at(8)[QLatin1String("status")].toString(), QStringLiteral("planned"));
        const QString operationId = lines.first()[QLatin1String("operation_id")].toString();

        const CliRun decided = runCli(
            mergeArguments(sandbox,
                           { QStringLiteral("--resume"), operationId, QStringLiteral("--price-set"),
                             QStringLiteral("copy"), QStringLiteral("--json") }),
            {}, withToken(kAgentToken));
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.describe()));
        const QList<QJsonObject> resumed = jsonLines(decided.out);
        QCOMPARE(field(resumed, "step"), kStepOrder);
        QCOMPARE(resumed.at(7)[QLatin1String("status")].toString(), QStringLiteral("done"));
        QCOMPARE(resumed.at(7)[QLatin1String("attempts")].toInt(), 2);
        const crm::CrmResult after = call(*lead, getOf(QStringLiteral("/api/v1/requests/2101")));
        QCOMPARE(after.body[QLatin1String("price_set")][QLatin1String("id")].toInteger(), 1);
    }

    // Killed (SIGKILL) as soon as step N has printed its line, then resumed: the same CRM state
    // as the uninterrupted run, nothing written twice.
    void resumesAfterAKillAtEachStepBoundary_data()
    {
        QTest::addColumn<int>("finished");
        for (int i = 1; i < kStepOrder.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("after ") + kStepOrder.at(i - 1))) << i;
    }

    void resumesAfterAKillAtEachStepBoundary()
    {
        QFETCH(int, finished);
        QVERIFY2(!m_reference.isEmpty(), "runsEveryStepAndPrintsOneLineEach sets the reference");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                               { QStringLiteral("--enable-faults") }),
                 qPrintable(sandbox.error()));
        // Every answer takes a while, so that the kill lands inside the next step, with its
        // first request on the way: the half-done case a resume has to check before acting.
        QVERIFY(addFault(sandbox.url(),
                         QJsonObject { { QStringLiteral("route"), QStringLiteral("*") },
                                       { QStringLiteral("latency_ms"), 60 } }));

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPERATOR_CRM_TOKEN"), kAgentToken);
        process.setProcessEnvironment(environment);
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            out += process.readAllStandardOutput();
            if (out.count('\n') >= finished && process.state() == QProcess::Running)
                process.kill();
        });
        process.start(SandboxProcess::binary(QStringLiteral("operator-cli")),
                      mergeArguments(sandbox, kKeepEnglish));
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QList<QJsonObject> before = jsonLines(out);
        QCOMPARE(before.size(), finished);
        QVERIFY(clearFaults(sandbox.url()));
        QTest::qWait(100); // the killed run's last request still lands, late
        const QString operationId = before.first()[QLatin1String("operation_id")].toString();

        const CliRun resumed = runCli(
            mergeArguments(sandbox,
                           { QStringLiteral("--resume"), operationId, QStringLiteral("--json") }),
            {}, withToken(kAgentToken));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        const QList<QJsonObject> lines = jsonLines(resumed.out);
        QCOMPARE(field(lines, "step"), kStepOrder);
        for (const QJsonObject &line : lines) {
            const QString status = line[QLatin1String("status")].toString();
            QVERIFY2(status == QLatin1String("done") || status == QLatin1String("skipped"),
                     qPrintable(status));
        }
        QString error;
        const QJsonObject after = seedMergeState(sandbox.url(), &error);
        QVERIFY2(after == m_reference, qPrintable(firstDifference(after, m_reference)));
    }
};

QTEST_GUILESS_MAIN(TestCliMergeRun)
#include "tst_cli_merge_run.moc"
