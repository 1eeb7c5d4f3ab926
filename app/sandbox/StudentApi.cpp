#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

#include <QRegularExpression>

// Students and their accounts (one account per subject): search, a student, an account.

namespace opc::sandbox {

namespace {

constexpr int kMaxQueryLength = 200;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QList<qint64> accountIdsOf(ApiContext &context, qint64 studentId)
{
    QList<qint64> ids;
    QSqlQuery query(context.db);
    execQuery(query, QStringLiteral("SELECT id FROM accounts WHERE student_id = ? ORDER BY id"),
              { studentId });
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QJsonObject studentJson(const QSqlQuery &query)
{
    QJsonObject student = rowToJson(
        query,
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
          QStringLiteral("email"), QStringLiteral("parent_name"), QStringLiteral("created_at") });
    student.insert(QStringLiteral("is_kids"), query.value(QStringLiteral("is_kids")).toBool());
    return student;
}

// Account id, student id, phone digits, or a part of the name / e-mail (any case, any script).
bool matches(const QSqlQuery &row, const QList<qint64> &accountIds, const QString &text)
{
    static const QRegularExpression numberLike(QStringLiteral("^[0-9+()\\- ]+$"));
    if (numberLike.match(text).hasMatch()) {
        const QString digits = digitsOf(text);
        if (digits.size() <= 18 && !digits.isEmpty()
            && (accountIds.contains(digits.toLongLong())
                || row.value(QStringLiteral("id")).toLongLong() == digits.toLongLong()))
            return true;
        return digits.size() >= 4
            && digitsOf(row.value(QStringLiteral("phone")).toString()).contains(digits);
    }
    for (const char *column : { "name", "email", "parent_name" }) {
        if (row.value(QLatin1String(column)).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

HttpReply listStudents(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    const QString text = queryValue(request.call.query, QStringLiteral("query")).trimmed();
    if (text.size() > kMaxQueryLength) {
        return validationError(
            QStringLiteral("query"),
            Text::tr("query must be at most %1 characters.").arg(kMaxQueryLength));
    }
    // The filter runs here rather than in SQL: SQLite's LIKE folds only ASCII case, and
    // students' names are mostly Cyrillic.
    QSqlQuery query(context.db);
    if (!execQuery(query, QStringLiteral("SELECT * FROM students WHERE id > ? ORDER BY id"),
                   { page->after }))
        return databaseError(query);
    QJsonArray rows;
    while (rows.size() <= page->limit && query.next()) {
        const qint64 id = query.value(QStringLiteral("id")).toLongLong();
        const QList<qint64> accounts = accountIdsOf(context, id);
        if (!text.isEmpty() && !matches(query, accounts, text))
            continue;
        QJsonObject student = studentJson(query);
        QJsonArray ids;
        for (qint64 account : accounts)
            ids.append(account);
        student.insert(QStringLiteral("account_ids"), ids);
        rows.append(student);
    }
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

const QStringList kAccountColumns { QStringLiteral("id"),
                                    QStringLiteral("student_id"),
                                    QStringLiteral("subject"),
                                    QStringLiteral("product"),
                                    QStringLiteral("status"),
                                    QStringLiteral("linked_account_id"),
                                    QStringLiteral("lessons_taken"),
                                    QStringLiteral("paid_lessons_balance"),
                                    QStringLiteral("created_at"),
                                    QStringLiteral("version") };

QJsonObject accountJson(const QSqlQuery &query)
{
    QJsonObject account = rowToJson(query, kAccountColumns);
    account.insert(QStringLiteral("login_link_allowed"),
                   query.value(QStringLiteral("login_link_allowed")).toBool());
    // The seed's "paid lessons" (the balance the merge moves); same value as paid_lessons_balance.
    account.insert(QStringLiteral("paid_lessons"),
                   query.value(QStringLiteral("paid_lessons_balance")).toLongLong());
    account.insert(QStringLiteral("is_empty"),
                   query.value(QStringLiteral("lessons_taken")).toLongLong() == 0);
    return account;
}

HttpReply getStudent(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query, QStringLiteral("SELECT * FROM students WHERE id = ?"), { *id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    QJsonObject student = studentJson(query);
    const qint64 version = query.value(QStringLiteral("version")).toLongLong();
    student.insert(QStringLiteral("version"), version);
    QSqlQuery accounts(context.db);
    if (!execQuery(accounts,
                   QStringLiteral("SELECT * FROM accounts WHERE student_id = ? ORDER BY id"),
                   { *id }))
        return databaseError(accounts);
    QJsonArray list;
    while (accounts.next())
        list.append(accountJson(accounts));
    student.insert(QStringLiteral("accounts"), list);
    return HttpReply::json(200, student).setHeader("ETag", entityTag("student", *id, version));
}

HttpReply getAccount(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery query(context.db);
    if (!execQuery(query, QStringLiteral("SELECT * FROM accounts WHERE id = ?"), { *id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    QJsonObject account = accountJson(query);
    const qint64 version = query.value(QStringLiteral("version")).toLongLong();

    QSqlQuery schedule(context.db);
    execQuery(schedule,
              QStringLiteral("SELECT s.id, s.weekday, s.time, s.duration_min, s.teacher_id, "
                             "t.name AS teacher_name FROM schedules s JOIN staff t ON "
                             "t.id = s.teacher_id WHERE s.account_id = ? ORDER BY s.id"),
              { *id });
    QJsonArray timeSlots;
    while (schedule.next()) {
        timeSlots.append(
            rowToJson(schedule,
                      { QStringLiteral("id"), QStringLiteral("weekday"), QStringLiteral("time"),
                        QStringLiteral("duration_min"), QStringLiteral("teacher_id"),
                        QStringLiteral("teacher_name") }));
    }
    account.insert(QStringLiteral("schedule"), timeSlots);

    QSqlQuery lessons(context.db);
    execQuery(lessons,
              QStringLiteral("SELECT l.id, l.kind, l.status, l.starts_at, l.staff_id, "
                             "s.name AS staff_name, s.kind AS staff_kind FROM lessons l JOIN "
                             "staff s ON s.id = l.staff_id WHERE l.account_id = ? ORDER BY "
                             "l.starts_at, l.id"),
              { *id });
    QJsonArray lessonList;
    while (lessons.next()) {
        lessonList.append(
            rowToJson(lessons,
                      { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("status"),
                        QStringLiteral("starts_at"), QStringLiteral("staff_id"),
                        QStringLiteral("staff_name"), QStringLiteral("staff_kind") }));
    }
    account.insert(QStringLiteral("lessons"), lessonList);

    QSqlQuery requests(context.db);
    execQuery(requests, QStringLiteral("SELECT id FROM requests WHERE account_id = ? ORDER BY id"),
              { *id });
    QJsonArray requestIds;
    while (requests.next())
        requestIds.append(requests.value(0).toLongLong());
    account.insert(QStringLiteral("request_ids"), requestIds);
    return HttpReply::json(200, account).setHeader("ETag", entityTag("account", *id, version));
}

} // namespace

std::vector<Route> studentRoutes()
{
    return {
        { "GET", "/api/v1/students", Access::AnyUser, false, &listStudents },
        { "GET", "/api/v1/students/{id}", Access::AnyUser, false, &getStudent },
        { "GET", "/api/v1/accounts/{id}", Access::AnyUser, false, &getAccount },
    };
}

} // namespace opc::sandbox
