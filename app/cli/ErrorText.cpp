#include "cli/ErrorText.h"

#include <QCoreApplication>

namespace opc::cli {

namespace {

class Text final {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::ErrorText)
};

} // namespace

QString crmErrorText(const crm::CrmError &error, const QString &fallback, const QUrl &crmUrl)
{
    switch (error.kind) {
    case crm::ErrorKind::Network:
        return Text::tr("Cannot reach the CRM at %1. Check the address and the network "
                        "connection, then run the command again.")
            .arg(crmUrl.toString());
    case crm::ErrorKind::Timeout:
        return Text::tr("The CRM at %1 did not answer in time. Try again later.")
            .arg(crmUrl.toString());
    default:
        return fallback.isEmpty() ? error.message : fallback;
    }
}

QString keychainErrorText(const secrets::TokenResult &result)
{
    if (result.status == secrets::TokenResult::Status::Unavailable) {
        return Text::tr("The system keychain is not available (locked, or no keyring service "
                        "is running). Unlock the keyring, or pass the token with --token-stdin "
                        "or OPERATOR_CRM_TOKEN.");
    }
    return Text::tr("The system keychain failed: %1").arg(result.message);
}

} // namespace opc::cli
