#pragma once

#include "core/leads/LeadInput.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace opc::leads {

// How a CRM order status counts in the lead reports (seed 001).
enum class StatusGroup { NotCounted, InWork, Paid, Cancelled };

// Wire names: "not_counted", "in_work", "paid", "cancelled".
QString statusGroupToWire(StatusGroup group);
std::optional<StatusGroup> statusGroupFromWire(const QString &wire);
QString statusGroupDisplayName(StatusGroup group); // translated
// An order (deal) status of the CRM for people, translated ("in_progress" → "In progress");
// a status this build does not know is shown as the CRM sends it.
QString orderStatusDisplayName(const QString &status);
QList<StatusGroup> allStatusGroups(); // in the order above

struct StatusGroupMapping {
    QMap<QString, StatusGroup> groups; // order status -> group

    // not counted: confirmed, missed; in work: scheduled, sms_confirmation_sent, in_progress;
    // paid: finished; cancelled: cancelled_by_sms, cancelled.
    static StatusGroupMapping defaultMapping();

    // Unknown statuses are NotCounted.
    StatusGroup groupOf(const QString &status) const;
    QStringList statusesIn(StatusGroup group) const; // sorted

    // {"confirmed":"not_counted", ...}
    QJsonObject toJson() const;
    // Every value must be a group wire name; an error names the status key. `error` may be null.
    static std::optional<StatusGroupMapping> fromJson(const QJsonObject &json, FieldError *error);
};

bool operator==(const StatusGroupMapping &a, const StatusGroupMapping &b);
inline bool operator!=(const StatusGroupMapping &a, const StatusGroupMapping &b)
{
    return !(a == b);
}

} // namespace opc::leads
