#include "operations/merge/MergeSteps.h"

#include "core/merge/Preview.h"
#include "crm/CrmClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace opc::ops {

namespace {

using merge::StepId;

constexpr int kPageLimit = 200;

// The strings of this file, under one translation context that lupdate also sees.
struct MergeStepsText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::MergeSteps)
};

qint64 idOf(const QJsonValue &value)
{
    return value.toInteger(0);
}

// The id inside a reference such as "price_set": {"id": 3, "name": …}; 0 for null.
qint64 refId(const QJsonObject &object, const QString &key)
{
    return idOf(object.value(key).toObject().value(QStringLiteral("id")));
}

QString requestPath(qint64 id)
{
    return QStringLiteral("/api/v1/requests/%1").arg(id);
}

// Fields a concurrent change shows in; bookkeeping fields are left out of the comparison.
QStringList changedFields(const QJsonObject &before, const QJsonObject &now)
{
    static const QStringList ignored { QStringLiteral("version"), QStringLiteral("updated_at"),
                                       QStringLiteral("comments"),
                                       QStringLiteral("status_history") };
    QStringList keys = before.keys() + now.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key) || before.value(key) == now.value(key))
            continue;
        const auto text = [](const QJsonValue &value) {
            if (value.isObject())
                return value.toObject().value(QStringLiteral("name")).toVariant().toString();
            return value.toVariant().toString();
        };
        changes << QStringLiteral("%1: %2 → %3")
                       .arg(key, text(before.value(key)), text(now.value(key)));
    }
    return changes;
}

// One run of one step: the chain of CRM calls and the single delivery of its outcome.
class StepTask final : public std::enable_shared_from_this<StepTask> {
public:
    StepTask(StepId stepId, StepEnvironment environment,
             std::function<void(const StepOutcome &)> done)
        : step(stepId), env(std::move(environment)), m_done(std::move(done))
    {
        outcome.facts = env.facts;
    }

    using OnOk = std::function<void(const crm::CrmResult &)>;
    // Return true when the error was handled and the step goes on.
    using OnError = std::function<bool(const crm::CrmResult &)>;

    // Sends `request`; an error ends the step as failed unless `onError` handles it.
    void send(crm::CrmRequest request, OnOk onOk, OnError onError = {})
    {
        request.timeoutMs = env.requestTimeoutMs;
        auto self = shared_from_this();
        const crm::CrmRequest sent = request;
        env.client->send(request, env.context,
                         [self, sent, onOk = std::move(onOk),
                          onError = std::move(onError)](const crm::CrmResult &result) {
                             if (self->m_finished)
                                 return;
                             if (result.ok()) {
                                 if (sent.method == "GET")
                                     self->m_read.insert(sent.path, result.body.toObject());
                                 onOk(result);
                                 return;
                             }
                             if (onError && onError(result))
                                 return;
                             self->failCall(sent, result);
                         });
    }
    void get(const QString &path, OnOk onOk, const QUrlQuery &query = {})
    {
        crm::CrmRequest request;
        request.path = path;
        request.query = query;
        send(request, std::move(onOk));
    }
    // A POST whose key is the same on every attempt, retry and resume of this step.
    void post(const QString &path, const QJsonObject &body, const QString &purpose, OnOk onOk,
              OnError onError = {})
    {
        crm::CrmRequest request;
        request.method = "POST";
        request.path = path;
        request.body = body;
        request.idempotencyKey = QStringLiteral("%1:%2:%3")
                                     .arg(env.operationId, merge::stepIdToWire(step), purpose)
                                     .toUtf8();
        send(request, std::move(onOk), std::move(onError));
    }
    // PATCH, PUT or DELETE of what was just read, with that read's ETag.
    void change(const QByteArray &method, const QString &path, const QByteArray &etag,
                const std::optional<QJsonObject> &body, OnOk onOk)
    {
        crm::CrmRequest request;
        request.method = method;
        request.path = path;
        request.ifMatch = etag;
        if (body)
            request.body = *body;
        changed = true; // an attempt may have taken effect even if its answer is lost
        send(request, std::move(onOk));
    }
    // Reads every page of a listing, then hands over all items.
    void getAll(const QString &path, const QUrlQuery &query,
                std::function<void(const QJsonArray &)> onItems,
                std::shared_ptr<QJsonArray> items = std::make_shared<QJsonArray>())
    {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
        getPage(path, pageQuery, std::move(onItems), std::move(items));
    }

