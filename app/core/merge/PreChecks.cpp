#include "core/merge/PreChecks.h"

#include <QCoreApplication>

namespace opc::merge {

namespace {

CheckResult structureCheck(const MergeCase &mergeCase)
{
    const QString problem = structureProblem(mergeCase);
    if (!problem.isEmpty())
        return { check::structure, false, problem };
    return { check::structure, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "Two unlinked pairs: one working and one empty account "
                                         "for each subject.") };
}

CheckResult kidsCheck(const MergeCase &mergeCase)
{
    QStringList notKids;
    for (const Account &account : mergeCase.accounts) {
        if (!account.kids)
            notKids << QString::number(account.id);
    }
    if (mergeCase.accounts.isEmpty()) {
        return { check::kids, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "The student has no accounts to check.") };
    }
    if (!notKids.isEmpty()) {
        return { check::kids, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Only KIDS accounts can be merged this way; not "
                                             "KIDS: %1.")
                     .arg(notKids.join(QStringLiteral(", "))) };
    }
    return { check::kids, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "All accounts belong to a KIDS student.") };
}

CheckResult targetEmptyCheck(const std::optional<DirectionPlan> &plan, const QString &why)
{
    if (!plan) {
        return { check::targetEmpty, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Cannot tell which account is the target: %1")
                     .arg(why) };
    }
    if (plan->target.isWorking()) {
        return { check::targetEmpty, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Target account %1 already has %Ln lesson(s) taken; "
                                             "only an empty account can take over.",
                                             nullptr, plan->target.lessonsTaken)
                     .arg(plan->target.id) };
    }
    return { check::targetEmpty, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "Target account %1 has no lessons taken.")
                 .arg(plan->target.id) };
}

// Informational: an existing request is reused, so this never refuses a merge.
CheckResult targetRequestCheck(const std::optional<DirectionPlan> &plan)
{
    if (plan && plan->target.requestId) {
        return { check::targetRequest, true,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Target account %1 already has request %2; it will "
                                             "be reused, no new request is created.")
                     .arg(plan->target.id)
                     .arg(*plan->target.requestId) };
    }
    return { check::targetRequest, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "The target account has no request yet; a new one "
                                         "will be created.") };
}

CheckResult studentWarnedCheck(bool warned)
{
    if (!warned) {
        return { check::studentWarned, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Warn the student that one account loses all its "
                                             "progress, then confirm it here.") };
    }
    return { check::studentWarned, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "The student was warned that one account loses its "
                                         "progress.") };
}

CheckResult lockCheck(const PreCheckInputs &inputs)
{
    if (!inputs.lock) {
        return { check::noMergeRunning, true,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "No other merge is running on these accounts.") };
    }
    // The agent's own lock means their interrupted merge is being resumed.
    if (!inputs.agentId.isEmpty() && inputs.lock->holderId == inputs.agentId) {
        return { check::noMergeRunning, true,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Your own merge %1 is registered on these accounts; "
                                             "it will be resumed.")
                     .arg(inputs.lock->operationId) };
    }
    const QString holder
        = inputs.lock->holderName.isEmpty() ? inputs.lock->holderId : inputs.lock->holderName;
    return { check::noMergeRunning, false,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "%1 is already merging these accounts. Wait until they "
                                         "finish, or ask them.")
                 .arg(holder) };
}

CheckResult roleCheck(const std::optional<Role> &role)
{
    if (!role) {
        return { check::roleMayMerge, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Your role is unknown; sign in again.") };
    }
    if (!roleMayMerge(*role)) {
        return { check::roleMayMerge, false,
                 QCoreApplication::translate("opc::merge::PreChecks",
                                             "Your role (%1) may not merge accounts.")
                     .arg(roleDisplayName(*role)) };
    }
    return { check::roleMayMerge, true,
             QCoreApplication::translate("opc::merge::PreChecks",
                                         "Your role (%1) may merge accounts.")
                 .arg(roleDisplayName(*role)) };
}

} // namespace

bool roleMayMerge(Role role)
{
    switch (role) {
    case Role::Agent:
    case Role::TeamLead:
    case Role::Admin:
        return true;
    }
    return false;
}

QList<CheckResult> runPreChecks(const MergeCase &mergeCase, Direction direction,
                                const PreCheckInputs &inputs)
{
    QString why;
    const std::optional<DirectionPlan> plan = resolveDirection(mergeCase, direction, &why);
    return {
        structureCheck(mergeCase),
        kidsCheck(mergeCase),
        targetEmptyCheck(plan, why),
        targetRequestCheck(plan),
        studentWarnedCheck(inputs.studentWarned),
        lockCheck(inputs),
        roleCheck(inputs.role),
    };
}

bool allPassed(const QList<CheckResult> &results)
{
    for (const CheckResult &result : results) {
        if (!result.passed)
            return false;
    }
    return !results.isEmpty();
}

std::optional<CheckResult> findCheck(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &result : results) {
        if (result.id == id)
            return result;
    }
    return std::nullopt;
}

} // namespace opc::merge
