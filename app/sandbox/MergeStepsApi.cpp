#include "sandbox/ApiSupport.h"
#include "sandbox/MergeLocks.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>

// The rest of what the KIDS account merge's steps touch (seed 000, issue 3): an account's
// schedule with its teacher (one ETag for the whole schedule), the requests and letters sent to
// a teacher, and paid lessons moved from one account to another.

namespace opc::sandbox {

namespace {

constexpr int kMaxSlots = 14;
constexpr int kDefaultDurationMin = 50;
constexpr int kMaxDurationMin = 240;
constexpr int kMaxMessageLength = 5000;
constexpr int kMaxSubjectLength = 200;
constexpr int kMaxLetterLength = 20000;
constexpr qint64 kMaxTransferLessons = 10000;

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

bool rowExists(ApiContext &context, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(context.db);
    return execQuery(query, sql, binds) && query.next();
}

bool accountExists(ApiContext &context, qint64 id)
{
    return rowExists(context, QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), { id });
}

bool isTeacher(ApiContext &context, qint64 id)
{
    return rowExists(
        context, QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND kind = 'teacher'"), { id });
}

HttpReply accountIdError()
{
    return validationError(QStringLiteral("account_id"),
                           Text::tr("account_id must be the id of an existing account."));
}

// A required text field of 1..max characters (not only blanks), or the 422 naming it.
std::optional<HttpReply> checkText(const QJsonObject &body, const QString &field, int max)
{
    const QJsonValue value = body.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty() || value.toString().size() > max)
        return validationError(
            field, Text::tr("%1 must be text of 1 to %2 characters.").arg(field).arg(max));
    return std::nullopt;
}

// ---- schedule -------------------------------------------------------------------------------

struct ScheduleState {
    qint64 version = 0;
    int slotCount = 0;
};

std::optional<ScheduleState> scheduleState(ApiContext &context, qint64 account)
{
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT a.schedule_version, (SELECT count(*) FROM schedules s "
                                  "WHERE s.account_id = a.id) FROM accounts a WHERE a.id = ?"),
                   { account })
        || !query.next())
        return std::nullopt;
    return ScheduleState { query.value(0).toLongLong(), query.value(1).toInt() };
}

HttpReply scheduleReply(ApiContext &context, qint64 account)
{
    const auto state = scheduleState(context, account);
    if (!state)
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT s.id, s.weekday, s.time, s.duration_min, s.teacher_id, "
                                  "t.name AS teacher_name FROM schedules s JOIN staff t ON t.id = "
                                  "s.teacher_id WHERE s.account_id = ? ORDER BY s.weekday, "
                                  "s.time, s.id"),
                   { account }))
        return databaseError(query);
    QJsonArray slotArray;
    QJsonValue teacher(QJsonValue::Null);
    while (query.next()) {
        if (teacher.isNull()) {
            teacher = QJsonObject {
                { QStringLiteral("id"), query.value(QStringLiteral("teacher_id")).toLongLong() },
                { QStringLiteral("name"), query.value(QStringLiteral("teacher_name")).toString() }
            };
        }
        slotArray.append(rowToJson(query,
                                   { QStringLiteral("id"), QStringLiteral("weekday"),
                                     QStringLiteral("time"), QStringLiteral("duration_min") }));
    }
    const QJsonObject body { { QStringLiteral("account_id"), account },
                             { QStringLiteral("teacher"), teacher },
                             { QStringLiteral("slots"), slotArray },
                             { QStringLiteral("version"), state->version } };
    return HttpReply::json(200, body).setHeader("ETag",
                                                entityTag("schedule", account, state->version));
}

HttpReply getSchedule(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    return id ? scheduleReply(context, *id) : notFound();
}

// If-Match against the schedule's ETag: required when `required`, checked whenever sent.
std::optional<HttpReply> checkScheduleMatch(const ApiRequest &request, qint64 account,
                                            const ScheduleState &state, bool required)
{
    const QByteArray ifMatch = request.call.header("If-Match").trimmed();
    if (ifMatch.isEmpty() && required) {
        return HttpReply::error(428, QStringLiteral("precondition_required"),
                                Text::tr("Send If-Match with the ETag of the schedule you read, "
                                         "so that no one else's change is overwritten."),
                                QStringLiteral("If-Match"));
    }
    if (!ifMatch.isEmpty() && ifMatch != entityTag("schedule", account, state.version)) {
        return HttpReply::error(412, QStringLiteral("precondition_failed"),
                                Text::tr("The schedule was changed since you read it. Reload it "
                                         "and try again."),
                                QStringLiteral("If-Match"));
    }
    return std::nullopt;
}

