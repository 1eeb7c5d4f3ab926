#include "core/Role.h"

#include <QCoreApplication>

namespace opc {

QString roleToWire(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::TeamLead:
        return QStringLiteral("team_lead");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromWire(const QString &wire)
{
    for (Role role : { Role::Agent, Role::TeamLead, Role::Admin }) {
        if (roleToWire(role) == wire)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("opc::Role", "Agent");
    case Role::TeamLead:
        return QCoreApplication::translate("opc::Role", "Team lead");
    case Role::Admin:
        return QCoreApplication::translate("opc::Role", "Administrator");
    }
    return {};
}

bool roleCanReview(Role role)
{
    return role == Role::TeamLead || role == Role::Admin;
}

} // namespace opc
