#pragma once

#include "core/merge/Direction.h"
#include "core/merge/MergeModel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::merge {

// One weekly lesson of an account's schedule, as the CRM's schedule route carries it.
struct ScheduleSlot {
    int weekday = 1; // 1 = Monday … 7 = Sunday
    QString time; // "HH:MM"
    int durationMin = 50;

    friend bool operator==(const ScheduleSlot &a, const ScheduleSlot &b)
    {
        return a.weekday == b.weekday && a.time == b.time && a.durationMin == b.durationMin;
    }
};

// What the merge read from the CRM when it was registered, frozen for the whole run. The steps
// take the values they move from here, not from a fresh read: once a step has moved something
// (the intro lesson, the schedule) the source no longer shows it, and a resumed run must still
// write exactly what the preview showed.
struct MergeSnapshot {
    DirectionPlan plan;
    std::optional<RequestSummary> oldRequest; // the source's request, whose data moves
    std::optional<qint64> reusedRequestId; // the target's own open request, reused when set
    qint64 teacherId = 0; // the source's teacher; 0 = none
    QList<ScheduleSlot> weeklySlots; // the source's weekly schedule

    QJsonObject toJson() const;
    // Validates every field; on error returns nullopt and `error` names the field
    // ("plan.source.id: expected a positive whole number"). Technical, not translated.
    static std::optional<MergeSnapshot> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const MergeSnapshot &a, const MergeSnapshot &b);
};

// The statuses the new request takes over, oldest first: the old request's history after its
// last "new", without "duplicate" and "closed" (those describe the old request's end, not the
// student's progress) and without repeats in a row.
QStringList statusesToCopy(const RequestSummary &oldRequest);

} // namespace opc::merge