    void fail(const QString &message, const std::optional<crm::CrmError> &error = std::nullopt)
    {
        outcome.state = merge::StepState::Failed;
        outcome.message = message;
        outcome.error = error;
        deliver();
    }
    void finish(const QString &message = {})
    {
        outcome.state = changed ? merge::StepState::Done : merge::StepState::Skipped;
        outcome.message = message;
        deliver();
    }

    const StepId step;
    StepEnvironment env;
    StepOutcome outcome;
    bool changed = false;

private:
    void getPage(const QString &path, const QUrlQuery &query,
                 std::function<void(const QJsonArray &)> onItems, std::shared_ptr<QJsonArray> items)
    {
        auto self = shared_from_this();
        get(
            path,
            [self, path, query, onItems = std::move(onItems), items](const crm::CrmResult &page) {
                const QJsonObject body = page.body.toObject();
                for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
                    items->append(item);
                const QString next = body.value(QStringLiteral("next_cursor")).toString();
                if (next.isEmpty()) {
                    onItems(*items);
                    return;
                }
                QUrlQuery nextQuery = query;
                nextQuery.removeAllQueryItems(QStringLiteral("cursor"));
                nextQuery.addQueryItem(QStringLiteral("cursor"), next);
                self->getPage(path, nextQuery, onItems, items);
            },
            query);
    }

    void failCall(const crm::CrmRequest &request, const crm::CrmResult &result)
    {
        const crm::CrmError &error = *result.error;
        const QString call
            = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path);
        if (error.kind != crm::ErrorKind::PreconditionFailed || !m_read.contains(request.path)) {
            fail(MergeStepsText::tr("%1 (%2)").arg(error.message, call), error);
            return;
        }
        // Someone changed the entity between this step's read and its write: show them what.
        auto self = shared_from_this();
        const QJsonObject before = m_read.value(request.path);
        crm::CrmRequest reread;
        reread.path = request.path;
        reread.timeoutMs = env.requestTimeoutMs;
        env.client->send(
            reread, env.context, [self, before, error, call](const crm::CrmResult &now) {
                const QStringList changes
                    = now.ok() ? changedFields(before, now.body.toObject()) : QStringList();
                self->fail(MergeStepsText::tr(
                               "Someone else changed this in the CRM while the step ran (%1): %2. "
                               "Retry reads it again and continues from the new state.")
                               .arg(call,
                                    changes.isEmpty()
                                        ? MergeStepsText::tr("the change could not be read back")
                                        : changes.join(QStringLiteral("; "))),
                           error);
            });
    }

    void deliver()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_done(outcome);
    }

    std::function<void(const StepOutcome &)> m_done;
    QHash<QString, QJsonObject> m_read; // the last GET of each path, to explain a 412
    bool m_finished = false;
};

using Task = std::shared_ptr<StepTask>;

qint64 newRequestId(const Task &task)
{
    return idOf(task->outcome.facts.value(fact::newRequestId));
}

// The texts the preview showed, rebuilt from the frozen snapshot with the new request's id.
QList<merge::WrittenText> previewTexts(const Task &task, StepId step)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    merge::MergeCase mergeCase;
    mergeCase.accounts << snapshot.plan.source << snapshot.plan.target;
    if (snapshot.oldRequest)
        mergeCase.requests << *snapshot.oldRequest;
    const QList<merge::StepPreview> preview
        = merge::buildPreview(mergeCase, snapshot.plan, newRequestId(task));
    for (const merge::StepPreview &stepPreview : preview) {
        if (stepPreview.step == step)
            return stepPreview.texts;
    }
    return {};
}

QString textOf(const QList<merge::WrittenText> &texts, merge::WrittenText::Kind kind, int nth = 0)
{
    for (const merge::WrittenText &text : texts) {
        if (text.kind == kind && nth-- == 0)
            return text.text;
    }
    return {};
}

