#include "core/AuditEvent.h"
#include "crm/ConnectionMonitor.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "storage/AuditOutbox.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/resource.h>
#endif

using namespace opc;
using namespace opc::test;

namespace {

AuditEvent agentEvent(const QString &action)
{
    return makeAuditEvent(QStringLiteral("op-test"), kAgentId, action, QStringLiteral("account"),
                          { QStringLiteral("11") });
}

// The outbox as another process would see it (what is really on disk, not what the recorder
// thinks).
QList<storage::PendingAuditEvent> pendingOnDisk(const QString &path)
{
    storage::AuditOutbox outbox(path);
    QObject context;
    bool opened = false;
    outbox.open(&context, [&](const QString &) { opened = true; });
    std::optional<storage::AuditOutbox::Listing> listing;
    outbox.listPending(1000, &context,
                       [&](const storage::AuditOutbox::Listing &result) { listing = result; });
    (void)QTest::qWaitFor([&] { return opened && listing.has_value(); }, 10000);
    return listing ? listing->events : QList<storage::PendingAuditEvent> {};
}

// The events on disk that the CRM refused (kept, not waiting for delivery).
QList<storage::PendingAuditEvent> refusedOnDisk(const QString &path)
{
    storage::AuditOutbox outbox(path);
    QObject context;
    bool opened = false;
    outbox.open(&context, [&](const QString &) { opened = true; });
    std::optional<storage::AuditOutbox::Listing> listing;
    outbox.listRefused(1000, QDateTime::currentDateTimeUtc().addYears(1), {}, &context,
                       [&](const storage::AuditOutbox::Listing &result) { listing = result; });
    (void)QTest::qWaitFor([&] { return opened && listing.has_value(); }, 10000);
    return listing ? listing->events : QList<storage::PendingAuditEvent> {};
}

// Journals events straight into an outbox file, as an earlier run would have left them.
bool journal(const QString &path, const QList<AuditEvent> &events)
{
    storage::AuditOutbox outbox(path);
    QObject context;
    QString openError = QStringLiteral("not answered");
    outbox.open(&context, [&](const QString &error) { openError = error; });
    int added = 0;
    for (const AuditEvent &event : events) {
        outbox.add(event.id, event.toJson(), &context,
                   [&](const QString &error) { added += error.isEmpty() ? 1 : 0; });
    }
    return QTest::qWaitFor([&] { return added == events.size(); }, 30000) && openError.isEmpty();
}

// CPU time this process has used so far (every thread), in milliseconds: a busy loop shows here
// even when it sends nothing.
qint64 cpuTimeMs()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME &time) {
        return (qint64(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    };
    return (ticks(kernel) + ticks(user)) / 10000;
#else
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
#endif
}

// Helper mode (`--record-and-hang OUTBOX URL COUNT`): journals COUNT events against a CRM that
// is down, prints each id once it is durable, then hangs until the test kills it — a crash at
// the worst moment: journaled, never delivered.
int recordAndHang(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString outboxPath = args.value(2);
    crm::CrmClient client;
    client.setBaseUrl(QUrl(args.value(3)));
    client.setToken(kAgentToken);
    ops::AuditRecorder recorder(&client, outboxPath);
    const int count = args.value(4).toInt();
    recorder.open(&app, [&](const QString &error) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
            QCoreApplication::exit(3);
            return;
        }
        for (int i = 0; i < count; ++i) {
            const AuditEvent event = agentEvent(QStringLiteral("test.crash.%1").arg(i));
            recorder.record(event, &app, [id = event.id](const QString &recordError) {
                if (recordError.isEmpty())
                    std::printf("%s\n", qPrintable(id));
                else
                    std::printf("error %s\n", qPrintable(recordError));
                std::fflush(stdout);
            });
        }
    });
    return QCoreApplication::exec();
}

} // namespace

