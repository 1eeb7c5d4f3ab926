#include "operations/analytics/AnalyticsJournalStore.h"

#include "operations/DataPaths.h"
#include "storage/AsyncDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace opc::ops {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct AnalyticsJournalText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::AnalyticsJournalStore)
};

std::vector<storage::Migration> journalMigrations()
{
    return {
        { 1,
          { QStringLiteral("CREATE TABLE analytics_runs ("
                           " run_id TEXT PRIMARY KEY NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('open', 'done', 'failed')),"
                           " started_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE analytics_calls ("
                           " run_id TEXT NOT NULL REFERENCES analytics_runs (run_id),"
                           " seq INTEGER NOT NULL,"
                           " method TEXT NOT NULL,"
                           " params TEXT NOT NULL,"
                           " items TEXT NOT NULL,"
                           " idempotency_key TEXT NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),"
                           " PRIMARY KEY (run_id, seq))"),
            QStringLiteral("CREATE TABLE analytics_sent ("
                           " kind TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " sent_at TEXT NOT NULL,"
                           " PRIMARY KEY (kind, key))"),
            QStringLiteral("CREATE TABLE analytics_limits ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " limits TEXT NOT NULL,"
                           " received_at TEXT NOT NULL)") } },
    };
}

QString diskError(const QString &detail)
{
    return AnalyticsJournalText::tr("The local analytics export journal could not be used: %1")
        .arg(detail);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString stateToWire(AnalyticsCallState state)
{
    switch (state) {
    case AnalyticsCallState::Pending:
        return QStringLiteral("pending");
    case AnalyticsCallState::Done:
        return QStringLiteral("done");
    case AnalyticsCallState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

QJsonArray itemsJson(const QList<AnalyticsItem> &items)
{
    QJsonArray array;
    for (const AnalyticsItem &item : items)
        array.append(QJsonArray { itemKindToWire(item.kind), item.key, item.hash });
    return array;
}

// A stored call, or nullopt with the field that is wrong (a damaged or foreign file).
std::optional<AnalyticsCall> readCall(const QSqlQuery &query, QString *error)
{
    AnalyticsCall call;
    call.seq = query.value(QStringLiteral("seq")).toInt();
    call.method = query.value(QStringLiteral("method")).toString();
    call.idempotencyKey = query.value(QStringLiteral("idempotency_key")).toString();
    const QString where = QStringLiteral("call %1: ").arg(call.seq);
    const QJsonDocument params
        = QJsonDocument::fromJson(query.value(QStringLiteral("params")).toString().toUtf8());
    const QJsonDocument items
        = QJsonDocument::fromJson(query.value(QStringLiteral("items")).toString().toUtf8());
    if (!params.isObject() || !items.isArray() || call.method.isEmpty()
        || call.idempotencyKey.isEmpty()) {
        *error = where + QStringLiteral("params, items, method or idempotency_key unreadable");
        return std::nullopt;
    }
    call.params = params.object();
    for (const QJsonValue &value : items.array()) {
        const QJsonArray triple = value.toArray();
        const auto kind = itemKindFromWire(triple.at(0).toString());
        if (triple.size() != 3 || !kind) {
            *error = where + QStringLiteral("items: not [kind, key, hash]");
            return std::nullopt;
        }
        call.items.append({ *kind, triple.at(1).toString(), triple.at(2).toString() });
    }
    const QString state = query.value(QStringLiteral("state")).toString();
    call.state = state == QLatin1String("done") ? AnalyticsCallState::Done
        : state == QLatin1String("failed")      ? AnalyticsCallState::Failed
                                                : AnalyticsCallState::Pending;
    return call;
}

struct RunLoad {
    std::optional<AnalyticsRun> run;
    QString error;
};

struct SentLoad {
    QHash<QString, QString> sent;
    QString error;
};

struct LimitsLoad {
    StoredLimits limits;
    QString error;
};

// Runs `statements` (SQL with binds) in one transaction; the first error, or empty.
QString transact(QSqlDatabase &db, const QList<QPair<QString, QVariantList>> &statements)
{
    if (!db.transaction())
        return db.lastError().text();
    for (const auto &[sql, binds] : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return error;
        }
    }
    return db.commit() ? QString() : db.lastError().text();
}

QPair<QString, QVariantList> limitsStatement(const StoredLimits &limits)
{
    return { QStringLiteral("INSERT INTO analytics_limits (id, limits, received_at) VALUES (1, ?, "
                            "?) ON CONFLICT (id) DO UPDATE SET limits = excluded.limits, "
                            "received_at = excluded.received_at"),
             { compact(limits.limits->toJson()),
               limits.receivedAt.toUTC().toString(Qt::ISODateWithMs) } };
}

} // namespace

AnalyticsJournalStore::AnalyticsJournalStore(const QString &path, QObject *parent)
    : QObject(parent), m_db(std::make_unique<storage::AsyncDatabase>(path, journalMigrations()))
{
}

AnalyticsJournalStore::~AnalyticsJournalStore() = default;

QString AnalyticsJournalStore::defaultPath(const QUrl &crmUrl, bool sandbox, const QString &userId)
{
    return perCrmUserFile(QStringLiteral("analytics"), crmUrl, sandbox, userId);
}

void AnalyticsJournalStore::open(QObject *context, std::function<void(const QString &)> done)
{
    m_db->open(context, [done = std::move(done)](const QString &error) {
        done(error.isEmpty() ? QString() : diskError(error));
    });
}

void AnalyticsJournalStore::loadOpenRun(
    QObject *context,
    std::function<void(const std::optional<AnalyticsRun> &, const QString &)> done)
{
    m_db->run(
        [](QSqlDatabase &db) -> RunLoad {
            RunLoad load;
            QSqlQuery runs(db);
            if (!runs.exec(QStringLiteral("SELECT run_id, started_at FROM analytics_runs WHERE "
                                          "state = 'open' ORDER BY started_at DESC LIMIT 1"))) {
                load.error = runs.lastError().text();
                return load;
            }
            if (!runs.next())
                return load;
            AnalyticsRun run;
            run.runId = runs.value(0).toString();
            run.startedAt = QDateTime::fromString(runs.value(1).toString(), Qt::ISODateWithMs);
            QSqlQuery calls(db);
            calls.prepare(QStringLiteral("SELECT * FROM analytics_calls WHERE run_id = ? ORDER BY "
                                         "seq"));
            calls.addBindValue(run.runId);
            if (!calls.exec()) {
                load.error = calls.lastError().text();
                return load;
            }
            while (calls.next()) {
                auto call = readCall(calls, &load.error);
                if (!call) {
                    load.error = QStringLiteral("run %1: %2").arg(run.runId, load.error);
                    return load;
                }
                run.calls.append(*call);
            }
            load.run = run;
            return load;
        },
        context,
        [done = std::move(done)](const RunLoad &load) {
            if (!load.error.isEmpty())
                done(std::nullopt, diskError(load.error));
            else
                done(load.run, {});
        });
}

void AnalyticsJournalStore::loadSent(
    QObject *context, std::function<void(const QHash<QString, QString> &, const QString &)> done)
{
    m_db->run(
        [](QSqlDatabase &db) -> SentLoad {
            SentLoad load;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT kind, key, hash FROM analytics_sent"))) {
                load.error = query.lastError().text();
                return load;
            }
            while (query.next())
                load.sent.insert(query.value(0).toString() + QLatin1Char('/')
                                     + query.value(1).toString(),
                                 query.value(2).toString());
            return load;
        },
        context,
        [done = std::move(done)](const SentLoad &load) {
            done(load.sent, load.error.isEmpty() ? QString() : diskError(load.error));
        });
}

