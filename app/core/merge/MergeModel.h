#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::merge {

// A child has one account per subject; the merge is about English and math accounts.
enum class Subject { English, Math };

// Wire names: "english", "math".
QString subjectToWire(Subject subject);
std::optional<Subject> subjectFromWire(const QString &wire);
// Translated, for use inside sentences only ("the math account 12"); never shown alone, since
// Russian needs it in the genitive there («аккаунт математики»).
QString subjectInSentence(Subject subject);

// One account as the CRM reports it. Only what the merge reads or moves.
struct Account {
    qint64 id = 0;
    Subject subject = Subject::English;
    int lessonsTaken = 0;
    bool kids = false;
    qint64 linkedAccountId = 0; // the other subject's account of the same pair; 0 = none
    std::optional<qint64> requestId;
    QString childName;
    QString email;
    QString phone;
    int paidLessons = 0; // balance of lessons already paid for
    QString teacherName; // empty = no teacher
    QString schedule; // human-readable weekly schedule; empty = none

    // "Working" means lessons were taken there; "empty" means none (seed 000).
    bool isWorking() const { return lessonsTaken > 0; }

    friend bool operator==(const Account &a, const Account &b);
};

// The intro (trial) lesson the methodist gave, as booked in the methodist's timetable.
struct IntroLesson {
    qint64 id = 0;
    QDateTime startsAt; // UTC
    bool completed = false;

    friend bool operator==(const IntroLesson &a, const IntroLesson &b);
};

// The part of a CRM request the merge reads and writes.
struct RequestSummary {
    qint64 id = 0;
    qint64 accountId = 0;
    QString status;
    qint64 methodistId = 0;
    QString methodistName;
    qint64 priceSetId = 0;
    qint64 regionId = 0;
    QString introLessonReport;
    QString taskAfterTrialForStudent;
    QString taskAfterTrialForTeacher;
    std::optional<IntroLesson> introLesson;
    QStringList latestStatuses; // newest last
    bool duplicate = false;

    friend bool operator==(const RequestSummary &a, const RequestSummary &b);
};

// One English account and the math account linked to it.
struct AccountPair {
    Account english;
    Account math;
};

// Everything the CRM knows about the student that the merge needs: all of the child's
// accounts and the requests attached to them. Built once by the Find step.
struct MergeCase {
    QList<Account> accounts;
    QList<RequestSummary> requests;

    const Account *account(qint64 id) const;
    const RequestSummary *request(qint64 id) const;
    // The request attached to `account`, if it has one and the case holds it.
    const RequestSummary *requestOf(const Account &account) const;
};

// The two pairs, found through the accounts' links alone (no classification). Returns an
// empty list and sets `reason` (translated) when the accounts do not form exactly two
// mutually linked English↔math pairs.
QList<AccountPair> findPairs(const MergeCase &mergeCase, QString *reason);

// Empty when the case is the seed's situation: two pairs, one working and one empty account
// per subject, and the two working accounts in different pairs. Otherwise a translated
// sentence saying what is wrong ("Both English accounts have lessons taken: 11 and 21.").
QString structureProblem(const MergeCase &mergeCase);

} // namespace opc::merge
