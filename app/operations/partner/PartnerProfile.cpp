#include "operations/partner/PartnerProfile.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QRegularExpression>

namespace opc::ops {

std::optional<PartnerProfile> partnerProfileFromJson(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    PartnerProfile profile;
    profile.name = reader.text(QStringLiteral("name"));
    const QString status = reader.text(QStringLiteral("status"));
    if (const auto parsed = partner::partnerStatusFromWire(status))
        profile.status = *parsed;
    else
        reader.fail(QStringLiteral("status"),
                    QStringLiteral("\"none\", \"official\", \"gold\" or \"technology\""));
    profile.rewardBalanceKopecks = reader.integer(QStringLiteral("reward_balance_kopecks"), 0);
    const QString today = reader.text(QStringLiteral("today"));
    static const QRegularExpression dateShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    profile.today
        = dateShape.match(today).hasMatch() ? QDate::fromString(today, Qt::ISODate) : QDate();
    if (!profile.today.isValid())
        reader.fail(QStringLiteral("today"), QStringLiteral("a date written YYYY-MM-DD"));
    if (const auto nfr = reader.objectOrNull(QStringLiteral("nfr_line"))) {
        JsonFieldReader inner(*nfr);
        PartnerNfrLine line;
        line.id = inner.integer(QStringLiteral("id"), 1);
        line.lineId = inner.text(QStringLiteral("line_id"));
        line.expiresAt = leadops::readTime(inner, *nfr, QStringLiteral("expires_at"));
        const QString lineStatus = inner.text(QStringLiteral("status"));
        if (const auto parsed = partner::lineStatusFromWire(lineStatus))
            line.status = *parsed;
        else
            inner.fail(QStringLiteral("status"), QStringLiteral("a line status"));
        line.ended = inner.flag(QStringLiteral("ended"));
        line.renews = inner.flag(QStringLiteral("renews"));
        reader.adopt(QStringLiteral("nfr_line"), inner);
        profile.nfrLine = line;
    }
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    return profile;
}

void loadPartnerProfile(crm::CrmClient *client, QObject *context,
                        std::function<void(const PartnerProfileResult &)> done)
{
    const QString path = partnerops::partnerPath(QStringLiteral("/profile"));
    client->get(path, context, [done = std::move(done), path](const crm::CrmResult &result) {
        PartnerProfileResult read;
        if (!result.ok()) {
            read.error = result.error;
            done(read);
            return;
        }
        QJsonObject body;
        QString why;
        if (leadops::bodyObject(result, &body, &why))
            read.profile = partnerProfileFromJson(body, &why);
        if (!read.profile)
            read.error = leadops::malformed(result, QStringLiteral("GET ") + path, why);
        done(read);
    });
}

} // namespace opc::ops
