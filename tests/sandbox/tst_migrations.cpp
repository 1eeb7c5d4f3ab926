// Schema migrations of the sandbox database: fresh -> latest, re-open keeps data, a newer
// database is refused, a failing migration leaves the database as it was.

#include "SandboxTestSupport.h"
#include "sandbox/SandboxSchema.h"
#include "storage/SqliteDatabase.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;

class MigrationsTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static int latest() { return storage::Migrator(sandbox::sandboxMigrations()).latestVersion(); }

    static bool tableExists(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        return query.exec() && query.next();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshDatabaseReachesLatestVersionInWal()
    {
        QString error;
        {
            auto db = storage::openSqlite(m_dir.filePath(QStringLiteral("fresh.db")),
                                          QStringLiteral("fresh"), &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(storage::Migrator::currentVersion(*db), 0);
            QVERIFY2(storage::Migrator(sandbox::sandboxMigrations()).migrate(*db, &error),
                     qPrintable(error));
            QCOMPARE(storage::Migrator::currentVersion(*db), latest());
            for (const QString &table : sandbox::fixtureTables()
                     + QStringList { QStringLiteral("audit_events"),
                                     QStringLiteral("idempotency_keys") })
                QVERIFY2(tableExists(*db, table), qPrintable(table));
            QSqlQuery mode(*db);
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
            // Migrating again is a no-op.
            QVERIFY2(storage::Migrator(sandbox::sandboxMigrations()).migrate(*db, &error),
                     qPrintable(error));
        }
        storage::closeSqlite(QStringLiteral("fresh"));
    }

    void reopeningKeepsDataAndSkipsTheFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.db"));
        QString error;
        {
            test::SandboxThread first(test::SandboxThread::demoOptions(path));
            QVERIFY2(first.start(&error), qPrintable(error));
            QVERIFY(first.server().notices().isEmpty());
            test::Http http(first.url());
            const test::Response etag = http.get(QStringLiteral("/api/v1/requests/2201"));
            const test::Response changed = http.send(
                "PATCH", QStringLiteral("/api/v1/requests/2201"), test::kAgentToken,
                R"({"intro_lesson_report":"kept across restarts"})",
                { { "Content-Type", "application/json" }, { "If-Match", etag.header("ETag") } });
            QCOMPARE(changed.status, 200);
        }
        // The same file again, with the fixture asked for: the data stays, the fixture is skipped.
        test::SandboxThread second(test::SandboxThread::demoOptions(path));
        QVERIFY2(second.start(&error), qPrintable(error));
        QCOMPARE(second.server().notices().size(), 1);
        QVERIFY(second.server().notices().first().contains(QLatin1String("not loaded")));
        test::Http http(second.url());
        const test::Response request = http.get(QStringLiteral("/api/v1/requests/2201"));
        QCOMPARE(request.status, 200);
        QCOMPARE(request.json().value(QStringLiteral("intro_lesson_report")).toString(),
                 QStringLiteral("kept across restarts"));
        int leads = 0;
        QString cursor;
        do {
            const test::Response page
                = http.get(QStringLiteral("/api/v1/leads?limit=200") + cursor);
            leads += int(page.json().value(QStringLiteral("items")).toArray().size());
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            cursor = next.isNull() ? QString() : QStringLiteral("&cursor=") + next.toString();
        } while (!cursor.isEmpty());
        QCOMPARE(leads, 200); // not loaded twice
    }

    void newerDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        QString error;
        {
            auto db = storage::openSqlite(path, QStringLiteral("newer"), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(storage::execSql(
                *db, QStringLiteral("PRAGMA user_version = %1").arg(latest() + 5), &error));
        }
        storage::closeSqlite(QStringLiteral("newer"));
        sandbox::SandboxOptions options;
        options.databasePath = path;
        sandbox::SandboxServer server(options);
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QCOMPARE(server.port(), quint16(0));
    }

    void failedMigrationRollsBack()
    {
        std::vector<storage::Migration> migrations = sandbox::sandboxMigrations();
        migrations.push_back({ latest() + 1,
                               { QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                                 QStringLiteral("THIS IS NOT SQL") } });
        QString error;
        {
            auto db = storage::openSqlite(m_dir.filePath(QStringLiteral("rollback.db")),
                                          QStringLiteral("rollback"), &error);
            QVERIFY2(db, qPrintable(error));
            // From nothing: every step runs in one transaction, so nothing at all remains.
            QVERIFY(!storage::Migrator(migrations).migrate(*db, &error));
            QVERIFY2(error.contains(QString::number(latest() + 1)), qPrintable(error));
            QCOMPARE(storage::Migrator::currentVersion(*db), 0);
            QVERIFY(!tableExists(*db, QStringLiteral("users")));
            QVERIFY(!tableExists(*db, QStringLiteral("half_done")));
            // From the latest version: the failing step leaves it exactly there.
            QVERIFY2(storage::Migrator(sandbox::sandboxMigrations()).migrate(*db, &error),
                     qPrintable(error));
            QVERIFY(!storage::Migrator(migrations).migrate(*db, &error));
            QCOMPARE(storage::Migrator::currentVersion(*db), latest());
            QVERIFY(tableExists(*db, QStringLiteral("users")));
            QVERIFY(!tableExists(*db, QStringLiteral("half_done")));
        }
        storage::closeSqlite(QStringLiteral("rollback"));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
