#include "core/merge/Journal.h"

#include "core/JsonNumbers.h"

#include <QCoreApplication>

namespace opc::merge {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString interruptedReason()
{
    return QCoreApplication::translate("opc::merge::Journal",
                                       "The console stopped while this step was running. "
                                       "Retry it: it checks the CRM before acting again.");
}

// JSON ids are numbers; anything else, fractional or non-positive, is not an account id.
bool readId(const QJsonObject &json, const QString &key, qint64 *out, QString *error)
{
    const std::optional<qint64> id = wholeNumber(json.value(key), 1, kJsonExactLimit);
    if (!id) {
        setError(error, QStringLiteral("%1: expected a positive integer account id").arg(key));
        return false;
    }
    *out = *id;
    return true;
}

} // namespace

QString stepStateToWire(StepState state)
{
    switch (state) {
    case StepState::Planned:
        return QStringLiteral("planned");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<StepState> stepStateFromWire(const QString &wire)
{
    for (StepState state : { StepState::Planned, StepState::Running, StepState::Done,
                             StepState::Skipped, StepState::Failed }) {
        if (stepStateToWire(state) == wire)
            return state;
    }
    return std::nullopt;
}

bool isFinished(StepState state)
{
    return state == StepState::Done || state == StepState::Skipped;
}

MergeJournal::MergeJournal(QString operationId, Direction direction, qint64 sourceAccountId,
                           qint64 targetAccountId)
    : m_operationId(std::move(operationId)), m_direction(direction), m_source(sourceAccountId),
      m_target(targetAccountId)
{
    for (StepId step : stepOrder())
        m_steps.append({ step, StepState::Planned, 0, {} });
}

const StepRecord &MergeJournal::record(StepId step) const
{
    // Every step is in m_steps from construction on, at its index in stepOrder().
    return m_steps[stepOrder().indexOf(step)];
}

StepRecord *MergeJournal::find(StepId step)
{
    return &m_steps[stepOrder().indexOf(step)];
}

std::optional<StepId> MergeJournal::resumeStep() const
{
    for (const StepRecord &record : m_steps) {
        if (!isFinished(record.state))
            return record.step;
    }
    return std::nullopt;
}

QList<StepId> MergeJournal::finishedSteps() const
{
    QList<StepId> finished;
    for (const StepRecord &record : m_steps) {
        if (!isFinished(record.state))
            break;
        finished << record.step;
    }
    return finished;
}

bool MergeJournal::start(StepId step, QString *error)
{
    QString reason;
    if (!mayStart(finishedSteps(), step, &reason)) {
        setError(error, reason);
        return false;
    }
    StepRecord *record = find(step);
    if (record->state == StepState::Running) {
        setError(
            error,
            QCoreApplication::translate("opc::merge::Journal", "Step \"%1\" is already running.")
                .arg(stepTitle(step)));
        return false;
    }
    record->state = StepState::Running;
    record->attempts += 1;
    record->error.clear();
    return true;
}

bool MergeJournal::requireState(StepId step, StepState expected, QString *error) const
{
    if (record(step).state == expected)
        return true;
    setError(error,
             QCoreApplication::translate("opc::merge::Journal",
                                         "Step \"%1\" is not running; it cannot end now.")
                 .arg(stepTitle(step)));
    return false;
}

bool MergeJournal::finish(StepId step, QString *error)
{
    if (!requireState(step, StepState::Running, error))
        return false;
    find(step)->state = StepState::Done;
    return true;
}

bool MergeJournal::skip(StepId step, QString *error)
{
    if (!requireState(step, StepState::Running, error))
        return false;
    find(step)->state = StepState::Skipped;
    return true;
}

bool MergeJournal::fail(StepId step, const QString &reason, QString *error)
{
    if (!requireState(step, StepState::Running, error))
        return false;
    StepRecord *record = find(step);
    record->state = StepState::Failed;
    record->error = reason;
    return true;
}

void MergeJournal::recoverInterrupted()
{
    for (StepRecord &record : m_steps) {
        if (record.state == StepState::Running) {
            record.state = StepState::Failed;
            record.error = interruptedReason();
        }
    }
}

QJsonObject MergeJournal::toJson() const
{
    return QJsonObject {
        { QStringLiteral("operation_id"), m_operationId },
        { QStringLiteral("direction"), directionToWire(m_direction) },
        { QStringLiteral("source"), double(m_source) },
        { QStringLiteral("target"), double(m_target) },
        { QStringLiteral("steps"), cliLines() },
    };
}

QJsonArray MergeJournal::cliLines() const
{
    QJsonArray lines;
    for (const StepRecord &record : m_steps) {
        QJsonObject line {
            { QStringLiteral("step"), stepIdToWire(record.step) },
            { QStringLiteral("status"), stepStateToWire(record.state) },
            { QStringLiteral("attempts"), record.attempts },
        };
        if (!record.error.isEmpty())
            line.insert(QStringLiteral("error"), record.error);
        lines.append(line);
    }
    return lines;
}

std::optional<MergeJournal> MergeJournal::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue operationId = json.value(QStringLiteral("operation_id"));
    if (!operationId.isString() || operationId.toString().isEmpty()) {
        setError(error, QStringLiteral("operation_id: expected a non-empty string"));
        return std::nullopt;
    }
    const QJsonValue directionValue = json.value(QStringLiteral("direction"));
    const auto direction = directionFromWire(directionValue.toString());
    if (!directionValue.isString() || !direction) {
        setError(error, QStringLiteral("direction: expected \"keep-english\" or \"keep-math\""));
        return std::nullopt;
    }
    qint64 source = 0;
    qint64 target = 0;
    if (!readId(json, QStringLiteral("source"), &source, error)
        || !readId(json, QStringLiteral("target"), &target, error))
        return std::nullopt;
    if (source == target) {
        setError(error, QStringLiteral("target: the same account as source"));
        return std::nullopt;
    }

    const QJsonValue stepsValue = json.value(QStringLiteral("steps"));
    if (!stepsValue.isArray()) {
        setError(error, QStringLiteral("steps: expected an array"));
        return std::nullopt;
    }
    const QJsonArray steps = stepsValue.toArray();
    if (steps.size() != stepOrder().size()) {
        setError(error,
                 QStringLiteral("steps: expected %1 steps, found %2")
                     .arg(stepOrder().size())
                     .arg(steps.size()));
        return std::nullopt;
    }

    MergeJournal journal(operationId.toString(), *direction, source, target);
    bool sawUnfinished = false;
    for (int i = 0; i < steps.size(); ++i) {
        const QString at = QStringLiteral("steps[%1]").arg(i);
        if (!steps[i].isObject()) {
            setError(error, QStringLiteral("%1: expected an object").arg(at));
            return std::nullopt;
        }
        const QJsonObject line = steps[i].toObject();
        const QString wireStep = line.value(QStringLiteral("step")).toString();
        const auto step = stepIdFromWire(wireStep);
        if (!step) {
            setError(error, QStringLiteral("%1.step: unknown step \"%2\"").arg(at, wireStep));
            return std::nullopt;
        }
        if (*step != stepOrder()[i]) {
            setError(error,
                     QStringLiteral("%1.step: \"%2\" is out of order, expected \"%3\"")
                         .arg(at, wireStep, stepIdToWire(stepOrder()[i])));
            return std::nullopt;
        }
        const QString wireState = line.value(QStringLiteral("status")).toString();
        const auto state = stepStateFromWire(wireState);
        if (!state) {
            setError(error, QStringLiteral("%1.status: unknown status \"%2\"").arg(at, wireState));
            return std::nullopt;
        }
        const QJsonValue attemptsValue = line.value(QStringLiteral("attempts"));
        const int attempts = int(wholeNumber(attemptsValue, 0, 1000000).value_or(-1));
        if (attempts < 0) {
            setError(error, QStringLiteral("%1.attempts: expected a non-negative integer").arg(at));
            return std::nullopt;
        }
        // A step that started has at least one attempt; a planned one may have had
        // attempts only if it failed before, which leaves it failed, not planned.
        if ((*state == StepState::Planned) != (attempts == 0)) {
            setError(error,
                     QStringLiteral("%1.attempts: %2 attempts do not fit status \"%3\"")
                         .arg(at)
                         .arg(attempts)
                         .arg(wireState));
            return std::nullopt;
        }
        const QJsonValue errorValue = line.value(QStringLiteral("error"));
        if (!errorValue.isUndefined() && !errorValue.isString()) {
            setError(error, QStringLiteral("%1.error: expected a string").arg(at));
            return std::nullopt;
        }
        if ((*state == StepState::Failed) != !errorValue.toString().isEmpty()) {
            setError(error,
                     QStringLiteral("%1.error: a failed step needs a reason, and only it").arg(at));
            return std::nullopt;
        }
        // Steps run strictly in order: after the first unfinished one all must be planned.
        if (sawUnfinished && *state != StepState::Planned) {
            setError(
                error,
                QStringLiteral("%1.status: \"%2\" after an unfinished step").arg(at, wireState));
            return std::nullopt;
        }
        if (!isFinished(*state))
            sawUnfinished = true;
        journal.m_steps[i] = { *step, *state, attempts, errorValue.toString() };
    }
    return journal;
}

bool operator==(const MergeJournal &a, const MergeJournal &b)
{
    return a.m_operationId == b.m_operationId && a.m_direction == b.m_direction
        && a.m_source == b.m_source && a.m_target == b.m_target && a.m_steps == b.m_steps;
}

} // namespace opc::merge
