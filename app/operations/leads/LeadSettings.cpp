#include "operations/leads/LeadSettings.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QPointer>

namespace opc::ops {

namespace {

const QString kPath = QStringLiteral("/api/v1/lead-settings");

LeadSettingsResult readSettings(const crm::CrmResult &result, const QString &what)
{
    LeadSettingsResult read;
    if (!result.ok()) {
        read.error = result.error;
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why)) {
        JsonFieldReader reader(body);
        const QJsonObject duplicates = reader.object(QStringLiteral("duplicates"));
        const QJsonObject groups = reader.object(QStringLiteral("status_groups"));
        const QJsonArray statuses = reader.array(QStringLiteral("statuses"));
        LeadSettings settings;
        for (const QJsonValue &status : statuses) {
            if (!status.isString())
                reader.fail(QStringLiteral("statuses"), QStringLiteral("an array of strings"));
            settings.statuses << status.toString();
        }
        leads::FieldError error;
        if (reader.ok()) {
            if (const auto parsed = leads::DuplicateSettings::fromJson(duplicates, &error))
                settings.duplicates = *parsed;
            else
                reader.fail(QStringLiteral("duplicates.") + error.field, error.message);
        }
        if (reader.ok()) {
            if (const auto parsed = leads::StatusGroupMapping::fromJson(groups, &error))
                settings.statusGroups = *parsed;
            else
                reader.fail(QStringLiteral("status_groups.") + error.field, error.message);
        }
        if (reader.ok()) {
            read.settings = settings;
            read.etag = result.etag;
            return read;
        }
        why = reader.problem();
    }
    read.error = leadops::malformed(result, what, why);
    return read;
}

} // namespace

void loadLeadSettings(crm::CrmClient *client, QObject *context,
                      std::function<void(const LeadSettingsResult &)> done)
{
    client->get(kPath, context, [done = std::move(done)](const crm::CrmResult &result) {
        done(readSettings(result, QStringLiteral("GET ") + kPath));
    });
}

namespace {

QJsonObject settingsJson(const LeadSettings &settings)
{
    return QJsonObject { { QStringLiteral("duplicates"), settings.duplicates.toJson() },
                         { QStringLiteral("status_groups"), settings.statusGroups.toJson() } };
}

} // namespace

void saveLeadSettings(const Actor &actor, crm::CrmClient *client, const LeadSettings &stored,
                      const LeadSettings &settings, const QByteArray &etag, QObject *context,
                      std::function<void(const LeadSettingsResult &)> done)
{
    crm::CrmRequest request;
    request.method = "PUT";
    request.path = kPath;
    request.ifMatch = etag;
    request.body = settingsJson(settings);
    ActionRecord record { QStringLiteral("lead_settings.update"),
                          QStringLiteral("lead_settings"),
                          {},
                          settingsJson(stored),
                          settingsJson(settings) };
    // Answered to the recorder, which outlives the settings page: audited even if it closed.
    client->send(request, actor.audit,
                 [actor, record, guard = QPointer<QObject>(context),
                  done = std::move(done)](const crm::CrmResult &result) mutable {
                     const LeadSettingsResult saved
                         = readSettings(result, QStringLiteral("PUT ") + kPath);
                     if (saved.ok())
                         record.after = settingsJson(*saved.settings);
                     recordAction(actor, record, saved.error);
                     if (guard)
                         done(saved);
                 });
}

} // namespace opc::ops