// The audit outbox against a real crm-sandbox process: events recorded while the CRM is down
// wait on disk and are delivered exactly once when it is back, also after a crash; a lost
// answer never doubles an event; a refused event is kept and reported, never dropped, and never
// holds up the events behind it.
class TestAuditDelivery final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A sandbox with fault injection whose audit endpoint misbehaves as `fault` says.
    static bool startWithDeliveryFault(SandboxProcess &sandbox, const QString &fault,
                                       const QJsonValue &value)
    {
        if (!sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                           { QStringLiteral("--enable-faults") })) {
            qWarning("%s", qPrintable(sandbox.error()));
            return false;
        }
        return addFault(
            sandbox.url(),
            QJsonObject { { QStringLiteral("route"), QStringLiteral("POST /api/v1/audit/events") },
                          { fault, value } });
    }

    static bool openRecorder(ops::AuditRecorder &recorder)
    {
        QString error = QStringLiteral("not answered");
        QObject context;
        bool done = false;
        recorder.open(&context, [&](const QString &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return false;
        return error.isEmpty();
    }

    static bool record(ops::AuditRecorder &recorder, const AuditEvent &event)
    {
        QObject context;
        bool done = false;
        QString error;
        recorder.record(event, &context, [&](const QString &e) {
            error = e;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && error.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deliversAtOnceWhenTheCrmIsUp()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        auto client = clientFor(sandbox.url(), kAgentToken);
        ops::AuditRecorder recorder(client.get(), path(QStringLiteral("up.sqlite")));
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
        QVERIFY(openRecorder(recorder));

        const AuditEvent event = agentEvent(QStringLiteral("test.up"));
        QVERIFY(record(recorder, event));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().first().toString(), event.id);
        QCOMPARE(failed.size(), 0);
        QTRY_COMPARE(recorder.pendingCount(), 0);
        QVERIFY(pendingOnDisk(path(QStringLiteral("up.sqlite"))).isEmpty());

        QString error;
        const QStringList stored = storedEventIds(sandbox.url(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.count(event.id), 1);
    }

    // CRM killed: events wait in the outbox (counted attempts, nothing delivered); CRM restarted
    // on the same port over the same database: the gentle timer delivers each exactly once.
    void waitsWhileTheCrmIsDownThenDeliversOnce()
    {
        const QString db = path(QStringLiteral("crm-down.sqlite"));
        const QString outboxPath = path(QStringLiteral("down.sqlite"));
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(db), qPrintable(sandbox.error()));
        const QUrl url = sandbox.url();
        auto client = clientFor(url, kAgentToken);
        ops::AuditRecorder recorder(client.get(), outboxPath);
        recorder.setRetryIntervals(300, 1000);
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
        QVERIFY(openRecorder(recorder));

        const AuditEvent before = agentEvent(QStringLiteral("test.before-outage"));
        QVERIFY(record(recorder, before));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);

        sandbox.kill();
        const AuditEvent during1 = agentEvent(QStringLiteral("test.during-outage.1"));
        const AuditEvent during2 = agentEvent(QStringLiteral("test.during-outage.2"));
        QVERIFY(record(recorder, during1));
        QVERIFY(record(recorder, during2));
        QCOMPARE(recorder.pendingCount(), 2);
        // Attempts were made and failed, and both are still on disk.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto pending = pendingOnDisk(outboxPath);
                return pending.size() == 2 && pending.first().attempts >= 1
                    && !pending.first().lastError.isEmpty();
            }(),
            30000);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(failed.size(), 0); // an unreachable CRM is not a refusal

        QVERIFY2(sandbox.start(db, QStringLiteral("demo"), {}, url.port()),
                 qPrintable(sandbox.error()));
        QCOMPARE(sandbox.url(), url);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 30000);
        QTRY_COMPARE(recorder.pendingCount(), 0);
        QVERIFY(pendingOnDisk(outboxPath).isEmpty());

        QString error;
        const QStringList stored = storedEventIds(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const AuditEvent &event : { before, during1, during2 })
            QCOMPARE(stored.count(event.id), 1);
        // Delivered in the order they were recorded, so the hash chain tells the story in order.
        QVERIFY(stored.indexOf(during1.id) < stored.indexOf(during2.id));
    }

    // The Session's wiring: when the connection monitor sees the CRM again, the outbox is
    // flushed at once (the recorder's own timer is set far beyond this test's patience).
    void sessionFlushesWhenTheCrmComesBack()
    {
        const QString db = path(QStringLiteral("crm-session.sqlite"));
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(db), qPrintable(sandbox.error()));
        const QUrl url = sandbox.url();
        auto *client = clientFor(url, kAgentToken).release();
        auto *recorder = new ops::AuditRecorder(client, path(QStringLiteral("session.sqlite")));
        recorder->setRetryIntervals(10 * 60 * 1000, 10 * 60 * 1000);
        QVERIFY(openRecorder(*recorder));
        ops::User user { kAgentId, QStringLiteral("agent"), QStringLiteral("Agent"), Role::Agent };
        ops::Session session(client, user, false, secrets::TokenStorage::MemoryOnly, recorder);
        session.connection()->setProbeIntervals(200, 500);
        QSignalSpy delivered(recorder, &ops::AuditRecorder::delivered);
        QSignalSpy online(session.connection(), &crm::ConnectionMonitor::onlineChanged);

        sandbox.kill();
        const AuditEvent event = agentEvent(QStringLiteral("test.session-offline"));
        QVERIFY(record(*recorder, event));
        QTRY_VERIFY_WITH_TIMEOUT(!session.connection()->isOnline(), 30000);
        QCOMPARE(delivered.size(), 0);

        QVERIFY2(sandbox.start(db, QStringLiteral("demo"), {}, url.port()),
                 qPrintable(sandbox.error()));
        QTRY_VERIFY_WITH_TIMEOUT(session.connection()->isOnline(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().first().toString(), event.id);
        QString error;
        QCOMPARE(storedEventIds(url, &error).count(event.id), 1);
    }

    // A crash after journaling: a helper process records with the CRM down and is killed; a new
    // recorder over the same outbox file delivers every one of its events, once.
    void deliversWhatACrashedRunLeft()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QUrl url = sandbox.url();
        sandbox.kill(); // the port is now a CRM that is down

        const QString outboxPath = path(QStringLiteral("crash.sqlite"));
        QProcess helper;
        helper.setProgram(QCoreApplication::applicationFilePath());
        helper.setArguments({ QStringLiteral("--record-and-hang"), outboxPath, url.toString(),
                              QStringLiteral("5") });
        helper.start();
        QVERIFY(helper.waitForStarted(10000));
        QStringList ids;
        QDeadlineTimer deadline(30000);
        while (ids.size() < 5 && !deadline.hasExpired() && helper.state() == QProcess::Running) {
            if (helper.canReadLine())
                ids << QString::fromUtf8(helper.readLine().trimmed());
            else
                helper.waitForReadyRead(100);
        }
        QVERIFY2(ids.size() == 5,
                 qPrintable(ids.join(QLatin1Char(',')) + QLatin1Char(' ')
                            + QString::fromUtf8(helper.readAllStandardError())));
        for (const QString &id : ids)
            QVERIFY2(!id.startsWith(QLatin1String("error")), qPrintable(id));
        helper.kill(); // SIGKILL: no destructor, no flush, nothing delivered
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(pendingOnDisk(outboxPath).size(), 5);

        QVERIFY2(sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"), {}, url.port()),
                 qPrintable(sandbox.error()));
        auto client = clientFor(url, kAgentToken);
        ops::AuditRecorder recorder(client.get(), outboxPath);
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QVERIFY(openRecorder(recorder)); // open() sends what the earlier run left
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 5, 30000);
        QTRY_COMPARE(recorder.pendingCount(), 0);

        QString error;
        const QStringList stored = storedEventIds(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &id : ids)
            QCOMPARE(stored.count(id), 1);
    }

    // The answer is lost, not the request: the CRM stores the event and drops the connection
    // (drop_after_apply) — for Qt's own resends and every one of the client's attempts. The
    // event stays in the outbox, its failed attempt counted, although the CRM holds it; the
    // outbox's later retry (same Idempotency-Key) is answered from the stored result. Then the
    // same event is delivered again from a second outbox: the CRM answers 200 and keeps one copy.
    void aLostAnswerNeverDoublesAnEvent()
    {
        SandboxProcess sandbox;
        QVERIFY(startWithDeliveryFault(sandbox, QStringLiteral("drop_after_apply"), true));
        const QUrl url = sandbox.url();
        auto client = clientFor(url, kAgentToken);
        const AuditEvent event = agentEvent(QStringLiteral("test.lost-answer"));
        const QString outboxPath = path(QStringLiteral("lost-1.sqlite"));
        {
            ops::AuditRecorder recorder(client.get(), outboxPath);
            recorder.setRetryIntervals(10 * 60 * 1000, 10 * 60 * 1000); // only flush() retries
            QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
            QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
            QVERIFY(openRecorder(recorder));
            QVERIFY(record(recorder, event));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const auto pending = pendingOnDisk(outboxPath);
                    return pending.size() == 1 && pending.first().attempts == 1
                        && !pending.first().lastError.isEmpty();
                }(),
                60000);
            QString error;
            QCOMPARE(storedEventIds(url, &error).count(event.id), 1); // applied, never answered
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(delivered.size(), 0);
            QCOMPARE(failed.size(), 0); // no answer is not a refusal
            QCOMPARE(recorder.pendingCount(), 1);

            QVERIFY(clearFaults(url));
            recorder.flush();
            QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
            QCOMPARE(delivered.first().first().toString(), event.id);
            QTRY_COMPARE(recorder.pendingCount(), 0);
            QVERIFY(pendingOnDisk(outboxPath).isEmpty());
            QCOMPARE(storedEventIds(url, &error).count(event.id), 1);
        }
        {
            ops::AuditRecorder again(client.get(), path(QStringLiteral("lost-2.sqlite")));
            QSignalSpy delivered(&again, &ops::AuditRecorder::delivered);
            QSignalSpy failed(&again, &ops::AuditRecorder::deliveryFailed);
            QVERIFY(openRecorder(again));
            QVERIFY(record(again, event));
            QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
            QCOMPARE(failed.size(), 0);
        }
        // The raw contract underneath: a repeat with the same Idempotency-Key replays the first
        // answer (201); the same event under another key (a second outbox, a hand-made retry)
        // is answered 200, "already stored".
        const AuditEvent raw = agentEvent(QStringLiteral("test.raw-repeat"));
        crm::CrmRequest post = opc::test::auditEventPost(raw);
        QCOMPARE(call(*client, post).httpStatus, 201);
        QCOMPARE(call(*client, post).httpStatus, 201);
        post.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QCOMPARE(call(*client, post).httpStatus, 200);

        QString error;
        const QStringList stored = storedEventIds(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.count(event.id), 1);
        QCOMPARE(stored.count(raw.id), 1);
    }

    // 5xx: the CRM is there but failing — keep the event, no refusal reported, deliver later.
    void aFailingCrmKeepsTheEventPending()
    {
        SandboxProcess sandbox;
        QVERIFY(startWithDeliveryFault(sandbox, QStringLiteral("status"), 503));
        const QUrl url = sandbox.url();
        auto client = clientFor(url, kAgentToken);
        const QString outboxPath = path(QStringLiteral("failing.sqlite"));
        ops::AuditRecorder recorder(client.get(), outboxPath);
        recorder.setRetryIntervals(10 * 60 * 1000, 10 * 60 * 1000);
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
        QVERIFY(openRecorder(recorder));
        const AuditEvent event = agentEvent(QStringLiteral("test.server-error"));
        QVERIFY(record(recorder, event));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto pending = pendingOnDisk(outboxPath);
                return pending.size() == 1 && pending.first().attempts >= 1;
            }(),
            30000);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(failed.size(), 0);

        QVERIFY(clearFaults(url));
        recorder.flush();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QString error;
        QCOMPARE(storedEventIds(url, &error).count(event.id), 1);
    }

    // A 4xx refusal (here: an actor that is not the signed-in user) is reported with the CRM's
    // reason, and the event stays in the outbox; an explicit flush offers it again.
    void aRefusedEventIsKeptAndReported()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        auto client = clientFor(sandbox.url(), kAgentToken);
        const QString outboxPath = path(QStringLiteral("refused.sqlite"));
        ops::AuditRecorder recorder(client.get(), outboxPath);
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
        QVERIFY(openRecorder(recorder));

        AuditEvent event = agentEvent(QStringLiteral("test.refused"));
        event.actor = QStringLiteral("u-somebody-else");
        QVERIFY(record(recorder, event));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().at(0).toString(), event.id);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(delivered.size(), 0);
        // Kept on disk, marked refused: no longer waiting for delivery.
        QTRY_COMPARE(recorder.refusedCount(), 1);
        QCOMPARE(recorder.pendingCount(), 0);
        QVERIFY(pendingOnDisk(outboxPath).isEmpty());
        const auto refused = refusedOnDisk(outboxPath);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().id, event.id);
        QCOMPARE(refused.first().attempts, 1);
        QVERIFY(!refused.first().lastError.isEmpty());
        QVERIFY(refused.first().refusedAt.isValid());

        // A good event recorded afterwards is not held up by the refused one.
        const AuditEvent good = agentEvent(QStringLiteral("test.after-refusal"));
        QVERIFY(record(recorder, good));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().first().toString(), good.id);
        QCOMPARE(failed.size(), 1); // not offered again by a new event's batch

        recorder.flush();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 20000);
        QTest::qWait(300);
        QCOMPARE(failed.size(), 2); // offered again once, not in a loop
        QCOMPARE(recorder.refusedCount(), 1);
        QCOMPARE(recorder.pendingCount(), 0);
        QCOMPARE(refusedOnDisk(outboxPath).first().attempts, 2);
    }

    // More refused events than one batch holds (100), then a good one: the good one is
    // delivered, each refused event is offered once, and the recorder then rests — no request,
    // no outbox listing going round in circles (which would burn CPU on both threads). A new
    // event does not re-offer the refused ones; flush() does, once.
    void refusedEventsDoNotHoldUpTheOutbox()
    {
        constexpr int kRefused = 120;
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QUrl url = sandbox.url();
        const QString outboxPath = path(QStringLiteral("many-refused.sqlite"));
        QList<AuditEvent> events;
        for (int i = 0; i < kRefused; ++i) {
            AuditEvent refused = agentEvent(QStringLiteral("test.refused.%1").arg(i));
            refused.actor = QStringLiteral("u-somebody-else"); // the CRM refuses this actor
            events << refused;
        }
        const AuditEvent good = agentEvent(QStringLiteral("test.behind-the-refused"));
        events << good;
        QVERIFY(journal(outboxPath, events));

        auto client = clientFor(url, kAgentToken);
        ops::AuditRecorder recorder(client.get(), outboxPath);
        recorder.setRetryIntervals(300, 1000); // a timer that fires would show in the counts
        QSignalSpy delivered(&recorder, &ops::AuditRecorder::delivered);
        QSignalSpy failed(&recorder, &ops::AuditRecorder::deliveryFailed);
        QSignalSpy answered(client.get(), &crm::CrmClient::reachable); // one per HTTP answer
        QVERIFY(openRecorder(recorder));

        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().first().toString(), good.id);
        QCOMPARE(failed.size(), kRefused);
        QTRY_COMPARE(recorder.refusedCount(), kRefused);
        QCOMPARE(recorder.pendingCount(), 0);
        QCOMPARE(answered.size(), kRefused + 1); // each sent once

        const auto restsFor2s = [&](int expectedFailed) {
            const int answersBefore = int(answered.size());
            const qint64 cpuBefore = cpuTimeMs();
            QTest::qWait(2000);
            const qint64 cpuUsed = cpuTimeMs() - cpuBefore;
            const bool rested = answered.size() == answersBefore && failed.size() == expectedFailed
                && cpuUsed < 700;
            if (!rested) {
                qWarning("in 2 s: %d answers, %d refusals, %lld ms CPU",
                         int(answered.size()) - answersBefore, int(failed.size()), cpuUsed);
            }
            return rested;
        };
        QVERIFY(restsFor2s(kRefused));

        const AuditEvent later = agentEvent(QStringLiteral("test.later"));
        QVERIFY(record(recorder, later));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 20000);
        QCOMPARE(delivered.last().first().toString(), later.id);
        QVERIFY(restsFor2s(kRefused)); // the refused ones were not offered again

        recorder.flush(); // explicit: each refused event is offered once more
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2 * kRefused, 20000);
        QVERIFY(restsFor2s(2 * kRefused));
        QCOMPARE(recorder.refusedCount(), kRefused);
        QCOMPARE(recorder.pendingCount(), 0);
        const auto refused = refusedOnDisk(outboxPath);
        QCOMPARE(refused.size(), kRefused);
        for (const auto &event : refused)
            QCOMPARE(event.attempts, 2);

        QString error;
        const QStringList stored = storedEventIds(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.count(good.id), 1);
        QCOMPARE(stored.count(later.id), 1);
        QCOMPARE(stored.count(events.first().id), 0);
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--record-and-hang") == 0)
        return recordAndHang(argc, argv);
    QCoreApplication app(argc, argv);
    TestAuditDelivery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_audit_delivery.moc"
