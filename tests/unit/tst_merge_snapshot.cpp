// The merge's frozen snapshot of what it read from the CRM: it survives JSON exactly, every
// malformed field is refused with its path, and the statuses the new request takes over are
// the old request's history after its last "new".

#include "core/merge/Direction.h"
#include "core/merge/MergeModel.h"
#include "core/merge/Snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace opc::merge;

namespace {

Account account(qint64 id, Subject subject, int lessonsTaken, qint64 linked)
{
    Account a;
    a.id = id;
    a.subject = subject;
    a.lessonsTaken = lessonsTaken;
    a.kids = true;
    a.linkedAccountId = linked;
    a.childName = QStringLiteral("Анна Петрова");
    a.email = QStringLiteral("anna@example.com");
    a.phone = QStringLiteral("+7 900 000-00-00");
    return a;
}

// The seed's KeepEnglish case: the working math account 22 moves into the empty math account 12.
MergeSnapshot fullSnapshot()
{
    MergeSnapshot snapshot;
    snapshot.plan.direction = Direction::KeepEnglish;
    snapshot.plan.source = account(22, Subject::Math, 7, 21);
    snapshot.plan.source.requestId = 220;
    snapshot.plan.source.paidLessons = 4;
    snapshot.plan.source.teacherName = QStringLiteral("Мария Иванова");
    snapshot.plan.source.schedule = QStringLiteral("Mon 17:00, Thu 18:30");
    snapshot.plan.target = account(12, Subject::Math, 0, 11);
    snapshot.plan.loginLinkAccount = account(11, Subject::English, 9, 12);
    snapshot.plan.loginLinkAccount.requestId = 110;
    snapshot.plan.loss = QStringLiteral("The student loses nothing.");

    RequestSummary request;
    request.id = 220;
    request.accountId = 22;
    request.status = QStringLiteral("studying");
    request.methodistId = 5;
    request.methodistName = QStringLiteral("Ольга");
    request.priceSetId = 3;
    request.regionId = 77;
    request.introLessonReport = QStringLiteral("Good level, \"quote\" and\nnew line");
    request.taskAfterTrialForStudent = QStringLiteral("Read chapter 1");
    request.taskAfterTrialForTeacher = QStringLiteral("Focus on fractions");
    IntroLesson lesson;
    lesson.id = 900;
    lesson.startsAt = QDateTime(QDate(2024, 3, 1), QTime(10, 15, 30, 250), Qt::UTC);
    lesson.completed = true;
    request.introLesson = lesson;
    request.latestStatuses
        = { QStringLiteral("new"), QStringLiteral("trial"), QStringLiteral("studying") };
    request.duplicate = false;
    snapshot.oldRequest = request;

    snapshot.reusedRequestId = 120;
    snapshot.teacherId = 44;
    snapshot.weeklySlots
        = { { 1, QStringLiteral("17:00"), 50 }, { 4, QStringLiteral("18:30"), 45 } };
    return snapshot;
}

// Through text, as the journal file holds it.
QJsonObject throughText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

// `json` with the value at `path` ("plan.source.id", "slots[1].weekday") replaced, or removed
// when `value` is undefined.
QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    QString head = path.takeFirst();
    int index = -1;
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        index = head.mid(open + 1, head.size() - open - 2).toInt();
        head = head.left(open);
    }
    QJsonObject object = node.toObject();
    if (index >= 0) {
        QJsonArray array = object.value(head).toArray();
        array[index] = edited(array.at(index), path, value);
        object.insert(head, array);
        return object;
    }
    const QJsonValue child = edited(object.value(head), path, value);
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, child);
    return object;
}

QJsonObject with(const QString &path, const QJsonValue &value)
{
    return edited(fullSnapshot().toJson(), path.split(QLatin1Char('.')), value).toObject();
}

RequestSummary history(const QStringList &statuses)
{
    RequestSummary request;
    request.latestStatuses = statuses;
    return request;
}

} // namespace

