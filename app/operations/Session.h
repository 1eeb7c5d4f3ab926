#pragma once

#include "operations/User.h"
#include "secrets/TokenStore.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace opc::crm {
class CrmClient;
class ConnectionMonitor;
} // namespace opc::crm

namespace opc::ops {

class AuditRecorder;

// Everything a signed-in console or CLI works with: the CRM client for one CRM, the user it
// signed in as, the connection state and the audit recorder. The GUI and operator-cli build it
// the same way, through startSession() (SessionStart.h), which also records the sign-in.
// The session owns the client and the recorder (they become its children) and flushes the
// audit outbox whenever the connection comes back.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(crm::CrmClient *client, User user, bool sandbox, secrets::TokenStorage storage,
            AuditRecorder *audit, QObject *parent = nullptr);
    ~Session() override;

    crm::CrmClient *client() const { return m_client; }
    crm::ConnectionMonitor *connection() const { return m_connection; }
    AuditRecorder *audit() const { return m_audit; }
    const User &user() const { return m_user; }
    QUrl crmUrl() const;
    bool isSandbox() const { return m_sandbox; }
    secrets::TokenStorage tokenStorage() const { return m_storage; }

private:
    crm::CrmClient *m_client;
    crm::ConnectionMonitor *m_connection;
    AuditRecorder *m_audit;
    User m_user;
    bool m_sandbox;
    secrets::TokenStorage m_storage;
};

} // namespace opc::ops
