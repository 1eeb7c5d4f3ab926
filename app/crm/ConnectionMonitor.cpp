#include "crm/ConnectionMonitor.h"

#include "crm/CrmClient.h"

#include <QLoggingCategory>

namespace opc::crm {

namespace {
Q_LOGGING_CATEGORY(lcConnection, "opc.crm.connection", QtInfoMsg)

// A probe asks for little; if the CRM cannot answer that within this, it is not usable.
constexpr int kProbeTimeoutMs = 5000;
} // namespace

ConnectionMonitor::ConnectionMonitor(CrmClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    m_heartbeatTimer.setSingleShot(true);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ConnectionMonitor::sendProbe);
    m_heartbeatTimer.start(m_heartbeatMs);
    connect(client, &CrmClient::reachable, this, &ConnectionMonitor::markOnline);
    connect(client, &CrmClient::unreachable, this, &ConnectionMonitor::markOffline);
}

void ConnectionMonitor::setProbeIntervals(int firstMs, int maxMs)
{
    m_firstProbeMs = qMax(1, firstMs);
    m_maxProbeMs = qMax(m_firstProbeMs, maxMs);
    m_nextProbeMs = m_firstProbeMs;
}

void ConnectionMonitor::setHeartbeatInterval(int ms)
{
    m_heartbeatMs = qMax(0, ms);
    m_heartbeatTimer.stop();
    if (m_heartbeatMs > 0 && m_online)
        m_heartbeatTimer.start(m_heartbeatMs);
}

void ConnectionMonitor::markOnline()
{
    m_probeTimer.stop();
    if (m_heartbeatMs > 0)
        m_heartbeatTimer.start(m_heartbeatMs); // an answer just proved the CRM is there
    m_nextProbeMs = m_firstProbeMs;
    if (m_online)
        return;
    m_online = true;
    m_lastError = {};
    qCInfo(lcConnection) << "CRM reachable again";
    Q_EMIT onlineChanged(true);
}

void ConnectionMonitor::markOffline(const CrmError &error)
{
    m_lastError = error;
    if (!m_online)
        return; // already probing; the schedule keeps growing
    m_online = false;
    m_heartbeatTimer.stop();
    m_nextProbeMs = m_firstProbeMs;
    qCInfo(lcConnection) << "CRM unreachable:" << error.detail;
    Q_EMIT onlineChanged(false);
    if (!m_probeInFlight)
        m_probeTimer.start(m_nextProbeMs);
}

void ConnectionMonitor::probe()
{
    if (m_online)
        return;
    sendProbe();
}

void ConnectionMonitor::sendProbe()
{
    if (m_probeInFlight || !m_client)
        return;
    m_probeInFlight = true;
    CrmRequest request;
    request.path = QStringLiteral("/api/v1/health");
    request.timeoutMs = kProbeTimeoutMs;
    request.maxAttempts = 1; // the monitor's own schedule is the retry
    m_client->send(request, this, [this](const CrmResult &result) {
        m_probeInFlight = false;
        // An answer of any status means the CRM is there; the client's reachable() has already
        // brought us online in that case. No answer: the client's unreachable() has taken us
        // offline, and the growing probe schedule goes on from here.
        if (result.httpStatus != 0 || m_online) {
            markOnline();
            return;
        }
        m_nextProbeMs = qMin(m_maxProbeMs, m_nextProbeMs * 2);
        m_probeTimer.start(m_nextProbeMs);
    });
}

} // namespace opc::crm
