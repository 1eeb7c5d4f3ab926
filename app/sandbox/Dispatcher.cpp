#include "sandbox/Dispatcher.h"

#include "sandbox/ApiSupport.h"

#include <QCryptographicHash>
#include <QTimer>

namespace opc::sandbox {

namespace {

constexpr int kMaxKeyLength = 255;
constexpr int kMaxTokenLength = 1024;

HttpReply injectedStatus(const FaultRule &fault)
{
    HttpReply reply = HttpReply::error(fault.status, QStringLiteral("injected_fault"),
                                       Text::tr("The sandbox was told to fail this request "
                                                "(fault injection)."));
    if (fault.retryAfterSeconds >= 0)
        reply.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    else if (fault.status == 429 || fault.status == 503)
        reply.setHeader("Retry-After", "1");
    return reply;
}

void breakBody(HttpReply *reply)
{
    // Half a JSON document followed by text no JSON parser accepts.
    reply->body = reply->body.left(reply->body.size() / 2) + "<<malformed by the sandbox>>";
}

} // namespace

Dispatcher::Dispatcher(ApiContext context, bool sandboxControl, int rateLimitPerSecond,
                       QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_sandboxControl(sandboxControl),
      m_idempotency(m_context.db), m_rateLimiter(rateLimitPerSecond)
{
}

void Dispatcher::handle(const HttpCall &call, const Respond &respond)
{
    const RouteMatch match = matchRoute(call.method, call.path, m_sandboxControl);
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            respond(HttpReply::error(404, QStringLiteral("not_found"),
                                     Text::tr("There is no such resource: %1. Check the path "
                                              "against the contract (api/crm.openapi.json).")
                                         .arg(call.path.left(200))));
            return;
        }
        respond(HttpReply::error(405, QStringLiteral("method_not_allowed"),
                                 Text::tr("%1 is not allowed here. Allowed: %2.")
                                     .arg(QString::fromLatin1(call.method.left(20)),
                                          QString::fromLatin1(match.allowedMethods.join(", "))))
                    .setHeader("Allow", match.allowedMethods.join(", ")));
        return;
    }
    // The fault control itself is never faulted: a test must always be able to clear faults.
    std::optional<FaultRule> fault;
    if (!match.route->sandboxControl && m_context.faults)
        fault = m_context.faults->take(match.route->key());
    if (fault && fault->latencyMs > 0) {
        // A timer, not a sleep: other requests are served meanwhile.
        const Route *route = match.route;
        QTimer::singleShot(fault->latencyMs, this,
                           [this, route, params = match.params, call, fault, respond] {
                               finish(*route, params, call, fault, respond);
                           });
        return;
    }
    finish(*match.route, match.params, call, fault, respond);
}

void Dispatcher::finish(const Route &route, const QStringList &params, const HttpCall &call,
                        const std::optional<FaultRule> &fault, const Respond &respond)
{
    if (fault && (fault->dropConnection || fault->dropAfterApply)) {
        if (fault->dropAfterApply)
            (void)serve(route, params, call); // applied and stored; only the answer is lost
        HttpReply dropped;
        dropped.drop = true;
        respond(dropped);
        return;
    }
    HttpReply reply
        = fault && fault->status != 0 ? injectedStatus(*fault) : serve(route, params, call);
    if (fault && fault->malformedBody)
        breakBody(&reply);
    respond(reply);
}

std::optional<AuthUser> Dispatcher::authenticate(const HttpCall &call) const
{
    const QByteArray header = call.header("Authorization").trimmed();
    if (header.size() > kMaxTokenLength || !header.toLower().startsWith("bearer "))
        return std::nullopt;
    const QByteArray token = header.mid(7).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
    QSqlQuery query(m_context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT id, login, display_name, role FROM users WHERE "
                                  "token_sha256 = ?"),
                   { hash })
        || !query.next())
        return std::nullopt;
    return AuthUser { query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString() };
}

HttpReply Dispatcher::serve(const Route &route, const QStringList &params, const HttpCall &call)
{
    ApiRequest request { call, params, {} };
    if (route.access == Access::Public)
        return route.handler(m_context, request);

    const auto user = authenticate(call);
    if (!user) {
        return HttpReply::error(401, QStringLiteral("unauthorized"),
                                Text::tr("Sign in: send a valid token as "
                                         "\"Authorization: Bearer <token>\"."))
            .setHeader("WWW-Authenticate", "Bearer");
    }
    request.user = *user;
    if (!m_rateLimiter.admit(user->id)) {
        return HttpReply::error(429, QStringLiteral("rate_limited"),
                                Text::tr("Too many requests. Wait as long as Retry-After says, "
                                         "then try again."))
            .setHeader("Retry-After", "1");
    }
    const bool reviewer
        = user->role == QLatin1String("team_lead") || user->role == QLatin1String("admin");
    if ((route.access == Access::Reviewer && !reviewer)
        || (route.access == Access::Admin && user->role != QLatin1String("admin"))) {
        return HttpReply::error(403, QStringLiteral("forbidden"),
                                Text::tr("Your role (%1) may not do this. Ask a team lead or an "
                                         "administrator.")
                                    .arg(user->role));
    }
    if (qstrcmp(route.method, "POST") == 0)
        return serveIdempotent(route, request);
    return route.handler(m_context, request);
}

HttpReply Dispatcher::serveIdempotent(const Route &route, const ApiRequest &request)
{
    const QString key = QString::fromUtf8(request.call.header("Idempotency-Key")).trimmed();
    if (key.isEmpty()) {
        return HttpReply::error(400, QStringLiteral("idempotency_key_required"),
                                Text::tr("Every POST needs an Idempotency-Key header (for example "
                                         "a UUID), reused when the same request is retried."),
                                QStringLiteral("Idempotency-Key"));
    }
    if (key.size() > kMaxKeyLength) {
        return validationError(
            QStringLiteral("Idempotency-Key"),
            Text::tr("The Idempotency-Key must be at most %1 characters.").arg(kMaxKeyLength));
    }
    const QByteArray hash = IdempotencyStore::requestHash(request.call);
    const auto lookup = m_idempotency.find(request.user.id, key, hash);
    if (lookup.outcome != IdempotencyStore::Outcome::New)
        return lookup.stored;
    HttpReply reply = route.handler(m_context, request);
    // Only final answers are remembered: after a 5xx or 429 the retry must really run again.
    if (reply.status < 500 && reply.status != 429)
        m_idempotency.save(request.user.id, key, hash, reply);
    return reply;
}

} // namespace opc::sandbox