// ---- create-request -------------------------------------------------------------------------

void createLoginLink(const Task &task)
{
    const qint64 account = task->env.snapshot.plan.loginLinkAccount.id;
    task->post(QStringLiteral("/api/v1/accounts/%1/login-link").arg(account), {},
               QStringLiteral("login-link"), [task](const crm::CrmResult &link) {
                   task->outcome.facts.insert(fact::loginLink,
                                              link.body.toObject().value(QStringLiteral("url")));
                   task->outcome.after.insert(QStringLiteral("login_link_account_id"),
                                              double(task->env.snapshot.plan.loginLinkAccount.id));
                   task->finish();
               });
}

void useRequest(const Task &task, qint64 id, bool created)
{
    task->outcome.facts.insert(fact::newRequestId, double(id));
    task->outcome.before.insert(QStringLiteral("target_request_id"), QJsonValue::Null);
    task->outcome.after.insert(QStringLiteral("target_request_id"), double(id));
    task->changed = task->changed || created;
    createLoginLink(task);
}

void createRequest(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (snapshot.reusedRequestId) {
        // Reused, never duplicated: the target's own request takes the data.
        useRequest(task, *snapshot.reusedRequestId, false);
        return;
    }
    const merge::Account &target = snapshot.plan.target;
    const merge::Account &contact = snapshot.plan.loginLinkAccount;
    const QJsonObject body { { QStringLiteral("account_id"), double(target.id) },
                             { QStringLiteral("email"), contact.email },
                             { QStringLiteral("phone"), contact.phone },
                             { QStringLiteral("child_name"), contact.childName } };
    task->post(
        QStringLiteral("/api/v1/requests"), body, QStringLiteral("request"),
        [task](const crm::CrmResult &created) {
            useRequest(task, idOf(created.body.toObject().value(QStringLiteral("id"))), true);
        },
        [task, target](const crm::CrmResult &refused) {
            if (refused.error->code != QLatin1String("request_exists"))
                return false;
            // The target got an open request since the merge was registered: reuse it.
            task->get(
                QStringLiteral("/api/v1/accounts/%1").arg(target.id),
                [task](const crm::CrmResult &account) {
                    qint64 newest = 0;
                    for (const QJsonValue &id :
                         account.body.toObject().value(QStringLiteral("request_ids")).toArray())
                        newest = std::max(newest, idOf(id));
                    useRequest(task, newest, false);
                });
            return true;
        });
}

// ---- move-intro-lesson ----------------------------------------------------------------------

