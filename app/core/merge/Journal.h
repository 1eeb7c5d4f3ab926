#pragma once

#include "core/merge/Direction.h"
#include "core/merge/Steps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace opc::merge {

// planned → running → done | skipped | failed; failed → running again (retry).
// Skipped is a finished step that found nothing to do (e.g. the CRM already showed its
// effect), so it counts as finished like done.
enum class StepState { Planned, Running, Done, Skipped, Failed };

// Wire names: "planned", "running", "done", "skipped", "failed".
QString stepStateToWire(StepState state);
std::optional<StepState> stepStateFromWire(const QString &wire);
bool isFinished(StepState state);

struct StepRecord {
    StepId step = StepId::CreateRequest;
    StepState state = StepState::Planned;
    int attempts = 0; // times the step was started
    QString error; // why the last attempt failed; empty unless failed

    friend bool operator==(const StepRecord &a, const StepRecord &b)
    {
        return a.step == b.step && a.state == b.state && a.attempts == b.attempts
            && a.error == b.error;
    }
};

// The record of one merge operation: which step is where. Pure: the caller stores it
// (SQLite journal) before and after each step, so a crash resumes at the first unfinished
// step and a finished step is never run twice.
class MergeJournal final {
public:
    MergeJournal(QString operationId, Direction direction, qint64 sourceAccountId,
                 qint64 targetAccountId);

    const QString &operationId() const { return m_operationId; }
    Direction direction() const { return m_direction; }
    qint64 sourceAccountId() const { return m_source; }
    qint64 targetAccountId() const { return m_target; }
    const QList<StepRecord> &steps() const { return m_steps; }
    const StepRecord &record(StepId step) const;

    // The first unfinished step: where a run starts and a resume continues.
    std::optional<StepId> resumeStep() const;
    bool isComplete() const { return !resumeStep().has_value(); }
    QList<StepId> finishedSteps() const;

    // Each transition returns false with a translated `error` when it is not allowed and
    // then leaves the journal unchanged.
    // Planned or failed (retry) → running; only the resume step may start.
    bool start(StepId step, QString *error);
    bool finish(StepId step, QString *error); // running → done
    bool skip(StepId step, QString *error); // running → skipped
    bool fail(StepId step, const QString &reason, QString *error); // running → failed

    // After a crash the step that was running may or may not have taken effect; it becomes
    // failed so the agent retries it and the step re-checks the CRM before acting.
    void recoverInterrupted();

    QJsonObject toJson() const;
    // Validates everything, including that the states form a possible history (finished
    // steps first, at most one running or failed step, then planned). On error returns
    // nullopt and `error` names the field, e.g. "steps[2].status: unknown status \"dne\"".
    static std::optional<MergeJournal> fromJson(const QJsonObject &json, QString *error);

    // One object per step in execution order, as `operator-cli merge --json` prints them:
    // {"step":"<id>","status":"...","attempts":N[,"error":"..."]}.
    QJsonArray cliLines() const;

    friend bool operator==(const MergeJournal &a, const MergeJournal &b);

private:
    StepRecord *find(StepId step);
    bool requireState(StepId step, StepState expected, QString *error) const;

    QString m_operationId;
    Direction m_direction;
    qint64 m_source;
    qint64 m_target;
    QList<StepRecord> m_steps;
};

} // namespace opc::merge
