#pragma once

#include "core/AuditEvent.h"
#include "crm/CrmResult.h"
#include "operations/Session.h"
#include "secrets/TokenStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace opc::ops {

struct SessionOptions {
    QUrl crmUrl; // as parseCrmUrl() returned it
    QString token;
    bool sandbox = false; // the built-in sandbox CRM: shown as such, its own audit outbox
    secrets::TokenStorage tokenStorage = secrets::TokenStorage::MemoryOnly;
    QString auditOutboxPath; // empty: AuditRecorder::defaultOutboxPath(crmUrl, sandbox, user)
};

struct SessionStartResult {
    std::unique_ptr<Session> session; // on success; the caller owns it
    std::optional<crm::CrmError> error; // when the CRM refused the token or was not reached
    QString message; // for people, translated, when session is empty
};

// The one sign-in flow of the console and the CLI: checks the token with GET /api/v1/me,
// opens the audit outbox (delivering what an earlier run left), builds the Session and
// journals a "session.sign_in" audit event before it reports success. `done` runs exactly once
// in `context`'s thread; if `context` is destroyed first, everything built so far goes with it
// and nothing is delivered.
void startSession(const SessionOptions &options, QObject *context,
                  std::function<void(SessionStartResult)> done);

// The audit event of a sign-in, as startSession() records it.
AuditEvent makeSignInEvent(const User &user, const QUrl &crmUrl, bool sandbox);

} // namespace opc::ops
