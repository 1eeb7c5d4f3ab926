#pragma once

#include "secrets/TokenStore.h"

#include <QString>

namespace opc::secrets {

enum class KeychainOperation { Save, Load, Remove };

// Maps a finished QtKeychain job's error (a QKeychain::Error as int, so that callers and tests
// need not include QtKeychain) and its error text to a TokenResult with a message for people.
//
// Unavailable covers everything that means "there is no usable keychain right now": no backend,
// access denied (a locked keyring that was not unlocked), and, because QtKeychain's libsecret
// backend reports every D-Bus failure as OtherError, an OtherError whose text shows that the
// Secret Service could not be reached at all.
TokenResult resultFromJob(int keychainError, const QString &errorText, KeychainOperation operation);

// True when an error text of QtKeychain/libsecret says the Secret Service (or D-Bus) is missing.
bool looksLikeMissingService(const QString &errorText);

} // namespace opc::secrets
