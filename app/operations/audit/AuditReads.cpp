#include "operations/audit/AuditReads.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace opc::ops {

namespace {

const QString kEventsPath = QStringLiteral("/api/v1/audit/events");
const QString kFacetsPath = QStringLiteral("/api/v1/audit/facets");
const QString kActivityPath = QStringLiteral("/api/v1/audit/activity");

crm::CrmError malformed(const crm::CrmResult &result, const QString &path, const QString &why)
{
    return crm::malformedResponse(result.httpStatus, why, QStringLiteral("GET ") + path);
}

QDateTime readTime(JsonFieldReader &reader, const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid()) {
        reader.fail(key, QStringLiteral("an ISO 8601 time"));
        return {};
    }
    return time.toUTC();
}

AuditRow readRow(JsonFieldReader &reader, const QJsonObject &json)
{
    AuditRow row;
    row.seq = reader.integer(QStringLiteral("seq"), 1);
    row.id = reader.text(QStringLiteral("id"));
    if (reader.ok() && row.id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("a non-empty string"));
    row.operationId = reader.text(QStringLiteral("operation_id"));
    row.actor = reader.text(QStringLiteral("actor"));
    row.action = reader.text(QStringLiteral("action"));
    if (reader.ok() && row.action.isEmpty())
        reader.fail(QStringLiteral("action"), QStringLiteral("a non-empty string"));
    row.entityType = reader.text(QStringLiteral("entity_type"));
    const QJsonArray ids = reader.array(QStringLiteral("entity_ids"));
    for (int i = 0; i < ids.size() && reader.ok(); ++i) {
        if (!ids.at(i).isString() || ids.at(i).toString().isEmpty())
            reader.fail(QStringLiteral("entity_ids[%1]").arg(i),
                        QStringLiteral("a non-empty string"));
        row.entityIds.append(ids.at(i).toString());
    }
    row.result = reader.text(QStringLiteral("result"));
    if (reader.ok() && row.result != QLatin1String("ok") && row.result != QLatin1String("failed"))
        reader.fail(QStringLiteral("result"), QStringLiteral("\"ok\" or \"failed\""));
    row.message = reader.text(QStringLiteral("message"));
    row.occurredAt = readTime(reader, json, QStringLiteral("occurred_at"));
    row.before = reader.object(QStringLiteral("before"));
    row.after = reader.object(QStringLiteral("after"));
    return row;
}

} // namespace

std::optional<AuditRow> readAuditRow(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    const AuditRow row = readRow(reader, json);
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    return row;
}

void loadAuditPage(crm::CrmClient *client, const AuditPageQuery &query, QObject *context,
                   std::function<void(const AuditPage &)> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("order"), QStringLiteral("grouped"));
    params.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    params.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.withTotal)
        params.addQueryItem(QStringLiteral("with_total"), QStringLiteral("true"));
    if (query.untilSeq >= 0)
        params.addQueryItem(QStringLiteral("until_seq"), QString::number(query.untilSeq));
    query.filter.addTo(params);
    client->get(
        kEventsPath, context,
        [done = std::move(done), offset = query.offset,
         withTotal = query.withTotal](const crm::CrmResult &result) {
            AuditPage page;
            page.offset = offset;
            if (!result.ok()) {
                page.error = result.error;
                done(page);
                return;
            }
            if (!result.body.isObject()) {
                page.error = malformed(result, kEventsPath, QStringLiteral("expected an object"));
                done(page);
                return;
            }
            const QJsonObject body = result.body.toObject();
            JsonFieldReader reader(body);
            const QJsonArray items = reader.array(QStringLiteral("items"));
            page.nextOffset = reader.integerOrNull(QStringLiteral("next_offset"), 1);
            if (body.value(QStringLiteral("next_offset")).isNull())
                page.nextOffset = -1;
            if (withTotal)
                page.total = reader.integer(QStringLiteral("total"), 0);
            page.asOfSeq = reader.integer(QStringLiteral("as_of_seq"), 0);
            for (int i = 0; i < items.size() && reader.ok(); ++i) {
                if (!items.at(i).isObject()) {
                    reader.fail(QStringLiteral("items[%1]").arg(i), QStringLiteral("an object"));
                    break;
                }
                const QJsonObject json = items.at(i).toObject();
                JsonFieldReader inner(json);
                page.rows.append(readRow(inner, json));
                reader.adopt(QStringLiteral("items[%1]").arg(i), inner);
            }
            if (reader.ok() && page.nextOffset >= 0 && page.nextOffset <= offset)
                reader.fail(QStringLiteral("next_offset"),
                            QStringLiteral("an offset after %1").arg(offset));
            if (!reader.ok()) {
                page.rows.clear();
                page.error = malformed(result, kEventsPath, reader.problem());
            }
            done(page);
        },
        params);
}

