#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace opc::merge {

// The transfer steps in the only order they may run. The intro lesson comes first among the
// transfers: once teacher lessons are scheduled, no methodist lesson can be added (seed 000).
enum class StepId {
    CreateRequest,
    MoveIntroLesson,
    CopyReports,
    CrossReferenceComments,
    MoveScheduleAndTeacher,
    MarkDuplicate,
    MovePaidLessons,
    CheckPriceSet,
    CopyStatuses,
};

const QList<StepId> &stepOrder();

// Stable ids used by the CLI, the journal and the audit log ("move-intro-lesson").
QString stepIdToWire(StepId step);
std::optional<StepId> stepIdFromWire(const QString &wire);
QString stepTitle(StepId step); // translated

// The ordering rule. `finished` lists the steps already done, in the order they ran.
// Returns the step that must run next (nullopt when all are finished, with `error` empty),
// or nullopt with a translated `error` when `finished` is not a prefix of the order.
std::optional<StepId> nextStep(const QList<StepId> &finished, QString *error);

// True when `step` is the one that must run next; otherwise false and a translated
// `reason` (already done, or which step must finish first).
bool mayStart(const QList<StepId> &finished, StepId step, QString *reason);

} // namespace opc::merge
