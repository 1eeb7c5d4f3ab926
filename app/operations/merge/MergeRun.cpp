#include "operations/merge/MergeRun.h"

#include "core/AuditEvent.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/merge/MergeLockLookup.h"
#include "operations/merge/MergeSteps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace opc::ops {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct MergeRunText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::MergeRun)
};

QString mergePath(const QString &operationId)
{
    return QStringLiteral("/api/v1/merges/%1").arg(operationId);
}

crm::CrmRequest getRequest(const QString &path, int timeoutMs)
{
    crm::CrmRequest request;
    request.path = path;
    request.timeoutMs = timeoutMs;
    return request;
}

QJsonArray completedSteps(const merge::MergeJournal &journal)
{
    QJsonArray steps;
    for (merge::StepId step : journal.finishedSteps())
        steps.append(merge::stepIdToWire(step));
    return steps;
}

// The target's own request is reused when it is still open (seed 000: never a second one).
std::optional<qint64> reusableRequest(const merge::MergeCase &mergeCase,
                                      const merge::Account &target)
{
    const merge::RequestSummary *request = mergeCase.requestOf(target);
    if (!request || request->duplicate || request->status == QLatin1String("closed"))
        return std::nullopt;
    return request->id;
}

} // namespace

QString stepStateDisplayName(merge::StepState state)
{
    switch (state) {
    case merge::StepState::Planned:
        return MergeRunText::tr("planned");
    case merge::StepState::Running:
        return MergeRunText::tr("running");
    case merge::StepState::Done:
        return MergeRunText::tr("done");
    case merge::StepState::Skipped:
        return MergeRunText::tr("nothing to do");
    case merge::StepState::Failed:
        return MergeRunText::tr("failed");
    }
    return {};
}

