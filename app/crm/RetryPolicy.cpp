#include "crm/RetryPolicy.h"

#include <QtGlobal>

namespace opc::crm {

bool RetryPolicy::isRepeatable(const QByteArray &method, bool hasIdempotencyKey, bool hasIfMatch)
{
    const QByteArray verb = method.toUpper();
    if (verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE")
        return true;
    if (verb == "POST")
        return hasIdempotencyKey;
    if (verb == "PATCH")
        return hasIfMatch;
    return false;
}

bool RetryPolicy::isTransient(const CrmError &error)
{
    switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimited:
        return true;
    case ErrorKind::Server:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

int RetryPolicy::backoffMs(int failedAttempts, double jitter) const
{
    const int base = qMax(0, baseDelayMs);
    const int cap = qMax(base, maxDelayMs);
    qint64 delay = base;
    for (int i = 1; i < failedAttempts && delay < cap; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, cap);
    const double spread = qBound(0.0, jitter, 1.0);
    return int(delay / 2 + qRound64(double(delay - delay / 2) * spread));
}

std::optional<int> RetryPolicy::retryDelayMs(bool repeatable, const CrmError &error,
                                             int attemptsMade, int maxAttempts, double jitter) const
{
    if (!repeatable || !isTransient(error) || attemptsMade >= maxAttempts)
        return std::nullopt;
    // Retry-After is the CRM's own word on when to come back: 429, and 503 during maintenance.
    if (error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > maxRetryAfterSeconds)
            return std::nullopt;
        return error.retryAfterSeconds * 1000;
    }
    return backoffMs(attemptsMade, jitter);
}

} // namespace opc::crm
