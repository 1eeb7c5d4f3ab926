#include "core/merge/Direction.h"
#include "core/merge/Snapshot.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/merge/MergeCaseLoader.h"
#include "operations/merge/MergeJournalStore.h"
#include "operations/merge/MergeRun.h"
#include "support/CrmTestCalls.h"
#include "support/MergeState.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace opc;
using namespace opc::test;
using merge::StepId;
using merge::StepState;
using ops::MergeRunState;

namespace {

constexpr int kRunTimeoutMs = 60000;

crm::RetryPolicy fastPolicy()
{
    crm::RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 40;
    return policy;
}

bool isTerminal(MergeRunState state)
{
    return state == MergeRunState::Completed || state == MergeRunState::Failed
        || state == MergeRunState::Refused || state == MergeRunState::WaitingForDecision;
}

QString stateName(MergeRunState state)
{
    static const char *names[] = { "idle",     "registering", "running",   "failed",
                                   "decision", "refused",     "finishing", "completed" };
    return QString::fromLatin1(names[int(state)]);
}

// A crm-sandbox with the demo fixture and what a merge run needs against it: the agent's client,
// an audit outbox and a merge journal in a temporary folder.
struct Rig {
    SandboxProcess sandbox;
    // Real SQLite files, on a RAM disk where there is one: every step syncs the journal and the
    // audit outbox to disk, and dozens of merges on a slow disk would take minutes.
    QTemporaryDir dir { QDir(QStringLiteral("/dev/shm")).exists()
                            ? QStringLiteral("/dev/shm/opc-merge-run-XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/opc-merge-run-XXXXXX") };
    std::unique_ptr<crm::CrmClient> client;
    std::unique_ptr<ops::AuditRecorder> audit;
    std::unique_ptr<ops::MergeJournalStore> journal;
    QObject context;

    bool start(bool faults, QString *error)
    {
        if (!sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                           faults ? QStringList { QStringLiteral("--enable-faults") }
                                  : QStringList())) {
            *error = sandbox.error();
            return false;
        }
        client = clientFor(sandbox.url(), kAgentToken);
        client->setRetryPolicy(fastPolicy());
        audit = std::make_unique<ops::AuditRecorder>(client.get(),
                                                     dir.filePath(QStringLiteral("outbox.sqlite")));
        journal = std::make_unique<ops::MergeJournalStore>(
            dir.filePath(QStringLiteral("merges.sqlite")));
        QString openError = QStringLiteral("pending");
        audit->open(&context, [&](const QString &e) { openError = e; });
        if (!QTest::qWaitFor([&] { return openError != QLatin1String("pending"); }, 5000)
            || !openError.isEmpty()) {
            *error = QStringLiteral("outbox: ") + openError;
            return false;
        }
        openError = QStringLiteral("pending");
        journal->open(&context, [&](const QString &e) { openError = e; });
        if (!QTest::qWaitFor([&] { return openError != QLatin1String("pending"); }, 5000)
            || !openError.isEmpty()) {
            *error = QStringLiteral("journal: ") + openError;
            return false;
        }
        return true;
    }

    ops::MergeRunServices services() const
    {
        ops::MergeRunServices services;
        services.client = client.get();
        services.audit = audit.get();
        services.journal = journal.get();
        services.agentId = kAgentId;
        services.requestTimeoutMs = 400;
        return services;
    }

    // The Find step's case and the plan of `direction`, as the wizard has them.
    bool plan(merge::Direction direction, merge::MergeCase *mergeCase, merge::DirectionPlan *plan,
              QString *error)
    {
        bool loaded = false;
        ops::MergeCaseLoad load;
        ops::loadMergeCase(client.get(), 11, &context, [&](const ops::MergeCaseLoad &result) {
            load = result;
            loaded = true;
        });
        if (!QTest::qWaitFor([&] { return loaded; }, 10000) || !load.ok()) {
            *error = QStringLiteral("load: ") + load.message;
            return false;
        }
        *mergeCase = *load.mergeCase;
        const auto resolved = merge::resolveDirection(*mergeCase, direction, error);
        if (!resolved)
            return false;
        *plan = *resolved;
        return true;
    }