void moveIntroLesson(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (!snapshot.oldRequest || !snapshot.oldRequest->introLesson
        || snapshot.oldRequest->methodistId == 0) {
        task->finish(
            MergeStepsText::tr("The old request has no intro lesson; there is nothing to move."));
        return;
    }
    const qint64 methodist = snapshot.oldRequest->methodistId;
    const merge::IntroLesson intro = *snapshot.oldRequest->introLesson;
    const qint64 source = snapshot.plan.source.id;
    const qint64 target = snapshot.plan.target.id;
    const QString lessons = QStringLiteral("/api/v1/methodists/%1/lessons").arg(methodist);
    task->outcome.before = { { QStringLiteral("lesson_id"), double(intro.id) },
                             { QStringLiteral("account_id"), double(source) } };

    // Delete the old lesson (if still there), then add the completed one on the target.
    const auto addNew = [task, lessons, target, intro]() {
        task->getAll(
            lessons, QUrlQuery { { QStringLiteral("account_id"), QString::number(target) } },
            [task, lessons, target, intro](const QJsonArray &items) {
                for (const QJsonValue &value : items) {
                    const QJsonObject lesson = value.toObject();
                    // Ours is the intro lesson at the old one's time; another intro lesson of
                    // the target is not touched.
                    const QDateTime startsAt = QDateTime::fromString(
                        lesson.value(QStringLiteral("starts_at")).toString(), Qt::ISODateWithMs);
                    if (lesson.value(QStringLiteral("kind")).toString() != QLatin1String("intro")
                        || startsAt != intro.startsAt)
                        continue;
                    const qint64 id = idOf(lesson.value(QStringLiteral("id")));
                    task->outcome.after
                        = { { QStringLiteral("lesson_id"), double(id) },
                            { QStringLiteral("account_id"), double(target) },
                            { QStringLiteral("status"), QStringLiteral("completed") } };
                    if (lesson.value(QStringLiteral("status")).toString()
                        == QLatin1String("completed")) {
                        task->finish();
                        return;
                    }
                    const QString path = QStringLiteral("%1/%2").arg(lessons).arg(id);
                    task->get(path, [task, path](const crm::CrmResult &read) {
                        task->change("PATCH", path, read.etag,
                                     QJsonObject { { QStringLiteral("status"),
                                                     QStringLiteral("completed") } },
                                     [task](const crm::CrmResult &) { task->finish(); });
                    });
                    return;
                }
                const QJsonObject body {
                    { QStringLiteral("account_id"), double(target) },
                    { QStringLiteral("kind"), QStringLiteral("intro") },
                    { QStringLiteral("starts_at"),
                      intro.startsAt.toUTC().toString(Qt::ISODateWithMs) },
                    { QStringLiteral("status"), QStringLiteral("completed") },
                };
                task->changed = true;
                task->post(
                    lessons, body, QStringLiteral("add"),
                    [task, target](const crm::CrmResult &added) {
                        task->outcome.after
                            = { { QStringLiteral("lesson_id"),
                                  double(idOf(added.body.toObject().value(QStringLiteral("id")))) },
                                { QStringLiteral("account_id"), double(target) },
                                { QStringLiteral("status"), QStringLiteral("completed") } };
                        task->finish();
                    });
            });
    };
    const QString oldPath = QStringLiteral("%1/%2").arg(lessons).arg(intro.id);
    crm::CrmRequest readOld;
    readOld.path = oldPath;
    task->send(
        readOld,
        [task, oldPath, addNew](const crm::CrmResult &read) {
            task->change("DELETE", oldPath, read.etag, std::nullopt,
                         [addNew](const crm::CrmResult &) { addNew(); });
        },
        [addNew](const crm::CrmResult &missing) {
            if (missing.error->kind != crm::ErrorKind::NotFound)
                return false;
            addNew(); // already deleted, by an earlier attempt or by hand
            return true;
        });
}

// ---- copy-reports ---------------------------------------------------------------------------

void copyReports(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (!snapshot.oldRequest) {
        task->finish(MergeStepsText::tr("There is no old request to copy reports from."));
        return;
    }
    const merge::RequestSummary old = *snapshot.oldRequest;
    const QJsonObject wanted {
        { QStringLiteral("intro_lesson_report"), old.introLessonReport },
        { QStringLiteral("task_after_trial_student"), old.taskAfterTrialForStudent },
        { QStringLiteral("task_after_trial_teacher"), old.taskAfterTrialForTeacher },
    };
    const QString path = requestPath(newRequestId(task));
    task->get(path, [task, path, wanted](const crm::CrmResult &read) {
        const QJsonObject current = read.body.toObject();
        QJsonObject patch;
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (current.value(it.key()) != it.value()) {
                patch.insert(it.key(), it.value());
                task->outcome.before.insert(it.key(), current.value(it.key()));
                task->outcome.after.insert(it.key(), it.value());
            }
        }
        if (patch.isEmpty()) {
            task->finish();
            return;
        }
        task->change("PATCH", path, read.etag, patch,
                     [task](const crm::CrmResult &) { task->finish(); });
    });
}

// ---- cross-reference-comments ---------------------------------------------------------------

// Posts `text` to the request's comments unless it is already there.
void commentOnce(const Task &task, qint64 requestId, const QString &text, const QString &purpose,
                 std::function<void()> next)
{
    const QString path = requestPath(requestId) + QStringLiteral("/comments");
    task->getAll(path, {}, [task, path, text, purpose, requestId, next](const QJsonArray &items) {
        for (const QJsonValue &comment : items) {
            if (comment.toObject().value(QStringLiteral("text")).toString() == text) {
                next();
                return;
            }
        }
        task->changed = true;
        task->post(path, QJsonObject { { QStringLiteral("text"), text } }, purpose,
                   [task, requestId, purpose, next](const crm::CrmResult &) {
                       task->outcome.after.insert(purpose + QStringLiteral("_request_id"),
                                                  double(requestId));
                       next();
                   });
    });
}