void loadAuditFacets(crm::CrmClient *client, QObject *context,
                     std::function<void(const AuditFacets &)> done)
{
    client->get(kFacetsPath, context, [done = std::move(done)](const crm::CrmResult &result) {
        AuditFacets facets;
        if (!result.ok()) {
            facets.error = result.error;
            done(facets);
            return;
        }
        JsonFieldReader reader(result.body.toObject());
        if (!result.body.isObject())
            reader.fail(QStringLiteral("(body)"), QStringLiteral("an object"));
        const QJsonArray actors = reader.array(QStringLiteral("actors"));
        for (int i = 0; i < actors.size() && reader.ok(); ++i) {
            JsonFieldReader inner(actors.at(i).toObject());
            AuditActor actor;
            actor.id = inner.text(QStringLiteral("id"));
            actor.name = inner.text(QStringLiteral("name"));
            actor.role = inner.text(QStringLiteral("role"));
            if (inner.ok() && actor.id.isEmpty())
                inner.fail(QStringLiteral("id"), QStringLiteral("a non-empty string"));
            reader.adopt(QStringLiteral("actors[%1]").arg(i), inner);
            facets.actors.append(actor);
        }
        const QJsonArray actions = reader.array(QStringLiteral("actions"));
        for (int i = 0; i < actions.size() && reader.ok(); ++i) {
            if (!actions.at(i).isString() || actions.at(i).toString().isEmpty())
                reader.fail(QStringLiteral("actions[%1]").arg(i),
                            QStringLiteral("a non-empty string"));
            facets.actions.append(actions.at(i).toString());
        }
        if (!reader.ok()) {
            facets = AuditFacets {};
            facets.error = malformed(result, kFacetsPath, reader.problem());
        }
        done(facets);
    });
}

void loadAuditActivity(crm::CrmClient *client, const AuditFilter &filter, int utcOffsetMinutes,
                       QObject *context, std::function<void(const AuditActivity &)> done)
{
    QUrlQuery params;
    filter.addTo(params);
    params.addQueryItem(QStringLiteral("utc_offset_minutes"), QString::number(utcOffsetMinutes));
    client->get(
        kActivityPath, context,
        [done = std::move(done)](const crm::CrmResult &result) {
            AuditActivity activity;
            if (!result.ok()) {
                activity.error = result.error;
                done(activity);
                return;
            }
            JsonFieldReader reader(result.body.toObject());
            if (!result.body.isObject())
                reader.fail(QStringLiteral("(body)"), QStringLiteral("an object"));
            const QJsonArray days = reader.array(QStringLiteral("days"));
            for (int i = 0; i < days.size() && reader.ok(); ++i) {
                const QJsonObject json = days.at(i).toObject();
                JsonFieldReader inner(json);
                AuditActivityCell cell;
                const QString day = inner.text(QStringLiteral("day"));
                cell.day = QDate::fromString(day, Qt::ISODate);
                if (inner.ok() && (!cell.day.isValid() || day.size() != 10))
                    inner.fail(QStringLiteral("day"), QStringLiteral("a date YYYY-MM-DD"));
                cell.actor = inner.text(QStringLiteral("actor"));
                cell.count = inner.integer(QStringLiteral("count"), 1);
                reader.adopt(QStringLiteral("days[%1]").arg(i), inner);
                activity.cells.append(cell);
            }
            activity.total = reader.integer(QStringLiteral("total"), 0);
            if (!reader.ok()) {
                activity = AuditActivity {};
                activity.error = malformed(result, kActivityPath, reader.problem());
            }
            done(activity);
        },
        params);
}

} // namespace opc::ops
