#include "sandbox/Routes.h"

namespace opc::sandbox {

QJsonObject AuthUser::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("login"), login },
                         { QStringLiteral("display_name"), displayName },
                         { QStringLiteral("role"), role } };
}

QString Route::key() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + QString::fromLatin1(path);
}

const std::vector<Route> &routeTable()
{
    static const std::vector<Route> table = [] {
        std::vector<Route> all;
        for (auto part : { systemRoutes(), studentRoutes(), requestRoutes(), leadRoutes(),
                           partnerRoutes(), auditRoutes(), mergeRoutes(), timetableRoutes(),
                           mergeStepRoutes(), faultRoutes(), clockRoutes(), analyticsRoutes() })
            all.insert(all.end(), part.begin(), part.end());
        return all;
    }();
    return table;
}

namespace {

// Matches "/api/v1/students/{id}" against "/api/v1/students/11", collecting "11".
bool matchPath(const QString &pattern, const QString &path, QStringList *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(QLatin1Char('{'))) {
            if (have[i].isEmpty())
                return false;
            values.append(have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    *params = values;
    return true;
}

} // namespace

RouteMatch matchRoute(const QByteArray &method, const QString &path, bool withSandboxControl)
{
    RouteMatch match;
    for (const Route &route : routeTable()) {
        if (route.sandboxControl && !withSandboxControl)
            continue;
        QStringList params;
        if (!matchPath(QString::fromLatin1(route.path), path, &params))
            continue;
        if (method == route.method) {
            match.route = &route;
            match.params = params;
            match.allowedMethods.clear();
            return match;
        }
        if (!match.allowedMethods.contains(route.method))
            match.allowedMethods.append(route.method);
    }
    return match;
}

} // namespace opc::sandbox
