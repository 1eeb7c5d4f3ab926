// The merge's ordering rule and its journal: steps run strictly in order, a failed step is
// retried, a resume continues at the first unfinished step, and the journal survives JSON.

#include "core/merge/Journal.h"
#include "core/merge/Steps.h"

#include <QJsonDocument>
#include <QTest>

using namespace opc::merge;

namespace {

MergeJournal seedJournal()
{
    return MergeJournal(QStringLiteral("op-1"), Direction::KeepEnglish, 22, 12);
}

// Runs steps through start → finish until `count` steps are done.
void finishSteps(MergeJournal &journal, int count)
{
    for (int i = 0; i < count; ++i) {
        QString error;
        const StepId step = stepOrder()[i];
        if (!journal.start(step, &error) || !journal.finish(step, &error))
            qFatal("could not finish %s: %s", qPrintable(stepIdToWire(step)), qPrintable(error));
    }
}

QJsonObject validJson()
{
    MergeJournal journal = seedJournal();
    finishSteps(journal, 2);
    QString error;
    journal.start(StepId::CopyReports, &error);
    journal.fail(StepId::CopyReports, QStringLiteral("CRM unavailable"), &error);
    return journal.toJson();
}

} // namespace

class TestMergeJournal final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepIdsAreStableAndOrdered()
    {
        QStringList wire;
        for (StepId step : stepOrder()) {
            wire << stepIdToWire(step);
            QCOMPARE(stepIdFromWire(stepIdToWire(step)), std::optional<StepId>(step));
            QVERIFY(!stepTitle(step).isEmpty());
        }
        QCOMPARE(wire,
                 QStringList(
                     { QStringLiteral("create-request"), QStringLiteral("move-intro-lesson"),
                       QStringLiteral("copy-reports"), QStringLiteral("cross-reference-comments"),
                       QStringLiteral("move-schedule-and-teacher"),
                       QStringLiteral("mark-duplicate"), QStringLiteral("move-paid-lessons"),
                       QStringLiteral("check-price-set"), QStringLiteral("copy-statuses") }));
        QVERIFY(!stepIdFromWire(QStringLiteral("Create-Request")));
    }

    void nextStepFollowsTheOrder()
    {
        QString error;
        QCOMPARE(nextStep({}, &error), std::optional<StepId>(StepId::CreateRequest));
        QCOMPARE(nextStep({ StepId::CreateRequest }, &error),
                 std::optional<StepId>(StepId::MoveIntroLesson));
        QVERIFY(!nextStep(stepOrder(), &error));
        QVERIFY(error.isEmpty());
    }

    void orderingRefusals()
    {
        QString reason;
        // The intro lesson first: nothing else may start before it.
        QVERIFY(!mayStart({ StepId::CreateRequest }, StepId::MoveScheduleAndTeacher, &reason));
        QCOMPARE(reason,
                 QStringLiteral("Step \"Move the schedule and the teacher\" cannot run yet: "
                                "\"Move the intro lesson\" must finish first."));
        QVERIFY(!mayStart({}, StepId::MoveIntroLesson, &reason));
        QVERIFY(reason.contains(QLatin1String("\"Create the request\" must finish first")));
        // A finished step is never run again.
        QVERIFY(!mayStart({ StepId::CreateRequest }, StepId::CreateRequest, &reason));
        QCOMPARE(reason,
                 QStringLiteral("Step \"Create the request\" is already done; it is never run "
                                "twice."));
        // A history with a step skipped over is refused as it stands.
        QVERIFY(!nextStep({ StepId::CreateRequest, StepId::CopyReports }, &reason));
        QCOMPARE(reason,
                 QStringLiteral("Step \"Copy the intro lesson report and trial tasks\" was "
                                "recorded out of order: \"Move the intro lesson\" must come "
                                "first."));
        QVERIFY(!mayStart({ StepId::MoveIntroLesson }, StepId::CopyReports, &reason));
        QVERIFY(reason.contains(QLatin1String("out of order")));
    }

    void journalRefusesOutOfOrderAndStaysUnchanged()
    {
        MergeJournal journal = seedJournal();
        const MergeJournal before = journal;
        QString error;
        QVERIFY(!journal.start(StepId::MovePaidLessons, &error));
        QVERIFY(error.contains(QLatin1String("cannot run yet")));
        QVERIFY(!journal.finish(StepId::CreateRequest, &error));
        QCOMPARE(error,
                 QStringLiteral("Step \"Create the request\" is not running; it cannot end now."));
        QVERIFY(journal == before);
        QVERIFY(journal.start(StepId::CreateRequest, &error));
        QVERIFY(!journal.start(StepId::CreateRequest, &error));
        QCOMPARE(error, QStringLiteral("Step \"Create the request\" is already running."));
    }

    void fullRunFinishesEveryStepOnce()
    {
        MergeJournal journal = seedJournal();
        QCOMPARE(journal.resumeStep(), std::optional<StepId>(StepId::CreateRequest));
        finishSteps(journal, stepOrder().size());
        QVERIFY(journal.isComplete());
        for (const StepRecord &record : journal.steps()) {
            QCOMPARE(record.state, StepState::Done);
            QCOMPARE(record.attempts, 1);
        }
        QString error;
        QVERIFY(!journal.start(StepId::CopyStatuses, &error));
        QVERIFY(error.contains(QLatin1String("already done")));
    }

    void skippedCountsAsFinished()
    {
        MergeJournal journal = seedJournal();
        QString error;
        QVERIFY(journal.start(StepId::CreateRequest, &error));
        QVERIFY(journal.skip(StepId::CreateRequest, &error));
        QCOMPARE(journal.record(StepId::CreateRequest).state, StepState::Skipped);
        QCOMPARE(journal.resumeStep(), std::optional<StepId>(StepId::MoveIntroLesson));
    }

    void retryAfterFailure()
    {
        MergeJournal journal = seedJournal();
        finishSteps(journal, 1);
        QString error;
        QVERIFY(journal.start(StepId::MoveIntroLesson, &error));
        QVERIFY(journal.fail(StepId::MoveIntroLesson, QStringLiteral("timeout"), &error));
        QCOMPARE(journal.record(StepId::MoveIntroLesson).state, StepState::Failed);
        QCOMPARE(journal.record(StepId::MoveIntroLesson).error, QStringLiteral("timeout"));
        // A failure holds the line: the next step may not start past it.
        QVERIFY(!journal.start(StepId::CopyReports, &error));
        QCOMPARE(journal.resumeStep(), std::optional<StepId>(StepId::MoveIntroLesson));
        QVERIFY(journal.start(StepId::MoveIntroLesson, &error));
        QCOMPARE(journal.record(StepId::MoveIntroLesson).attempts, 2);
        QVERIFY(journal.record(StepId::MoveIntroLesson).error.isEmpty());
        QVERIFY(journal.finish(StepId::MoveIntroLesson, &error));
        QCOMPARE(journal.resumeStep(), std::optional<StepId>(StepId::CopyReports));
    }

    void resumeFromEachBoundary_data()
    {
        QTest::addColumn<int>("done");
        for (int i = 0; i <= stepOrder().size(); ++i)
            QTest::addRow("after %d steps", i) << i;
    }
    void resumeFromEachBoundary()
    {
        QFETCH(int, done);
        MergeJournal journal = seedJournal();
        finishSteps(journal, done);
        // What a restart sees: the stored journal, read back.
        QString error;
        auto restored = MergeJournal::fromJson(journal.toJson(), &error);
        QVERIFY2(restored, qPrintable(error));
        restored->recoverInterrupted();
        QCOMPARE(restored->finishedSteps(), stepOrder().mid(0, done));
        if (done == stepOrder().size()) {
            QVERIFY(restored->isComplete());
            return;
        }
        const StepId next = stepOrder()[done];
        QCOMPARE(restored->resumeStep(), std::optional<StepId>(next));
        for (int i = 0; i < done; ++i)
            QVERIFY(!restored->start(stepOrder()[i], &error));
        for (int i = done; i < stepOrder().size(); ++i) {
            QVERIFY2(restored->start(stepOrder()[i], &error), qPrintable(error));
            QVERIFY(restored->finish(stepOrder()[i], &error));
        }
        QVERIFY(restored->isComplete());
        // Finished before the restart: run exactly once in all.
        for (const StepRecord &record : restored->steps())
            QCOMPARE(record.attempts, 1);
    }

    void crashDuringAStepResumesItAsFailed()
    {
        MergeJournal journal = seedJournal();
        finishSteps(journal, 4);
        QString error;
        QVERIFY(journal.start(StepId::MoveScheduleAndTeacher, &error));
        auto restored = MergeJournal::fromJson(journal.toJson(), &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->record(StepId::MoveScheduleAndTeacher).state, StepState::Running);
        restored->recoverInterrupted();
        const StepRecord &record = restored->record(StepId::MoveScheduleAndTeacher);
        QCOMPARE(record.state, StepState::Failed);
        QVERIFY(record.error.contains(QLatin1String("stopped while this step was running")));
        QCOMPARE(restored->resumeStep(), std::optional<StepId>(StepId::MoveScheduleAndTeacher));
        QVERIFY(restored->start(StepId::MoveScheduleAndTeacher, &error));
        QCOMPARE(restored->record(StepId::MoveScheduleAndTeacher).attempts, 2);
    }

    void jsonRoundTrip()
    {
        const QJsonObject json = validJson();
        QString error;
        const auto restored = MergeJournal::fromJson(json, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->toJson(), json);
        QCOMPARE(restored->operationId(), QStringLiteral("op-1"));
        QCOMPARE(restored->direction(), Direction::KeepEnglish);
        QCOMPARE(restored->sourceAccountId(), 22);
        QCOMPARE(restored->targetAccountId(), 12);
        QCOMPARE(restored->record(StepId::CopyReports).error, QStringLiteral("CRM unavailable"));
        // Through text too, as the file on disk holds it.
        const QJsonDocument document = QJsonDocument::fromJson(QJsonDocument(json).toJson());
        QVERIFY(MergeJournal::fromJson(document.object(), &error) == restored);
    }

    void cliLinesAreOnePerStepInOrder()
    {
        const auto journal = MergeJournal::fromJson(validJson(), nullptr);
        QVERIFY(journal);
        const QJsonArray lines = journal->cliLines();
        QCOMPARE(lines.size(), 9);
        QCOMPARE(QJsonDocument(lines[0].toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"attempts":1,"status":"done","step":"create-request"})"));
        QCOMPARE(QJsonDocument(lines[2].toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"attempts":1,"error":"CRM unavailable","status":"failed",)"
                            R"("step":"copy-reports"})"));
        QCOMPARE(lines[3].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("planned"));
        QCOMPARE(lines[8].toObject().value(QStringLiteral("step")).toString(),
                 QStringLiteral("copy-statuses"));
    }

    void badJsonNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        const QJsonObject good = validJson();
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            if (value.isUndefined())
                json.remove(key);
            else
                json.insert(key, value);
            return json;
        };
        const auto withStep = [&good](int index, const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
            QJsonObject step = steps[index].toObject();
            if (value.isUndefined())
                step.remove(key);
            else
                step.insert(key, value);
            steps[index] = step;
            json.insert(QStringLiteral("steps"), steps);
            return json;
        };

        QTest::newRow("no operation id")
            << with(QStringLiteral("operation_id"), QJsonValue::Undefined)
            << QStringLiteral("operation_id: expected a non-empty string");
        QTest::newRow("bad direction")
            << with(QStringLiteral("direction"), QStringLiteral("keep-both"))
            << QStringLiteral("direction: expected \"keep-english\" or \"keep-math\"");
        QTest::newRow("source as string")
            << with(QStringLiteral("source"), QStringLiteral("22"))
            << QStringLiteral("source: expected a positive integer account id");
        QTest::newRow("fractional target")
            << with(QStringLiteral("target"), 12.5)
            << QStringLiteral("target: expected a positive integer account id");
        QTest::newRow("huge target")
            << with(QStringLiteral("target"), 1e30)
            << QStringLiteral("target: expected a positive integer account id");
        QTest::newRow("same account") << with(QStringLiteral("target"), 22)
                                      << QStringLiteral("target: the same account as source");
        QTest::newRow("steps not an array") << with(QStringLiteral("steps"), QJsonObject {})
                                            << QStringLiteral("steps: expected an array");
        QJsonArray shortSteps = good.value(QStringLiteral("steps")).toArray();
        shortSteps.removeLast();
        QTest::newRow("a step missing") << with(QStringLiteral("steps"), shortSteps)
                                        << QStringLiteral("steps: expected 9 steps, found 8");
        QJsonArray notObject = good.value(QStringLiteral("steps")).toArray();
        notObject[4] = 5;
        QTest::newRow("step not an object") << with(QStringLiteral("steps"), notObject)
                                            << QStringLiteral("steps[4]: expected an object");
        QTest::newRow("unknown step")
            << withStep(1, QStringLiteral("step"), QStringLiteral("move-intro"))
            << QStringLiteral("steps[1].step: unknown step \"move-intro\"");
        QTest::newRow("reordered step")
            << withStep(1, QStringLiteral("step"), QStringLiteral("copy-reports"))
            << QStringLiteral("steps[1].step: \"copy-reports\" is out of order, expected "
                              "\"move-intro-lesson\"");
        QTest::newRow("unknown status")
            << withStep(0, QStringLiteral("status"), QStringLiteral("finished"))
            << QStringLiteral("steps[0].status: unknown status \"finished\"");
        QTest::newRow("negative attempts")
            << withStep(0, QStringLiteral("attempts"), -1)
            << QStringLiteral("steps[0].attempts: expected a non-negative integer");
        QTest::newRow("huge attempts")
            << withStep(0, QStringLiteral("attempts"), 1e10)
            << QStringLiteral("steps[0].attempts: expected a non-negative integer");
        QTest::newRow("done without attempt")
            << withStep(0, QStringLiteral("attempts"), 0)
            << QStringLiteral("steps[0].attempts: 0 attempts do not fit status \"done\"");
        QTest::newRow("failed without reason")
            << withStep(2, QStringLiteral("error"), QJsonValue::Undefined)
            << QStringLiteral("steps[2].error: a failed step needs a reason, and only it");
        QTest::newRow("error not a string") << withStep(2, QStringLiteral("error"), 42)
                                            << QStringLiteral("steps[2].error: expected a string");
        // A step cannot have finished while an earlier one is still failed.
        QJsonObject doneAfterFailure = good;
        QJsonArray steps = doneAfterFailure.value(QStringLiteral("steps")).toArray();
        steps[3]
            = QJsonObject { { QStringLiteral("step"), QStringLiteral("cross-reference-comments") },
                            { QStringLiteral("status"), QStringLiteral("done") },
                            { QStringLiteral("attempts"), 1 } };
        doneAfterFailure.insert(QStringLiteral("steps"), steps);
        QTest::newRow("done after a failed step")
            << doneAfterFailure
            << QStringLiteral("steps[3].status: \"done\" after an unfinished step");
    }
    void badJsonNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!MergeJournal::fromJson(json, &actual));
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestMergeJournal)
#include "tst_merge_journal.moc"
