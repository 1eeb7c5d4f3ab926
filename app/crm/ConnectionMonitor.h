#pragma once

#include "crm/CrmResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace opc::crm {

class CrmClient;

// Online/offline state of the CRM as the console sees it. Goes offline when a request gets no
// HTTP answer; while offline it probes GET /api/v1/health with growing pauses (1 s, 2 s, 4 s …
// capped at 30 s) and goes online again by itself as soon as the CRM answers. While online and
// idle it checks health every 15 s, so that an idle console does not show "online" for a CRM
// that went away.
class ConnectionMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    explicit ConnectionMonitor(CrmClient *client, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    CrmError lastError() const { return m_lastError; }

    // The first probe interval and the cap; tests shorten them.
    void setProbeIntervals(int firstMs, int maxMs);
    // How long the console may stay idle while online before a health check; 0: never.
    void setHeartbeatInterval(int ms);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void markOnline();
    void markOffline(const CrmError &error);
    void probe();
    void sendProbe();

    QPointer<CrmClient> m_client; // not owned; the monitor may outlive it
    QTimer m_probeTimer;
    QTimer m_heartbeatTimer; // restarted by every answer: it fires only when idle
    bool m_online = true;
    bool m_probeInFlight = false;
    int m_firstProbeMs = 1000;
    int m_maxProbeMs = 30000;
    int m_nextProbeMs = 1000;
    int m_heartbeatMs = 15000; // 0: no heartbeat
    CrmError m_lastError;
};

} // namespace opc::crm