void crossReference(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (!snapshot.oldRequest) {
        task->finish(MergeStepsText::tr("There is no old request to refer to."));
        return;
    }
    const QList<merge::WrittenText> texts = previewTexts(task, StepId::CrossReferenceComments);
    const QString inNew = textOf(texts, merge::WrittenText::Kind::Comment, 0);
    const QString inOld = textOf(texts, merge::WrittenText::Kind::Comment, 1);
    const qint64 oldId = snapshot.oldRequest->id;
    commentOnce(task, newRequestId(task), inNew, QStringLiteral("new"), [task, oldId, inOld]() {
        commentOnce(task, oldId, inOld, QStringLiteral("old"), [task]() { task->finish(); });
    });
}

// ---- move-schedule-and-teacher --------------------------------------------------------------

QJsonArray slotsJson(const QList<merge::ScheduleSlot> &weeklySlots)
{
    QJsonArray array;
    for (const merge::ScheduleSlot &slot : weeklySlots) {
        array.append(QJsonObject { { QStringLiteral("weekday"), slot.weekday },
                                   { QStringLiteral("time"), slot.time },
                                   { QStringLiteral("duration_min"), slot.durationMin } });
    }
    return array;
}

// The weeklySlots of a schedule answer without their ids, comparable with slotsJson().
QJsonArray answeredSlots(const QJsonObject &schedule)
{
    QJsonArray array;
    for (const QJsonValue &value : schedule.value(QStringLiteral("slots")).toArray()) {
        QJsonObject slot = value.toObject();
        slot.remove(QStringLiteral("id"));
        array.append(slot);
    }
    return array;
}

// Sends a teacher request or letter unless one with the same text for the target exists.
void sendToTeacherOnce(const Task &task, const QString &kind, const QString &textField,
                       const QJsonObject &body, std::function<void()> next)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    const QString path = QStringLiteral("/api/v1/teachers/%1/%2").arg(snapshot.teacherId).arg(kind);
    const qint64 target = snapshot.plan.target.id;
    task->getAll(path, QUrlQuery { { QStringLiteral("account_id"), QString::number(target) } },
                 [task, path, kind, textField, body, next](const QJsonArray &items) {
                     for (const QJsonValue &item : items) {
                         if (item.toObject().value(textField) == body.value(textField)) {
                             next();
                             return;
                         }
                     }
                     task->changed = true;
                     task->post(path, body, kind, [next](const crm::CrmResult &) { next(); });
                 });
}

