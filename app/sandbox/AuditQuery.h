#pragma once

#include "core/audit/AuditFilter.h"
#include "sandbox/HttpTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace opc::sandbox {

// The SQL condition (on `audit_index i`) that selects what an AuditFilter asks for, with its
// bind values in order. Every filter is served by an index: actor, action and operation by
// audit_index's, entity by audit_entities, text by the FTS5 trigram table, dates by
// occurred_at.
struct AuditWhere {
    QString sql = QStringLiteral("1");
    QVariantList binds;
};
AuditWhere auditWhere(const AuditFilter &filter);

// Reads the filter of a request; a bad parameter is a 422 naming it (AuditFilter::fromQuery's
// rules, e.g. free text needs AuditFilter::kMinTextLength characters).
std::optional<AuditFilter> readAuditFilter(const QUrlQuery &query, HttpReply *error);

// One stored event as the listing sends it: its canonical JSON with the hash added, spliced as
// text (a page of a thousand events is not parsed and serialised again).
QByteArray storedEventJson(const QSqlQuery &row); // columns: seq, hash, stored_json

} // namespace opc::sandbox
