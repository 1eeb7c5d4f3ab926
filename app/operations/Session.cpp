#include "operations/Session.h"

#include "crm/ConnectionMonitor.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"

namespace opc::ops {

Session::Session(crm::CrmClient *client, User user, bool sandbox, secrets::TokenStorage storage,
                 AuditRecorder *audit, QObject *parent)
    : QObject(parent), m_client(client), m_connection(new crm::ConnectionMonitor(client, this)),
      m_audit(audit), m_user(std::move(user)), m_sandbox(sandbox), m_storage(storage)
{
    m_client->setParent(this);
    m_audit->setParent(this);
    // Events recorded while the CRM was away wait in the outbox; the moment it answers again
    // is the moment to send them.
    connect(m_connection, &crm::ConnectionMonitor::onlineChanged, m_audit, [this](bool online) {
        if (online)
            m_audit->flush();
    });
}

Session::~Session()
{
    // Users of the client go before it.
    delete m_connection;
    delete m_audit;
    delete m_client;
}

QUrl Session::crmUrl() const
{
    return m_client->baseUrl();
}

} // namespace opc::ops
