#include "sandbox/FaultInjector.h"

#include "sandbox/HttpTypes.h"
#include "sandbox/Routes.h"

#include <QMutexLocker>

namespace opc::sandbox {

namespace {

// Reads an optional whole number in [min, max]; false (with the message) when it is not one.
bool readInt(const QJsonObject &json, const QString &key, int min, int max, int *out,
             QString *field, QString *message)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
        *field = key;
        *message = Text::tr("%1 must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
        return false;
    }
    *out = int(number);
    return true;
}

bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *field,
              QString *message)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool()) {
        *field = key;
        *message = Text::tr("%1 must be true or false.").arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

} // namespace

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *field,
                                             QString *message)
{
    static const QStringList known {
        QStringLiteral("route"),           QStringLiteral("latency_ms"),
        QStringLiteral("status"),          QStringLiteral("retry_after"),
        QStringLiteral("drop_connection"), QStringLiteral("drop_after_apply"),
        QStringLiteral("malformed_body"),  QStringLiteral("times")
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *field = it.key();
            *message = Text::tr("Unknown field %1.").arg(it.key());
            return std::nullopt;
        }
    }
    FaultRule rule;
    const QJsonValue route = json.value(QStringLiteral("route"));
    bool knownRoute = route.toString() == QLatin1String("*");
    for (const Route &served : routeTable())
        knownRoute = knownRoute || (!served.sandboxControl && served.key() == route.toString());
    if (!route.isString() || !knownRoute) {
        *field = QStringLiteral("route");
        *message = Text::tr("route must be \"*\" or a served route such as \"GET /api/v1/me\".");
        return std::nullopt;
    }
    rule.route = route.toString();
    if (!readInt(json, QStringLiteral("latency_ms"), 0, 60000, &rule.latencyMs, field, message)
        // An error status only: 1xx and 204/304 cannot carry the error body.
        || !readInt(json, QStringLiteral("status"), 400, 599, &rule.status, field, message)
        || !readInt(json, QStringLiteral("retry_after"), 0, 86400, &rule.retryAfterSeconds, field,
                    message)
        || !readInt(json, QStringLiteral("times"), 1, 1000000, &rule.times, field, message)
        || !readBool(json, QStringLiteral("drop_connection"), &rule.dropConnection, field, message)
        || !readBool(json, QStringLiteral("malformed_body"), &rule.malformedBody, field, message)
        || !readBool(json, QStringLiteral("drop_after_apply"), &rule.dropAfterApply, field,
                     message))
        return std::nullopt;
    if (rule.latencyMs == 0 && rule.status == 0 && !rule.dropConnection && !rule.malformedBody
        && !rule.dropAfterApply) {
        *field = QStringLiteral("status");
        *message = Text::tr("A fault needs at least one of latency_ms, status, drop_connection, "
                            "drop_after_apply or malformed_body.");
        return std::nullopt;
    }
    if (rule.dropAfterApply && (rule.status != 0 || rule.dropConnection || rule.malformedBody)) {
        *field = QStringLiteral("drop_after_apply");
        *message = Text::tr("drop_after_apply serves the request and sends no answer, so it "
                            "cannot be combined with status, drop_connection or malformed_body.");
        return std::nullopt;
    }
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    return QJsonObject {
        { QStringLiteral("route"), route },
        { QStringLiteral("latency_ms"), latencyMs },
        { QStringLiteral("status"), status == 0 ? QJsonValue(QJsonValue::Null) : status },
        { QStringLiteral("retry_after"),
          retryAfterSeconds < 0 ? QJsonValue(QJsonValue::Null) : retryAfterSeconds },
        { QStringLiteral("drop_connection"), dropConnection },
        { QStringLiteral("drop_after_apply"), dropAfterApply },
        { QStringLiteral("malformed_body"), malformedBody },
        { QStringLiteral("times"), times < 0 ? QJsonValue(QJsonValue::Null) : times },
    };
}

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

int FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    const int count = int(m_rules.size());
    m_rules.clear();
    return count;
}

QList<FaultRule> FaultInjector::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

std::optional<FaultRule> FaultInjector::take(const QString &routeKey)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.route != QLatin1String("*") && rule.route != routeKey)
            continue;
        const FaultRule hit = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

} // namespace opc::sandbox
