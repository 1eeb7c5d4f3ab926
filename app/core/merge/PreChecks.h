#pragma once

#include "core/Role.h"
#include "core/merge/Direction.h"
#include "core/merge/MergeModel.h"

#include <QList>
#include <QString>

#include <optional>

namespace opc::merge {

// Stable ids of the pre-checks, in the order they are shown.
namespace check {
inline const QString structure = QStringLiteral("structure");
inline const QString kids = QStringLiteral("kids");
inline const QString targetEmpty = QStringLiteral("target-empty");
inline const QString targetRequest = QStringLiteral("target-request");
inline const QString studentWarned = QStringLiteral("student-warned");
inline const QString noMergeRunning = QStringLiteral("no-merge-running");
inline const QString roleMayMerge = QStringLiteral("role-may-merge");
} // namespace check

// The CRM's merge lock on the student's accounts, as the CRM reports it.
struct MergeLock {
    QString holderId; // user id of the agent whose merge is running
    QString holderName; // shown to the agent who is refused
    QString operationId;
};

// What the pre-checks need besides the CRM's accounts.
struct PreCheckInputs {
    bool studentWarned = false; // the agent ticked "the student was warned"
    std::optional<MergeLock> lock; // nullopt = no merge is running on these accounts
    QString agentId; // the signed-in agent; their own lock is a resume, not a conflict
    std::optional<Role> role; // nullopt = the session has no known role
};

struct CheckResult {
    QString id; // one of opc::merge::check
    bool passed = false;
    QString reason; // translated; says why, in words a support agent acts on
};

// Every role may merge: agents do the merges, team leads and admins stand in for them.
bool roleMayMerge(Role role);

// Runs every pre-check; all of them, always, so the agent sees every problem at once.
QList<CheckResult> runPreChecks(const MergeCase &mergeCase, Direction direction,
                                const PreCheckInputs &inputs);

bool allPassed(const QList<CheckResult> &results);
// The result with `id`, or nullopt.
std::optional<CheckResult> findCheck(const QList<CheckResult> &results, const QString &id);

} // namespace opc::merge