HttpReply deleteSchedule(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    const auto state = scheduleState(context, *id);
    if (!state)
        return notFound();
    if (const auto locked = refuseLockedWrite(context, request.user, { *id }))
        return *locked;
    if (const auto refused = checkScheduleMatch(request, *id, *state, true))
        return *refused;
    if (state->slotCount == 0) {
        return HttpReply::error(404, QStringLiteral("not_found"),
                                Text::tr("Account %1 has no schedule to delete.").arg(*id));
    }
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery remove(context.db);
    QSqlQuery bump(context.db);
    if (!execQuery(remove, QStringLiteral("DELETE FROM schedules WHERE account_id = ?"), { *id })
        || !execQuery(bump,
                      QStringLiteral("UPDATE accounts SET schedule_version = schedule_version + 1 "
                                     "WHERE id = ?"),
                      { *id })) {
        context.db.rollback();
        return databaseError(remove.lastError().isValid() ? remove : bump);
    }
    context.db.commit();
    return scheduleReply(context, *id);
}

struct Slot {
    int weekday = 0;
    QString time;
    int durationMin = kDefaultDurationMin;
};

std::optional<HttpReply> readSlots(const QJsonValue &value, std::vector<Slot> *out)
{
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMaxSlots) {
        return validationError(QStringLiteral("slots"),
                               Text::tr("slots must be a list of 1 to %1 lessons a week, each "
                                        "{\"weekday\": 1-7, \"time\": \"HH:MM\"}.")
                                   .arg(kMaxSlots));
    }
    static const QRegularExpression timePattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("slots[%1]").arg(i);
        if (!list.at(i).isObject())
            return validationError(at, Text::tr("%1 must be an object.").arg(at));
        const QJsonObject object = list.at(i).toObject();
        if (const auto unknown = unknownField(object,
                                              { QStringLiteral("weekday"), QStringLiteral("time"),
                                                QStringLiteral("duration_min") }))
            return unknown;
        Slot slot;
        const QJsonValue weekday = object.value(QStringLiteral("weekday"));
        slot.weekday = int(weekday.toInteger(0));
        if (!weekday.isDouble() || slot.weekday < 1 || slot.weekday > 7
            || double(slot.weekday) != weekday.toDouble()) {
            return validationError(at + QStringLiteral(".weekday"),
                                   Text::tr("weekday must be a whole number from 1 (Monday) to 7 "
                                            "(Sunday)."));
        }
        slot.time = object.value(QStringLiteral("time")).toString();
        if (!timePattern.match(slot.time).hasMatch()) {
            return validationError(at + QStringLiteral(".time"),
                                   Text::tr("time must be a time of day as HH:MM, e.g. 17:30."));
        }
        if (object.contains(QStringLiteral("duration_min"))) {
            const QJsonValue duration = object.value(QStringLiteral("duration_min"));
            slot.durationMin = int(duration.toInteger(0));
            if (!duration.isDouble() || slot.durationMin < 1 || slot.durationMin > kMaxDurationMin
                || double(slot.durationMin) != duration.toDouble()) {
                return validationError(at + QStringLiteral(".duration_min"),
                                       Text::tr("duration_min must be a whole number of minutes "
                                                "from 1 to %1.")
                                           .arg(kMaxDurationMin));
            }
        }
        for (const Slot &other : *out) {
            if (other.weekday == slot.weekday && other.time == slot.time) {
                return validationError(
                    at, Text::tr("%1 repeats a lesson already in the list.").arg(at));
            }
        }
        out->push_back(slot);
    }
    return std::nullopt;
}

