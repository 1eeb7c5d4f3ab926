#pragma once

#include "core/leads/DuplicateRules.h"
#include "core/leads/Funnel.h"
#include "core/leads/LeadInput.h"
#include "core/leads/StatusGroups.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>
#include <vector>

// Shared by the lead handling files (LeadApi, LeadIntakeApi, LeadSettingsApi, DealApi): the
// stored lead settings, the change sequence, the lead's JSON and the duplicate lookup. The rules
// themselves are opc::leads' (app/core/leads), the same code the console validates with.

namespace opc::sandbox {

// Every CRM order (deal) status, in the order the settings page lists them.
const QStringList &orderStatuses();

// The lead settings as stored (lead_settings, order_status_groups), or the defaults of the
// domain library when nothing is stored yet.
struct StoredLeadSettings {
    leads::DuplicateSettings duplicates;
    leads::StatusGroupMapping groups;
    qint64 version = 1; // of the ETag "lead-settings-1-vN"
};
std::optional<StoredLeadSettings> loadLeadSettings(QSqlDatabase &db, QString *error);

// Appends one change of `leadId` to the global sequence (lead_changes) and stamps the lead with
// it. `kind`: new, take, release, status, comment. Call inside the write's transaction.
bool recordLeadChange(QSqlDatabase &db, qint64 leadId, const QString &kind, const QString &userId,
                      QString *error);
// The newest sequence number handed out (0 before any).
qint64 lastLeadChange(QSqlDatabase &db);

// The lowercase text the queue's ?q= searches: name, e-mail and the phone's digits.
QString leadSearchText(const QString &name, const QString &email, const QString &phoneNorm);

// Fills what rows written by a fixture or by an older schema lack: normalised phones and
// e-mails of clients and leads, leads' received_at and search text, and their place in the
// change sequence. Run at every start, after the fixture; rows already prepared are skipped.
bool prepareLeadData(QSqlDatabase &db, QString *error);

// SELECT of a lead with what leadJson() needs; append " WHERE ...".
QString leadSelect();
QJsonObject leadJson(const QSqlQuery &query);
// The lead `id` as JSON with its ETag "lead-ID-vN"; 404 when there is none.
HttpReply leadReply(ApiContext &context, qint64 id, int status = 200);

// The deals a new lead may duplicate, narrowed in SQL through the indexes (clients by
// normalised phone / e-mail, their deals from the period's start, in processing when the
// settings say so); opc::leads::findDuplicate decides among them.
std::optional<QList<leads::DealCandidate>>
duplicateCandidates(QSqlDatabase &db, const leads::LeadInput &lead,
                    const leads::DuplicateSettings &s, const QDateTime &now, QString *error);

struct ClientRef {
    qint64 id = 0;
    QString name;
    QString phoneNorm;
    QString emailNorm;
};
// The existing client a new lead belongs to (opc::leads::reusesClient), the oldest first.
std::optional<std::optional<ClientRef>>
reusableClient(QSqlDatabase &db, const leads::LeadInput &lead, QString *error);

// The stages of a funnel by sort order (empty when there is no such funnel).
std::optional<QList<leads::Stage>> funnelStages(QSqlDatabase &db, qint64 funnelId, QString *error);
// The funnel new leads' deals start in: the one marked is_default, else the lowest id.
std::optional<qint64> defaultFunnelId(QSqlDatabase &db);

// If-Match against `etag`: 428 when missing, 412 when stale.
std::optional<HttpReply> checkIfMatch(const ApiRequest &request, const QByteArray &etag);

// 409 with the contract's error body plus "holder":{"id","display_name"}.
HttpReply conflictWithHolder(const QString &code, const QString &message, const QString &holderId,
                             const QString &holderName);

QString nowIso();
QString isoUtc(const QDateTime &time);

// The parts of leadRoutes() (LeadApi.cpp), one per file.
std::vector<Route> leadIntakeRoutes();
std::vector<Route> leadSettingsRoutes();
std::vector<Route> dealRoutes();

} // namespace opc::sandbox
