#include "secrets/KeychainErrors.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace opc::secrets {

namespace {

QString unavailableMessage()
{
    return QCoreApplication::translate(
        "opc::secrets::TokenStore",
        "The system keyring is not available: it is locked, or no keyring service is "
        "running. Unlock your keyring (or start your desktop's keyring service) and try "
        "again. Until then the token is kept in memory for this session only.");
}

QString failedMessage(KeychainOperation operation)
{
    switch (operation) {
    case KeychainOperation::Save:
        return QCoreApplication::translate(
            "opc::secrets::TokenStore",
            "The system keyring refused to store the token. Try again; if it keeps "
            "failing, the token is kept in memory for this session only.");
    case KeychainOperation::Load:
        return QCoreApplication::translate(
            "opc::secrets::TokenStore",
            "The system keyring could not read the stored token. Sign in again with your "
            "token.");
    case KeychainOperation::Remove:
        return QCoreApplication::translate(
            "opc::secrets::TokenStore",
            "The system keyring could not delete the stored token. Remove the entry "
            "\"operator-console\" in your keyring manager if it is still there.");
    }
    return {};
}

} // namespace

bool looksLikeMissingService(const QString &errorText)
{
    // Texts of GDBus/libsecret for: no session bus, a bus address that leads nowhere, nobody
    // owning org.freedesktop.secrets, and a keyring that would need an interactive prompt.
    static const char *const kMarkers[] = {
        "org.freedesktop.secrets",
        "d-bus",
        "dbus",
        "could not connect",
        "autolaunch",
        "secret service",
        "prompt",
        "no such interface",
        "service unknown",
        "not provided by",
        "is locked",
    };
    const QString lower = errorText.toLower();
    for (const char *marker : kMarkers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

TokenResult resultFromJob(int keychainError, const QString &errorText, KeychainOperation operation)
{
    TokenResult result;
    result.detail = errorText;
    switch (keychainError) {
    case QKeychain::NoError:
        result.status = TokenResult::Status::Ok;
        result.detail.clear();
        return result;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the wanted state: no token stored.
        if (operation == KeychainOperation::Remove) {
            result.status = TokenResult::Status::Ok;
            return result;
        }
        result.status = TokenResult::Status::NotFound;
        result.message = QCoreApplication::translate(
            "opc::secrets::TokenStore",
            "No token is stored for this CRM. Sign in with your token.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenResult::Status::Unavailable;
        result.message = unavailableMessage();
        return result;
    case QKeychain::OtherError:
        if (looksLikeMissingService(errorText)) {
            result.status = TokenResult::Status::Unavailable;
            result.message = unavailableMessage();
            return result;
        }
        break;
    default:
        break;
    }
    result.status = TokenResult::Status::Failed;
    result.message = failedMessage(operation);
    return result;
}

} // namespace opc::secrets
