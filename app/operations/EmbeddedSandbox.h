#pragma once

#include "sandbox/SandboxServer.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace opc::ops {

// `--sandbox`: runs the same crm-sandbox server in-process, on its own thread so that its
// SQLite work never touches the GUI thread, on a loopback port.
class EmbeddedSandbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedSandbox)

public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the server and joins its thread

    struct Started {
        bool ok = false;
        QUrl url; // when ok
        QString error; // for people, when not ok
    };
    using Callback = std::function<void(const Started &)>;

    // Starts the server (call once); `done` runs once in `context`'s thread, which must be
    // this object's thread. Nothing is delivered if this object or `context` is gone first.
    void start(const sandbox::SandboxOptions &options, QObject *context, Callback done);

    // The default database of the console's training sandbox: a file in the user's data dir,
    // so that what a new agent practised is still there tomorrow.
    static QString defaultDatabasePath();

private:
    QThread m_thread;
    QObject *m_anchor; // lives in m_thread: work is posted to it
    sandbox::SandboxServer *m_server = nullptr; // lives in m_thread, touched only there
};

} // namespace opc::ops
