#include "cli/commands/UserOutput.h"

#include <QCoreApplication>

namespace opc::cli {

QJsonObject userJson(const ops::User &user, const QUrl &crmUrl)
{
    return QJsonObject {
        { QStringLiteral("id"), user.id },
        { QStringLiteral("login"), user.login },
        { QStringLiteral("display_name"), user.displayName },
        { QStringLiteral("role"), roleToWire(user.role) },
        { QStringLiteral("crm_url"), crmUrl.toString() },
    };
}

QString userText(const ops::User &user, const QUrl &crmUrl)
{
    // The role's wire name stays as it is (scripts grep it); the translated label follows.
    return QCoreApplication::translate("opc::cli::UserOutput",
                                       "User:  %1 (%2)\nId:    %3\nRole:  %4 (%5)\nCRM:   %6")
        .arg(user.displayName, user.login, user.id, roleToWire(user.role),
             roleDisplayName(user.role), crmUrl.toString());
}

} // namespace opc::cli
