// The audit log: append-only in the database itself, hash-chained, one row per event id,
// readable by team leads and admins only.

#include "SandboxTestSupport.h"
#include "core/AuditChain.h"
#include "core/AuditEvent.h"
#include "storage/SqliteDatabase.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

class AuditTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("audit.db")); }

    static QByteArray newKey() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

    QJsonArray allEvents()
    {
        QJsonArray all;
        QString cursor;
        do {
            const Response page = m_http->get(
                QStringLiteral("/api/v1/audit/events?limit=2") + cursor, test::kLeadToken);
            if (page.status != 200)
                return {};
            for (const QJsonValue &event : page.json().value(QStringLiteral("items")).toArray())
                all.append(event);
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            cursor = next.isNull() ? QString() : QStringLiteral("&cursor=") + next.toString();
        } while (!cursor.isEmpty());
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox
            = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions(dbPath()));
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
        for (int i = 0; i < 5; ++i) {
            AuditEvent event = makeAuditEvent(
                QStringLiteral("op-%1").arg(i), QStringLiteral("u-lead"),
                QStringLiteral("merge.step.move-paid-lessons"), QStringLiteral("account"),
                { QStringLiteral("11"), QStringLiteral("12") });
            event.before = QJsonObject { { QStringLiteral("balance"), 8 } };
            event.after = QJsonObject { { QStringLiteral("balance"), 0 } };
            event.message = QStringLiteral("шаг %1 ✓").arg(i);
            const Response stored = m_http->post(QStringLiteral("/api/v1/audit/events"),
                                                 event.toJson(), newKey(), test::kLeadToken);
            QCOMPARE(stored.status, 201);
            QCOMPARE(stored.json().value(QStringLiteral("seq")).toInteger(), i + 1);
            // What was sent comes back unchanged, plus the chain fields.
            QJsonObject back = stored.json();
            for (const char *key : { "seq", "received_at", "prev_hash", "hash" })
                QVERIFY(!back.take(QLatin1String(key)).isUndefined());
            QCOMPARE(back, event.toJson());
        }
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void chainVerifies()
    {
        const QJsonArray events = allEvents();
        QVERIFY(events.size() >= 5);
        QByteArray previous = chainGenesisHash();
        qint64 seq = 0;
        for (const QJsonValue &value : events) {
            QJsonObject event = value.toObject();
            QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), ++seq);
            QCOMPARE(event.value(QStringLiteral("prev_hash")).toString().toLatin1(), previous);
            const QByteArray hash = event.take(QStringLiteral("hash")).toString().toLatin1();
            QCOMPARE(chainHash(previous, event), hash);
            previous = hash;
        }
    }

    void sameIdIsStoredOnce()
    {
        const QJsonArray before = allEvents();
        QJsonObject first = before.first().toObject();
        QJsonObject input = first;
        for (const char *key : { "seq", "received_at", "prev_hash", "hash" })
            input.remove(QLatin1String(key));
        // A new Idempotency-Key (say, after the console lost its outbox row): still one event.
        const Response again = m_http->post(QStringLiteral("/api/v1/audit/events"), input, newKey(),
                                            test::kLeadToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first);
        QCOMPARE(allEvents().size(), before.size());
    }

    void invalidEventsNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("actor is someone else")
            << QStringLiteral("actor") << QJsonValue(QStringLiteral("u-agent"))
            << QStringLiteral("actor");
        QTest::newRow("id not a uuid")
            << QStringLiteral("id") << QJsonValue(QStringLiteral("42")) << QStringLiteral("id");
        QTest::newRow("id a number")
            << QStringLiteral("id") << QJsonValue(42) << QStringLiteral("id");
        QTest::newRow("no action")
            << QStringLiteral("action") << QJsonValue() << QStringLiteral("action");
        QTest::newRow("result unknown")
            << QStringLiteral("result") << QJsonValue(QStringLiteral("maybe"))
            << QStringLiteral("result");
        QTest::newRow("entity_ids not array")
            << QStringLiteral("entity_ids") << QJsonValue(QStringLiteral("11"))
            << QStringLiteral("entity_ids");
        QTest::newRow("bad time") << QStringLiteral("occurred_at")
                                  << QJsonValue(QStringLiteral("yesterday"))
                                  << QStringLiteral("occurred_at");
        QTest::newRow("before not object")
            << QStringLiteral("before") << QJsonValue(QJsonArray {}) << QStringLiteral("before");
    }

    void invalidEventsNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject event
            = makeAuditEvent(QStringLiteral("op"), QStringLiteral("u-lead"), QStringLiteral("x"),
                             QStringLiteral("lead"), { QStringLiteral("1") })
                  .toJson();
        if (value.isUndefined())
            event.remove(key);
        else
            event.insert(key, value);
        const Response response = m_http->post(QStringLiteral("/api/v1/audit/events"), event,
                                               newKey(), test::kLeadToken);
        QCOMPARE(response.status, 422);
        QVERIFY(response.isError(QStringLiteral("validation_failed")));
        QCOMPARE(response.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 field);
    }

    void agentsMayWriteButNotRead()
    {
        const AuditEvent event = makeAuditEvent(
            QStringLiteral("op"), QStringLiteral("u-agent"), QStringLiteral("session.sign_in"),
            QStringLiteral("user"), { QStringLiteral("u-agent") });
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/v1/audit/events"), event.toJson(), newKey(),
                            test::kAgentToken)
                     .status,
                 201);
        const Response read
            = m_http->get(QStringLiteral("/api/v1/audit/events"), test::kAgentToken);
        QCOMPARE(read.status, 403);
        QVERIFY(read.isError(QStringLiteral("forbidden")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/audit/events"), test::kAdminToken).status,
                 200);
    }

    void databaseRefusesUpdateAndDelete()
    {
        QString error;
        {
            auto db = storage::openSqlite(dbPath(), QStringLiteral("tamper"), &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(*db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events"))
                    && query.next());
            const int rows = query.value(0).toInt();
            QVERIFY(rows >= 5);
            QVERIFY(!storage::execSql(
                *db, QStringLiteral("UPDATE audit_events SET action = 'forged' WHERE seq = 2"),
                &error));
            QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
            QVERIFY(!storage::execSql(*db, QStringLiteral("DELETE FROM audit_events WHERE seq = 3"),
                                      &error));
            QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
            QVERIFY(query.exec(
                        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'forged'"))
                    && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events"))
                    && query.next());
            QCOMPARE(query.value(0).toInt(), rows);
        }
        storage::closeSqlite(QStringLiteral("tamper"));
        QVERIFY(!allEvents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(AuditTest)
#include "tst_audit.moc"
