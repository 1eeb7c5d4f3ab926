#include "operations/leads/LeadOpsSupport.h"

#include "crm/ErrorMessages.h"

namespace opc::ops::leadops {

crm::CrmError malformed(const crm::CrmResult &result, const QString &what, const QString &why)
{
    return crm::malformedResponse(result.httpStatus, why, what);
}

QDateTime readTime(JsonFieldReader &reader, const QJsonObject &object, const QString &key,
                   bool nullable)
{
    const QJsonValue value = object.value(key);
    if (nullable && value.isNull())
        return {};
    const QString text = value.toString();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid()) {
        reader.fail(key,
                    nullable ? QStringLiteral("an ISO 8601 time or null")
                             : QStringLiteral("an ISO 8601 time"));
        return {};
    }
    return time.toUTC();
}

bool bodyObject(const crm::CrmResult &result, QJsonObject *object, QString *why)
{
    if (!result.body.isObject()) {
        *why = QStringLiteral("expected a JSON object");
        return false;
    }
    *object = result.body.toObject();
    return true;
}

std::optional<leads::StageKind> readStageKind(JsonFieldReader &reader)
{
    const QString wire = reader.text(QStringLiteral("kind"));
    const std::optional<leads::StageKind> kind = leads::stageKindFromWire(wire);
    if (reader.ok() && !kind)
        reader.fail(QStringLiteral("kind"),
                    QStringLiteral("\"in_process\", \"success\" or \"failed\""));
    return kind;
}

} // namespace opc::ops::leadops
