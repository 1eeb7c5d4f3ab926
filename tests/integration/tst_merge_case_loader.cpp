#include "core/merge/Direction.h"
#include "core/merge/MergeModel.h"
#include "crm/CrmClient.h"
#include "operations/merge/MergeCaseLoader.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QTest>

#include <memory>

using namespace opc;
using namespace opc::test;

// The Find step of the KIDS merge against a real crm-sandbox with the demo fixture: the seed
// student of issue 3 (English 11 working ↔ math 12 empty, English 21 empty ↔ math 22 working).
class TestMergeCaseLoader final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;

    struct Loaded {
        int calls = 0;
        ops::MergeCaseLoad result;
    };

    static std::shared_ptr<Loaded> load(crm::CrmClient &client, qint64 accountId, QObject *context)
    {
        auto loaded = std::make_shared<Loaded>();
        ops::loadMergeCase(&client, accountId, context, [loaded](const ops::MergeCaseLoad &r) {
            ++loaded->calls;
            loaded->result = r;
        });
        return loaded;
    }

    static const merge::Account &account(const merge::MergeCase &mergeCase, qint64 id)
    {
        static const merge::Account none;
        const merge::Account *found = mergeCase.account(id);
        return found ? *found : none;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error())); }

    void loadsTheSeedStudentFromEitherAccount_data()
    {
        QTest::addColumn<qint64>("accountId");
        for (qint64 id : { 11, 12, 21, 22 })
            QTest::newRow(qPrintable(QString::number(id))) << id;
    }

    void loadsTheSeedStudentFromEitherAccount()
    {
        QFETCH(qint64, accountId);
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        QObject context;
        const auto loaded = load(*client, accountId, &context);
        QCOMPARE(loaded->calls, 0); // never delivered before loadMergeCase returns
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 20000);
        const ops::MergeCaseLoad &result = loaded->result;
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.failure, ops::MergeCaseLoad::Failure::None);
        QCOMPARE(result.accountId, accountId);
        QCOMPARE(result.studentId, 1);
        QCOMPARE(result.studentName, QStringLiteral("Миша Кузнецов"));
        QVERIFY(result.studentIsKids);

        const merge::MergeCase &mergeCase = *result.mergeCase;
        QCOMPARE(mergeCase.accounts.size(), 4);
        QCOMPARE(mergeCase.requests.size(), 3);

        const merge::Account &english11 = account(mergeCase, 11);
        QCOMPARE(english11.id, 11);
        QCOMPARE(english11.subject, merge::Subject::English);
        QCOMPARE(english11.lessonsTaken, 24);
        QVERIFY(english11.isWorking());
        QVERIFY(english11.kids);
        QCOMPARE(english11.linkedAccountId, 12);
        QCOMPARE(english11.requestId, std::optional<qint64>(1101));
        QCOMPARE(english11.paidLessons, 8);
        QCOMPARE(english11.teacherName, QStringLiteral("Ирина Петрова"));
        QCOMPARE(english11.schedule, QStringLiteral("Mon 17:00 (50 min), Thu 17:00 (50 min)"));
        QCOMPARE(english11.childName, QStringLiteral("Миша Кузнецов"));
        QCOMPARE(english11.email, QStringLiteral("kuznetsova.e@example.org"));
        QCOMPARE(english11.phone, QStringLiteral("+7 499 123-45-67"));

        const merge::Account &math12 = account(mergeCase, 12);
        QCOMPARE(math12.id, 12);
        QCOMPARE(math12.subject, merge::Subject::Math);
        QCOMPARE(math12.lessonsTaken, 0);
        QCOMPARE(math12.linkedAccountId, 11);
        QCOMPARE(math12.requestId, std::nullopt);
        QCOMPARE(math12.paidLessons, 0);
        QVERIFY(math12.teacherName.isEmpty());
        QVERIFY(math12.schedule.isEmpty());

        const merge::Account &english21 = account(mergeCase, 21);
        QCOMPARE(english21.subject, merge::Subject::English);
        QCOMPARE(english21.lessonsTaken, 0);
        QCOMPARE(english21.linkedAccountId, 22);
        QCOMPARE(english21.requestId, std::optional<qint64>(2101));

        const merge::Account &math22 = account(mergeCase, 22);
        QCOMPARE(math22.subject, merge::Subject::Math);
        QCOMPARE(math22.lessonsTaken, 16);
        QCOMPARE(math22.linkedAccountId, 21);
        QCOMPARE(math22.requestId, std::optional<qint64>(2201));
        QCOMPARE(math22.paidLessons, 5);
        QCOMPARE(math22.teacherName, QStringLiteral("Сергей Иванов"));
        QCOMPARE(math22.schedule, QStringLiteral("Tue 18:00 (50 min), Fri 18:00 (50 min)"));

        const merge::RequestSummary *request1101 = mergeCase.request(1101);
        QVERIFY(request1101);
        QCOMPARE(request1101->accountId, 11);
        QCOMPARE(request1101->status, QStringLiteral("studying"));
        QCOMPARE(request1101->methodistId, 501);
        QCOMPARE(request1101->methodistName, QStringLiteral("Ольга Методиева"));
        QCOMPARE(request1101->priceSetId, 1);
        QCOMPARE(request1101->regionId, 1);
        QVERIFY(request1101->introLessonReport.startsWith(QStringLiteral("Уровень A1.")));
        QVERIFY(!request1101->taskAfterTrialForStudent.isEmpty());
        QVERIFY(!request1101->taskAfterTrialForTeacher.isEmpty());
        QVERIFY(!request1101->duplicate);
        QCOMPARE(request1101->latestStatuses,
                 QStringList({ QStringLiteral("new"), QStringLiteral("intro_scheduled"),
                               QStringLiteral("intro_done"), QStringLiteral("studying") }));
        // The methodist's intro lesson on account 11, as the timetable holds it.
        QVERIFY(request1101->introLesson);
        QVERIFY(request1101->introLesson->completed);
        QVERIFY(request1101->introLesson->id > 0);
        QVERIFY(request1101->introLesson->startsAt.isValid());
        QVERIFY(request1101->introLesson->startsAt < QDateTime::currentDateTimeUtc());

        const merge::RequestSummary *request2201 = mergeCase.request(2201);
        QVERIFY(request2201);
        QCOMPARE(request2201->accountId, 22);
        QCOMPARE(request2201->methodistId, 502);
        QCOMPARE(request2201->methodistName, QStringLiteral("Павел Вводнов"));
        QCOMPARE(request2201->priceSetId, 2);
        QVERIFY(request2201->introLesson);
        QVERIFY(request2201->introLesson->id != request1101->introLesson->id);

        const merge::RequestSummary *request2101 = mergeCase.request(2101);
        QVERIFY(request2101);
        QCOMPARE(request2101->accountId, 21);
        QCOMPARE(request2101->status, QStringLiteral("new"));
        QCOMPARE(request2101->methodistId, 0);
        QVERIFY(!request2101->introLesson);
        QVERIFY(request2101->introLessonReport.isEmpty());

        // What the domain layer makes of it: the seed's situation, both directions resolvable.
        QCOMPARE(merge::structureProblem(mergeCase), QString());
        QString why;
        const auto keepEnglish
            = merge::resolveDirection(mergeCase, merge::Direction::KeepEnglish, &why);
        QVERIFY2(keepEnglish, qPrintable(why));
        QCOMPARE(keepEnglish->source.id, 22);
        QCOMPARE(keepEnglish->target.id, 12);
        const auto keepMath = merge::resolveDirection(mergeCase, merge::Direction::KeepMath, &why);
        QVERIFY2(keepMath, qPrintable(why));
        QCOMPARE(keepMath->source.id, 11);
        QCOMPARE(keepMath->target.id, 21);

        QTest::qWait(200);
        QCOMPARE(loaded->calls, 1); // exactly once
    }

    void loadsAStudentWhoIsNotKids()
    {
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        QObject context;
        const auto loaded = load(*client, 31, &context);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 20000);
        QVERIFY2(loaded->result.ok(), qPrintable(loaded->result.message));
        QCOMPARE(loaded->result.studentId, 2);
        QVERIFY(!loaded->result.studentIsKids);
        const merge::MergeCase &mergeCase = *loaded->result.mergeCase;
        QCOMPARE(mergeCase.accounts.size(), 1);
        QVERIFY(!mergeCase.accounts.first().kids);
        QCOMPARE(mergeCase.accounts.first().requestId, std::optional<qint64>(3101));
        QVERIFY(!merge::structureProblem(mergeCase).isEmpty());
    }

    void namesAnUnknownAccount()
    {
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        QObject context;
        const auto loaded = load(*client, 999, &context);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 20000);
        QVERIFY(!loaded->result.ok());
        QCOMPARE(loaded->result.failure, ops::MergeCaseLoad::Failure::UnknownAccount);
        QVERIFY2(loaded->result.message.contains(QStringLiteral("No account 999 in the CRM")),
                 qPrintable(loaded->result.message));
        QVERIFY(loaded->result.error);
        QCOMPARE(loaded->result.error->httpStatus, 404);
        QTest::qWait(100);
        QCOMPARE(loaded->calls, 1);
    }

    void reportsARefusedToken()
    {
        auto client = clientFor(m_sandbox.url(), QStringLiteral("wrong-token"));
        QObject context;
        const auto loaded = load(*client, 22, &context);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 20000);
        QCOMPARE(loaded->result.failure, ops::MergeCaseLoad::Failure::Crm);
        QVERIFY(loaded->result.error);
        QCOMPARE(loaded->result.error->kind, crm::ErrorKind::Unauthorized);
        QVERIFY(loaded->result.message.contains(QStringLiteral("22")));
    }

    void reportsAnUnreachableCrm()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        const QUrl url = gone.url();
        gone.kill();
        auto client = clientFor(url, kAgentToken);
        crm::RetryPolicy quick;
        quick.baseDelayMs = 10;
        quick.maxDelayMs = 20;
        client->setRetryPolicy(quick);
        QObject context;
        const auto loaded = load(*client, 22, &context);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 30000);
        QCOMPARE(loaded->result.failure, ops::MergeCaseLoad::Failure::Crm);
        QVERIFY(loaded->result.error);
        QCOMPARE(loaded->result.error->kind, crm::ErrorKind::Network);
        QVERIFY(!loaded->result.message.isEmpty());
    }

    // A failure in the middle (a request of another account) ends the load once.
    void reportsAFailureHalfway()
    {
        SandboxProcess faulty;
        QVERIFY2(faulty.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                              { QStringLiteral("--enable-faults") }),
                 qPrintable(faulty.error()));
        QVERIFY(addFault(
            faulty.url(),
            QJsonObject { { QStringLiteral("route"), QStringLiteral("GET /api/v1/requests/{id}") },
                          { QStringLiteral("status"), 500 } }));
        auto client = clientFor(faulty.url(), kAgentToken);
        QObject context;
        const auto loaded = load(*client, 22, &context);
        QTRY_COMPARE_WITH_TIMEOUT(loaded->calls, 1, 20000);
        QCOMPARE(loaded->result.failure, ops::MergeCaseLoad::Failure::Crm);
        QVERIFY(loaded->result.error);
        QCOMPARE(loaded->result.error->kind, crm::ErrorKind::Server);
        QVERIFY2(loaded->result.message.startsWith(QStringLiteral("Request ")),
                 qPrintable(loaded->result.message));
        QTest::qWait(300);
        QCOMPARE(loaded->calls, 1);
    }

    // A context that goes away takes the delivery with it.
    void deliversNothingToADestroyedContext()
    {
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        auto context = std::make_unique<QObject>();
        const auto loaded = load(*client, 22, context.get());
        context.reset();
        QTest::qWait(500);
        QCOMPARE(loaded->calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeCaseLoader)
#include "tst_merge_case_loader.moc"
