#include "sandbox/ApiSupport.h"
#include "sandbox/MergeLocks.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QRegularExpression>

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

HttpReply requestReply(ApiContext &context, qint64 id, int status = 200)
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
          QStringLiteral("updated_at"), QStringLiteral("version"), QStringLiteral("duplicate_of"),
          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("child_name") });
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
              QStringLiteral("SELECT id, author, author_id, text, created_at FROM "
                             "request_comments WHERE request_id = ? ORDER BY created_at, id"),
              { id });
    QJsonArray commentList;
    while (comments.next()) {
        commentList.append(
            rowToJson(comments,
                      { QStringLiteral("id"), QStringLiteral("author"), QStringLiteral("author_id"),
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
    return HttpReply::json(status, request).setHeader("ETag", entityTag("request", id, version));
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
    } else {
        // A duplicate is always linked to the request it duplicates (the seed's purple status
        // with a link), so the marking goes through duplicate_of only, and stays.
        if (body.contains(QStringLiteral("is_duplicate"))
            && body.value(QStringLiteral("is_duplicate")).isBool())
            return validationError(QStringLiteral("is_duplicate"),
                                   Text::tr("Mark a duplicate with duplicate_of, the request it "
                                            "duplicates; is_duplicate follows from it."));
        const QString status = body.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("duplicate"))
            return validationError(QStringLiteral("status"),
                                   Text::tr("Mark a duplicate with duplicate_of, the request it "
                                            "duplicates; the status follows from it."));
        QSqlQuery stored(context.db);
        if (body.contains(QStringLiteral("status"))
            && execQuery(stored, QStringLiteral("SELECT is_duplicate FROM requests WHERE id = ?"),
                         { requestId })
            && stored.next() && stored.value(0).toBool())
            return validationError(QStringLiteral("status"),
                                   Text::tr("This request is marked as a duplicate of another "
                                            "one; its status stays duplicate."));
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
    if (!execQuery(current,
                   QStringLiteral("SELECT version, status, account_id FROM requests WHERE id = ?"),
                   { *id }))
        return databaseError(current);
    if (!current.next())
        return notFound();
    const qint64 version = current.value(0).toLongLong();
    const QString oldStatus = current.value(1).toString();
    if (const auto locked
        = refuseLockedWrite(context, request.user, { current.value(2).toLongLong() }))
        return *locked;
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
    if (const auto failed = beginTransaction(context.db))
        return *failed;
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

// ---- creating a request ---------------------------------------------------------------------

constexpr int kMaxCommentLength = 5000;
constexpr int kMaxNameLength = 200;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A positive whole JSON number (an id in a body), or nullopt.
std::optional<qint64> bodyId(const QJsonValue &value)
{
    const qint64 id = value.toInteger(-1);
    if (!value.isDouble() || id <= 0 || double(id) != value.toDouble())
        return std::nullopt;
    return id;
}

bool validEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

bool validPhone(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9()\\- ]{10,30}$"));
    if (!pattern.match(text).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 10 && digits <= 15;
}

// POST /api/v1/requests: registers the child of a KIDS account on its product (seed 000: the
// e-mail and phone from the CRM, the right child selected). An account with an open request
// (any status but duplicate and closed) gets no second one: 409 request_exists names it.
HttpReply createRequest(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body,
                       { QStringLiteral("account_id"), QStringLiteral("email"),
                         QStringLiteral("phone"), QStringLiteral("child_name") }))
        return *unknown;
    const auto account = bodyId(body->value(QStringLiteral("account_id")));
    QSqlQuery owner(context.db);
    if (!account
        || !execQuery(owner,
                      QStringLiteral("SELECT a.product, s.is_kids, s.name FROM accounts a JOIN "
                                     "students s ON s.id = a.student_id WHERE a.id = ?"),
                      { *account })
        || !owner.next()) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("account_id must be the id of an existing account."));
    }
    if (const auto locked = refuseLockedWrite(context, request.user, { *account }))
        return *locked;
    const QString email = body->value(QStringLiteral("email")).toString().trimmed();
    if (!validEmail(email)) {
        return validationError(QStringLiteral("email"),
                               Text::tr("email must be an e-mail address such as "
                                        "name@example.org (at most 254 characters)."));
    }
    const QString phone = body->value(QStringLiteral("phone")).toString().trimmed();
    if (!validPhone(phone)) {
        return validationError(QStringLiteral("phone"),
                               Text::tr("phone must be a phone number of 10 to 15 digits, e.g. "
                                        "+7 499 123-45-67."));
    }
    const QString childName = body->value(QStringLiteral("child_name")).toString().trimmed();
    if (childName.isEmpty() || childName.size() > kMaxNameLength) {
        return validationError(QStringLiteral("child_name"),
                               Text::tr("child_name must be the child's name (1 to %1 "
                                        "characters).")
                                   .arg(kMaxNameLength));
    }
    if (owner.value(0).toString() != QLatin1String("kids") || !owner.value(1).toBool()) {
        return HttpReply::error(422, QStringLiteral("not_kids"),
                                Text::tr("Account %1 is not a KIDS account: requests are created "
                                         "here only for the children's product.")
                                    .arg(*account),
                                QStringLiteral("account_id"));
    }
    if (childName.compare(owner.value(2).toString().trimmed(), Qt::CaseInsensitive) != 0) {
        return validationError(QStringLiteral("child_name"),
                               Text::tr("child_name is not the child of account %1. Select the "
                                        "right child.")
                                   .arg(*account));
    }
    QSqlQuery open(context.db);
    if (!execQuery(open,
                   QStringLiteral("SELECT id FROM requests WHERE account_id = ? AND status NOT IN "
                                  "('duplicate', 'closed') ORDER BY id LIMIT 1"),
                   { *account }))
        return databaseError(open);
    if (open.next()) {
        const qint64 existing = open.value(0).toLongLong();
        return HttpReply::error(409, QStringLiteral("request_exists"),
                                Text::tr("Account %1 already has the open request %2. Put the "
                                         "information into it instead of creating another.")
                                    .arg(*account)
                                    .arg(existing),
                                QStringLiteral("account_id"))
            .setHeader("Location", "/api/v1/requests/" + QByteArray::number(existing));
    }
    const QString now = nowText();
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO requests (account_id, status, email, phone, "
                                  "child_name, created_at, updated_at) VALUES (?, 'new', ?, ?, ?, "
                                  "?, ?)"),
                   { *account, email, phone, childName, now, now })) {
        context.db.rollback();
        return databaseError(insert);
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery history(context.db);
    if (!execQuery(history,
                   QStringLiteral("INSERT INTO request_status_history (request_id, status, "
                                  "changed_at) VALUES (?, 'new', ?)"),
                   { id, now })) {
        context.db.rollback();
        return databaseError(history);
    }
    context.db.commit();
    return requestReply(context, id, 201)
        .setHeader("Location", "/api/v1/requests/" + QByteArray::number(id));
}

