// The fixture loader: the demo fixture loads; every kind of bad fixture is refused with an
// error naming table, row and column, and leaves the database empty.

#include "sandbox/FixtureLoader.h"
#include "sandbox/SandboxSchema.h"
#include "storage/SqliteDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace opc;

class FixturesTest final : public QObject {
    Q_OBJECT

    QSqlDatabase m_db;
    int m_connection = 0;

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        auto db = storage::openSqlite(QStringLiteral(":memory:"),
                                      QStringLiteral("fixture-%1").arg(++m_connection), &error);
        QVERIFY2(db, qPrintable(error));
        m_db = *db;
        QVERIFY2(storage::Migrator(sandbox::sandboxMigrations()).migrate(m_db, &error),
                 qPrintable(error));
        QCOMPARE(sandbox::FixtureLoader::isEmpty(m_db, &error), std::optional<bool>(true));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        storage::closeSqlite(QStringLiteral("fixture-%1").arg(m_connection));
    }

    void demoFixtureLoads()
    {
        QFile demo(sandbox::FixtureLoader::demoResourcePath());
        QVERIFY2(demo.open(QIODevice::ReadOnly), "the demo fixture is not compiled in");
        QString error;
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2030-01-15T12:00:00.000Z"), Qt::ISODateWithMs);
        QVERIFY2(
            sandbox::FixtureLoader(now).load(m_db, demo.readAll(), QStringLiteral("demo"), &error),
            qPrintable(error));
        QCOMPARE(sandbox::FixtureLoader::isEmpty(m_db, &error), std::optional<bool>(false));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users")), 3);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM leads")) >= 200);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM deals")) >= 200);
        // Seed 000: English 11 working <-> math 12 empty; English 21 empty <-> math 22 working.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM accounts WHERE (id, subject, linked_account_id) IN "
                     "(VALUES (11, 'english', 12), (12, 'math', 11), (21, 'english', 22), (22, "
                     "'math', 21))")),
                 4);
        QCOMPARE(count(QStringLiteral("SELECT lessons_taken FROM accounts WHERE id = 12")), 0);
        QCOMPARE(count(QStringLiteral("SELECT lessons_taken FROM accounts WHERE id = 21")), 0);
        QVERIFY(count(QStringLiteral("SELECT lessons_taken FROM accounts WHERE id = 11")) > 0);
        QVERIFY(count(QStringLiteral("SELECT lessons_taken FROM accounts WHERE id = 22")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE login_link_allowed = 1 "
                                      "AND subject <> 'english'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lessons WHERE account_id = 11 AND kind "
                                      "= 'intro' AND staff_id IN "
                                      "(SELECT methodist_id FROM requests WHERE id = 1101)")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM students WHERE is_kids = 0")), 1);
        // Relative times became real ones.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM students WHERE created_at LIKE '$now%'")),
            0);
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM partner_lines WHERE expires_at < '2030-01-15T12:00:00.000Z'"))
                > 0,
            true);
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM partner_lines WHERE expires_at > '2030-01-15T12:00:00.000Z'"))
                > 0,
            true);
    }

    void badFixtureIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"regions\": [")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("top-level array")
            << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("unknown table")
            << QByteArray(R"({"planets": []})") << QStringLiteral("unknown table \"planets\"");
        QTest::newRow("internal table") << QByteArray(R"({"audit_events": []})")
                                        << QStringLiteral("unknown table \"audit_events\"");
        QTest::newRow("table not array") << QByteArray(R"({"regions": {}})")
                                         << QStringLiteral("table \"regions\" must be an array");
        QTest::newRow("row not object")
            << QByteArray(R"({"regions": [{"id": 1, "name": "a"}, 5]})")
            << QStringLiteral("table \"regions\", row 1: a row must be a JSON object");
        QTest::newRow("unknown column") << QByteArray(
            R"({"regions": [{"id": 1, "name": "a"}, {"id": 2, "name": "b", "colour": "red"}]})")
                                        << QStringLiteral("table \"regions\", row 1, column "
                                                          "\"colour\": there is no such column");
        QTest::newRow("text gets number")
            << QByteArray(R"({"regions": [{"id": 1, "name": 7}]})")
            << QStringLiteral(
                   "table \"regions\", row 0, column \"name\": expected a string, got number");
        QTest::newRow("integer gets text")
            << QByteArray(R"({"regions": [{"id": "one", "name": "a"}]})")
            << QStringLiteral("table \"regions\", row 0, column \"id\": expected a whole number");
        QTest::newRow("integer gets fraction")
            << QByteArray(R"({"staff": [{"id": 1.5, "kind": "teacher", "name": "a"}]})")
            << QStringLiteral("table \"staff\", row 0, column \"id\"");
        QTest::newRow("integer gets object")
            << QByteArray(R"({"regions": [{"id": {}, "name": "a"}]})")
            << QStringLiteral("column \"id\": expected a whole number (or true/false), got object");
        QTest::newRow("required missing")
            << QByteArray(R"({"regions": [{"id": 1}]})")
            << QStringLiteral("table \"regions\", row 0, column \"name\": the column is required");
        QTest::newRow("required null")
            << QByteArray(R"({"regions": [{"id": 1, "name": null}]})")
            << QStringLiteral("table \"regions\", row 0, column \"name\"");
        QTest::newRow("check constraint") << QByteArray(
            R"({"users": [{"id": "u", "login": "u", "display_name": "U", "role": "king", "token_sha256": "0000000000000000000000000000000000000000000000000000000000000000"}]})")
                                          << QStringLiteral("table \"users\", row 0: the database "
                                                            "refused the row");
        QTest::newRow("duplicate key")
            << QByteArray(R"({"regions": [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}]})")
            << QStringLiteral("table \"regions\", row 1: the database refused the row");
        QTest::newRow("dangling reference") << QByteArray(
            R"({"price_sets": [{"id": 1, "name": "p", "region_id": 42, "lesson_price_kopecks": 1}]})")
                                            << QStringLiteral(
                                                   "table \"price_sets\", row 0: it refers to a "
                                                   "row of table \"regions\"");
    }

    void badFixtureIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!sandbox::FixtureLoader().load(m_db, json, QStringLiteral("bad.json"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("bad.json")), qPrintable(error));
        QCOMPARE(sandbox::FixtureLoader::isEmpty(m_db, &error), std::optional<bool>(true));
    }

    void relativeTimesAndBooleans()
    {
        const QByteArray json
            = R"({"students": [{"id": 1, "name": "a", "is_kids": true, "created_at": "$now-2d"},
                                                 {"id": 2, "name": "b", "is_kids": false, "created_at": "$now+90m"}]})";
        const QDateTime now
            = QDateTime::fromString(QStringLiteral("2030-01-15T12:00:00.000Z"), Qt::ISODateWithMs);
        QString error;
        QVERIFY2(sandbox::FixtureLoader(now).load(m_db, json, QStringLiteral("times"), &error),
                 qPrintable(error));
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("SELECT created_at, is_kids FROM students ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2030-01-13T12:00:00.000Z"));
        QCOMPARE(query.value(1).toInt(), 1);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2030-01-15T13:30:00.000Z"));
        QCOMPARE(query.value(1).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(FixturesTest)
#include "tst_fixtures.moc"
