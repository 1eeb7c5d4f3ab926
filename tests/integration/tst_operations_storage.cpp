#include "storage/AsyncDatabase.h"
#include "storage/AuditOutbox.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace opc::storage;

// The local stores' groundwork: AsyncDatabase runs every job on its worker thread and hands
// each result back exactly once to the context's thread; AuditOutbox keeps pending events in a
// file that a second connection (another run) sees as written.
class TestOperationsStorage final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::vector<Migration> schema()
    {
        return { { 1, { QStringLiteral("CREATE TABLE t (v INTEGER NOT NULL)") } },
                 { 2, { QStringLiteral("ALTER TABLE t ADD COLUMN w TEXT") } } };
    }

    static QString openAndWait(AsyncDatabase &db)
    {
        QObject context;
        QString result = QStringLiteral("not answered");
        db.open(&context, [&](const QString &error) { result = error; });
        (void)QTest::qWaitFor([&] { return result != QLatin1String("not answered"); }, 10000);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void runsJobsOnTheWorkerAndAnswersOnTheCallersThread()
    {
        AsyncDatabase db(m_dir.filePath(QStringLiteral("sub/folder/jobs.sqlite")), schema());
        QCOMPARE(openAndWait(db), QString());
        QThread *const callerThread = QThread::currentThread();
        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        int calls = 0;
        int version = -1;
        db.run(
            [&](QSqlDatabase &connection) {
                jobThread = QThread::currentThread();
                QSqlQuery query(connection);
                query.exec(QStringLiteral("INSERT INTO t (v, w) VALUES (1, 'x')"));
                return Migrator::currentVersion(connection);
            },
            this,
            [&](int result) {
                ++calls;
                version = result;
                doneThread = QThread::currentThread();
            });
        QCOMPARE(calls, 0); // never synchronously
        QTRY_COMPARE(calls, 1);
        QVERIFY(jobThread && jobThread != callerThread);
        QCOMPARE(doneThread, callerThread);
        QCOMPARE(version, 2);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void keepsTheOrderOfJobs()
    {
        AsyncDatabase db(QStringLiteral(":memory:"), schema());
        QCOMPARE(openAndWait(db), QString());
        QList<int> order;
        for (int i = 0; i < 20; ++i)
            db.run([i](QSqlDatabase &) { return i; }, this, [&](int i2) { order << i2; });
        QTRY_COMPARE(order.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
    }

    void deliversNothingToADeadContext()
    {
        AsyncDatabase db(QStringLiteral(":memory:"), schema());
        QCOMPARE(openAndWait(db), QString());
        int calls = 0;
        bool ran = false;
        auto context = std::make_unique<QObject>();
        db.run(
            [&](QSqlDatabase &) {
                QThread::msleep(200); // the context dies while the job runs
                ran = true;
                return 1;
            },
            context.get(), [&](int) { ++calls; });
        context.reset();
        QTRY_VERIFY(ran);
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void reportsWhatCannotBeOpened()
    {
        // A folder where the file should be.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder.sqlite")));
        AsyncDatabase db(m_dir.filePath(QStringLiteral("a-folder.sqlite")), schema());
        const QString error = openAndWait(db);
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QLatin1String("not answered"));
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            AsyncDatabase db(path, schema());
            QCOMPARE(openAndWait(db), QString());
        }
        AsyncDatabase older(path, { { 1, { QStringLiteral("CREATE TABLE t (v INTEGER)") } } });
        QVERIFY(openAndWait(older).contains(QLatin1String("newer")));
    }

    // The destructor runs what is queued: what a caller was told is being written is written.
    void destructorFinishesQueuedJobs()
    {
        const QString path = m_dir.filePath(QStringLiteral("drain.sqlite"));
        {
            AsyncDatabase db(path, schema());
            QObject context;
            db.open(&context, [](const QString &) {});
            for (int i = 0; i < 50; ++i) {
                db.run(
                    [i](QSqlDatabase &connection) {
                        QSqlQuery query(connection);
                        return query.exec(QStringLiteral("INSERT INTO t (v) VALUES (%1)").arg(i));
                    },
                    &context, [](bool) {});
            }
        }
        AsyncDatabase reopened(path, schema());
        QCOMPARE(openAndWait(reopened), QString());
        int rows = -1;
        reopened.run(
            [](QSqlDatabase &connection) {
                QSqlQuery query(connection);
                query.exec(QStringLiteral("SELECT COUNT(*) FROM t"));
                return query.next() ? query.value(0).toInt() : -2;
            },
            this, [&](int count) { rows = count; });
        QTRY_COMPARE(rows, 50);
    }

    void outboxAddsListsMarksAndRemoves()
    {
        const QString path = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        AuditOutbox outbox(path);
        QString error = QStringLiteral("-");
        outbox.open(this, [&](const QString &e) { error = e; });
        QTRY_COMPARE(error, QString());

        int added = 0;
        const QJsonObject first { { QStringLiteral("id"), QStringLiteral("e1") },
                                  { QStringLiteral("action"), QStringLiteral("x") } };
        outbox.add(QStringLiteral("e1"), first, this,
                   [&](const QString &e) { added += e.isEmpty(); });
        outbox.add(QStringLiteral("e2"),
                   QJsonObject { { QStringLiteral("id"), QStringLiteral("e2") } }, this,
                   [&](const QString &e) { added += e.isEmpty(); });
        // The same id again keeps the first copy: recording twice must not deliver twice.
        outbox.add(QStringLiteral("e1"), QJsonObject { { QStringLiteral("other"), true } }, this,
                   [&](const QString &e) { added += e.isEmpty(); });
        QTRY_COMPARE(added, 3);

        bool marked = false;
        outbox.markAttempt(QStringLiteral("e2"), QStringLiteral("no answer"), this,
                           [&](const QString &e) { marked = e.isEmpty(); });
        QTRY_VERIFY(marked);

        // A second connection, as the next run would open it, sees it all.
        {
            AuditOutbox other(path);
            other.open(this, [](const QString &) {});
            std::optional<AuditOutbox::Listing> listing;
            other.listPending(10, this, [&](const AuditOutbox::Listing &l) { listing = l; });
            QTRY_VERIFY(listing);
            QCOMPARE(listing->error, QString());
            QCOMPARE(listing->events.size(), 2);
            QCOMPARE(listing->events.at(0).id, QStringLiteral("e1")); // oldest first
            QCOMPARE(listing->events.at(0).payload, first);
            QCOMPARE(listing->events.at(0).attempts, 0);
            QVERIFY(listing->events.at(0).createdAt.isValid());
            QCOMPARE(listing->events.at(1).id, QStringLiteral("e2"));
            QCOMPARE(listing->events.at(1).attempts, 1);
            QCOMPARE(listing->events.at(1).lastError, QStringLiteral("no answer"));
        }

        bool removed = false;
        outbox.remove(QStringLiteral("e1"), this, [&](const QString &e) { removed = e.isEmpty(); });
        std::optional<AuditOutbox::Count> count;
        outbox.count(this, [&](const AuditOutbox::Count &c) { count = c; });
        QTRY_VERIFY(count);
        QVERIFY(removed);
        QCOMPARE(count->pending, 1);
    }
};

QTEST_GUILESS_MAIN(TestOperationsStorage)
#include "tst_operations_storage.moc"
