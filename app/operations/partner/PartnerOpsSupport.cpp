#include "operations/partner/PartnerOpsSupport.h"

#include "crm/CrmClient.h"

namespace opc::ops::partnerops {

QString partnerPath(const QString &tail)
{
    return QStringLiteral("/api/v1/partner") + tail;
}

void walkPages(const std::shared_ptr<PageWalk> &walk, const QString &cursor)
{
    QUrlQuery query = walk->query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    walk->client->get(
        walk->path, walk->context,
        [walk](const crm::CrmResult &result) {
            if (!result.ok()) {
                walk->finished(result.error);
                return;
            }
            QJsonObject body;
            QString why;
            if (!leadops::bodyObject(result, &body, &why)) {
                walk->finished(
                    leadops::malformed(result, QStringLiteral("GET ") + walk->path, why));
                return;
            }
            JsonFieldReader reader(body);
            const QString next = reader.textOrNull(QStringLiteral("next_cursor"));
            const bool more = walk->readPage(body, reader);
            if (!reader.ok()) {
                walk->finished(leadops::malformed(result, QStringLiteral("GET ") + walk->path,
                                                  reader.problem()));
                return;
            }
            if (!more || next.isEmpty()) {
                walk->finished(std::nullopt);
                return;
            }
            walkPages(walk, next);
        },
        query);
}

} // namespace opc::ops::partnerops
