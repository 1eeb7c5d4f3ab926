// Numbered migrations on a real SQLite file, as two programs meet them: the console and the
// CLI (or two consoles) opening the same new database at the same moment.

#include "storage/Migrator.h"
#include "storage/SqliteDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace opc::storage;

namespace {

Migrator twoStepSchema()
{
    return Migrator(
        { { 1, { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") } },
          { 2, { QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT") } } });
}

} // namespace

class TestMigrator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsTheDatabaseFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/deeper/data.sqlite"));
        QString error;
        {
            auto db = openSqlite(path, QStringLiteral("folder"), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(twoStepSchema().migrate(*db, &error), qPrintable(error));
            QCOMPARE(Migrator::currentVersion(*db), 2);
        }
        closeSqlite(QStringLiteral("folder"));
    }

    void aFolderThatCannotBeMadeIsAClearError()
    {
        QString error;
        QVERIFY(!openSqlite(QStringLiteral("/proc/no-such-folder/data.sqlite"),
                            QStringLiteral("nofolder"), &error));
        QVERIFY2(error.contains(QLatin1String("/proc/no-such-folder")), qPrintable(error));
    }

    // A second program waits for the first one's migration and then finds nothing to do,
    // instead of migrating from version 0 a second time and failing on "table exists".
    void twoProgramsMigratingAtOnceDoNotCollide()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QString error;
        auto first = openSqlite(path, QStringLiteral("first"), &error);
        QVERIFY2(first, qPrintable(error));
        // The first program is in the middle of its migration: lock held, nothing committed.
        QSqlQuery begin(*first);
        QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(begin.exec(
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, author TEXT)")));
        QVERIFY(begin.exec(QStringLiteral("PRAGMA user_version = 2")));

        bool secondOk = false;
        QString secondError;
        int secondVersion = -1;
        std::thread second([&] {
            QString openError;
            {
                auto db = openSqlite(path, QStringLiteral("second"), &openError);
                if (!db) {
                    secondError = openError;
                    return;
                }
                secondOk = twoStepSchema().migrate(*db, &secondError);
                secondVersion = Migrator::currentVersion(*db);
            }
            closeSqlite(QStringLiteral("second"));
        });
        QTest::qWait(300); // the second program is now waiting for the lock
        QVERIFY(begin.exec(QStringLiteral("COMMIT")));
        second.join();
        QVERIFY2(secondOk, qPrintable(secondError));
        QCOMPARE(secondVersion, 2);
        begin = QSqlQuery();
        first.reset();
        closeSqlite(QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