    // The journal's "Interrupted merges" list, waited for; nullopt if it never came.
    std::optional<QList<ops::StoredMerge>> openMerges()
    {
        bool listed = false;
        QList<ops::StoredMerge> open;
        journal->listOpen(&context, [&](const QList<ops::StoredMerge> &merges, const QString &) {
            open = merges;
            listed = true;
        });
        if (!QTest::qWaitFor([&] { return listed; }, 10000))
            return std::nullopt;
        return open;
    }

    QList<QJsonObject> auditEventsOf(const QString &operationId, QString *error)
    {
        // Delivery from the outbox is asynchronous: wait until nothing is pending.
        (void)QTest::qWaitFor([&] { return audit->pendingCount() == 0; }, 10000);
        auto lead = clientFor(sandbox.url(), kLeadToken);
        const QJsonValue all = readAll(*lead, QStringLiteral("/api/v1/audit/events"), error);
        QList<QJsonObject> events;
        for (const QJsonValue &event : all.toArray()) {
            if (event[QLatin1String("operation_id")].toString() == operationId)
                events << event.toObject();
        }
        return events;
    }
};

// Waits in an event loop that wakes on the run's own signal: QTest::qWaitFor sleeps between
// polls, which would add its pause to every one of the run's many asynchronous hops.
bool waitForEnd(const ops::MergeRun &run)
{
    if (isTerminal(run.state()))
        return true;
    QEventLoop loop;
    QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&run, &ops::MergeRun::stateChanged, &loop, [&loop](MergeRunState state) {
        if (isTerminal(state))
            loop.quit();
    });
    loop.exec();
    return isTerminal(run.state());
}

} // namespace

// The KIDS merge operation (issue 3) against real crm-sandbox processes: both directions with
// the CRM checked field by field, the refusals, a fault at every step followed by a retry, a
// run abandoned at every step boundary and resumed from the journal, and the price-set
// decision. Each case has a fresh sandbox: a merge changes the CRM.
class TestMergeRun final : public QObject {
    Q_OBJECT

    QJsonObject m_reference[2]; // the CRM after an uninterrupted run: keep English, keep math

    static int index(merge::Direction direction)
    {
        return direction == merge::Direction::KeepEnglish ? 0 : 1;
    }