void moveScheduleAndTeacher(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (snapshot.teacherId == 0 || snapshot.weeklySlots.isEmpty()) {
        task->finish(MergeStepsText::tr(
            "The source account has no teacher and no schedule; there is nothing "
            "to move."));
        return;
    }
    const qint64 source = snapshot.plan.source.id;
    const qint64 target = snapshot.plan.target.id;
    const QString sourcePath = QStringLiteral("/api/v1/accounts/%1/schedule").arg(source);
    const QString targetPath = QStringLiteral("/api/v1/accounts/%1/schedule").arg(target);
    const QJsonArray wantedSlots = slotsJson(snapshot.weeklySlots);
    const QList<merge::WrittenText> texts = previewTexts(task, StepId::MoveScheduleAndTeacher);
    task->outcome.before = { { QStringLiteral("source_slots"), wantedSlots },
                             { QStringLiteral("teacher_id"), double(snapshot.teacherId) } };

    const auto notifyTeacher = [task, target, texts]() {
        const merge::DirectionPlan &plan = task->env.snapshot.plan;
        const QJsonObject request {
            { QStringLiteral("account_id"), double(target) },
            { QStringLiteral("message"), textOf(texts, merge::WrittenText::Kind::TeacherRequest) },
        };
        const QJsonObject letter {
            { QStringLiteral("account_id"), double(target) },
            { QStringLiteral("subject"), merge::teacherLetterSubject(plan) },
            { QStringLiteral("text"), textOf(texts, merge::WrittenText::Kind::Letter) },
        };
        sendToTeacherOnce(
            task, QStringLiteral("requests"), QStringLiteral("message"), request, [task, letter]() {
                sendToTeacherOnce(task, QStringLiteral("letters"), QStringLiteral("text"), letter,
                                  [task]() { task->finish(); });
            });
    };
    const auto setTarget = [task, targetPath, wantedSlots, notifyTeacher]() {
        task->get(targetPath,
                  [task, targetPath, wantedSlots, notifyTeacher](const crm::CrmResult &read) {
                      const QJsonObject schedule = read.body.toObject();
                      const qint64 teacher = task->env.snapshot.teacherId;
                      task->outcome.after = { { QStringLiteral("target_slots"), wantedSlots },
                                              { QStringLiteral("teacher_id"), double(teacher) } };
                      if (refId(schedule, QStringLiteral("teacher")) == teacher
                          && answeredSlots(schedule) == wantedSlots) {
                          notifyTeacher();
                          return;
                      }
                      const QJsonObject body { { QStringLiteral("teacher_id"), double(teacher) },
                                               { QStringLiteral("slots"), wantedSlots } };
                      task->change("PUT", targetPath, read.etag, body,
                                   [notifyTeacher](const crm::CrmResult &) { notifyTeacher(); });
                  });
    };
    // The old schedule goes first (seed 000), so the teacher is never booked twice.
    task->get(sourcePath, [task, sourcePath, setTarget](const crm::CrmResult &read) {
        if (read.body.toObject().value(QStringLiteral("slots")).toArray().isEmpty()) {
            setTarget();
            return;
        }
        task->change("DELETE", sourcePath, read.etag, std::nullopt,
                     [setTarget](const crm::CrmResult &) { setTarget(); });
    });
}

// ---- mark-duplicate -------------------------------------------------------------------------

void markDuplicate(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (!snapshot.oldRequest) {
        task->finish(MergeStepsText::tr("There is no old request to mark."));
        return;
    }
    const QString path = requestPath(snapshot.oldRequest->id);
    const qint64 newId = newRequestId(task);
    task->get(path, [task, path, newId](const crm::CrmResult &read) {
        const QJsonObject request = read.body.toObject();
        task->outcome.before
            = { { QStringLiteral("status"), request.value(QStringLiteral("status")) },
                { QStringLiteral("duplicate_of"), request.value(QStringLiteral("duplicate_of")) } };
        task->outcome.after = { { QStringLiteral("status"), QStringLiteral("duplicate") },
                                { QStringLiteral("color"), QStringLiteral("purple") },
                                { QStringLiteral("duplicate_of"), double(newId) } };
        if (request.value(QStringLiteral("is_duplicate")).toBool()
            && idOf(request.value(QStringLiteral("duplicate_of"))) == newId) {
            task->finish();
            return;
        }
        task->change("PATCH", path, read.etag,
                     QJsonObject { { QStringLiteral("duplicate_of"), double(newId) } },
                     [task](const crm::CrmResult &) { task->finish(); });
    });
}

// ---- move-paid-lessons ----------------------------------------------------------------------

