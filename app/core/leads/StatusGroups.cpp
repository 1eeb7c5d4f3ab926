#include "core/leads/StatusGroups.h"

#include <QCoreApplication>
#include <QHash>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct StatusGroupsText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::StatusGroups)
};

} // namespace

QString statusGroupToWire(StatusGroup group)
{
    switch (group) {
    case StatusGroup::NotCounted:
        return QStringLiteral("not_counted");
    case StatusGroup::InWork:
        return QStringLiteral("in_work");
    case StatusGroup::Paid:
        return QStringLiteral("paid");
    case StatusGroup::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("not_counted");
}

std::optional<StatusGroup> statusGroupFromWire(const QString &wire)
{
    for (StatusGroup group : allStatusGroups()) {
        if (statusGroupToWire(group) == wire)
            return group;
    }
    return std::nullopt;
}

QString statusGroupDisplayName(StatusGroup group)
{
    switch (group) {
    case StatusGroup::NotCounted:
        return StatusGroupsText::tr("Not counted");
    case StatusGroup::InWork:
        return StatusGroupsText::tr("In work");
    case StatusGroup::Paid:
        return StatusGroupsText::tr("Paid");
    case StatusGroup::Cancelled:
        return StatusGroupsText::tr("Cancelled");
    }
    return StatusGroupsText::tr("Not counted");
}

QString orderStatusDisplayName(const QString &status)
{
    // One order's status, not a group of them: "order status" tells translators apart from the
    // group names above ("Cancelled" is both).
    struct Name {
        const char *source;
        const char *comment;
    };
    static const QHash<QString, Name> names {
        { QStringLiteral("new"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "New", "order status") },
        { QStringLiteral("confirmed"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Confirmed", "order status") },
        { QStringLiteral("missed"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Missed", "order status") },
        { QStringLiteral("scheduled"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Scheduled", "order status") },
        { QStringLiteral("sms_confirmation_sent"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "SMS confirmation sent", "order status") },
        { QStringLiteral("in_progress"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "In progress", "order status") },
        { QStringLiteral("finished"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Completed", "order status") },
        { QStringLiteral("cancelled_by_sms"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Cancelled by SMS", "order status") },
        { QStringLiteral("cancelled"),
          QT_TRANSLATE_NOOP3("opc::leads::StatusGroups", "Cancelled", "order status") },
    };
    const auto it = names.constFind(status);
    return it == names.cend() ? status : StatusGroupsText::tr(it->source, it->comment);
}

QList<StatusGroup> allStatusGroups()
{
    return { StatusGroup::NotCounted, StatusGroup::InWork, StatusGroup::Paid,
             StatusGroup::Cancelled };
}

StatusGroupMapping StatusGroupMapping::defaultMapping()
{
    StatusGroupMapping mapping;
    mapping.groups = {
        { QStringLiteral("confirmed"), StatusGroup::NotCounted },
        { QStringLiteral("missed"), StatusGroup::NotCounted },
        { QStringLiteral("scheduled"), StatusGroup::InWork },
        { QStringLiteral("sms_confirmation_sent"), StatusGroup::InWork },
        { QStringLiteral("in_progress"), StatusGroup::InWork },
        { QStringLiteral("finished"), StatusGroup::Paid },
        { QStringLiteral("cancelled_by_sms"), StatusGroup::Cancelled },
        { QStringLiteral("cancelled"), StatusGroup::Cancelled },
    };
    return mapping;
}

StatusGroup StatusGroupMapping::groupOf(const QString &status) const
{
    return groups.value(status, StatusGroup::NotCounted);
}

QStringList StatusGroupMapping::statusesIn(StatusGroup group) const
{
    QStringList statuses;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.value() == group)
            statuses.append(it.key()); // QMap iterates in key order: already sorted
    }
    return statuses;
}

QJsonObject StatusGroupMapping::toJson() const
{
    QJsonObject json;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        json.insert(it.key(), statusGroupToWire(it.value()));
    return json;
}

std::optional<StatusGroupMapping> StatusGroupMapping::fromJson(const QJsonObject &json,
                                                               FieldError *error)
{
    StatusGroupMapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString status = it.key();
        std::optional<StatusGroup> group;
        if (it.value().isString())
            group = statusGroupFromWire(it.value().toString());
        if (status.trimmed().isEmpty() || status != status.trimmed()) {
            if (error)
                *error = FieldError { status,
                                      StatusGroupsText::tr("A status name cannot be empty or "
                                                           "start or end with a space.") };
            return std::nullopt;
        }
        if (!group) {
            if (error)
                *error = FieldError { status,
                                      StatusGroupsText::tr(
                                          "Must be one of \"not_counted\", \"in_work\", \"paid\", "
                                          "\"cancelled\".") };
            return std::nullopt;
        }
        mapping.groups.insert(status, *group);
    }
    return mapping;
}

bool operator==(const StatusGroupMapping &a, const StatusGroupMapping &b)
{
    return a.groups == b.groups;
}

} // namespace opc::leads
