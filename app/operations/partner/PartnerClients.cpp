#include "operations/partner/PartnerClients.h"

#include "operations/partner/PartnerOpsSupport.h"

namespace opc::ops {

void loadPartnerClients(crm::CrmClient *client, QObject *context,
                        std::function<void(const PartnerClientsResult &)> done)
{
    auto result = std::make_shared<PartnerClientsResult>();
    auto walk = std::make_shared<partnerops::PageWalk>();
    walk->client = client;
    walk->context = context;
    walk->path = partnerops::partnerPath(QStringLiteral("/clients"));
    walk->readPage = [result](const QJsonObject &body, JsonFieldReader &reader) {
        const QJsonArray items = reader.array(QStringLiteral("items"));
        for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
            JsonFieldReader item(items.at(i).toObject());
            PartnerClient read;
            read.id = item.integer(QStringLiteral("id"), 1);
            read.accountId = item.text(QStringLiteral("account_id"));
            read.chatcoins = item.integer(QStringLiteral("chatcoins"), 0);
            read.wabaPackages = item.integer(QStringLiteral("waba_packages"), 0);
            read.origin.createdByPartner = item.flag(QStringLiteral("partner_created_cabinet"));
            read.origin.accessGranted = item.flag(QStringLiteral("access_granted"));
            reader.adopt(QStringLiteral("items[%1]").arg(i), item);
            result->clients.insert(read.id, read);
        }
        Q_UNUSED(body);
        return reader.ok();
    };
    walk->finished = [result, done = std::move(done)](const std::optional<crm::CrmError> &error) {
        result->error = error;
        if (error)
            result->clients.clear();
        done(*result);
    };
    partnerops::walkPages(walk);
}

} // namespace opc::ops
