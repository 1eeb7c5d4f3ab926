#include "core/merge/Preview.h"

#include "core/merge/RequestStatus.h"
#include "core/merge/Snapshot.h"

#include <QCoreApplication>
#include <QLocale>

namespace opc::merge {

namespace {

const QString kNone = QStringLiteral("—");

QString orNone(const QString &value)
{
    return value.isEmpty() ? kNone : value;
}

QString requestLabel(qint64 id)
{
    return QCoreApplication::translate("opc::merge::Preview", "request #%1").arg(id);
}

QString newRequestLabel(const DirectionPlan &plan, std::optional<qint64> newRequestId)
{
    if (newRequestId)
        return requestLabel(*newRequestId);
    if (plan.target.requestId)
        return requestLabel(*plan.target.requestId);
    return QCoreApplication::translate("opc::merge::Preview", "the new request");
}

// Time zones differ between agents; the CRM's UTC keeps the text unambiguous. The date and time
// are written the locale's way ("01.09.2026 15:00 UTC", "9/1/26 3:00 PM UTC").
QString lessonTime(const IntroLesson &lesson)
{
    // Through the format string: it writes the UTC wall time, where an OS formatter might not.
    const QLocale locale;
    return locale.toString(lesson.startsAt.toUTC(), locale.dateTimeFormat(QLocale::ShortFormat))
        + QStringLiteral(" UTC");
}

StepPreview step(StepId id)
{
    StepPreview preview;
    preview.step = id;
    preview.title = stepTitle(id);
    return preview;
}

StepPreview createRequest(const DirectionPlan &plan)
{
    StepPreview preview = step(StepId::CreateRequest);
    const QString label
        = QCoreApplication::translate("opc::merge::Preview", "Request of account %1")
              .arg(plan.target.id);
    if (plan.target.requestId) {
        const QString existing = requestLabel(*plan.target.requestId);
        preview.changes.append({ QStringLiteral("target.request"), label, existing, existing });
        preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                     "The target already has %1; it is reused "
                                                     "and no request is created.")
                             .arg(existing);
        return preview;
    }
    // The request is left in the student's name, with the contacts the CRM holds.
    const Account &contact = plan.loginLinkAccount;
    preview.changes.append(
        { QStringLiteral("target.request"), label, kNone,
          QCoreApplication::translate("opc::merge::Preview", "new request, e-mail %1, phone %2")
              .arg(orNone(contact.email), orNone(contact.phone)) });
    preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                 "Web alternative: use the login link of "
                                                 "English account %1 and make sure the child "
                                                 "\"%2\" is selected.")
                         .arg(plan.loginLinkAccount.id)
                         .arg(plan.loginLinkAccount.childName);
    return preview;
}

StepPreview moveIntroLesson(const DirectionPlan &plan, const RequestSummary *oldRequest)
{
    StepPreview preview = step(StepId::MoveIntroLesson);
    if (!oldRequest || !oldRequest->introLesson) {
        preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                     "The old request has no intro lesson; "
                                                     "there is nothing to move.");
        return preview;
    }
    const IntroLesson &lesson = *oldRequest->introLesson;
    preview.changes.append(
        { QStringLiteral("methodist.intro_lesson"),
          QCoreApplication::translate("opc::merge::Preview",
                                      "Intro lesson in the timetable of methodist %1")
              .arg(orNone(oldRequest->methodistName)),
          QCoreApplication::translate("opc::merge::Preview", "%1, account %2")
              .arg(lessonTime(lesson))
              .arg(plan.source.id),
          QCoreApplication::translate("opc::merge::Preview", "%1, account %2, completed")
              .arg(lessonTime(lesson))
              .arg(plan.target.id) });
    preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                 "This runs first: once teacher lessons are "
                                                 "scheduled, no methodist lesson can be added.");
    return preview;
}

StepPreview copyReports(const RequestSummary *oldRequest, const RequestSummary *newRequest)
{
    StepPreview preview = step(StepId::CopyReports);
    const auto value = [](const RequestSummary *request, QString RequestSummary::*field) {
        return request ? orNone(request->*field) : kNone;
    };
    preview.changes.append(
        { QStringLiteral("request.intro_lesson_report"),
          QCoreApplication::translate("opc::merge::Preview", "Intro lesson report"),
          value(newRequest, &RequestSummary::introLessonReport),
          value(oldRequest, &RequestSummary::introLessonReport) });
    preview.changes.append({ QStringLiteral("request.task_after_trial_for_student"),
                             QCoreApplication::translate("opc::merge::Preview",
                                                         "Task after the trial (for the student)"),
                             value(newRequest, &RequestSummary::taskAfterTrialForStudent),
                             value(oldRequest, &RequestSummary::taskAfterTrialForStudent) });
    preview.changes.append({ QStringLiteral("request.task_after_trial_for_teacher"),
                             QCoreApplication::translate("opc::merge::Preview",
                                                         "Task after the trial (for the teacher)"),
                             value(newRequest, &RequestSummary::taskAfterTrialForTeacher),
                             value(oldRequest, &RequestSummary::taskAfterTrialForTeacher) });
    return preview;
}