    // Runs a whole merge in a fresh sandbox and returns the CRM's state afterwards.
    static QJsonObject uninterrupted(merge::Direction direction, QString *error)
    {
        Rig rig;
        if (!rig.start(false, error))
            return {};
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        if (!rig.plan(direction, &mergeCase, &plan, error))
            return {};
        ops::MergeRun run(rig.services());
        run.start(mergeCase, plan);
        if (!waitForEnd(run) || run.state() != MergeRunState::Completed) {
            *error = QStringLiteral("run ended %1: %2").arg(stateName(run.state()), run.message());
            return {};
        }
        return seedMergeState(rig.sandbox.url(), error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (merge::Direction direction :
             { merge::Direction::KeepEnglish, merge::Direction::KeepMath }) {
            QString error;
            m_reference[index(direction)] = uninterrupted(direction, &error);
            QVERIFY2(!m_reference[index(direction)].isEmpty(), qPrintable(error));
        }
    }

    void keepEnglishMovesEverythingToTheEmptyMathAccount()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        const QJsonObject before = seedMergeState(rig.sandbox.url(), &error);
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        QCOMPARE(plan.source.id, 22);
        QCOMPARE(plan.target.id, 12);

        ops::MergeRun run(rig.services());
        QSignalSpy steps(&run, &ops::MergeRun::stepChanged);
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QVERIFY2(run.state() == MergeRunState::Completed, qPrintable(run.message()));

        // Every step ran once, in order, and ended done (nothing was there before).
        QStringList order;
        for (const QList<QVariant> &signal : std::as_const(steps)) {
            if (signal.at(1).value<StepState>() != StepState::Running)
                order << merge::stepIdToWire(signal.at(0).value<StepId>());
        }
        QStringList expected;
        for (StepId step : merge::stepOrder())
            expected << merge::stepIdToWire(step);
        QCOMPARE(order, expected);
        for (const merge::StepRecord &record : run.journal().steps()) {
            QCOMPARE(record.state, StepState::Done);
            QCOMPARE(record.attempts, 1);
        }

        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QVERIFY2(!after.isEmpty(), qPrintable(error));
        const qint64 newId = *run.newRequestId();
        QCOMPARE(*run.oldRequestId(), 2201);
        const QJsonObject account12 = after[QLatin1String("/api/v1/accounts/12")].toObject();
        QCOMPARE(account12[QLatin1String("request_ids")].toArray(), QJsonArray { double(newId) });
        const QJsonObject created
            = after[QStringLiteral("/api/v1/requests/%1").arg(newId)].toObject();
        // create-request: the CRM's contacts and child.
        QCOMPARE(created[QLatin1String("email")].toString(), plan.loginLinkAccount.email);
        QCOMPARE(created[QLatin1String("phone")].toString(), plan.loginLinkAccount.phone);
        QCOMPARE(created[QLatin1String("child_name")].toString(), plan.loginLinkAccount.childName);
        QVERIFY(run.loginLink().startsWith(QLatin1String("https://")));
        // move-intro-lesson: the methodist's intro lesson now belongs to 12, completed, at the
        // old time; none is left on 22.
        const merge::IntroLesson oldIntro = *mergeCase.request(2201)->introLesson;
        int introOn12 = 0;
        auto lead = clientFor(rig.sandbox.url(), kLeadToken);
        const QJsonValue lessons502
            = readAll(*lead, QStringLiteral("/api/v1/methodists/502/lessons"), &error);
        for (const QJsonValue &lesson : lessons502.toArray()) {
            QVERIFY(lesson[QLatin1String("account_id")].toInteger() != 22);
            if (lesson[QLatin1String("account_id")].toInteger() == 12) {
                ++introOn12;
                QCOMPARE(lesson[QLatin1String("status")].toString(), QStringLiteral("completed"));
                QCOMPARE(QDateTime::fromString(lesson[QLatin1String("starts_at")].toString(),
                                               Qt::ISODateWithMs),
                         oldIntro.startsAt);
            }
        }
        QCOMPARE(introOn12, 1);
        // copy-reports.
        const merge::RequestSummary &old = *mergeCase.request(2201);
        QCOMPARE(created[QLatin1String("intro_lesson_report")].toString(), old.introLessonReport);
        QCOMPARE(created[QLatin1String("task_after_trial_student")].toString(),
                 old.taskAfterTrialForStudent);
        QCOMPARE(created[QLatin1String("task_after_trial_teacher")].toString(),
                 old.taskAfterTrialForTeacher);
        // cross-reference-comments: exactly the preview's texts, once each.
        const QList<merge::StepPreview> planned = run.plannedSteps();
        const merge::StepPreview &comments = planned.at(3);
        const auto commentTexts = [&](qint64 request) {
            QStringList texts;
            for (const QJsonValue &comment :
                 after[QStringLiteral("/api/v1/requests/%1").arg(request)]
                      [QLatin1String("comments")]
                          .toArray())
                texts << comment[QLatin1String("text")].toString();
            return texts;
        };
        QCOMPARE(commentTexts(newId), QStringList { comments.texts.at(0).text });
        QCOMPARE(commentTexts(2201).count(comments.texts.at(1).text), 1);
        QVERIFY(comments.texts.at(1).text.contains(QString::number(newId)));
        // move-schedule-and-teacher: 22 has no schedule; 12 has 22's slots and teacher; the
        // teacher got one request and one letter, with the preview's texts.
        QVERIFY(after[QLatin1String("/api/v1/accounts/22")][QLatin1String("schedule")]
                    .toArray()
                    .isEmpty());
        const QJsonArray slots12 = account12[QLatin1String("schedule")].toArray();
        const QJsonArray slots22
            = before[QLatin1String("/api/v1/accounts/22")][QLatin1String("schedule")].toArray();
        QCOMPARE(slots12.size(), slots22.size());
        QVERIFY(!slots12.isEmpty());
        for (int i = 0; i < slots12.size(); ++i) {
            for (const char *key : { "weekday", "time", "duration_min", "teacher_id" })
                QCOMPARE(slots12.at(i)[QLatin1String(key)], slots22.at(i)[QLatin1String(key)]);
        }
        const QJsonArray teacherRequests
            = after[QLatin1String("/api/v1/teachers/602/requests")].toArray();
        const QJsonArray letters = after[QLatin1String("/api/v1/teachers/602/letters")].toArray();
        QCOMPARE(teacherRequests.size(), 1);
        QCOMPARE(letters.size(), 1);
        const merge::StepPreview &teacher = planned.at(4);
        QCOMPARE(teacherRequests.at(0)[QLatin1String("message")].toString(),
                 teacher.texts.at(0).text);
        QCOMPARE(letters.at(0)[QLatin1String("text")].toString(), teacher.texts.at(1).text);
        QCOMPARE(letters.at(0)[QLatin1String("account_id")].toInteger(), 12);
        // mark-duplicate: purple, linked to the new request.
        const QJsonObject oldAfter = after[QLatin1String("/api/v1/requests/2201")].toObject();
        QCOMPARE(oldAfter[QLatin1String("status")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(oldAfter[QLatin1String("color")].toString(), QStringLiteral("purple"));
        QCOMPARE(oldAfter[QLatin1String("duplicate_of")].toInteger(), newId);
        // move-paid-lessons.
        QCOMPARE(after[QLatin1String("/api/v1/accounts/22")][QLatin1String("paid_lessons_balance")]
                     .toInteger(),
                 0);
        QCOMPARE(account12[QLatin1String("paid_lessons_balance")].toInteger(),
                 plan.source.paidLessons + plan.target.paidLessons);
        // check-price-set: the new request had none and took the old one's.
        QCOMPARE(created[QLatin1String("price_set")][QLatin1String("id")].toInteger(), 2);
        QCOMPARE(created[QLatin1String("region")][QLatin1String("id")].toInteger(), 1);
        // copy-statuses: the history after "new" as the old request had it.
        QStringList history;
        for (const QJsonValue &entry : created[QLatin1String("status_history")].toArray())
            history << entry[QLatin1String("status")].toString();
        QCOMPARE(history, QStringList { QStringLiteral("new") } + merge::statusesToCopy(old));
        QCOMPARE(created[QLatin1String("status")].toString(), merge::statusesToCopy(old).last());

        // The merge is closed on the CRM, its lock gone; the journal marks it closed.
        const crm::CrmResult merge
            = call(*rig.client, getOf(QStringLiteral("/api/v1/merges/") + run.operationId()));
        QCOMPARE(merge.body[QLatin1String("status")].toString(), QStringLiteral("finished"));
        QVERIFY(merge.body[QLatin1String("locked_account_ids")].toArray().isEmpty());
        QCOMPARE(merge.body[QLatin1String("completed_steps")].toArray().size(), 9);

        // Audit: started, one event per step, finished — all with the operation id.
        const QList<QJsonObject> events = rig.auditEventsOf(run.operationId(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList actions;
        for (const QJsonObject &event : events)
            actions << event[QLatin1String("action")].toString();
        QStringList expectedActions { QStringLiteral("merge.started") };
        for (const QString &step : expected)
            expectedActions << QStringLiteral("merge.step.") + step;
        expectedActions << QStringLiteral("merge.finished");
        QCOMPARE(actions, expectedActions);

        // Same as the reference run: the state is what every other case is compared with.
        QVERIFY2(after == m_reference[0], qPrintable(firstDifference(after, m_reference[0])));
    }

    void keepMathReusesTheEmptyEnglishAccountsRequest()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepMath, &mergeCase, &plan, &error),
                 qPrintable(error));
        QCOMPARE(plan.source.id, 11);
        QCOMPARE(plan.target.id, 21);
        ops::MergeRun run(rig.services());
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QVERIFY2(run.state() == MergeRunState::Completed, qPrintable(run.message()));
        // The target's request 2101 is reused, never a second one.
        QCOMPARE(*run.newRequestId(), 2101);
        QCOMPARE(run.journal().record(StepId::CreateRequest).state, StepState::Skipped);
        // Same price set and region: nothing to change.
        QCOMPARE(run.journal().record(StepId::CheckPriceSet).state, StepState::Skipped);
        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QCOMPARE(
            after[QLatin1String("/api/v1/accounts/21")][QLatin1String("request_ids")].toArray(),
            QJsonArray { 2101 });
        QCOMPARE(after[QLatin1String("/api/v1/requests/1101")][QLatin1String("duplicate_of")]
                     .toInteger(),
                 2101);
        // The login link is the (empty) English target's: math accounts get none.
        QVERIFY(!run.loginLink().isEmpty());
        QVERIFY2(after == m_reference[1], qPrintable(firstDifference(after, m_reference[1])));
    }

    void refusesWhileAnotherAgentHoldsTheLock()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        auto lead = clientFor(rig.sandbox.url(), kLeadToken);
        crm::CrmRequest registration;
        registration.method = "POST";
        registration.path = QStringLiteral("/api/v1/merges");
        registration.body
            = QJsonObject { { QStringLiteral("operation_id"), QStringLiteral("lead-op") },
                            { QStringLiteral("source_account_id"), 22 },
                            { QStringLiteral("target_account_id"), 12 } };
        QVERIFY(call(*lead, registration).ok());
        const QJsonObject before = seedMergeState(rig.sandbox.url(), &error);

        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        ops::MergeRun run(rig.services());
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QCOMPARE(run.state(), MergeRunState::Refused);
        QVERIFY2(run.message().contains(QStringLiteral("Борис Егоров"))
                     && run.message().contains(QStringLiteral("lead-op")),
                 qPrintable(run.message()));
        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
        // A refused merge is not offered for a resume.
        const auto listed = rig.openMerges();
        QVERIFY(listed);
        const QList<ops::StoredMerge> &open = *listed;
        QVERIFY(open.isEmpty());
    }

