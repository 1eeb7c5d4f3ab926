#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/Routes.h"

#include <QObject>

#include <optional>

namespace opc::sandbox {

// The contract rules every request passes through, in this order: route (404/405), injected
// fault, bearer token (401), rate limit (429), role (403), Idempotency-Key on POST (400/422,
// replay), then the route's handler. Handlers only see requests that passed all of them. An
// injected drop_after_apply lets the request pass all of them and then drops the answer.
class Dispatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    Dispatcher(ApiContext context, bool sandboxControl, int rateLimitPerSecond,
               QObject *parent = nullptr);

    void handle(const HttpCall &call, const Respond &respond);

private:
    void finish(const Route &route, const QStringList &params, const HttpCall &call,
                const std::optional<FaultRule> &fault, const Respond &respond);
    HttpReply serve(const Route &route, const QStringList &params, const HttpCall &call);
    HttpReply serveIdempotent(const Route &route, const ApiRequest &request);
    std::optional<AuthUser> authenticate(const HttpCall &call) const;

    ApiContext m_context;
    bool m_sandboxControl;
    IdempotencyStore m_idempotency;
    RateLimiter m_rateLimiter;
};

} // namespace opc::sandbox
