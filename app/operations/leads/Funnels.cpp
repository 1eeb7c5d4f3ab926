#include "operations/leads/Funnels.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/leads/LeadOpsSupport.h"

#include <algorithm>
#include <memory>

namespace opc::ops {

namespace {

FunnelInfo readFunnel(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix)
{
    JsonFieldReader reader(json);
    FunnelInfo funnel;
    funnel.id = reader.integer(QStringLiteral("id"), 1);
    funnel.name = reader.text(QStringLiteral("name"));
    if (json.contains(QStringLiteral("is_default")))
        funnel.isDefault = reader.flag(QStringLiteral("is_default"));
    const QJsonArray stages = reader.array(QStringLiteral("stages"));
    for (int i = 0; i < stages.size(); ++i) {
        JsonFieldReader inner(stages.at(i).toObject());
        leads::Stage stage;
        stage.id = inner.integer(QStringLiteral("id"), 1);
        stage.name = inner.text(QStringLiteral("name"));
        stage.kind = leadops::readStageKind(inner).value_or(leads::StageKind::InProcess);
        stage.sortOrder = int(inner.integer(QStringLiteral("sort_order"), 0, 10000));
        reader.adopt(QStringLiteral("stages[%1]").arg(i), inner);
        funnel.stages.append(stage);
    }
    std::stable_sort(
        funnel.stages.begin(), funnel.stages.end(),
        [](const leads::Stage &a, const leads::Stage &b) { return a.sortOrder < b.sortOrder; });
    parent.adopt(prefix, reader);
    return funnel;
}

struct FunnelPages {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr;
    FunnelsResult collected;
    std::function<void(const FunnelsResult &)> done;
};

void nextFunnelPage(const std::shared_ptr<FunnelPages> &state, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    state->client->get(
        QStringLiteral("/api/v1/funnels"), state->context,
        [state](const crm::CrmResult &result) {
            FunnelsResult failed;
            if (!result.ok()) {
                failed.error = result.error;
                state->done(failed);
                return;
            }
            JsonFieldReader reader(result.body.toObject());
            const QJsonArray items = reader.array(QStringLiteral("items"));
            const QString next = reader.textOrNull(QStringLiteral("next_cursor"));
            for (int i = 0; i < items.size() && reader.ok(); ++i)
                state->collected.funnels.append(
                    readFunnel(items.at(i).toObject(), reader, QStringLiteral("items[%1]").arg(i)));
            if (!reader.ok()) {
                failed.error = leadops::malformed(result, QStringLiteral("GET /api/v1/funnels"),
                                                  reader.problem());
                state->done(failed);
                return;
            }
            if (next.isEmpty())
                state->done(state->collected);
            else
                nextFunnelPage(state, next);
        },
        query);
}

} // namespace

void listFunnels(crm::CrmClient *client, QObject *context,
                 std::function<void(const FunnelsResult &)> done)
{
    auto state = std::make_shared<FunnelPages>();
    state->client = client;
    state->context = context;
    state->done = std::move(done);
    nextFunnelPage(state, QString());
}

void loadFunnelSummary(crm::CrmClient *client, qint64 funnelId, QObject *context,
                       std::function<void(const FunnelSummaryResult &)> done)
{
    const QString path = QStringLiteral("/api/v1/funnels/%1/summary").arg(funnelId);
    client->get(
        path, context, [done = std::move(done), funnelId, path](const crm::CrmResult &result) {
            FunnelSummaryResult summary;
            summary.funnelId = funnelId;
            if (!result.ok()) {
                summary.error = result.error;
                done(summary);
                return;
            }
            JsonFieldReader reader(result.body.toObject());
            const QJsonArray stages = reader.array(QStringLiteral("stages"));
            for (int i = 0; i < stages.size(); ++i) {
                JsonFieldReader inner(stages.at(i).toObject());
                StageSummary stage;
                stage.stageId = inner.integer(QStringLiteral("stage_id"), 1);
                stage.name = inner.text(QStringLiteral("name"));
                stage.kind = leadops::readStageKind(inner).value_or(leads::StageKind::InProcess);
                stage.count = inner.integer(QStringLiteral("count"), 0);
                stage.amountKopecks = inner.integer(QStringLiteral("amount_kopecks"));
                reader.adopt(QStringLiteral("stages[%1]").arg(i), inner);
                summary.stages.append(stage);
            }
            if (!reader.ok()) {
                summary.stages.clear();
                summary.error
                    = leadops::malformed(result, QStringLiteral("GET ") + path, reader.problem());
            }
            done(summary);
        });
}

} // namespace opc::ops
