#include "operations/EmbeddedSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>

namespace opc::ops {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent) : QObject(parent), m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("crm-sandbox"));
    m_anchor->moveToThread(&m_thread);
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_thread.isRunning()) {
        // Queued behind the start, so a server still starting is stopped once it is up; its
        // sockets and database connection belong to that thread and are closed there.
        QMetaObject::invokeMethod(
            m_anchor,
            [this]() {
                delete m_server;
                m_server = nullptr;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }
    delete m_anchor;
}

void EmbeddedSandbox::start(const sandbox::SandboxOptions &options, QObject *context, Callback done)
{
    Q_ASSERT_X(!m_thread.isRunning(), "EmbeddedSandbox::start", "start only once");
    m_thread.start();
    // The server is created on its thread so that everything it owns lives there from birth.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, options, context = QPointer<QObject>(context), done = std::move(done)]() {
            m_server = new sandbox::SandboxServer(options);
            Started started;
            started.ok = m_server->start(&started.error);
            if (started.ok) {
                started.url = m_server->url();
            } else {
                delete m_server;
                m_server = nullptr;
            }
            // Back on this object's thread; the destructor waits for this job, so `this` is
            // alive here, and a posted call dies with it if it is destroyed before delivery.
            QMetaObject::invokeMethod(
                this,
                [context, done, started]() {
                    if (context)
                        done(started);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QString EmbeddedSandbox::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("sandbox-crm.sqlite"));
}

} // namespace opc::ops
