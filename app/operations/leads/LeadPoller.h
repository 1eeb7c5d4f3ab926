#pragma once

#include "crm/CrmResult.h"
#include "operations/leads/Lead.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// Incremental polling of GET /api/v1/leads/changes?after=SEQ: while started, asks every
// interval for what changed since the cursor (new leads, takes, releases, status changes,
// comments) and reports the changed leads, then moves the cursor. One request at a time, never
// blocks; a full page is followed at once by the next. Failures are reported and polling goes
// on at the next interval with the same cursor, so nothing is missed.
class LeadPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadPoller)

public:
    // The cursor start() uses when told to begin from the current state: the first answer
    // only positions the cursor (those leads are not reported as changes).
    static constexpr qint64 kFromNow = -1;

    explicit LeadPoller(crm::CrmClient *client, QObject *parent = nullptr);
    ~LeadPoller() override;

    void setIntervalMs(int ms); // default 3000
    int intervalMs() const { return m_timer.interval(); }
    void setPageLimit(int limit); // items per request, 1..200, default 200

    // Starts polling at once from `afterSeq` (a last_seq seen before, 0 for every change ever,
    // or kFromNow: the cursor is first positioned at the newest change, from the last_seq a
    // queue page carries, or else by reading the feed to its end without reporting). Restarting
    // moves the cursor.
    void start(qint64 afterSeq = kFromNow);
    // Stops: no request is sent and no signal emitted after this returns (an answer in flight
    // is dropped). The cursor is kept; start(cursor()) resumes.
    void stop();
    bool isActive() const { return m_active; }
    qint64 cursor() const { return m_cursor; } // kFromNow until the first answer
    // Polls now instead of waiting for the interval (e.g. after the user's own action).
    void pollNow();

Q_SIGNALS:
    // Leads that changed since the last report, in the order of their latest change (a lead
    // changed twice is reported once, in its latest state); `lastSeq` is the new cursor.
    void leadsChanged(const QList<opc::ops::Lead> &leads, qint64 lastSeq);
    // The cursor is positioned (kFromNow) or the feed is read up to now: the first time each
    // start() has caught up, and again the first time after a failed poll.
    void caughtUp(qint64 lastSeq);
    // A poll failed; polling goes on.
    void pollFailed(const opc::crm::CrmError &error);

private:
    void poll();
    void position();
    void onPositioned(quint64 generation, const crm::CrmResult &result);
    void onAnswer(quint64 generation, const crm::CrmResult &result);
    void reportCaughtUp(quint64 generation, bool *stillRunning);

    crm::CrmClient *m_client;
    QTimer m_timer;
    qint64 m_cursor = kFromNow;
    qint64 m_scanSeq = 0; // kFromNow: how far the silent first read has come
    bool m_scanning = false; // kFromNow without a last_seq from the queue: read the feed
    int m_pageLimit = 200;
    bool m_active = false;
    bool m_inFlight = false;
    bool m_pollAgain = false;
    bool m_caughtUp = false;
    quint64 m_generation = 0;
};

} // namespace opc::ops
