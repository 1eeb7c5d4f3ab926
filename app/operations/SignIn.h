#pragma once

#include "crm/CrmResult.h"
#include "operations/User.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// Checks a token against a CRM with GET /api/v1/me and returns who it belongs to. Shared by
// the sign-in dialog, the console's automatic sign-in and `operator-cli whoami`.
struct SignInResult {
    std::optional<User> user;
    std::optional<crm::CrmError> error; // when the CRM refused or could not be reached
    QString message; // for people, translated, when user is empty
};

// Validates the URL's form first (http or https, a host): a bad URL is answered without a
// request. `client` gets the URL and token set. `done` runs exactly once in `context`'s thread.
void verifyToken(crm::CrmClient *client, const QUrl &crmUrl, const QString &token, QObject *context,
                 std::function<void(const SignInResult &)> done);

// Parses what a person typed as a CRM URL ("crm.example.org", "http://127.0.0.1:8080/").
// Returns an invalid QUrl and sets `error` when it cannot be one.
QUrl parseCrmUrl(const QString &typed, QString *error);

} // namespace opc::ops
