#include "sandbox/ApiSupport.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/Routes.h"

// GET /health, GET /me and the sandbox's own fault-injection control.

namespace opc::sandbox {

namespace {

HttpReply health(ApiContext &, const ApiRequest &)
{
    return HttpReply::json(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
}

HttpReply me(ApiContext &, const ApiRequest &request)
{
    return HttpReply::json(200, request.user.toJson());
}

HttpReply addFault(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    QString field;
    QString message;
    const auto rule = FaultRule::fromJson(*body, &field, &message);
    if (!rule)
        return validationError(field, message);
    context.faults->add(*rule);
    return HttpReply::json(201, rule->toJson());
}

HttpReply clearFaults(ApiContext &context, const ApiRequest &)
{
    const int cleared = context.faults->clear();
    return HttpReply::json(200, QJsonObject { { QStringLiteral("cleared"), cleared } });
}

} // namespace

std::vector<Route> systemRoutes()
{
    return {
        { "GET", "/api/v1/health", Access::Public, false, &health },
        { "GET", "/api/v1/me", Access::AnyUser, false, &me },
    };
}

std::vector<Route> faultRoutes()
{
    return {
        { "POST", "/api/v1/_sandbox/faults", Access::Admin, true, &addFault },
        { "DELETE", "/api/v1/_sandbox/faults", Access::Admin, true, &clearFaults },
    };
}

} // namespace opc::sandbox
