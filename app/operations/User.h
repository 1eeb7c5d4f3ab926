#pragma once

#include "core/Role.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc::ops {

// The signed-in user, as GET /api/v1/me returns it.
struct User {
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Agent;

    // Parses the contract's User object; nullopt with `error` naming the field otherwise.
    static std::optional<User> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace opc::ops
