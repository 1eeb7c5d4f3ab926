#pragma once

#include "operations/analytics/AnalyticsJournalStore.h"
#include "operations/analytics/AnalyticsPlan.h"
#include "operations/analytics/AnalyticsRpc.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace opc::crm {
class CrmClient;
struct CrmResult;
} // namespace opc::crm

namespace opc::ops {

// Where an analytics export is.
enum class AnalyticsExportState {
    Idle, // nothing started yet
    Reading, // opening the journal, reading the CRM and planning the calls
    Sending, // a call is on its way
    Waiting, // pausing for the service's limits (a timer; nothing blocks)
    Completed, // every call answered with a result (or nothing new to send)
    Paused, // a wait longer than maxWaitSeconds (the day's limit): start() again later resumes
    Failed, // see message(); rpcError() when the service answered with a JSON-RPC error
};

// What an export works with. All must outlive it.
struct AnalyticsExportServices {
    crm::CrmClient *crm = nullptr; // reads funnels and deals
    crm::CrmClient *analytics = nullptr; // speaks to the JSON-RPC endpoint (may be `crm`)
    AnalyticsJournalStore *journal = nullptr;
    QString accessToken; // params.access_token of every call
    QString rpcPath = QStringLiteral("/api/v1/analytics/rpc"); // below analytics' base URL
    AnalyticsPlanOptions plan;
    // A wait longer than this (the day's limit, a long Retry-After) pauses the export instead.
    int maxWaitSeconds = 600;
    bool full = false; // send everything again, not only what changed since the last export
    int requestTimeoutMs = 30000; // per attempt of each call
    int parallelReads = 4; // deal reads in flight at once
};

// How far the export is: calls and items, each in total and done, and what the pacing knows.
struct AnalyticsProgress {
    int callsTotal = 0;
    int callsDone = 0;
    std::array<int, kAnalyticsItemKinds> itemsTotal {}; // by AnalyticsItemKind
    std::array<int, kAnalyticsItemKinds> itemsDone {};
    std::optional<AnalyticsLimits> limits; // as the last answer reported them
    PacingDecision wait; // while Waiting or Paused: how long and why
    // Seconds the remaining calls need at the limits, counting a minute as 60 s; -1 unknown.
    qint64 estimatedSeconds = -1;
    bool resumed = false; // continuing an interrupted export

    int callsLeft() const { return callsTotal - callsDone; }
    int itemsLeft(AnalyticsItemKind kind) const;
};

// The analytics export of issue 4 §5 (seed 004), shared by `operator-cli analytics export` and
// any other front end: reads funnels and deals (with their stage history) from the CRM, plans
// the JSON-RPC calls (AnalyticsPlan.h: only what changed since the last export), journals them,
// and sends them one at a time, paced by the limits every answer reports (paceNextCall: never
// over the per-minute or per-day limit, and no slower than they allow). A restart — a crash, a
// kill, this object destroyed — resumes the journaled run: each unanswered call goes out again
// with its Idempotency-Key, so nothing is applied twice. Nothing here blocks.
class AnalyticsExport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsExport)

public:
    explicit AnalyticsExport(const AnalyticsExportServices &services, QObject *parent = nullptr);
    ~AnalyticsExport() override;

    // Resumes the run the journal holds open, or reads the CRM and plans a new one. In state
    // Idle, or Paused/Failed to try again.
    void start();

    AnalyticsExportState state() const { return m_state; }
    AnalyticsProgress progress() const;
    // New runs: what the plan found (resumed runs: only counts of the journaled calls).
    const AnalyticsPlanSummary &summary() const { return m_summary; }
    QString runId() const { return m_run ? m_run->runId : QString(); }
    // Why the export failed or paused, for people; empty otherwise.
    QString message() const { return m_message; }
    // The service's JSON-RPC error when it refused a call.
    std::optional<JsonRpcError> rpcError() const { return m_rpcError; }

Q_SIGNALS:
    void stateChanged(opc::ops::AnalyticsExportState state);
    void planned(); // the calls are known (new or resumed run)
    void callStarted(int seq); // a call is on its way
    void callFinished(int seq); // a call was answered with a result and journaled

private:
    void setState(AnalyticsExportState state, const QString &message = {});
    void fail(const QString &message);
    void readCrm();
    void readDealPages(const QString &cursor);
    void readNextDeals();
    void plan();
    void sendNext();
    void send(int index);
    void onAnswer(int index, const crm::CrmResult &result);
    void waitFor(const PacingDecision &decision);
    int nextPending() const;

    AnalyticsExportServices m_services;
    AnalyticsExportState m_state = AnalyticsExportState::Idle;
    AnalyticsPlanSummary m_summary;
    std::optional<AnalyticsRun> m_run;
    bool m_runOpen = false; // false once the journal closed the run (a refused call)
    StoredLimits m_limits;
    PacingDecision m_wait;
    std::optional<PacingDecision> m_retryAfter; // a 429's wait, which the limits do not show
    bool m_resumed = false;
    QString m_message;
    std::optional<JsonRpcError> m_rpcError;
    quint64 m_generation = 0; // bumped by start(): answers of an earlier attempt are ignored

    // Reading the CRM.
    AnalyticsSource m_source;
    QHash<QString, QString> m_sent;
    QList<qint64> m_dealsToRead;
    qsizetype m_nextDeal = 0;
    int m_readsInFlight = 0;
    QHash<qint64, qsizetype> m_dealIndex;
    QSet<qint64> m_unreadable; // deals whose history the CRM sent malformed: left out
    QStringList m_readNotices;
};

// Translated one-word state for lists and the CLI.
QString analyticsStateDisplayName(AnalyticsExportState state);
// Translated name of an item kind, plural: "funnels", "employees", "contacts", "history records".
QString analyticsItemKindDisplayName(AnalyticsItemKind kind);
// "1 funnel", "3 employees", "150 contacts", "812 deal history records", translated.
QString analyticsItemCountText(AnalyticsItemKind kind, int count);

} // namespace opc::ops
