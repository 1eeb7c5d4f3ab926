#include "operations/leads/LeadQueue.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/leads/LeadOpsSupport.h"

#include <memory>

namespace opc::ops {

namespace {

const QString kWhat = QStringLiteral("GET /api/v1/leads");

QUrlQuery urlQuery(const LeadListQuery &query)
{
    QUrlQuery url;
    url.addQueryItem(QStringLiteral("queue"), leadQueueToWire(query.queue));
    if (!query.assigneeId.isEmpty())
        url.addQueryItem(QStringLiteral("assignee"), query.assigneeId);
    if (!query.status.isEmpty())
        url.addQueryItem(QStringLiteral("status"), query.status);
    if (!query.search.isEmpty())
        url.addQueryItem(QStringLiteral("q"), query.search);
    url.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.limit, 200)));
    if (!query.cursor.isEmpty())
        url.addQueryItem(QStringLiteral("cursor"), query.cursor);
    return url;
}

LeadPage readPage(const crm::CrmResult &result)
{
    LeadPage page;
    if (!result.ok()) {
        page.error = result.error;
        return page;
    }
    QJsonObject body;
    QString why;
    if (!leadops::bodyObject(result, &body, &why)) {
        page.error = leadops::malformed(result, kWhat, why);
        return page;
    }
    JsonFieldReader reader(body);
    const QJsonArray items = reader.array(QStringLiteral("items"));
    page.nextCursor = reader.textOrNull(QStringLiteral("next_cursor"));
    for (int i = 0; i < items.size() && reader.ok(); ++i) {
        QString problem;
        const std::optional<Lead> lead = leadFromJson(items.at(i).toObject(), &problem);
        if (!lead)
            reader.fail(QStringLiteral("items[%1]").arg(i),
                        QStringLiteral("a lead (%1)").arg(problem));
        else
            page.items.append(*lead);
    }
    if (!reader.ok()) {
        page = LeadPage {};
        page.error = leadops::malformed(result, kWhat, reader.problem());
    }
    return page;
}

struct AllPages {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr;
    LeadListQuery query;
    int maxItems = 0;
    LeadPage collected;
    std::function<void(const LeadPage &)> done;
};

void nextPage(const std::shared_ptr<AllPages> &state)
{
    LeadListQuery query = state->query;
    query.limit = qMin(query.limit, state->maxItems - int(state->collected.items.size()));
    listLeads(state->client, query, state->context, [state](const LeadPage &page) {
        if (!page.ok()) {
            LeadPage failed;
            failed.error = page.error;
            state->done(failed);
            return;
        }
        state->collected.items.append(page.items);
        state->collected.nextCursor = page.nextCursor;
        if (page.nextCursor.isEmpty() || state->collected.items.size() >= state->maxItems) {
            state->done(state->collected);
            return;
        }
        state->query.cursor = page.nextCursor;
        nextPage(state);
    });
}

} // namespace

QString leadQueueToWire(LeadQueue queue)
{
    switch (queue) {
    case LeadQueue::Free:
        return QStringLiteral("free");
    case LeadQueue::Mine:
        return QStringLiteral("mine");
    case LeadQueue::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("free");
}

std::optional<LeadQueue> leadQueueFromWire(const QString &wire)
{
    for (LeadQueue queue : { LeadQueue::Free, LeadQueue::Mine, LeadQueue::All }) {
        if (leadQueueToWire(queue) == wire)
            return queue;
    }
    return std::nullopt;
}

void listLeads(crm::CrmClient *client, const LeadListQuery &query, QObject *context,
               std::function<void(const LeadPage &)> done)
{
    client->get(
        QStringLiteral("/api/v1/leads"), context,
        [done = std::move(done)](const crm::CrmResult &result) { done(readPage(result)); },
        urlQuery(query));
}

void listAllLeads(crm::CrmClient *client, const LeadListQuery &query, int maxItems,
                  QObject *context, std::function<void(const LeadPage &)> done)
{
    auto state = std::make_shared<AllPages>();
    state->client = client;
    state->context = context;
    state->query = query;
    state->query.limit = 200;
    state->maxItems = qMax(1, maxItems);
    state->done = std::move(done);
    nextPage(state);
}

} // namespace opc::ops
