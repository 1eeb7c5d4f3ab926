#include "storage/AsyncDatabase.h"

#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace opc::storage {

CrossThreadReply *CrossThreadReply::create(QObject *context, std::function<void()> deliver)
{
    auto *reply = new CrossThreadReply;
    // The connection, not a pointer check, decides whether the context still exists.
    QObject::connect(reply, &CrossThreadReply::ready, context, std::move(deliver),
                     Qt::QueuedConnection);
    return reply;
}

void CrossThreadReply::send()
{
    Q_EMIT ready();
    // The queued delivery holds its own reference to the slot, so the reply may go now.
    deleteLater();
}

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("opc-async-%1").arg(++counter);
}

} // namespace

AsyncDatabase::AsyncDatabase(QString path, std::vector<Migration> migrations, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_connectionName(uniqueConnectionName()),
      m_migrator(std::make_shared<const Migrator>(std::move(migrations))), m_worker(new QObject),
      m_db(std::make_shared<QSqlDatabase>())
{
    m_thread.setObjectName(m_connectionName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

AsyncDatabase::~AsyncDatabase()
{
    // Queued after every job already posted, so those run (and reach the disk) first.
    enqueue([name = m_connectionName](QSqlDatabase &db) {
        db = QSqlDatabase();
        closeSqlite(name);
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void AsyncDatabase::open(QObject *context, std::function<void(const QString &error)> done)
{
    run(
        [path = m_path, name = m_connectionName, migrator = m_migrator](QSqlDatabase &db) {
            QString error;
            if (path != QLatin1String(":memory:")) {
                const QString folder = QFileInfo(path).absolutePath();
                if (!QDir().mkpath(folder)) {
                    return QCoreApplication::translate("opc::storage",
                                                       "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(folder));
                }
            }
            if (db.isOpen())
                return QString();
            std::optional<QSqlDatabase> opened = openSqlite(path, name, &error);
            if (!opened)
                return error;
            if (!migrator->migrate(*opened, &error)) {
                opened.reset(); // the registry refuses to remove a connection still referenced
                closeSqlite(name);
                return error;
            }
            db = *opened;
            return QString();
        },
        context, std::move(done));
}

void AsyncDatabase::enqueue(std::function<void(QSqlDatabase &)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [db = m_db, work = std::move(work)]() { work(*db); }, Qt::QueuedConnection);
}

} // namespace opc::storage
