#include "AuditBenchData.h"

#include "core/AuditEvent.h"
#include "sandbox/AuditStore.h"
#include "sandbox/FixtureLoader.h"
#include "sandbox/SandboxSchema.h"
#include "storage/Migrator.h"
#include "storage/SqliteDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>

namespace opc::bench {

namespace {

// Bumped whenever the generated data changes, so an old cached file is rebuilt.
constexpr int kDataVersion = 2;
constexpr int kAgents = 40;
constexpr int kMergeSteps = 5;

const std::array<const char *, 5> kMergeActions
    = { "merge.start", "merge.step.move-paid-lessons", "merge.step.move-schedule",
        "merge.step.copy-comments", "merge.finish" };
const std::array<const char *, 8> kSingleActions
    = { "lead.take", "lead.release",         "lead.status",   "lead.comment",
        "deal.move", "partner.line.comment", "partner.order", "session.sign_in" };
// Clients' names: 8 × 10 × 25 = 2 000 people, so a name searched for is found in about one
// event in 2 000, as in a real log.
const std::array<const char *, 8> kSurnames
    = { "Иванов", "Петров", "Смирнов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Новиков" };
const std::array<const char *, 10> kNames = { "Мария",   "Анна",    "Елена",  "Ольга",  "Наталья",
                                              "Дмитрий", "Алексей", "Сергей", "Андрей", "Иван" };

QString agentId(int agent)
{
    return QStringLiteral("u-bench-%1").arg(agent, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> storedCount(QSqlDatabase &db)
{
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("SELECT events, version FROM audit_bench_meta")) || !meta.next())
        return std::nullopt;
    if (meta.value(1).toInt() != kDataVersion)
        return std::nullopt;
    return meta.value(0).toLongLong();
}

bool generate(QSqlDatabase &db, qint64 events, QString *error)
{
    QFile demo(sandbox::FixtureLoader::demoResourcePath());
    if (!storage::Migrator(sandbox::sandboxMigrations()).migrate(db, error))
        return false;
    if (!demo.open(QIODevice::ReadOnly)
        || !sandbox::FixtureLoader().load(db, demo.readAll(), QStringLiteral("demo"), error))
        return false;
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")); // a bench file, rebuilt if lost

    QRandomGenerator random(20261122);
    sandbox::AuditStore store(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const qint64 spanMs = 365LL * 24 * 3600 * 1000;
    std::array<int, kAgents> mergeStep {}; // 0: no merge open; k: the next step is k
    std::array<QString, kAgents> mergeOperation;
    std::array<qint64, kAgents> mergeAccount {};
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (qint64 i = 0; i < events; ++i) {
        const int agent = int(random.bounded(kAgents));
        const QDateTime occurred = start.addMSecs(spanMs * i / events);
        const int person = int(random.bounded(2000));
        const QString surname = QStringLiteral("%1 %2 (%3)")
                                    .arg(QString::fromUtf8(kSurnames[person % 8]),
                                         QString::fromUtf8(kNames[person / 8 % 10]))
                                    .arg(person / 80 + 1);
        AuditEvent event;
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.actor = agentId(agent);
        event.occurredAt = occurred;
        event.appVersion = QStringLiteral("1.0.0");
        event.result = random.bounded(50) == 0 ? QStringLiteral("failed") : QStringLiteral("ok");
        if (mergeStep[agent] > 0 || random.bounded(8) == 0) {
            int &step = mergeStep[agent];
            if (step == 0) {
                mergeOperation[agent] = QUuid::createUuid().toString(QUuid::WithoutBraces);
                mergeAccount[agent] = 100000 + random.bounded(900000);
            }
            event.operationId = mergeOperation[agent];
            event.action = QString::fromLatin1(kMergeActions[step]);
            event.entityType = QStringLiteral("account");
            event.entityIds = { QString::number(mergeAccount[agent]),
                                QString::number(mergeAccount[agent] + 1) };
            event.before = { { QStringLiteral("paid_lessons"), int(random.bounded(40)) } };
            event.after = { { QStringLiteral("paid_lessons"), 0 } };
            event.message = QStringLiteral("Объединение: %1, шаг %2").arg(surname).arg(step + 1);
            step = (step + 1) % kMergeSteps;
        } else {
            event.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            event.action
                = QString::fromLatin1(kSingleActions[random.bounded(int(kSingleActions.size()))]);
            event.entityType = QStringLiteral("lead");
            event.entityIds = { QString::number(random.bounded(5'000'000)) };
            event.before = { { QStringLiteral("status"), QStringLiteral("free") },
                             { QStringLiteral("assignee"), QJsonValue::Null } };
            event.after = { { QStringLiteral("status"), QStringLiteral("in_work") },
                            { QStringLiteral("assignee"), event.actor } };
            event.message = QStringLiteral("Клиент «%1», звонок с сайта, \"срочно\"").arg(surname);
        }
        if (!store.append(event, occurred.addMSecs(200), error))
            return false;
        if (i % 20000 == 19999 && (!db.commit() || !db.transaction())) {
            *error = db.lastError().text();
            return false;
        }
    }
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("CREATE TABLE audit_bench_meta (events INTEGER, version "
                                  "INTEGER)"))
        || !meta.exec(QStringLiteral("INSERT INTO audit_bench_meta VALUES (%1, %2)")
                          .arg(events)
                          .arg(kDataVersion))
        || !db.commit()) {
        *error = meta.lastError().text() + db.lastError().text();
        return false;
    }
    QSqlQuery analyze(db);
    analyze.exec(QStringLiteral("ANALYZE"));
    return true;
}

} // namespace

bool ensureAuditLog(const QString &path, qint64 events, QString *error)
{
    const QString connection = QStringLiteral("audit-bench-") + QUuid::createUuid().toString();
    std::optional<qint64> cached;
    if (QFile::exists(path)) {
        {
            auto opened = storage::openSqlite(path, connection, error);
            if (!opened)
                return false;
            cached = storedCount(*opened);
        }
        storage::closeSqlite(connection);
    }
    if (cached == events)
        return true;
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    bool ok = false;
    {
        auto opened = storage::openSqlite(path, connection, error);
        if (!opened)
            return false;
        ok = generate(*opened, events, error);
    }
    storage::closeSqlite(connection);
    return ok;
}

} // namespace opc::bench
