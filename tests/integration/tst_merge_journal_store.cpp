// The local merge journal on its worker thread, against real SQLite files: what is saved loads
// back unchanged, a second save of the same merge replaces it, the open list is newest first,
// a damaged row is reported with the field that is wrong, and every answer reaches a living
// context exactly once.

#include "core/merge/Journal.h"
#include "core/merge/Snapshot.h"
#include "core/merge/Steps.h"
#include "operations/merge/MergeJournalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace opc;
using opc::ops::MergeJournalStore;
using opc::ops::StoredMerge;

namespace {

constexpr int kTimeout = 10000;

merge::Account account(qint64 id, merge::Subject subject, int lessonsTaken, qint64 linked)
{
    merge::Account a;
    a.id = id;
    a.subject = subject;
    a.lessonsTaken = lessonsTaken;
    a.linkedAccountId = linked;
    a.childName = QStringLiteral("Анна");
    a.email = QStringLiteral("anna@example.com");
    return a;
}

merge::MergeSnapshot snapshot()
{
    merge::MergeSnapshot s;
    s.plan.direction = merge::Direction::KeepEnglish;
    s.plan.source = account(22, merge::Subject::Math, 7, 21);
    s.plan.source.requestId = 220;
    s.plan.target = account(12, merge::Subject::Math, 0, 11);
    s.plan.loginLinkAccount = account(11, merge::Subject::English, 9, 12);
    s.plan.loss = QStringLiteral("Nothing is lost.");
    merge::RequestSummary request;
    request.id = 220;
    request.accountId = 22;
    request.status = QStringLiteral("studying");
    request.introLesson
        = merge::IntroLesson { 900, QDateTime(QDate(2024, 3, 1), QTime(10, 15, 30, 250), Qt::UTC),
                               true };
    request.latestStatuses = { QStringLiteral("new"), QStringLiteral("trial") };
    s.oldRequest = request;
    s.reusedRequestId = 120;
    s.teacherId = 44;
    s.weeklySlots = { { 1, QStringLiteral("17:00"), 50 }, { 4, QStringLiteral("18:30"), 45 } };
    return s;
}

// A merge with `finished` steps done.
StoredMerge storedMerge(const QString &id, int finished = 2, bool closed = false)
{
    StoredMerge stored;
    stored.journal = merge::MergeJournal(id, merge::Direction::KeepEnglish, 22, 12);
    for (int i = 0; i < finished; ++i) {
        QString error;
        const merge::StepId step = merge::stepOrder()[i];
        if (!stored.journal.start(step, &error) || !stored.journal.finish(step, &error))
            qFatal("could not finish a step: %s", qPrintable(error));
    }
    stored.snapshot = snapshot();
    stored.facts = QJsonObject { { QStringLiteral("new_request_id"), 501 },
                                 { QStringLiteral("login_link"),
                                   QStringLiteral("https://crm.example/login?t=x") } };
    stored.agentId = QStringLiteral("agent-7");
    stored.closed = closed;
    return stored;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Why two merges differ, or empty when they are the same (updatedAt aside).
QString difference(const StoredMerge &a, const StoredMerge &b)
{
    if (!(a.journal == b.journal))
        return QStringLiteral("journal: %1 vs %2")
            .arg(compact(a.journal.toJson()), compact(b.journal.toJson()));
    if (!(a.snapshot == b.snapshot))
        return QStringLiteral("snapshot: %1 vs %2")
            .arg(compact(a.snapshot.toJson()), compact(b.snapshot.toJson()));
    if (a.facts != b.facts)
        return QStringLiteral("facts: %1 vs %2").arg(compact(a.facts), compact(b.facts));
    if (a.agentId != b.agentId)
        return QStringLiteral("agentId: %1 vs %2").arg(a.agentId, b.agentId);
    if (a.closed != b.closed)
        return QStringLiteral("closed: %1 vs %2").arg(a.closed).arg(b.closed);
    return {};
}

QStringList ids(const QList<StoredMerge> &merges)
{
    QStringList result;
    for (const StoredMerge &merge : merges)
        result << merge.journal.operationId();
    return result;
}

// Counts the answers a call gets and checks they come on the calling thread.
struct Answers {
    int count = 0;
    bool wrongThread = false;
    QThread *const caller = QThread::currentThread();
    void note()
    {
        ++count;
        if (QThread::currentThread() != caller)
            wrongThread = true;
    }
};

struct Done {
    bool answered = false;
    int calls = 0;
    QString error;
};

struct Loaded {
    bool answered = false;
    int calls = 0;
    std::optional<StoredMerge> merge;
    QString error;
};

struct Listed {
    bool answered = false;
    int calls = 0;
    QList<StoredMerge> merges;
    QString error;
};

Done openStore(MergeJournalStore &store)
{
    QObject context;
    Done result;
    store.open(&context, [&](const QString &error) {
        ++result.calls;
        result.error = error;
    });
    result.answered = QTest::qWaitFor([&] { return result.calls > 0; }, kTimeout);
    return result;
}

Done save(MergeJournalStore &store, const StoredMerge &merge)
{
    QObject context;
    Done result;
    store.save(merge, &context, [&](const QString &error) {
        ++result.calls;
        result.error = error;
    });
    result.answered = QTest::qWaitFor([&] { return result.calls > 0; }, kTimeout);
    return result;
}

Loaded load(MergeJournalStore &store, const QString &id)
{
    QObject context;
    Loaded result;
    store.load(id, &context, [&](const std::optional<StoredMerge> &merge, const QString &error) {
        ++result.calls;
        result.merge = merge;
        result.error = error;
    });
    result.answered = QTest::qWaitFor([&] { return result.calls > 0; }, kTimeout);
    return result;
}

Listed listOpen(MergeJournalStore &store)
{
    QObject context;
    Listed result;
    store.listOpen(&context, [&](const QList<StoredMerge> &merges, const QString &error) {
        ++result.calls;
        result.merges = merges;
        result.error = error;
    });
    result.answered = QTest::qWaitFor([&] { return result.calls > 0; }, kTimeout);
    return result;
}

// Runs `work` on a second connection to `path`, as another program (or a damaged disk) would.
// The store must be gone: only one writer at a time is what the test wants to show.
QString onRawConnection(const QString &path, const std::function<QString(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("tst-merge-journal-raw");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        else
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString insertRaw(QSqlDatabase &db, const QString &id, const QString &journal,
                  const QString &snapshotText, const QString &facts, bool closed,
                  const QString &updatedAt)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO merge_journal (operation_id, journal, snapshot, "
                                 "facts, agent_id, closed, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?)"));
    for (const QVariant &value :
         QVariantList { id, journal, snapshotText, facts, QStringLiteral("agent-x"), closed ? 1 : 0,
                        updatedAt })
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().text();
}

int rowCount(const QString &path, const QString &id)
{
    int count = -1;
    const QString error = onRawConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM merge_journal WHERE operation_id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return query.lastError().text();
        count = query.value(0).toInt();
        return QString();
    });
    if (!error.isEmpty())
        qWarning("rowCount: %s", qPrintable(error));
    return count;
}

} // namespace

class TestMergeJournalStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("db%1/merges.sqlite").arg(++m_fileCounter));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openCreatesTheFile()
    {
        const QString path = freshPath();
        QVERIFY(!QFileInfo::exists(path));
        MergeJournalStore store(path);
        const Done opened = openStore(store);
        QVERIFY(opened.answered);
        QCOMPARE(opened.error, QString());
        QCOMPARE(opened.calls, 1);
        QVERIFY(QFileInfo(path).isFile());
        // An empty journal: nothing open, nothing to load.
        const Listed listed = listOpen(store);
        QVERIFY(listed.answered);
        QCOMPARE(listed.error, QString());
        QVERIFY(listed.merges.isEmpty());
        // Opening again is harmless.
        QCOMPARE(openStore(store).error, QString());
    }

    void saveThenLoadReturnsTheSameMerge()
    {
        const QString path = freshPath();
        const StoredMerge original = storedMerge(QStringLiteral("op-save-load"), 3);
        QDateTime before;
        QDateTime after;
        {
            MergeJournalStore store(path);
            QCOMPARE(openStore(store).error, QString());
            StoredMerge withStaleTime = original;
            withStaleTime.updatedAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
            before = QDateTime::currentDateTimeUtc();
            const Done saved = save(store, withStaleTime);
            after = QDateTime::currentDateTimeUtc();
            QVERIFY(saved.answered);
            QCOMPARE(saved.error, QString());

            const Loaded loaded = load(store, QStringLiteral("op-save-load"));
            QVERIFY(loaded.answered);
            QCOMPARE(loaded.error, QString());
            QVERIFY(loaded.merge);
            QCOMPARE(difference(*loaded.merge, original), QString());
            QVERIFY(loaded.merge->updatedAt.isValid());
            QCOMPARE(loaded.merge->updatedAt.timeSpec(), Qt::UTC);
            QVERIFY2(loaded.merge->updatedAt >= before && loaded.merge->updatedAt <= after,
                     qPrintable(loaded.merge->updatedAt.toString(Qt::ISODateWithMs)));
        }
        // Another run (a new store on the same file) reads the same.
        MergeJournalStore again(path);
        QCOMPARE(openStore(again).error, QString());
        const Loaded loaded = load(again, QStringLiteral("op-save-load"));
        QCOMPARE(loaded.error, QString());
        QVERIFY(loaded.merge);
        QCOMPARE(difference(*loaded.merge, original), QString());
        QCOMPARE(loaded.merge->journal.resumeStep(),
                 std::optional<merge::StepId>(merge::stepOrder()[3]));
    }

    void aFailedStepAndEmptyFactsSurvive()
    {
        MergeJournalStore store(freshPath());
        QCOMPARE(openStore(store).error, QString());
        StoredMerge original = storedMerge(QStringLiteral("op-failed"), 1);
        QString error;
        QVERIFY(original.journal.start(merge::StepId::MoveIntroLesson, &error));
        QVERIFY(original.journal.fail(merge::StepId::MoveIntroLesson,
                                      QStringLiteral("CRM said «нет»"), &error));
        original.facts = {};
        original.snapshot.oldRequest.reset();
        original.snapshot.reusedRequestId.reset();
        QCOMPARE(save(store, original).error, QString());
        const Loaded loaded = load(store, QStringLiteral("op-failed"));
        QCOMPARE(loaded.error, QString());
        QVERIFY(loaded.merge);
        QCOMPARE(difference(*loaded.merge, original), QString());
        QCOMPARE(loaded.merge->journal.record(merge::StepId::MoveIntroLesson).error,
                 QStringLiteral("CRM said «нет»"));
    }

    // A merge saved without a signed-in agent (an empty id, as PreChecks allows) is still kept.
    void aMergeWithoutAnAgentIdIsSaved()
    {
        MergeJournalStore store(freshPath());
        QCOMPARE(openStore(store).error, QString());
        StoredMerge original = storedMerge(QStringLiteral("op-no-agent"));
        original.agentId = QString();
        QCOMPARE(save(store, original).error, QString());
        const Loaded loaded = load(store, QStringLiteral("op-no-agent"));
        QCOMPARE(loaded.error, QString());
        QVERIFY(loaded.merge);
        QVERIFY(loaded.merge->agentId.isEmpty());
    }

    void saveAgainUpdatesNeverDuplicates()
    {
        const QString path = freshPath();
        const QString id = QStringLiteral("op-upsert");
        StoredMerge merge = storedMerge(id, 1);
        {
            MergeJournalStore store(path);
            QCOMPARE(openStore(store).error, QString());
            QCOMPARE(save(store, merge).error, QString());
            const Loaded first = load(store, id);
            QVERIFY(first.merge);
            const QDateTime firstTime = first.merge->updatedAt;
            QTest::qWait(5);

            // The run goes on: more steps, a fact learnt, a changed snapshot, then it is closed.
            QString error;
            for (int i = 1; i < merge::stepOrder().size(); ++i) {
                QVERIFY(merge.journal.start(merge::stepOrder()[i], &error));
                QVERIFY(merge.journal.finish(merge::stepOrder()[i], &error));
            }
            merge.facts.insert(QStringLiteral("price_set_decision"), QStringLiteral("keep"));
            merge.snapshot.teacherId = 45;
            merge.closed = true;
            QCOMPARE(save(store, merge).error, QString());

            const Loaded loaded = load(store, id);
            QCOMPARE(loaded.error, QString());
            QVERIFY(loaded.merge);
            QCOMPARE(difference(*loaded.merge, merge), QString());
            QVERIFY(loaded.merge->journal.isComplete());
            QVERIFY(loaded.merge->updatedAt > firstTime);
            // Closed: no longer offered for a resume.
            const Listed listed = listOpen(store);
            QCOMPARE(listed.error, QString());
            QVERIFY(listed.merges.isEmpty());

            // Saved many times over: still one merge.
            for (int i = 0; i < 5; ++i)
                QCOMPARE(save(store, merge).error, QString());
        }
        QCOMPARE(rowCount(path, id), 1);
    }

    void loadOfAnUnknownIdIsNothing()
    {
        MergeJournalStore store(freshPath());
        QCOMPARE(openStore(store).error, QString());
        QCOMPARE(save(store, storedMerge(QStringLiteral("op-known"))).error, QString());
        for (const QString &id :
             { QStringLiteral("op-unknown"), QString(), QStringLiteral("op-known' OR '1'='1") }) {
            const Loaded loaded = load(store, id);
            QVERIFY(loaded.answered);
            QCOMPARE(loaded.calls, 1);
            QVERIFY2(!loaded.merge, qPrintable(id));
            QCOMPARE(loaded.error, QString());
        }
    }

    void listOpenIsNewestFirstAndLeavesClosedOut()
    {
        MergeJournalStore store(freshPath());
        QCOMPARE(openStore(store).error, QString());
        // Saves a few milliseconds apart, so their times differ.
        const auto saveLater = [&](const StoredMerge &merge) {
            QTest::qWait(5);
            return save(store, merge).error;
        };
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-a"))), QString());
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-b"))), QString());
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-closed"), 9, true)), QString());
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-c"))), QString());

        Listed listed = listOpen(store);
        QVERIFY(listed.answered);
        QCOMPARE(listed.calls, 1);
        QCOMPARE(listed.error, QString());
        QCOMPARE(ids(listed.merges),
                 QStringList(
                     { QStringLiteral("op-c"), QStringLiteral("op-b"), QStringLiteral("op-a") }));
        for (const StoredMerge &merge : listed.merges) {
            QVERIFY(!merge.closed);
            QVERIFY(merge.updatedAt.isValid());
            QCOMPARE(difference(merge, storedMerge(merge.journal.operationId())), QString());
        }
        QVERIFY(listed.merges[0].updatedAt > listed.merges[1].updatedAt);
        QVERIFY(listed.merges[1].updatedAt > listed.merges[2].updatedAt);

        // Saved again, the oldest becomes the newest; a closed one leaves the list.
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-a"), 3)), QString());
        QCOMPARE(saveLater(storedMerge(QStringLiteral("op-c"), 9, true)), QString());
        listed = listOpen(store);
        QCOMPARE(listed.error, QString());
        QCOMPARE(ids(listed.merges),
                 QStringList({ QStringLiteral("op-a"), QStringLiteral("op-b") }));
        QCOMPARE(listed.merges[0].journal.finishedSteps().size(), 3);
        // A closed merge can still be loaded by its id.
        const Loaded closed = load(store, QStringLiteral("op-closed"));
        QVERIFY(closed.merge);
        QVERIFY(closed.merge->closed);
    }

    void damagedRowsAreReportedWithTheField()
    {
        const QString path = freshPath();
        {
            MergeJournalStore store(path);
            QCOMPARE(openStore(store).error, QString());
            QCOMPARE(save(store, storedMerge(QStringLiteral("op-good-1"))).error, QString());
            QTest::qWait(5);
            QCOMPARE(save(store, storedMerge(QStringLiteral("op-good-2"))).error, QString());
        } // the store is gone: its connection is closed and the file is free

        const StoredMerge good = storedMerge(QStringLiteral("op-other"));
        const QString journal = compact(good.journal.toJson());
        const QString snapshotText = compact(good.snapshot.toJson());
        const QString facts = compact(good.facts);
        QJsonObject badSnapshot = good.snapshot.toJson();
        badSnapshot.remove(QStringLiteral("plan"));
        struct Row {
            QString id;
            QString journal;
            QString snapshot;
            QString facts;
            bool closed;
            QString updatedAt;
        };
        // Newest first, so "bad-json" is the first damaged row listOpen meets.
        const QList<Row> rows {
            { QStringLiteral("bad-json"), QStringLiteral("not json"), snapshotText, facts, false,
              QStringLiteral("2999-01-01T00:00:04.000Z") },
            { QStringLiteral("bad-id"), journal, snapshotText, facts, false,
              QStringLiteral("2999-01-01T00:00:03.000Z") },
            { QStringLiteral("bad-snapshot"),
              compact(storedMerge(QStringLiteral("bad-snapshot")).journal.toJson()),
              compact(badSnapshot), facts, false, QStringLiteral("2999-01-01T00:00:02.000Z") },
            { QStringLiteral("bad-facts"),
              compact(storedMerge(QStringLiteral("bad-facts")).journal.toJson()), snapshotText,
              QStringLiteral("[1,2]"), false, QStringLiteral("2999-01-01T00:00:01.000Z") },
            // Damaged but closed: listOpen never reads it.
            { QStringLiteral("bad-closed"), QStringLiteral("{"), snapshotText, facts, true,
              QStringLiteral("2999-01-01T00:00:05.000Z") },
        };
        const QString written = onRawConnection(path, [&](QSqlDatabase &db) {
            for (const Row &row : rows) {
                const QString error = insertRaw(db, row.id, row.journal, row.snapshot, row.facts,
                                                row.closed, row.updatedAt);
                if (!error.isEmpty())
                    return error;
            }
            return QString();
        });
        QCOMPARE(written, QString());

        MergeJournalStore store(path);
        QCOMPARE(openStore(store).error, QString());

        const auto loadError = [&](const QString &id) {
            const Loaded loaded = load(store, id);
            if (!loaded.answered || loaded.calls != 1)
                return QStringLiteral("<no single answer>");
            if (loaded.merge)
                return QStringLiteral("<loaded>");
            return loaded.error;
        };
        const QString bad = QStringLiteral("The local merge journal could not be used: ");
        QCOMPARE(loadError(QStringLiteral("bad-json")),
                 bad + QStringLiteral("merge bad-json: journal: not a JSON object"));
        QCOMPARE(loadError(QStringLiteral("bad-id")),
                 bad
                     + QStringLiteral("merge bad-id: journal.operation_id: op-other does not "
                                      "match the row"));
        QCOMPARE(loadError(QStringLiteral("bad-snapshot")),
                 bad + QStringLiteral("merge bad-snapshot: snapshot.plan: expected an object"));
        QCOMPARE(loadError(QStringLiteral("bad-facts")),
                 bad + QStringLiteral("merge bad-facts: facts: not a JSON object"));
        QCOMPARE(loadError(QStringLiteral("bad-closed")),
                 bad + QStringLiteral("merge bad-closed: journal: not a JSON object"));

        // The good rows still load and are still listed; the first damaged row is reported.
        QVERIFY(load(store, QStringLiteral("op-good-1")).merge);
        const Listed listed = listOpen(store);
        QVERIFY(listed.answered);
        QCOMPARE(listed.calls, 1);
        QCOMPARE(ids(listed.merges),
                 QStringList({ QStringLiteral("op-good-2"), QStringLiteral("op-good-1") }));
        QCOMPARE(listed.error, bad + QStringLiteral("merge bad-json: journal: not a JSON object"));

        // A damaged row is repaired by saving the merge again.
        QCOMPARE(save(store, storedMerge(QStringLiteral("bad-json"))).error, QString());
        QCOMPARE(loadError(QStringLiteral("bad-json")), QStringLiteral("<loaded>"));
        const Listed relisted = listOpen(store);
        QCOMPARE(relisted.error,
                 bad
                     + QStringLiteral("merge bad-id: journal.operation_id: op-other does not "
                                      "match the row"));
        QCOMPARE(relisted.merges.size(), 3);
    }

    void aPathThatCannotBeCreatedIsAnError()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        {
            QFile plain(file);
            QVERIFY(plain.open(QIODevice::WriteOnly));
            QVERIFY(plain.write("not a folder") > 0);
        }
        const QString path = file + QStringLiteral("/sub/merges.sqlite");
        MergeJournalStore store(path);
        const Done opened = openStore(store);
        QVERIFY(opened.answered);
        QCOMPARE(opened.calls, 1);
        QVERIFY(!opened.error.isEmpty());
        QVERIFY2(
            opened.error.startsWith(QStringLiteral("The local merge journal could not be used: ")),
            qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QLatin1String("plain-file")), qPrintable(opened.error));
        QVERIFY(QFileInfo(file).isFile());

        // The calls that follow fail too, each answered once, and nothing pretends to work.
        const Done saved = save(store, storedMerge(QStringLiteral("op-nowhere")));
        QVERIFY(saved.answered);
        QCOMPARE(saved.calls, 1);
        QVERIFY2(!saved.error.isEmpty(), "a save without a database reported success");
        const Loaded loaded = load(store, QStringLiteral("op-nowhere"));
        QVERIFY(loaded.answered);
        QVERIFY(!loaded.merge);
        QVERIFY2(!loaded.error.isEmpty(), "a load without a database reported no merge");
        const Listed listed = listOpen(store);
        QVERIFY(listed.answered);
        QVERIFY(listed.merges.isEmpty());
        QVERIFY2(!listed.error.isEmpty(), "a list without a database reported no merges");
    }

    void aFolderWhereTheFileShouldBeIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
        MergeJournalStore store(path);
        const Done opened = openStore(store);
        QVERIFY(opened.answered);
        QVERIFY(!opened.error.isEmpty());
    }

    void everyCallbackIsDeliveredExactlyOnceOnTheCallersThread()
    {
        MergeJournalStore store(freshPath());
        Answers opened;
        Answers saved;
        Answers loaded;
        Answers missing;
        Answers listed;
        QString errors;
        const auto note = [&errors](const QString &error) {
            if (!error.isEmpty())
                errors += error + QLatin1Char('\n');
        };
        // Queued before open() finishes: they run after it.
        store.open(this, [&](const QString &error) {
            opened.note();
            note(error);
        });
        store.save(storedMerge(QStringLiteral("op-once")), this, [&](const QString &error) {
            saved.note();
            note(error);
        });
        store.load(QStringLiteral("op-once"), this,
                   [&](const std::optional<StoredMerge> &merge, const QString &error) {
                       loaded.note();
                       note(error);
                       if (!merge)
                           errors += QStringLiteral("op-once not loaded\n");
                   });
        store.load(QStringLiteral("op-none"), this,
                   [&](const std::optional<StoredMerge> &merge, const QString &error) {
                       missing.note();
                       note(error);
                       if (merge)
                           errors += QStringLiteral("op-none loaded\n");
                   });
        store.listOpen(this, [&](const QList<StoredMerge> &merges, const QString &error) {
            listed.note();
            note(error);
            if (merges.size() != 1)
                errors += QStringLiteral("listOpen gave %1 merges\n").arg(merges.size());
        });
        // Never synchronously.
        QCOMPARE(opened.count + saved.count + loaded.count + missing.count + listed.count, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            opened.count && saved.count && loaded.count && missing.count && listed.count, kTimeout);
        QTest::qWait(200);
        QCOMPARE(opened.count, 1);
        QCOMPARE(saved.count, 1);
        QCOMPARE(loaded.count, 1);
        QCOMPARE(missing.count, 1);
        QCOMPARE(listed.count, 1);
        for (const Answers *answers : { &opened, &saved, &loaded, &missing, &listed })
            QVERIFY(!answers->wrongThread);
        QCOMPARE(errors, QString());
    }

    void nothingIsDeliveredToADeadContext()
    {
        const QString path = freshPath();
        int calls = 0;
        {
            MergeJournalStore store(path);
            auto context = std::make_unique<QObject>();
            store.open(context.get(), [&](const QString &) { ++calls; });
            store.save(storedMerge(QStringLiteral("op-orphan")), context.get(),
                       [&](const QString &) { ++calls; });
            store.load(QStringLiteral("op-orphan"), context.get(),
                       [&](const std::optional<StoredMerge> &, const QString &) { ++calls; });
            store.listOpen(context.get(),
                           [&](const QList<StoredMerge> &, const QString &) { ++calls; });
            context.reset();

            // A call after them with a living context: once it answers, the jobs above have run.
            const Loaded after = load(store, QStringLiteral("op-orphan"));
            QVERIFY(after.answered);
            QCOMPARE(after.error, QString());
            // The save whose caller went away still reached the disk.
            QVERIFY(after.merge);
            QCOMPARE(difference(*after.merge, storedMerge(QStringLiteral("op-orphan"))), QString());
            QTest::qWait(100);
            QCOMPARE(calls, 0);
        }
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void destroyingTheStoreRightAfterASaveKeepsItAndAnswersOnce()
    {
        const QString path = freshPath();
        int calls = 0;
        QString saveError = QStringLiteral("not answered");
        {
            auto store = std::make_unique<MergeJournalStore>(path);
            QCOMPARE(openStore(*store).error, QString());
            store->save(storedMerge(QStringLiteral("op-last-words"), 4), this,
                        [&](const QString &error) {
                            ++calls;
                            saveError = error;
                        });
            store.reset(); // runs the queued job, then joins the worker
        }
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kTimeout);
        QCOMPARE(saveError, QString());
        QTest::qWait(100);
        QCOMPARE(calls, 1);

        MergeJournalStore again(path);
        QCOMPARE(openStore(again).error, QString());
        const Loaded loaded = load(again, QStringLiteral("op-last-words"));
        QVERIFY(loaded.merge);
        QCOMPARE(difference(*loaded.merge, storedMerge(QStringLiteral("op-last-words"), 4)),
                 QString());
    }

    void twoStoresOnOneFileSeeEachOthersSaves()
    {
        const QString path = freshPath();
        MergeJournalStore console(path);
        MergeJournalStore cli(path);
        QCOMPARE(openStore(console).error, QString());
        QCOMPARE(openStore(cli).error, QString());
        QCOMPARE(save(cli, storedMerge(QStringLiteral("op-shared"))).error, QString());
        const Listed listed = listOpen(console);
        QCOMPARE(listed.error, QString());
        QCOMPARE(ids(listed.merges), QStringList({ QStringLiteral("op-shared") }));
    }
};

QTEST_GUILESS_MAIN(TestMergeJournalStore)
#include "tst_merge_journal_store.moc"
