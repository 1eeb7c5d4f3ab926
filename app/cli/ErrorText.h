#pragma once

#include "crm/CrmResult.h"
#include "secrets/TokenStore.h"

#include <QString>
#include <QUrl>

namespace opc::cli {

// The library's messages speak to a person at the console (which reconnects by itself, and
// keeps a token in memory when there is no keychain); a script's run ends instead. These say
// what happened and what to do from the command line.
QString crmErrorText(const crm::CrmError &error, const QString &fallback, const QUrl &crmUrl);
QString keychainErrorText(const secrets::TokenResult &result);

} // namespace opc::cli
