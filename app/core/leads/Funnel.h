#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opc::leads {

enum class StageKind { InProcess, Success, Failed };

// Wire names: "in_process", "success", "failed".
QString stageKindToWire(StageKind kind);
std::optional<StageKind> stageKindFromWire(const QString &wire);

struct Stage {
    qint64 id = 0;
    QString name;
    StageKind kind = StageKind::InProcess;
    int sortOrder = 0;
};

// Empty when the funnel is valid: at least one stage, non-empty names, ids distinct (0 = a
// stage not saved yet, not compared), sort orders within 0..10000 and distinct, at least one
// in-process stage, exactly one success and exactly one failed stage. Otherwise a translated
// description of the first problem.
QString funnelProblem(const QList<Stage> &funnel);

// The first in-process stage by sortOrder (where new deals start), or nullopt.
std::optional<Stage> firstInProcessStage(const QList<Stage> &funnel);

struct HistoryEntry {
    qint64 stageId = 0;
    QDateTime enteredAt;
    bool generated = false;
};

// The deal's stage history with the skipped stages filled in (seed 004, "is_generated").
// The entries are taken in time order (stable for equal times). For two consecutive entries
// of stages in the funnel, `prev` then `next`, the stages the deal skipped are:
//  - next in process: the in-process stages with prev.sortOrder < sortOrder < next.sortOrder;
//  - next the success stage: every in-process stage after prev by sortOrder;
//  - next the failed stage, prev a success/failed stage, or a move backwards: none.
// A skipped stage is added (generated = true, enteredAt = next.enteredAt, in funnel order just
// before `next`) only when the deal never entered it in `passed` and it was not generated
// already. Nothing is generated before the first entry. Entries of stages not in the funnel are
// kept in place and skipped when pairing. Entries passed in with generated = true count as
// entered, so completing a completed history changes nothing.
QList<HistoryEntry> completeHistory(const QList<Stage> &funnel, const QList<HistoryEntry> &passed);

} // namespace opc::leads