    void faultAtEachStepThenRetry_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QJsonObject>("fault");
        const QList<std::pair<StepId, QString>> writes {
            { StepId::CreateRequest, QStringLiteral("POST /api/v1/requests") },
            { StepId::MoveIntroLesson,
              QStringLiteral("DELETE /api/v1/methodists/{id}/lessons/{lesson_id}") },
            { StepId::CopyReports, QStringLiteral("PATCH /api/v1/requests/{id}") },
            { StepId::CrossReferenceComments,
              QStringLiteral("POST /api/v1/requests/{id}/comments") },
            { StepId::MoveScheduleAndTeacher,
              QStringLiteral("DELETE /api/v1/accounts/{id}/schedule") },
            { StepId::MarkDuplicate, QStringLiteral("PATCH /api/v1/requests/{id}") },
            { StepId::MovePaidLessons, QStringLiteral("POST /api/v1/balance-transfers") },
            { StepId::CheckPriceSet, QStringLiteral("PATCH /api/v1/requests/{id}") },
            { StepId::CopyStatuses, QStringLiteral("PATCH /api/v1/requests/{id}") },
        };
        const QList<std::pair<QString, QJsonObject>> faults {
            { QStringLiteral("5xx"), { { QStringLiteral("status"), 500 } } },
            { QStringLiteral("timeout"), { { QStringLiteral("latency_ms"), 700 } } },
            { QStringLiteral("request lost"), { { QStringLiteral("drop_connection"), true } } },
            { QStringLiteral("answer lost"),
              { { QStringLiteral("drop_after_apply"), true }, { QStringLiteral("times"), 2 } } },
            { QStringLiteral("412"), { { QStringLiteral("status"), 412 } } },
        };
        for (const auto &[step, route] : writes) {
            for (const auto &[name, fault] : faults) {
                // 412 answers only writes with If-Match; a POST never gets one.
                if (name == QLatin1String("412") && route.startsWith(QLatin1String("POST")))
                    continue;
                QTest::newRow(qPrintable(merge::stepIdToWire(step) + QLatin1Char(' ') + name))
                    << int(step) << route << fault;
            }
        }
    }

    void faultAtEachStepThenRetry()
    {
        QFETCH(int, step);
        QFETCH(QString, route);
        QFETCH(QJsonObject, fault);
        Rig rig;
        QString error;
        QVERIFY2(rig.start(true, &error), qPrintable(error));
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        fault.insert(QStringLiteral("route"), route);
        ops::MergeRun run(rig.services());
        bool injected = false;
        // The fault goes in when the step starts, so earlier steps' use of a shared route (a
        // PATCH of the request) is not hit.
        connect(&run, &ops::MergeRun::stepChanged, &rig.context,
                [&](StepId changed, StepState state) {
                    if (int(changed) == step && state == StepState::Running && !injected)
                        injected = addFaultNow(rig.sandbox.url(), fault);
                });
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QVERIFY(injected);
        if (run.state() == MergeRunState::Failed) {
            // Stopped at the faulted step with a reason; nothing after it ran.
            const auto failedAt = run.journal().resumeStep();
            QVERIFY(failedAt);
            QCOMPARE(int(*failedAt), step);
            QCOMPARE(run.journal().record(*failedAt).state, StepState::Failed);
            QVERIFY(!run.journal().record(*failedAt).error.isEmpty());
            QVERIFY(clearFaults(rig.sandbox.url()));
            run.retry();
            QVERIFY(waitForEnd(run));
        }
        // Some faults the client survives by itself (a lost answer replayed by its key).
        QVERIFY2(run.state() == MergeRunState::Completed,
                 qPrintable(stateName(run.state()) + QStringLiteral(": ") + run.message()));
        // Requests that were delayed past their timeout still arrive; they must change nothing.
        QTest::qWait(fault.contains(QStringLiteral("latency_ms")) ? 800 : 50);
        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QVERIFY2(after == m_reference[0], qPrintable(firstDifference(after, m_reference[0])));
    }

    // The run object dies (as with a crash) while each step is running; a new run resumes
    // from the journal and ends exactly as an uninterrupted one, nothing done twice.
    void resumesFromTheJournalAtEachStep_data()
    {
        QTest::addColumn<int>("step");
        for (StepId step : merge::stepOrder())
            QTest::newRow(qPrintable(merge::stepIdToWire(step))) << int(step);
    }

    void resumesFromTheJournalAtEachStep()
    {
        QFETCH(int, step);
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        auto first = std::make_unique<ops::MergeRun>(rig.services());
        QString operationId;
        bool stopped = false;
        connect(first.get(), &ops::MergeRun::stepChanged, &rig.context,
                [&](StepId changed, StepState state) {
                    if (int(changed) == step && state == StepState::Running && first) {
                        operationId = first->operationId();
                        stopped = true;
                        // Dropped from the event loop, as a crash would: whatever it queued
                        // before (the journal write, maybe the step's first request) may still
                        // happen, nothing after it does. Waiting for the test's own poll here
                        // would let the run go on, even to its end.
                        first.release()->deleteLater();
                    }
                });
        first->start(mergeCase, plan);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kRunTimeoutMs);
        QTest::qWait(30); // let the deletion and anything it left in flight settle

        // The interrupted merge is listed for a resume.
        const auto listed = rig.openMerges();
        QVERIFY(listed);
        const QList<ops::StoredMerge> &open = *listed;
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().journal.operationId(), operationId);

        ops::MergeRun second(rig.services());
        second.resume(operationId);
        QVERIFY(waitForEnd(second));
        QVERIFY2(second.state() == MergeRunState::Completed, qPrintable(second.message()));
        QCOMPARE(second.operationId(), operationId);
        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QVERIFY2(after == m_reference[0], qPrintable(firstDifference(after, m_reference[0])));
    }

    // A team lead abandons the merge while a step runs: that step completes, the next does not
    // start, and the run says why.
    void abandonedByATeamLeadStopsBeforeTheNextStep()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        const QJsonObject before = seedMergeState(rig.sandbox.url(), &error);
        ops::MergeRun run(rig.services());
        bool abandoned = false;
        connect(&run, &ops::MergeRun::stepChanged, &rig.context,
                [&](StepId changed, StepState state) {
                    if (changed != StepId::CopyReports || state != StepState::Running || abandoned)
                        return;
                    const QString path = QStringLiteral("/api/v1/merges/") + run.operationId();
                    const crm::CrmResult read = callNow(rig.sandbox.url(), kLeadToken, getOf(path));
                    crm::CrmRequest patch;
                    patch.method = "PATCH";
                    patch.path = path;
                    patch.ifMatch = read.etag;
                    patch.body
                        = QJsonObject { { QStringLiteral("status"), QStringLiteral("abandoned") } };
                    abandoned = callNow(rig.sandbox.url(), kLeadToken, patch).ok();
                });
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QVERIFY(abandoned);
        QCOMPARE(run.state(), MergeRunState::Refused);
        QVERIFY2(run.message().contains(QStringLiteral("abandoned")), qPrintable(run.message()));
        QCOMPARE(run.journal().record(StepId::CopyReports).state, StepState::Done);
        QCOMPARE(run.journal().record(StepId::CrossReferenceComments).state, StepState::Planned);
        // Nothing after it was written: the old request has no cross-reference comment.
        const QJsonObject after = seedMergeState(rig.sandbox.url(), &error);
        QCOMPARE(after[QLatin1String("/api/v1/requests/2201")][QLatin1String("comments")],
                 before[QLatin1String("/api/v1/requests/2201")][QLatin1String("comments")]);
        // Closed in the journal: not offered for a resume.
        const auto listed = rig.openMerges();
        QVERIFY(listed);
        const QList<ops::StoredMerge> &open = *listed;
        QVERIFY(open.isEmpty());
    }

    void resumingAClosedOrUnknownMergeIsRefused()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        ops::MergeRun unknown(rig.services());
        unknown.resume(QStringLiteral("no-such-operation"));
        QVERIFY(waitForEnd(unknown));
        QCOMPARE(unknown.state(), MergeRunState::Refused);
        QVERIFY2(unknown.message().contains(QStringLiteral("no-such-operation")),
                 qPrintable(unknown.message()));

        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepEnglish, &mergeCase, &plan, &error),
                 qPrintable(error));
        ops::MergeRun run(rig.services());
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QCOMPARE(run.state(), MergeRunState::Completed);
        ops::MergeRun again(rig.services());
        again.resume(run.operationId());
        QVERIFY(waitForEnd(again));
        QCOMPARE(again.state(), MergeRunState::Refused);
        QVERIFY2(again.message().contains(QStringLiteral("already closed")),
                 qPrintable(again.message()));

        // A second merge of the same accounts is refused by the CRM: already merged.
        ops::MergeRun twice(rig.services());
        twice.start(mergeCase, plan);
        QVERIFY(waitForEnd(twice));
        QCOMPARE(twice.state(), MergeRunState::Refused);
        QVERIFY2(twice.message().contains(QStringLiteral("already merged")),
                 qPrintable(twice.message()));
    }

    void priceSetMismatchWaitsForTheAgent_data()
    {
        QTest::addColumn<bool>("copy");
        QTest::newRow("copy the old request's") << true;
        QTest::newRow("keep as is") << false;
    }

    void priceSetMismatchWaitsForTheAgent()
    {
        QFETCH(bool, copy);
        Rig rig;
        QString error;
        QVERIFY2(rig.start(false, &error), qPrintable(error));
        // The reused request 2101 gets another price set than the old request 1101 (1).
        auto lead = clientFor(rig.sandbox.url(), kLeadToken);
        const crm::CrmResult read = call(*lead, getOf(QStringLiteral("/api/v1/requests/2101")));
        crm::CrmRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("/api/v1/requests/2101");
        patch.ifMatch = read.etag;
        patch.body = QJsonObject { { QStringLiteral("price_set_id"), 2 } };
        QVERIFY(call(*lead, patch).ok());

        merge::MergeCase mergeCase;
        merge::DirectionPlan plan;
        QVERIFY2(rig.plan(merge::Direction::KeepMath, &mergeCase, &plan, &error),
                 qPrintable(error));
        ops::MergeRun run(rig.services());
        run.start(mergeCase, plan);
        QVERIFY(waitForEnd(run));
        QCOMPARE(run.state(), MergeRunState::WaitingForDecision);
        QCOMPARE(*run.journal().resumeStep(), StepId::CheckPriceSet);
        QVERIFY2(run.message().contains(QStringLiteral("2101"))
                     && run.message().contains(QStringLiteral("1101")),
                 qPrintable(run.message()));
        run.decidePriceSet(copy);
        QVERIFY(waitForEnd(run));
        QVERIFY2(run.state() == MergeRunState::Completed, qPrintable(run.message()));
        const crm::CrmResult after = call(*lead, getOf(QStringLiteral("/api/v1/requests/2101")));
        QCOMPARE(after.body[QLatin1String("price_set")][QLatin1String("id")].toInteger(),
                 copy ? 1 : 2);
    }
};

QTEST_GUILESS_MAIN(TestMergeRun)
#include "tst_merge_run.moc"
