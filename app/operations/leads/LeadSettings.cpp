#include "operations/leads/LeadSettings.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/leads/LeadOpsSupport.h"

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

void saveLeadSettings(crm::CrmClient *client, const LeadSettings &settings, const QByteArray &etag,
                      QObject *context, std::function<void(const LeadSettingsResult &)> done)
{
    crm::CrmRequest request;
    request.method = "PUT";
    request.path = kPath;
    request.ifMatch = etag;
    request.body
        = QJsonObject { { QStringLiteral("duplicates"), settings.duplicates.toJson() },
                        { QStringLiteral("status_groups"), settings.statusGroups.toJson() } };
    client->send(request, context, [done = std::move(done)](const crm::CrmResult &result) {
        done(readSettings(result, QStringLiteral("PUT ") + kPath));
    });
}

} // namespace opc::ops
