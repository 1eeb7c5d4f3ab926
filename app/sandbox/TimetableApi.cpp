#include "sandbox/ApiSupport.h"
#include "sandbox/MergeLocks.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QJsonDocument>

// A methodist's timetable: the intro lessons they give. The seed's rule (000) is enforced here:
// once lessons with a teacher are scheduled for an account, no lesson can be added for a
// methodist, which is why the merge moves the intro lesson first.

namespace opc::sandbox {

namespace {

const QStringList kLessonColumns { QStringLiteral("id"),       QStringLiteral("account_id"),
                                   QStringLiteral("staff_id"), QStringLiteral("kind"),
                                   QStringLiteral("status"),   QStringLiteral("starts_at"),
                                   QStringLiteral("version") };

const QStringList kLessonStatuses { QStringLiteral("scheduled"), QStringLiteral("completed"),
                                    QStringLiteral("cancelled") };

bool isMethodist(ApiContext &context, qint64 id)
{
    QSqlQuery query(context.db);
    return execQuery(query,
                     QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND kind = 'methodist'"),
                     { id })
        && query.next();
}

HttpReply lessonReply(ApiContext &context, qint64 id, int status = 200)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT %1 FROM lessons WHERE id = ?")
                       .arg(kLessonColumns.join(QStringLiteral(", "))),
                   { id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    return HttpReply::json(status, rowToJson(query, kLessonColumns))
        .setHeader("ETag",
                   entityTag("lesson", id, query.value(QStringLiteral("version")).toLongLong()));
}

HttpReply listLessons(ApiContext &context, const ApiRequest &request)
{
    const auto methodist = parseId(request.params.value(0));
    if (!methodist || !isMethodist(context, *methodist))
        return notFound();
    return listOwnedRows(context.db, request.call.query, QStringLiteral("lessons"), kLessonColumns,
                         QStringLiteral("staff_id"), *methodist);
}

// One lesson of this methodist with its ETag (the one PATCH and DELETE check in If-Match). An
// unknown methodist or lesson, or another methodist's lesson, is 404.
HttpReply getLesson(ApiContext &context, const ApiRequest &request)
{
    const auto methodist = parseId(request.params.value(0));
    const auto id = parseId(request.params.value(1));
    if (!methodist || !id || !isMethodist(context, *methodist))
        return notFound();
    QSqlQuery owner(context.db);
    if (!execQuery(owner, QStringLiteral("SELECT 1 FROM lessons WHERE id = ? AND staff_id = ?"),
                   { *id, *methodist }))
        return databaseError(owner);
    if (!owner.next())
        return notFound();
    return lessonReply(context, *id);
}

HttpReply addLesson(ApiContext &context, const ApiRequest &request)
{
    const auto methodist = parseId(request.params.value(0));
    if (!methodist || !isMethodist(context, *methodist))
        return notFound();
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    for (auto it = body->begin(); it != body->end(); ++it) {
        static const QStringList known { QStringLiteral("account_id"), QStringLiteral("kind"),
                                         QStringLiteral("starts_at"), QStringLiteral("status") };
        if (!known.contains(it.key())) {
            return validationError(it.key(),
                                   Text::tr("%1 is not a field of a lesson. Fields: %2.")
                                       .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }
    const QJsonValue accountValue = body->value(QStringLiteral("account_id"));
    const qint64 account = accountValue.toInteger(-1);
    QSqlQuery exists(context.db);
    if (!accountValue.isDouble() || account <= 0 || double(account) != accountValue.toDouble()
        || !execQuery(exists, QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), { account })
        || !exists.next()) {
        return validationError(QStringLiteral("account_id"),
                               Text::tr("account_id must be the id of an existing account."));
    }
    if (const auto locked = refuseLockedWrite(context, request.user, { account }))
        return *locked;
    if (body->value(QStringLiteral("kind")) != QJsonValue(QStringLiteral("intro"))) {
        return validationError(QStringLiteral("kind"),
                               Text::tr("kind must be intro: methodists give intro lessons only."));
    }
    const QJsonValue startsValue = body->value(QStringLiteral("starts_at"));
    const QDateTime starts = QDateTime::fromString(startsValue.toString(), Qt::ISODateWithMs);
    if (!startsValue.isString() || startsValue.toString().size() > 40 || !starts.isValid()) {
        return validationError(QStringLiteral("starts_at"),
                               Text::tr("starts_at must be a date and time in ISO 8601, e.g. "
                                        "2030-01-15T12:00:00.000Z."));
    }
    const QJsonValue statusValue = body->value(QStringLiteral("status"));
    const QString status
        = statusValue.isUndefined() ? QStringLiteral("scheduled") : statusValue.toString();
    if (!kLessonStatuses.contains(status)) {
        return validationError(
            QStringLiteral("status"),
            Text::tr("status must be one of: %1.").arg(kLessonStatuses.join(QStringLiteral(", "))));
    }
    // The seed's rule: once lessons with a teacher are scheduled, a methodist lesson cannot be
    // added for the student.
    QSqlQuery teacher(context.db);
    if (!execQuery(teacher,
                   QStringLiteral("SELECT 1 FROM lessons l JOIN staff s ON s.id = l.staff_id "
                                  "WHERE l.account_id = ? AND s.kind = 'teacher' AND "
                                  "l.status = 'scheduled' UNION ALL SELECT 1 FROM schedules "
                                  "WHERE account_id = ?"),
                   { account, account }))
        return databaseError(teacher);
    if (teacher.next()) {
        return HttpReply::error(409, QStringLiteral("teacher_lessons_scheduled"),
                                Text::tr("Lessons with a teacher are already scheduled for "
                                         "account %1, so no lesson can be added for a methodist. "
                                         "Move the intro lesson before the schedule and the "
                                         "teacher.")
                                    .arg(account),
                                QStringLiteral("account_id"));
    }
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO lessons (account_id, staff_id, kind, status, "
                                  "starts_at) VALUES (?, ?, 'intro', ?, ?)"),
                   { account, *methodist, status, starts.toUTC().toString(Qt::ISODateWithMs) }))
        return databaseError(insert);
    return lessonReply(context, insert.lastInsertId().toLongLong(), 201);
}

// The lesson of this methodist named by the path, its version, or the error to answer: 404,
// then the merge lock on the lesson's account, then If-Match.
std::optional<qint64> checkLesson(ApiContext &context, const ApiRequest &request, qint64 *lesson,
                                  HttpReply *error)
{
    const auto methodist = parseId(request.params.value(0));
    const auto id = parseId(request.params.value(1));
    *error = notFound();
    if (!methodist || !id)
        return std::nullopt;
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT l.version, l.account_id FROM lessons l JOIN staff s "
                                  "ON s.id = l.staff_id WHERE l.id = ? AND l.staff_id = ? AND "
                                  "s.kind = 'methodist'"),
                   { *id, *methodist })) {
        *error = databaseError(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const qint64 version = query.value(0).toLongLong();
    if (const auto locked
        = refuseLockedWrite(context, request.user, { query.value(1).toLongLong() })) {
        *error = *locked;
        return std::nullopt;
    }
    const QByteArray ifMatch = request.call.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        *error = HttpReply::error(428, QStringLiteral("precondition_required"),
                                  Text::tr("Send If-Match with the ETag of the lesson you read, "
                                           "so that no one else's change is overwritten."),
                                  QStringLiteral("If-Match"));
        return std::nullopt;
    }
    if (ifMatch != entityTag("lesson", *id, version)) {
        *error = HttpReply::error(412, QStringLiteral("precondition_failed"),
                                  Text::tr("The lesson was changed since you read it. Reload "
                                           "the timetable and try again."),
                                  QStringLiteral("If-Match"));
        return std::nullopt;
    }
    *lesson = *id;
    return version;
}