void movePaidLessons(const Task &task)
{
    const merge::DirectionPlan &plan = task->env.snapshot.plan;
    const int lessons = plan.source.paidLessons;
    if (lessons == 0) {
        task->finish(MergeStepsText::tr("The source account has no paid lessons to move."));
        return;
    }
    const qint64 source = plan.source.id;
    const qint64 target = plan.target.id;
    task->outcome.before = { { QStringLiteral("source_paid_lessons"), lessons },
                             { QStringLiteral("target_paid_lessons"), plan.target.paidLessons } };
    task->getAll(QStringLiteral("/api/v1/balance-transfers"),
                 QUrlQuery { { QStringLiteral("account_id"), QString::number(source) } },
                 [task, source, target, lessons](const QJsonArray &transfers) {
                     for (const QJsonValue &value : transfers) {
                         const QJsonObject transfer = value.toObject();
                         if (idOf(transfer.value(QStringLiteral("from_account_id"))) == source
                             && idOf(transfer.value(QStringLiteral("to_account_id"))) == target
                             && idOf(transfer.value(QStringLiteral("lessons"))) == lessons) {
                             task->finish();
                             return;
                         }
                     }
                     const QJsonObject body { { QStringLiteral("from_account_id"), double(source) },
                                              { QStringLiteral("to_account_id"), double(target) },
                                              { QStringLiteral("lessons"), lessons } };
                     task->changed = true;
                     task->post(
                         QStringLiteral("/api/v1/balance-transfers"), body,
                         QStringLiteral("transfer"), [task](const crm::CrmResult &moved) {
                             const QJsonObject transfer = moved.body.toObject();
                             task->outcome.after
                                 = { { QStringLiteral("source_paid_lessons"),
                                       transfer.value(QStringLiteral("from_balance_after")) },
                                     { QStringLiteral("target_paid_lessons"),
                                       transfer.value(QStringLiteral("to_balance_after")) } };
                             task->finish();
                         });
                 });
}

// ---- check-price-set ------------------------------------------------------------------------

void checkPriceSet(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    if (!snapshot.oldRequest) {
        task->finish(MergeStepsText::tr("There is no old request to compare the price set with."));
        return;
    }
    const qint64 oldId = snapshot.oldRequest->id;
    const qint64 newId = newRequestId(task);
    task->get(requestPath(oldId), [task, oldId, newId](const crm::CrmResult &oldRead) {
        const QJsonObject old = oldRead.body.toObject();
        const QString path = requestPath(newId);
        task->get(path, [task, old, oldId, newId, path](const crm::CrmResult &newRead) {
            const QJsonObject current = newRead.body.toObject();
            const qint64 oldPriceSet = refId(old, QStringLiteral("price_set"));
            const qint64 oldRegion = refId(old, QStringLiteral("region"));
            const qint64 newPriceSet = refId(current, QStringLiteral("price_set"));
            const qint64 newRegion = refId(current, QStringLiteral("region"));
            task->outcome.before = { { QStringLiteral("price_set_id"), double(newPriceSet) },
                                     { QStringLiteral("region_id"), double(newRegion) } };
            task->outcome.after = task->outcome.before;
            if (oldPriceSet == newPriceSet && oldRegion == newRegion) {
                task->finish(MergeStepsText::tr("The price set and region match the old request."));
                return;
            }
            const QString choice = task->outcome.facts.value(fact::priceSetChoice).toString();
            // A new request has none yet: taking the old one's is no decision to ask about.
            const bool empty = newPriceSet == 0 && newRegion == 0;
            if (!empty && choice == QLatin1String("keep")) {
                task->finish(MergeStepsText::tr(
                    "The agent confirmed the price set and region as they are."));
                return;
            }
            if (!empty && choice != QLatin1String("copy")) {
                const auto name = [](const QJsonObject &request, const QString &key) {
                    const QJsonObject ref = request.value(key).toObject();
                    return ref.isEmpty() ? QStringLiteral("—")
                                         : ref.value(QStringLiteral("name")).toString();
                };
                task->outcome.needsDecision = true;
                task->fail(MergeStepsText::tr(
                               "Request %1 has price set “%2” and region “%3”, but the old "
                               "request %4 has “%5” and “%6”. Prices depend on them: copy the "
                               "old request's or keep these.")
                               .arg(newId)
                               .arg(name(current, QStringLiteral("price_set")),
                                    name(current, QStringLiteral("region")))
                               .arg(oldId)
                               .arg(name(old, QStringLiteral("price_set")),
                                    name(old, QStringLiteral("region"))));
                return;
            }
            QJsonObject patch;
            if (oldPriceSet != 0)
                patch.insert(QStringLiteral("price_set_id"), double(oldPriceSet));
            if (oldRegion != 0)
                patch.insert(QStringLiteral("region_id"), double(oldRegion));
            task->outcome.after = { { QStringLiteral("price_set_id"), double(oldPriceSet) },
                                    { QStringLiteral("region_id"), double(oldRegion) } };
            if (patch.isEmpty()) {
                task->finish(
                    MergeStepsText::tr("The old request has no price set or region to copy."));
                return;
            }
            task->change("PATCH", path, newRead.etag, patch,
                         [task](const crm::CrmResult &) { task->finish(); });
        });
    });
}