void AnalyticsJournalStore::loadLimits(
    QObject *context, std::function<void(const StoredLimits &, const QString &)> done)
{
    m_db->run(
        [](QSqlDatabase &db) -> LimitsLoad {
            LimitsLoad load;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT limits, received_at FROM analytics_limits"))) {
                load.error = query.lastError().text();
                return load;
            }
            if (query.next()) {
                load.limits.limits = AnalyticsLimits::fromJson(
                    QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
                load.limits.receivedAt
                    = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
                if (!load.limits.receivedAt.isValid())
                    load.limits.limits.reset();
            }
            return load;
        },
        context,
        [done = std::move(done)](const LimitsLoad &load) {
            done(load.limits, load.error.isEmpty() ? QString() : diskError(load.error));
        });
}

void AnalyticsJournalStore::forgetSent(QObject *context, std::function<void(const QString &)> done)
{
    m_db->run(
        [](QSqlDatabase &db) -> QString {
            return transact(db, { { QStringLiteral("DELETE FROM analytics_sent"), {} } });
        },
        context,
        [done = std::move(done)](const QString &error) {
            done(error.isEmpty() ? QString() : diskError(error));
        });
}

void AnalyticsJournalStore::createRun(const AnalyticsRun &run, QObject *context,
                                      std::function<void(const QString &)> done)
{
    QList<QPair<QString, QVariantList>> statements;
    const QString time = now();
    statements.append({ QStringLiteral("INSERT INTO analytics_runs (run_id, state, started_at, "
                                       "updated_at) VALUES (?, 'open', ?, ?)"),
                        { run.runId, run.startedAt.toUTC().toString(Qt::ISODateWithMs), time } });
    for (const AnalyticsCall &call : run.calls) {
        statements.append(
            { QStringLiteral("INSERT INTO analytics_calls (run_id, seq, method, params, items, "
                             "idempotency_key, state) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              { run.runId, call.seq, call.method, compact(call.params),
                compact(itemsJson(call.items)), call.idempotencyKey, stateToWire(call.state) } });
    }
    m_db->run([statements](QSqlDatabase &db) -> QString { return transact(db, statements); },
              context,
              [done = std::move(done)](const QString &error) {
                  done(error.isEmpty() ? QString() : diskError(error));
              });
}

