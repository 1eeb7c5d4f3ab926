#include "operations/merge/MergeCaseLoader.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <memory>

namespace opc::ops {

namespace {

using merge::Account;
using merge::RequestSummary;

// A readable weekly schedule, e.g. "Tue 18:00 (50 min), Fri 18:00 (50 min)".
QString scheduleText(const QJsonArray &entries, JsonFieldReader &reader)
{
    QStringList parts;
    for (int i = 0; i < entries.size(); ++i) {
        JsonFieldReader slot(entries.at(i).toObject());
        const int weekday = slot.count(QStringLiteral("weekday"));
        const QString time = slot.text(QStringLiteral("time"));
        const qint64 minutes = slot.integer(QStringLiteral("duration_min"));
        reader.adopt(QStringLiteral("schedule[%1]").arg(i), slot);
        if (weekday < 1 || weekday > 7)
            continue;
        parts << QCoreApplication::translate("opc::ops::MergeCaseLoader", "%1 %2 (%3 min)")
                     .arg(QLocale().dayName(weekday, QLocale::ShortFormat), time)
                     .arg(minutes);
    }
    return parts.join(QStringLiteral(", "));
}

struct AccountDetail {
    Account account;
    QList<qint64> requestIds;
    QJsonArray lessons;
};

struct LoadState {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr; // delivery stops with it, so it is alive when used
    std::function<void(const MergeCaseLoad &)> done;
    bool finished = false;
    int pending = 0;
    MergeCaseLoad result;
    QString studentEmail;
    QString studentPhone;
    QJsonObject firstAccount; // the detail of the account asked for, read before the student
    QList<qint64> accountOrder; // as the student lists them
    QMap<qint64, AccountDetail> accounts;
    QMap<qint64, RequestSummary> requests;
};

using State = std::shared_ptr<LoadState>;

void finish(const State &state)
{
    if (state->finished)
        return;
    state->finished = true;
    state->done(state->result);
}

void fail(const State &state, MergeCaseLoad::Failure failure, const QString &message,
          const std::optional<crm::CrmError> &error = std::nullopt)
{
    state->result.failure = failure;
    state->result.message = message;
    state->result.error = error;
    finish(state);
}

void failMalformed(const State &state, int httpStatus, const QString &what, const QString &why)
{
    const crm::CrmError error = crm::malformedResponse(httpStatus, why, what);
    fail(state, MergeCaseLoad::Failure::Malformed,
         QCoreApplication::translate(
             "opc::ops::MergeCaseLoader",
             "The CRM's answer to %1 could not be read (%2). Report this to the CRM team.")
             .arg(what, why),
         error);
}

// The account's current request: the newest one not marked duplicate, else the newest.
std::optional<qint64> currentRequest(const AccountDetail &detail,
                                     const QMap<qint64, RequestSummary> &requests)
{
    std::optional<qint64> newest;
    std::optional<qint64> newestLive;
    for (qint64 id : detail.requestIds) {
        if (!newest || id > *newest)
            newest = id;
        if (!requests.value(id).duplicate && (!newestLive || id > *newestLive))
            newestLive = id;
    }
    return newestLive ? newestLive : newest;
}

void completeIfDone(const State &state)
{
    if (state->finished || state->pending > 0)
        return;
    merge::MergeCase mergeCase;
    for (qint64 id : std::as_const(state->accountOrder)) {
        AccountDetail detail = state->accounts.value(id);
        detail.account.requestId = currentRequest(detail, state->requests);
        mergeCase.accounts.append(detail.account);
        for (qint64 requestId : std::as_const(detail.requestIds))
            mergeCase.requests.append(state->requests.value(requestId));
    }
    state->result.mergeCase = mergeCase;
    finish(state);
}

void readRequest(const State &state, qint64 accountId, qint64 requestId,
                 const crm::CrmResult &answer)
{
    if (state->finished)
        return;
    --state->pending;
    const QString what = QStringLiteral("GET /api/v1/requests/%1").arg(requestId);
    if (!answer.ok()) {
        fail(state, MergeCaseLoad::Failure::Crm,
             QCoreApplication::translate(
                 "opc::ops::MergeCaseLoader",
                 "Request %1 of account %2 could not be read from the CRM: %3")
                 .arg(requestId)
                 .arg(accountId)
                 .arg(answer.error->message),
             answer.error);
        return;
    }
    JsonFieldReader reader(answer.body.toObject());
    RequestSummary request;
    request.id = reader.integer(QStringLiteral("id"));
    request.accountId = reader.integer(QStringLiteral("account_id"));
    request.status = reader.text(QStringLiteral("status"));
    request.duplicate = reader.flag(QStringLiteral("is_duplicate"));
    if (const auto methodist = reader.objectOrNull(QStringLiteral("methodist"))) {
        JsonFieldReader inner(*methodist);
        request.methodistId = inner.integer(QStringLiteral("id"));
        request.methodistName = inner.text(QStringLiteral("name"));
        reader.adopt(QStringLiteral("methodist"), inner);
    }
    if (const auto priceSet = reader.objectOrNull(QStringLiteral("price_set"))) {
        JsonFieldReader inner(*priceSet);
        request.priceSetId = inner.integer(QStringLiteral("id"));
        reader.adopt(QStringLiteral("price_set"), inner);
    }
    if (const auto region = reader.objectOrNull(QStringLiteral("region"))) {
        JsonFieldReader inner(*region);
        request.regionId = inner.integer(QStringLiteral("id"));
        reader.adopt(QStringLiteral("region"), inner);
    }
    request.introLessonReport = reader.text(QStringLiteral("intro_lesson_report"));
    request.taskAfterTrialForStudent = reader.text(QStringLiteral("task_after_trial_student"));
    request.taskAfterTrialForTeacher = reader.text(QStringLiteral("task_after_trial_teacher"));
    const QJsonArray history = reader.array(QStringLiteral("status_history"));
    QList<std::pair<QString, QString>> changes; // changed_at, status
    for (int i = 0; i < history.size(); ++i) {
        JsonFieldReader entry(history.at(i).toObject());
        const QString status = entry.text(QStringLiteral("status"));
        const QString changedAt = entry.text(QStringLiteral("changed_at"));
        reader.adopt(QStringLiteral("status_history[%1]").arg(i), entry);
        changes.append({ changedAt, status });
    }
    // ISO 8601 UTC text sorts by time; stable so equal times keep the CRM's order.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &change : std::as_const(changes))
        request.latestStatuses << change.second;

    if (reader.problem().isEmpty() && (request.id != requestId || request.accountId != accountId))
        reader.fail(QStringLiteral("id"),
                    QStringLiteral("request %1 of account %2").arg(requestId).arg(accountId));
    if (!reader.problem().isEmpty()) {
        failMalformed(state, answer.httpStatus, what, reader.problem());
        return;
    }

    // The intro lesson is the one the request's methodist gave on this account.
    const QJsonArray lessons = state->accounts.value(accountId).lessons;
    for (const QJsonValue &value : lessons) {
        const QJsonObject lesson = value.toObject();
        if (request.methodistId == 0
            || lesson.value(QLatin1String("kind")).toString() != QLatin1String("intro")
            || lesson.value(QLatin1String("staff_id")).toDouble() != double(request.methodistId))
            continue;
        merge::IntroLesson intro;
        intro.id = qint64(lesson.value(QLatin1String("id")).toDouble());
        intro.startsAt = QDateTime::fromString(lesson.value(QLatin1String("starts_at")).toString(),
                                               Qt::ISODateWithMs);
        intro.completed
            = lesson.value(QLatin1String("status")).toString() == QLatin1String("completed");
        request.introLesson = intro;
        break;
    }
    state->requests.insert(requestId, request);
    completeIfDone(state);
}

// Parses one account's detail and asks for its requests. The student must be known.
void readAccount(const State &state, qint64 accountId, const QJsonObject &json, int httpStatus)
{
    const QString what = QStringLiteral("GET /api/v1/accounts/%1").arg(accountId);
    JsonFieldReader reader(json);
    AccountDetail detail;
    Account &account = detail.account;
    account.id = reader.integer(QStringLiteral("id"));
    const QString subject = reader.text(QStringLiteral("subject"));
    const QString product = reader.text(QStringLiteral("product"));
    account.lessonsTaken = reader.count(QStringLiteral("lessons_taken"));
    account.linkedAccountId = reader.integerOrNull(QStringLiteral("linked_account_id"));
    account.paidLessons = reader.count(QStringLiteral("paid_lessons_balance"));
    const QJsonArray schedule = reader.array(QStringLiteral("schedule"));
    detail.lessons = reader.array(QStringLiteral("lessons"));
    const QJsonArray requestIds = reader.array(QStringLiteral("request_ids"));
    for (const QJsonValue &id : requestIds) {
        const std::optional<qint64> requestId = wholeNumber(id, 1, kJsonExactLimit);
        if (!requestId) {
            reader.fail(QStringLiteral("request_ids"), QStringLiteral("whole numbers"));
            continue;
        }
        detail.requestIds << *requestId;
    }
    account.schedule = scheduleText(schedule, reader);
    if (!schedule.isEmpty())
        account.teacherName
            = schedule.first().toObject().value(QLatin1String("teacher_name")).toString();
    const std::optional<merge::Subject> parsedSubject = merge::subjectFromWire(subject);
    if (!parsedSubject)
        reader.fail(QStringLiteral("subject"), QStringLiteral("\"english\" or \"math\""));
    if (account.id != accountId)
        reader.fail(QStringLiteral("id"), QString::number(accountId));
    if (!reader.problem().isEmpty()) {
        failMalformed(state, httpStatus, what, reader.problem());
        return;
    }
    account.subject = *parsedSubject;
    // KIDS is the student's product; every account of theirs must carry it too.
    account.kids = state->result.studentIsKids && product == QLatin1String("kids");
    account.childName = state->result.studentName;
    account.email = state->studentEmail;
    account.phone = state->studentPhone;
    state->accounts.insert(accountId, detail);

    for (qint64 requestId : std::as_const(detail.requestIds)) {
        ++state->pending;
        state->client->get(QStringLiteral("/api/v1/requests/%1").arg(requestId), state->context,
                           [state, accountId, requestId](const crm::CrmResult &answer) {
                               readRequest(state, accountId, requestId, answer);
                           });
    }
}

void readOtherAccount(const State &state, qint64 accountId, const crm::CrmResult &answer)
{
    if (state->finished)
        return;
    --state->pending;
    if (!answer.ok()) {
        fail(state, MergeCaseLoad::Failure::Crm,
             QCoreApplication::translate(
                 "opc::ops::MergeCaseLoader",
                 "Account %1 of the same student could not be read from the CRM: %2")
                 .arg(accountId)
                 .arg(answer.error->message),
             answer.error);
        return;
    }
    readAccount(state, accountId, answer.body.toObject(), answer.httpStatus);
    if (!state->finished)
        completeIfDone(state);
}

void readStudent(const State &state, qint64 studentId, const crm::CrmResult &answer)
{
    if (state->finished)
        return;
    const qint64 accountId = state->result.accountId;
    const QString what = QStringLiteral("GET /api/v1/students/%1").arg(studentId);
    if (!answer.ok()) {
        fail(state, MergeCaseLoad::Failure::Crm,
             QCoreApplication::translate(
                 "opc::ops::MergeCaseLoader",
                 "Student %1 of account %2 could not be read from the CRM: %3")
                 .arg(studentId)
                 .arg(accountId)
                 .arg(answer.error->message),
             answer.error);
        return;
    }
    JsonFieldReader reader(answer.body.toObject());
    state->result.studentName = reader.text(QStringLiteral("name"));
    state->studentEmail = reader.text(QStringLiteral("email"));
    state->studentPhone = reader.text(QStringLiteral("phone"));
    state->result.studentIsKids = reader.flag(QStringLiteral("is_kids"));
    const QJsonArray accounts = reader.array(QStringLiteral("accounts"));
    for (int i = 0; i < accounts.size(); ++i) {
        JsonFieldReader summary(accounts.at(i).toObject());
        const qint64 id = summary.integer(QStringLiteral("id"));
        reader.adopt(QStringLiteral("accounts[%1]").arg(i), summary);
        if (!state->accountOrder.contains(id))
            state->accountOrder << id;
    }
    if (reader.problem().isEmpty() && !state->accountOrder.contains(accountId)) {
        failMalformed(state, answer.httpStatus, what,
                      QStringLiteral("accounts: account %1 is not listed").arg(accountId));
        return;
    }
    if (!reader.problem().isEmpty()) {
        failMalformed(state, answer.httpStatus, what, reader.problem());
        return;
    }

    // The other accounts are read in parallel; the one asked for is already here.
    ++state->pending; // holds completion until every request below is sent
    readAccount(state, accountId, state->firstAccount, 200);
    for (qint64 id : std::as_const(state->accountOrder)) {
        if (state->finished || id == accountId)
            continue;
        ++state->pending;
        state->client->get(
            QStringLiteral("/api/v1/accounts/%1").arg(id), state->context,
            [state, id](const crm::CrmResult &result) { readOtherAccount(state, id, result); });
    }
    --state->pending;
    completeIfDone(state);
}

} // namespace

void loadMergeCase(crm::CrmClient *client, qint64 accountId, QObject *context,
                   std::function<void(const MergeCaseLoad &)> done)
{
    auto state = std::make_shared<LoadState>();
    state->client = client;
    state->context = context;
    state->done = std::move(done);
    state->result.accountId = accountId;

    client->get(QStringLiteral("/api/v1/accounts/%1").arg(accountId), context,
                [state, accountId](const crm::CrmResult &answer) {
                    if (!answer.ok()) {
                        if (answer.error->kind == crm::ErrorKind::NotFound) {
                            fail(state, MergeCaseLoad::Failure::UnknownAccount,
                                 QCoreApplication::translate(
                                     "opc::ops::MergeCaseLoader",
                                     "No account %1 in the CRM. Check the account id.")
                                     .arg(accountId),
                                 answer.error);
                        } else {
                            fail(state, MergeCaseLoad::Failure::Crm,
                                 QCoreApplication::translate(
                                     "opc::ops::MergeCaseLoader",
                                     "Account %1 could not be read from the CRM: %2")
                                     .arg(accountId)
                                     .arg(answer.error->message),
                                 answer.error);
                        }
                        return;
                    }
                    state->firstAccount = answer.body.toObject();
                    JsonFieldReader reader(state->firstAccount);
                    const qint64 studentId = reader.integer(QStringLiteral("student_id"));
                    if (!reader.problem().isEmpty()) {
                        failMalformed(state, answer.httpStatus,
                                      QStringLiteral("GET /api/v1/accounts/%1").arg(accountId),
                                      reader.problem());
                        return;
                    }
                    state->result.studentId = studentId;
                    state->client->get(QStringLiteral("/api/v1/students/%1").arg(studentId),
                                       state->context,
                                       [state, studentId](const crm::CrmResult &result) {
                                           readStudent(state, studentId, result);
                                       });
                });
}

} // namespace opc::ops
