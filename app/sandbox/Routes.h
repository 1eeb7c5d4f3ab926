#pragma once

#include "sandbox/AuditRetention.h"
#include "sandbox/HttpTypes.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <vector>

namespace opc::sandbox {

class AnalyticsState;
class FaultInjector;
class SandboxClock;

// Who may call a route. Checked by the dispatcher before the handler runs.
enum class Access {
    Public, // no token (health)
    AnyUser, // any valid token
    Reviewer, // team_lead or admin
    Admin,
};

// The user a valid bearer token belongs to.
struct AuthUser {
    QString id;
    QString login;
    QString displayName;
    QString role; // agent | team_lead | admin

    QJsonObject toJson() const;
};

struct ApiRequest {
    const HttpCall &call;
    QStringList params; // values of the {placeholders} of the route's path, in order
    AuthUser user; // empty for Access::Public routes
};

// What handlers work with: the sandbox's database, its fault injector and its clock.
struct ApiContext {
    QSqlDatabase db;
    FaultInjector *faults = nullptr;
    std::shared_ptr<AnalyticsState> analytics; // the analytics endpoint's limits and receipts
    SandboxClock *clock = nullptr; // "now" of the partner part and of the audit log
    AuditRetentionOptions auditRetention; // off unless --audit-retention-days
};

using RouteHandler = HttpReply (*)(ApiContext &context, const ApiRequest &request);

struct Route {
    const char *method;
    const char *path; // contract syntax: "/api/v1/students/{id}"
    Access access;
    bool sandboxControl; // served only with fault injection on; never faulted itself
    RouteHandler handler;

    QString key() const; // "GET /api/v1/students/{id}": servedRoutes() and fault rules use it
};

// The route table: the router dispatches from it and servedRoutes() lists it, so the contract
// test compares the document with what really is served.
const std::vector<Route> &routeTable();

struct RouteMatch {
    const Route *route = nullptr;
    QStringList params;
    QByteArrayList allowedMethods; // when the path is known but the method is not: for 405
};

RouteMatch matchRoute(const QByteArray &method, const QString &path, bool withSandboxControl);

// Each resource file contributes its routes.
std::vector<Route> systemRoutes();
std::vector<Route> studentRoutes();
std::vector<Route> requestRoutes();
std::vector<Route> leadRoutes();
std::vector<Route> partnerRoutes();
std::vector<Route> auditRoutes();
std::vector<Route> mergeRoutes();
std::vector<Route> timetableRoutes();
std::vector<Route> mergeStepRoutes();
std::vector<Route> faultRoutes();
std::vector<Route> clockRoutes();
std::vector<Route> analyticsRoutes();

} // namespace opc::sandbox
