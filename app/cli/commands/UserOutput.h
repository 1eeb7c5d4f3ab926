#pragma once

#include "operations/User.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace opc::cli {

// How the commands show a user: the contract's JSON shape plus the CRM, or lines for people.
QJsonObject userJson(const ops::User &user, const QUrl &crmUrl);
QString userText(const ops::User &user, const QUrl &crmUrl);

} // namespace opc::cli