// ---- copy-statuses --------------------------------------------------------------------------

// Sets the statuses from `index` on, one PATCH each, so the history shows every one of them.
void setStatuses(const Task &task, const QString &path, const QByteArray &etag,
                 const QStringList &statuses, int index)
{
    if (index >= statuses.size()) {
        task->finish();
        return;
    }
    task->change("PATCH", path, etag,
                 QJsonObject { { QStringLiteral("status"), statuses.at(index) } },
                 [task, path, statuses, index](const crm::CrmResult &patched) {
                     setStatuses(task, path, patched.etag, statuses, index + 1);
                 });
}

void copyStatuses(const Task &task)
{
    const merge::MergeSnapshot &snapshot = task->env.snapshot;
    const QStringList wanted
        = snapshot.oldRequest ? merge::statusesToCopy(*snapshot.oldRequest) : QStringList();
    if (wanted.isEmpty()) {
        task->finish(MergeStepsText::tr("The old request has no statuses to copy."));
        return;
    }
    const QString path = requestPath(newRequestId(task));
    task->get(path, [task, path, wanted](const crm::CrmResult &read) {
        const QJsonObject request = read.body.toObject();
        QStringList history;
        for (const QJsonValue &entry : request.value(QStringLiteral("status_history")).toArray())
            history << entry.toObject().value(QStringLiteral("status")).toString();
        // How many of the wanted statuses an earlier attempt already set: the longest start of
        // `wanted` that the history ends with.
        qsizetype applied = 0;
        for (qsizetype k = std::min(wanted.size(), history.size()); k > 0; --k) {
            if (history.mid(history.size() - k) == wanted.mid(0, k)) {
                applied = k;
                break;
            }
        }
        task->outcome.before
            = { { QStringLiteral("status"), request.value(QStringLiteral("status")) } };
        task->outcome.after
            = { { QStringLiteral("status"), wanted.last() },
                { QStringLiteral("statuses"), QJsonArray::fromStringList(wanted) } };
        setStatuses(task, path, read.etag, wanted, int(applied));
    });
}

void dispatchStep(const Task &task, StepId step)
{
    // Every step after create-request works on the new request; without its id nothing can go on.
    if (step != StepId::CreateRequest && newRequestId(task) == 0) {
        task->fail(MergeStepsText::tr("The new request is not known: run “%1” first.")
                       .arg(merge::stepTitle(StepId::CreateRequest)));
        return;
    }
    switch (step) {
    case StepId::CreateRequest:
        createRequest(task);
        return;
    case StepId::MoveIntroLesson:
        moveIntroLesson(task);
        return;
    case StepId::CopyReports:
        copyReports(task);
        return;
    case StepId::CrossReferenceComments:
        crossReference(task);
        return;
    case StepId::MoveScheduleAndTeacher:
        moveScheduleAndTeacher(task);
        return;
    case StepId::MarkDuplicate:
        markDuplicate(task);
        return;
    case StepId::MovePaidLessons:
        movePaidLessons(task);
        return;
    case StepId::CheckPriceSet:
        checkPriceSet(task);
        return;
    case StepId::CopyStatuses:
        copyStatuses(task);
        return;
    }
}

} // namespace

void runMergeStep(merge::StepId step, const StepEnvironment &environment,
                  std::function<void(const StepOutcome &)> done)
{
    auto task = std::make_shared<StepTask>(step, environment, std::move(done));
    // Started from the event loop, so that even an outcome known at once (nothing to move) is
    // delivered after this returns, like every other; nothing starts if the context is gone.
    QTimer::singleShot(0, environment.context, [task, step]() { dispatchStep(task, step); });
}

} // namespace opc::ops
