#include "sandbox/AuditQuery.h"

#include "sandbox/ApiSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace opc::sandbox {

AuditWhere auditWhere(const AuditFilter &filter)
{
    QStringList conditions;
    AuditWhere where;
    const auto add = [&](const QString &condition, const QVariantList &binds) {
        conditions.append(condition);
        where.binds.append(binds);
    };
    if (!filter.actor.isEmpty())
        add(QStringLiteral("i.actor = ?"), { filter.actor });
    if (filter.action.endsWith(QLatin1String(".*"))) {
        // A prefix as a range, so the action index serves it: "merge." <= a < "merge/".
        const QString prefix = filter.action.chopped(1);
        QString upper = prefix;
        upper.back() = QChar(upper.back().unicode() + 1);
        add(QStringLiteral("i.action >= ? AND i.action < ?"), { prefix, upper });
    } else if (!filter.action.isEmpty()) {
        add(QStringLiteral("i.action = ?"), { filter.action });
    }
    if (!filter.entity.isEmpty()) {
        add(QStringLiteral("i.seq IN (SELECT seq FROM audit_entities WHERE entity_id = ?)"),
            { filter.entity });
    }
    if (!filter.operation.isEmpty())
        add(QStringLiteral("i.operation_id = ?"), { filter.operation });
    if (!filter.text.isEmpty()) {
        // One FTS5 phrase: a substring, whatever the text's own quotes and operators.
        QString phrase = filter.text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        add(QStringLiteral("i.seq IN (SELECT rowid FROM audit_search WHERE audit_search MATCH ?)"),
            { QLatin1Char('"') + phrase + QLatin1Char('"') });
    }
    if (filter.from.isValid())
        add(QStringLiteral("i.occurred_at >= ?"), { AuditFilter::wireTime(filter.from) });
    if (filter.to.isValid())
        add(QStringLiteral("i.occurred_at < ?"), { AuditFilter::wireTime(filter.to) });
    if (!conditions.isEmpty())
        where.sql = conditions.join(QStringLiteral(" AND "));
    return where;
}

std::optional<AuditFilter> readAuditFilter(const QUrlQuery &query, HttpReply *error)
{
    QString field;
    auto filter = AuditFilter::fromQuery(query, &field);
    if (!filter) {
        QString message;
        if (field == QLatin1String("from") || field == QLatin1String("to")) {
            message = Text::tr("%1 must be a date (2026-11-22) or a date and time with its zone "
                               "(2026-11-22T09:30:00Z), and to must be after from.")
                          .arg(field);
        } else if (field == QLatin1String("text")
                   && queryValue(query, field).trimmed().size() < AuditFilter::kMinTextLength) {
            message = Text::tr("text must be at least %1 characters long.")
                          .arg(AuditFilter::kMinTextLength);
        } else if (field == QLatin1String("action")
                   && queryValue(query, field).size() <= AuditFilter::kMaxFieldLength) {
            message = Text::tr("action must be an action id, or a prefix ending in \".*\" such "
                               "as merge.*.");
        } else {
            message = Text::tr("%1 must be at most %2 characters.")
                          .arg(field)
                          .arg(AuditFilter::kMaxFieldLength);
        }
        *error = validationError(field, message);
        return std::nullopt;
    }
    return filter;
}

QByteArray storedEventJson(const QSqlQuery &row)
{
    const QByteArray hash = row.value(1).toByteArray();
    QByteArray json = row.value(2).toByteArray();
    if (json.endsWith('}') && json.size() > 2) {
        json.chop(1);
        json += ",\"hash\":\"" + hash + "\"}";
        return json;
    }
    // Not an object (only a damaged database holds that): send what there is, so verification
    // names this event rather than the listing failing.
    QJsonObject event = QJsonDocument::fromJson(json).object();
    event.insert(QStringLiteral("seq"), row.value(0).toLongLong());
    event.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace opc::sandbox
