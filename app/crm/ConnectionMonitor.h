#pragma once

#include "crm/CrmResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace opc::crm {

class CrmClient;

// Online/offline state of the CRM as the console sees it. Goes offline when a request gets no
// HTTP answer; while offline it probes GET /api/v1/health with growing pauses (1 s, 2 s, 4 s …
// capped at 30 s) and goes online again by itself as soon as the CRM answers.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    explicit ConnectionMonitor(CrmClient *client, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    CrmError lastError() const { return m_lastError; }

    // The first probe interval and the cap; tests shorten them.
    void setProbeIntervals(int firstMs, int maxMs);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void markOnline();
    void markOffline(const CrmError &error);
    void probe();

    QPointer<CrmClient> m_client; // not owned; the monitor may outlive it
    QTimer m_probeTimer;
    bool m_online = true;
    bool m_probeInFlight = false;
    int m_firstProbeMs = 1000;
    int m_maxProbeMs = 30000;
    int m_nextProbeMs = 1000;
    CrmError m_lastError;
};

} // namespace opc::crm