// PUT replaces the whole schedule and sets its teacher. If-Match is required once a schedule
// exists; for an account without one it may be left out.
HttpReply putSchedule(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    const auto state = scheduleState(context, *id);
    if (!state)
        return notFound();
    if (const auto locked = refuseLockedWrite(context, request.user, { *id }))
        return *locked;
    if (const auto refused = checkScheduleMatch(request, *id, *state, state->slotCount > 0))
        return *refused;
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body, { QStringLiteral("teacher_id"), QStringLiteral("slots") }))
        return *unknown;
    const auto teacher = bodyId(body->value(QStringLiteral("teacher_id")));
    if (!teacher || !isTeacher(context, *teacher)) {
        return validationError(QStringLiteral("teacher_id"),
                               Text::tr("teacher_id must be the id of a teacher."));
    }
    std::vector<Slot> wanted;
    if (const auto invalid = readSlots(body->value(QStringLiteral("slots")), &wanted))
        return *invalid;

    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery remove(context.db);
    if (!execQuery(remove, QStringLiteral("DELETE FROM schedules WHERE account_id = ?"), { *id })) {
        context.db.rollback();
        return databaseError(remove);
    }
    for (const Slot &slot : wanted) {
        QSqlQuery insert(context.db);
        if (!execQuery(insert,
                       QStringLiteral("INSERT INTO schedules (account_id, teacher_id, weekday, "
                                      "time, duration_min) VALUES (?, ?, ?, ?, ?)"),
                       { *id, *teacher, slot.weekday, slot.time, slot.durationMin })) {
            context.db.rollback();
            return databaseError(insert);
        }
    }
    QSqlQuery bump(context.db);
    if (!execQuery(bump,
                   QStringLiteral("UPDATE accounts SET schedule_version = schedule_version + 1 "
                                  "WHERE id = ?"),
                   { *id })) {
        context.db.rollback();
        return databaseError(bump);
    }
    context.db.commit();
    return scheduleReply(context, *id);
}

// ---- teacher requests and letters -----------------------------------------------------------

const QStringList kTeacherRequestColumns {
    QStringLiteral("id"),      QStringLiteral("teacher_id"), QStringLiteral("account_id"),
    QStringLiteral("message"), QStringLiteral("created_by"), QStringLiteral("created_at")
};

const QStringList kLetterColumns { QStringLiteral("id"),         QStringLiteral("teacher_id"),
                                   QStringLiteral("account_id"), QStringLiteral("subject"),
                                   QStringLiteral("text"),       QStringLiteral("created_by"),
                                   QStringLiteral("created_at") };

HttpReply listTeacherItems(ApiContext &context, const ApiRequest &request, const QString &table,
                           const QStringList &columns)
{
    const auto teacher = parseId(request.params.value(0));
    if (!teacher || !isTeacher(context, *teacher))
        return notFound();
    return listOwnedRows(context.db, request.call.query, table, columns,
                         QStringLiteral("teacher_id"), *teacher);
}

HttpReply itemReply(ApiContext &context, const QString &table, const QStringList &columns,
                    const QVariant &id)
{
    QSqlQuery row(context.db);
    if (!execQuery(row,
                   QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                       .arg(columns.join(QStringLiteral(", ")), table),
                   { id })
        || !row.next())
        return databaseError(row);
    return HttpReply::json(201, rowToJson(row, columns));
}

HttpReply listTeacherRequests(ApiContext &context, const ApiRequest &request)
{
    return listTeacherItems(context, request, QStringLiteral("teacher_requests"),
                            kTeacherRequestColumns);
}

HttpReply listLetters(ApiContext &context, const ApiRequest &request)
{
    return listTeacherItems(context, request, QStringLiteral("teacher_letters"), kLetterColumns);
}

HttpReply addTeacherRequest(ApiContext &context, const ApiRequest &request)
{
    const auto teacher = parseId(request.params.value(0));
    if (!teacher || !isTeacher(context, *teacher))
        return notFound();
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body, { QStringLiteral("account_id"), QStringLiteral("message") }))
        return *unknown;
    const auto account = bodyId(body->value(QStringLiteral("account_id")));
    if (!account || !accountExists(context, *account))
        return accountIdError();
    if (const auto locked = refuseLockedWrite(context, request.user, { *account }))
        return *locked;
    if (const auto invalid = checkText(*body, QStringLiteral("message"), kMaxMessageLength))
        return *invalid;
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO teacher_requests (teacher_id, account_id, message, "
                                  "created_by, created_at) VALUES (?, ?, ?, ?, ?)"),
                   { *teacher, *account, body->value(QStringLiteral("message")).toString(),
                     request.user.id, nowText() }))
        return databaseError(insert);
    return itemReply(context, QStringLiteral("teacher_requests"), kTeacherRequestColumns,
                     insert.lastInsertId());
}

