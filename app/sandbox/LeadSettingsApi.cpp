#include "sandbox/ApiSupport.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/Routes.h"

#include <QSqlError>

// The lead settings (seed 001): the duplicate rules and how CRM order statuses count in the
// reports (status groups). Everyone reads them; team leads and administrators change them.

namespace opc::sandbox {

namespace {

constexpr qint64 kSettingsId = 1;

QJsonObject settingsJson(const StoredLeadSettings &settings)
{
    // Every status appears in the mapping: the ones nobody placed count as not counted.
    QJsonObject groups = settings.groups.toJson();
    for (const QString &status : orderStatuses()) {
        if (!groups.contains(status))
            groups.insert(status, leads::statusGroupToWire(settings.groups.groupOf(status)));
    }
    return QJsonObject { { QStringLiteral("duplicates"), settings.duplicates.toJson() },
                         { QStringLiteral("status_groups"), groups },
                         { QStringLiteral("statuses"),
                           QJsonArray::fromStringList(orderStatuses()) } };
}

HttpReply settingsReply(const StoredLeadSettings &settings)
{
    return HttpReply::json(200, settingsJson(settings))
        .setHeader("ETag", entityTag("lead-settings", kSettingsId, settings.version));
}

HttpReply getSettings(ApiContext &context, const ApiRequest &)
{
    QString error;
    const auto settings = loadLeadSettings(context.db, &error);
    if (!settings)
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(error));
    return settingsReply(*settings);
}

HttpReply putSettings(ApiContext &context, const ApiRequest &request)
{
    QString detail;
    const auto stored = loadLeadSettings(context.db, &detail);
    if (!stored)
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(detail));
    if (const auto refused
        = checkIfMatch(request, entityTag("lead-settings", kSettingsId, stored->version)))
        return *refused;
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    // `statuses` is what GET shows; sending it back is allowed and changes nothing.
    if (const auto unknown
        = unknownField(*body,
                       { QStringLiteral("duplicates"), QStringLiteral("status_groups"),
                         QStringLiteral("statuses") }))
        return *unknown;
    if (!body->value(QStringLiteral("duplicates")).isObject())
        return validationError(QStringLiteral("duplicates"),
                               Text::tr("duplicates must be an object: by_phone, by_email, "
                                        "period_days, only_in_processing, action."));
    if (!body->value(QStringLiteral("status_groups")).isObject())
        return validationError(QStringLiteral("status_groups"),
                               Text::tr("status_groups must be an object mapping each CRM order "
                                        "status to not_counted, in_work, paid or cancelled."));
    leads::FieldError invalid;
    const auto duplicates = leads::DuplicateSettings::fromJson(
        body->value(QStringLiteral("duplicates")).toObject(), &invalid);
    if (!duplicates)
        return validationError(QStringLiteral("duplicates.") + invalid.field, invalid.message);
    const QJsonObject groupsJson = body->value(QStringLiteral("status_groups")).toObject();
    for (auto it = groupsJson.begin(); it != groupsJson.end(); ++it) {
        if (!orderStatuses().contains(it.key()))
            return validationError(QStringLiteral("status_groups.") + it.key(),
                                   Text::tr("%1 is not a CRM order status. Statuses: %2.")
                                       .arg(it.key(), orderStatuses().join(QStringLiteral(", "))));
    }
    const auto groups = leads::StatusGroupMapping::fromJson(groupsJson, &invalid);
    if (!groups)
        return validationError(QStringLiteral("status_groups.") + invalid.field, invalid.message);

    if (const auto failed = beginTransaction(context.db))
        return *failed;
    const qint64 version = stored->version + 1;
    QSqlQuery save(context.db);
    bool ok = execQuery(
        save,
        QStringLiteral("INSERT INTO lead_settings (id, by_phone, by_email, period_days, "
                       "only_in_processing, action, version) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET by_phone = excluded.by_phone, "
                       "by_email = excluded.by_email, period_days = excluded.period_days, "
                       "only_in_processing = excluded.only_in_processing, "
                       "action = excluded.action, version = excluded.version"),
        { kSettingsId, duplicates->byPhone ? 1 : 0, duplicates->byEmail ? 1 : 0,
          duplicates->periodDays, duplicates->onlyInProcessing ? 1 : 0,
          leads::duplicateActionToWire(duplicates->action), version });
    ok = ok && execQuery(save, QStringLiteral("DELETE FROM order_status_groups"));
    // Stored complete, so that an empty mapping ("nothing counts") is not read as "never set".
    for (const QString &status : orderStatuses()) {
        if (!ok)
            break;
        ok = execQuery(save,
                       QStringLiteral("INSERT INTO order_status_groups (status, status_group) "
                                      "VALUES (?, ?)"),
                       { status, leads::statusGroupToWire(groups->groupOf(status)) });
    }
    if (!ok) {
        context.db.rollback();
        return databaseError(save);
    }
    context.db.commit();
    StoredLeadSettings saved;
    saved.duplicates = *duplicates;
    saved.groups = *groups;
    saved.version = version;
    const auto reread = loadLeadSettings(context.db, &detail);
    return settingsReply(reread ? *reread : saved);
}

} // namespace

std::vector<Route> leadSettingsRoutes()
{
    return {
        { "GET", "/api/v1/lead-settings", Access::AnyUser, false, &getSettings },
        { "PUT", "/api/v1/lead-settings", Access::Reviewer, false, &putSettings },
    };
}

} // namespace opc::sandbox
