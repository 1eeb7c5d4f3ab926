#include "core/merge/Steps.h"

#include <QCoreApplication>

namespace opc::merge {

const QList<StepId> &stepOrder()
{
    static const QList<StepId> order {
        StepId::CreateRequest,          StepId::MoveIntroLesson,        StepId::CopyReports,
        StepId::CrossReferenceComments, StepId::MoveScheduleAndTeacher, StepId::MarkDuplicate,
        StepId::MovePaidLessons,        StepId::CheckPriceSet,          StepId::CopyStatuses,
    };
    return order;
}

QString stepIdToWire(StepId step)
{
    switch (step) {
    case StepId::CreateRequest:
        return QStringLiteral("create-request");
    case StepId::MoveIntroLesson:
        return QStringLiteral("move-intro-lesson");
    case StepId::CopyReports:
        return QStringLiteral("copy-reports");
    case StepId::CrossReferenceComments:
        return QStringLiteral("cross-reference-comments");
    case StepId::MoveScheduleAndTeacher:
        return QStringLiteral("move-schedule-and-teacher");
    case StepId::MarkDuplicate:
        return QStringLiteral("mark-duplicate");
    case StepId::MovePaidLessons:
        return QStringLiteral("move-paid-lessons");
    case StepId::CheckPriceSet:
        return QStringLiteral("check-price-set");
    case StepId::CopyStatuses:
        return QStringLiteral("copy-statuses");
    }
    return {};
}

std::optional<StepId> stepIdFromWire(const QString &wire)
{
    for (StepId step : stepOrder()) {
        if (stepIdToWire(step) == wire)
            return step;
    }
    return std::nullopt;
}

QString stepTitle(StepId step)
{
    switch (step) {
    case StepId::CreateRequest:
        return QCoreApplication::translate("opc::merge::Steps", "Create the request");
    case StepId::MoveIntroLesson:
        return QCoreApplication::translate("opc::merge::Steps", "Move the intro lesson");
    case StepId::CopyReports:
        return QCoreApplication::translate("opc::merge::Steps",
                                           "Copy the intro lesson report and trial tasks");
    case StepId::CrossReferenceComments:
        return QCoreApplication::translate("opc::merge::Steps",
                                           "Write cross-reference comments in both requests");
    case StepId::MoveScheduleAndTeacher:
        return QCoreApplication::translate("opc::merge::Steps",
                                           "Move the schedule and the teacher");
    case StepId::MarkDuplicate:
        return QCoreApplication::translate("opc::merge::Steps",
                                           "Mark the old request as a duplicate");
    case StepId::MovePaidLessons:
        return QCoreApplication::translate("opc::merge::Steps", "Move the paid lessons");
    case StepId::CheckPriceSet:
        return QCoreApplication::translate("opc::merge::Steps", "Check the price set and region");
    case StepId::CopyStatuses:
        return QCoreApplication::translate("opc::merge::Steps", "Copy the latest statuses");
    }
    return {};
}

std::optional<StepId> nextStep(const QList<StepId> &finished, QString *error)
{
    const QList<StepId> &order = stepOrder();
    if (error)
        error->clear();
    if (finished.size() > order.size()) {
        if (error) {
            *error = QCoreApplication::translate("opc::merge::Steps",
                                                 "More steps are recorded as finished than the "
                                                 "merge has.");
        }
        return std::nullopt;
    }
    for (int i = 0; i < finished.size(); ++i) {
        if (finished[i] != order[i]) {
            if (error) {
                *error = QCoreApplication::translate("opc::merge::Steps",
                                                     "Step \"%1\" was recorded out of order: "
                                                     "\"%2\" must come first.")
                             .arg(stepTitle(finished[i]), stepTitle(order[i]));
            }
            return std::nullopt;
        }
    }
    if (finished.size() == order.size())
        return std::nullopt;
    return order[finished.size()];
}

bool mayStart(const QList<StepId> &finished, StepId step, QString *reason)
{
    QString error;
    const std::optional<StepId> next = nextStep(finished, &error);
    if (!error.isEmpty()) {
        if (reason)
            *reason = error;
        return false;
    }
    if (next == step)
        return true;
    if (reason) {
        if (finished.contains(step)) {
            *reason = QCoreApplication::translate("opc::merge::Steps",
                                                  "Step \"%1\" is already done; it is never run "
                                                  "twice.")
                          .arg(stepTitle(step));
        } else {
            // Only reachable with a next step: a complete merge contains every step.
            *reason = QCoreApplication::translate("opc::merge::Steps",
                                                  "Step \"%1\" cannot run yet: \"%2\" must "
                                                  "finish first.")
                          .arg(stepTitle(step), stepTitle(*next));
        }
    }
    return false;
}

} // namespace opc::merge