HttpReply deleteLesson(ApiContext &context, const ApiRequest &request)
{
    qint64 id = 0;
    HttpReply error;
    const auto version = checkLesson(context, request, &id, &error);
    if (!version)
        return error;
    const HttpReply before = lessonReply(context, id);
    QSqlQuery remove(context.db);
    if (!execQuery(remove, QStringLiteral("DELETE FROM lessons WHERE id = ? AND version = ?"),
                   { id, *version }))
        return databaseError(remove);
    // The deleted lesson, without an ETag: there is no version left to match.
    return HttpReply::json(200, QJsonDocument::fromJson(before.body).object());
}

HttpReply patchLesson(ApiContext &context, const ApiRequest &request)
{
    qint64 id = 0;
    HttpReply error;
    const auto version = checkLesson(context, request, &id, &error);
    if (!version)
        return error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (body->isEmpty())
        return validationError({}, Text::tr("The body names no field to change."));
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QLatin1String("status")) {
            return validationError(
                it.key(), Text::tr("%1 cannot be changed here. Changeable: status.").arg(it.key()));
        }
    }
    const QString status = body->value(QStringLiteral("status")).toString();
    if (!kLessonStatuses.contains(status)) {
        return validationError(
            QStringLiteral("status"),
            Text::tr("status must be one of: %1.").arg(kLessonStatuses.join(QStringLiteral(", "))));
    }
    QSqlQuery update(context.db);
    if (!execQuery(update,
                   QStringLiteral("UPDATE lessons SET status = ?, version = version + 1 WHERE "
                                  "id = ? AND version = ?"),
                   { status, id, *version }))
        return databaseError(update);
    return lessonReply(context, id);
}

} // namespace

std::vector<Route> timetableRoutes()
{
    return {
        { "GET", "/api/v1/methodists/{id}/lessons", Access::AnyUser, false, &listLessons },
        { "POST", "/api/v1/methodists/{id}/lessons", Access::AnyUser, false, &addLesson },
        { "GET", "/api/v1/methodists/{id}/lessons/{lesson_id}", Access::AnyUser, false,
          &getLesson },
        { "PATCH", "/api/v1/methodists/{id}/lessons/{lesson_id}", Access::AnyUser, false,
          &patchLesson },
        { "DELETE", "/api/v1/methodists/{id}/lessons/{lesson_id}", Access::AnyUser, false,
          &deleteLesson },
    };
}

} // namespace opc::sandbox
