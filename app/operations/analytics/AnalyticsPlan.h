#pragma once

#include "operations/leads/Funnels.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::ops {

// ---- what the CRM holds (read by AnalyticsExport) ----------------------------------------

// One entry of a deal's stage history (GET /api/v1/deals/{id} "stage_history").
struct CrmStageEntry {
    qint64 stageId = 0;
    QDateTime enteredAt; // UTC
    std::optional<qint64> amountKopecks; // the deal's amount set with this move, when recorded
    QString employeeId; // who moved the deal; empty when unknown
    QString employeeName;
    bool generated = false; // filled in by the CRM rather than recorded
};

struct CrmDeal {
    qint64 id = 0;
    qint64 funnelId = 0;
    qint64 stageId = 0; // the current stage
    qint64 amountKopecks = 0;
    QDateTime createdAt; // UTC
    qint64 clientId = 0;
    QString clientName;
    QString clientPhone; // as the CRM stores it
    QString clientEmail;
    QList<CrmStageEntry> history;
};

struct AnalyticsSource {
    QList<FunnelInfo> funnels;
    QList<CrmDeal> deals;
};

// ---- what is sent (JSON-RPC calls in the shapes of seed 004) ------------------------------

// The kinds of things the service is told about; each is sent again only when it changed.
enum class AnalyticsItemKind { Funnel, Employee, Contact, HistoryRecord };
constexpr int kAnalyticsItemKinds = 4;
QString itemKindToWire(AnalyticsItemKind kind); // "funnel", "employee", "contact", "history"
std::optional<AnalyticsItemKind> itemKindFromWire(const QString &wire);

// One thing a call carries: its kind, its key (the CRM id; for a history record
// "deal/stage/entered-at ms") and a hash of what was sent for it.
struct AnalyticsItem {
    AnalyticsItemKind kind = AnalyticsItemKind::Funnel;
    QString key;
    QString hash;

    QString sentKey() const; // "kind/key": the key of the "already sent" map
};

enum class AnalyticsCallState { Pending, Done, Failed };

// One JSON-RPC call of an export: planned once, journaled, sent (and, after an interruption,
// sent again with the same id, body and Idempotency-Key, so that a call the service already
// applied is answered from its replay store instead of applied twice).
struct AnalyticsCall {
    int seq = 0; // 1, 2, 3 … within the run; also the JSON-RPC id
    QString method;
    QJsonObject params; // without access_token, which is added when sending
    QList<AnalyticsItem> items;
    QString idempotencyKey;
    AnalyticsCallState state = AnalyticsCallState::Pending;
};

// How many items one call carries at most.
struct AnalyticsPlanOptions {
    int contactsPerCall = 100;
    int recordsPerCall = 100;
};

// What the plan found in the CRM data.
struct AnalyticsPlanSummary {
    int funnels = 0;
    int employees = 0;
    int contacts = 0;
    int deals = 0;
    int records = 0; // deal history records, generated ones included
    int generatedRecords = 0;
    int unchanged = 0; // items already sent by an earlier export, unchanged, left out
    QStringList notices; // translated: funnels or records left out, and why
};

// Turns the CRM's data into the calls of one export, in the order the service needs them:
// every funnel (create.sales_funnel), every employee (create.deal_employees, one per call, as
// the seed shows), the contacts (create.deal_contacts) and the deal history
// (upload.deals_history), both batched. Each deal's history is completed with the stages it
// skipped (leads::completeHistory), flagged "is_generated": true. Items whose hash is in
// `alreadySent` (sentKey() → hash) are left out. Ids are the CRM's (funnel, stage, user,
// client and deal ids as strings); times are UTC "YYYY-MM-DD HH:MM:SS". Calls get seq 1… and
// idempotency keys "<runId>-<seq>". Pure.
QList<AnalyticsCall> planAnalyticsExport(const AnalyticsSource &source,
                                         const QHash<QString, QString> &alreadySent,
                                         const AnalyticsPlanOptions &options, const QString &runId,
                                         AnalyticsPlanSummary *summary);

// "YYYY-MM-DD HH:MM:SS" in UTC, as the service takes times.
QString analyticsTime(const QDateTime &time);

} // namespace opc::ops
