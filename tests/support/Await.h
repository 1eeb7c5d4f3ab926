#pragma once

// Runs one asynchronous operation of the product and waits for its single result: tests may
// wait, the product never does. `calls` counts deliveries, so "exactly once" is checked too.

#include <QEventLoop>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace opc::test {

template<typename Result> struct Awaited {
    std::optional<Result> result;
    int calls = 0;
};

// `start(context, done)` starts the operation with `context` as its receiver.
template<typename Result>
Awaited<Result>
await(const std::function<void(QObject *, std::function<void(const Result &)>)> &start,
      int timeoutMs = 30000)
{
    auto awaited = std::make_shared<Awaited<Result>>();
    QEventLoop loop;
    QObject context;
    start(&context, [awaited, &loop](const Result &result) {
        ++awaited->calls;
        awaited->result = result;
        loop.quit();
    });
    if (!awaited->result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QTest::qWait(20); // a second delivery would show up here
    return *awaited;
}

} // namespace opc::test