void AnalyticsJournalStore::markCallDone(const QString &runId, const AnalyticsCall &call,
                                         const StoredLimits &limits, bool lastCall,
                                         QObject *context,
                                         std::function<void(const QString &)> done)
{
    const QString time = now();
    QList<QPair<QString, QVariantList>> statements;
    statements.append({ QStringLiteral("UPDATE analytics_calls SET state = 'done' WHERE run_id = "
                                       "? AND seq = ?"),
                        { runId, call.seq } });
    for (const AnalyticsItem &item : call.items) {
        statements.append(
            { QStringLiteral("INSERT INTO analytics_sent (kind, key, hash, sent_at) VALUES (?, ?, "
                             "?, ?) ON CONFLICT (kind, key) DO UPDATE SET hash = excluded.hash, "
                             "sent_at = excluded.sent_at"),
              { itemKindToWire(item.kind), item.key, item.hash, time } });
    }
    if (limits.limits)
        statements.append(limitsStatement(limits));
    statements.append(
        { QStringLiteral("UPDATE analytics_runs SET state = ?, updated_at = ? "
                         "WHERE run_id = ?"),
          { lastCall ? QStringLiteral("done") : QStringLiteral("open"), time, runId } });
    m_db->run([statements](QSqlDatabase &db) -> QString { return transact(db, statements); },
              context,
              [done = std::move(done)](const QString &error) {
                  done(error.isEmpty() ? QString() : diskError(error));
              });
}

void AnalyticsJournalStore::closeFailedRun(const QString &runId, int seq, const QString &message,
                                           const StoredLimits &limits, QObject *context,
                                           std::function<void(const QString &)> done)
{
    const QString time = now();
    QList<QPair<QString, QVariantList>> statements {
        { QStringLiteral("UPDATE analytics_calls SET state = 'failed' WHERE run_id = ? AND seq "
                         "= ?"),
          { runId, seq } },
        { QStringLiteral("UPDATE analytics_runs SET state = 'failed', updated_at = ?, message = "
                         "? WHERE run_id = ?"),
          { time, message, runId } },
    };
    if (limits.limits)
        statements.append(limitsStatement(limits));
    m_db->run([statements](QSqlDatabase &db) -> QString { return transact(db, statements); },
              context,
              [done = std::move(done)](const QString &error) {
                  done(error.isEmpty() ? QString() : diskError(error));
              });
}

} // namespace opc::ops
