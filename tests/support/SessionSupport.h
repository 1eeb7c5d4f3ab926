#pragma once

// Shared by the integration tests that need a signed-in session with a real audit outbox: the
// session started as the console and operator-cli start one, and waits on the recorder.

#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"

#include <QEventLoop>
#include <QObject>
#include <QSignalSpy>
#include <QTimer>

#include <memory>

namespace opc::test {

inline constexpr int kSessionWaitMs = 30000;

// A session started the way the console and operator-cli start one, its outbox at `outbox`.
inline std::unique_ptr<ops::Session> startSessionFor(const QUrl &url, const QString &token,
                                                     const QString &outbox, QString *failure)
{
    ops::SessionOptions options;
    options.crmUrl = url;
    options.token = token;
    options.auditOutboxPath = outbox;
    std::unique_ptr<ops::Session> session;
    QEventLoop loop;
    QObject starter;
    bool finished = false;
    ops::startSession(options, &starter, [&](ops::SessionStartResult result) {
        session = std::move(result.session);
        *failure = result.message;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(kSessionWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return session;
}

// Waits on the recorder's signals until it has nothing left to deliver.
inline bool settle(ops::AuditRecorder *audit)
{
    if (audit->pendingCount() == 0)
        return true;
    QEventLoop loop;
    QObject::connect(audit, &ops::AuditRecorder::pendingCountChanged, &loop, [&](int pending) {
        if (pending == 0)
            loop.quit();
    });
    QTimer::singleShot(kSessionWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return audit->pendingCount() == 0;
}

// Counts the events a recorder delivered from now on; waits on its `delivered` signal.
class DeliveryWatch final {
public:
    explicit DeliveryWatch(ops::AuditRecorder *audit) : m_spy(audit, &ops::AuditRecorder::delivered)
    {
    }
    bool waitFor(int count)
    {
        while (m_spy.count() < count) {
            if (!m_spy.wait(kSessionWaitMs))
                return false;
        }
        return true;
    }

private:
    QSignalSpy m_spy;
};

} // namespace opc::test