StepPreview crossReference(const DirectionPlan &plan, const QString &oldLabel,
                           const QString &newLabel)
{
    StepPreview preview = step(StepId::CrossReferenceComments);
    preview.texts.append(
        { WrittenText::Kind::Comment,
          QCoreApplication::translate("opc::merge::Preview", "Comment in %1").arg(newLabel),
          newRequestComment(plan, oldLabel) });
    preview.texts.append(
        { WrittenText::Kind::Comment,
          QCoreApplication::translate("opc::merge::Preview", "Comment in %1").arg(oldLabel),
          oldRequestComment(plan, newLabel) });
    return preview;
}

StepPreview moveScheduleAndTeacher(const DirectionPlan &plan)
{
    StepPreview preview = step(StepId::MoveScheduleAndTeacher);
    preview.changes.append(
        { QStringLiteral("source.schedule"),
          QCoreApplication::translate("opc::merge::Preview", "Schedule of account %1")
              .arg(plan.source.id),
          orNone(plan.source.schedule), kNone });
    preview.changes.append(
        { QStringLiteral("target.teacher"),
          QCoreApplication::translate("opc::merge::Preview", "Teacher of account %1")
              .arg(plan.target.id),
          orNone(plan.target.teacherName), orNone(plan.source.teacherName) });
    preview.changes.append(
        { QStringLiteral("target.schedule"),
          QCoreApplication::translate("opc::merge::Preview", "Schedule of account %1")
              .arg(plan.target.id),
          orNone(plan.target.schedule), orNone(plan.source.schedule) });
    if (plan.source.teacherName.isEmpty()) {
        preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                     "Account %1 has no teacher: no teacher "
                                                     "request and no letter are sent.")
                             .arg(plan.source.id);
        return preview;
    }
    preview.texts.append(
        { WrittenText::Kind::TeacherRequest,
          QCoreApplication::translate("opc::merge::Preview", "Teacher request to %1")
              .arg(plan.source.teacherName),
          teacherRequestMessage(plan) });
    preview.texts.append(
        { WrittenText::Kind::Letter,
          QCoreApplication::translate("opc::merge::Preview", "Letter to teacher %1")
              .arg(plan.source.teacherName),
          teacherLetter(plan) });
    return preview;
}

StepPreview markDuplicate(const RequestSummary *oldRequest, const QString &oldLabel,
                          const QString &newLabel)
{
    StepPreview preview = step(StepId::MarkDuplicate);
    preview.changes.append(
        { QStringLiteral("old_request.status"),
          QCoreApplication::translate("opc::merge::Preview", "Status of %1").arg(oldLabel),
          oldRequest ? orNone(requestStatusDisplayName(oldRequest->status)) : kNone,
          QCoreApplication::translate("opc::merge::Preview", "duplicate (purple)") });
    preview.changes.append(
        { QStringLiteral("old_request.duplicate_of"),
          QCoreApplication::translate("opc::merge::Preview", "New request linked in %1")
              .arg(oldLabel),
          kNone, newLabel });
    return preview;
}

StepPreview movePaidLessons(const DirectionPlan &plan)
{
    StepPreview preview = step(StepId::MovePaidLessons);
    preview.changes.append(
        { QStringLiteral("source.paid_lessons"),
          QCoreApplication::translate("opc::merge::Preview", "Paid lessons of account %1")
              .arg(plan.source.id),
          QString::number(plan.source.paidLessons), QStringLiteral("0") });
    preview.changes.append(
        { QStringLiteral("target.paid_lessons"),
          QCoreApplication::translate("opc::merge::Preview", "Paid lessons of account %1")
              .arg(plan.target.id),
          QString::number(plan.target.paidLessons),
          QString::number(plan.target.paidLessons + plan.source.paidLessons) });
    return preview;
}

StepPreview checkPriceSet(const RequestSummary *oldRequest, const RequestSummary *newRequest,
                          const QString &oldLabel, const QString &newLabel)
{
    StepPreview preview = step(StepId::CheckPriceSet);
    const auto id = [](qint64 value) { return value ? QString::number(value) : kNone; };
    const qint64 oldPriceSet = oldRequest ? oldRequest->priceSetId : 0;
    const qint64 oldRegion = oldRequest ? oldRequest->regionId : 0;
    preview.changes.append(
        { QStringLiteral("request.price_set"),
          QCoreApplication::translate("opc::merge::Preview", "Price set of %1").arg(newLabel),
          newRequest ? id(newRequest->priceSetId) : kNone, id(oldPriceSet) });
    preview.changes.append(
        { QStringLiteral("request.region"),
          QCoreApplication::translate("opc::merge::Preview", "Region of %1").arg(newLabel),
          newRequest ? id(newRequest->regionId) : kNone, id(oldRegion) });
    // A reused request may carry other prices; the agent must fix them or confirm.
    if (newRequest
        && (newRequest->priceSetId != oldPriceSet || newRequest->regionId != oldRegion)) {
        preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                     "The price set or region of %1 differs "
                                                     "from %2: prices depend on them. Fix "
                                                     "them or confirm.")
                             .arg(newLabel, oldLabel);
    }
    return preview;
}

