#pragma once

#include "storage/Migrator.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace opc::storage {

// Hands one value from any thread to a context object, in the context's thread, at most once.
// Created in a thread where `context` is alive; send() may then be called from any thread.
// Nothing is delivered when the context is destroyed first: the queued connection dies with it,
// which Qt guards with its own locking (a QPointer checked from another thread would race).
class CrossThreadReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossThreadReply)

public:
    static CrossThreadReply *create(QObject *context, std::function<void()> deliver);

    // Thread-safe. Queues the delivery, then lets the reply object go.
    void send();

Q_SIGNALS:
    void ready();

private:
    CrossThreadReply() = default;
};

// One SQLite connection owned by a worker thread: every disk operation of a local store runs
// there, never on the GUI thread. Jobs run one after another in the order they were queued.
// The destructor runs every job still queued (what a caller was told is being journaled must
// reach the disk), closes the connection and joins the thread.
class AsyncDatabase final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncDatabase)

public:
    // `path` may be ":memory:". The migrations are applied by open().
    AsyncDatabase(QString path, std::vector<Migration> migrations, QObject *parent = nullptr);
    ~AsyncDatabase() override;

    QString path() const { return m_path; }

    // Creates the parent folder if needed, opens the connection on the worker thread and brings
    // the schema up to date. `done(error)` runs once in `context`'s thread; error is empty on
    // success. Jobs queued before open() finished run after it.
    void open(QObject *context, std::function<void(const QString &error)> done);

    // Runs `job(db)` on the worker thread and hands its result to `done` in `context`'s thread,
    // exactly once (never if `context` is destroyed first). When open() failed or was not
    // called, `db` is not open and the job's queries fail with the driver's error.
    template<typename Job, typename Done> void run(Job job, QObject *context, Done done)
    {
        using Result = std::invoke_result_t<Job &, QSqlDatabase &>;
        auto result = std::make_shared<std::optional<Result>>();
        CrossThreadReply *reply = CrossThreadReply::create(
            context, [result, done = std::move(done)]() mutable { done(std::move(**result)); });
        enqueue([result, reply, job = std::move(job)](QSqlDatabase &db) mutable {
            result->emplace(job(db));
            reply->send();
        });
    }

private:
    void enqueue(std::function<void(QSqlDatabase &)> work);

    const QString m_path;
    const QString m_connectionName;
    std::shared_ptr<const Migrator> m_migrator;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; queued jobs are posted to it
    // Touched only on the worker thread.
    std::shared_ptr<QSqlDatabase> m_db;
};

} // namespace opc::storage
