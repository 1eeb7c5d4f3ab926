#include "operations/User.h"

namespace opc::ops {

namespace {

bool readText(const QJsonObject &json, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        if (error)
            *error = key;
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

std::optional<User> User::fromJson(const QJsonObject &json, QString *error)
{
    User user;
    QString role;
    if (!readText(json, QStringLiteral("id"), &user.id, error)
        || !readText(json, QStringLiteral("login"), &user.login, error)
        || !readText(json, QStringLiteral("display_name"), &user.displayName, error)
        || !readText(json, QStringLiteral("role"), &role, error))
        return std::nullopt;
    // An unknown role is refused rather than mapped to the weakest one: a CRM that speaks a
    // newer contract should be noticed, not half-understood.
    const std::optional<Role> known = roleFromWire(role);
    if (!known) {
        if (error)
            *error = QStringLiteral("role");
        return std::nullopt;
    }
    user.role = *known;
    return user;
}

} // namespace opc::ops
