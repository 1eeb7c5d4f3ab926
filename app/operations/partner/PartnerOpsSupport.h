#pragma once

// Internal to app/operations/partner: the partner API's paths and page walking, over the lead
// operations' strict-reading helpers (operations/leads/LeadOpsSupport.h). Not for the GUI.

#include "core/JsonFieldReader.h"
#include "crm/CrmResult.h"
#include "operations/leads/LeadOpsSupport.h"
#include "operations/partner/PartnerLines.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops::partnerops {

// "/api/v1/partner" + `tail` ("/lines", "/orders").
QString partnerPath(const QString &tail);

// The largest page the CRM's listings hand out (?limit=1..200).
inline constexpr int kPageLimit = 200;

// Reads a cursor-paged listing page by page. `readPage` gets each page's body with a reader of
// it and answers whether to go on (false: enough was read, or the reader has a problem);
// `finished` runs once, with the error of a failed request or an unreadable page.
struct PageWalk {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr;
    QString path;
    QUrlQuery query; // filters; limit and cursor are added per page
    std::function<bool(const QJsonObject &body, JsonFieldReader &reader)> readPage;
    std::function<void(const std::optional<crm::CrmError> &error)> finished;
};
void walkPages(const std::shared_ptr<PageWalk> &walk, const QString &cursor = {});

// One line read into `parent`'s problem under `prefix` ("items[3]", "lines[0]"); defined in
// PartnerLines.cpp.
PartnerLine readLine(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix);
// Each item of `array` read as a line, problems under `prefix`[i].
QList<PartnerLine> readLines(const QJsonArray &array, JsonFieldReader &parent,
                             const QString &prefix);
// The line an answer carries (GET or PATCH of /partner/lines/{id}), or why not.
PartnerLineResult readLineAnswer(const crm::CrmResult &result, const QString &what);

} // namespace opc::ops::partnerops
