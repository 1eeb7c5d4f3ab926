#include "operations/partner/PriceList.h"

#include "core/partner/QuoteJson.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

namespace opc::ops {

void loadPriceList(crm::CrmClient *client, QObject *context,
                   std::function<void(const PriceListResult &)> done)
{
    const QString path = QStringLiteral("/api/v1/partner/price-list");
    client->get(path, context, [done = std::move(done), path](const crm::CrmResult &result) {
        PriceListResult read;
        if (!result.ok()) {
            read.error = result.error;
            done(read);
            return;
        }
        partner::QuoteError problem;
        read.prices = partner::pricesFromJson(result.body, QStringLiteral("price-list"), &problem);
        if (!read.prices)
            read.error = crm::malformedResponse(
                result.httpStatus, problem.field + QStringLiteral(": ") + problem.message,
                QStringLiteral("GET ") + path);
        done(read);
    });
}

} // namespace opc::ops
