#pragma once

// Internal to app/operations/leads: reading the CRM's lead answers strictly. Not for the GUI.

#include "core/JsonFieldReader.h"
#include "core/leads/Funnel.h"
#include "crm/CrmResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc::ops::leadops {

// A 2xx answer that is not the contract's JSON, as the error every op delivers for it.
crm::CrmError malformed(const crm::CrmResult &result, const QString &what, const QString &why);

// An ISO 8601 time field (null allowed when `nullable`); a problem in `reader` otherwise.
QDateTime readTime(JsonFieldReader &reader, const QJsonObject &object, const QString &key,
                   bool nullable = false);

// A funnel stage's "kind" ("in_process", "success", "failed"); a problem in `reader` otherwise.
std::optional<leads::StageKind> readStageKind(JsonFieldReader &reader);

// The answer's body as an object, or a problem in `why`.
bool bodyObject(const crm::CrmResult &result, QJsonObject *object, QString *why);

} // namespace opc::ops::leadops