class TestMergeSnapshot final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullRoundTrip()
    {
        const MergeSnapshot original = fullSnapshot();
        const QJsonObject json = original.toJson();
        QString error;
        const auto restored = MergeSnapshot::fromJson(json, &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(*restored == original);
        QCOMPARE(restored->toJson(), json);
        // Field by field, so a lossy operator== could not hide a difference.
        QCOMPARE(restored->plan.direction, Direction::KeepEnglish);
        QVERIFY(restored->plan.source == original.plan.source);
        QVERIFY(restored->plan.target == original.plan.target);
        QVERIFY(restored->plan.loginLinkAccount == original.plan.loginLinkAccount);
        QCOMPARE(restored->plan.loss, original.plan.loss);
        QVERIFY(restored->oldRequest);
        QVERIFY(*restored->oldRequest == *original.oldRequest);
        QVERIFY(restored->oldRequest->introLesson);
        QCOMPARE(restored->oldRequest->introLesson->startsAt,
                 original.oldRequest->introLesson->startsAt);
        QCOMPARE(restored->oldRequest->introLesson->startsAt.toMSecsSinceEpoch(),
                 original.oldRequest->introLesson->startsAt.toMSecsSinceEpoch());
        QCOMPARE(restored->oldRequest->latestStatuses, original.oldRequest->latestStatuses);
        QCOMPARE(restored->reusedRequestId, std::optional<qint64>(120));
        QCOMPARE(restored->teacherId, 44);
        QCOMPARE(restored->weeklySlots, original.weeklySlots);
        QCOMPARE(restored->plan.source.requestId, std::optional<qint64>(220));
        QCOMPARE(restored->plan.target.requestId, std::optional<qint64>());

        // Through text too, as the file on disk holds it.
        const auto fromText = MergeSnapshot::fromJson(throughText(json), &error);
        QVERIFY2(fromText, qPrintable(error));
        QVERIFY(*fromText == original);
    }

    void keepMathRoundTrip()
    {
        MergeSnapshot original = fullSnapshot();
        original.plan.direction = Direction::KeepMath;
        original.plan.source = account(11, Subject::English, 9, 12);
        original.plan.target = account(21, Subject::English, 0, 22);
        original.plan.loginLinkAccount = original.plan.target;
        // An intro lesson given in another zone is kept as the same instant.
        original.oldRequest->introLesson->startsAt
            = QDateTime(QDate(2024, 3, 1), QTime(13, 15), QTimeZone(3 * 3600));
        QString error;
        const auto restored = MergeSnapshot::fromJson(throughText(original.toJson()), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(*restored == original);
        QCOMPARE(restored->plan.direction, Direction::KeepMath);
        QCOMPARE(restored->oldRequest->introLesson->startsAt,
                 QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::UTC));
    }

    void snapshotWithoutOldRequestRoundTrips()
    {
        MergeSnapshot original = fullSnapshot();
        original.oldRequest.reset();
        original.reusedRequestId.reset();
        original.teacherId = 0;
        original.weeklySlots.clear();
        original.plan.source.requestId.reset();
        const QJsonObject json = original.toJson();
        QVERIFY(json.value(QStringLiteral("old_request")).isNull());
        QVERIFY(json.value(QStringLiteral("reused_request_id")).isNull());
        QString error;
        const auto restored = MergeSnapshot::fromJson(throughText(json), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(*restored == original);
        QVERIFY(!restored->oldRequest);
        QVERIFY(!restored->reusedRequestId);
        QCOMPARE(restored->teacherId, 0);
        QVERIFY(restored->weeklySlots.isEmpty());
        QVERIFY(!restored->plan.source.requestId);
    }

    void requestWithoutIntroLessonRoundTrips()
    {
        MergeSnapshot original = fullSnapshot();
        original.oldRequest->introLesson.reset();
        original.oldRequest->latestStatuses.clear();
        original.oldRequest->duplicate = true;
        const QJsonObject json = original.toJson();
        QVERIFY(json.value(QStringLiteral("old_request"))
                    .toObject()
                    .value(QStringLiteral("intro_lesson"))
                    .isNull());
        QString error;
        const auto restored = MergeSnapshot::fromJson(throughText(json), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(*restored == original);
        QVERIFY(restored->oldRequest);
        QVERIFY(!restored->oldRequest->introLesson);
        QVERIFY(restored->oldRequest->duplicate);
        // A missing key reads like null.
        QJsonObject noKeys = json;
        noKeys.remove(QStringLiteral("old_request"));
        const auto withoutOld = MergeSnapshot::fromJson(noKeys, &error);
        QVERIFY2(withoutOld, qPrintable(error));
        QVERIFY(!withoutOld->oldRequest);
    }

    void limitsAreAccepted()
    {
        MergeSnapshot original = fullSnapshot();
        original.plan.source.id = qint64(1) << 53; // the largest id a double holds exactly
        original.plan.source.lessonsTaken = 2147483647;
        original.plan.target.lessonsTaken = 0;
        original.weeklySlots
            = { { 7, QStringLiteral("23:59"), 24 * 60 }, { 1, QStringLiteral("00:00"), 1 } };
        QString error;
        const auto restored = MergeSnapshot::fromJson(throughText(original.toJson()), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(*restored == original);
        QCOMPARE(restored->plan.source.id, qint64(1) << 53);
    }

    void malformedInputNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        const QString id = QStringLiteral("expected a whole number from 1 to 9007199254740992");
        const QString count = QStringLiteral("expected a whole number from 0 to 2147483647");

        QTest::newRow("not an object at all")
            << QJsonObject() << QStringLiteral("plan: expected an object");
        QTest::newRow("missing plan") << with(QStringLiteral("plan"), QJsonValue::Undefined)
                                      << QStringLiteral("plan: expected an object");
        QTest::newRow("plan null") << with(QStringLiteral("plan"), QJsonValue::Null)
                                   << QStringLiteral("plan: expected an object");
        QTest::newRow("plan an array") << with(QStringLiteral("plan"), QJsonArray { 1 })
                                       << QStringLiteral("plan: expected an object");
        QTest::newRow("wrong direction")
            << with(QStringLiteral("plan.direction"), QStringLiteral("keep-both"))
            << QStringLiteral("plan.direction: expected \"keep-english\" or \"keep-math\"");
        QTest::newRow("direction in capitals")
            << with(QStringLiteral("plan.direction"), QStringLiteral("Keep-English"))
            << QStringLiteral("plan.direction: expected \"keep-english\" or \"keep-math\"");
        QTest::newRow("direction not a string")
            << with(QStringLiteral("plan.direction"), 1)
            << QStringLiteral("plan.direction: expected a string");
        QTest::newRow("source missing")
            << with(QStringLiteral("plan.source"), QJsonValue::Undefined)
            << QStringLiteral("plan.source: expected an object");
        QTest::newRow("source id as string")
            << with(QStringLiteral("plan.source.id"), QStringLiteral("22"))
            << QStringLiteral("plan.source.id: ") + id;
        QTest::newRow("source id zero")
            << with(QStringLiteral("plan.source.id"), 0) << QStringLiteral("plan.source.id: ") + id;
        QTest::newRow("source id negative") << with(QStringLiteral("plan.source.id"), -22)
                                            << QStringLiteral("plan.source.id: ") + id;
        QTest::newRow("source id fractional") << with(QStringLiteral("plan.source.id"), 22.5)
                                              << QStringLiteral("plan.source.id: ") + id;
        QTest::newRow("source id missing")
            << with(QStringLiteral("plan.source.id"), QJsonValue::Undefined)
            << QStringLiteral("plan.source.id: ") + id;
        QTest::newRow("target id beyond 2^53 (double)")
            << with(QStringLiteral("plan.target.id"), 9007199254740994.0)
            << QStringLiteral("plan.target.id: ") + id;
        QTest::newRow("target id huge") << with(QStringLiteral("plan.target.id"), 1e30)
                                        << QStringLiteral("plan.target.id: ") + id;
        QTest::newRow("target id huge negative") << with(QStringLiteral("plan.target.id"), -1e30)
                                                 << QStringLiteral("plan.target.id: ") + id;
        QTest::newRow("target id qint64 max")
            << with(QStringLiteral("plan.target.id"), std::numeric_limits<qint64>::max())
            << QStringLiteral("plan.target.id: ") + id;
        QTest::newRow("source == target")
            << with(QStringLiteral("plan.target.id"), 22)
            << QStringLiteral("plan.target.id: expected another account than "
                              "the source");
        QTest::newRow("bad subject")
            << with(QStringLiteral("plan.target.subject"), QStringLiteral("physics"))
            << QStringLiteral("plan.target.subject: expected \"english\" or \"math\"");
        QTest::newRow("negative lessons_taken")
            << with(QStringLiteral("plan.source.lessons_taken"), -1)
            << QStringLiteral("plan.source.lessons_taken: ") + count;
        QTest::newRow("fractional lessons_taken")
            << with(QStringLiteral("plan.source.lessons_taken"), 7.25)
            << QStringLiteral("plan.source.lessons_taken: ") + count;
        QTest::newRow("lessons_taken beyond int")
            << with(QStringLiteral("plan.source.lessons_taken"), 2147483648.0)
            << QStringLiteral("plan.source.lessons_taken: ") + count;
        QTest::newRow("lessons_taken a bool")
            << with(QStringLiteral("plan.source.lessons_taken"), true)
            << QStringLiteral("plan.source.lessons_taken: ") + count;
        QTest::newRow("kids as number")
            << with(QStringLiteral("plan.source.kids"), 1)
            << QStringLiteral("plan.source.kids: expected true or false");
        QTest::newRow("negative linked account")
            << with(QStringLiteral("plan.target.linked_account_id"), -1)
            << QStringLiteral("plan.target.linked_account_id: expected a whole number from 0 to "
                              "9007199254740992");
        QTest::newRow("request_id zero") << with(QStringLiteral("plan.source.request_id"), 0)
                                         << QStringLiteral("plan.source.request_id: ") + id;
        QTest::newRow("request_id missing")
            << with(QStringLiteral("plan.source.request_id"), QJsonValue::Undefined)
            << QStringLiteral("plan.source.request_id: ") + id;
        QTest::newRow("child_name null")
            << with(QStringLiteral("plan.source.child_name"), QJsonValue::Null)
            << QStringLiteral("plan.source.child_name: expected a string");
        QTest::newRow("negative paid lessons")
            << with(QStringLiteral("plan.source.paid_lessons"), -4)
            << QStringLiteral("plan.source.paid_lessons: ") + count;
        QTest::newRow("login link account broken")
            << with(QStringLiteral("plan.login_link_account.email"), 5)
            << QStringLiteral("plan.login_link_account.email: expected a string");
        QTest::newRow("loss missing") << with(QStringLiteral("plan.loss"), QJsonValue::Undefined)
                                      << QStringLiteral("plan.loss: expected a string");

        QTest::newRow("old request a string")
            << with(QStringLiteral("old_request"), QStringLiteral("220"))
            << QStringLiteral("old_request: expected an object or null");
        QTest::newRow("old request id fractional") << with(QStringLiteral("old_request.id"), 220.5)
                                                   << QStringLiteral("old_request.id: ") + id;
        QTest::newRow("old request account zero")
            << with(QStringLiteral("old_request.account_id"), 0)
            << QStringLiteral("old_request.account_id: ") + id;
        QTest::newRow("old request status missing")
            << with(QStringLiteral("old_request.status"), QJsonValue::Undefined)
            << QStringLiteral("old_request.status: expected a string");
        QTest::newRow("old request price set negative")
            << with(QStringLiteral("old_request.price_set_id"), -3)
            << QStringLiteral(
                   "old_request.price_set_id: expected a whole number from 0 to 9007199254740992");
        QTest::newRow("intro lesson a number")
            << with(QStringLiteral("old_request.intro_lesson"), 900)
            << QStringLiteral("old_request.intro_lesson: expected an object or null");
        QTest::newRow("intro lesson id zero")
            << with(QStringLiteral("old_request.intro_lesson.id"), 0)
            << QStringLiteral("old_request.intro_lesson.id: ") + id;
        QTest::newRow("intro lesson time garbage")
            << with(QStringLiteral("old_request.intro_lesson.starts_at"),
                    QStringLiteral("yesterday"))
            << QStringLiteral("old_request.intro_lesson.starts_at: expected an ISO 8601 time");
        QTest::newRow("intro lesson time empty")
            << with(QStringLiteral("old_request.intro_lesson.starts_at"), QString())
            << QStringLiteral("old_request.intro_lesson.starts_at: expected an ISO 8601 time");
        QTest::newRow("intro lesson time a number")
            << with(QStringLiteral("old_request.intro_lesson.starts_at"), 1709288130)
            << QStringLiteral("old_request.intro_lesson.starts_at: expected a string");
        QTest::newRow("intro lesson completed missing")
            << with(QStringLiteral("old_request.intro_lesson.completed"), QJsonValue::Undefined)
            << QStringLiteral("old_request.intro_lesson.completed: expected true or false");
        QTest::newRow("statuses not an array")
            << with(QStringLiteral("old_request.latest_statuses"), QStringLiteral("new"))
            << QStringLiteral("old_request.latest_statuses: expected an array");
        QTest::newRow("non-string status")
            << with(QStringLiteral("old_request.latest_statuses"),
                    QJsonArray { QStringLiteral("new"), 3, QStringLiteral("trial") })
            << QStringLiteral("old_request.latest_statuses: expected strings");
        QTest::newRow("null status")
            << with(QStringLiteral("old_request.latest_statuses"), QJsonArray { QJsonValue::Null })
            << QStringLiteral("old_request.latest_statuses: expected strings");
        QTest::newRow("duplicate flag a string")
            << with(QStringLiteral("old_request.duplicate"), QStringLiteral("false"))
            << QStringLiteral("old_request.duplicate: expected true or false");

        QTest::newRow("reused request zero") << with(QStringLiteral("reused_request_id"), 0)
                                             << QStringLiteral("reused_request_id: ") + id;
        QTest::newRow("reused request fractional")
            << with(QStringLiteral("reused_request_id"), 120.5)
            << QStringLiteral("reused_request_id: ") + id;
        QTest::newRow("reused request beyond 2^53")
            << with(QStringLiteral("reused_request_id"), 1e17)
            << QStringLiteral("reused_request_id: ") + id;
        QTest::newRow("teacher negative")
            << with(QStringLiteral("teacher_id"), -1)
            << QStringLiteral("teacher_id: expected a whole number from 0 to 9007199254740992");
        QTest::newRow("teacher missing")
            << with(QStringLiteral("teacher_id"), QJsonValue::Undefined)
            << QStringLiteral("teacher_id: expected a whole number from 0 to 9007199254740992");
        QTest::newRow("slots missing") << with(QStringLiteral("slots"), QJsonValue::Undefined)
                                       << QStringLiteral("slots: expected an array");
        QTest::newRow("slots an object") << with(QStringLiteral("slots"), QJsonObject {})
                                         << QStringLiteral("slots: expected an array");
        QTest::newRow("slot not an object") << with(QStringLiteral("slots[1]"), 4)
                                            << QStringLiteral("slots[1]: expected an object");
        QTest::newRow("weekday zero")
            << with(QStringLiteral("slots[1].weekday"), 0)
            << QStringLiteral("slots[1].weekday: expected a whole number from 1 to 7");
        QTest::newRow("weekday eight")
            << with(QStringLiteral("slots[0].weekday"), 8)
            << QStringLiteral("slots[0].weekday: expected a whole number from 1 to 7");
        QTest::newRow("weekday fractional")
            << with(QStringLiteral("slots[1].weekday"), 4.5)
            << QStringLiteral("slots[1].weekday: expected a whole number from 1 to 7");
        QTest::newRow("slot time missing")
            << with(QStringLiteral("slots[1].time"), QJsonValue::Undefined)
            << QStringLiteral("slots[1].time: expected a string");
        QTest::newRow("slot duration zero")
            << with(QStringLiteral("slots[0].duration_min"), 0)
            << QStringLiteral("slots[0].duration_min: expected a whole number from 1 to 1440");
        QTest::newRow("slot duration over a day")
            << with(QStringLiteral("slots[0].duration_min"), 1441)
            << QStringLiteral("slots[0].duration_min: expected a whole number from 1 to 1440");
    }
    void malformedInputNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        QString actual;
        const auto snapshot = MergeSnapshot::fromJson(json, &actual);
        QVERIFY2(!snapshot, "malformed input was accepted");
        QCOMPARE(actual, error);
        // The same through text, as a damaged file would hold it.
        actual.clear();
        QVERIFY(!MergeSnapshot::fromJson(throughText(json), &actual));
        QCOMPARE(actual, error);
        // A null error pointer is allowed.
        QVERIFY(!MergeSnapshot::fromJson(json, nullptr));
    }

    void firstProblemWins()
    {
        QJsonObject json = with(QStringLiteral("plan.source.id"), QStringLiteral("x"));
        json
            = edited(json, { QStringLiteral("slots[0]"), QStringLiteral("weekday") }, 9).toObject();
        QString error;
        QVERIFY(!MergeSnapshot::fromJson(json, &error));
        QCOMPARE(
            error,
            QStringLiteral("plan.source.id: expected a whole number from 1 to 9007199254740992"));
    }

    // An integer beyond 2^53 in the file's text: Qt keeps it as a 64-bit integer, whose double
    // value rounds to 2^53. It must be refused, not read as another account's id.
    void idsBeyond2Pow53InTextAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("number");
        QTest::newRow("2^53 + 1") << QStringLiteral("id") << QStringLiteral("9007199254740993");
        QTest::newRow("2^53 + 2") << QStringLiteral("id") << QStringLiteral("9007199254740994");
        QTest::newRow("2^63 - 1") << QStringLiteral("id") << QStringLiteral("9223372036854775807");
        QTest::newRow("2^64") << QStringLiteral("id") << QStringLiteral("18446744073709551616");
        QTest::newRow("linked 2^53 + 1")
            << QStringLiteral("linked_account_id") << QStringLiteral("9007199254740993");
    }
    void idsBeyond2Pow53InTextAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, number);
        // Put a marker where the number goes, then swap the marker for the raw digits.
        const QJsonObject marked
            = with(QStringLiteral("plan.source.") + field, QStringLiteral("@@NUMBER@@"));
        QByteArray text = QJsonDocument(marked).toJson(QJsonDocument::Compact);
        text.replace("\"@@NUMBER@@\"", number.toLatin1());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QString error;
        const auto snapshot = MergeSnapshot::fromJson(document.object(), &error);
        if (snapshot) {
            const qint64 read = field == QLatin1String("id")
                ? snapshot->plan.source.id
                : snapshot->plan.source.linkedAccountId;
            QFAIL(
                qPrintable(QStringLiteral("%1 was accepted and read as %2").arg(number).arg(read)));
        }
        QVERIFY2(
            error.startsWith(QStringLiteral("plan.source.%1: expected a whole number").arg(field)),
            qPrintable(error));
    }

    void statusesToCopyTakesTheHistoryAfterTheLastNew_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char *text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("empty history") << QStringList() << QStringList();
        QTest::newRow("only new") << list("new") << QStringList();
        QTest::newRow("plain") << list("new trial studying") << list("trial studying");
        QTest::newRow("after the last new")
            << list("new trial closed new contacted trial") << list("contacted trial");
        QTest::newRow("no new at all") << list("contacted trial") << list("contacted trial");
        QTest::newRow("without duplicate and closed")
            << list("new duplicate trial closed studying") << list("trial studying");
        QTest::newRow("repeats in a row collapse")
            << list("new trial trial trial studying studying") << list("trial studying");
        QTest::newRow("repeats not in a row stay")
            << list("new trial studying trial") << list("trial studying trial");
        QTest::newRow("repeat across a removed status collapses")
            << list("new trial duplicate trial") << list("trial");
        QTest::newRow("ending with duplicate")
            << list("new trial studying duplicate") << list("trial studying");
        QTest::newRow("ending with duplicate and closed")
            << list("new trial duplicate closed") << list("trial");
        QTest::newRow("only duplicate after new") << list("trial new duplicate") << QStringList();
        QTest::newRow("new last") << list("trial studying new") << QStringList();
        QTest::newRow("case matters") << list("new New Duplicate") << list("New Duplicate");
    }
    void statusesToCopyTakesTheHistoryAfterTheLastNew()
    {
        QFETCH(QStringList, history);
        QFETCH(QStringList, expected);
        QCOMPARE(statusesToCopy(::history(history)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMergeSnapshot)
#include "tst_merge_snapshot.moc"
