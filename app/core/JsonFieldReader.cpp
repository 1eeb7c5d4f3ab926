#include "core/JsonFieldReader.h"

#include <limits>

namespace opc {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, QString *problem)
    : m_object(object), m_path(std::move(path)), m_problem(problem ? problem : &m_ownProblem)
{
}

qint64 JsonFieldReader::integer(const QString &key, qint64 min, qint64 max)
{
    const std::optional<qint64> number = wholeNumber(m_object.value(key), min, max);
    if (!number) {
        fail(key,
             min == -kJsonExactLimit && max == kJsonExactLimit
                 ? QStringLiteral("a whole number")
                 : QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        return std::max<qint64>(min, 0);
    }
    return *number;
}

qint64 JsonFieldReader::integerOrNull(const QString &key, qint64 min, qint64 max)
{
    return m_object.value(key).isNull() ? 0 : integer(key, min, max);
}

int JsonFieldReader::count(const QString &key)
{
    return int(integer(key, 0, std::numeric_limits<int>::max()));
}

QString JsonFieldReader::text(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString())
        fail(key, QStringLiteral("a string"));
    return value.toString();
}

QString JsonFieldReader::textOrNull(const QString &key)
{
    return m_object.value(key).isNull() ? QString() : text(key);
}

bool JsonFieldReader::flag(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        fail(key, QStringLiteral("true or false"));
    return value.toBool();
}

QJsonArray JsonFieldReader::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        fail(key, QStringLiteral("an array"));
    return value.toArray();
}

QJsonObject JsonFieldReader::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        fail(key, QStringLiteral("an object"));
    return value.toObject();
}

std::optional<QJsonObject> JsonFieldReader::objectOrNull(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(key, QStringLiteral("an object or null"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonObject> JsonFieldReader::optionalObject(const QString &key)
{
    return m_object.value(key).isUndefined() ? std::nullopt : objectOrNull(key);
}

void JsonFieldReader::adopt(const QString &prefix, const JsonFieldReader &inner)
{
    if (m_problem->isEmpty() && !inner.problem().isEmpty())
        *m_problem = prefix + QLatin1Char('.') + inner.problem();
}

void JsonFieldReader::fail(const QString &key, const QString &expected)
{
    if (m_problem->isEmpty())
        *m_problem = QStringLiteral("%1: expected %2").arg(path(key), expected);
}

QString JsonFieldReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

} // namespace opc
