#include "core/leads/Funnel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct FunnelText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::Funnel)
};

constexpr int kMaxSortOrder = 10000;

} // namespace

QString stageKindToWire(StageKind kind)
{
    switch (kind) {
    case StageKind::InProcess:
        return QStringLiteral("in_process");
    case StageKind::Success:
        return QStringLiteral("success");
    case StageKind::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("in_process");
}

std::optional<StageKind> stageKindFromWire(const QString &wire)
{
    for (StageKind kind : { StageKind::InProcess, StageKind::Success, StageKind::Failed }) {
        if (stageKindToWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

QString funnelProblem(const QList<Stage> &funnel)
{
    if (funnel.isEmpty())
        return FunnelText::tr("The funnel has no stages.");
    QSet<qint64> ids;
    QHash<int, QString> orders;
    int inProcess = 0;
    int success = 0;
    int failed = 0;
    for (const Stage &stage : funnel) {
        if (stage.name.trimmed().isEmpty())
            return FunnelText::tr("Every stage needs a name.");
        if (stage.id != 0) {
            if (ids.contains(stage.id))
                return FunnelText::tr("Two stages have the same id %1.").arg(stage.id);
            ids.insert(stage.id);
        }
        if (stage.sortOrder < 0 || stage.sortOrder > kMaxSortOrder)
            return FunnelText::tr("The order of stage \"%1\" is %2; it must be from 0 to %3.")
                .arg(stage.name, QString::number(stage.sortOrder), QString::number(kMaxSortOrder));
        if (orders.contains(stage.sortOrder))
            return FunnelText::tr("Stages \"%1\" and \"%2\" have the same order %3.")
                .arg(orders.value(stage.sortOrder), stage.name, QString::number(stage.sortOrder));
        orders.insert(stage.sortOrder, stage.name);
        switch (stage.kind) {
        case StageKind::InProcess:
            ++inProcess;
            break;
        case StageKind::Success:
            ++success;
            break;
        case StageKind::Failed:
            ++failed;
            break;
        }
    }
    if (inProcess == 0)
        return FunnelText::tr("The funnel needs at least one stage in process.");
    if (success != 1)
        return FunnelText::tr("The funnel needs exactly one success stage, not %1.").arg(success);
    if (failed != 1)
        return FunnelText::tr("The funnel needs exactly one failed stage, not %1.").arg(failed);
    return {};
}

std::optional<Stage> firstInProcessStage(const QList<Stage> &funnel)
{
    std::optional<Stage> first;
    for (const Stage &stage : funnel) {
        if (stage.kind == StageKind::InProcess && (!first || stage.sortOrder < first->sortOrder))
            first = stage;
    }
    return first;
}

QList<HistoryEntry> completeHistory(const QList<Stage> &funnel, const QList<HistoryEntry> &passed)
{
    QHash<qint64, Stage> byId;
    for (const Stage &stage : funnel)
        byId.insert(stage.id, stage);
    QList<Stage> inProcess;
    for (const Stage &stage : funnel) {
        if (stage.kind == StageKind::InProcess)
            inProcess.append(stage);
    }
    std::stable_sort(inProcess.begin(), inProcess.end(),
                     [](const Stage &a, const Stage &b) { return a.sortOrder < b.sortOrder; });

    QList<HistoryEntry> entries = passed;
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.enteredAt < b.enteredAt; });

    QSet<qint64> entered; // real or already generated: never generated (again)
    for (const HistoryEntry &entry : entries)
        entered.insert(entry.stageId);

    QList<HistoryEntry> result;
    std::optional<Stage> previous;
    for (const HistoryEntry &entry : entries) {
        const auto stage = byId.constFind(entry.stageId);
        if (stage == byId.constEnd()) {
            result.append(entry);
            continue;
        }
        if (previous && previous->kind == StageKind::InProcess
            && stage->kind != StageKind::Failed) {
            const int from = previous->sortOrder;
            const bool toSuccess = stage->kind == StageKind::Success;
            for (const Stage &skipped : inProcess) {
                if (skipped.sortOrder <= from)
                    continue;
                if (!toSuccess && skipped.sortOrder >= stage->sortOrder)
                    break;
                if (entered.contains(skipped.id))
                    continue;
                entered.insert(skipped.id);
                result.append(HistoryEntry { skipped.id, entry.enteredAt, true });
            }
        }
        result.append(entry);
        previous = *stage;
    }
    return result;
}

} // namespace opc::leads
