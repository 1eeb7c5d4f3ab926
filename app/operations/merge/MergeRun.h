#pragma once

#include "core/merge/Journal.h"
#include "core/merge/MergeModel.h"
#include "core/merge/Preview.h"
#include "core/merge/Snapshot.h"
#include "operations/merge/MergeJournalStore.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace opc::crm {
class CrmClient;
struct CrmResult;
} // namespace opc::crm

namespace opc::ops {

class AuditRecorder;
struct StepOutcome;

// Where a merge run is.
enum class MergeRunState {
    Idle, // nothing started yet
    Registering, // registering the merge (and its lock) on the CRM
    Running, // a step is running
    Failed, // a step (or the registration, or the finish) failed; retry() goes on
    WaitingForDecision, // check-price-set found a mismatch; decidePriceSet() goes on
    Refused, // the CRM refused the merge (locked, not allowed, closed); nothing to retry
    Finishing, // every step finished; closing the merge on the CRM
    Completed, // closed on the CRM; the journal marks it closed
};

// What a merge run works with. All must outlive the run.
struct MergeRunServices {
    crm::CrmClient *client = nullptr;
    AuditRecorder *audit = nullptr;
    MergeJournalStore *journal = nullptr;
    QString agentId; // the signed-in user, the merge's actor and lock holder
    int requestTimeoutMs = 15000; // per attempt of each CRM call; tests shorten it
};

// The KIDS account merge as one operation, shared by the wizard and `operator-cli merge`.
// It registers the merge on the CRM (which locks the student's accounts), then runs the nine
// steps in their only order. Before and after each step it saves the local journal, and after
// each it records an audit event with the operation id, so a crash, a kill or a lost network at
// any point leaves a merge that resume() continues; a finished step never runs again, and a
// step that may have half-run re-checks the CRM before acting (see MergeSteps.h). Nothing here
// blocks: every CRM call and every disk write is asynchronous.
class MergeRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeRun)

public:
    explicit MergeRun(const MergeRunServices &services, QObject *parent = nullptr);
    ~MergeRun() override;

    // A new merge of `plan`, with the data of `mergeCase` (the Find step's) frozen for the run.
    // Call once, in state Idle.
    void start(const merge::MergeCase &mergeCase, const merge::DirectionPlan &plan);
    // Continues the merge journaled under `operationId`: the step that was running or failed
    // runs again. Call once, in state Idle.
    void resume(const QString &operationId);
    // In state Failed: tries the failed part again and goes on.
    void retry();
    // In state WaitingForDecision: take the old request's price set and region (`copy`), or
    // keep the new request's as they are; then goes on.
    void decidePriceSet(bool copy);
    // The same answer given in advance (operator-cli --price-set), before start() or resume():
    // a mismatch is then settled without stopping.
    void presetPriceSet(bool copy) { m_presetPriceSet = copy; }

    MergeRunState state() const { return m_state; }
    QString operationId() const;
    // Valid once the run has a journal (after start() read the CRM, or resume() loaded it).
    bool hasJournal() const { return m_stored.has_value(); }
    const merge::MergeJournal &journal() const;
    const merge::MergeSnapshot &snapshot() const;
    // Why the run failed or was refused, for people; empty otherwise.
    QString message() const { return m_message; }
    // What a step found instead of acting, or why it failed; empty if it said nothing.
    QString stepMessage(merge::StepId step) const { return m_stepMessages.value(step); }

    std::optional<qint64> oldRequestId() const;
    std::optional<qint64> newRequestId() const;
    QString loginLink() const; // the web alternative create-request offered; empty if none
    // The preview rebuilt with the new request's id: exactly the texts the run writes.
    QList<merge::StepPreview> plannedSteps() const;

Q_SIGNALS:
    void stateChanged(opc::ops::MergeRunState state);
    void stepChanged(opc::merge::StepId step, opc::merge::StepState state);

private:
    void setState(MergeRunState state, const QString &message = {});
    void readSourceSchedule(const merge::MergeCase &mergeCase, const merge::DirectionPlan &plan);
    void registerOnCrm();
    void onRegistrationRefused(const crm::CrmResult &result);
    void runNextStep();
    void startStep(merge::StepId step);
    void onStepOutcome(merge::StepId step, const StepOutcome &outcome);
    void finishOnCrm();
    void save(std::function<void()> next);
    void record(const QString &action, const QJsonObject &before, const QJsonObject &after, bool ok,
                const QString &message, std::function<void()> next);
    void failWith(const QString &message);

    MergeRunServices m_services;
    MergeRunState m_state = MergeRunState::Idle;
    std::optional<StoredMerge> m_stored;
    bool m_registered = false;
    std::optional<bool> m_presetPriceSet;
    QString m_message;
    QMap<merge::StepId, QString> m_stepMessages;
};

// Translated one-word state of a step for lists and the CLI's text output.
QString stepStateDisplayName(merge::StepState state);

} // namespace opc::ops
