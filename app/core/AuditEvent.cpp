#include "core/AuditEvent.h"

#include "opc/AppInfo.h"

#include <QJsonArray>
#include <QUuid>

namespace opc {

namespace {

const auto kTimeFormat = Qt::ISODateWithMs;

bool requireString(const QJsonObject &json, const QString &key, QString *out, QString *error,
                   bool allowEmpty = false)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || (!allowEmpty && value.toString().isEmpty())) {
        if (error)
            *error = key;
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

QJsonObject AuditEvent::toJson() const
{
    QJsonArray ids;
    for (const QString &entityId : entityIds)
        ids.append(entityId);
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("operation_id"), operationId },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("action"), action },
        { QStringLiteral("entity_type"), entityType },
        { QStringLiteral("entity_ids"), ids },
        { QStringLiteral("before"), before },
        { QStringLiteral("after"), after },
        { QStringLiteral("result"), result },
        { QStringLiteral("message"), message },
        { QStringLiteral("occurred_at"), occurredAt.toUTC().toString(kTimeFormat) },
        { QStringLiteral("app_version"), appVersion },
    };
}

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject &json, QString *error)
{
    AuditEvent event;
    if (!requireString(json, QStringLiteral("id"), &event.id, error)
        || !requireString(json, QStringLiteral("operation_id"), &event.operationId, error)
        || !requireString(json, QStringLiteral("actor"), &event.actor, error)
        || !requireString(json, QStringLiteral("action"), &event.action, error)
        || !requireString(json, QStringLiteral("entity_type"), &event.entityType, error)
        || !requireString(json, QStringLiteral("result"), &event.result, error)
        || !requireString(json, QStringLiteral("app_version"), &event.appVersion, error))
        return std::nullopt;
    if (QUuid::fromString(event.id).isNull()) {
        if (error)
            *error = QStringLiteral("id");
        return std::nullopt;
    }
    if (event.result != QLatin1String("ok") && event.result != QLatin1String("failed")) {
        if (error)
            *error = QStringLiteral("result");
        return std::nullopt;
    }
    const QJsonValue ids = json.value(QStringLiteral("entity_ids"));
    if (!ids.isArray()) {
        if (error)
            *error = QStringLiteral("entity_ids");
        return std::nullopt;
    }
    for (const QJsonValue &entityId : ids.toArray()) {
        if (!entityId.isString() || entityId.toString().isEmpty()) {
            if (error)
                *error = QStringLiteral("entity_ids");
            return std::nullopt;
        }
        event.entityIds.append(entityId.toString());
    }
    for (const auto &[key, target] : { std::pair { QStringLiteral("before"), &event.before },
                                       std::pair { QStringLiteral("after"), &event.after } }) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isObject()) {
            if (error)
                *error = key;
            return std::nullopt;
        }
        *target = value.toObject();
    }
    const QJsonValue message = json.value(QStringLiteral("message"));
    if (!message.isUndefined() && !message.isString()) {
        if (error)
            *error = QStringLiteral("message");
        return std::nullopt;
    }
    event.message = message.toString();
    QString time;
    if (!requireString(json, QStringLiteral("occurred_at"), &time, error))
        return std::nullopt;
    event.occurredAt = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!event.occurredAt.isValid()) {
        if (error)
            *error = QStringLiteral("occurred_at");
        return std::nullopt;
    }
    event.occurredAt = event.occurredAt.toUTC();
    return event;
}

bool operator==(const AuditEvent &a, const AuditEvent &b)
{
    return a.toJson() == b.toJson();
}

AuditEvent makeAuditEvent(const QString &operationId, const QString &actor, const QString &action,
                          const QString &entityType, const QStringList &entityIds)
{
    AuditEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.operationId = operationId;
    event.actor = actor;
    event.action = action;
    event.entityType = entityType;
    event.entityIds = entityIds;
    event.result = QStringLiteral("ok");
    // QDateTime keeps milliseconds, exactly what ISO text with ms carries: the value round-trips.
    event.occurredAt = QDateTime::currentDateTimeUtc();
    event.appVersion = QString::fromLatin1(kAppVersion);
    return event;
}

} // namespace opc
