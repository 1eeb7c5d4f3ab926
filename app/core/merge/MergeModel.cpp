#include "core/merge/MergeModel.h"

#include <QCoreApplication>

namespace opc::merge {

QString subjectToWire(Subject subject)
{
    return subject == Subject::English ? QStringLiteral("english") : QStringLiteral("math");
}

std::optional<Subject> subjectFromWire(const QString &wire)
{
    for (Subject subject : { Subject::English, Subject::Math }) {
        if (subjectToWire(subject) == wire)
            return subject;
    }
    return std::nullopt;
}

QString subjectInSentence(Subject subject)
{
    if (subject == Subject::English) {
        //: Never shown alone: a modifier inside sentences such as "Both %1 accounts have
        //: lessons" or "%1 lessons continue in account 12" (Russian: genitive, «английского»).
        return QCoreApplication::translate("opc::merge::Model", "English");
    }
    //: Never shown alone: a modifier inside sentences such as "Both %1 accounts have lessons"
    //: or "%1 lessons continue in account 12" (Russian: genitive, «математики»).
    return QCoreApplication::translate("opc::merge::Model", "math");
}

bool operator==(const Account &a, const Account &b)
{
    return a.id == b.id && a.subject == b.subject && a.lessonsTaken == b.lessonsTaken
        && a.kids == b.kids && a.linkedAccountId == b.linkedAccountId && a.requestId == b.requestId
        && a.childName == b.childName && a.email == b.email && a.phone == b.phone
        && a.paidLessons == b.paidLessons && a.teacherName == b.teacherName
        && a.schedule == b.schedule;
}

bool operator==(const IntroLesson &a, const IntroLesson &b)
{
    return a.id == b.id && a.startsAt == b.startsAt && a.completed == b.completed;
}

bool operator==(const RequestSummary &a, const RequestSummary &b)
{
    return a.id == b.id && a.accountId == b.accountId && a.status == b.status
        && a.methodistId == b.methodistId && a.methodistName == b.methodistName
        && a.priceSetId == b.priceSetId && a.regionId == b.regionId
        && a.introLessonReport == b.introLessonReport
        && a.taskAfterTrialForStudent == b.taskAfterTrialForStudent
        && a.taskAfterTrialForTeacher == b.taskAfterTrialForTeacher
        && a.introLesson == b.introLesson && a.latestStatuses == b.latestStatuses
        && a.duplicate == b.duplicate;
}

const Account *MergeCase::account(qint64 id) const
{
    for (const Account &candidate : accounts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const RequestSummary *MergeCase::request(qint64 id) const
{
    for (const RequestSummary &candidate : requests) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const RequestSummary *MergeCase::requestOf(const Account &owner) const
{
    return owner.requestId ? request(*owner.requestId) : nullptr;
}

QList<AccountPair> findPairs(const MergeCase &mergeCase, QString *reason)
{
    const auto fail = [reason](const QString &text) {
        if (reason)
            *reason = text;
        return QList<AccountPair> {};
    };
    QList<Account> english;
    QList<Account> math;
    for (const Account &account : mergeCase.accounts)
        (account.subject == Subject::English ? english : math).append(account);
    if (english.size() != 2 || math.size() != 2) {
        return fail(QCoreApplication::translate(
                        "opc::merge::Model",
                        "The student should have exactly two English and two math accounts, "
                        "but has %1 English and %2 math.")
                        .arg(english.size())
                        .arg(math.size()));
    }
    if (english[0].id == english[1].id || math[0].id == math[1].id)
        return fail(
            QCoreApplication::translate("opc::merge::Model", "The same account is listed twice."));

    QList<AccountPair> pairs;
    for (const Account &englishAccount : english) {
        const Account *partner = mergeCase.account(englishAccount.linkedAccountId);
        // Links must go both ways, or the CRM would show a different pairing elsewhere.
        if (!partner || partner->subject != Subject::Math
            || partner->linkedAccountId != englishAccount.id) {
            return fail(QCoreApplication::translate("opc::merge::Model",
                                                    "English account %1 is not linked to one of "
                                                    "the student's math accounts.")
                            .arg(englishAccount.id));
        }
        pairs.append({ englishAccount, *partner });
    }
    if (pairs[0].math.id == pairs[1].math.id)
        return fail(QCoreApplication::translate(
            "opc::merge::Model", "Both English accounts are linked to the same math account."));
    return pairs;
}

QString structureProblem(const MergeCase &mergeCase)
{
    QString reason;
    const QList<AccountPair> pairs = findPairs(mergeCase, &reason);
    if (pairs.isEmpty())
        return reason;

    for (Subject subject : { Subject::English, Subject::Math }) {
        const Account &first = subject == Subject::English ? pairs[0].english : pairs[0].math;
        const Account &second = subject == Subject::English ? pairs[1].english : pairs[1].math;
        if (first.isWorking() && second.isWorking()) {
            return QCoreApplication::translate("opc::merge::Model",
                                               "Both %1 accounts have lessons taken: %2 and %3. "
                                               "Only an empty account can take over another.")
                .arg(subjectInSentence(subject))
                .arg(first.id)
                .arg(second.id);
        }
        if (!first.isWorking() && !second.isWorking()) {
            return QCoreApplication::translate("opc::merge::Model",
                                               "Neither %1 account has lessons taken (%2 and %3): "
                                               "there is no progress to merge.")
                .arg(subjectInSentence(subject))
                .arg(first.id)
                .arg(second.id);
        }
    }
    // One working account per subject; they must sit in different pairs, else one pair
    // already holds all the progress and there is nothing to merge.
    for (const AccountPair &pair : pairs) {
        if (pair.english.isWorking() && pair.math.isWorking()) {
            return QCoreApplication::translate("opc::merge::Model",
                                               "English %1 and math %2 both have lessons and are "
                                               "already linked: there is nothing to merge.")
                .arg(pair.english.id)
                .arg(pair.math.id);
        }
    }
    return {};
}

} // namespace opc::merge
