#pragma once

#include "crm/CrmResult.h"
#include "operations/partner/PartnerLines.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct Actor;

// The CRM keeps at most this many characters of a line's comment (a longer one: 422 "comment").
inline constexpr int kMaxPartnerLineCommentLength = 1000;

// PATCH /api/v1/partner/lines/{id} {"comment"} with If-Match current.etag(). A stale one gives
// error PreconditionFailed, the line read again in `reloaded` and a message saying so; a comment
// over kMaxPartnerLineCommentLength gives Validation with field "comment". Records one
// "partner.line.comment" audit event whatever the outcome, even when `context` died meanwhile.
// `done` runs exactly once in `context`'s thread; nothing if `context` died first.
void setPartnerLineComment(const Actor &actor, crm::CrmClient *client, const PartnerLine &current,
                           const QString &comment, QObject *context,
                           std::function<void(const PartnerLineResult &)> done);

} // namespace opc::ops