HttpReply addLetter(ApiContext &context, const ApiRequest &request)
{
    const auto teacher = parseId(request.params.value(0));
    if (!teacher || !isTeacher(context, *teacher))
        return notFound();
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(
            *body,
            { QStringLiteral("subject"), QStringLiteral("text"), QStringLiteral("account_id") }))
        return *unknown;
    const auto account = bodyId(body->value(QStringLiteral("account_id")));
    if (!account || !accountExists(context, *account))
        return accountIdError();
    if (const auto locked = refuseLockedWrite(context, request.user, { *account }))
        return *locked;
    if (const auto invalid = checkText(*body, QStringLiteral("subject"), kMaxSubjectLength))
        return *invalid;
    if (const auto invalid = checkText(*body, QStringLiteral("text"), kMaxLetterLength))
        return *invalid;
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO teacher_letters (teacher_id, account_id, subject, "
                                  "text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   { *teacher, *account, body->value(QStringLiteral("subject")).toString(),
                     body->value(QStringLiteral("text")).toString(), request.user.id, nowText() }))
        return databaseError(insert);
    return itemReply(context, QStringLiteral("teacher_letters"), kLetterColumns,
                     insert.lastInsertId());
}

// ---- paid lessons ---------------------------------------------------------------------------

const QStringList kTransferColumns {
    QStringLiteral("id"),      QStringLiteral("from_account_id"), QStringLiteral("to_account_id"),
    QStringLiteral("lessons"), QStringLiteral("created_by"),      QStringLiteral("created_at")
};

QJsonObject transferJson(ApiContext &context, const QSqlQuery &row)
{
    QJsonObject transfer = rowToJson(row, kTransferColumns);
    for (const char *side : { "from", "to" }) {
        const QString key = QLatin1String(side) + QStringLiteral("_account_id");
        QSqlQuery balance(context.db);
        if (execQuery(balance,
                      QStringLiteral("SELECT paid_lessons_balance FROM accounts WHERE id = ?"),
                      { row.value(key) })
            && balance.next())
            transfer.insert(QLatin1String(side) + QStringLiteral("_balance_after"),
                            balance.value(0).toLongLong());
    }
    return transfer;
}

