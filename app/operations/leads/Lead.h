#pragma once

#include "core/leads/LeadInput.h"
#include "crm/CrmResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc::ops {

// Who holds a lead: the agent who took it.
struct LeadAssignee {
    QString id; // user id, e.g. "u-agent"
    QString displayName; // "Анна Смирнова"
};

// One lead as the queues (GET /api/v1/leads) and the change feed (/leads/changes) show it.
struct Lead {
    qint64 id = 0;
    leads::LeadType kind = leads::LeadType::Call;
    QString status; // "free", "in_work", "success", "failure", "duplicate"
    QDateTime receivedAt; // UTC
    QString name;
    QString phone; // normalized ("+74997654321"); leads::formatPhone() for people
    QString email;
    QString source; // the source's name (the CRM sends {"id","name","medium"} or a name)
    QString medium; // the lead's own channel, else its source's
    std::optional<LeadAssignee> assignee; // nullopt: free
    QDateTime createdAt; // UTC
    qint64 version = 0;
    // When the CRM tells (0 otherwise): the deal the lead created, the deal it was logged as a
    // duplicate of (status "duplicate"), and how many comments it has.
    qint64 dealId = 0;
    qint64 duplicateOfDeal = 0;
    int commentsCount = 0;

    // The If-Match value of this version for setLeadStatus(): the contract's entity tag
    // "lead-<id>-v<version>" (quoted), the same the CRM sends as ETag.
    QByteArray etag() const;
};

// Reads one lead strictly; nullopt with the problem ("phone: expected text") otherwise.
std::optional<Lead> leadFromJson(const QJsonObject &json, QString *problem);

// The lead's status for people, translated ("Free", "In work", ...); unknown ones unchanged.
QString leadStatusDisplayName(const QString &status);

} // namespace opc::ops
