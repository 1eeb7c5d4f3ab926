#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

#include <QDateTime>

// Requests (заявки): read one with its comments and status history; change a few fields under
// optimistic concurrency (If-Match with the ETag of the version that was read).

namespace opc::sandbox {

namespace {

constexpr int kMaxTextLength = 20000;

const QStringList kStatuses { QStringLiteral("new"),        QStringLiteral("intro_scheduled"),
                              QStringLiteral("intro_done"), QStringLiteral("studying"),
                              QStringLiteral("paused"),     QStringLiteral("duplicate"),
                              QStringLiteral("closed") };

const QStringList kTextFields { QStringLiteral("intro_lesson_report"),
                                QStringLiteral("task_after_trial_student"),
                                QStringLiteral("task_after_trial_teacher") };

// The colour agents know each status by; a duplicate is purple (seed 000).
QString statusColor(const QString &status)
{
    if (status == QLatin1String("duplicate"))
        return QStringLiteral("purple");
    if (status == QLatin1String("new"))
        return QStringLiteral("blue");
    if (status == QLatin1String("intro_scheduled") || status == QLatin1String("intro_done"))
        return QStringLiteral("yellow");
    if (status == QLatin1String("studying"))
        return QStringLiteral("green");
    return QStringLiteral("grey"); // paused, closed
}

QJsonValue namedRef(ApiContext &context, const QString &table, const QVariant &id,
                    const QStringList &extra = {})
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    QSqlQuery query(context.db);
    QStringList columns { QStringLiteral("id"), QStringLiteral("name") };
    columns += extra;
    if (!execQuery(query,
                   QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                       .arg(columns.join(QStringLiteral(", ")), table),
                   { id })
        || !query.next())
        return QJsonValue(QJsonValue::Null);
    return rowToJson(query, columns);
}

HttpReply requestReply(ApiContext &context, qint64 id)
{
    QSqlQuery query(context.db);
    if (!execQuery(query, QStringLiteral("SELECT * FROM requests WHERE id = ?"), { id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    QJsonObject request = rowToJson(
        query,
        { QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("status"),
          QStringLiteral("intro_lesson_report"), QStringLiteral("task_after_trial_student"),
          QStringLiteral("task_after_trial_teacher"), QStringLiteral("created_at"),
          QStringLiteral("updated_at"), QStringLiteral("version"),
          QStringLiteral("duplicate_of") });
    request.insert(QStringLiteral("color"),
                   statusColor(query.value(QStringLiteral("status")).toString()));
    request.insert(QStringLiteral("is_duplicate"),
                   query.value(QStringLiteral("is_duplicate")).toBool());
    request.insert(
        QStringLiteral("methodist"),
        namedRef(context, QStringLiteral("staff"), query.value(QStringLiteral("methodist_id"))));
    request.insert(
        QStringLiteral("teacher"),
        namedRef(context, QStringLiteral("staff"), query.value(QStringLiteral("teacher_id"))));
    request.insert(
        QStringLiteral("price_set"),
        namedRef(context, QStringLiteral("price_sets"), query.value(QStringLiteral("price_set_id")),
                 { QStringLiteral("region_id"), QStringLiteral("lesson_price_kopecks") }));
    request.insert(QStringLiteral("region"),
                   namedRef(context, QStringLiteral("regions"),
                            query.value(QStringLiteral("region_id")),
                            { QStringLiteral("currency") }));
    const qint64 version = query.value(QStringLiteral("version")).toLongLong();

    QSqlQuery comments(context.db);
    execQuery(comments,
              QStringLiteral("SELECT id, author, text, created_at FROM request_comments "
                             "WHERE request_id = ? ORDER BY created_at, id"),
              { id });
    QJsonArray commentList;
    while (comments.next()) {
        commentList.append(rowToJson(comments,
                                     { QStringLiteral("id"), QStringLiteral("author"),
                                       QStringLiteral("text"), QStringLiteral("created_at") }));
    }
    request.insert(QStringLiteral("comments"), commentList);

    QSqlQuery history(context.db);
    execQuery(history,
              QStringLiteral("SELECT status, changed_at FROM request_status_history "
                             "WHERE request_id = ? ORDER BY changed_at, id"),
              { id });
    QJsonArray historyList;
    while (history.next())
        historyList.append(
            rowToJson(history, { QStringLiteral("status"), QStringLiteral("changed_at") }));
    request.insert(QStringLiteral("status_history"), historyList);
    return HttpReply::json(200, request).setHeader("ETag", entityTag("request", id, version));
}

HttpReply getRequest(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    return id ? requestReply(context, *id) : notFound();
}

bool exists(ApiContext &context, const QString &table, qint64 id)
{
    QSqlQuery query(context.db);
    return execQuery(query, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id })
        && query.next();
}

// Checks every field of a PATCH body; fills the columns to set. Returns an error reply or none.
std::optional<HttpReply> validatePatch(ApiContext &context, qint64 requestId,
                                       const QJsonObject &body, QStringList *columns,
                                       QVariantList *values)
{
    if (body.isEmpty())
        return validationError({}, Text::tr("The body names no field to change."));
    if (body.contains(QStringLiteral("duplicate_of"))) {
        // Marking a duplicate: the request turns purple and links to the request it duplicates.
        const QJsonValue value = body.value(QStringLiteral("duplicate_of"));
        const qint64 other = value.toInteger(-1);
        if (!value.isDouble() || other <= 0 || double(other) != value.toDouble()
            || !exists(context, QStringLiteral("requests"), other))
            return validationError(QStringLiteral("duplicate_of"),
                                   Text::tr("duplicate_of must be the id of an existing request."));
        if (other == requestId)
            return validationError(QStringLiteral("duplicate_of"),
                                   Text::tr("A request cannot be a duplicate of itself."));
        if (body.contains(QStringLiteral("status"))
            && body.value(QStringLiteral("status")).toString() != QLatin1String("duplicate"))
            return validationError(QStringLiteral("status"),
                                   Text::tr("A request marked with duplicate_of gets the status "
                                            "duplicate; leave status out or send duplicate."));
        if (body.contains(QStringLiteral("is_duplicate"))
            && body.value(QStringLiteral("is_duplicate")) != QJsonValue(true))
            return validationError(QStringLiteral("is_duplicate"),
                                   Text::tr("A request marked with duplicate_of is a duplicate; "
                                            "leave is_duplicate out or send true."));
        *columns << QStringLiteral("duplicate_of") << QStringLiteral("status")
                 << QStringLiteral("is_duplicate");
        *values << other << QStringLiteral("duplicate") << 1;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue &value = it.value();
        if (columns->contains(field))
            continue; // set by duplicate_of above
        if (kTextFields.contains(field)) {
            if (!value.isString() || value.toString().size() > kMaxTextLength)
                return validationError(field,
                                       Text::tr("%1 must be text of at most %2 characters.")
                                           .arg(field)
                                           .arg(kMaxTextLength));
            values->append(value.toString());
        } else if (field == QLatin1String("status")) {
            if (!kStatuses.contains(value.toString()))
                return validationError(field,
                                       Text::tr("status must be one of: %1.")
                                           .arg(kStatuses.join(QStringLiteral(", "))));
            values->append(value.toString());
        } else if (field == QLatin1String("is_duplicate")) {
            if (!value.isBool())
                return validationError(field, Text::tr("is_duplicate must be true or false."));
            values->append(value.toBool() ? 1 : 0);
        } else if (field == QLatin1String("price_set_id") || field == QLatin1String("region_id")) {
            const QString table = field == QLatin1String("price_set_id")
                ? QStringLiteral("price_sets")
                : QStringLiteral("regions");
            const qint64 id = value.toInteger(-1);
            if (!value.isDouble() || id <= 0 || double(id) != value.toDouble()
                || !exists(context, table, id))
                return validationError(
                    field, Text::tr("%1 must be the id of an existing record.").arg(field));
            values->append(id);
        } else {
            return validationError(
                field,
                Text::tr("%1 cannot be changed here. Changeable: %2.")
                    .arg(field,
                         (kTextFields
                          + QStringList { QStringLiteral("status"), QStringLiteral("is_duplicate"),
                                          QStringLiteral("price_set_id"),
                                          QStringLiteral("region_id"),
                                          QStringLiteral("duplicate_of") })
                             .join(QStringLiteral(", "))));
        }
        columns->append(field);
    }
    return std::nullopt;
}

HttpReply patchRequest(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery current(context.db);
    if (!execQuery(current, QStringLiteral("SELECT version, status FROM requests WHERE id = ?"),
                   { *id }))
        return databaseError(current);
    if (!current.next())
        return notFound();
    const qint64 version = current.value(0).toLongLong();
    const QString oldStatus = current.value(1).toString();
    const QByteArray ifMatch = request.call.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpReply::error(428, QStringLiteral("precondition_required"),
                                Text::tr("Send If-Match with the ETag of the request you read, "
                                         "so that no one else's change is overwritten."),
                                QStringLiteral("If-Match"));
    }
    if (ifMatch != entityTag("request", *id, version)) {
        return HttpReply::error(412, QStringLiteral("precondition_failed"),
                                Text::tr("The request was changed by someone else since you read "
                                         "it. Reload it and apply your change again."),
                                QStringLiteral("If-Match"));
    }
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    QStringList columns;
    QVariantList values;
    if (const auto invalid = validatePatch(context, *id, *body, &columns, &values))
        return *invalid;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    values << now << *id << version;
    context.db.transaction();
    QSqlQuery update(context.db);
    if (!execQuery(update,
                   QStringLiteral("UPDATE requests SET %1, updated_at = ?, version = version + 1 "
                                  "WHERE id = ? AND version = ?")
                       .arg(assignments.join(QStringLiteral(", "))),
                   values)) {
        context.db.rollback();
        return databaseError(update);
    }
    const QString newStatus = body->contains(QStringLiteral("duplicate_of"))
        ? QStringLiteral("duplicate")
        : body->value(QStringLiteral("status")).toString();
    if (!newStatus.isEmpty() && newStatus != oldStatus) {
        QSqlQuery history(context.db);
        if (!execQuery(history,
                       QStringLiteral("INSERT INTO request_status_history (request_id, "
                                      "status, changed_at) VALUES (?, ?, ?)"),
                       { *id, newStatus, now })) {
            context.db.rollback();
            return databaseError(history);
        }
    }
    context.db.commit();
    return requestReply(context, *id);
}

} // namespace

std::vector<Route> requestRoutes()
{
    return {
        { "GET", "/api/v1/requests/{id}", Access::AnyUser, false, &getRequest },
        { "PATCH", "/api/v1/requests/{id}", Access::AnyUser, false, &patchRequest },
    };
}

} // namespace opc::sandbox