MergeRun::MergeRun(const MergeRunServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

MergeRun::~MergeRun() = default;

QString MergeRun::operationId() const
{
    return m_stored ? m_stored->journal.operationId() : QString();
}

const merge::MergeJournal &MergeRun::journal() const
{
    return m_stored->journal;
}

const merge::MergeSnapshot &MergeRun::snapshot() const
{
    return m_stored->snapshot;
}

std::optional<qint64> MergeRun::oldRequestId() const
{
    if (!m_stored || !m_stored->snapshot.oldRequest)
        return std::nullopt;
    return m_stored->snapshot.oldRequest->id;
}

std::optional<qint64> MergeRun::newRequestId() const
{
    const qint64 id = m_stored ? m_stored->facts.value(fact::newRequestId).toInteger(0) : 0;
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString MergeRun::loginLink() const
{
    return m_stored ? m_stored->facts.value(fact::loginLink).toString() : QString();
}

QList<merge::StepPreview> MergeRun::plannedSteps() const
{
    if (!m_stored)
        return {};
    const merge::MergeSnapshot &snapshot = m_stored->snapshot;
    merge::MergeCase mergeCase;
    mergeCase.accounts << snapshot.plan.source << snapshot.plan.target;
    if (snapshot.oldRequest)
        mergeCase.requests << *snapshot.oldRequest;
    return merge::buildPreview(mergeCase, snapshot.plan, newRequestId());
}

void MergeRun::setState(MergeRunState state, const QString &message)
{
    m_message = message;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MergeRun::failWith(const QString &message)
{
    setState(MergeRunState::Failed, message);
}

void MergeRun::save(std::function<void()> next)
{
    m_services.journal->save(*m_stored, this, [this, next = std::move(next)](const QString &error) {
        // Without the journal a crash could not be resumed: stop rather than act unrecorded.
        if (!error.isEmpty()) {
            failWith(error);
            return;
        }
        next();
    });
}

void MergeRun::record(const QString &action, const QJsonObject &before, const QJsonObject &after,
                      bool ok, const QString &message, std::function<void()> next)
{
    const merge::DirectionPlan &plan = m_stored->snapshot.plan;
    AuditEvent event
        = makeAuditEvent(operationId(), m_services.agentId, action, QStringLiteral("account"),
                         { QString::number(plan.source.id), QString::number(plan.target.id) });
    event.before = before;
    event.after = after;
    event.result = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    event.message = message;
    // The outbox makes the event durable (and delivers it later if the CRM is away); an outbox
    // that cannot be written still sends the event once, so the merge is not held up by it.
    m_services.audit->record(event, this, [next = std::move(next)](const QString &) { next(); });
}

// ---- start and resume -----------------------------------------------------------------------

void MergeRun::start(const merge::MergeCase &mergeCase, const merge::DirectionPlan &plan)
{
    Q_ASSERT(m_state == MergeRunState::Idle);
    setState(MergeRunState::Registering);
    readSourceSchedule(mergeCase, plan);
}

void MergeRun::readSourceSchedule(const merge::MergeCase &mergeCase,
                                  const merge::DirectionPlan &plan)
{
    // The teacher's id and the exact weeklySlots are not part of the Find step's case.
    m_services.client->send(
        getRequest(QStringLiteral("/api/v1/accounts/%1/schedule").arg(plan.source.id),
                   m_services.requestTimeoutMs),
        this, [this, mergeCase, plan](const crm::CrmResult &result) {
            if (!result.ok()) {
                // Nothing was registered or changed: the agent starts again from the wizard.
                setState(MergeRunState::Refused,
                         MergeRunText::tr("The schedule of account %1 could not be read: %2")
                             .arg(plan.source.id)
                             .arg(result.error->message));
                return;
            }
            const QJsonObject schedule = result.body.toObject();
            merge::MergeSnapshot snapshot;
            snapshot.plan = plan;
            if (const merge::RequestSummary *old = mergeCase.requestOf(plan.source))
                snapshot.oldRequest = *old;
            snapshot.reusedRequestId = reusableRequest(mergeCase, plan.target);
            snapshot.teacherId = schedule.value(QStringLiteral("teacher"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger(0);
            for (const QJsonValue &value : schedule.value(QStringLiteral("slots")).toArray()) {
                const QJsonObject slot = value.toObject();
                snapshot.weeklySlots << merge::ScheduleSlot {
                    int(slot.value(QStringLiteral("weekday")).toInteger()),
                    slot.value(QStringLiteral("time")).toString(),
                    int(slot.value(QStringLiteral("duration_min")).toInteger(50)),
                };
            }
            StoredMerge stored;
            stored.journal = merge::MergeJournal(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 plan.direction, plan.source.id, plan.target.id);
            stored.snapshot = snapshot;
            stored.agentId = m_services.agentId;
            m_stored = stored;
            save([this]() { registerOnCrm(); });
        });
}

void MergeRun::resume(const QString &operationId)
{
    Q_ASSERT(m_state == MergeRunState::Idle);
    setState(MergeRunState::Registering);
    m_services.journal->load(
        operationId, this,
        [this, operationId](const std::optional<StoredMerge> &stored, const QString &error) {
            if (!error.isEmpty()) {
                setState(MergeRunState::Refused, error);
                return;
            }
            if (!stored) {
                setState(MergeRunState::Refused,
                         MergeRunText::tr("There is no merge %1 in this computer's "
                                          "journal for this CRM and user. If it was "
                                          "started on another computer, resume it there, "
                                          "or ask a team lead to abandon it.")
                             .arg(operationId));
                return;
            }
            if (stored->closed) {
                setState(MergeRunState::Refused,
                         MergeRunText::tr("The merge %1 is already closed; there is "
                                          "nothing to resume.")
                             .arg(operationId));
                return;
            }
            m_stored = *stored;
            // A step that was running when the program died may or may
            // not have taken effect: it runs again and checks first.
            m_stored->journal.recoverInterrupted();
            save([this]() { registerOnCrm(); });
        });
}

void MergeRun::registerOnCrm()
{
    if (m_presetPriceSet) {
        m_stored->facts.insert(fact::priceSetChoice,
                               *m_presetPriceSet ? QStringLiteral("copy") : QStringLiteral("keep"));
    }
    setState(MergeRunState::Registering);
    const merge::DirectionPlan &plan = m_stored->snapshot.plan;
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/merges");
    request.idempotencyKey = (operationId() + QStringLiteral(":register")).toUtf8();
    request.timeoutMs = m_services.requestTimeoutMs;
    request.body = QJsonObject { { QStringLiteral("operation_id"), operationId() },
                                 { QStringLiteral("source_account_id"), double(plan.source.id) },
                                 { QStringLiteral("target_account_id"), double(plan.target.id) } };
    m_services.client->send(request, this, [this](const crm::CrmResult &result) {
        if (!result.ok()) {
            onRegistrationRefused(result);
            return;
        }
        const bool resumed = result.httpStatus == 200;
        m_registered = true;
        record(resumed ? QStringLiteral("merge.resumed") : QStringLiteral("merge.started"), {},
               QJsonObject { { QStringLiteral("direction"),
                               merge::directionToWire(m_stored->snapshot.plan.direction) },
                             { QStringLiteral("source_account_id"),
                               double(m_stored->snapshot.plan.source.id) },
                             { QStringLiteral("target_account_id"),
                               double(m_stored->snapshot.plan.target.id) } },
               true, {}, [this]() { runNextStep(); });
    });
}

void MergeRun::onRegistrationRefused(const crm::CrmResult &result)
{
    const crm::CrmError &error = *result.error;
    // Conflicts and refused fields are the CRM's final word on this merge. Anything else (a
    // 403 after a role change, a server error) may pass: the merge stays open for a retry.
    const bool refusal
        = error.kind == crm::ErrorKind::Conflict || error.kind == crm::ErrorKind::Validation;
    if (!refusal) {
        failWith(MergeRunText::tr("The merge could not be registered on the CRM: %1")
                     .arg(error.message));
        return;
    }
    // A refused merge changed nothing; it leaves the list of interrupted ones.
    const auto refuse = [this](const QString &message) {
        m_stored->closed = true;
        m_services.journal->save(*m_stored, this, [this, message](const QString &) {
            setState(MergeRunState::Refused, message);
        });
    };
    if (error.code == QLatin1String("merge_locked")) {
        lookUpMergeLock(m_services.client, m_stored->snapshot.plan.target.id, this,
                        [this, refuse, error](const MergeLockLookup &lookup) {
                            if (lookup.lock && lookup.lock->operationId != operationId())
                                refuse(mergeLockedMessage(*lookup.lock));
                            else
                                refuse(MergeRunText::tr("Another merge holds these accounts: %1")
                                           .arg(error.detail));
                        });
        return;
    }
    QString reason = error.detail.isEmpty() ? error.message : error.detail;
    if (error.code == QLatin1String("already_merged"))
        reason = MergeRunText::tr("These accounts were already merged: %1").arg(reason);
    else if (error.code == QLatin1String("merge_closed"))
        reason = MergeRunText::tr(
                     "The CRM has closed this merge (finished or abandoned by a team lead): %1")
                     .arg(reason);
    refuse(reason);
}

// ---- the steps ------------------------------------------------------------------------------

void MergeRun::runNextStep()
{
    const std::optional<merge::StepId> step = m_stored->journal.resumeStep();
    if (!step) {
        finishOnCrm();
        return;
    }
    setState(MergeRunState::Running);
    // Once a team lead abandoned the merge its lock is gone: going on would write to accounts
    // someone else may already be changing. Asked before every step, so at most the step that
    // was running when it was abandoned completes.
    m_services.client->send(
        getRequest(mergePath(operationId()), m_services.requestTimeoutMs), this,
        [this, step = *step](const crm::CrmResult &read) {
            if (!read.ok()) {
                failWith(MergeRunText::tr("The merge's state could not be read from the CRM: %1")
                             .arg(read.error->message));
                return;
            }
            const QString status = read.body.toObject().value(QStringLiteral("status")).toString();
            if (status == QLatin1String("abandoned")) {
                m_stored->closed = true;
                save([this]() {
                    setState(MergeRunState::Refused,
                             MergeRunText::tr("A team lead abandoned this merge on the CRM, so "
                                              "it stopped before “%1”. The steps done so far "
                                              "stay done; start a new merge if it is still "
                                              "needed.")
                                 .arg(merge::stepTitle(*m_stored->journal.resumeStep())));
                });
                return;
            }
            startStep(step);
        });
}

void MergeRun::startStep(merge::StepId step)
{
    QString error;
    if (!m_stored->journal.start(step, &error)) {
        failWith(error);
        return;
    }
    m_stepMessages.remove(step);
    Q_EMIT stepChanged(step, merge::StepState::Running);
    save([this, step]() {
        StepEnvironment environment;
        environment.client = m_services.client;
        environment.context = this;
        environment.operationId = operationId();
        environment.requestTimeoutMs = m_services.requestTimeoutMs;
        environment.snapshot = m_stored->snapshot;
        environment.facts = m_stored->facts;
        runMergeStep(step, environment,
                     [this, step](const StepOutcome &outcome) { onStepOutcome(step, outcome); });
    });
}

void MergeRun::onStepOutcome(merge::StepId step, const StepOutcome &outcome)
{
    m_stored->facts = outcome.facts;
    m_stepMessages.insert(step, outcome.message);
    QString error;
    const bool moved = outcome.state == merge::StepState::Failed
        ? m_stored->journal.fail(step, outcome.message, &error)
        : outcome.state == merge::StepState::Skipped ? m_stored->journal.skip(step, &error)
                                                     : m_stored->journal.finish(step, &error);
    if (!moved) {
        failWith(error);
        return;
    }
    const bool ok = outcome.state != merge::StepState::Failed;
    save([this, step, outcome, ok]() {
        record(QStringLiteral("merge.step.") + merge::stepIdToWire(step), outcome.before,
               outcome.after, ok, outcome.message, [this, step, outcome, ok]() {
                   Q_EMIT stepChanged(step, outcome.state);
                   if (ok)
                       runNextStep();
                   else if (outcome.needsDecision)
                       setState(MergeRunState::WaitingForDecision, outcome.message);
                   else
                       failWith(outcome.message);
               });
    });
}

void MergeRun::finishOnCrm()
{
    setState(MergeRunState::Finishing);
    m_services.client->send(
        getRequest(mergePath(operationId()), m_services.requestTimeoutMs), this,
        [this](const crm::CrmResult &read) {
            if (!read.ok()) {
                failWith(MergeRunText::tr("The merge could not be closed on the CRM: %1")
                             .arg(read.error->message));
                return;
            }
            const QString status = read.body.toObject().value(QStringLiteral("status")).toString();
            const auto close = [this]() {
                m_stored->closed = true;
                save([this]() {
                    record(QStringLiteral("merge.finished"), {},
                           QJsonObject { { QStringLiteral("old_request_id"),
                                           oldRequestId() ? QJsonValue(double(*oldRequestId()))
                                                          : QJsonValue(QJsonValue::Null) },
                                         { QStringLiteral("new_request_id"),
                                           double(newRequestId().value_or(0)) } },
                           true, {}, [this]() { setState(MergeRunState::Completed); });
                });
            };
            if (status == QLatin1String("finished")) {
                close(); // closed before, by an attempt whose answer was lost
                return;
            }
            crm::CrmRequest request;
            request.method = "PATCH";
            request.path = mergePath(operationId());
            request.ifMatch = read.etag;
            request.timeoutMs = m_services.requestTimeoutMs;
            request.body = QJsonObject { { QStringLiteral("status"), QStringLiteral("finished") },
                                         { QStringLiteral("completed_steps"),
                                           completedSteps(m_stored->journal) } };
            m_services.client->send(request, this, [this, close](const crm::CrmResult &patched) {
                if (!patched.ok()) {
                    failWith(MergeRunText::tr("The merge could not be closed on the CRM: %1")
                                 .arg(patched.error->message));
                    return;
                }
                close();
            });
        });
}

// ---- the agent's answers --------------------------------------------------------------------

void MergeRun::retry()
{
    if (m_state != MergeRunState::Failed || !m_stored)
        return;
    // A step left running by a failed journal write is retried like an interrupted one.
    m_stored->journal.recoverInterrupted();
    if (!m_registered) {
        registerOnCrm();
        return;
    }
    runNextStep();
}

void MergeRun::decidePriceSet(bool copy)
{
    if (m_state != MergeRunState::WaitingForDecision)
        return;
    m_stored->facts.insert(fact::priceSetChoice,
                           copy ? QStringLiteral("copy") : QStringLiteral("keep"));
    setState(MergeRunState::Running);
    save([this]() { runNextStep(); });
}

} // namespace opc::ops
