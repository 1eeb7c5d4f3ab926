#pragma once

#include "core/audit/AuditFilter.h"
#include "crm/CrmResult.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// One stored audit event as the viewer shows it: what the CRM stored, without the chain's
// fields (prev_hash, hash, received_at, app_version), which only verification reads.
struct AuditRow {
    qint64 seq = 0;
    QString id;
    QString operationId; // empty: the event stands alone
    QString actor; // user id
    QString action;
    QString entityType;
    QStringList entityIds;
    QString result; // "ok" or "failed"
    QString message;
    QDateTime occurredAt; // UTC
    QJsonObject before;
    QJsonObject after;

    bool failed() const { return result == QLatin1String("failed"); }
};

// Reads one stored event strictly; nullopt and the first bad field ("occurred_at: expected …")
// in `problem` otherwise.
std::optional<AuditRow> readAuditRow(const QJsonObject &json, QString *problem);

// A window of the filtered log in the viewer's order (order=grouped: operations newest first,
// an operation's events together in seq order).
struct AuditPageQuery {
    AuditFilter filter;
    qint64 offset = 0; // 0-based row in that order
    int limit = 200; // 1..1000
    bool withTotal = false; // also count the filtered set
    // The first page's asOfSeq, for every later page: events stored meanwhile then do not
    // shift the offsets. -1 for the first page (the CRM takes its newest event).
    qint64 untilSeq = -1;
};

struct AuditPage {
    qint64 offset = 0; // as asked
    QList<AuditRow> rows;
    qint64 nextOffset = -1; // -1: this page is the last
    qint64 total = -1; // the filtered set's size, when asked for (withTotal)
    qint64 asOfSeq = 0; // the newest event the listing includes (send back as untilSeq)
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/audit/events?order=grouped&offset&limit[&with_total] with the filter.
void loadAuditPage(crm::CrmClient *client, const AuditPageQuery &query, QObject *context,
                   std::function<void(const AuditPage &)> done);

struct AuditActor {
    QString id;
    QString name; // display name
    QString role; // "agent", "team_lead", "admin"
};

struct AuditFacets {
    QList<AuditActor> actors; // every user of the CRM, by name
    QStringList actions; // every action ever stored, sorted
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/audit/facets: what the filters can choose from.
void loadAuditFacets(crm::CrmClient *client, QObject *context,
                     std::function<void(const AuditFacets &)> done);

struct AuditActivityCell {
    QDate day; // the day of occurred_at shifted by the asked UTC offset
    QString actor;
    qint64 count = 0;
};

struct AuditActivity {
    QList<AuditActivityCell> cells; // by day, then actor; only non-zero cells
    qint64 total = 0;
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/audit/activity: events per day per actor. The filter's `from` and `to` are
// required by the CRM (at most 366 days apart); `utcOffsetMinutes` says which days (the
// console passes its local offset).
void loadAuditActivity(crm::CrmClient *client, const AuditFilter &filter, int utcOffsetMinutes,
                       QObject *context, std::function<void(const AuditActivity &)> done);

// Each callback runs exactly once in `context`'s thread; nothing if `context` died first (the
// request is then aborted).

} // namespace opc::ops