StepPreview copyStatuses(const RequestSummary *oldRequest, const RequestSummary *newRequest,
                         const QString &newLabel)
{
    StepPreview preview = step(StepId::CopyStatuses);
    // Exactly what the run sets, one status after the other (statusesToCopy).
    const QStringList copied = oldRequest ? statusesToCopy(*oldRequest) : QStringList();
    // A request the merge creates starts as "new".
    const QStringList history
        = newRequest ? newRequest->latestStatuses : QStringList { QStringLiteral("new") };
    const QString status = newRequest ? newRequest->status : QStringLiteral("new");
    preview.changes.append(
        { QStringLiteral("request.status"),
          QCoreApplication::translate("opc::merge::Preview", "Status of %1").arg(newLabel),
          newRequest ? orNone(requestStatusDisplayName(status)) : kNone,
          orNone(requestStatusDisplayName(copied.isEmpty() ? status : copied.last())) });
    preview.changes.append(
        { QStringLiteral("request.status_history"),
          QCoreApplication::translate("opc::merge::Preview", "Latest statuses of %1").arg(newLabel),
          newRequest ? orNone(requestStatusesDisplay(history)) : kNone,
          orNone(requestStatusesDisplay(history + copied)) });
    if (copied.isEmpty()) {
        preview.notes << QCoreApplication::translate("opc::merge::Preview",
                                                     "The old request has no statuses to copy.");
    }
    return preview;
}

} // namespace

QString newRequestComment(const DirectionPlan &plan, const QString &oldRequestLabel)
{
    return QCoreApplication::translate(
               "opc::merge::Preview",
               "This request was created when the student's KIDS accounts were merged: %1 "
               "lessons continue in account %2 instead of account %3. The original request is "
               "%4 (account %3); it is marked as a duplicate.")
        .arg(subjectInSentence(plan.target.subject))
        .arg(plan.target.id)
        .arg(plan.source.id)
        .arg(oldRequestLabel);
}

QString oldRequestComment(const DirectionPlan &plan, const QString &newRequestLabel)
{
    return QCoreApplication::translate(
               "opc::merge::Preview",
               "Duplicate: the student's KIDS accounts were merged, and %1 lessons continue in "
               "account %2, %3. This request stays for its history only.")
        .arg(subjectInSentence(plan.target.subject))
        .arg(plan.target.id)
        .arg(newRequestLabel);
}

QString writtenKindToWire(WrittenText::Kind kind)
{
    switch (kind) {
    case WrittenText::Kind::Comment:
        return QStringLiteral("comment");
    case WrittenText::Kind::TeacherRequest:
        return QStringLiteral("teacher-request");
    case WrittenText::Kind::Letter:
        return QStringLiteral("letter");
    }
    return {};
}

QString teacherRequestMessage(const DirectionPlan &plan)
{
    return QCoreApplication::translate(
               "opc::merge::Preview",
               "Please take student %1 in account %2 on the same schedule. It is the same child "
               "as in account %3: the student's KIDS accounts were merged.")
        .arg(orNone(plan.source.childName))
        .arg(plan.target.id)
        .arg(plan.source.id);
}

QString teacherLetterSubject(const DirectionPlan &plan)
{
    return QCoreApplication::translate("opc::merge::Preview",
                                       "Your student %1 now studies in account %2")
        .arg(orNone(plan.source.childName))
        .arg(plan.target.id);
}

QString teacherLetter(const DirectionPlan &plan)
{
    return QCoreApplication::translate(
               "opc::merge::Preview",
               "Hello, %1!\n\nYour student %2 now studies in account %3 instead of account %4. "
               "It is the same child: their accounts were merged, and your schedule and the paid "
               "lessons moved with them. Please keep teaching as before.\n\nThank you!")
        .arg(plan.source.teacherName, orNone(plan.source.childName))
        .arg(plan.target.id)
        .arg(plan.source.id);
}

QList<StepPreview> buildPreview(const MergeCase &mergeCase, const DirectionPlan &plan,
                                std::optional<qint64> newRequestId)
{
    const RequestSummary *oldRequest = mergeCase.requestOf(plan.source);
    const RequestSummary *newRequest
        = newRequestId ? mergeCase.request(*newRequestId) : mergeCase.requestOf(plan.target);
    const QString oldLabel = oldRequest
        ? requestLabel(oldRequest->id)
        : QCoreApplication::translate("opc::merge::Preview", "the old request");
    const QString newLabel = newRequestLabel(plan, newRequestId);
    return {
        createRequest(plan),
        moveIntroLesson(plan, oldRequest),
        copyReports(oldRequest, newRequest),
        crossReference(plan, oldLabel, newLabel),
        moveScheduleAndTeacher(plan),
        markDuplicate(oldRequest, oldLabel, newLabel),
        movePaidLessons(plan),
        checkPriceSet(oldRequest, newRequest, oldLabel, newLabel),
        copyStatuses(oldRequest, newRequest, newLabel),
    };
}

} // namespace opc::merge
