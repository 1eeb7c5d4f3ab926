#include "operations/leads/Lead.h"

#include "core/JsonFieldReader.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QCoreApplication>

namespace opc::ops {

namespace {

struct LeadText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::Lead)
};

} // namespace

QByteArray Lead::etag() const
{
    return QByteArrayLiteral("\"lead-") + QByteArray::number(id) + QByteArrayLiteral("-v")
        + QByteArray::number(version) + '"';
}

std::optional<Lead> leadFromJson(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    Lead lead;
    lead.id = reader.integer(QStringLiteral("id"), 1);
    const QString kind = reader.text(QStringLiteral("kind"));
    lead.status = reader.text(QStringLiteral("status"));
    lead.receivedAt = leadops::readTime(reader, json, QStringLiteral("received_at"), true);
    lead.name = reader.textOrNull(QStringLiteral("name"));
    lead.phone = reader.textOrNull(QStringLiteral("phone"));
    lead.email = reader.textOrNull(QStringLiteral("email"));
    lead.medium = reader.textOrNull(QStringLiteral("medium"));
    const QJsonValue source = json.value(QStringLiteral("source"));
    if (source.isObject()) {
        JsonFieldReader inner(source.toObject());
        lead.source = inner.text(QStringLiteral("name"));
        const QString sourceMedium = inner.textOrNull(QStringLiteral("medium"));
        reader.adopt(QStringLiteral("source"), inner);
        if (lead.medium.isEmpty())
            lead.medium = sourceMedium;
    } else {
        lead.source = reader.textOrNull(QStringLiteral("source"));
    }
    if (const auto assignee = reader.objectOrNull(QStringLiteral("assignee"))) {
        JsonFieldReader inner(*assignee);
        LeadAssignee holder;
        holder.id = inner.text(QStringLiteral("id"));
        holder.displayName = inner.text(QStringLiteral("display_name"));
        reader.adopt(QStringLiteral("assignee"), inner);
        lead.assignee = holder;
    }
    lead.createdAt = leadops::readTime(reader, json, QStringLiteral("created_at"));
    lead.version = reader.integer(QStringLiteral("version"), 0);
    // Not in every answer of the contract: read when given.
    if (json.contains(QStringLiteral("deal_id")))
        lead.dealId = reader.integerOrNull(QStringLiteral("deal_id"), 0);
    if (json.contains(QStringLiteral("duplicate_of_deal")))
        lead.duplicateOfDeal = reader.integerOrNull(QStringLiteral("duplicate_of_deal"), 0);
    if (json.contains(QStringLiteral("comments_count")))
        lead.commentsCount = reader.count(QStringLiteral("comments_count"));
    if (reader.ok()) {
        if (const auto type = leads::leadTypeFromWire(kind))
            lead.kind = *type;
        else
            reader.fail(QStringLiteral("kind"), QStringLiteral("\"call\" or \"form\""));
    }
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    return lead;
}

QString leadStatusDisplayName(const QString &status)
{
    if (status == QLatin1String("free"))
        return LeadText::tr("Free");
    if (status == QLatin1String("in_work"))
        return LeadText::tr("In work");
    if (status == QLatin1String("success"))
        return LeadText::tr("Success");
    if (status == QLatin1String("failure"))
        return LeadText::tr("Failure");
    if (status == QLatin1String("duplicate"))
        return LeadText::tr("Duplicate");
    return status;
}

} // namespace opc::ops