// ---- comments -------------------------------------------------------------------------------

const QStringList kCommentColumns { QStringLiteral("id"),     QStringLiteral("request_id"),
                                    QStringLiteral("author"), QStringLiteral("author_id"),
                                    QStringLiteral("text"),   QStringLiteral("created_at") };

HttpReply listComments(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id || !exists(context, QStringLiteral("requests"), *id))
        return notFound();
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT %1 FROM request_comments WHERE request_id = ? AND id > ? "
                                  "ORDER BY id LIMIT ?")
                       .arg(kCommentColumns.join(QStringLiteral(", "))),
                   { *id, page->after, page->limit + 1 }))
        return databaseError(query);
    QJsonArray rows;
    while (query.next())
        rows.append(rowToJson(query, kCommentColumns));
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

HttpReply addComment(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery owner(context.db);
    if (!execQuery(owner, QStringLiteral("SELECT account_id FROM requests WHERE id = ?"), { *id }))
        return databaseError(owner);
    if (!owner.next())
        return notFound();
    if (const auto locked
        = refuseLockedWrite(context, request.user, { owner.value(0).toLongLong() }))
        return *locked;
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("text") }))
        return *unknown;
    const QJsonValue textValue = body->value(QStringLiteral("text"));
    const QString text = textValue.toString();
    if (!textValue.isString() || text.trimmed().isEmpty() || text.size() > kMaxCommentLength) {
        return validationError(
            QStringLiteral("text"),
            Text::tr("text must be a comment of 1 to %1 characters.").arg(kMaxCommentLength));
    }
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO request_comments (request_id, author, author_id, "
                                  "text, created_at) VALUES (?, ?, ?, ?, ?)"),
                   { *id, request.user.displayName, request.user.id, text, nowText() }))
        return databaseError(insert);
    QSqlQuery row(context.db);
    if (!execQuery(row,
                   QStringLiteral("SELECT %1 FROM request_comments WHERE id = ?")
                       .arg(kCommentColumns.join(QStringLiteral(", "))),
                   { insert.lastInsertId() })
        || !row.next())
        return databaseError(row);
    return HttpReply::json(201, rowToJson(row, kCommentColumns));
}

} // namespace

std::vector<Route> requestRoutes()
{
    return {
        { "POST", "/api/v1/requests", Access::AnyUser, false, &createRequest },
        { "GET", "/api/v1/requests/{id}", Access::AnyUser, false, &getRequest },
        { "PATCH", "/api/v1/requests/{id}", Access::AnyUser, false, &patchRequest },
        { "GET", "/api/v1/requests/{id}/comments", Access::AnyUser, false, &listComments },
        { "POST", "/api/v1/requests/{id}/comments", Access::AnyUser, false, &addComment },
    };
}

} // namespace opc::sandbox