HttpReply listTransfers(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QString sql = QStringLiteral("SELECT %1 FROM balance_transfers WHERE id > ?")
                      .arg(kTransferColumns.join(QStringLiteral(", ")));
    QVariantList binds { page->after };
    if (request.call.query.hasQueryItem(QStringLiteral("account_id"))) {
        const auto account = parseId(queryValue(request.call.query, QStringLiteral("account_id")));
        if (!account) {
            return validationError(QStringLiteral("account_id"),
                                   Text::tr("account_id must be an account id (digits)."));
        }
        sql += QStringLiteral(" AND (from_account_id = ? OR to_account_id = ?)");
        binds << *account << *account;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds.append(page->limit + 1);
    QSqlQuery query(context.db);
    if (!execQuery(query, sql, binds))
        return databaseError(query);
    QJsonArray rows;
    while (query.next()) {
        QJsonObject transfer = rowToJson(query, kTransferColumns);
        rows.append(transfer);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

// Moves paid lessons from one account of a student to another in one transaction. The
// dispatcher's Idempotency-Key store replays a repeated POST, so a retry never moves twice.
HttpReply addTransfer(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body,
                       { QStringLiteral("from_account_id"), QStringLiteral("to_account_id"),
                         QStringLiteral("lessons") }))
        return *unknown;
    qint64 students[2] = { 0, 0 };
    qint64 accounts[2] = { 0, 0 };
    qint64 fromBalance = 0;
    const QString fields[2]
        = { QStringLiteral("from_account_id"), QStringLiteral("to_account_id") };
    for (int i = 0; i < 2; ++i) {
        const auto id = bodyId(body->value(fields[i]));
        QSqlQuery query(context.db);
        if (!id
            || !execQuery(query,
                          QStringLiteral("SELECT student_id, paid_lessons_balance FROM accounts "
                                         "WHERE id = ?"),
                          { *id })
            || !query.next()) {
            return validationError(
                fields[i], Text::tr("%1 must be the id of an existing account.").arg(fields[i]));
        }
        accounts[i] = *id;
        students[i] = query.value(0).toLongLong();
        if (i == 0)
            fromBalance = query.value(1).toLongLong();
    }
    if (const auto locked = refuseLockedWrite(context, request.user, { accounts[0], accounts[1] }))
        return *locked;
    if (accounts[0] == accounts[1]) {
        return validationError(QStringLiteral("to_account_id"),
                               Text::tr("Paid lessons move between two different accounts."));
    }
    if (students[0] != students[1]) {
        return validationError(QStringLiteral("to_account_id"),
                               Text::tr("Paid lessons move only between accounts of the same "
                                        "student."));
    }
    const QJsonValue lessonsValue = body->value(QStringLiteral("lessons"));
    const qint64 lessons = lessonsValue.toInteger(0);
    if (!lessonsValue.isDouble() || lessons < 1 || lessons > kMaxTransferLessons
        || double(lessons) != lessonsValue.toDouble()) {
        return validationError(
            QStringLiteral("lessons"),
            Text::tr("lessons must be a whole number from 1 to %1.").arg(kMaxTransferLessons));
    }
    if (lessons > fromBalance) {
        return HttpReply::error(422, QStringLiteral("insufficient_balance"),
                                Text::tr("Account %1 has %2 paid lessons; %3 cannot be moved.")
                                    .arg(accounts[0])
                                    .arg(fromBalance)
                                    .arg(lessons),
                                QStringLiteral("lessons"));
    }
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery take(context.db);
    QSqlQuery give(context.db);
    QSqlQuery record(context.db);
    const bool moved
        = execQuery(take,
                    QStringLiteral("UPDATE accounts SET paid_lessons_balance = "
                                   "paid_lessons_balance - ?, version = version + 1 WHERE id = ? "
                                   "AND paid_lessons_balance >= ?"),
                    { lessons, accounts[0], lessons })
        && take.numRowsAffected() == 1
        && execQuery(give,
                     QStringLiteral("UPDATE accounts SET paid_lessons_balance = "
                                    "paid_lessons_balance + ?, version = version + 1 WHERE id = ?"),
                     { lessons, accounts[1] })
        && execQuery(record,
                     QStringLiteral("INSERT INTO balance_transfers (from_account_id, "
                                    "to_account_id, lessons, created_by, created_at) VALUES (?, "
                                    "?, ?, ?, ?)"),
                     { accounts[0], accounts[1], lessons, request.user.id, nowText() });
    if (!moved) {
        context.db.rollback();
        return databaseError(record.lastError().isValid()     ? record
                                 : give.lastError().isValid() ? give
                                                              : take);
    }
    context.db.commit();
    QSqlQuery row(context.db);
    if (!execQuery(row,
                   QStringLiteral("SELECT %1 FROM balance_transfers WHERE id = ?")
                       .arg(kTransferColumns.join(QStringLiteral(", "))),
                   { record.lastInsertId() })
        || !row.next())
        return databaseError(row);
    return HttpReply::json(201, transferJson(context, row));
}

} // namespace

std::vector<Route> mergeStepRoutes()
{
    return {
        { "GET", "/api/v1/accounts/{id}/schedule", Access::AnyUser, false, &getSchedule },
        { "PUT", "/api/v1/accounts/{id}/schedule", Access::AnyUser, false, &putSchedule },
        { "DELETE", "/api/v1/accounts/{id}/schedule", Access::AnyUser, false, &deleteSchedule },
        { "GET", "/api/v1/teachers/{id}/requests", Access::AnyUser, false, &listTeacherRequests },
        { "POST", "/api/v1/teachers/{id}/requests", Access::AnyUser, false, &addTeacherRequest },
        { "GET", "/api/v1/teachers/{id}/letters", Access::AnyUser, false, &listLetters },
        { "POST", "/api/v1/teachers/{id}/letters", Access::AnyUser, false, &addLetter },
        { "GET", "/api/v1/balance-transfers", Access::AnyUser, false, &listTransfers },
        { "POST", "/api/v1/balance-transfers", Access::AnyUser, false, &addTransfer },
    };
}

} // namespace opc::sandbox
