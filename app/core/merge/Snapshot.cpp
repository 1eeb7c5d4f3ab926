#include "core/merge/Snapshot.h"

#include "core/JsonFieldReader.h"

#include <QJsonArray>

namespace opc::merge {

namespace {

constexpr qint64 kMaxId = kJsonExactLimit;
constexpr qint64 kMaxCount = 2147483647;

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonObject accountJson(const Account &account)
{
    return {
        { QStringLiteral("id"), double(account.id) },
        { QStringLiteral("subject"), subjectToWire(account.subject) },
        { QStringLiteral("lessons_taken"), account.lessonsTaken },
        { QStringLiteral("kids"), account.kids },
        { QStringLiteral("linked_account_id"), double(account.linkedAccountId) },
        { QStringLiteral("request_id"), optionalId(account.requestId) },
        { QStringLiteral("child_name"), account.childName },
        { QStringLiteral("email"), account.email },
        { QStringLiteral("phone"), account.phone },
        { QStringLiteral("paid_lessons"), account.paidLessons },
        { QStringLiteral("teacher_name"), account.teacherName },
        { QStringLiteral("schedule"), account.schedule },
    };
}

Account readAccount(const QJsonObject &json, const QString &path, QString *problem)
{
    JsonFieldReader reader(json, path, problem);
    Account account;
    account.id = reader.integer(QStringLiteral("id"), 1, kMaxId);
    const QString subject = reader.text(QStringLiteral("subject"));
    if (const auto parsed = subjectFromWire(subject))
        account.subject = *parsed;
    else
        reader.fail(QStringLiteral("subject"), QStringLiteral("\"english\" or \"math\""));
    account.lessonsTaken = int(reader.integer(QStringLiteral("lessons_taken"), 0, kMaxCount));
    account.kids = reader.flag(QStringLiteral("kids"));
    account.linkedAccountId = reader.integer(QStringLiteral("linked_account_id"), 0, kMaxId);
    const QJsonValue request = json.value(QStringLiteral("request_id"));
    if (!request.isNull())
        account.requestId = reader.integer(QStringLiteral("request_id"), 1, kMaxId);
    account.childName = reader.text(QStringLiteral("child_name"));
    account.email = reader.text(QStringLiteral("email"));
    account.phone = reader.text(QStringLiteral("phone"));
    account.paidLessons = int(reader.integer(QStringLiteral("paid_lessons"), 0, kMaxCount));
    account.teacherName = reader.text(QStringLiteral("teacher_name"));
    account.schedule = reader.text(QStringLiteral("schedule"));
    return account;
}

QJsonObject requestJson(const RequestSummary &request)
{
    QJsonValue intro(QJsonValue::Null);
    if (request.introLesson) {
        intro = QJsonObject {
            { QStringLiteral("id"), double(request.introLesson->id) },
            { QStringLiteral("starts_at"),
              request.introLesson->startsAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("completed"), request.introLesson->completed },
        };
    }
    return {
        { QStringLiteral("id"), double(request.id) },
        { QStringLiteral("account_id"), double(request.accountId) },
        { QStringLiteral("status"), request.status },
        { QStringLiteral("methodist_id"), double(request.methodistId) },
        { QStringLiteral("methodist_name"), request.methodistName },
        { QStringLiteral("price_set_id"), double(request.priceSetId) },
        { QStringLiteral("region_id"), double(request.regionId) },
        { QStringLiteral("intro_lesson_report"), request.introLessonReport },
        { QStringLiteral("task_after_trial_student"), request.taskAfterTrialForStudent },
        { QStringLiteral("task_after_trial_teacher"), request.taskAfterTrialForTeacher },
        { QStringLiteral("intro_lesson"), intro },
        { QStringLiteral("latest_statuses"), QJsonArray::fromStringList(request.latestStatuses) },
        { QStringLiteral("duplicate"), request.duplicate },
    };
}

RequestSummary readRequest(const QJsonObject &json, const QString &path, QString *problem)
{
    JsonFieldReader reader(json, path, problem);
    RequestSummary request;
    request.id = reader.integer(QStringLiteral("id"), 1, kMaxId);
    request.accountId = reader.integer(QStringLiteral("account_id"), 1, kMaxId);
    request.status = reader.text(QStringLiteral("status"));
    request.methodistId = reader.integer(QStringLiteral("methodist_id"), 0, kMaxId);
    request.methodistName = reader.text(QStringLiteral("methodist_name"));
    request.priceSetId = reader.integer(QStringLiteral("price_set_id"), 0, kMaxId);
    request.regionId = reader.integer(QStringLiteral("region_id"), 0, kMaxId);
    request.introLessonReport = reader.text(QStringLiteral("intro_lesson_report"));
    request.taskAfterTrialForStudent = reader.text(QStringLiteral("task_after_trial_student"));
    request.taskAfterTrialForTeacher = reader.text(QStringLiteral("task_after_trial_teacher"));
    if (const auto intro = reader.optionalObject(QStringLiteral("intro_lesson"))) {
        JsonFieldReader lessonReader(*intro, reader.path(QStringLiteral("intro_lesson")), problem);
        IntroLesson lesson;
        lesson.id = lessonReader.integer(QStringLiteral("id"), 1, kMaxId);
        const QString startsAt = lessonReader.text(QStringLiteral("starts_at"));
        lesson.startsAt = QDateTime::fromString(startsAt, Qt::ISODateWithMs);
        if (!lesson.startsAt.isValid())
            lessonReader.fail(QStringLiteral("starts_at"), QStringLiteral("an ISO 8601 time"));
        lesson.completed = lessonReader.flag(QStringLiteral("completed"));
        request.introLesson = lesson;
    }
    const QJsonArray statuses = reader.array(QStringLiteral("latest_statuses"));
    for (const QJsonValue &status : statuses) {
        if (!status.isString())
            reader.fail(QStringLiteral("latest_statuses"), QStringLiteral("strings"));
        request.latestStatuses << status.toString();
    }
    request.duplicate = reader.flag(QStringLiteral("duplicate"));
    return request;
}

} // namespace

QJsonObject MergeSnapshot::toJson() const
{
    QJsonArray slotArray;
    for (const ScheduleSlot &slot : weeklySlots) {
        slotArray.append(QJsonObject { { QStringLiteral("weekday"), slot.weekday },
                                       { QStringLiteral("time"), slot.time },
                                       { QStringLiteral("duration_min"), slot.durationMin } });
    }
    return {
        { QStringLiteral("plan"),
          QJsonObject {
              { QStringLiteral("direction"), directionToWire(plan.direction) },
              { QStringLiteral("source"), accountJson(plan.source) },
              { QStringLiteral("target"), accountJson(plan.target) },
              { QStringLiteral("login_link_account"), accountJson(plan.loginLinkAccount) },
              { QStringLiteral("loss"), plan.loss },
          } },
        { QStringLiteral("old_request"),
          oldRequest ? QJsonValue(requestJson(*oldRequest)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reused_request_id"), optionalId(reusedRequestId) },
        { QStringLiteral("teacher_id"), double(teacherId) },
        { QStringLiteral("slots"), slotArray },
    };
}

std::optional<MergeSnapshot> MergeSnapshot::fromJson(const QJsonObject &json, QString *error)
{
    QString problem;
    JsonFieldReader reader(json, {}, &problem);
    MergeSnapshot snapshot;
    const QJsonObject plan = reader.object(QStringLiteral("plan"));
    if (reader.ok()) {
        JsonFieldReader planReader(plan, QStringLiteral("plan"), &problem);
        const QString direction = planReader.text(QStringLiteral("direction"));
        if (const auto parsed = directionFromWire(direction))
            snapshot.plan.direction = *parsed;
        else
            planReader.fail(QStringLiteral("direction"),
                            QStringLiteral("\"keep-english\" or \"keep-math\""));
        snapshot.plan.source = readAccount(planReader.object(QStringLiteral("source")),
                                           QStringLiteral("plan.source"), &problem);
        snapshot.plan.target = readAccount(planReader.object(QStringLiteral("target")),
                                           QStringLiteral("plan.target"), &problem);
        snapshot.plan.loginLinkAccount
            = readAccount(planReader.object(QStringLiteral("login_link_account")),
                          QStringLiteral("plan.login_link_account"), &problem);
        snapshot.plan.loss = planReader.text(QStringLiteral("loss"));
        if (planReader.ok() && snapshot.plan.source.id == snapshot.plan.target.id)
            planReader.fail(QStringLiteral("target.id"),
                            QStringLiteral("another account than the source"));
    }
    if (const auto old = reader.optionalObject(QStringLiteral("old_request")))
        snapshot.oldRequest = readRequest(*old, QStringLiteral("old_request"), &problem);
    if (!json.value(QStringLiteral("reused_request_id")).isNull())
        snapshot.reusedRequestId = reader.integer(QStringLiteral("reused_request_id"), 1, kMaxId);
    snapshot.teacherId = reader.integer(QStringLiteral("teacher_id"), 0, kMaxId);
    const QJsonArray weeklySlots = reader.array(QStringLiteral("slots"));
    for (int i = 0; i < weeklySlots.size(); ++i) {
        JsonFieldReader slotReader(weeklySlots.at(i).toObject(), QStringLiteral("slots[%1]").arg(i),
                                   &problem);
        if (!weeklySlots.at(i).isObject())
            reader.fail(QStringLiteral("slots[%1]").arg(i), QStringLiteral("an object"));
        ScheduleSlot slot;
        slot.weekday = int(slotReader.integer(QStringLiteral("weekday"), 1, 7));
        slot.time = slotReader.text(QStringLiteral("time"));
        slot.durationMin = int(slotReader.integer(QStringLiteral("duration_min"), 1, 24 * 60));
        snapshot.weeklySlots << slot;
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return snapshot;
}

bool operator==(const MergeSnapshot &a, const MergeSnapshot &b)
{
    return a.toJson() == b.toJson();
}

QStringList statusesToCopy(const RequestSummary &oldRequest)
{
    const qsizetype lastNew = oldRequest.latestStatuses.lastIndexOf(QStringLiteral("new"));
    QStringList statuses;
    for (qsizetype i = lastNew + 1; i < oldRequest.latestStatuses.size(); ++i) {
        const QString &status = oldRequest.latestStatuses.at(i);
        if (status == QLatin1String("duplicate") || status == QLatin1String("closed")
            || status == QLatin1String("new"))
            continue;
        if (statuses.isEmpty() || statuses.last() != status)
            statuses << status;
    }
    return statuses;
}

} // namespace opc::merge
