#pragma once

#include "core/leads/Funnel.h"
#include "crm/CrmResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct FunnelInfo {
    qint64 id = 0;
    QString name;
    bool isDefault = false;
    QList<leads::Stage> stages; // by sortOrder
};

struct FunnelsResult {
    QList<FunnelInfo> funnels;
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/funnels (every page), with their stages.
void listFunnels(crm::CrmClient *client, QObject *context,
                 std::function<void(const FunnelsResult &)> done);

struct StageSummary {
    qint64 stageId = 0;
    QString name;
    leads::StageKind kind = leads::StageKind::InProcess;
    qint64 count = 0; // deals now in the stage
    qint64 amountKopecks = 0; // their amounts summed
};

struct FunnelSummaryResult {
    qint64 funnelId = 0;
    QList<StageSummary> stages; // in the funnel's order
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/funnels/{id}/summary: counts and amounts per stage, for the funnel chart.
void loadFunnelSummary(crm::CrmClient *client, qint64 funnelId, QObject *context,
                       std::function<void(const FunnelSummaryResult &)> done);

// Both callbacks run exactly once in `context`'s thread; nothing if `context` died first.

} // namespace opc::ops
