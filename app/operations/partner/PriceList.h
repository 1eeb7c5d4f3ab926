#pragma once

#include "core/partner/Pricing.h"
#include "crm/CrmResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct PriceListResult {
    std::optional<partner::PriceList> prices; // set on success
    std::optional<crm::CrmError> error; // MalformedResponse names the bad field
    bool ok() const { return prices.has_value(); }
};

// GET /api/v1/partner/price-list, read strictly. `done` runs exactly once in `context`'s
// thread; nothing if `context` died first.
void loadPriceList(crm::CrmClient *client, QObject *context,
                   std::function<void(const PriceListResult &)> done);

} // namespace opc::ops
